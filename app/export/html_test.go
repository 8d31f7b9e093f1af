package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/genui/genui/app/export/exporttest"
	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// settings has two tabs and every kind of control.
const settings = `{"version":1,"title":"Settings","root":{"type":"card","title":"Settings","children":[
 {"type":"tabs","children":[
   {"type":"tab","title":"Profile","children":[
     {"type":"input","id":"email","label":"Email","inputType":"email","placeholder":"you@example.com"},
     {"type":"input","id":"pw","label":"Password","inputType":"password","value":"secret"},
     {"type":"textarea","id":"bio","label":"Bio","placeholder":"About you"}]},
   {"type":"tab","title":"Prefs","children":[
     {"type":"switch","id":"news","label":"Newsletter"},
     {"type":"checkbox","id":"terms","label":"I agree","checked":true},
     {"type":"radio","id":"plan","label":"Plan","options":["Free","Pro","Team"],"value":"Pro"},
     {"type":"select","id":"lang","label":"Language","options":["English","French"]},
     {"type":"slider","id":"vol","label":"Volume","min":0,"max":10,"step":1,"value":3}]}]},
 {"type":"button","text":"Save","action":"save"}]}}`

// pageOf exports spec and splits the page into its parts.
type pageOf struct {
	html     string
	parts    pageParts
	views    []string // the <svg> documents
	variants []string // the template fragments
}

func exportPage(t *testing.T, spec string, o Options) *pageOf {
	t.Helper()
	out, err := HTML(parse(t, spec), o)
	if err != nil {
		t.Fatal(err)
	}
	p := &pageOf{html: string(out)}
	if err := json.Unmarshal([]byte(between(t, p.html, `<script type="application/json" id="`+PartsScriptID+`">`, "</script>")), &p.parts); err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`(?s)<div class="view" data-view="\d+"(?: hidden)?>\n(.*?)</div>\n`).FindAllStringSubmatch(p.html, -1) {
		p.views = append(p.views, m[1])
	}
	for _, m := range regexp.MustCompile(`(?s)<template data-variant><svg xmlns="http://www.w3.org/2000/svg">(.*?)</svg></template>`).FindAllStringSubmatch(p.html, -1) {
		p.variants = append(p.variants, m[1])
	}
	return p
}

func between(t *testing.T, s, start, end string) string {
	t.Helper()
	i := strings.Index(s, start)
	if i < 0 {
		t.Fatalf("no %q", start)
	}
	j := strings.Index(s[i+len(start):], end)
	if j < 0 {
		t.Fatalf("no %q after %q", end, start)
	}
	return s[i+len(start) : i+len(start)+j]
}

func TestHTMLFirstViewIsTheSVG(t *testing.T) {
	fonts := map[render.Face][]byte{render.Regular: []byte("TTF-R"), render.Medium: []byte("TTF-M"), render.Bold: []byte("TTF-B")}
	for _, th := range []*render.Theme{components.Light, components.Dark} {
		o := Options{Width: 480, Theme: th, Fonts: fonts}
		p := exportPage(t, settings, o)
		pic, err := SVG(parse(t, settings), o)
		if err != nil {
			t.Fatal(err)
		}
		want := string(pic[bytes.Index(pic, []byte("<svg")):])
		if len(p.views) != 2 || p.views[0] != want {
			t.Fatalf("%s: %d views; the first is not export.SVG's drawing", th.Name, len(p.views))
		}
		if strings.Contains(p.views[1], "<style>") || strings.Count(p.html, "TTF-R") > 0 {
			t.Errorf("%s: fonts or styles are written twice, or not as base64", th.Name)
		}
		if !strings.Contains(p.html, "--genui-page: "+map[string]string{"light": "#ffffff", "dark": "#09090b"}[th.Name]) {
			t.Errorf("%s: the page's tokens are not the theme's", th.Name)
		}
	}
}

