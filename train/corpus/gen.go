package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/genui/genui/train/wordnet"
)

// gen is the state of one sample being made: its random source and its
// language. Every choice goes through r, so a sample is a function of its
// seed and index.
type gen struct {
	r  *rand.Rand
	zh bool // Traditional Chinese (zh-TW) rather than English

	quote [2]string // this sample's quotation marks, chosen once
	// mixed makes a Chinese description use English words for some UI
	// terms ("email 欄位"), as people in Taiwan often type.
	mixed bool
	brand string    // the product or company the screen belongs to
	cur   *currency // the money of the sample, once chosen (see currency)
}

func newGen(seed uint64, index uint64, zh bool) *gen {
	g := &gen{r: rand.New(rand.NewPCG(seed, index)), zh: zh}
	if zh {
		g.quote = pickOf(g, [][2]string{{"「", "」"}, {"「", "」"}, {"「", "」"}, {"“", "”"}, {"\"", "\""}, {"『", "』"}})
		g.mixed = g.chance(0.25)
	} else {
		g.quote = pickOf(g, [][2]string{{"\"", "\""}, {"\"", "\""}, {"\"", "\""}, {"'", "'"}, {"“", "”"}})
	}
	g.brand = g.pick(brands...)
	return g
}

// chance is true with probability p.
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// between returns an integer in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// pick returns one of its arguments.
func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }

// pickOf returns one element of s.
func pickOf[T any](g *gen, s []T) T { return s[g.r.IntN(len(s))] }

// sample returns n distinct elements of s in random order (all of s when
// n is larger).
func sample[T any](g *gen, s []T, n int) []T {
	idx := g.r.Perm(len(s))
	if n > len(s) {
		n = len(s)
	}
	out := make([]T, n)
	for i := range out {
		out[i] = s[idx[i]]
	}
	return out
}

// l expands the template of the sample's language (see expand) and fills
// in args (see fill).
func (g *gen) l(en, zh string, args ...string) string {
	t := en
	if g.zh {
		t = zh
	}
	return fill(g.expand(t), args)
}

// fill replaces %s with the next of args and %[n]s with the n-th (from 1);
// %% is a percent sign. Unlike fmt.Sprintf it does not mind an expansion
// that uses only some of the arguments.
func fill(t string, args []string) string {
	if len(args) == 0 || !strings.Contains(t, "%") {
		return strings.ReplaceAll(t, "%%", "%")
	}
	var b strings.Builder
	next := 0
	for i := 0; i < len(t); i++ {
		if t[i] != '%' || i+1 == len(t) {
			b.WriteByte(t[i])
			continue
		}
		switch {
		case t[i+1] == '%':
			b.WriteByte('%')
			i++
		case t[i+1] == 's':
			b.WriteString(args[next])
			next++
			i++
		case t[i+1] == '[' && i+4 < len(t) && t[i+3] == ']' && t[i+4] == 's':
			b.WriteString(args[t[i+2]-'1'])
			i += 4
		default:
			b.WriteByte('%')
		}
	}
	return b.String()
}

// t returns the English or the Chinese string, unexpanded.
func (g *gen) t(en, zh string) string {
	if g.zh {
		return zh
	}
	return en
}

// expand replaces every {a|b|c} group of tmpl with one of its
// alternatives, chosen at random; groups nest, and {=word} stands for
// word or one of its synonyms from train/wordnet. Other text is copied, so
// a template is written the way it reads: "{Make|Create} a {login|sign-in} form".
func (g *gen) expand(tmpl string) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	var b strings.Builder
	g.expandInto(&b, tmpl)
	return b.String()
}

// expandInto writes the expansion of s, which holds balanced braces.
func (g *gen) expandInto(b *strings.Builder, s string) {
	for len(s) > 0 {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		depth, end := 0, -1
		var alts []string
		start := i + 1
		for j := i; j < len(s) && end < 0; j++ {
			switch s[j] {
			case '{':
				depth++
			case '}':
				depth--
				if depth == 0 {
					alts = append(alts, s[start:j])
					end = j
				}
			case '|':
				if depth == 1 {
					alts = append(alts, s[start:j])
					start = j + 1
				}
			}
		}
		if end < 0 {
			panic("corpus: unbalanced template " + s) // templates are constants of this package
		}
		alt := alts[g.r.IntN(len(alts))]
		if word, ok := strings.CutPrefix(alt, "="); ok {
			// {=word}: the word or one of its synonyms (train/wordnet).
			syn := wordnet.Synonyms(word)
			if syn == nil {
				panic("corpus: no synonyms for " + word)
			}
			alt = pickOf(g, syn)
		}
		g.expandInto(b, alt)
		s = s[end+1:]
	}
}

// Quoted text and content given without quotes (a name, a price, a date,
// a loose label) are marked with private-use runes while a description is
// written, so that roughening leaves them alone; unmark turns the marks of
// quoted text into the sample's quotation marks, drops the others, and
// returns what each held.
const (
	openMark  = "\ue000"
	closeMark = "\ue001"
	valOpen   = "\ue002"
	valClose  = "\ue003"
	marks     = openMark + closeMark + valOpen + valClose
)

