package corpus

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/genui/genui/genui"
)

// samples returns n samples of a generator, failing the test on error.
func samples(t *testing.T, gn *Generator, n int) []Sample {
	t.Helper()
	out := make([]Sample, n)
	for i := range out {
		sm, err := gn.Sample(uint64(i))
		if err != nil {
			t.Fatal(err)
		}
		out[i] = sm
	}
	return out
}

func TestDeterministic(t *testing.T) {
	a, b := New(7), New(7)
	for i := uint64(0); i < 300; i++ {
		// b runs backwards: a sample does not depend on what came before.
		x, err := a.Sample(i)
		if err != nil {
			t.Fatal(err)
		}
		y, err := b.Sample(299 - i)
		if err != nil {
			t.Fatal(err)
		}
		z, _ := b.Sample(i)
		lx, _ := x.MarshalLine()
		lz, _ := z.MarshalLine()
		if !bytes.Equal(lx, lz) {
			t.Fatalf("sample %d differs between runs:\n%s\n%s", i, lx, lz)
		}
		_ = y
	}
	c, _ := New(8).Sample(0)
	d, _ := New(7).Sample(0)
	if c.Input == d.Input {
		t.Error("seeds 7 and 8 give the same first sample")
	}
}

// Every sample is well formed: the prompt and answer follow genui's text
// format, specs validate, and patches apply to give valid specs.
func TestValid(t *testing.T) {
	for _, sm := range samples(t, New(1), 3000) {
		switch sm.Task {
		case Describe:
			if sm.Input != genui.DescribePrompt(sm.Text) || sm.Output != genui.Answer(sm.Spec) {
				t.Fatalf("%s: prompt or answer not in genui's format", sm.Kind)
			}
			if err := genui.Validate(sm.Spec).Err(); err != nil {
				t.Fatalf("%s: %v\n%s", sm.Kind, err, sm.Spec)
			}
		case Refine:
			if sm.Input != genui.RefinePrompt(sm.Spec, sm.Text) || sm.Output != genui.Answer(sm.Patch) {
				t.Fatalf("%s: prompt or answer not in genui's format", sm.Kind)
			}
			checkPatch(t, sm)
		default:
			t.Fatalf("task %q", sm.Task)
		}
		if strings.TrimSpace(sm.Text) != sm.Text || sm.Text == "" {
			t.Fatalf("%s: text %q", sm.Kind, sm.Text)
		}
		text, err := sm.MarshalLine()
		if err != nil {
			t.Fatal(err)
		}
		var back line
		if err := json.Unmarshal(text, &back); err != nil || back.Input != sm.Input || back.Output != sm.Output || back.Task != sm.Task {
			t.Fatalf("line does not read back: %v", err)
		}
	}
}

// checkPatch checks a refine sample's patch: canonical, minimal in form
// (paths that exist), and giving a valid spec.
func checkPatch(t *testing.T, sm Sample) {
	t.Helper()
	ops, err := genui.ParsePatch(sm.Patch)
	if err != nil {
		t.Fatalf("%s %s: %v", sm.Kind, sm.Style, err)
	}
	again, _ := genui.MarshalPatch(ops)
	if !bytes.Equal(again, sm.Patch) {
		t.Fatalf("%s: patch not canonical:\n%s\n%s", sm.Style, sm.Patch, again)
	}
	paths, _ := genui.PatchPaths(sm.Spec)
	exists := map[string]bool{"": true}
	for _, p := range paths {
		exists[p] = true
	}
	// The first operation reads the spec as given: what it removes,
	// replaces or moves exists, and what it adds has an existing parent.
	op := ops[0]
	switch op.Op {
	case "remove", "replace", "test":
		if !exists[op.Path] {
			t.Fatalf("%s: %s of %s, which the spec lacks", sm.Style, op.Op, op.Path)
		}
	case "move", "copy":
		if !exists[op.From] {
			t.Fatalf("%s: %s from %s, which the spec lacks", sm.Style, op.Op, op.From)
		}
	case "add":
		if !exists[op.Path[:strings.LastIndexByte(op.Path, '/')]] {
			t.Fatalf("%s: add under %s, which the spec lacks", sm.Style, op.Path)
		}
	}
	result, err := genui.ApplyPatch(sm.Spec, sm.Patch)
	if err != nil {
		t.Fatalf("%s: %v", sm.Style, err)
	}
	if !bytes.Equal(result, sm.Result) {
		t.Fatalf("%s: result differs", sm.Style)
	}
	if err := genui.Validate(result).Err(); err != nil {
		t.Fatalf("%s: %v\n%s\n%s", sm.Style, err, sm.Spec, sm.Patch)
	}
	if bytes.Equal(canonical(t, result), canonical(t, sm.Spec)) {
		t.Fatalf("%s: the patch changes nothing: %s", sm.Style, sm.Patch)
	}
}

