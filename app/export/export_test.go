package export

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

const login = `{"version":1,"title":"Sign in","root":{"type":"card","title":"Welcome back","children":[{"type":"input","inputType":"email","label":"Email"},{"type":"button","text":"Sign in","action":"submit"}]}}`

func parse(t *testing.T, s string) *genui.Spec {
	t.Helper()
	spec, err := genui.Parse([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

func wellFormed(t *testing.T, doc []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
	}
}

func TestSVG(t *testing.T) {
	fonts := map[render.Face][]byte{render.Regular: []byte("TTF-R"), render.Medium: []byte("TTF-M"), render.Bold: []byte("TTF-B")}
	out, err := SVG(parse(t, login), Options{Width: 400, Theme: components.Dark, Fonts: fonts})
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, out)
	for _, want := range []string{`width="400"`, "Welcome back", "data:font/ttf;base64,", `data-action="submit"`} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

func TestJSONIsCanonicalAndIndented(t *testing.T) {
	out, err := JSON(parse(t, login))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(out), "{\n  \"version\": 1,\n  \"title\": \"Sign in\"") {
		t.Errorf("%s", out)
	}
	if _, err := genui.Parse(out); err != nil {
		t.Error(err)
	}
}
