package grammar

import (
	"fmt"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A string's pattern (or format) is compiled into a DFA over runes by
// subset construction from regexp/syntax's program, eagerly and with a
// state cap, so the matcher steps it in O(log ranges) per rune and every
// state knows how far it is from accepting. JSON Schema patterns search:
// an unanchored pattern may match anywhere, and once it has matched, any
// rest is fine.

// maxDFAStates bounds the DFA of one pattern.
const maxDFAStates = 2000

type dfa struct {
	states  []dfaState
	maxDist int32 // the largest dist of a state
}

type dfaState struct {
	ranges []runeRange // sorted, disjoint; only towards live states
	accept bool        // the text may end here
	dist   int32       // units (bytes or runes) to the nearest accepting state
}

type runeRange struct {
	lo, hi rune
	to     int32
}

// writable are the runes a pattern-constrained string may hold: the JSON
// short escapes of control characters and everything from U+0020 on but
// surrogates. (Other control characters would need \u escapes, which the
// matcher does not take inside patterned strings.)
var writable = []runeRange{{'\b', '\n', 0}, {'\f', '\r', 0}, {' ', 0xD7FF, 0}, {0xE000, utf8.MaxRune, 0}}

// formats are the "format" values this package asserts, as patterns that
// accept a subset of what RFC 3339, RFC 4122, RFC 5321 and RFC 3986 allow
// (no leap seconds, no 29 February, lower-case UUIDs, plain addresses), so
// any validator that checks formats accepts what is generated. Other
// formats are annotations, as JSON Schema 2020-12 has them by default.
var formats = map[string]string{
	"date":      `^` + datePat + `$`,
	"time":      `^` + timePat + `$`,
	"date-time": `^` + datePat + `T` + timePat + `$`,
	"uuid":      `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`,
	"ipv4":      `^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$`,
	"email":     `^[A-Za-z0-9]+(?:[._+-][A-Za-z0-9]+)*@` + hostPat + `$`,
	"hostname":  `^` + hostPat + `$`,
	"uri":       `^(?:https?://` + hostPat + `(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?|mailto:[A-Za-z0-9._+-]+@` + hostPat + `)$`,
}

const (
	datePat = `[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))`
	timePat = `(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])`
	hostPat = `[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*`
)

// compilePattern builds the DFA of a pattern; runes measures lengths in
// code points instead of UTF-8 bytes.
func compilePattern(pattern string, runes bool) (*dfa, error) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, fmt.Errorf("pattern %q does not parse: %v", pattern, err)
	}
	if why := unsupportedRegexp(re); why != "" {
		return nil, fmt.Errorf("%w: pattern %q uses %s", ErrUnsupported, pattern, why)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, fmt.Errorf("pattern %q does not compile: %v", pattern, err)
	}
	b := &dfaBuilder{prog: prog, anchored: prog.StartCond()&syntax.EmptyBeginText != 0, ids: map[string]int32{}}
	if _, err := b.state(b.closure([]uint32{uint32(prog.Start)}, true)); err != nil {
		return nil, fmt.Errorf("pattern %q: %w", pattern, err)
	}
	for i := 0; i < len(b.sets); i++ {
		if err := b.expand(int32(i)); err != nil {
			return nil, fmt.Errorf("pattern %q: %w", pattern, err)
		}
	}
	d := &dfa{states: b.out}
	d.distances(runes)
	if d.states[0].dist < 0 {
		return nil, fmt.Errorf("pattern %q matches no JSON-writable string", pattern)
	}
	return d, nil
}

func unsupportedRegexp(re *syntax.Regexp) string {
	switch {
	case re.Op == syntax.OpWordBoundary || re.Op == syntax.OpNoWordBoundary:
		return `word boundaries (\b, \B)`
	case re.Op == syntax.OpBeginLine || re.Op == syntax.OpEndLine:
		return "multi-line anchors ((?m))"
	}
	for _, s := range re.Sub {
		if why := unsupportedRegexp(s); why != "" {
			return why
		}
	}
	return ""
}

// stateSet is a DFA state during construction: the program's rune
// instructions it is at, whether it has matched (and every text from here
// on is accepted), and whether it matches if the text ends here.
type stateSet struct {
	pcs     []uint32
	matched bool
	atEnd   bool
}

func (s stateSet) key() string {
	var b strings.Builder
	if s.matched {
		return "M"
	}
	if s.atEnd {
		b.WriteByte('$')
	}
	for _, pc := range s.pcs {
		b.WriteString(strconv.FormatUint(uint64(pc), 36))
		b.WriteByte(',')
	}
	return b.String()
}

type dfaBuilder struct {
	prog     *syntax.Prog
	anchored bool
	ids      map[string]int32
	sets     []stateSet
	out      []dfaState
}

// closure follows empty instructions from pcs; begin says the text is at
// its start (^ holds).
func (b *dfaBuilder) closure(pcs []uint32, begin bool) stateSet {
	var s stateSet
	seen := map[uint32]bool{}
	var endPCs []uint32
	var walk func(pc uint32, end bool)
	walk = func(pc uint32, end bool) {
		if seen[pc] && !end {
			return
		}
		seen[pc] = true
		in := &b.prog.Inst[pc]
		switch in.Op {
		case syntax.InstMatch:
			if end {
				s.atEnd = true
			} else {
				s.matched = true
			}
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(in.Out, end)
			walk(in.Arg, end)
		case syntax.InstCapture, syntax.InstNop:
			walk(in.Out, end)
		case syntax.InstEmptyWidth:
			op := syntax.EmptyOp(in.Arg)
			if op&(syntax.EmptyBeginText|syntax.EmptyBeginLine) != 0 && !begin {
				return
			}
			if op&(syntax.EmptyEndText|syntax.EmptyEndLine) != 0 && !end {
				endPCs = append(endPCs, in.Out)
				return
			}
			walk(in.Out, end)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			if !end {
				s.pcs = append(s.pcs, pc)
			}
		}
	}
	for _, pc := range pcs {
		walk(pc, false)
	}
	if !b.anchored && !begin {
		walk(uint32(b.prog.Start), false)
	}
	clear(seen)
	for _, pc := range endPCs {
		walk(pc, true)
	}
	slices.Sort(s.pcs)
	s.pcs = slices.Compact(s.pcs)
	if s.matched {
		s.pcs, s.atEnd = nil, true
	}
	return s
}

