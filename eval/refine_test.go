package eval

import (
	"strings"
	"testing"

	"github.com/genui/genui/genui"
)

// TestRefineSet checks every refinement case: its starting spec is valid
// and falls short of the expectations (else the case tests nothing), and
// its hand-written answer patch yields a valid spec that meets them all
// (else the case is unfair).
func TestRefineSet(t *testing.T) {
	refs, err := Refine()
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]int{}
	for _, r := range refs {
		langs[r.Lang]++
		if n := r.Expect.Len(); n < 3 || n > 8 {
			t.Errorf("%s: %d expectations, want 3 to 8", r.ID, n)
		}
		if err := genui.Validate(r.Spec).Err(); err != nil {
			t.Errorf("%s: starting spec: %v", r.ID, err)
			continue
		}
		before := r.GradeJSON(r.Spec, nil)
		if !before.Valid() {
			t.Errorf("%s: starting spec graded invalid: %v", r.ID, before.Err)
		}
		if before.Result.Met() == len(before.Result.Checks) {
			t.Errorf("%s: the starting spec already meets every expectation", r.ID)
		}
		after, err := genui.ApplyPatch(r.Spec, r.Patch)
		if err != nil {
			t.Errorf("%s: answer patch: %v", r.ID, err)
			continue
		}
		out := r.GradeJSON(after, nil)
		if !out.Valid() {
			t.Errorf("%s: patched spec invalid: %v", r.ID, out.Err)
		}
		for _, c := range out.Result.Checks {
			if !c.Met {
				t.Errorf("%s: the answer misses %s: %s", r.ID, c.What, c.Why)
			}
		}
		given := normalize(r.Instruction + " " + string(r.Spec))
		for _, s := range expectedTexts(&r.Expect) {
			if !strings.Contains(given, normalize(s)) {
				t.Errorf("%s: expects text %q found neither in the instruction nor in the spec", r.ID, s)
			}
		}
		if r.Lang == "zh" {
			checkTraditional(t, r.ID, r.Instruction)
		}
	}
	if len(refs) < 35 || langs["zh"] < 5 {
		t.Errorf("%d refinement cases (%v), want at least 35, 5 of them Chinese", len(refs), langs)
	}
}

func TestReadRefinementsRejects(t *testing.T) {
	const ok = `{"id":"a","lang":"en","category":"edit","kind":"login","spec":{"version":1,"root":{"type":"text","text":"hi"}},"instruction":"say bye","expect":{"texts":["bye"]},"patch":[]}`
	if _, err := ReadRefinements(strings.NewReader(ok)); err != nil {
		t.Fatalf("a good case: %v", err)
	}
	for name, src := range map[string]string{
		"spec not an object": strings.Replace(ok, `{"version":1,"root":{"type":"text","text":"hi"}}`, `[1]`, 1),
		"patch not an array": strings.Replace(ok, `"patch":[]`, `"patch":{}`, 1),
		"no patch":           strings.Replace(ok, `,"patch":[]`, ``, 1),
		"empty instruction":  strings.Replace(ok, `"say bye"`, `""`, 1),
		"bad expectation":    strings.Replace(ok, `{"texts":["bye"]}`, `{"chartTypes":["radar"]}`, 1),
	} {
		if _, err := ReadRefinements(strings.NewReader(src)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
