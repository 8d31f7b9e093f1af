package corpus

import (
	"strings"

	"github.com/genui/genui/genui"
)

// Element lists: the way people very often ask for a screen, "<some
// screen> with <part>, <part>, … and <a named button>", for screens of
// every kind, common and odd ("Warehouse intake screen with a barcode
// field, a quantity field, a dropdown of shelves (A1 / A2 / B7) and Cancel
// and Receive buttons"). The parts and their order drive the spec; the
// screen's name gives only the title and the heading. Each part maps to
// components the same way every time (elements_parts.go):
//
//	"password field"                  → an input of type password
//	"card number, expiry, CVC"        → three inputs labelled so
//	"Back and Continue buttons"       → two buttons in a row, the last primary
//	"a dropdown of shelves (A1 / A2)" → a select with those options
//	"Revenue $48,210 (+12%)"          → a stat: label, figure, change
//	"due March 31"                    → a row: "Due" and "March 31"
//
// and the parts are grouped as a designer would: the form controls, with
// the buttons right after them, in a form; buttons side by side in a row;
// key figures in a grid. Nothing is added that was not asked for but the
// heading (the screen's name, or the title given) and defaults of the
// parts themselves (a chart's data or a table's rows when none are given).
//
// Loose labels are written in the spec with a capital first letter ("add
// to bag" gives "Add to bag"); quoted text is copied verbatim.

// elem is one part a person lists: the nodes it adds to the spec, in
// order, and how the person asks for it.
type elem struct {
	group string // "control", "button" or "stat": what the grouping needs ("" for anything else)
	nodes []*genui.Node
	say   string // with the marks of quoted text and values
}

// elemList is the state of an element list being made.
type elemList struct {
	t    *topic          // the topic of the screen
	used map[string]bool // ids and labels taken, so no two parts share one
	big  int             // tables, charts and other large parts so far
}

// fresh reports whether key is still free, and takes it.
func (l *elemList) fresh(key string) bool {
	key = strings.ToLower(key)
	if l.used[key] {
		return false
	}
	l.used[key] = true
	return true
}

// topicFor returns the topic a part draws its words from: mostly the
// screen's, now and then any, so that a screen's name never decides its
// parts.
func (g *gen) topicFor(l *elemList) *topic {
	if g.chance(0.75) {
		return l.t
	}
	return pickOf(g, topics)
}

// loose writes text as people type a label they give without quotes:
// often all in lower case, in English.
func (g *gen) loose(text string) string {
	if !g.zh && g.chance(0.6) {
		text = lower(text)
	}
	return g.v(text)
}

// named says a text the spec shows (a label, a button's text): now and
// then in quotes, verbatim even in lower case, else loosely. It returns
// what the description says and what the spec holds.
func (g *gen) named(text string) (say, spec string) {
	if g.chance(0.2) {
		if !g.zh && g.chance(0.15) {
			text = lower(text)
		}
		return g.q(text), text
	}
	return g.loose(text), text
}

// screenWords are the words people put after a screen's name; the first
// ones ask for a card.
var screenWords = []bi{
	{"card", "卡片"}, {"widget", "小工具"}, {"dialog", "對話框"}, {"modal", "彈出視窗"}, {"panel", "面板"},
	{"screen", "畫面"}, {"page", "頁面"}, {"form", "表單"}, {"view", "檢視"}, {"section", "區塊"}, {"", ""},
}

const cardWords = 5 // screenWords before this index ask for a card

