// Package svg writes a render.List as an SVG document.
//
// The document frame (the XML prolog, the <svg> element with its width,
// height and viewBox, <title>, <defs>, groups' ends) goes through
// github.com/ajstarks/svgo. The elements inside are written by this
// package: svgo formats every number with fixed decimals through fmt
// ("16.00") and passes attribute strings and hrefs through unescaped, and
// an injection through that path was reproduced in this project. Here
// every number is rounded to two decimals and printed short, every text
// and attribute value goes through one escaping function, every URL is
// checked again with genui.SafeURL, and nothing from a spec can become an
// element or attribute name: no script, no event handler, no style, no
// foreignObject, no <use>.
//
// Text stays text (selectable, searchable, read by screen readers) set in
// the Go fonts. By default the SVG references them by name (@font-face
// with local(), and a url() under Options.FontURL when set), which keeps
// golden files and browser previews small; Options.Fonts embeds the
// TrueType files as data: URLs instead, so a standalone file looks the same
// on machines without the Go fonts (the genui CLI embeds). Either way the
// glyph positions match the renderer's measurements, which come from the
// same fonts' advance widths. What the Go fonts lack (Chinese, Japanese,
// Korean) falls to the CJK faces of render.CJKFamilies, which every
// platform has one of and which set ideographs and CJK punctuation one em
// wide, as render measures them; the style turns off the CSS Text 4
// spacing features (text-spacing-trim, text-autospace) that would narrow
// adjacent punctuation or widen the seam between ideographs and Latin.
// CJK faces are referenced by name only: embedding one would add
// megabytes to every file.
//
// Each node is a <g> carrying data-node (its JSON Pointer) and, where it
// has them, role, aria-label and a <title> with its accessible name; links
// are <a href> elements.
package svg

