package adaptivecards_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
	"github.com/genui/genui/genui/importer/adaptivecards"
)

// imp imports card and fails the test on an error or an invalid spec.
func imp(t *testing.T, card string) (*importer.Result, string) {
	t.Helper()
	res, err := adaptivecards.Import([]byte(card))
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

func warned(res *importer.Result, ptr, substr string) bool {
	for _, w := range res.Warnings {
		if w.Pointer == ptr && strings.Contains(w.Message, substr) {
			return true
		}
	}
	return false
}

func TestMapping(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"heading style", `{"type":"TextBlock","text":"Hi","style":"heading"}`, `{"type":"heading","text":"Hi","level":2}`},
		{"bold medium", `{"type":"TextBlock","text":"Hi","weight":"Bolder","size":"Medium"}`, `{"type":"heading","text":"Hi","level":3}`},
		{"subtle small", `{"type":"TextBlock","text":"fine print","isSubtle":true,"size":"small"}`, `{"type":"text","text":"fine print","tone":"neutral","size":"sm"}`},
		{"colour and align", `{"type":"TextBlock","text":"Late","color":"attention","horizontalAlignment":"right"}`, `{"type":"text","text":"Late","tone":"danger","align":"end"}`},
		{"markdown list", `{"type":"TextBlock","text":"- **a**\n- b"}`, `{"type":"list","items":["a","b"]}`},
		{"date function", `{"type":"TextBlock","text":"On {{DATE(2017-02-14T06:08:39Z, SHORT)}} at {{TIME(2017-02-14T06:08:39Z)}}"}`, `{"type":"text","text":"On Tue, Feb 14, 2017 at 6:08 AM"}`},
		{"person image", `{"type":"Image","url":"https://x.test/p.png","style":"person","altText":"Ada","size":"small"}`, `{"type":"avatar","text":"Ada","src":"https://x.test/p.png","size":"md"}`},
		{"fact set", `{"type":"FactSet","facts":[{"title":"Seat","value":"14A"}]}`, `{"type":"table","rows":[["Seat","14A"]]}`},
		{"email input", `{"type":"Input.Text","id":"mail","label":"Email","style":"email","isRequired":true}`, `{"type":"input","id":"mail","inputType":"email","label":"Email","required":true}`},
		{"toggle", `{"type":"Input.Toggle","id":"ok","title":"Agree","value":"yes","valueOn":"yes"}`, `{"type":"checkbox","id":"ok","label":"Agree","checked":true}`},
		{"expanded choice", `{"type":"Input.ChoiceSet","id":"c","style":"expanded","value":"2","choices":[{"title":"One","value":"1"},{"title":"Two","value":"2"}]}`, `{"type":"radio","id":"c","options":["One","Two"],"value":"Two"}`},
		{"compact choice", `{"type":"Input.ChoiceSet","id":"c","label":"Pick","choices":[{"title":"One","value":"1"}]}`, `{"type":"select","id":"c","label":"Pick","options":["One"]}`},
		{"styled container", `{"type":"Container","style":"good","items":[{"type":"TextBlock","text":"ok"}]}`, `{"type":"card","tone":"success","size":"sm","gap":"sm","children":[{"type":"text","text":"ok"}]}`},
		{"auto column unwraps", `{"type":"ColumnSet","columns":[{"type":"Column","width":"auto","items":[{"type":"Image","url":"https://x.test/a.png"}]},{"type":"Column","width":"stretch","items":[{"type":"TextBlock","text":"t"}]}]}`,
			`{"type":"row","gap":"md","children":[{"type":"image","src":"https://x.test/a.png"},{"type":"column","gap":"sm","children":[{"type":"text","text":"t"}]}]}`},
		{"separator", `{"type":"TextBlock","text":"a"},{"type":"TextBlock","text":"b","separator":true}`, `{"type":"text","text":"a"},{"type":"divider"},{"type":"text","text":"b"}`},
		{"fallback element", `{"type":"Graph","fallback":{"type":"TextBlock","text":"no graph"}}`, `{"type":"text","text":"no graph"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := imp(t, `{"type":"AdaptiveCard","version":"1.5","body":[`+tt.body+`]}`)
			if !strings.Contains(got, tt.want) {
				t.Errorf("got  %s\nwant it to hold %s", got, tt.want)
			}
		})
	}
}

func TestActions(t *testing.T) {
	res, got := imp(t, `{"type":"AdaptiveCard","version":"1.5","body":[],"actions":[
		{"type":"Action.Submit","title":"Save","data":{"x":1}},
		{"type":"Action.Execute","title":"Run","verb":"doRun","style":"destructive"},
		{"type":"Action.OpenUrl","title":"Docs","url":"https://x.test/"},
		{"type":"Action.OpenUrl","title":"Evil","url":"javascript:alert(1)"},
		{"type":"Action.ShowCard","title":"More","card":{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"hidden"}]}}]}`)
	for _, want := range []string{
		`{"type":"button","text":"Save","action":"Save"}`,
		`{"type":"button","text":"Run","action":"doRun","variant":"danger"}`,
		`{"type":"link","text":"Docs","href":"https://x.test/"}`,
		`{"type":"link","text":"Evil"}`,
		`{"type":"card","title":"More","tone":"neutral"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in\n%s", want, got)
		}
	}
	for _, w := range [][2]string{{"/actions/0/data", "not carried"}, {"/actions/3/url", "unsafe"}, {"/actions/4", "shown expanded"}} {
		if !warned(res, w[0], w[1]) {
			t.Errorf("no warning %q at %s: %v", w[1], w[0], res.Warnings)
		}
	}
}

