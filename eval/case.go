package eval

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/genui/genui/genui"
)

//go:embed testdata/describe.jsonl testdata/refine.jsonl
var builtin embed.FS

// Meta identifies a case and says which groups of the report it counts in.
type Meta struct {
	ID       string `json:"id"`       // unique within its set, e.g. "login-terse"
	Lang     string `json:"lang"`     // "en" or "zh" (Traditional Chinese)
	Category string `json:"category"` // report group: "auth", "commerce", "dashboard", …
	Kind     string `json:"kind"`     // the kind of screen or widget: "login", "pricing", …
}

// Case is one description a person might type, and what the spec written
// for it must contain.
type Case struct {
	Meta
	Prompt string `json:"prompt"`
	Expect Expect `json:"expect"`
}

// Refinement is one change a person asks for on an existing spec, and what
// the changed spec must (and must no longer) contain.
type Refinement struct {
	Meta
	// Spec is the starting spec, as JSON text.
	Spec json.RawMessage `json:"spec"`
	// Instruction is what the person asks to change.
	Instruction string `json:"instruction"`
	Expect      Expect `json:"expect"`
	// Patch is a hand-written RFC 6902 JSON Patch that carries out the
	// instruction. It is the answer key that shows the expectations can
	// all be met; a model under evaluation never sees it.
	Patch json.RawMessage `json:"patch"`
}

// Expect lists what a spec must contain. Every entry of every field is one
// expectation, met or not on its own; fidelity is the share met.
type Expect struct {
	// Types maps a component type to the fewest nodes of it the spec must
	// hold: {"input": 3, "button": 1}.
	Types map[string]int `json:"types,omitempty"`
	// InputTypes lists input kinds that must appear; a kind listed twice
	// needs two inputs of that kind. An input without inputType is "text".
	InputTypes []string `json:"inputTypes,omitempty"`
	// ChartTypes lists chart kinds that must appear, counted the same way.
	// A chart without chartType is "bar".
	ChartTypes []string `json:"chartTypes,omitempty"`
	// Texts must each appear within some text a person sees (see the
	// package doc), compared without regard to case or runs of spaces.
	Texts []string `json:"texts,omitempty"`
	// Nodes must each match at least one node (Count nodes, when set).
	Nodes []Match `json:"nodes,omitempty"`
	// Absent must each match no node at all.
	Absent []Match `json:"absent,omitempty"`
	// Order lists pairs of nodes that must come one after the other in
	// reading order.
	Order []Order `json:"order,omitempty"`
}

// Match selects nodes of a spec. Its fields narrow the selection; a Match
// with no field set selects every node.
type Match struct {
	// Type is the component type, e.g. "button".
	Type string `json:"type,omitempty"`
	// Text must appear within one of the node's own visible texts.
	Text string `json:"text,omitempty"`
	// With lists alternatives: the node must carry every field of at least
	// one of them, with equal values. Fields are the component's JSON keys
	// (a field left out counts as its documented default), the design
	// tokens and "id". [{"variant":"danger"},{"tone":"danger"}] reads
	// "variant danger, or tone danger".
	With []map[string]any `json:"with,omitempty"`
	// Contains lists matches that must each select some node inside this
	// one (at any depth).
	Contains []Match `json:"contains,omitempty"`
	// Count is the fewest nodes the match must select, in Expect.Nodes;
	// 0 means 1.
	Count int `json:"count,omitempty"`
}

// Order says that a node matching Then comes after a node matching First
// in reading order (depth first, children in order).
type Order struct {
	First Match `json:"first"`
	Then  Match `json:"then"`
	// Next requires that no other node of Then's type lies between the
	// two: "the phone input right after the email input".
	Next bool `json:"next,omitempty"`
}

// Len returns the number of expectations in e.
func (e *Expect) Len() int {
	return len(e.Types) + len(e.InputTypes) + len(e.ChartTypes) + len(e.Texts) +
		len(e.Nodes) + len(e.Absent) + len(e.Order)
}

// Langs are the languages a case may be written in.
var Langs = []string{"en", "zh"}

// Describe returns the built-in hand-written description cases.
func Describe() ([]Case, error) {
	f, err := builtin.Open("testdata/describe.jsonl")
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	return ReadCases(f)
}

// Refine returns the built-in hand-written refinement cases.
func Refine() ([]Refinement, error) {
	f, err := builtin.Open("testdata/refine.jsonl")
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	return ReadRefinements(f)
}

