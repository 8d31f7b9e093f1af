// Package export writes a design as the files people take away: an SVG
// picture, the spec's JSON, and a standalone HTML page (the picture
// inline, with a few lines of script that report button presses as
// events) that opens from disk, offline, in any browser. The app makes
// PNGs from the SVG in the browser (a canvas), so none is written here.
//
// It has no dependency on go-app, so the CLI and the server can export
// too. Every file is built from render.Layout and render/svg, the same
// path as the live preview, so an export looks exactly like the preview.
package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"strings"

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

// actionScript is the page's only script: a press on an element with a
// data-action (a button, a form's submit) dispatches a "genui-action"
// CustomEvent on the document with {action: NAME}, the event the embed
// widget fires, so a page can listen to both alike.
const actionScript = `document.addEventListener("click",function(e){var t=e.target.closest&&e.target.closest("[data-action]");if(t){document.dispatchEvent(new CustomEvent("genui-action",{detail:{action:t.getAttribute("data-action")}}));}});`

// HTML writes a standalone page of spec: the SVG inline (fonts embedded
// when o.Fonts has them), the spec's JSON, and actionScript. Its own
// Content-Security-Policy allows nothing but that script (by hash), the
// inline styles and fonts, and images from data: and https: URLs.
func HTML(spec *genui.Spec, o Options) ([]byte, error) {
	l := o.layout(spec)
	var pic bytes.Buffer
	if err := svg.Encode(&pic, l, &svg.Options{Fonts: o.Fonts}); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	picture := pic.String()
	if i := strings.Index(picture, "<svg"); i > 0 {
		picture = picture[i:] // the XML declaration has no place in HTML
	}
	canon, err := genui.Marshal(spec)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	var specJSON bytes.Buffer
	json.HTMLEscape(&specJSON, canon) // no "</script>" can end the element early
	sum := sha256.Sum256([]byte(actionScript))
	csp := "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data: https:; script-src 'sha256-" +
		base64.StdEncoding.EncodeToString(sum[:]) + "'"
	title := spec.Title
	if title == "" {
		title = "genui design"
	}
	bg := l.Background
	var b bytes.Buffer
	b.WriteString("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString(`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	b.WriteString(`<meta http-equiv="Content-Security-Policy" content="` + csp + `">` + "\n")
	b.WriteString(`<meta name="generator" content="genui">` + "\n")
	b.WriteString("<title>" + html.EscapeString(title) + "</title>\n")
	fmt.Fprintf(&b, "<style>html,body{margin:0;background:#%02x%02x%02x}body{display:flex;justify-content:center}svg{display:block;max-width:100%%;height:auto}[data-action]{cursor:pointer}</style>\n", bg.R, bg.G, bg.B)
	b.WriteString("</head>\n<body>\n")
	b.WriteString(picture)
	b.WriteString(`<script type="application/genui+json" id="` + SpecScriptID + `">`)
	b.Write(specJSON.Bytes())
	b.WriteString("</script>\n<script>" + actionScript + "</script>\n</body>\n</html>\n")
	return b.Bytes(), nil
}
