package corpus

import (
	"strconv"
	"strings"

	"github.com/genui/genui/genui"
)

// screen is what a screen or widget builder returns: the spec and what a
// person could say about it.
type screen struct {
	kind  string      // the kind of screen: "login", "pricing", …
	title string      // the spec's title
	root  *genui.Node // the spec's root node
	// noun names the screen as a person would, in the sample's language and
	// without an article: "login form", "登入表單".
	noun    string
	details []detail
	charted map[string]bool // the series its charts draw, so no two draw the same
	// ordered keeps the details in the order given: they list the
	// screen's parts in the order the spec holds them.
	ordered bool
	nounEn  string // an element list's screen name in English (Sample.Noun)
}

// detail is one thing a description may say about the screen.
type detail struct {
	// text is a noun phrase in the sample's language ("an email field",
	// "「記住我」勾選框") or, when clause is set, a clause ("the button
	// should be red", "按鈕用紅色").
	text   string
	clause bool
	// mod marks a modifier of the screen's noun rather than a part of the
	// screen: "for Jane Doe", "in 3 columns" ("名字是王小明").
	mod bool
	// must marks what the spec holds only because it was asked for (a
	// quoted label, a count, a colour, a part the screen lacks by default):
	// the description has to say it. Other details are the screen's
	// defaults and are said or left out at random.
	must bool
}

// has adds a noun-phrase detail.
func (s *screen) has(must bool, text string) {
	text = strings.Join(strings.Fields(text), " ")
	if text != "" {
		s.details = append(s.details, detail{text: text, must: must})
	}
}

// says adds a clause detail.
func (s *screen) says(must bool, text string) {
	text = strings.Join(strings.Fields(text), " ")
	if text != "" {
		s.details = append(s.details, detail{text: text, clause: true, must: must})
	}
}

// mod adds a modifier of the screen's noun.
func (s *screen) mod(must bool, text string) {
	text = strings.Join(strings.Fields(text), " ")
	if text != "" {
		s.details = append(s.details, detail{text: text, mod: true, must: must})
	}
}

// Description styles.
const (
	terse       = "terse"      // "login form w/ remember me"
	imperative  = "imperative" // "Make a login form with …"
	descriptive = "descriptive"
	listed      = "list"  // the parts one a line
	prose       = "prose" // sentences, with context around the request
)

// describe writes the description of s in one of the styles and returns
// it with the style's name.
func (g *gen) describe(s *screen) (string, string) {
	must := 0
	for _, d := range s.details {
		if d.must {
			must++
		}
	}
	style := pickOf(g, []string{terse, terse, imperative, imperative, imperative, descriptive, descriptive, listed, listed, prose, prose})
	if style == terse && must > 2 && !s.ordered {
		style = pickOf(g, []string{imperative, listed})
	}
	listable := false
	for _, d := range s.details {
		listable = listable || d.must && !d.mod
	}
	if style == listed && !listable {
		style = pickOf(g, []string{terse, imperative, descriptive})
	}
	keep := map[string]float64{terse: 0.08, imperative: 0.4, descriptive: 0.4, listed: 0.6, prose: 0.55}[style]
	var ds []detail
	noun := s.noun
	if g.chance(0.08) {
		noun = g.l("{clean|minimal|simple|modern|sleek|nice-looking|professional} ", "{簡潔的|現代感的|乾淨的}") + noun
	}
	for _, d := range s.details {
		switch {
		case !d.must && !g.chance(keep):
		case d.mod && g.zh:
			noun += "，" + d.text
		case d.mod:
			noun += " " + d.text
		default:
			ds = append(ds, d)
		}
	}
	if len(ds) > 2 && !s.ordered && g.chance(0.15) {
		i := g.r.IntN(len(ds) - 1)
		ds[i], ds[i+1] = ds[i+1], ds[i]
	}
	var text string
	if g.zh {
		text = g.roughenZh(g.describeZh(style, noun, ds))
	} else {
		text = g.describeEn(style, noun, ds)
		text = g.roughen(text, style)
	}
	return tidy(text), style
}