func elementList(g *gen) *screen {
	l := &elemList{t: pickOf(g, topics), used: map[string]bool{}}
	name := pickOf(g, l.t.nouns)
	wi := g.r.IntN(len(screenWords))
	word := screenWords[wi]
	title := g.s(name)
	s := &screen{kind: "element_list", title: title, ordered: true, nounEn: lower(name.en)}
	if g.zh {
		s.noun = g.v(title) + word.zh
	} else {
		s.noun = strings.TrimSpace(g.loose(title) + " " + word.en)
	}
	head := heading(title, 2)
	if g.chance(0.12) {
		t := g.headline()
		head = heading(t, 2)
		s.mod(true, g.l("{titled %[1]s|with the heading %[1]s|called %[1]s}", "{標題寫%[1]s|標題是%[1]s}", g.q(t)))
	}
	top := []*genui.Node{head}
	if g.chance(0.15) {
		c := g.company()
		top = append(top, muted(c))
		s.mod(true, g.l("for %s", "{給%[1]s用|客戶是%[1]s|品牌：%[1]s}", g.v(c)))
	}
	es := g.elements(l)
	for _, e := range es {
		s.has(true, e.say)
	}
	kids := append(top, assemble(es)...)
	if wi < cardWords {
		s.root = gapped(card("", kids...), genui.GapMD)
	} else {
		s.root = gapped(col(kids...), genui.GapMD)
	}
	return s
}

// partCounts weighs how many parts a list has.
var partCounts = []int{2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7}

// elements draws the parts of a list: a few by weight, then, most of the
// time, the buttons that end it.
func (g *gen) elements(l *elemList) []elem {
	n := pickOf(g, partCounts)
	var es []elem
	for tries := 0; len(es) < n && tries < 40; tries++ {
		m := pickElement(g)
		if m.big && l.big >= 2 {
			continue
		}
		e, ok := m.make(g, l)
		if !ok || len(es) > 0 && e.group != "" && e.group != "control" && es[len(es)-1].group == e.group {
			continue // two rows of buttons or grids of figures in a row read as one
		}
		if m.big {
			l.big++
		}
		es = append(es, e)
	}
	if (len(es) == 0 || es[len(es)-1].group != "button") && g.chance(0.7) {
		if e, ok := buttonsPart(g, l); ok {
			es = append(es, e)
		}
	}
	for i := range es {
		es[i].say = fixArticle(es[i].say)
	}
	return es
}

// assemble groups the parts' nodes as the spec holds them: buttons next
// to each other in a row (the last primary unless a colour was asked
// for), figures next to each other in a grid, and the form controls (with
// what lies between them and the buttons right after) in a form.
func assemble(es []elem) []*genui.Node {
	type block struct {
		group string
		nodes []*genui.Node
	}
	var bs []block
	for _, e := range es {
		if k := len(bs) - 1; k >= 0 && e.group != "" && e.group != "control" && bs[k].group == e.group {
			bs[k].nodes = append(bs[k].nodes, e.nodes...)
			continue
		}
		bs = append(bs, block{e.group, append([]*genui.Node(nil), e.nodes...)})
	}
	first, last := -1, -1
	for i, b := range bs {
		if b.group == "control" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if last >= 0 && last+1 < len(bs) && bs[last+1].group == "button" {
		last++
	}
	var out, inForm []*genui.Node
	action := "submit"
	for i, b := range bs {
		var ns []*genui.Node
		switch b.group {
		case "button":
			for j, n := range b.nodes {
				if n.Variant == "" && n.Tone == "" {
					n.Variant = genui.Secondary
					if j == len(b.nodes)-1 {
						n.Variant = genui.Primary
					}
				}
			}
			if i == last {
				p := b.nodes[len(b.nodes)-1].Props.(*genui.Button)
				action, p.Action = p.Action, "submit"
			}
			ns = b.nodes
			if len(b.nodes) > 1 {
				ns = []*genui.Node{gapped(row(b.nodes...), genui.GapSM)}
			}
		case "stat":
			ns = b.nodes
			if len(b.nodes) > 1 {
				ns = []*genui.Node{gapped(grid(min(len(b.nodes), 4), b.nodes...), genui.GapMD)}
			}
		default:
			ns = b.nodes
		}
		if first >= 0 && i >= first && i <= last {
			inForm = append(inForm, ns...)
			if i == last {
				out = append(out, gapped(form(action, inForm...), genui.GapMD))
			}
			continue
		}
		out = append(out, ns...)
	}
	return out
}
