package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/genui/genui/genui"
)

// Tasks.
const (
	Describe = "describe" // description → spec
	Refine   = "refine"   // spec + instruction → JSON Patch
)

// Generator makes training samples. The zero value is not useful; set Seed
// and the shares, or use New.
type Generator struct {
	Seed    uint64
	Refine  float64 // share of refine samples
	Chinese float64 // share of samples in Traditional Chinese
}

// New returns a generator with the corpus's usual mix: 30% refinement,
// 10% Traditional Chinese.
func New(seed uint64) *Generator {
	return &Generator{Seed: seed, Refine: 0.3, Chinese: 0.1}
}

// Sample is one training pair and what it was made from.
type Sample struct {
	Task  string // Describe or Refine
	Lang  string // "en" or "zh"
	Kind  string // the kind of screen or widget: "login", "pricing", "button", …
	Style string // describe: the description's style; refine: the edit's name
	// Input is the exact text the model reads (genui.DescribePrompt or
	// genui.RefinePrompt) and Output the exact text it must write
	// (genui.Answer: the JSON and the terminator).
	Input, Output string

	Text   string   // the description or the instruction
	Quoted []string // the texts the person put in quotes, to be copied verbatim
	// Values are the content the person gives without quotes (names,
	// prices, dates, figures, loose labels): the spec holds each, up to
	// the case of its letters, or as a number.
	Values []string
	// Noun is the screen's name in an element-list sample ("warehouse
	// intake"), in English whatever the sample's language; else "".
	Noun   string
	Spec   []byte // describe: the spec written; refine: the spec before the patch
	Patch  []byte // refine: the patch
	Result []byte // refine: the spec after the patch

	given []string // Quoted and Values together, in the order of Text
}

// Size limits of a sample, so that prompt and answer fit the model's
// 1024-token context with room to spare (a token is 3 to 4 bytes of
// spec JSON, see tokens).
const (
	maxDescribeSpec = 2800
	maxRefineSpec   = 2300
	maxTokens       = 1000
)

// tokens estimates the number of tokens of text for the model's byte-level
// BPE: a token per 3 bytes of JSON or per 4 of prose, and one per
// character outside ASCII (a CJK character is one or two tokens).
func tokens(text string, json bool) int {
	ascii, other := 0, 0
	for _, r := range text {
		if r < 0x80 {
			ascii++
		} else {
			other++
		}
	}
	if json {
		return ascii/3 + other
	}
	return ascii/4 + other
}

// Sample returns the sample at index i: the same generator and index give
// the same sample, whatever else is generated, in whatever order.
func (gn *Generator) Sample(i uint64) (Sample, error) {
	for attempt := uint64(0); ; attempt++ {
		sm, err := gn.try(i, attempt)
		if err != nil || sm.Task != "" {
			return sm, err
		}
		if attempt == 50 {
			return Sample{}, fmt.Errorf("corpus: sample %d: no attempt fitted the size limits", i)
		}
	}
}

// try makes one attempt at sample i. An attempt whose spec is too large
// comes back empty.
func (gn *Generator) try(i, attempt uint64) (Sample, error) {
	pick := newGen(gn.Seed, i<<8|attempt, false)
	zh := pick.chance(gn.Chinese)
	refine := pick.chance(gn.Refine)
	g := newGen(gn.Seed^0x9e3779b97f4a7c15, i<<8|attempt, zh)
	b := pickBuilder(g, refine)
	s := b.build(g)
	if !b.widget() && !s.ordered && g.chance(0.15) {
		g.augment(s)
	}
	spec, err := genui.Marshal(&genui.Spec{Version: genui.Version, Title: s.title, Root: s.root})
	if err != nil {
		return Sample{}, fmt.Errorf("corpus: sample %d (%s): %w", i, s.kind, err)
	}
	if err := genui.Validate(spec).Err(); err != nil {
		return Sample{}, fmt.Errorf("corpus: sample %d (%s): %w\n%s", i, s.kind, err, spec)
	}
	sm := Sample{Lang: "en", Kind: s.kind, Spec: spec}
	if zh {
		sm.Lang = "zh"
	}
	if !refine {
		if len(spec) > maxDescribeSpec {
			return Sample{}, nil
		}
		text, style := g.describe(s)
		sm.Task, sm.Style, sm.Noun = Describe, style, s.nounEn
		sm.Text, sm.Quoted, sm.Values, sm.given = g.unmark(text)
		sm.Input = genui.DescribePrompt(sm.Text)
		sm.Output = genui.Answer(spec)
		if tokens(sm.Text, false)+tokens(sm.Output, true) > maxTokens {
			return Sample{}, nil
		}
		return sm, nil
	}
	if len(spec) > maxRefineSpec {
		return Sample{}, nil
	}
	e, ok := g.edit(s)
	if !ok {
		return Sample{}, nil
	}
	patch, err := genui.MarshalPatch(e.ops)
	if err != nil {
		return Sample{}, fmt.Errorf("corpus: sample %d (%s, %s): %w", i, s.kind, e.name, err)
	}
	result, err := genui.ApplyPatch(spec, patch)
	if err != nil {
		return Sample{}, fmt.Errorf("corpus: sample %d (%s, %s): %w\n%s\n%s", i, s.kind, e.name, err, spec, patch)
	}
	if err := genui.Validate(result).Err(); err != nil {
		return Sample{}, fmt.Errorf("corpus: sample %d (%s, %s): patched spec: %w\n%s\n%s", i, s.kind, e.name, err, spec, patch)
	}
	sm.Task, sm.Style, sm.Noun = Refine, e.name, s.nounEn
	sm.Text, sm.Quoted, sm.Values, sm.given = g.unmark(e.instruction)
	sm.Patch, sm.Result = patch, result
	sm.Input = genui.RefinePrompt(spec, sm.Text)
	sm.Output = genui.Answer(patch)
	if tokens(sm.Input, true)+tokens(sm.Output, true) > maxTokens {
		return Sample{}, nil
	}
	return sm, nil
}

// line is a sample as one line of the corpus file.
type line struct {
	Task   string `json:"task"`
	Lang   string `json:"lang"`
	Kind   string `json:"kind"`
	Style  string `json:"style"`
	Input  string `json:"input"`
	Output string `json:"output"`
}

// MarshalLine writes the sample as one JSON line of the corpus file:
// {"task","lang","kind","style","input","output"} and a newline.
func (sm *Sample) MarshalLine() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(line{sm.Task, sm.Lang, sm.Kind, sm.Style, sm.Input, sm.Output}); err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	return b.Bytes(), nil
}