// canonical returns a spec's text as Parse and Marshal write it.
func canonical(t *testing.T, spec []byte) []byte {
	t.Helper()
	s, err := genui.Parse(spec)
	if err != nil {
		t.Fatal(err)
	}
	b, err := genui.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCoverage(t *testing.T) {
	st := NewStats()
	screens := map[string]bool{}
	for _, sm := range samples(t, New(2), 6000) {
		st.Add(&sm)
		if b, ok := builderOf(sm.Kind); ok && !b.widget() {
			screens[sm.Kind] = true
		}
	}
	for _, c := range genui.Catalog {
		if st.component[c.Name] == 0 {
			t.Errorf("no spec holds a %s", c.Name)
		}
	}
	if len(screens) < 60 {
		t.Errorf("%d kinds of screen, want at least 60", len(screens))
	}
	if st.Kinds() != len(builders) {
		t.Errorf("%d of %d kinds generated", st.Kinds(), len(builders))
	}
	describe := float64(st.task[Describe])
	if share := float64(st.lists) / describe; share < 0.3 {
		t.Errorf("%.3f of descriptions are element lists, want at least 0.3", share)
	}
	if share := float64(st.valued) / describe; share < 0.5 {
		t.Errorf("%.3f of descriptions give content without quotes, want at least 0.5", share)
	}
	if len(st.nouns) < 300 {
		t.Errorf("element lists name %d screens, want at least 300", len(st.nouns))
	}
	zh := float64(st.lang["zh"]) / float64(st.n)
	if zh < 0.08 || zh > 0.12 {
		t.Errorf("%.3f of samples in Chinese, want about 0.1", zh)
	}
	refine := float64(st.task[Refine]) / float64(st.n)
	if refine < 0.25 || refine > 0.35 {
		t.Errorf("%.3f of samples refine, want about 0.3", refine)
	}
	for _, style := range []string{terse, imperative, descriptive, listed, prose} {
		if st.style[Describe+" "+style] < st.task[Describe]/20 {
			t.Errorf("style %s: %d samples", style, st.style[Describe+" "+style])
		}
	}
	for _, e := range edits {
		if st.style[Refine+" "+e.name] == 0 {
			t.Errorf("edit %s never made", e.name)
		}
	}
}

func builderOf(kind string) (builder, bool) {
	for _, b := range builders {
		if b.kind == kind {
			return b, true
		}
	}
	return builder{}, false
}

// stringsOf returns every string value of a JSON document.
func stringsOf(t *testing.T, doc []byte) []string {
	t.Helper()
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		t.Fatal(err)
	}
	var out []string
	var visit func(any)
	visit = func(x any) {
		switch x := x.(type) {
		case string:
			out = append(out, x)
		case map[string]any:
			for _, y := range x {
				visit(y)
			}
		case []any:
			for _, y := range x {
				visit(y)
			}
		}
	}
	visit(v)
	return out
}

// nodesOf returns every node object of a spec.
func nodesOf(t *testing.T, spec []byte) []map[string]any {
	t.Helper()
	var v any
	if err := json.Unmarshal(spec, &v); err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	var visit func(any)
	visit = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			if _, ok := x["type"]; ok {
				out = append(out, x)
			}
			for _, y := range x {
				visit(y)
			}
		case []any:
			for _, y := range x {
				visit(y)
			}
		}
	}
	visit(v)
	return out
}

var (
	numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
	countRe     = regexp.MustCompile(`(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (rows|tiers|plans|pricing cards|tasks|stat cards|kpis|stats|metrics|key numbers|questions|q&as|team members|people|products|product cards|time slot buttons|lessons|modules|emails|messages|notifications|comments|replies|results|result items|posts|article cards|files)\b`)
	colourRe    = regexp.MustCompile(`(?i)\b(red|green|blue|yellow|orange|amber|gray|grey)\b`)
	chartRe     = regexp.MustCompile(`(?i)\b(pie|donut|doughnut|line|area|bar|column) (chart|graph)\b`)
)