func TestHTMLViewsAndControls(t *testing.T) {
	p := exportPage(t, settings, Options{Width: 480})
	const profile, prefs = "/root/children/0/children/0", "/root/children/0/children/1"
	if len(p.parts.Views) != 2 {
		t.Fatalf("%d views, want one per tab", len(p.parts.Views))
	}
	for v, view := range p.parts.Views {
		if view.Tabs[profile] != 0 || view.Tabs[prefs] != 1 {
			t.Errorf("view %d: tabs lead to %v", v, view.Tabs)
		}
	}
	kinds := map[string]*control{}
	for _, view := range p.parts.Views {
		for _, c := range view.Controls {
			if kinds[c.Type+" "+c.Kind] == nil {
				kinds[c.Type+" "+c.Kind] = c
			}
			if len(c.Variants) == 0 || c.Base >= len(c.Variants) {
				t.Errorf("%s: variants %v base %d", c.Ptr, c.Variants, c.Base)
			}
			for k, i := range c.Variants {
				if i < 0 || i >= len(p.variants) {
					t.Errorf("%s: slot %d has template %d of %d", c.Ptr, k, i, len(p.variants))
				}
			}
		}
	}
	for _, k := range []string{"input edit", "textarea edit", "switch toggle", "checkbox toggle", "radio choose", "select expand", "slider slide"} {
		if kinds[k] == nil {
			t.Errorf("no %s control", k)
		}
	}
	variant := func(c *control, slot int) string { return p.variants[c.Variants[slot]] }

	// Toggles: off and on.
	sw := kinds["switch toggle"]
	if sw.Base != 0 || !strings.Contains(variant(sw, 1), `aria-checked="true"`) || !strings.Contains(variant(sw, 0), `aria-checked="false"`) {
		t.Errorf("switch variants: base %d\n%s", sw.Base, variant(sw, 1))
	}
	// Radio: one per option, the chosen one checked.
	radio := kinds["radio choose"]
	if radio.Base != 1 || !slices.Equal(radio.Options, []string{"Free", "Pro", "Team"}) {
		t.Errorf("radio: base %d options %v", radio.Base, radio.Options)
	}
	if !regexp.MustCompile(`aria-label="Team" aria-checked="true"`).MatchString(variant(radio, 2)) {
		t.Errorf("radio variant 2 does not check Team:\n%s", variant(radio, 2))
	}
	// Select: each option drawn as its value.
	sel := kinds["select expand"]
	if sel.Base != -1 || !strings.Contains(variant(sel, 1), ">French</text>") || sel.Box == nil {
		t.Errorf("select: base %d box %v", sel.Base, sel.Box)
	}
	// Slider: a stop per step, each drawn with its figure.
	sl := kinds["slider slide"]
	if len(sl.Stops) != 11 || sl.Base != 3 || !strings.Contains(variant(sl, 7), ">7</text>") {
		t.Errorf("slider: stops %v base %d", sl.Stops, sl.Base)
	}
	// Fields: the blank variants keep the label and the box, not the text.
	in := kinds["input edit"]
	if in.Base != slotAsWritten || in.Box == nil || in.Pad == nil || in.Font != 14 {
		t.Fatalf("input: %+v", in)
	}
	for slot, want := range map[int]bool{slotBlank: false, slotBlankFocus: false, slotAsWritten: true} {
		v := variant(in, slot)
		if strings.Contains(v, ">you@example.com</text>") != want || !strings.Contains(v, ">Email</text>") {
			t.Errorf("input slot %d:\n%s", slot, v)
		}
	}
	if variant(in, slotBlank) == variant(in, slotBlankFocus) {
		t.Error("the focused field has no focus ring")
	}
	pw := p.parts.Views[0].Controls[1]
	if pw.InputType != "password" || strings.Contains(variant(pw, slotBlank), "•") || pw.Pad[1] <= pw.Pad[3] {
		t.Errorf("password field: %+v", pw)
	}
	ta := kinds["textarea edit"]
	if !ta.Multiline || ta.LineHeight != 20 || ta.Pad[0] < 6 || ta.Pad[0] > 10 {
		t.Errorf("textarea: line height %v, pad %v", ta.LineHeight, ta.Pad)
	}
	// Fields report their values under their ids.
	got := map[string]any{}
	for _, f := range p.parts.Fields {
		got[f.Key] = f.Value
	}
	want := map[string]any{"email": "", "pw": "secret", "bio": "", "news": false, "terms": true, "plan": "Pro", "lang": "", "vol": 3.0}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("fields %v, want %v", got, want)
	}
	// Every variant is well-formed SVG.
	for i, v := range p.variants {
		wellFormed(t, []byte(`<svg xmlns="http://www.w3.org/2000/svg">`+v+"</svg>"))
		if !strings.HasPrefix(v, "<g ") {
			t.Errorf("variant %d starts %.20q", i, v)
		}
	}
}

func TestHTMLCSPNamesItsScriptAndStyles(t *testing.T) {
	p := exportPage(t, settings, Options{})
	csp := between(t, p.html, `<meta http-equiv="Content-Security-Policy" content="`, `">`)
	head := between(t, p.html, "</title>\n<style>", "</style>\n</head>")
	for _, inline := range []string{pageScript, head, between(t, p.views[0], "<style>", "</style>")} {
		if !strings.Contains(csp, hash(inline)) {
			t.Errorf("the CSP %q does not name %.60q", csp, inline)
		}
	}
	for _, want := range []string{"default-src 'none'", "base-uri 'none'", "form-action 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("the CSP lacks %s", want)
		}
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("the CSP allows something unsafe: %s", csp)
	}
	if !strings.Contains(p.html, "<script>"+pageScript+"</script>") {
		t.Error("the script is not inline as hashed")
	}
}

