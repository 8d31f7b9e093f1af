package export

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/svg"
)

// The standalone page. Its script (page.js) and style sheet (page.css)
// are hand-written files embedded here: a few dozen lines each, they need
// no build step, and the page names them in its Content-Security-Policy
// by hash, so nothing else can run or style it.

//go:embed page.js
var pageScript string

//go:embed page.css
var pageStyle string

// PartsScriptID is the id of the <script type="application/json">
// element holding what the page's script reads: the views, controls and
// fields.
const PartsScriptID = "genui-parts"

// HTML writes a standalone page of spec, one file that opens from disk
// with the network off and looks exactly like the live preview:
//
//   - the design as inline SVG from render/svg, fonts embedded when
//     o.Fonts has them (the CLI and the app pass the Go fonts; without
//     them the page names the fonts and needs them installed);
//   - one drawing per combination of chosen tabs and, in <template>s, the
//     drawings of every control in each state (see interact.go);
//   - page.js, which lets people type into fields, toggle checkboxes and
//     switches, choose options, drag sliders and switch tabs, and reports
//     presses as "genui-action" events {action, values, json} on the
//     page's <main> (bubbling, as <genui-widget> fires them) and in a
//     small event log under the design;
//   - the spec (SpecScriptID), so the file opens in the app again.
//
// o.State, when set, is what the page starts as (typed values, ticked
// boxes, chosen tabs); a file at rest has no focus or hover, so those are
// dropped. Drawn controls take the keyboard too (Tab, then Enter or
// Space).
//
// Its own Content-Security-Policy allows page.js and the two style
// sheets by hash, fonts and images from data: URLs, images from https:
// (a spec's pictures, when online), and nothing else: no other script,
// no inline handler, no connection, no form target. Every spec value in
// it is escaped by render/svg, html.EscapeString or json.HTMLEscape.
func HTML(spec *genui.Spec, o Options) ([]byte, error) {
	theme := o.Theme
	if theme == nil {
		theme = components.Light
	}
	p, err := newPage(spec, render.Options{Width: o.Width, Theme: theme, State: o.State})
	if err != nil {
		return nil, err
	}
	views := make([]string, len(p.lists))
	var svgStyle string
	for v, l := range p.lists {
		var b bytes.Buffer
		so := &svg.Options{}
		if v == 0 {
			so.Fonts = o.Fonts
		}
		if err := svg.Encode(&b, l, so); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
		doc := b.String()
		if i := strings.Index(doc, "<svg"); i > 0 {
			doc = doc[i:] // the XML declaration has no place in HTML
		}
		i, j := strings.Index(doc, "<style>"), strings.Index(doc, "</style>")
		if i < 0 || j < i {
			return nil, fmt.Errorf("export: render/svg wrote no <style>")
		}
		if v == 0 {
			// The first view's @font-face rules serve every view.
			svgStyle = doc[i+len("<style>") : j]
		} else {
			doc = renameClips(doc[:i]+strings.TrimPrefix(doc[j+len("</style>"):], "\n"), "v"+strconv.Itoa(v))
		}
		views[v] = doc
	}
	tokens := components.CSS(theme, ":root")
	scheme := "light"
	if strings.HasPrefix(theme.Name, "dark") {
		scheme = "dark"
	}
	style := tokens + ":root{color-scheme:" + scheme + "}\n" + pageStyle
	csp := "default-src 'none'; script-src " + hash(pageScript) + "; style-src " + hash(style) + " " + hash(svgStyle) +
		"; font-src data:; img-src data: https:; base-uri 'none'; form-action 'none'"

	parts, err := json.Marshal(p.parts)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	canon, err := genui.Marshal(spec)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	title := spec.Title
	if title == "" {
		title = "genui design"
	}

	var b bytes.Buffer
	b.WriteString("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString(`<meta http-equiv="Content-Security-Policy" content="` + csp + `">` + "\n")
	b.WriteString(`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	b.WriteString(`<meta name="referrer" content="no-referrer">` + "\n")
	b.WriteString(`<meta name="generator" content="genui">` + "\n")
	b.WriteString("<title>" + html.EscapeString(title) + "</title>\n")
	b.WriteString("<style>" + style + "</style>\n</head>\n<body>\n<main id=\"genui\">\n")
	for v, doc := range views {
		hidden := ""
		if v > 0 {
			hidden = " hidden"
		}
		fmt.Fprintf(&b, "<div class=\"view\" data-view=\"%d\"%s>\n%s</div>\n", v, hidden, doc)
	}
	b.WriteString("</main>\n<section class=\"log\" hidden aria-live=\"polite\"><h2>Events</h2><ol id=\"genui-log\"></ol></section>\n")
	for i, frag := range p.variants {
		b.WriteString(`<template data-variant><svg xmlns="http://www.w3.org/2000/svg">`)
		b.WriteString(renameClips(frag, "t"+strconv.Itoa(i)))
		b.WriteString("</svg></template>\n")
	}
	b.WriteString(`<script type="application/json" id="` + PartsScriptID + `">`)
	json.HTMLEscape(&b, parts) // no "</script>" or "<!--" can end or bend the element
	b.WriteString("</script>\n")
	b.WriteString(`<script type="application/genui+json" id="` + SpecScriptID + `">`)
	json.HTMLEscape(&b, canon)
	b.WriteString("</script>\n<script>" + pageScript + "</script>\n</body>\n</html>\n")
	return b.Bytes(), nil
}

// hash returns the CSP source expression of an inline element's text.
func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// renameClips gives the clip paths render/svg numbers from 1 in each
// document a prefix, so that the views and variants of one page do not
// share ids. Spec text cannot match: render/svg escapes its quotes.
func renameClips(doc, prefix string) string {
	return strings.NewReplacer(`id="clip`, `id="`+prefix+`clip`, `url(#clip`, `url(#`+prefix+`clip`).Replace(doc)
}
