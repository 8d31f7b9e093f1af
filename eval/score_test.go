package eval

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/genui/genui/genui"
)

// loginJSON is a hand-written spec the scorer tests read: a card holding a
// login form, an unrelated chart and a node whose fallback must not count.
const loginJSON = `{"version":1,"title":"Sign in","root":{"type":"column","children":[
 {"type":"heading","text":"Welcome back","level":1},
 {"type":"card","title":"Sign in","children":[
  {"type":"form","action":"login","children":[
   {"type":"input","inputType":"email","label":"Email","placeholder":"you@example.com"},
   {"type":"input","label":"Nickname"},
   {"type":"input","inputType":"password","label":"Password","required":true},
   {"type":"row","children":[
    {"type":"checkbox","label":"Remember me","checked":true},
    {"type":"link","text":"Don’t  remember your password?","href":"/reset"}]},
   {"type":"button","text":"Sign in","variant":"danger","size":"lg"}]}]},
 {"type":"grid","children":[
  {"type":"chart","title":"Logins","data":[{"label":"Mon","value":3},{"label":"Tue","value":5}]},
  {"type":"table","columns":["Name","Role"],"rows":[["Ana García","Admin"]]}]},
 {"type":"progress","value":42,"label":"Profile"},
 {"type":"stat","label":"Users","text":"1,284","delta":"+12%","tone":"success"}]}}`