// scanTags finds the tags of page as a browser's tokeniser would, calling
// fn with each start tag's name and attributes; it returns what follows
// the first "<" that starts no tag, comment or doctype ("" when none).
func scanTags(page string, fn func(tag string, attrs [][2]string)) string {
	for pos := 0; ; {
		i := strings.IndexByte(page[pos:], '<')
		if i < 0 {
			return ""
		}
		pos += i + 1
		rest := page[pos:]
		switch {
		case strings.HasPrefix(rest, "!--"):
			pos += strings.Index(rest, "-->") + 3
			continue
		case strings.HasPrefix(rest, "!doctype html>"):
			continue
		case strings.HasPrefix(rest, "/"):
			pos++
			rest = rest[1:]
		}
		n := 0
		for n < len(rest) && (rest[n] == '-' || rest[n] == ':' || 'a' <= rest[n]|0x20 && rest[n]|0x20 <= 'z' || n > 0 && '0' <= rest[n] && rest[n] <= '9') {
			n++
		}
		if n == 0 {
			return page[pos-1 : min(len(page), pos+80)]
		}
		tag := strings.ToLower(rest[:n])
		var attrs [][2]string
		k := n
		for k < len(rest) && rest[k] != '>' {
			if rest[k] == ' ' || rest[k] == '\n' || rest[k] == '/' {
				k++
				continue
			}
			a := k
			for k < len(rest) && !strings.ContainsRune(" \n=>/", rune(rest[k])) {
				k++
			}
			attr := [2]string{strings.ToLower(rest[a:k]), ""}
			switch {
			case strings.HasPrefix(rest[k:], `="`):
				end := strings.IndexByte(rest[k+2:], '"')
				if end < 0 {
					return rest[a:]
				}
				attr[1] = rest[k+2 : k+2+end]
				k += 3 + end
			case strings.HasPrefix(rest[k:], "="): // unquoted: up to a space or '>'
				end := strings.IndexAny(rest[k+1:], " \n>")
				if end < 0 {
					return rest[a:]
				}
				attr[1] = rest[k+1 : k+1+end]
				k += 1 + end
			}
			attrs = append(attrs, attr)
		}
		if page[pos-1] != '/' {
			fn(tag, attrs)
		}
		pos += k
	}
}

// The elements and attributes a page may hold; everything else would
// come from a spec.
var (
	pageTags = map[string]bool{
		"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true, "main": true,
		"div": true, "section": true, "h2": true, "ol": true, "template": true, "script": true,
		"svg": true, "g": true, "a": true, "rect": true, "text": true, "path": true, "image": true,
		"defs": true, "clippath": true,
	}
	pageAttrs = map[string]bool{
		"lang": true, "charset": true, "http-equiv": true, "content": true, "name": true, "id": true, "class": true,
		"hidden": true, "aria-live": true, "data-view": true, "data-variant": true, "type": true,
		"width": true, "height": true, "viewbox": true, "xmlns": true, "xmlns:xlink": true, "x": true, "y": true,
		"rx": true, "d": true, "fill": true, "fill-opacity": true, "stroke": true, "stroke-opacity": true,
		"stroke-width": true, "stroke-linecap": true, "stroke-linejoin": true, "font-size": true, "font-weight": true,
		"href": true, "preserveaspectratio": true, "clip-path": true, "role": true, "aria-label": true,
		"aria-level": true, "aria-checked": true, "aria-selected": true, "aria-disabled": true,
		"data-node": true, "data-type": true, "data-interact": true, "data-action": true,
	}
)

