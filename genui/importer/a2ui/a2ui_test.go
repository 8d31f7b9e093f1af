package a2ui_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
	"github.com/genui/genui/genui/importer/a2ui"
)

var update = flag.Bool("update", false, "rewrite the committed fuzz seed corpus")

func imp(t *testing.T, msgs string) (*importer.Result, string) {
	t.Helper()
	res, err := a2ui.Import([]byte(msgs))
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	data, err := genui.Marshal(res.Spec)
	if err != nil {
		t.Fatal(err)
	}
	if errs := genui.Validate(data); errs.Err() != nil {
		t.Fatalf("invalid spec %s:\n%v", data, errs)
	}
	return res, string(data)
}

const order = `{"version":"v0.9","createSurface":{"surfaceId":"s","catalogId":"basic"}}
{"version":"v0.9","updateComponents":{"surfaceId":"s","components":[
 {"id":"root","component":"Card","child":"col"},
 {"id":"col","component":"Column","children":["title","items","total","name","buy"]},
 {"id":"title","component":"Text","text":{"path":"/shop"},"variant":"h2"},
 {"id":"items","component":"Column","children":{"path":"/items","componentId":"item"}},
 {"id":"item","component":"Text","text":{"call":"formatString","args":{"value":"${name} × ${qty}: ${formatCurrency(value:${price}, currency:'USD')}"}}},
 {"id":"total","component":"Text","text":{"call":"pluralize","args":{"value":{"path":"/count"},"one":"one item","other":"several items"}},"variant":"caption"},
 {"id":"name","component":"TextField","label":"Name","value":{"path":"/form/name"},"checks":[{"call":"required","args":{"value":{"path":"/form/name"}},"message":"needed"}]},
 {"id":"buy","component":"Button","child":"buyLabel","variant":"primary","action":{"event":{"name":"purchase"}}},
 {"id":"buyLabel","component":"Text","text":"Buy now"}]}}
{"version":"v0.9","updateDataModel":{"surfaceId":"s","value":{"shop":"Sunrise","count":2,"form":{"name":"Ada"},
 "items":[{"name":"Latte","qty":2,"price":6.5},{"name":"Bun","qty":1,"price":1234.5}]}}}
{"version":"v0.9","updateDataModel":{"surfaceId":"s","path":"/items/1/qty","value":3}}`

func TestStreamWithTemplatesAndFunctions(t *testing.T) {
	res, got := imp(t, order)
	for _, want := range []string{
		`"title":"Sunrise"`,
		`{"type":"card","id":"root","children":[{"type":"heading","id":"title","text":"Sunrise","level":2}`,
		`{"type":"text","id":"item@/items/0","text":"Latte × 2: $6.50"}`,
		`{"type":"text","id":"item@/items/1","text":"Bun × 3: $1,234.50"}`,
		`{"type":"text","id":"total","text":"several items","tone":"neutral","size":"sm"}`,
		`{"type":"input","id":"name","label":"Name","value":"Ada","required":true}`,
		`{"type":"button","id":"buy","text":"Buy now","action":"purchase","variant":"primary"}`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in\n%s", want, got)
		}
	}
	if len(res.Warnings) != 0 {
		t.Errorf("warnings: %v", res.Warnings)
	}
}

func TestShapesOfInput(t *testing.T) {
	one := `{"updateComponents":{"surfaceId":"s","components":[{"id":"root","component":"Text","text":"hi"}]}}`
	for name, in := range map[string]string{
		"single":   one,
		"array":    "[" + one + "]",
		"messages": `{"name":"x","messages":[` + one + `]}`,
		"jsonl":    one + "\n" + one + "\n",
	} {
		if !a2ui.Sniff([]byte(in)) || importer.Detect([]byte(in)) != "a2ui" {
			t.Errorf("%s: not recognised", name)
		}
		if _, got := imp(t, in); !strings.Contains(got, `"text":"hi"`) {
			t.Errorf("%s: %s", name, got)
		}
	}
}

