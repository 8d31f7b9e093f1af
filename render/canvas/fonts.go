package canvas

import (
	"strconv"
	"strings"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// fontFiles names the Go fonts' files under Options.FontURL by face; the
// SVG backend serves and names them alike.
var fontFiles = [...]string{
	render.Regular: "Go-Regular.ttf", render.Medium: "Go-Medium.ttf",
	render.Bold: "Go-Bold.ttf", render.Mono: "Go-Mono.ttf",
}

// fontFamily returns the CSS family a face is registered under: "Go"
// (weights 400, 500 and 700) or "Go Mono".
func fontFamily(f render.Face) string {
	if f == render.Mono {
		return "Go Mono"
	}
	return "Go"
}

// fontURL returns the FontFace source of face under the URL prefix, or ""
// when there is no prefix or it is not a safe URL. It is static
// configuration, never spec data, but it is checked and quoted all the
// same: characters that could end the CSS string are dropped.
func fontURL(prefix string, f render.Face) string {
	if prefix == "" || !genui.SafeURL(prefix, false) || int(f) >= len(fontFiles) {
		return ""
	}
	var b strings.Builder
	b.WriteString(`url("`)
	for _, r := range prefix + fontFiles[f] {
		if r == '"' || r == '\\' || r < ' ' || r == 0x7f {
			continue
		}
		b.WriteRune(r)
	}
	b.WriteString(`") format("truetype")`)
	return b.String()
}

// cssFont returns the CSS font of f: its face's family list, so that runes
// the Go fonts lack are set in the CJK faces render measured them with, as
// the SVG backend's text is.
func cssFont(f render.Font) string {
	return strconv.Itoa(f.Face.Weight()) + " " + strconv.FormatFloat(float64(f.Size), 'f', -1, 32) + "px " + f.Face.CSSFamily()
}
