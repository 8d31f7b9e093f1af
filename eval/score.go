package eval

import (
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/genui/genui/genui"
)

// Check is one expectation and whether a spec meets it.
type Check struct {
	What string // the expectation, in words: `3 input nodes`, `text "Sign in"`
	Met  bool
	Why  string // what was found, in words
}

// Result is the outcome of every expectation of a case, in the order of
// Expect's fields.
type Result struct {
	Checks []Check
}

// Met returns the number of expectations met.
func (r Result) Met() int {
	n := 0
	for _, c := range r.Checks {
		if c.Met {
			n++
		}
	}
	return n
}

// Fidelity returns the share of expectations met, from 0 to 1 (1 when
// there are none).
func (r Result) Fidelity() float64 {
	if len(r.Checks) == 0 {
		return 1
	}
	return float64(r.Met()) / float64(len(r.Checks))
}

// errNoSpec is the reason every expectation fails when there is no spec.
var errNoSpec = errors.New("eval: no spec")

// Score checks spec against every expectation of expect. A nil spec (or one
// without a root) meets none of them. Score neither validates spec nor
// cares how it was produced.
func Score(spec *genui.Spec, expect Expect) Result {
	nodes, err := flatten(spec)
	if err == nil && nodes == nil {
		err = errNoSpec
	}
	s := scorer{nodes: nodes}
	var r Result
	for _, typ := range sortedKeys(expect.Types) {
		r.Checks = append(r.Checks, s.count(typ, expect.Types[typ]))
	}
	r.Checks = append(r.Checks, s.kinds("input", "inputType", expect.InputTypes)...)
	r.Checks = append(r.Checks, s.kinds("chart", "chartType", expect.ChartTypes)...)
	for _, t := range expect.Texts {
		r.Checks = append(r.Checks, s.text(t))
	}
	for _, m := range expect.Nodes {
		r.Checks = append(r.Checks, s.present(m))
	}
	for _, m := range expect.Absent {
		r.Checks = append(r.Checks, s.absent(m))
	}
	for _, o := range expect.Order {
		r.Checks = append(r.Checks, s.order(o))
	}
	if err != nil {
		for i := range r.Checks {
			r.Checks[i].Met, r.Checks[i].Why = false, err.Error()
		}
	}
	return r
}

type scorer struct {
	nodes []*node
}

func (s *scorer) count(typ string, least int) Check {
	n := 0
	for _, nd := range s.nodes {
		if nd.typ == typ {
			n++
		}
	}
	return Check{
		What: plural(least, typ+" node"),
		Met:  n >= least,
		Why:  "found " + plural(n, typ+" node"),
	}
}

// kinds checks a list of values of one field (inputType of inputs,
// chartType of charts) as a multiset: the k-th time a value is listed, k
// nodes must carry it.
func (s *scorer) kinds(typ, key string, want []string) []Check {
	have := map[string]int{}
	for _, nd := range s.nodes {
		if nd.typ == typ {
			v, _ := nd.fields[key].(string)
			have[v]++
		}
	}
	seen := map[string]int{}
	var out []Check
	for _, v := range want {
		seen[v]++
		k := seen[v]
		out = append(out, Check{
			What: fmt.Sprintf("%s with %s %q", plural(k, typ), key, v),
			Met:  have[v] >= k,
			Why:  fmt.Sprintf("found %s with %s %q (all %ss: %s)", plural(have[v], typ), key, v, typ, tally(have)),
		})
	}
	return out
}

func (s *scorer) text(want string) Check {
	c := Check{What: fmt.Sprintf("text %q", want)}
	w := normalize(want)
	all := 0
	for _, nd := range s.nodes {
		for _, t := range nd.texts {
			all++
			if strings.Contains(normalize(t), w) {
				c.Met = true
				c.Why = fmt.Sprintf("in %s at %s: %q", nd.typ, nd.ptr, t)
				return c
			}
		}
	}
	c.Why = fmt.Sprintf("in none of the %d visible texts", all)
	return c
}