// q quotes s: the person wants exactly this text in the UI.
func (g *gen) q(s string) string { return openMark + s + closeMark }

// v marks s as content the person gives without quotes: the spec holds it
// (up to the case of its letters; numbers exactly), and no typo or
// abbreviation touches it.
func (g *gen) v(s string) string { return valOpen + s + valClose }

// vs marks each of texts as a value (see v).
func (g *gen) vs(texts []string) []string {
	out := make([]string, len(texts))
	for i, t := range texts {
		out[i] = g.v(t)
	}
	return out
}

// unmark replaces the marks of quoted text with the sample's quotation
// marks, removes the marks of values, and returns the quoted strings, the
// values, and both in the order of the text.
func (g *gen) unmark(s string) (text string, quoted, values, both []string) {
	var b strings.Builder
	for _, p := range splitMarked(s) {
		switch {
		case strings.HasPrefix(p, openMark):
			t := strings.TrimSuffix(strings.TrimPrefix(p, openMark), closeMark)
			quoted, both = append(quoted, t), append(both, t)
			m := g.quote
			if m[0] == "'" && strings.Contains(t, "'") {
				m = [2]string{"\"", "\""} // no one quotes "it's" with apostrophes
			}
			b.WriteString(m[0] + t + m[1])
		case strings.HasPrefix(p, valOpen):
			t := strings.TrimSuffix(strings.TrimPrefix(p, valOpen), valClose)
			values, both = append(values, t), append(both, t)
			b.WriteString(t)
		default:
			b.WriteString(p)
		}
	}
	return b.String(), quoted, values, both
}

// term returns the Chinese word for a UI term, or in a mixed sample
// sometimes the English one: term("電子郵件", "email").
func (g *gen) term(zh, en string) string {
	if g.mixed && g.chance(0.5) {
		return en
	}
	return zh
}

// count writes n as people do: a digit or (for small numbers, sometimes) a word.
func (g *gen) count(n int) string {
	if g.zh {
		words := []string{"零", "一", "兩", "三", "四", "五", "六", "七", "八", "九", "十"}
		if n <= 10 && g.chance(0.6) {
			return words[n]
		}
		return fmt.Sprint(n)
	}
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	if n <= 12 && g.chance(0.45) {
		return words[n]
	}
	return fmt.Sprint(n)
}

// fixArticle makes each "a" or "an" of an English phrase agree with the
// word after it.
func fixArticle(s string) string {
	words := strings.Fields(s)
	for i := 0; i+1 < len(words); i++ {
		w := words[i]
		if w != "a" && w != "an" && w != "A" && w != "An" {
			continue
		}
		next := strings.TrimLeft(words[i+1], marks+"\"'“(")
		if next == "" {
			continue
		}
		a := strings.Fields(article(next))[0]
		if w[0] == 'A' {
			a = capital(a)
		}
		words[i] = a
	}
	return strings.Join(words, " ")
}

// lower lower-cases an English label for use inside a sentence
// ("Wireless Headphones" → "wireless headphones") but keeps acronyms and
// names with inner capitals ("SMS alerts", "LinkedIn"); Chinese text is
// left alone.
func lower(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' && strings.IndexFunc(w[1:], func(r rune) bool { return r >= 'A' && r <= 'Z' }) < 0 {
			words[i] = strings.ToLower(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// article puts "a" or "an" before an English noun phrase.
func article(np string) string {
	if np == "" {
		return np
	}
	w := strings.TrimLeft(strings.Fields(np)[0], marks+"\"'“(")
	if w == "" {
		return "a " + np
	}
	upper := len(w) > 1 && strings.ToUpper(w) == w && strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
	first := strings.ToLower(w[:1])
	switch {
	case upper && strings.Contains("aefhilmnorsx", first):
		return "an " + np
	case upper, strings.HasPrefix(strings.ToLower(w), "one"):
		return "a " + np
	case strings.Contains("aeio", first):
		return "an " + np
	case first == "u" && !strings.HasPrefix(strings.ToLower(w), "us") && !strings.HasPrefix(strings.ToLower(w), "uni"):
		return "an " + np
	case strings.HasPrefix(strings.ToLower(w), "hour"):
		return "an " + np
	}
	return "a " + np
}

// slug makes an action or id name from English words: "Add to cart" → "add_to_cart".
func slug(s string) string {
	var b strings.Builder
	under := false
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(c)
		default:
			under = true
		}
	}
	out := b.String()
	if len(out) > 32 {
		out = strings.TrimRight(out[:32], "_")
	}
	return out
}

// cols says a number of columns: "3 columns", "a single column" (in
// Chinese only the number: the template says 欄).
func (g *gen) cols(n int) string {
	switch {
	case g.zh:
		return g.count(n)
	case n == 1:
		return g.pick("a single column", "one column")
	}
	return g.count(n) + " columns"
}