// Descriptions say what the spec holds: quoted text is copied verbatim,
// stated counts hold, named colours and chart kinds are there.
func TestFaithful(t *testing.T) {
	checked := map[string]int{}
	for _, sm := range samples(t, New(3), 4000) {
		if sm.Task != Describe {
			continue
		}
		all := strings.Join(stringsOf(t, sm.Spec), "\x00")
		for _, q := range sm.Quoted {
			if !strings.Contains(all, q) {
				t.Errorf("%s %s: %q is not in the spec\n%s\n%s", sm.Kind, sm.Style, q, sm.Text, sm.Spec)
			}
			checked["quoted"]++
		}
		if sm.Lang != "en" {
			continue
		}
		nodes := nodesOf(t, sm.Spec)
		count := func(pred func(map[string]any) bool) int {
			k := 0
			for _, n := range nodes {
				if pred(n) {
					k++
				}
			}
			return k
		}
		is := func(typ string) func(map[string]any) bool {
			return func(n map[string]any) bool { return n["type"] == typ }
		}
		for _, m := range countRe.FindAllStringSubmatch(sm.Text, -1) {
			want, err := strconv.Atoi(m[1])
			if err != nil {
				want = numberWords[strings.ToLower(m[1])]
			}
			noun := strings.ToLower(m[2])
			var got []int
			switch noun {
			case "rows":
				for _, n := range nodes {
					if rows, ok := n["rows"].([]any); ok {
						got = append(got, len(rows))
					}
				}
			case "tiers", "plans", "pricing cards":
				got = append(got, count(func(n map[string]any) bool { return n["type"] == "card" && n["title"] != nil }))
			case "tasks":
				got = append(got, count(is("checkbox")), count(is("card")))
			case "stat cards", "kpis", "stats", "metrics", "key numbers":
				got = append(got, count(is("stat")))
			case "team members", "people":
				got = append(got, count(is("avatar")))
			default:
				continue // the other nouns count parts of specific screens; the quoted checks cover them
			}
			ok := false
			for _, g := range got {
				ok = ok || g == want
			}
			if !ok {
				t.Errorf("%s: %q but the spec has %v\n%s\n%s", sm.Kind, m[0], got, sm.Text, sm.Spec)
			}
			checked["count"]++
		}
		tokens := map[string]string{"red": "danger", "green": "success", "blue": "primary|info", "yellow": "warning", "orange": "warning", "amber": "warning", "gray": "secondary|neutral", "grey": "secondary|neutral"}
		for _, m := range colourRe.FindAllStringSubmatch(sm.Text, -1) {
			if strings.Contains(strings.ToLower(all), strings.ToLower(m[1])) {
				continue // a colour named in the content ("Blue Avenue", a "Color" dropdown)
			}
			want := tokens[strings.ToLower(m[1])]
			if !regexp.MustCompile(`"(variant|tone)":"(` + want + `)"`).Match(sm.Spec) {
				t.Errorf("%s: says %q but no node is %s\n%s\n%s", sm.Kind, m[0], want, sm.Text, sm.Spec)
			}
			checked["colour"]++
		}
		kinds := map[string]string{"pie": "pie", "donut": "donut", "doughnut": "donut", "line": "line", "area": "area", "bar": "bar", "column": "bar"}
		for _, m := range chartRe.FindAllStringSubmatch(sm.Text, -1) {
			want := kinds[strings.ToLower(m[1])]
			if !bytes.Contains(sm.Spec, []byte(`"chartType":"`+want+`"`)) {
				t.Errorf("%s: says %q but no chart is %s\n%s\n%s", sm.Kind, m[0], want, sm.Text, sm.Spec)
			}
			checked["chart"]++
		}
	}
	for _, k := range []string{"quoted", "count", "colour", "chart"} {
		if checked[k] < 50 {
			t.Errorf("only %d %s checks ran", checked[k], k)
		}
	}
	t.Logf("checks: %v", checked)
}

// Refinement instructions name what they change: the text they quote is in
// the spec before (what they point at) or after (what they ask for).
func TestRefineQuotes(t *testing.T) {
	gn := New(4)
	gn.Refine = 1
	for _, sm := range samples(t, gn, 1500) {
		before := strings.Join(stringsOf(t, sm.Spec), "\x00")
		after := strings.Join(stringsOf(t, sm.Result), "\x00")
		for _, q := range sm.Quoted {
			if !strings.Contains(before, q) && !strings.Contains(after, q) {
				t.Errorf("%s: %q is in neither spec\n%s\n%s", sm.Style, q, sm.Text, sm.Patch)
			}
		}
	}
}
