// Package export writes a design as the files people take away: an SVG
// picture, the spec's JSON, and a standalone HTML page (html.go: the
// picture inline, with a short script that lets people type, toggle,
// choose, switch tabs and press buttons) that opens from disk, offline,
// in any browser. The app makes PNGs from the SVG in the browser (a
// canvas), so none is written here.
//
// It has no dependency on go-app, so the CLI and the server can export
// too. Every file is built from render.Layout and render/svg, the same
// path as the live preview, so an export looks exactly like the preview.
package export

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/svg"
)

// Options configure the exports.
type Options struct {
	// Width is the page width in CSS pixels (0: render.DefaultWidth).
	Width float32
	// Theme is the look (nil: components.Light).
	Theme *render.Theme
	// Fonts are the TrueType files of the faces, embedded so the file
	// looks the same without the Go fonts installed; nil references the
	// fonts by name only (smaller, for the screen of a machine that has
	// them).
	Fonts map[render.Face][]byte
	// State is what a person did to the preview (typed values, chosen
	// tabs); nil: the spec as written.
	State *render.State
}

func (o *Options) layout(spec *genui.Spec) *render.List {
	theme := o.Theme
	if theme == nil {
		theme = components.Light
	}
	return render.Layout(spec, render.Options{Width: o.Width, Theme: theme, State: o.State})
}

// SVG draws spec as an SVG document.
func SVG(spec *genui.Spec, o Options) ([]byte, error) {
	var b bytes.Buffer
	if err := svg.Encode(&b, o.layout(spec), &svg.Options{Fonts: o.Fonts}); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	return b.Bytes(), nil
}

// JSON writes spec in canonical form, indented for people to read.
func JSON(spec *genui.Spec) ([]byte, error) {
	c, err := genui.Marshal(spec)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	var b bytes.Buffer
	if err := json.Indent(&b, c, "", "  "); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// SpecScriptID is the id of the <script type="application/genui+json">
// element in which an HTML export carries its spec, so that the file can
// be opened in the app again or turned into an embedded widget.
const SpecScriptID = "genui-spec"