// TestUnsupportedIsVisible checks that what genui cannot show leaves a
// labelled placeholder and a warning, never nothing.
func TestUnsupportedIsVisible(t *testing.T) {
	res, got := imp(t, `{"type":"AdaptiveCard","version":"1.6","body":[
		{"type":"Media","sources":[{"url":"https://x.test/v.mp4"}],"altText":"launch video"},
		{"type":"Graph"},
		{"type":"TextBlock","text":"secret","isVisible":false},
		{"type":"Carousel","fallback":"drop"}]}`)
	if !strings.Contains(got, `"title":"Not supported: Media","text":"launch video"`) || !strings.Contains(got, `Not supported: \"Graph\"`) {
		t.Errorf("placeholders missing:\n%s", got)
	}
	if strings.Contains(got, "secret") {
		t.Errorf("hidden element shown:\n%s", got)
	}
	for _, w := range [][2]string{{"/body/0", "Media"}, {"/body/1", "Graph"}, {"/body/2", "hidden"}, {"/body/3", "dropped"}} {
		if !warned(res, w[0], w[1]) {
			t.Errorf("no warning %q at %s: %v", w[1], w[0], res.Warnings)
		}
	}
}

func TestBotAttachmentAndSniff(t *testing.T) {
	att := `{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"hi"}]}}`
	if !adaptivecards.Sniff([]byte(att)) || importer.Detect([]byte(att)) != "adaptivecards" {
		t.Error("attachment not recognised")
	}
	if _, got := imp(t, att); !strings.Contains(got, `"text":"hi"`) {
		t.Errorf("attachment content: %s", got)
	}
	for _, bad := range []string{`{"type":"Container"}`, `[1]`, `{"version":1,"root":{}}`, `nope`} {
		if adaptivecards.Sniff([]byte(bad)) {
			t.Errorf("Sniff(%s) = true", bad)
		}
	}
}

func TestErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"type":"Container"}`, `"type" is "Container", not "AdaptiveCard"`},
		{`{"type":"AdaptiveCard"`, "line 1, column"},
		{`[{"type":"AdaptiveCard"}]`, "want one JSON object"},
	} {
		_, err := adaptivecards.Import([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "adaptivecards: ") {
			t.Errorf("Import(%s) = %v, want %q", tt.in, err, tt.want)
		}
	}
}

// TestHostileCards: deep nesting, huge fan-out and hostile strings import
// into a valid spec.
func TestHostileCards(t *testing.T) {
	deep := strings.Repeat(`{"type":"Container","items":[`, 60) + `{"type":"TextBlock","text":"x"}` + strings.Repeat(`]}`, 60)
	wide := `{"type":"ColumnSet","columns":[` + strings.Repeat(`{"type":"Column","items":[{"type":"TextBlock","text":"c"}]},`, 1500) + `{}]}`
	for name, body := range map[string]string{
		"deep":   deep,
		"wide":   wide,
		"script": `{"type":"TextBlock","text":"<script>alert(1)</script>"},{"type":"Image","url":"data:text/html,<b>"}`,
	} {
		t.Run(name, func(t *testing.T) {
			imp(t, `{"type":"AdaptiveCard","body":[`+body+`]}`)
		})
	}
}

var seeds = map[string]string{
	"minimal":    `{"type":"AdaptiveCard","body":[]}`,
	"text":       `{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"**Hi** {{DATE(2017-02-14T06:08:39Z, LONG)}}","size":"large"}]}`,
	"columns":    `{"type":"AdaptiveCard","body":[{"type":"ColumnSet","columns":[{"type":"Column","width":2,"items":[{"type":"Image","url":"https://x.test/a.png","style":"person"}]},{"type":"Column","width":"auto"}]}]}`,
	"inputs":     `{"type":"AdaptiveCard","body":[{"type":"Input.ChoiceSet","id":"a","isMultiSelect":true,"value":"1,2","choices":[{"title":"A","value":"1"}]},{"type":"Input.Text","id":"t","inlineAction":{"type":"Action.Submit"}}]}`,
	"table":      `{"type":"AdaptiveCard","body":[{"type":"Table","rows":[{"type":"TableRow","cells":[{"type":"TableCell","items":[{"type":"Image","url":"x"}]}]}]}]}`,
	"showcard":   `{"type":"AdaptiveCard","actions":[{"type":"Action.ShowCard","card":{"type":"AdaptiveCard","actions":[{"type":"Action.ShowCard","card":{"type":"AdaptiveCard"}}]}}]}`,
	"attachment": `{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","body":[{"type":"Media"}]}}`,
	"hostile":    `{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"\u0000\ud800"},{"type":"Image","url":"javascript:x"},{"type":"FactSet","facts":7}]}`,
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
// that validates; nothing panics. (e2e/importer renders the imports.)
func FuzzImport(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := adaptivecards.Import(data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "adaptivecards: ") {
				t.Fatalf("error without prefix: %v", err)
			}
			return
		}
		if errs := res.Spec.Validate(); errs.Err() != nil {
			t.Fatalf("invalid spec: %v", errs.Err())
		}
	})
}