func TestDegradesVisibly(t *testing.T) {
	res, got := imp(t, `{"updateComponents":{"surfaceId":"s","components":[
		{"id":"root","component":"Column","children":["v","gone","loop","chart","pick","star"]},
		{"id":"v","component":"Video","url":"https://x.test/a.mp4","description":"intro"},
		{"id":"loop","component":"Column","children":["loop"]},
		{"id":"chart","component":"PieChart"},
		{"id":"pick","component":"ChoicePicker","variant":"multipleSelection","options":[{"label":"A","value":"a"},{"label":"B","value":"b"}],"value":["b"]},
		{"id":"star","component":"Icon","name":"starHalf"}]}}
		{"updateComponents":{"surfaceId":"other","components":[{"id":"root","component":"Text","text":"x"}]}}`)
	for _, want := range []string{
		`"title":"Not supported: Video","text":"intro"`,
		`Not supported: missing component \"gone\"`,
		`nested in itself`,
		`Not supported: component \"PieChart\"`,
		`{"type":"checkbox","label":"B","checked":true}`,
		`{"type":"icon","id":"star","name":"star"}`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in\n%s", want, got)
		}
	}
	var msgs []string
	for _, w := range res.Warnings {
		msgs = append(msgs, w.String())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"Video is not supported", `"gone"`, "PieChart", `icon "starHalf" is drawn as genui's "star"`, `surface "other" is not imported`} {
		if !strings.Contains(all, want) {
			t.Errorf("no warning %q in\n%s", want, all)
		}
	}
}

func TestTemplateBomb(t *testing.T) {
	// Nested templates over a 100-element array would make 10^6 nodes.
	items := "[" + strings.Repeat(`{"a":[`+strings.Repeat("1,", 99)+`1]},`, 99) + `{"a":[1]}]`
	res, _ := imp(t, `[{"updateComponents":{"surfaceId":"s","components":[
		{"id":"root","component":"Column","children":{"path":"/items","componentId":"outer"}},
		{"id":"outer","component":"Column","children":{"path":"a","componentId":"inner"}},
		{"id":"inner","component":"Text","text":{"path":""}}]}},
		{"updateDataModel":{"surfaceId":"s","value":{"items":`+items+`}}}]`)
	if len(res.Warnings) == 0 {
		t.Error("no warning about the node budget")
	}
}

func TestErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"hello":1}`, "no A2UI messages"},
		{`{"deleteSurface":{"surfaceId":"s"}}`, "no surface"},
		{`[{"createSurface":`, "line 1"},
	} {
		_, err := a2ui.Import([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "a2ui: ") {
			t.Errorf("Import(%s) = %v, want %q", tt.in, err, tt.want)
		}
	}
}

var seeds = map[string]string{
	"order":    order,
	"minimal":  `{"updateComponents":{"surfaceId":"s","components":[{"id":"root","component":"Text","text":"hi"}]}}`,
	"tabs":     `{"updateComponents":{"surfaceId":"s","components":[{"id":"root","component":"Tabs","tabs":[{"title":"A","child":"a"}]},{"id":"a","component":"Slider","value":5,"max":10}]}}`,
	"cycle":    `{"updateComponents":{"surfaceId":"s","components":[{"id":"root","component":"Row","children":["root"]}]}}`,
	"interp":   `{"updateComponents":{"surfaceId":"s","components":[{"id":"root","component":"Text","text":{"call":"formatString","args":{"value":"\\${x} ${formatDate(value:'2026-02-02T15:17:00Z', format:'EEE MMM d, yyyy h:mm a')} ${unclosed"}}}]}}`,
	"datetime": `{"updateComponents":{"surfaceId":"s","components":[{"id":"root","component":"DateTimeInput","value":"2026-01-02T03:04:05Z","enableDate":true,"enableTime":true}]}}`,
	"modal":    `{"messages":[{"updateComponents":{"surfaceId":"s","components":[{"id":"root","component":"Modal","trigger":"b","content":"c"},{"id":"b","component":"Button","child":"c","action":{"functionCall":{"call":"openUrl","args":{"url":"javascript:alert(1)"}}}},{"id":"c","component":"Text","text":"x"}]}}]}`,
}

// TestWriteSeeds rewrites the committed fuzz seed corpus under -update.
func TestWriteSeeds(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite testdata/fuzz/FuzzImport")
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzImport")
	os.MkdirAll(dir, 0o755)
	for name, s := range seeds {
		body := fmt.Sprintf("go test fuzz v1\n[]byte(%s)\n", strconv.Quote(s))
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// FuzzImport: any input either fails with an error or imports into a spec
// that validates; nothing panics.
func FuzzImport(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := a2ui.Import(data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "a2ui: ") {
				t.Fatalf("error without prefix: %v", err)
			}
			return
		}
		if errs := res.Spec.Validate(); errs.Err() != nil {
			t.Fatalf("invalid spec: %v", errs.Err())
		}
	})
}
