package eval

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/genui/genui/genui"
)

// obvious lists the expected texts a prompt does not spell out but
// plainly implies, per case. Every other expected text must occur in the
// prompt: a case may only ask for words the person gave.
var obvious = map[string][]string{
	"newsletter-terse": {"subscribe"}, // a newsletter signup's button
	"weather-terse":    {"°"},         // a weather card shows a temperature
}

// simplified holds characters found only in Simplified Chinese, among
// those a UI description would use; Traditional prompts must not hold any.
const simplified = "们个为说时页这来后会发单购车价户账号码设录册选项图确认删钮输关开员务协规数据载讯" +
	"动态订阅邮导语气温书签评论级别应问题报议题热门图标条隐统计总额销专业实现预约请"

func TestDescribeSet(t *testing.T) {
	cases, err := Describe()
	if err != nil {
		t.Fatal(err)
	}
	langs, kinds, cats := map[string]int{}, map[string]bool{}, map[string]int{}
	for _, c := range cases {
		langs[c.Lang]++
		kinds[c.Kind] = true
		cats[c.Category]++
		if n := c.Expect.Len(); n < 3 || n > 8 {
			t.Errorf("%s: %d expectations, want 3 to 8", c.ID, n)
		}
		for _, s := range expectedTexts(&c.Expect) {
			if !strings.Contains(normalize(c.Prompt), normalize(s)) && !slices.Contains(obvious[c.ID], s) {
				t.Errorf("%s: expects text %q that the prompt does not give", c.ID, s)
			}
		}
		if c.Lang == "zh" {
			checkTraditional(t, c.ID, c.Prompt)
		}
	}
	if len(cases) < 170 || langs["en"] < 150 || langs["zh"] < 35 {
		t.Errorf("%d cases (%v), want at least 170: 150 English, 35 Chinese", len(cases), langs)
	}
	if len(kinds) < 60 {
		t.Errorf("%d kinds of screen, want at least 60", len(kinds))
	}
	for cat, n := range cats {
		if n < 5 {
			t.Errorf("category %q has %d cases; too few to report on", cat, n)
		}
	}
	t.Logf("%d cases %v, %d kinds, categories %v", len(cases), langs, len(kinds), cats)
}

// TestDescribeCoverage checks that the set asks for most of the catalog:
// an evaluation that never asks for a slider cannot tell whether the model
// can make one.
func TestDescribeCoverage(t *testing.T) {
	cases, err := Describe()
	if err != nil {
		t.Fatal(err)
	}
	asked := map[string]bool{}
	for _, c := range cases {
		for typ := range c.Expect.Types {
			asked[typ] = true
		}
		for _, m := range allMatches(&c.Expect) {
			asked[m.Type] = true
		}
	}
	// Pure layout a description rarely names and no expectation can fairly
	// demand.
	unasked := []string{"column", "spacer"}
	for _, c := range genui.Catalog {
		if !asked[c.Name] && !slices.Contains(unasked, c.Name) {
			t.Errorf("no case expects a %s", c.Name)
		}
	}
}

func checkTraditional(t *testing.T, id, prompt string) {
	t.Helper()
	han := 0
	for _, r := range prompt {
		if unicode.Is(unicode.Han, r) {
			han++
		}
		if strings.ContainsRune(simplified, r) {
			t.Errorf("%s: %q is Simplified Chinese", id, r)
		}
	}
	if han < 2 {
		t.Errorf("%s: a zh prompt with %d Chinese characters", id, han)
	}
}

// expectedTexts lists every text e asks for, in texts and in matches.
func expectedTexts(e *Expect) []string {
	out := append([]string(nil), e.Texts...)
	for _, m := range allMatches(e) {
		if m.Text != "" {
			out = append(out, m.Text)
		}
	}
	return out
}

// allMatches lists every Match of e, nested ones included.
func allMatches(e *Expect) []Match {
	var out []Match
	var add func(m Match)
	add = func(m Match) {
		out = append(out, m)
		for _, in := range m.Contains {
			add(in)
		}
	}
	for _, m := range e.Nodes {
		add(m)
	}
	for _, m := range e.Absent {
		add(m)
	}
	for _, o := range e.Order {
		add(o.First)
		add(o.Then)
	}
	return out
}

func TestReadCasesRejects(t *testing.T) {
	const ok = `{"id":"a","lang":"en","category":"auth","kind":"login","prompt":"login","expect":{"types":{"input":2}}}`
	if _, err := ReadCases(strings.NewReader(ok + "\n\n")); err != nil {
		t.Fatalf("a good case: %v", err)
	}
	for name, src := range map[string]string{
		"duplicate id":    ok + "\n" + ok,
		"unknown member":  `{"id":"a","lang":"en","category":"auth","kind":"login","prompt":"login","expect":{"types":{"input":2}},"note":"x"}`,
		"unknown lang":    strings.Replace(ok, `"en"`, `"fr"`, 1),
		"no kind":         strings.Replace(ok, `"kind":"login",`, ``, 1),
		"empty prompt":    strings.Replace(ok, `"prompt":"login"`, `"prompt":" "`, 1),
		"no expectations": strings.Replace(ok, `{"types":{"input":2}}`, `{}`, 1),
		"unknown type":    strings.Replace(ok, `"input"`, `"inptu"`, 1),
		"two values":      ok + ok,
		"not json":        `{"id":`,
	} {
		if _, err := ReadCases(strings.NewReader(src)); err == nil {
			t.Errorf("%s: accepted", name)
		} else if !strings.HasPrefix(err.Error(), "eval: ") {
			t.Errorf("%s: error %q lacks the package prefix", name, err)
		}
	}
}