func (b *dfaBuilder) state(s stateSet) (int32, error) {
	k := s.key()
	if id, ok := b.ids[k]; ok {
		return id, nil
	}
	if len(b.sets) >= maxDFAStates {
		return 0, fmt.Errorf("%w: more than %d automaton states", ErrUnsupported, maxDFAStates)
	}
	id := int32(len(b.sets))
	b.ids[k] = id
	b.sets = append(b.sets, s)
	b.out = append(b.out, dfaState{accept: s.atEnd})
	return id, nil
}

// expand computes the transitions of state id over the writable runes.
func (b *dfaBuilder) expand(id int32) error {
	s := b.sets[id]
	if s.matched {
		for _, w := range writable {
			b.out[id].ranges = append(b.out[id].ranges, runeRange{w.lo, w.hi, id})
		}
		return nil
	}
	// Cut the rune space where any instruction's ranges start or end.
	cuts := []rune{}
	for _, w := range writable {
		cuts = append(cuts, w.lo, w.hi+1)
	}
	for _, pc := range s.pcs {
		for _, r := range instRanges(&b.prog.Inst[pc]) {
			cuts = append(cuts, r[0], r[1]+1)
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]-1
		if !inWritable(lo) {
			continue
		}
		var next []uint32
		for _, pc := range s.pcs {
			in := &b.prog.Inst[pc]
			if instMatches(in, lo) {
				next = append(next, in.Out)
			}
		}
		if len(next) == 0 && b.anchored {
			continue
		}
		to, err := b.state(b.closure(next, false))
		if err != nil {
			return err
		}
		rs := b.out[id].ranges
		if n := len(rs); n > 0 && rs[n-1].to == to && rs[n-1].hi+1 == lo {
			rs[n-1].hi = hi
		} else {
			rs = append(rs, runeRange{lo, hi, to})
		}
		b.out[id].ranges = rs
	}
	return nil
}

func inWritable(r rune) bool {
	for _, w := range writable {
		if w.lo <= r && r <= w.hi {
			return true
		}
	}
	return false
}

// instRanges returns the rune ranges an instruction matches.
func instRanges(in *syntax.Inst) [][2]rune {
	switch in.Op {
	case syntax.InstRune1:
		return [][2]rune{{in.Rune[0], in.Rune[0]}}
	case syntax.InstRuneAny:
		return [][2]rune{{0, utf8.MaxRune}}
	case syntax.InstRuneAnyNotNL:
		return [][2]rune{{0, '\n' - 1}, {'\n' + 1, utf8.MaxRune}}
	}
	var rs [][2]rune
	if len(in.Rune) == 1 {
		// A single rune, and with FoldCase its whole case-folding orbit.
		r0 := in.Rune[0]
		rs = append(rs, [2]rune{r0, r0})
		if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
				rs = append(rs, [2]rune{r, r})
			}
		}
		return rs
	}
	for i := 0; i+1 < len(in.Rune); i += 2 {
		rs = append(rs, [2]rune{in.Rune[i], in.Rune[i+1]})
	}
	return rs
}

func instMatches(in *syntax.Inst, r rune) bool {
	for _, rg := range instRanges(in) {
		if rg[0] <= r && r <= rg[1] {
			return true
		}
	}
	return false
}

// width is the length a rune adds to a string.
func width(r rune, runes bool) int32 {
	if runes {
		return 1
	}
	return int32(utf8.RuneLen(r))
}

// distances computes each state's distance to acceptance (shortest by
// the cheapest rune of each range) and drops transitions into states
// that cannot reach acceptance. Unreachable acceptance leaves dist -1.
func (d *dfa) distances(runes bool) {
	const inf = int32(1 << 30)
	for i := range d.states {
		d.states[i].dist = inf
		if d.states[i].accept {
			d.states[i].dist = 0
		}
	}
	// Bellman-Ford over a small graph: relax until nothing changes.
	for changed := true; changed; {
		changed = false
		for i := range d.states {
			s := &d.states[i]
			for _, r := range s.ranges {
				if t := d.states[r.to].dist; t < inf && t+width(r.lo, runes) < s.dist {
					s.dist = t + width(r.lo, runes)
					changed = true
				}
			}
		}
	}
	for i := range d.states {
		s := &d.states[i]
		s.ranges = slices.DeleteFunc(s.ranges, func(r runeRange) bool { return d.states[r.to].dist == inf })
		if s.dist == inf {
			s.dist = -1
		}
		d.maxDist = max(d.maxDist, s.dist)
	}
}

// next returns the state after rune r, or -1.
func (d *dfa) next(q int32, r rune) int32 {
	rs := d.states[q].ranges
	lo, hi := 0, len(rs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rs[m].hi < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(rs) && rs[lo].lo <= r {
		return rs[lo].to
	}
	return -1
}