func (g *gen) describeEn(style, noun string, ds []detail) string {
	nps, clauses := split(ds)
	switch style {
	case terse:
		out := noun
		if g.chance(0.3) {
			out = article(noun)
		}
		if len(nps) > 0 {
			out += g.pick(" with ", " w/ ", ", ", " with ", " + ") + g.joinEn(stripArticles(nps))
		}
		for _, c := range clauses {
			out += ", " + c
		}
		return out
	case listed:
		var b strings.Builder
		b.WriteString(g.expand("{" + article(noun) + "|" + noun + "|{I need|Need|Make me|Build} " + article(noun) + "}"))
		b.WriteString(g.pick(":", ":", " with:", ", with:", " -"))
		bullet := g.pick("- ", "- ", "* ", "• ", "")
		numbered := bullet == "" && g.chance(0.5)
		for i, d := range append(stripArticles(nps), clauses...) {
			b.WriteString("\n")
			switch {
			case numbered:
				b.WriteString(strconv.Itoa(i+1) + ". ")
			case bullet == "":
			default:
				b.WriteString(bullet)
			}
			b.WriteString(d)
		}
		return b.String()
	case prose:
		var b strings.Builder
		b.WriteString(g.expand("{I'm {building|working on|making} {a SaaS app|an internal tool for our team|a small business website|my side project|a mobile app|a client project|an admin panel|a school project} and {I {=need}|need|I'd like|want} |We {=need} |I need |I'd like |Could you {{=make}|design|{=build}} |Please {{=create}|design|{=build}} |Can you put together |}"))
		b.WriteString(article(noun))
		if b.Len() == len(article(noun)) {
			// No opener: start the sentence with the noun phrase.
			s := b.String()
			b.Reset()
			b.WriteString(capital(s) + g.pick(" is what I need", " for my app", "", ""))
		}
		b.WriteString(". ")
		for len(nps) > 0 {
			n := min(len(nps), g.between(1, 3))
			b.WriteString(g.expand("{It should have|It {=need}s|Include|{=add}|Put in|There should be|I want|Give it|It has to have|Make sure it has} "))
			b.WriteString(g.joinEn(nps[:n]))
			b.WriteString(g.pick(". ", ". ", "! "))
			nps = nps[n:]
		}
		for _, c := range clauses {
			b.WriteString(capital(g.expand("{|Also, |And }")+c) + ". ")
		}
		b.WriteString(g.expand("{|||Thanks!|Keep it {=neat}.|Nothing fancy.|Keep it {=simple} please.|Thanks in advance.|Modern look.|Make it look {=neat} and modern.}"))
		return strings.TrimSpace(b.String())
	case descriptive:
		out := capital(article(noun))
		if len(nps) > 0 {
			out += g.expand("{ with| that has| containing| including|:|, with}") + " " + g.joinEn(nps)
		}
		out += "."
		for _, c := range clauses {
			out += " " + capital(c) + "."
		}
		return out
	}
	// imperative
	out := capital(g.expand("{{=make}|{=create}|{=build}|design|Generate|Give me|I {=need}|I want|Show me|Can you {=make}|Please {=make}|Mock up|Draft|Put together|Could you {=build}|Lay out} ")) + article(noun)
	if len(nps) > 0 {
		out += g.expand("{ with| with| that has| including| containing| featuring}") + " " + g.joinEn(nps)
	}
	if strings.HasPrefix(out, "Can ") || strings.HasPrefix(out, "Could ") {
		out += "?"
	} else {
		out += "."
	}
	for _, c := range clauses {
		out += " " + capital(c) + "."
	}
	return out
}

func (g *gen) describeZh(style, noun string, ds []detail) string {
	nps, clauses := split(ds)
	end := g.pick("。", "。", "", "！")
	switch style {
	case terse:
		out := noun
		if len(nps) > 0 {
			out += g.pick("，", " ", "，有", "，含", "：") + g.joinZh(nps)
		}
		for _, c := range clauses {
			out += "，" + c
		}
		return out
	case listed:
		var b strings.Builder
		b.WriteString(g.expand("{|我需要|幫我做|做}{一個|}") + noun + g.pick("：", ":", "，包含：", "，要有："))
		bullet := g.pick("- ", "・", "1.", "")
		for i, d := range append(nps, clauses...) {
			b.WriteString("\n")
			if bullet == "1." {
				b.WriteString(strconv.Itoa(i+1) + ". ")
			} else {
				b.WriteString(bullet)
			}
			b.WriteString(d)
		}
		return b.String()
	case prose:
		var b strings.Builder
		b.WriteString(g.expand("{我在做{一個 SaaS 產品|公司內部的管理系統|一個小店的網站|自己的 side project|一個手機 App|客戶的專案|學校的作業}，|我們|我|}{需要|想要|想做}一個") + noun + "。")
		for len(nps) > 0 {
			n := min(len(nps), g.between(1, 3))
			b.WriteString(g.expand("{要有|需要|裡面放|包含|請加上|加入}") + g.joinZh(nps[:n]) + "。")
			nps = nps[n:]
		}
		for _, c := range clauses {
			b.WriteString(g.expand("{|另外，|還有，}") + c + "。")
		}
		b.WriteString(g.expand("{||謝謝！|簡潔一點就好。|風格簡單乾淨。}"))
		return b.String()
	case descriptive:
		out := noun
		if len(nps) > 0 {
			out += g.pick("，包含", "，有", "，上面有", "：") + g.joinZh(nps)
		}
		for _, c := range clauses {
			out += "，" + c
		}
		return out + end
	}
	out := g.expand("{幫我做|請做|請幫我設計|我要|給我|做|設計|幫我生成|想要}{一個|}") + noun
	if len(nps) > 0 {
		out += g.pick("，包含", "，要有", "，有", "，裡面有", "，") + g.joinZh(nps)
	}
	for _, c := range clauses {
		out += "，" + c
	}
	return out + end
}

// tidy collapses runs of spaces and trims each line.
func tidy(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}

// split separates noun phrases from clauses.
func split(ds []detail) (nps, clauses []string) {
	for _, d := range ds {
		if d.clause {
			clauses = append(clauses, d.text)
		} else {
			nps = append(nps, d.text)
		}
	}
	return nps, clauses
}

func (g *gen) joinEn(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	last := g.pick(" and ", " and ", ", and ", " & ", ", ")
	if len(s) == 2 && strings.HasPrefix(last, ",") {
		last = " and "
	}
	return strings.Join(s[:len(s)-1], ", ") + last + s[len(s)-1]
}

func (g *gen) joinZh(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	last := g.pick("和", "、", "跟", "，還有", "以及")
	return strings.Join(s[:len(s)-1], "、") + last + s[len(s)-1]
}

// stripArticles drops the leading "a"/"an" of noun phrases, as people do
// in lists and short requests.
func stripArticles(s []string) []string {
	out := make([]string, len(s))
	for i, np := range s {
		np = strings.TrimPrefix(np, "a ")
		out[i] = strings.TrimPrefix(np, "an ")
	}
	return out
}

func capital(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
