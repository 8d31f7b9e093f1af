// Package importer turns UI documents written for other renderers into
// genui specs, and tells which format a document is in.
//
// Each format lives in a package of its own that registers itself here in
// its init function, the way image formats register with package image:
//
//	import (
//		"github.com/genui/genui/genui/importer"
//		_ "github.com/genui/genui/genui/importer/a2ui"
//		_ "github.com/genui/genui/genui/importer/adaptivecards"
//	)
//
//	res, err := importer.Import(data) // a genui spec, an Adaptive Card or A2UI messages
//	for _, w := range res.Warnings { log.Print(w) }
//
// An importer never fails on a document it recognises: what genui cannot
// show becomes a labelled placeholder (see Placeholder) and a Warning that
// names where it was in the source, so nothing is lost silently. It fails
// only on text that is not JSON, nests deeper than MaxDepth, is longer
// than genui.MaxSpecBytes or is not in its format. The spec it returns is
// valid (genui.Validate finds no error in it): strings, arrays, nesting and
// node counts are cut to genui's limits, each cut with a warning.
package importer

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/genui/genui/genui"
)

// ErrUnknownFormat is wrapped by the error Import returns for a document
// that no registered format recognises.
var ErrUnknownFormat = errors.New("importer: unknown format")

// Warning is something an importer could not carry over exactly.
type Warning struct {
	// Pointer is the RFC 6901 JSON Pointer of the value in the source
	// document ("/body/2/columns/0"); empty for the document as a whole.
	Pointer string
	// Message says what was lost or changed, in lower case.
	Message string
}

// String returns "pointer: message", or the message alone.
func (w Warning) String() string {
	if w.Pointer == "" {
		return w.Message
	}
	return w.Pointer + ": " + w.Message
}

// Result is an imported document.
type Result struct {
	// Spec is the genui spec; it validates.
	Spec *genui.Spec
	// Format names the source format: "genui", or a registered Format's Name.
	Format string
	// Warnings lists what was not carried over exactly, in document order.
	Warnings []Warning
}

// Format is one importable document format.
type Format struct {
	// Name is the format's short name ("adaptivecards", "a2ui").
	Name string
	// Sniff reports whether data looks like a document of this format.
	// It reads only as much as it needs and never fails.
	Sniff func(data []byte) bool
	// Import converts a document of this format.
	Import func(data []byte) (*Result, error)
}

var (
	formatsMu sync.RWMutex
	formats   []Format
)

// Register makes a format known to Import and Detect. Registering a name
// twice panics: it is a programming error, found at init.
func Register(f Format) {
	formatsMu.Lock()
	defer formatsMu.Unlock()
	for _, g := range formats {
		if g.Name == f.Name {
			panic("importer: format registered twice: " + f.Name)
		}
	}
	formats = append(formats, f)
}

// Formats lists the names of the registered formats, in registration order.
func Formats() []string {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	return names
}

// Detect returns the name of the format data is in: "genui" for a genui
// spec (a JSON object with a "root"), else the first registered format
// whose Sniff accepts it, else "".
func Detect(data []byte) string {
	if IsSpec(data) {
		return "genui"
	}
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	for _, f := range formats {
		if f.Sniff(data) {
			return f.Name
		}
	}
	return ""
}

// Import converts data from whatever format Detect finds. A genui spec is
// read with genui.Parse and comes back as it is, with the renderer's
// leniency (unknown types, unsafe URLs) left to the renderer.
func Import(data []byte) (*Result, error) {
	return ImportAs(Detect(data), data)
}

// ImportAs converts data from the named format ("genui" or a registered
// name). An empty name is an unknown format.
func ImportAs(format string, data []byte) (*Result, error) {
	if format == "genui" {
		sp, err := genui.Parse(data)
		if err != nil {
			return nil, err
		}
		return &Result{Spec: sp, Format: "genui"}, nil
	}
	formatsMu.RLock()
	var imp func([]byte) (*Result, error)
	for _, f := range formats {
		if f.Name == format {
			imp = f.Import
		}
	}
	formatsMu.RUnlock()
	if imp == nil {
		if format == "" {
			return nil, fmt.Errorf("%w: not a genui spec, and no importer recognises it (known: %s)", ErrUnknownFormat, strings.Join(append([]string{"genui"}, Formats()...), ", "))
		}
		return nil, fmt.Errorf("%w %q", ErrUnknownFormat, format)
	}
	return imp(data)
}

// IsSpec reports whether data is a JSON object with a "root" member at its
// top level: what a genui spec is and other formats are not.
func IsSpec(data []byte) bool {
	keys := TopKeys(data, 64)
	for _, k := range keys {
		if k == "root" {
			return true
		}
	}
	return false
}