import (
	"bufio"
	"encoding/base64"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	svgo "github.com/ajstarks/svgo/float"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// Options configure Encode.
type Options struct {
	// Fonts maps faces to their TrueType files; the faces the list uses
	// are embedded as data: URLs. Nil: the fonts are referenced.
	Fonts map[render.Face][]byte
	// FontURL, when fonts are referenced, is the URL prefix under which
	// Go-Regular.ttf, Go-Medium.ttf, Go-Bold.ttf and Go-Mono.ttf are served
	// (e.g. "/fonts/"); empty: local() only. It is static configuration,
	// never spec data, but it is checked with genui.SafeURL all the same.
	FontURL string
}

// fontFiles names the files of FontURL by face.
var fontFiles = [...]string{
	render.Regular: "Go-Regular.ttf", render.Medium: "Go-Medium.ttf",
	render.Bold: "Go-Bold.ttf", render.Mono: "Go-Mono.ttf",
}

// Encode writes l to w as an SVG document. Errors come only from w.
func Encode(w io.Writer, l *render.List, o *Options) error {
	if o == nil {
		o = &Options{}
	}
	bw := bufio.NewWriterSize(w, 32<<10)
	e := &encoder{w: bw, canvas: svgo.New(bw)}
	e.encode(l, o)
	return bw.Flush()
}

type encoder struct {
	w      *bufio.Writer
	canvas *svgo.SVG
	num    []byte // scratch for numbers
	clips  int    // clip paths written so far
	open   []bool // for each open group: closed with </a> rather than </g>
}

func (e *encoder) encode(l *render.List, o *Options) {
	width, height := float64(l.Width), float64(l.Height)
	e.canvas.Decimals = 0
	e.canvas.Startview(width, height, 0, 0, width, height)
	if l.Title != "" {
		e.canvas.Title(l.Title) // svgo escapes element text
	}
	e.style(l, o)
	e.rect(render.XYWH(0, 0, l.Width, l.Height), 0, l.Background, render.Color{}, 0)
	for i := range l.Ops {
		e.op(&l.Ops[i])
	}
	for len(e.open) > 0 {
		e.closeGroup()
	}
	e.canvas.End()
}

// style writes the @font-face rules of the faces l uses.
func (e *encoder) style(l *render.List, o *Options) {
	var used [4]bool
	for i := range l.Ops {
		if l.Ops[i].Kind == render.OpText && int(l.Ops[i].Font.Face) < len(used) {
			used[l.Ops[i].Font.Face] = true
		}
	}
	e.w.WriteString("<style>")
	for f, u := range used {
		if !u {
			continue
		}
		face := render.Face(f)
		family := "Go"
		if face == render.Mono {
			family = "Go Mono"
		}
		e.w.WriteString(`@font-face{font-family:"` + family + `";font-weight:` + strconv.Itoa(face.Weight()) + ";src:")
		if ttf := o.Fonts[face]; len(ttf) > 0 {
			e.w.WriteString("url(data:font/ttf;base64,")
			enc := base64.NewEncoder(base64.StdEncoding, e.w)
			enc.Write(ttf)
			enc.Close()
			e.w.WriteString(`) format("truetype")`)
		} else {
			e.w.WriteString(`local("` + face.String() + `")`)
			if o.FontURL != "" && genui.SafeURL(o.FontURL, false) {
				e.w.WriteString(`,url("`)
				escapeCSSURL(e.w, o.FontURL+fontFiles[face])
				e.w.WriteString(`") format("truetype")`)
			}
		}
		e.w.WriteString("}")
	}
	e.w.WriteString(textStyle)
}

// textStyle sets text in the Go fonts and, for what they lack, in a CJK
// face (render.Face.CSSFamily); it keeps CJK punctuation full width and
// leaves out the space CSS Text 4 may put between ideographs and Latin
// letters, so the browser's advances stay the ones render measured.
var textStyle = "text{font-family:" + render.Regular.CSSFamily() +
	";white-space:pre;text-spacing-trim:space-all;text-autospace:no-autospace}.mono{font-family:" +
	render.Mono.CSSFamily() + "}</style>\n"

// escapeCSSURL writes u for a double-quoted CSS string inside XML: only
// characters that cannot break out of either pass.
func escapeCSSURL(w *bufio.Writer, u string) {
	for _, r := range u {
		if r == '"' || r == '\\' || r == '<' || r == '>' || r == '&' || r < ' ' || r == 0x7f {
			continue
		}
		w.WriteRune(r)
	}
}

func (e *encoder) op(op *render.Op) {
	switch op.Kind {
	case render.OpRect:
		e.rect(op.Rect, op.Radius, op.Fill, op.Stroke, op.StrokeWidth)
	case render.OpText:
		e.text(op)
	case render.OpPath:
		e.path(op)
	case render.OpImage:
		e.image(op)
	case render.OpBegin:
		e.begin(op)
	case render.OpEnd:
		if len(e.open) > 0 {
			e.closeGroup()
		}
	}
}

func (e *encoder) closeGroup() {
	if e.open[len(e.open)-1] {
		e.w.WriteString("</a>\n")
	} else {
		e.canvas.Gend()
	}
	e.open = e.open[:len(e.open)-1]
}

func (e *encoder) begin(op *render.Op) {
	g := op.Group
	if g == nil {
		g = &render.Group{}
	}
	link := g.Interact == render.Follow && g.Href != "" && genui.SafeURL(g.Href, false)
	if link {
		e.w.WriteString("<a")
		e.attr("href", g.Href)
	} else {
		e.w.WriteString("<g")
	}
	e.open = append(e.open, link)
	e.attr("data-node", g.Pointer)
	e.attr("data-type", g.Type)
	e.attr("role", g.Role)
	e.attr("aria-label", g.Name)
	if g.Level > 0 {
		e.attr("aria-level", strconv.Itoa(g.Level))
	}
	switch g.Role {
	case "checkbox", "switch", "radio":
		e.attr("aria-checked", strconv.FormatBool(g.Checked))
	case "tab":
		e.attr("aria-selected", strconv.FormatBool(g.Checked))
	}
	if g.Disabled {
		e.attr("aria-disabled", "true")
	}
	if g.Interact != render.NotInteractive {
		e.attr("data-interact", g.Interact.String())
	}
	e.attr("data-action", g.Action)
	e.w.WriteString(">")
	if g.Name != "" {
		e.w.WriteString("<title>")
		escape(e.w, g.Name)
		e.w.WriteString("</title>")
	}
	e.w.WriteString("\n")
}

// attr writes ` name="value"` with value escaped; nothing when value is empty.
func (e *encoder) attr(name, value string) {
	if value == "" {
		return
	}
	e.open2(name)
	escape(e.w, value)
	e.w.WriteByte('"')
}

// open2 writes ` name="`.
func (e *encoder) open2(name string) {
	e.w.WriteByte(' ')
	e.w.WriteString(name)
	e.w.WriteString(`="`)
}

// escape writes s as XML character data or an attribute value, by
// encoding/xml's EscapeText rules: & < > " ' and line breaks become
// references, and characters XML cannot hold (controls, invalid UTF-8)
// become U+FFFD. It is written out here to work on strings without
// copying them; TestEscapeMatchesEncodingXML holds it to EscapeText.
func escape(w *bufio.Writer, s string) {
	last := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		var esc string
		switch r {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			if !xmlChar(r) || (r == utf8.RuneError && n == 1) {
				esc = "\uFFFD"
			}
		}
		if esc != "" {
			w.WriteString(s[last:i])
			w.WriteString(esc)
			last = i + n
		}
		i += n
	}
	w.WriteString(s[last:])
}

// xmlChar reports whether r may appear in an XML document (XML 1.0 §2.2).
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

func (e *encoder) number(name string, v float32) {
	e.open2(name)
	e.writeNum(v)
	e.w.WriteByte('"')
}

// writeNum writes v rounded to two decimals in its shortest form ("16",
// "16.5", "0.25"), by integer arithmetic: strconv's shortest-float search
// was a sixth of the encoder's time.
func (e *encoder) writeNum(v float32) {
	f := math.Round(float64(v) * 100)
	if math.IsNaN(f) || math.Abs(f) > 1e15 {
		f = 0
	}
	n := int64(f)
	b := e.num[:0]
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	b = strconv.AppendInt(b, n/100, 10)
	if frac := n % 100; frac != 0 {
		b = append(b, '.', byte('0'+frac/10))
		if frac%10 != 0 {
			b = append(b, byte('0'+frac%10))
		}
	}
	e.num = b
	e.w.Write(b)
}