// ReadCases reads description cases, one JSON object a line (blank lines
// are skipped), and checks each against the catalog: an expectation that
// names an unknown type, input kind, chart kind or field is an error, so a
// typo in a case can never make it unfair.
func ReadCases(r io.Reader) ([]Case, error) {
	var cases []Case
	err := readLines(r, func(line []byte) error {
		var c Case
		if err := decodeStrict(line, &c); err != nil {
			return err
		}
		if strings.TrimSpace(c.Prompt) == "" {
			return fmt.Errorf("case %q: empty prompt", c.ID)
		}
		if err := checkCase(c.Meta, &c.Expect); err != nil {
			return err
		}
		cases = append(cases, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return cases, uniqueIDs(cases, func(c Case) string { return c.ID })
}

// ReadRefinements reads refinement cases the way ReadCases reads
// description cases. The starting spec and the patch must be JSON of the
// right shape (an object, an array); their meaning is left to the tools
// that run them.
func ReadRefinements(r io.Reader) ([]Refinement, error) {
	var refs []Refinement
	err := readLines(r, func(line []byte) error {
		var c Refinement
		if err := decodeStrict(line, &c); err != nil {
			return err
		}
		if strings.TrimSpace(c.Instruction) == "" {
			return fmt.Errorf("case %q: empty instruction", c.ID)
		}
		if !bytes.HasPrefix(bytes.TrimSpace(c.Spec), []byte("{")) {
			return fmt.Errorf("case %q: spec is not a JSON object", c.ID)
		}
		if !bytes.HasPrefix(bytes.TrimSpace(c.Patch), []byte("[")) {
			return fmt.Errorf("case %q: patch is not a JSON array", c.ID)
		}
		if err := checkCase(c.Meta, &c.Expect); err != nil {
			return err
		}
		refs = append(refs, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return refs, uniqueIDs(refs, func(c Refinement) string { return c.ID })
}

// readLines calls fn for each non-blank line of r, prefixing its error
// with the line number.
func readLines(r io.Reader, fn func([]byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), genui.MaxSpecBytes)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("eval: line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}

func decodeStrict(line []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(line))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return err
	}
	if d.More() {
		return fmt.Errorf("more than one JSON value on the line")
	}
	return nil
}

func uniqueIDs[T any](cases []T, id func(T) string) error {
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[id(c)] {
			return fmt.Errorf("eval: duplicate case id %q", id(c))
		}
		seen[id(c)] = true
	}
	return nil
}

func checkCase(m Meta, e *Expect) error {
	switch {
	case m.ID == "":
		return fmt.Errorf("case without id")
	case !slices.Contains(Langs, m.Lang):
		return fmt.Errorf("case %q: lang %q is not one of %v", m.ID, m.Lang, Langs)
	case m.Category == "" || m.Kind == "":
		return fmt.Errorf("case %q: category and kind are both required", m.ID)
	case e.Len() == 0:
		return fmt.Errorf("case %q: no expectations", m.ID)
	}
	if err := e.check(); err != nil {
		return fmt.Errorf("case %q: %w", m.ID, err)
	}
	return nil
}

// check reports the first expectation that names something the catalog
// does not have or that could never be met.
func (e *Expect) check() error {
	for typ, n := range e.Types {
		if _, ok := genui.Lookup(typ); !ok {
			return fmt.Errorf("types: unknown component %q", typ)
		}
		if n < 1 {
			return fmt.Errorf("types: %q needs a count of at least 1", typ)
		}
	}
	if err := checkEnum("inputTypes", "InputType", e.InputTypes); err != nil {
		return err
	}
	if err := checkEnum("chartTypes", "ChartType", e.ChartTypes); err != nil {
		return err
	}
	for _, s := range e.Texts {
		if normalize(s) == "" {
			return fmt.Errorf("texts: empty text")
		}
	}
	for _, m := range e.Nodes {
		if err := m.check(); err != nil {
			return fmt.Errorf("nodes: %w", err)
		}
	}
	for _, m := range e.Absent {
		if err := m.check(); err != nil {
			return fmt.Errorf("absent: %w", err)
		}
		if m.Count != 0 {
			return fmt.Errorf("absent: count has no meaning here")
		}
	}
	for _, o := range e.Order {
		if err := o.First.check(); err != nil {
			return fmt.Errorf("order: %w", err)
		}
		if err := o.Then.check(); err != nil {
			return fmt.Errorf("order: %w", err)
		}
		if o.Next && o.Then.Type == "" {
			return fmt.Errorf("order: next needs then.type")
		}
	}
	return nil
}

func checkEnum(what, enum string, vals []string) error {
	allowed := genui.EnumValues(enum)
	for _, v := range vals {
		if !slices.Contains(allowed, v) {
			return fmt.Errorf("%s: %q is not one of %v", what, v, allowed)
		}
	}
	return nil
}

func (m *Match) check() error {
	if m.Type != "" {
		if _, ok := genui.Lookup(m.Type); !ok {
			return fmt.Errorf("unknown component %q", m.Type)
		}
	}
	if m.Text != "" {
		if normalize(m.Text) == "" {
			return fmt.Errorf("blank text")
		}
		if m.Type != "" && !showsText(m.Type) {
			return fmt.Errorf("a %s shows no text to match %q", m.Type, m.Text)
		}
	}
	if m.Count < 0 {
		return fmt.Errorf("negative count")
	}
	for _, alt := range m.With {
		if len(alt) == 0 {
			return fmt.Errorf("empty alternative in with")
		}
		for key, want := range alt {
			f, ok := field(m.Type, key)
			if !ok {
				return fmt.Errorf("%s has no field %q", orAny(m.Type), key)
			}
			if !fitsKind(f.Kind, want) {
				return fmt.Errorf("with: %s holds %s, not %v", key, f.Kind, want)
			}
			if s, _ := want.(string); f.Enum != "" && !slices.Contains(f.Values, s) {
				return fmt.Errorf("with: %s %v is not one of %v", key, want, f.Values)
			}
		}
	}
	for i := range m.Contains {
		if err := m.Contains[i].check(); err != nil {
			return err
		}
	}
	return nil
}

func orAny(typ string) string {
	if typ == "" {
		return "any component"
	}
	return typ
}

// showsText reports whether nodes of type typ have any field a person sees.
func showsText(typ string) bool {
	return slices.ContainsFunc(genui.Fields(typ), func(f genui.Field) bool { return visibleKeys[f.Name] })
}

// fitsKind reports whether the JSON value v has the shape of a field of
// kind k.
func fitsKind(k genui.FieldKind, v any) bool {
	switch v.(type) {
	case string:
		return k == genui.StringField
	case float64:
		return k == genui.IntegerField || k == genui.NumberField
	case bool:
		return k == genui.BoolField
	case []any:
		return k == genui.StringsField || k == genui.StringRowsField || k == genui.ObjectsField
	}
	return false
}
