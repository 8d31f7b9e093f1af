package components_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/raster"
	"github.com/genui/genui/render/svg"
)

// Text that tries to leave an SVG text node or attribute.
var hostileTexts = []string{
	`<script>alert(1)</script>`,
	`"><svg onload=alert(1)>`,
	`' onmouseover='alert(1)' x='`,
	`]]><script>alert(1)</script><![CDATA[`,
	`</text></g></svg><script>alert(1)</script>`,
	`<!-- --><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject>`,
	"\x00\x1b[31m\u202e<img src=x onerror=alert(1)>",
	`<use href="https://evil.example/x.svg#a"/>`,
	`<style>*{fill:url(javascript:alert(1))}</style>`,
	`&lt;script&gt;alert(1)&lt;/script&gt;`,
}

// URLs that must never reach an href.
var hostileURLs = []string{
	"javascript:alert(1)", "JaVaScRiPt:alert(1)", " \tjavascript:alert(1)", "java\nscript:alert(1)",
	"data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
	"vbscript:msgbox(1)", "javascript&#58;alert(1)", "file:///etc/passwd", "\x01javascript:alert(1)",
}

// hostileSpec returns a spec holding every catalog type once per hostile
// text, with that text in every text field, and once per hostile URL in
// every URL field; and how many unsafe URLs it holds.
func hostileSpec(t *testing.T) ([]byte, int) {
	var nodes []any
	unsafe := 0
	for _, c := range genui.Catalog {
		fields := genui.Fields(c.Name)
		build := func(text, url string) map[string]any {
			n := map[string]any{"type": c.Name}
			for _, f := range fields {
				switch {
				case f.Name == "type" || f.Enum != "":
				case f.Kind == genui.StringField && f.URL != genui.NoURL:
					if url != "" {
						n[f.Name] = url
						if !genui.SafeURL(url, f.URL == genui.ImageURL) {
							unsafe++
						}
					}
				case f.Kind == genui.StringField:
					n[f.Name] = text
				case f.Kind == genui.StringsField:
					n[f.Name] = []string{text, text}
				case f.Kind == genui.StringRowsField:
					n[f.Name] = [][]string{{text, text}, {text}}
				case f.Kind == genui.ObjectsField:
					n[f.Name] = []map[string]any{{"label": text, "value": 3}, {"label": text, "value": 1}}
				case f.Kind == genui.NodesField && f.NodeType != "":
					n[f.Name] = []any{map[string]any{"type": f.NodeType, "title": text, "children": []any{map[string]any{"type": "text", "text": text}}}}
				case f.Kind == genui.NodesField:
					n[f.Name] = []any{map[string]any{"type": "text", "text": text}}
				}
			}
			return n
		}
		for _, text := range hostileTexts {
			nodes = append(nodes, build(text, ""))
		}
		hasURL := false
		for _, f := range fields {
			hasURL = hasURL || f.URL != genui.NoURL
		}
		if hasURL {
			for _, u := range hostileURLs {
				nodes = append(nodes, build("x", u))
			}
		}
	}
	// An unknown type whose name is hostile too.
	nodes = append(nodes, map[string]any{"type": `<script>alert(1)</script>`})
	data, err := json.Marshal(map[string]any{"version": 1, "title": hostileTexts[0],
		"root": map[string]any{"type": "column", "children": nodes}})
	if err != nil {
		t.Fatal(err)
	}
	return data, unsafe
}

// TestHostileSpecIsInert renders text and URLs that try every way out of
// SVG, in every text and URL field of every component, and checks that the
// output holds only elements and attributes the encoder writes, only safe
// URLs, and the hostile text as inert character data.
func TestHostileSpecIsInert(t *testing.T) {
	data, unsafe := hostileSpec(t)
	spec, err := genui.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, theme := range []*render.Theme{components.Light, components.Dark} {
		l := render.Layout(spec, render.Options{Width: 480, Theme: theme})
		dropped := 0
		for _, w := range l.Warnings {
			if strings.Contains(w.Message, "unsafe URL") {
				dropped++
			}
		}
		if dropped != unsafe {
			t.Errorf("%d unsafe URLs in the spec, %d reported dropped", unsafe, dropped)
		}
		var buf bytes.Buffer
		if err := svg.Encode(&buf, l, nil); err != nil {
			t.Fatal(err)
		}
		checkInert(t, buf.Bytes())
		raster.Draw(l, raster.Options{Scale: 0.25}) // and the rasteriser copes
	}
}

func checkInert(t *testing.T, out []byte) {
	t.Helper()
	elems := map[string]bool{"svg": true, "title": true, "style": true, "rect": true, "g": true, "a": true,
		"text": true, "path": true, "image": true, "defs": true, "clipPath": true}
	d := xml.NewDecoder(bytes.NewReader(out))
	var chars strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if !elems[tok.Name.Local] {
				t.Errorf("element <%s> in the output", tok.Name.Local)
			}
			for _, a := range tok.Attr {
				name := strings.ToLower(a.Name.Local)
				if strings.HasPrefix(name, "on") || name == "style" {
					t.Errorf("attribute %s=%q on <%s>", a.Name.Local, a.Value, tok.Name.Local)
				}
				if name == "href" && !genui.SafeURL(a.Value, tok.Name.Local == "image") {
					t.Errorf("unsafe href %q on <%s>", a.Value, tok.Name.Local)
				}
			}
		case xml.CharData:
			chars.Write(tok)
		case xml.Directive, xml.ProcInst:
			if p, ok := tok.(xml.ProcInst); !ok || p.Target != "xml" {
				t.Errorf("markup %v in the output", tok)
			}
		}
	}
	if !strings.Contains(chars.String(), "<script>alert(1)</script>") {
		t.Error("the hostile text was dropped instead of drawn as text")
	}
	// The style element is ours alone: nothing from the spec is in it.
	if i := bytes.Index(out, []byte("<style>")); i < 0 || bytes.Contains(out[i:i+bytes.Index(out[i:], []byte("</style>"))], []byte("alert")) {
		t.Error("spec text in the style element")
	}
}