// TestHTMLIsInertForHostileSpecs exports every payload of exporttest in
// every field and reads the markup as a browser would tokenise it:
// only the page's own elements and attributes, the three scripts and two
// style sheets it writes, safe hrefs, and JSON with no "<" in it.
func TestHTMLIsInertForHostileSpecs(t *testing.T) {
	for i, data := range exporttest.Specs(24) {
		spec, err := genui.Parse(data)
		if err != nil {
			t.Fatalf("spec %d: %v", i, err)
		}
		out, err := HTML(spec, Options{})
		if err != nil {
			t.Fatal(err)
		}
		// page.js is the page's own; its comments name <genui-widget>.
		page := strings.Replace(string(out), pageScript, "", 1)
		count := map[string]int{}
		stray := scanTags(page, func(tag string, attrs [][2]string) {
			count[tag]++
			if !pageTags[tag] {
				t.Errorf("spec %d: element <%s>", i, tag)
			}
			for _, a := range attrs {
				if !pageAttrs[a[0]] {
					t.Errorf("spec %d: attribute %s on <%s>", i, a[0], tag)
				}
				if a[0] == "href" && !genui.SafeURL(htmlUnescape(a[1]), true) {
					t.Errorf("spec %d: href %q", i, a[1])
				}
			}
		})
		if stray != "" {
			t.Errorf("spec %d: a '<' that starts no tag: %q", i, stray)
		}
		if count["script"] != 3 || count["style"] != 2 || count["meta"] != 5 || count["template"] != strings.Count(page, "</template>") {
			t.Errorf("spec %d: %d scripts, %d styles, %d metas, %d templates", i, count["script"], count["style"], count["meta"], count["template"])
		}
		for _, id := range []string{PartsScriptID, SpecScriptID} {
			body := between(t, page, `id="`+id+`">`, "</script>")
			if strings.ContainsAny(body, "<>&") || !json.Valid([]byte(body)) {
				t.Errorf("spec %d: the %s script is not escaped JSON", i, id)
			}
		}
		back, err := genui.Parse([]byte(between(t, page, `id="`+SpecScriptID+`">`, "</script>")))
		if err != nil || back.Title != spec.Title {
			t.Errorf("spec %d: the embedded spec does not read back: %v", i, err)
		}
	}
}

// htmlUnescape decodes the references render/svg writes in attributes.
func htmlUnescape(s string) string {
	var v struct {
		A string `xml:"a,attr"`
	}
	if xml.Unmarshal([]byte(`<x a="`+s+`"/>`), &v) != nil {
		return "\x00"
	}
	return v.A
}

// A spec with far more controls and tabs than a page holds still
// exports, within the page's limits.
func TestHTMLLimits(t *testing.T) {
	var tabs, boxes []string
	for i := range 40 {
		tabs = append(tabs, fmt.Sprintf(`{"type":"tab","title":"T%d","children":[{"type":"text","text":"page %d"}]}`, i, i))
	}
	for i := range 600 {
		boxes = append(boxes, fmt.Sprintf(`{"type":"checkbox","label":"box %d"}`, i))
	}
	spec := `{"version":1,"root":{"type":"column","children":[{"type":"tabs","children":[` + strings.Join(tabs, ",") +
		`]},{"type":"tabs","children":[` + strings.Join(tabs[:5], ",") + `]},` + strings.Join(boxes, ",") + `]}}`
	p, err := newPage(parse(t, spec), render.Options{Width: 480, Theme: components.Light})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.lists) != maxViews || p.layouts > maxLayouts || len(p.variants) > maxVariants {
		t.Errorf("%d views, %d layouts, %d variants", len(p.lists), p.layouts, len(p.variants))
	}
	reached := 0
	for _, v := range p.parts.Views {
		reached = max(reached, len(v.Tabs))
	}
	if reached == 0 {
		t.Error("no tab leads anywhere")
	}
	out, err := HTML(parse(t, spec), Options{})
	if err != nil || len(out) > 16<<20 {
		t.Errorf("%d bytes, %v", len(out), err)
	}
}

func BenchmarkHTML(b *testing.B) {
	data, err := os.ReadFile("../../testdata/specs/composite-settings.json")
	if err != nil {
		b.Fatal(err)
	}
	spec, err := genui.Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	var n int
	for b.Loop() {
		out, err := HTML(spec, Options{Width: 480})
		if err != nil {
			b.Fatal(err)
		}
		n = len(out)
	}
	b.ReportMetric(float64(n), "bytes/page")
	b.ReportAllocs()
}

// The scanner the inertness test relies on sees what an injection would
// leave behind.
func TestScanTagsSeesInjections(t *testing.T) {
	var tags []string
	stray := scanTags(`<!doctype html><!-- <x> --><svg width="1"><g data-x="a>b"/><img src=x onerror="alert(1)"></svg>`, func(tag string, attrs [][2]string) {
		for _, a := range attrs {
			tag += " " + a[0] + "=" + a[1]
		}
		tags = append(tags, tag)
	})
	if want := []string{"svg width=1", "g data-x=a>b", "img src=x onerror=alert(1)"}; stray != "" || strings.Join(tags, "|") != strings.Join(want, "|") {
		t.Errorf("tags %q, stray %q", tags, stray)
	}
	if stray := scanTags("<p>a < b</p>", func(string, [][2]string) {}); stray != "< b</p>" {
		t.Errorf("stray %q", stray)
	}
}