func parseSpec(t *testing.T, src string) *genui.Spec {
	t.Helper()
	if err := genui.Validate([]byte(src)).Err(); err != nil {
		t.Fatalf("test spec is invalid: %v", err)
	}
	spec, err := genui.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

// expect reads an Expect from JSON, as the case files hold it, and checks
// it as ReadCases would.
func expect(t *testing.T, src string) Expect {
	t.Helper()
	var e Expect
	if err := decodeStrict([]byte(src), &e); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	if err := e.check(); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return e
}

func TestScore(t *testing.T) {
	spec := parseSpec(t, loginJSON)
	for _, tc := range []struct {
		name   string
		expect string
		met    []bool // per check, in Score's order
	}{
		{"type counts, in name order", `{"types":{"input":3,"button":2,"divider":1}}`, []bool{false, false, true}},
		{"input kinds as a multiset", `{"inputTypes":["email","password","password"]}`, []bool{true, true, false}},
		{"unset inputType is text", `{"inputTypes":["text"]}`, []bool{true}},
		{"unset chartType is bar", `{"chartTypes":["bar","line"]}`, []bool{true, false}},
		{"texts ignore case and spaces", `{"texts":["SIGN IN","  you@example.com ","welcome   back"]}`, []bool{true, true, true}},
		{"texts fold curly quotes", `{"texts":["don't remember"]}`, []bool{true}},
		{"texts are substrings", `{"texts":["remember your"]}`, []bool{true}},
		{"missing text", `{"texts":["Create account"]}`, []bool{false}},
		{"table cells, chart labels, stat delta are visible", `{"texts":["Ana García","Role","Tue","+12%"]}`, []bool{true, true, true, true}},
		{"card title is visible", `{"nodes":[{"type":"card","text":"sign in"}]}`, []bool{true}},
		{"node fields", `{"nodes":[{"type":"button","text":"Sign in","with":[{"variant":"danger"}]},{"type":"button","text":"Sign in","with":[{"variant":"primary"}]}]}`, []bool{true, false}},
		{"either-or", `{"nodes":[{"type":"button","with":[{"variant":"primary"},{"tone":"danger"}]},{"type":"button","with":[{"tone":"danger"},{"variant":"danger"}]}]}`, []bool{false, true}},
		{"all fields of one alternative", `{"nodes":[{"type":"button","with":[{"variant":"danger","size":"lg"}]},{"type":"button","with":[{"variant":"danger","size":"sm"}]}]}`, []bool{true, false}},
		{"count", `{"nodes":[{"type":"input","count":3},{"type":"input","count":4}]}`, []bool{true, false}},
		{"absent fields are zero", `{"nodes":[{"type":"input","text":"Email","with":[{"required":false}]},{"type":"input","text":"Password","with":[{"required":false}]}]}`, []bool{true, false}},
		{"checked", `{"nodes":[{"type":"checkbox","with":[{"checked":true}]},{"type":"checkbox","with":[{"checked":false}]}]}`, []bool{true, false}},
		{"numbers", `{"nodes":[{"type":"progress","with":[{"value":42}]},{"type":"progress","with":[{"value":40}]}]}`, []bool{true, false}},
		{"documented defaults", `{"nodes":[{"type":"grid","with":[{"columns":2}]},{"type":"heading","with":[{"level":2}]}]}`, []bool{true, false}},
		{"any type", `{"nodes":[{"with":[{"tone":"success"}]},{"with":[{"tone":"warning"}]}]}`, []bool{true, false}},
		{"contains at any depth", `{"nodes":[{"type":"card","contains":[{"type":"button","text":"Sign in"},{"type":"checkbox"}]},{"type":"row","contains":[{"type":"button"}]}]}`, []bool{true, false}},
		{"absent", `{"absent":[{"type":"alert"},{"type":"input","with":[{"inputType":"password"}]}]}`, []bool{true, false}},
		{"order", `{"order":[{"first":{"type":"input","with":[{"inputType":"email"}]},"then":{"type":"input","with":[{"inputType":"password"}]}},{"first":{"type":"button"},"then":{"type":"heading"}}]}`, []bool{true, false}},
		{"order next", `{"order":[{"first":{"type":"input","text":"Email"},"then":{"type":"input","text":"Password"},"next":true},{"first":{"type":"input","text":"Email"},"then":{"type":"input","text":"Nickname"},"next":true}]}`, []bool{false, true}},
		{"order next skips other types", `{"order":[{"first":{"type":"input","text":"Password"},"then":{"type":"button"},"next":true}]}`, []bool{true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(spec, expect(t, tc.expect))
			if len(r.Checks) != len(tc.met) {
				t.Fatalf("%d checks, want %d: %+v", len(r.Checks), len(tc.met), r.Checks)
			}
			for i, c := range r.Checks {
				if c.Met != tc.met[i] {
					t.Errorf("check %d (%s): met %v, want %v; why: %s", i, c.What, c.Met, tc.met[i], c.Why)
				}
				if c.What == "" || c.Why == "" {
					t.Errorf("check %d: empty description %+v", i, c)
				}
			}
		})
	}
}

func TestScoreSkipsFallbacks(t *testing.T) {
	spec := parseSpec(t, `{"version":1,"root":{"type":"column","children":[
	 {"type":"text","text":"Shown","fallback":{"type":"text","text":"Hidden"}}]}}`)
	r := Score(spec, expect(t, `{"texts":["Shown","Hidden"],"types":{"text":2}}`))
	// Types come first in Score's order.
	if r.Checks[0].Met || !r.Checks[1].Met || r.Checks[2].Met {
		t.Errorf("fallback counted: %+v", r.Checks)
	}
}

func TestScoreGoBuiltSpec(t *testing.T) {
	spec := &genui.Spec{Version: 1, Root: &genui.Node{Type: "row", Children: []*genui.Node{
		{Type: "input", Props: &genui.Input{InputType: genui.InputSearch, Placeholder: "Search docs"}},
		{Type: "button", Tokens: genui.Tokens{Variant: genui.Primary}, Props: &genui.Button{Text: "Go"}},
	}}}
	r := Score(spec, expect(t, `{"inputTypes":["search"],"texts":["search docs"],"nodes":[{"type":"row","contains":[{"type":"button","text":"Go","with":[{"variant":"primary"}]}]}]}`))
	if r.Met() != 3 || r.Fidelity() != 1 {
		t.Errorf("met %d of %+v", r.Met(), r.Checks)
	}
}

func TestScoreNoSpec(t *testing.T) {
	e := expect(t, `{"types":{"button":1},"absent":[{"type":"chart"}],"texts":["x"]}`)
	for _, spec := range []*genui.Spec{nil, {Version: 1}} {
		r := Score(spec, e)
		if len(r.Checks) != 3 || r.Met() != 0 {
			t.Errorf("a missing spec met %d of %+v", r.Met(), r.Checks)
		}
	}
}

func TestScoreReasons(t *testing.T) {
	spec := parseSpec(t, loginJSON)
	for _, tc := range []struct{ expect, why string }{
		{`{"types":{"input":4}}`, "found 3 input nodes"},
		{`{"inputTypes":["tel"]}`, "email×1 password×1 text×1"},
		{`{"texts":["Sign in"]}`, `in card at /root/children/1: "Sign in"`},
		{`{"nodes":[{"type":"button","text":"Sign in","with":[{"variant":"primary"}]}]}`, "{variant=danger}"},
		{`{"nodes":[{"type":"button","text":"Log in"}]}`, `button texts: "Sign in"`},
		{`{"nodes":[{"type":"alert"}]}`, "no alert"},
		{`{"absent":[{"type":"input"}]}`, "found 3: /root/children/1/children/0/children/0, /root/children/1/children/0/children/1, /root/children/1/children/0/children/2"},
		{`{"order":[{"first":{"type":"input","text":"Email"},"then":{"type":"input","text":"Password"},"next":true}]}`, "input at /root/children/1/children/0/children/1 comes between"},
	} {
		r := Score(spec, expect(t, tc.expect))
		if got := r.Checks[0].Why; !strings.Contains(got, tc.why) {
			t.Errorf("%s: why %q, want it to say %q", tc.expect, got, tc.why)
		}
	}
}

func TestExpectCheckRejects(t *testing.T) {
	for _, src := range []string{
		`{"types":{"buton":1}}`,
		`{"types":{"button":0}}`,
		`{"inputTypes":["phone"]}`,
		`{"chartTypes":["scatter"]}`,
		`{"texts":["  "]}`,
		`{"nodes":[{"type":"button","with":[{"colour":"red"}]}]}`,
		`{"nodes":[{"type":"button","with":[{"variant":"red"}]}]}`,
		`{"nodes":[{"type":"button","with":[{}]}]}`,
		`{"nodes":[{"type":"input","with":[{"children":[]}]}]}`,
		`{"nodes":[{"contains":[{"type":"nope"}]}]}`,
		`{"nodes":[{"type":"icon","text":"home"}]}`,
		`{"nodes":[{"type":"grid","with":[{"columns":"3"}]}]}`,
		`{"nodes":[{"type":"switch","with":[{"checked":"yes"}]}]}`,
		`{"absent":[{"type":"chart","count":2}]}`,
		`{"order":[{"first":{"type":"input"},"then":{"text":"x"},"next":true}]}`,
	} {
		var e Expect
		if err := json.Unmarshal([]byte(src), &e); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if err := e.check(); err == nil {
			t.Errorf("%s: accepted", src)
		}
	}
}
