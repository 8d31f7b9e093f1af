package eval

import (
	"errors"
	"strings"
	"testing"

	"github.com/genui/genui/genui"
)

func testCase(t *testing.T, line string) Case {
	t.Helper()
	cs, err := ReadCases(strings.NewReader(line))
	if err != nil {
		t.Fatal(err)
	}
	return cs[0]
}

func TestGrade(t *testing.T) {
	c := testCase(t, `{"id":"login","lang":"en","category":"auth","kind":"login","prompt":"login form, button \"Sign in\"","expect":{"types":{"input":2},"inputTypes":["password"],"texts":["Sign in"],"absent":[{"type":"alert"}]}}`)
	good := parseSpec(t, loginJSON)

	o := c.Grade(good, nil)
	if !o.Valid() || o.Result.Met() != 4 {
		t.Errorf("good spec: valid %v, met %d: %+v", o.Valid(), o.Result.Met(), o.Result.Checks)
	}
	o = c.GradeJSON([]byte(loginJSON), nil)
	if !o.Valid() || o.Result.Met() != 4 {
		t.Errorf("good text: valid %v, met %d", o.Valid(), o.Result.Met())
	}

	boom := errors.New("decoder stopped")
	for name, o := range map[string]Outcome{
		"caller's error": c.Grade(good, boom),
		"nil spec":       c.Grade(nil, nil),
		// Parse is lenient and keeps an unknown input kind; strict
		// validation must catch it.
		"invalid spec": c.Grade(parseLenient(t, `{"version":1,"root":{"type":"input","inputType":"phone"}}`), nil),
		"invalid text": c.GradeJSON([]byte(`{"version":1,"root":{"type":"buton","text":"Sign in"}}`), nil),
		"broken text":  c.GradeJSON([]byte(`{"version":1,"root":{"type":"text",`), nil),
		"text, error":  c.GradeJSON([]byte(loginJSON), boom),
	} {
		if o.Valid() || o.Result.Met() != 0 || len(o.Result.Checks) != 4 {
			t.Errorf("%s: valid %v, met %d of %d", name, o.Valid(), o.Result.Met(), len(o.Result.Checks))
		}
	}
	if o := c.Grade(good, boom); !errors.Is(o.Err, boom) {
		t.Errorf("the caller's error is lost: %v", o.Err)
	}
	if o := c.GradeJSON([]byte(`{"version":1,"root":{"type":"buton","text":"x"}}`), nil); !errors.Is(o.Err, genui.ErrInvalid) {
		t.Errorf("an invalid spec's error does not wrap genui.ErrInvalid: %v", o.Err)
	}
}

func parseLenient(t *testing.T, src string) *genui.Spec {
	t.Helper()
	spec, err := genui.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return spec
}

// outcomes builds graded outcomes by hand: met of total expectations each.
func outcomes() []Outcome {
	mk := func(id, lang, cat string, valid bool, met ...bool) Outcome {
		o := Outcome{Meta: Meta{ID: id, Lang: lang, Category: cat, Kind: "k"}}
		if !valid {
			o.Err = errors.New("eval: no spec")
		}
		for i, m := range met {
			o.Result.Checks = append(o.Result.Checks, Check{What: "thing " + string(rune('a'+i)), Met: m, Why: "because"})
		}
		return o
	}
	return []Outcome{
		mk("a", "en", "auth", true, true, true, true),
		mk("b", "en", "auth", true, true, false, false, true),
		mk("c", "zh", "auth", true, true, true, true),
		mk("d", "zh", "commerce", false, false, false, false),
	}
}

func TestSummarize(t *testing.T) {
	s := Summarize(outcomes())
	want := Tally{Cases: 4, Valid: 3, Perfect: 2, Met: 8, Expectations: 13}
	if s.All != want {
		t.Errorf("all: %+v, want %+v", s.All, want)
	}
	if en := s.ByLang["en"]; en.Met != 5 || en.Expectations != 7 || en.Perfect != 1 {
		t.Errorf("en: %+v", en)
	}
	if zh := s.ByLang["zh"]; zh.Validity() != 0.5 || zh.Fidelity() != 0.5 {
		t.Errorf("zh: validity %v fidelity %v", zh.Validity(), zh.Fidelity())
	}
	if c := s.ByCategory["commerce"]; c.Cases != 1 || c.Fidelity() != 0 || c.PerfectShare() != 0 {
		t.Errorf("commerce: %+v", c)
	}
	if (Tally{}).Fidelity() != 0 {
		t.Error("an empty tally has fidelity")
	}
}

func TestWriteReport(t *testing.T) {
	var b strings.Builder
	if err := WriteReport(&b, "describe", Summarize(outcomes())); err != nil {
		t.Fatal(err)
	}
	want := `
describe  cases   valid  fidelity        met  perfect
all           4   75.0%     0.615       8/13    50.0%
lang en       2  100.0%     0.714        5/7    50.0%
lang zh       2   50.0%     0.500        3/6    50.0%
auth          3  100.0%     0.800       8/10    66.7%
commerce      1    0.0%     0.000        0/3     0.0%
`
	if got := "\n" + b.String(); got != want {
		t.Errorf("report:\n%s\nwant:%s", got, want)
	}
}

func TestWriteFailures(t *testing.T) {
	var b strings.Builder
	if err := WriteFailures(&b, outcomes()); err != nil {
		t.Fatal(err)
	}
	want := `b (en, auth) 2/4
	want thing b: because
	want thing c: because
d (zh, commerce) 0/3
	invalid: eval: no spec
`
	if b.String() != want {
		t.Errorf("failures:\n%s\nwant:\n%s", b.String(), want)
	}
}
