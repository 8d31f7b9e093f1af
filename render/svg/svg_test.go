package svg

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/genui/genui/render"
)

// hostile is text that tries every way out of an SVG text node or attribute.
const hostile = `"><script>alert(1)</script><g onload="alert(2)" x='` + "]]><![CDATA[<svg/onload=alert(3)>]]>&amp;\x00\x1b"

func hostileList() *render.List {
	l := &render.List{Width: 100, Height: 50, Background: render.Hex(0xffffff), Title: hostile}
	add := func(op render.Op) { l.Ops = append(l.Ops, op) }
	add(render.Op{Kind: render.OpBegin, Rect: render.XYWH(0, 0, 100, 50), Group: &render.Group{
		Pointer: hostile, Type: hostile, Role: hostile, Name: hostile, Action: hostile, Value: hostile,
	}})
	add(render.Op{Kind: render.OpBegin, Rect: render.XYWH(0, 0, 10, 10), Group: &render.Group{
		Interact: render.Follow, Href: "javascript:alert(4)", Name: "x",
	}})
	add(render.Op{Kind: render.OpEnd})
	add(render.Op{Kind: render.OpBegin, Rect: render.XYWH(0, 0, 10, 10), Group: &render.Group{
		Interact: render.Follow, Href: `https://example.com/?q="><script>`, Name: "ok",
	}})
	add(render.Op{Kind: render.OpEnd})
	add(render.Op{Kind: render.OpText, Rect: render.XYWH(1, 2, 3, 4), Baseline: 10, Text: hostile,
		Font: render.Font{Face: render.Bold, Size: 14}, Fill: render.Hex(0x123456)})
	add(render.Op{Kind: render.OpImage, Rect: render.XYWH(0, 0, 10, 10), Text: "data:text/html,<script>alert(5)</script>"})
	add(render.Op{Kind: render.OpImage, Rect: render.XYWH(0, 0, 10, 10), Text: "javascript:alert(6)"})
	add(render.Op{Kind: render.OpImage, Rect: render.XYWH(0, 0, 10, 10), Radius: 2, Text: `https://example.com/a.png?"onerror="x`})
	add(render.Op{Kind: render.OpEnd})
	return l
}

func TestHostileValuesAreInert(t *testing.T) {
	var buf bytes.Buffer
	if err := Encode(&buf, hostileList(), &Options{FontURL: `javascript:alert(7)//`}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script", `onload="`, `onerror="`, "javascript:", "data:text/html", "<![CDATA[", "<svg/", "\x00", "\x1b"} {
		if strings.Contains(out, bad) {
			t.Errorf("output contains %q", bad)
		}
	}
	// Every element and attribute is one we write.
	allowedElems := map[string]bool{"svg": true, "title": true, "style": true, "rect": true, "g": true, "a": true,
		"text": true, "path": true, "image": true, "defs": true, "clipPath": true}
	d := xml.NewDecoder(strings.NewReader(out))
	texts := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("output is not well-formed XML: %v\n%s", err, out)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if !allowedElems[se.Name.Local] {
				t.Errorf("unexpected element <%s>", se.Name.Local)
			}
			for _, a := range se.Attr {
				if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") || a.Name.Local == "style" {
					t.Errorf("attribute %s=%q", a.Name.Local, a.Value)
				}
				if a.Name.Local == "aria-label" && len(a.Value) > 2 && a.Value != strings.Map(replaceNonXML, hostile) {
					t.Errorf("aria-label changed: %q", a.Value)
				}
			}
			if se.Name.Local == "text" {
				texts++
			}
		}
	}
	if texts != 1 {
		t.Errorf("%d text elements", texts)
	}
	if !strings.Contains(out, `href="https://example.com/?q=&#34;&gt;&lt;script&gt;"`) {
		t.Errorf("safe link not kept, escaped:\n%s", out)
	}
	if strings.Count(out, "<image") != 1 {
		t.Errorf("unsafe images not dropped:\n%s", out)
	}
}

// replaceNonXML maps the characters XML cannot hold to U+FFFD, as encoding/xml does.
func replaceNonXML(r rune) rune {
	if xmlChar(r) {
		return r
	}
	return '\uFFFD'
}

func TestNumbersAndPaint(t *testing.T) {
	l := &render.List{Width: 40, Height: 20, Background: render.Hex(0xfafafa), Ops: []render.Op{
		{Kind: render.OpRect, Rect: render.XYWH(2, 3, 10.333, 4), Radius: 2, Fill: render.Hex(0x000000).Alpha(0.5),
			Stroke: render.Hex(0xff0000), StrokeWidth: 1},
		{Kind: render.OpPath, Path: render.Path{{Verb: render.MoveTo, P: [3]render.Point{render.Pt(1, 2)}},
			{Verb: render.LineTo, P: [3]render.Point{render.Pt(3.14159, -0.001)}}}, Stroke: render.Hex(0x00ff00), StrokeWidth: 2},
	}}
	var buf bytes.Buffer
	if err := Encode(&buf, l, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		`width="40" height="20"`, `viewBox="0 0 40 20"`,
		`<rect x="2.5" y="3.5" width="9.33" height="3" rx="1.5" fill="#000000" fill-opacity="0.5" stroke="#ff0000"/>`,
		`<path d="M1 2 L3.14 0" fill="none" stroke="#00ff00" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s in\n%s", want, out)
		}
	}
}

func TestFonts(t *testing.T) {
	l := &render.List{Width: 10, Height: 10, Ops: []render.Op{
		{Kind: render.OpText, Text: "x", Font: render.Font{Face: render.Medium, Size: 12}, Fill: render.Hex(0)},
	}}
	var buf bytes.Buffer
	Encode(&buf, l, &Options{FontURL: "/fonts/"})
	if out := buf.String(); !strings.Contains(out, `font-weight:500;src:local("Go Medium"),url("/fonts/Go-Medium.ttf")`) ||
		strings.Contains(out, "Go Bold") {
		t.Errorf("referenced fonts:\n%s", out)
	}
	buf.Reset()
	Encode(&buf, l, &Options{Fonts: map[render.Face][]byte{render.Medium: []byte("TTF")}})
	if out := buf.String(); !strings.Contains(out, "url(data:font/ttf;base64,VFRG)") {
		t.Errorf("embedded fonts:\n%s", out)
	}
}

// TestEscapeMatchesEncodingXML holds the string escaper to encoding/xml's
// EscapeText on awkward and random input.
func TestEscapeMatchesEncodingXML(t *testing.T) {
	inputs := []string{"", "plain", hostile, "a\tb\nc\rd", "\xff\xfe bad UTF-8 \xc3", "\uFFFE\uFFFF\U0001F600\uD7FF\uE000",
		"&&;<<>>\"\"''", "\x7f\x80\u0085"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		inputs = append(inputs, string(b))
	}
	for _, in := range inputs {
		var want, got bytes.Buffer
		xml.EscapeText(&want, []byte(in))
		w := bufio.NewWriter(&got)
		escape(w, in)
		w.Flush()
		if got.String() != want.String() {
			t.Errorf("escape(%q) = %q, encoding/xml gives %q", in, got.String(), want.String())
		}
	}
}
