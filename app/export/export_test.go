package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/xml"
	"io"
	"regexp"
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

func TestHTMLIsStandaloneAndInert(t *testing.T) {
	hostile := `{"version":1,"title":"</title><script>alert(1)</script>","root":{"type":"column","children":[{"type":"text","text":"</script><img src=x onerror=alert(2)>"},{"type":"link","text":"x","href":"javascript:alert(3)"},{"type":"button","text":"Go","action":"go\"><script>alert(4)</script>"}]}}`
	out, err := HTML(parse(t, hostile), Options{})
	if err != nil {
		t.Fatal(err)
	}
	page := string(out)
	if n := strings.Count(strings.ToLower(page), "<script"); n != 2 {
		t.Errorf("%d <script> elements, want the spec's and the action script", n)
	}
	// The payloads survive only as escaped text and JSON data.
	for _, bad := range []string{"<script>alert", "<img", `href="javascript`, `"><script`} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q", bad)
		}
	}
	// The CSP names the script by its hash.
	m := regexp.MustCompile(`'sha256-([^']+)'`).FindStringSubmatch(page)
	sum := sha256.Sum256([]byte(actionScript))
	if m == nil || m[1] != base64.StdEncoding.EncodeToString(sum[:]) {
		t.Errorf("CSP hash %v", m)
	}
	if !strings.Contains(page, "<script>"+actionScript+"</script>") {
		t.Error("the action script is not inline as hashed")
	}
	if strings.Contains(page, "<?xml") {
		t.Error("XML declaration inside HTML")
	}
	// The spec travels in the page and reads back the same.
	i := strings.Index(page, `id="`+SpecScriptID+`">`)
	j := strings.Index(page[i:], "</script>")
	embedded := page[i+len(`id="`+SpecScriptID+`">`) : i+j]
	back, err := genui.Parse([]byte(embedded))
	if err != nil || back.Title != "</title><script>alert(1)</script>" {
		t.Errorf("embedded spec: %v %q", err, back.Title)
	}
}