// paint writes the fill and stroke attributes.
func (e *encoder) paint(fill, stroke render.Color, sw float32) {
	if fill.Visible() {
		e.color("fill", fill)
	} else {
		e.w.WriteString(` fill="none"`)
	}
	if stroke.Visible() && sw > 0 {
		e.color("stroke", stroke)
		if sw != 1 {
			e.number("stroke-width", sw)
		}
	}
}

func (e *encoder) color(name string, c render.Color) {
	const digits = "0123456789abcdef"
	b := [7]byte{'#', digits[c.R>>4], digits[c.R&15], digits[c.G>>4], digits[c.G&15], digits[c.B>>4], digits[c.B&15]}
	e.open2(name)
	e.w.Write(b[:])
	e.w.WriteByte('"')
	if c.A != 0xff {
		e.w.WriteByte(' ')
		e.w.WriteString(name)
		e.w.WriteString(`-opacity="`)
		e.writeNum(float32(c.A) / 255)
		e.w.WriteByte('"')
	}
}

// rect writes a rectangle; a border is drawn inside the edge, as CSS does.
func (e *encoder) rect(r render.Rect, radius float32, fill, stroke render.Color, sw float32) {
	if stroke.Visible() && sw > 0 {
		r = r.Inset(sw / 2)
		radius = max(radius-sw/2, 0)
	}
	radius = min(radius, r.W/2, r.H/2)
	e.w.WriteString("<rect")
	if r.X != 0 || r.Y != 0 {
		e.number("x", r.X)
		e.number("y", r.Y)
	}
	e.number("width", r.W)
	e.number("height", r.H)
	if radius > 0 {
		e.number("rx", radius)
	}
	e.paint(fill, stroke, sw)
	e.w.WriteString("/>\n")
}

func (e *encoder) text(op *render.Op) {
	e.w.WriteString("<text")
	e.number("x", op.Rect.X)
	e.number("y", op.Baseline)
	if op.Font.Face == render.Mono {
		e.w.WriteString(` class="mono"`)
	}
	e.number("font-size", op.Font.Size)
	if wt := op.Font.Face.Weight(); wt != 400 {
		e.open2("font-weight")
		e.num = strconv.AppendInt(e.num[:0], int64(wt), 10)
		e.w.Write(e.num)
		e.w.WriteByte('"')
	}
	e.paint(op.Fill, render.Color{}, 0)
	e.w.WriteString(">")
	escape(e.w, op.Text)
	e.w.WriteString("</text>\n")
}

func (e *encoder) path(op *render.Op) {
	e.w.WriteString(`<path d="`)
	for i, s := range op.Path {
		if i > 0 {
			e.w.WriteByte(' ')
		}
		switch s.Verb {
		case render.MoveTo:
			e.w.WriteByte('M')
			e.points(s.P[:1])
		case render.LineTo:
			e.w.WriteByte('L')
			e.points(s.P[:1])
		case render.QuadTo:
			e.w.WriteByte('Q')
			e.points(s.P[:2])
		case render.CubeTo:
			e.w.WriteByte('C')
			e.points(s.P[:3])
		case render.Close:
			e.w.WriteByte('Z')
		}
	}
	e.w.WriteByte('"')
	e.paint(op.Fill, op.Stroke, op.StrokeWidth)
	if op.Stroke.Visible() && op.StrokeWidth > 0 {
		e.w.WriteString(` stroke-linecap="round" stroke-linejoin="round"`)
	}
	e.w.WriteString("/>\n")
}

func (e *encoder) points(ps []render.Point) {
	for i, p := range ps {
		if i > 0 {
			e.w.WriteByte(' ')
		}
		e.writeNum(p.X)
		e.w.WriteByte(' ')
		e.writeNum(p.Y)
	}
}

// image writes a picture clipped to its rounded rectangle. An unsafe URL
// (possible only in a list not made by render.Layout) draws nothing.
func (e *encoder) image(op *render.Op) {
	if !genui.SafeURL(op.Text, true) {
		return
	}
	clip := ""
	if op.Radius > 0 {
		e.clips++
		clip = "clip" + strconv.Itoa(e.clips)
		e.canvas.Def()
		e.w.WriteString(`<clipPath id="` + clip + `">`)
		e.rect(op.Rect, op.Radius, render.Color{A: 0xff}, render.Color{}, 0)
		e.w.WriteString("</clipPath>\n")
		e.canvas.DefEnd()
	}
	e.w.WriteString("<image")
	e.number("x", op.Rect.X)
	e.number("y", op.Rect.Y)
	e.number("width", op.Rect.W)
	e.number("height", op.Rect.H)
	e.attr("href", op.Text)
	e.w.WriteString(` preserveAspectRatio="xMidYMid slice"`)
	if clip != "" {
		e.w.WriteString(` clip-path="url(#` + clip + `)"`)
	}
	e.w.WriteString("/>\n")
}
