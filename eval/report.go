package eval

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/genui/genui/genui"
)

// Outcome is one graded case: valid or not, and how its expectations fared.
type Outcome struct {
	Meta
	// Err says why there is no valid spec (generation failed, the spec did
	// not parse or validate); nil for a valid spec.
	Err    error
	Result Result
}

// Valid reports whether the case produced a valid spec.
func (o Outcome) Valid() bool { return o.Err == nil }

// Grade scores the spec produced for c. err is whatever kept the caller
// from producing a spec; with an error, a nil spec, or a spec that fails
// genui's strict validation, the case counts as invalid and meets none of
// its expectations.
func (c Case) Grade(spec *genui.Spec, err error) Outcome {
	spec, err = valid(spec, err)
	return Outcome{Meta: c.Meta, Err: err, Result: Score(spec, c.Expect)}
}

// GradeJSON scores the spec text produced for c (the model's output as
// is): the text must pass genui.Validate to count as valid.
func (c Case) GradeJSON(data []byte, err error) Outcome {
	spec, err := parseValid(data, err)
	return Outcome{Meta: c.Meta, Err: err, Result: Score(spec, c.Expect)}
}

// Grade scores the spec that refining r's starting spec produced, as
// Case.Grade does.
func (r Refinement) Grade(spec *genui.Spec, err error) Outcome {
	spec, err = valid(spec, err)
	return Outcome{Meta: r.Meta, Err: err, Result: Score(spec, r.Expect)}
}

// GradeJSON scores the refined spec's text, as Case.GradeJSON does.
func (r Refinement) GradeJSON(data []byte, err error) Outcome {
	spec, err := parseValid(data, err)
	return Outcome{Meta: r.Meta, Err: err, Result: Score(spec, r.Expect)}
}

// valid returns spec, or nil and why it cannot count as a valid spec.
func valid(spec *genui.Spec, err error) (*genui.Spec, error) {
	switch {
	case err != nil:
		return nil, err
	case spec == nil || spec.Root == nil:
		return nil, errNoSpec
	}
	if err := spec.Validate().Err(); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	return spec, nil
}

// parseValid validates spec text strictly and parses it.
func parseValid(data []byte, err error) (*genui.Spec, error) {
	if err != nil {
		return nil, err
	}
	if err := genui.Validate(data).Err(); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	spec, err := genui.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	return spec, nil
}

// Tally sums the outcomes of a group of cases.
type Tally struct {
	Cases        int // cases graded
	Valid        int // cases with a valid spec
	Perfect      int // cases that met every expectation
	Met          int // expectations met
	Expectations int // expectations in all
}

func (t *Tally) add(o Outcome) {
	t.Cases++
	if o.Valid() {
		t.Valid++
	}
	met := o.Result.Met()
	if met == len(o.Result.Checks) && o.Valid() {
		t.Perfect++
	}
	t.Met += met
	t.Expectations += len(o.Result.Checks)
}

// Validity returns the share of cases with a valid spec.
func (t Tally) Validity() float64 { return ratio(t.Valid, t.Cases) }

// Fidelity returns the share of expectations met, over all the group's
// expectations together (a case with more expectations weighs more).
func (t Tally) Fidelity() float64 { return ratio(t.Met, t.Expectations) }

// PerfectShare returns the share of cases that met every expectation.
func (t Tally) PerfectShare() float64 { return ratio(t.Perfect, t.Cases) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Summary is a set of outcomes summed overall, per language and per
// category.
type Summary struct {
	All        Tally
	ByLang     map[string]Tally
	ByCategory map[string]Tally
}

// Summarize sums outcomes.
func Summarize(outcomes []Outcome) Summary {
	s := Summary{ByLang: map[string]Tally{}, ByCategory: map[string]Tally{}}
	for _, o := range outcomes {
		s.All.add(o)
		l := s.ByLang[o.Lang]
		l.add(o)
		s.ByLang[o.Lang] = l
		c := s.ByCategory[o.Category]
		c.add(o)
		s.ByCategory[o.Category] = c
	}
	return s
}

// WriteReport writes s as a text table headed by name: one line overall,
// one per language, one per category.
func WriteReport(w io.Writer, name string, s Summary) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\t%5s\t%6s\t%8s\t%9s\t%7s\n", name, "cases", "valid", "fidelity", "met", "perfect")
	row := func(label string, t Tally) {
		fmt.Fprintf(tw, "%s\t%5d\t%5.1f%%\t%8.3f\t%9s\t%6.1f%%\n", label, t.Cases,
			100*t.Validity(), t.Fidelity(), fmt.Sprintf("%d/%d", t.Met, t.Expectations), 100*t.PerfectShare())
	}
	row("all", s.All)
	for _, k := range sortedKeys(s.ByLang) {
		row("lang "+k, s.ByLang[k])
	}
	for _, k := range sortedKeys(s.ByCategory) {
		row(k, s.ByCategory[k])
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}

// WriteFailures writes, for each outcome that fell short, its id and every
// unmet expectation with what was found instead.
func WriteFailures(w io.Writer, outcomes []Outcome) error {
	var b strings.Builder
	for _, o := range outcomes {
		if o.Valid() && o.Result.Met() == len(o.Result.Checks) {
			continue
		}
		fmt.Fprintf(&b, "%s (%s, %s) %d/%d\n", o.ID, o.Lang, o.Category, o.Result.Met(), len(o.Result.Checks))
		if !o.Valid() {
			fmt.Fprintf(&b, "\tinvalid: %v\n", o.Err)
			continue
		}
		for _, c := range o.Result.Checks {
			if !c.Met {
				fmt.Fprintf(&b, "\twant %s: %s\n", c.What, c.Why)
			}
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}
