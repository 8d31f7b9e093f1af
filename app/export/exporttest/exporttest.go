// Package exporttest holds hostile input for the tests of genui's outputs
// (the standalone HTML of app/export, and any other that must stay
// inert): a corpus of classic XSS payloads and a template that puts one
// in every text and URL field of every component. Both are embedded, so
// tests in any folder (app/export, e2e) read the same strings.
package exporttest

import (
	_ "embed"
	"encoding/json"
	"slices"
	"strings"
)

// xss is one payload a line; lines starting with "# " are notes.
//
//go:embed testdata/xss.txt
var xss string

// everyField is a node (a form) with "@@" in every text and URL field of
// every component and "@@2" where a second, different value is needed.
//
//go:embed testdata/every-field.json
var everyField string

// Payloads returns the hostile strings of the corpus: script tags,
// comment, CDATA and raw-text breakouts, event handlers, javascript:,
// data: and blob: URLs, SVG <use>/<animate>/<set> tricks, CSS url() and
// expression(), entity, percent, Unicode and full-width escapes, and
// names that shadow the page's own ids.
func Payloads() []string {
	var out []string
	for line := range strings.Lines(xss) {
		line = strings.TrimSuffix(line, "\n")
		if !strings.HasPrefix(line, "# ") {
			out = append(out, line)
		}
	}
	return out
}

// Specs returns genui specs (JSON) that place each payload in every text
// and URL field of every component, n payloads a spec; a spec's title is
// its first payload.
func Specs(n int) [][]byte {
	var specs [][]byte
	for chunk := range slices.Chunk(Payloads(), max(n, 1)) {
		nodes := make([]string, len(chunk))
		for i, p := range chunk {
			nodes[i] = strings.NewReplacer(`"@@"`, quote(p), `"@@2"`, quote(p+"~")).Replace(everyField)
		}
		specs = append(specs, []byte(`{"version":1,"title":`+quote(chunk[0])+`,"root":{"type":"column","children":[`+strings.Join(nodes, ",")+`]}}`))
	}
	return specs
}

func quote(s string) string {
	q, _ := json.Marshal(s) // a string always marshals
	return string(q)
}