func (s *scorer) present(m Match) Check {
	want := max(m.Count, 1)
	found := s.find(m, 0, len(s.nodes))
	c := Check{What: describe(m), Met: len(found) >= want}
	if want > 1 {
		c.What = fmt.Sprintf("%d× %s", want, c.What)
	}
	switch {
	case len(found) > 0:
		c.Why = fmt.Sprintf("found %d: %s", len(found), s.pointers(found))
	default:
		c.Why = s.nearMiss(m)
	}
	return c
}

func (s *scorer) absent(m Match) Check {
	found := s.find(m, 0, len(s.nodes))
	c := Check{What: "no " + describe(m), Met: len(found) == 0, Why: "none found"}
	if len(found) > 0 {
		c.Why = fmt.Sprintf("found %d: %s", len(found), s.pointers(found))
	}
	return c
}

func (s *scorer) order(o Order) Check {
	c := Check{What: fmt.Sprintf("%s after %s", describe(o.Then), describe(o.First))}
	if o.Next {
		c.What = fmt.Sprintf("%s right after %s", describe(o.Then), describe(o.First))
	}
	firsts := s.find(o.First, 0, len(s.nodes))
	thens := s.find(o.Then, 0, len(s.nodes))
	switch {
	case len(firsts) == 0:
		c.Why = "no " + describe(o.First)
		return c
	case len(thens) == 0:
		c.Why = "no " + describe(o.Then)
		return c
	}
	for _, a := range firsts {
		for _, b := range thens {
			if b <= a {
				continue
			}
			if o.Next {
				if between := s.firstOfType(o.Then.Type, a+1, b); between >= 0 {
					c.Why = fmt.Sprintf("%s at %s comes between", s.nodes[between].typ, s.nodes[between].ptr)
					continue
				}
			}
			c.Met = true
			c.Why = fmt.Sprintf("%s then %s", s.nodes[a].ptr, s.nodes[b].ptr)
			return c
		}
	}
	if c.Why == "" {
		c.Why = fmt.Sprintf("%s comes first (at %s)", describe(o.Then), s.nodes[thens[0]].ptr)
	}
	return c
}

// firstOfType returns the index of the first node of type typ in
// nodes[from:to], or -1.
func (s *scorer) firstOfType(typ string, from, to int) int {
	for i := from; i < to; i++ {
		if s.nodes[i].typ == typ {
			return i
		}
	}
	return -1
}

// find returns the indices, in reading order, of the nodes in
// nodes[from:to] that m selects.
func (s *scorer) find(m Match, from, to int) []int {
	var out []int
	for i := from; i < to; i++ {
		if s.matches(m, i) {
			out = append(out, i)
		}
	}
	return out
}

func (s *scorer) matches(m Match, i int) bool {
	nd := s.nodes[i]
	if m.Type != "" && nd.typ != m.Type {
		return false
	}
	if m.Text != "" && !hasText(nd, m.Text) {
		return false
	}
	if len(m.With) > 0 && !slices.ContainsFunc(m.With, func(alt map[string]any) bool { return hasFields(nd, alt) }) {
		return false
	}
	for _, inner := range m.Contains {
		if len(s.find(inner, i+1, nd.end)) == 0 {
			return false
		}
	}
	return true
}

// nearMiss explains why no node matched m: how far the nodes of its type
// (with its text) got.
func (s *scorer) nearMiss(m Match) string {
	base := Match{Type: m.Type}
	sameType := s.find(base, 0, len(s.nodes))
	if len(sameType) == 0 {
		return "no " + describe(base)
	}
	if m.Text != "" {
		base.Text = m.Text
		withText := s.find(base, 0, len(s.nodes))
		if len(withText) == 0 {
			var texts []string
			for _, i := range sameType {
				texts = append(texts, s.nodes[i].texts...)
			}
			return fmt.Sprintf("no %s; %s texts: %s", describe(base), orAny(m.Type), quoteAll(texts))
		}
		sameType = withText
	}
	var got []string
	for _, i := range sameType {
		if len(got) == maxShown {
			got = append(got, "…")
			break
		}
		got = append(got, s.nodes[i].ptr+" "+fieldsFor(s.nodes[i], m))
	}
	return fmt.Sprintf("%s found but not as asked: %s", describe(base), strings.Join(got, "; "))
}

