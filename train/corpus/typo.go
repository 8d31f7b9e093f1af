package corpus

import (
	"strings"
	"unicode"
)

// roughen makes an English description read as typed: sometimes all lower
// case, abbreviated, without the final full stop, with a typo or two.
// Marked text (quoted with q, or a value given with v) is never touched:
// it is what the person wants in the spec.
func (g *gen) roughen(s, style string) string {
	lower := g.chance(map[string]float64{terse: 0.55, listed: 0.3}[style] + 0.2)
	abbrev := g.chance(0.12)
	typos := 0
	if g.chance(0.18) {
		typos = g.between(1, 2)
	}
	parts := splitMarked(s)
	names := properNouns(parts)
	for i := range parts {
		if i%2 == 1 {
			continue // quoted
		}
		p := parts[i]
		if lower {
			p = strings.ToLower(p)
		}
		if abbrev {
			p = g.abbreviate(p)
		}
		parts[i] = p
	}
	for ; typos > 0; typos-- {
		i := 2 * g.r.IntN((len(parts)+1)/2)
		parts[i] = g.typo(parts[i], names)
	}
	out := strings.Join(parts, "")
	if style != prose && g.chance(0.5) {
		out = strings.TrimSuffix(out, ".")
	}
	return out
}

// splitMarked splits s into plain and marked parts, alternating: even
// parts are plain text, odd ones quoted text or values with their marks.
func splitMarked(s string) []string {
	var parts []string
	for {
		i, closing := strings.Index(s, openMark), closeMark
		if k := strings.Index(s, valOpen); k >= 0 && (i < 0 || k < i) {
			i, closing = k, valClose
		}
		if i < 0 {
			return append(parts, s)
		}
		j := strings.Index(s[i:], closing) + i + len(closing)
		parts = append(parts, s[:i], s[i:j])
		s = s[j:]
	}
}

var abbreviations = []struct{ long, short string }{
	{" with ", " w/ "}, {" and ", " & "}, {"please", "pls"}, {"button", "btn"},
	{"information", "info"}, {" you ", " u "}, {"password", "pwd"}, {"because", "bc"},
	{"number", "#"}, {"picture", "pic"}, {"application", "app"}, {"description", "desc"},
}

func (g *gen) abbreviate(s string) string {
	for _, a := range abbreviations {
		if g.chance(0.5) {
			s = strings.ReplaceAll(s, a.long, a.short)
		}
	}
	return s
}

// misspellings people often make in UI requests.
var misspellings = map[string][]string{
	"password": {"pasword", "passowrd", "passwrod"}, "calendar": {"calender"},
	"separate": {"seperate"}, "dashboard": {"dashbord", "dashboad"}, "address": {"adress", "addres"},
	"receive": {"recieve"}, "button": {"buton", "buttton"}, "settings": {"setings", "settigns"},
	"notification": {"notifcation", "notificaton"}, "subscription": {"subscripton"},
	"checkbox": {"chekbox", "checkbx"}, "message": {"mesage", "messsage"}, "email": {"emial", "emal"},
	"profile": {"profle", "proflie"}, "column": {"colum", "coloumn"}, "table": {"tabel"},
	"success": {"sucess"}, "necessary": {"neccessary"}, "schedule": {"schedual"},
	"appointment": {"appointmnet", "apointment"}, "search": {"serach", "seach"},
	"login": {"loggin", "logn"}, "summary": {"sumary"}, "dropdown": {"drop down", "dropdwon"},
	"field": {"feild", "fild"}, "pricing": {"priceing"}, "checkout": {"chekout", "check out"},
}

// properNouns returns, lower-cased, the capitalised words of the unquoted
// parts: names of people, places and products, which the spec copies and a
// typo must therefore never touch.
func properNouns(parts []string) map[string]bool {
	names := map[string]bool{}
	for i := 0; i < len(parts); i += 2 {
		for _, w := range strings.Fields(parts[i]) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
				names[strings.ToLower(w)] = true
			}
		}
	}
	return names
}

// typo puts one typing mistake into a word of s that is not one of names:
// a known misspelling, or two letters swapped, one dropped or one doubled.
func (g *gen) typo(s string, names map[string]bool) string {
	words := strings.Fields(s)
	var cand []string
	for _, w := range words {
		if names[strings.ToLower(w)] {
			continue
		}
		if len(w) >= 4 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			cand = append(cand, w)
		}
	}
	if len(cand) == 0 {
		return s
	}
	w := pickOf(g, cand)
	var t string
	if m, ok := misspellings[strings.ToLower(w)]; ok && g.chance(0.7) {
		t = pickOf(g, m)
		if w[0] >= 'A' && w[0] <= 'Z' {
			t = capital(t)
		}
	} else {
		b := []byte(w)
		i := 1 + g.r.IntN(len(b)-2)
		switch g.r.IntN(3) {
		case 0:
			b[i], b[i+1] = b[i+1], b[i]
		case 1:
			b = append(b[:i], b[i+1:]...)
		default:
			b = append(b[:i+1], b[i:]...)
		}
		t = string(b)
	}
	return strings.Replace(s, w, t, 1)
}

// roughenZh makes a Chinese description read as typed: half-width or no
// punctuation now and then, never inside quoted text.
func (g *gen) roughenZh(s string) string {
	comma := ""
	switch {
	case g.chance(0.12):
		comma = ","
	case g.chance(0.08):
		comma = " "
	}
	parts := splitMarked(s)
	for i := 0; i < len(parts); i += 2 {
		if comma != "" {
			parts[i] = strings.ReplaceAll(parts[i], "，", comma)
		}
		if g.chance(0.1) {
			parts[i] = strings.ReplaceAll(parts[i], "！", "!")
		}
	}
	out := strings.Join(parts, "")
	if g.chance(0.25) {
		out = strings.TrimSuffix(out, "。")
	}
	return out
}