// fieldsFor shows the node's values of the fields m's alternatives name.
func fieldsFor(nd *node, m Match) string {
	keys := map[string]bool{}
	for _, alt := range m.With {
		for k := range alt {
			keys[k] = true
		}
	}
	var parts []string
	for _, k := range sortedKeys(keys) {
		v, ok := nd.fields[k]
		if !ok {
			v = "unset"
		}
		parts = append(parts, fmt.Sprintf("%s=%v", k, v))
	}
	if len(m.Contains) > 0 {
		parts = append(parts, "lacks some of what it must contain")
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func hasText(nd *node, want string) bool {
	w := normalize(want)
	return slices.ContainsFunc(nd.texts, func(t string) bool { return strings.Contains(normalize(t), w) })
}

// hasFields reports whether nd carries every field of want with an equal
// value. A field the node leaves out (and that has no default) equals the
// zero value of its kind: false, 0, "" or an empty array.
func hasFields(nd *node, want map[string]any) bool {
	for k, v := range want {
		got, ok := nd.fields[k]
		if !ok {
			if !isZero(v) {
				return false
			}
			continue
		}
		if !equalJSON(got, v) {
			return false
		}
	}
	return true
}

func isZero(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case bool:
		return !v
	case float64:
		return v == 0
	case string:
		return v == ""
	case []any:
		return len(v) == 0
	case map[string]any:
		return len(v) == 0
	}
	return false
}

// equalJSON compares two JSON values; numbers compare as float64.
func equalJSON(a, b any) bool {
	if x, ok := a.(float64); ok {
		y, ok := b.(float64)
		return ok && x == y
	}
	return reflect.DeepEqual(a, b)
}

// describe says in words what m selects.
func describe(m Match) string {
	var b strings.Builder
	b.WriteString(orAny(m.Type))
	if m.Text != "" {
		fmt.Fprintf(&b, " with text %q", m.Text)
	}
	var alts []string
	for _, alt := range m.With {
		var kv []string
		for _, k := range sortedKeys(alt) {
			kv = append(kv, fmt.Sprintf("%s=%v", k, alt[k]))
		}
		alts = append(alts, strings.Join(kv, " and "))
	}
	if len(alts) > 0 {
		b.WriteString(" with " + strings.Join(alts, " or "))
	}
	for _, inner := range m.Contains {
		b.WriteString(" containing " + describe(inner))
	}
	return b.String()
}

// normalize folds case, curly quotes and runs of white space, so that
// "Don’t  miss" and "don't miss" compare equal.
func normalize(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// pointers lists where the nodes at idx are, the first few of them.
func (s *scorer) pointers(idx []int) string {
	var ps []string
	for i, at := range idx {
		if i == maxShown {
			ps = append(ps, "…")
			break
		}
		ps = append(ps, s.nodes[at].ptr)
	}
	return strings.Join(ps, ", ")
}

func tally(have map[string]int) string {
	if len(have) == 0 {
		return "none"
	}
	var parts []string
	for _, k := range sortedKeys(have) {
		name := k
		if name == "" {
			name = "unset"
		}
		parts = append(parts, fmt.Sprintf("%s×%d", name, have[k]))
	}
	return strings.Join(parts, " ")
}

// maxShown is the most nodes or texts a reason lists.
const maxShown = 8

func quoteAll(ss []string) string {
	if len(ss) == 0 {
		return "none"
	}
	var q []string
	for i, s := range ss {
		if i == maxShown {
			q = append(q, fmt.Sprintf("… (%d in all)", len(ss)))
			break
		}
		q = append(q, fmt.Sprintf("%q", s))
	}
	return strings.Join(q, ", ")
}

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}
