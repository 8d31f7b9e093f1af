package corpus

import (
	"fmt"
	"strings"

	"github.com/genui/genui/genui"
)

// Blocks: the parts screens are built from. Each adds to the screen the
// details a person could say about it, so whatever a description says is
// what the spec holds.

// title returns a heading for the screen: one of the usual texts, or now
// and then a text the person asks for in quotes.
func (g *gen) title(s *screen, level int, usual []bi, custom ...bi) *genui.Node {
	text := g.s(pickOf(g, usual))
	if len(custom) > 0 && g.chance(0.2) {
		text = g.s(pickOf(g, custom))
		if g.chance(0.5) {
			text = g.headline()
		}
		if g.chance(0.5) {
			s.says(true, g.l("{the {title|heading} should {say|read} %[1]s|title it %[1]s|call it %[1]s|the header says %[1]s}", "{標題寫%[1]s|標題是%[1]s|標題用%[1]s}", g.q(text)))
		} else {
			s.has(true, g.l("{a heading|a title|a header|a big heading} {saying|that says|reading|:} %s", "{標題|大標題}%s", g.q(text)))
		}
	}
	return heading(text, level)
}

// btn describes a button a screen wants.
type btn struct {
	text    bi            // the usual text
	alts    []bi          // texts a person may ask for instead
	action  string        // the event name
	variant genui.Variant // the usual emphasis
	say     bi            // how people name it: "{submit|send} button"
}

// button builds b's node; a person may ask for another text (in quotes),
// a colour, a size or a full-width button, and the spec follows.
func (g *gen) button(s *screen, b btn) *genui.Node {
	text := g.s(b.text)
	n := button(text, b.action, b.variant)
	custom := len(b.alts) > 0 && g.chance(0.18)
	if custom {
		text = g.s(pickOf(g, b.alts))
		if g.chance(0.4) {
			text = g.actionText()
		}
		n.Props.(*genui.Button).Text = text
	}
	name := g.expand(g.s(b.say))
	var adj, zhAdj string
	must := custom
	switch {
	case g.chance(0.1):
		c := pickOf(g, colours)
		adj, zhAdj = pickOf(g, c.en), pickOf(g, c.zh)
		must = true
		if c.variant != "" {
			n.Variant = genui.Variant(c.variant)
		} else {
			n.Tone = genui.Tone(c.tone)
			if n.Variant == "" {
				n.Variant = genui.Primary
			}
		}
	case g.chance(0.05):
		adj, zhAdj = g.expand("{=big}"), g.pick("大", "大一點的")
		n.Size = genui.Large
		must = true
	case g.chance(0.04):
		adj, zhAdj = "full-width", "滿版"
		n.Align = genui.AlignStretch
		must = true
	case b.variant == genui.Secondary && g.chance(0.2):
		adj, zhAdj = g.pick("outline", "secondary", "outlined"), g.pick("外框", "次要")
	}
	if g.zh {
		adj = zhAdj
	}
	switch {
	case custom:
		s.has(true, fixArticle(g.l("{a %[1]s %[2]s button|a %[1]s button {labeled|saying|that says} %[2]s|a %[1]s %[3]s {labeled|that says} %[2]s}", "{%[1]s%[2]s按鈕|%[1]s按鈕寫%[2]s}", adj, g.q(text), name)))
	case must:
		s.has(true, fixArticle(g.l("a %s %s", "%s%s", adj, name)))
	default:
		s.has(false, fixArticle(g.l("a %s", "%s", name)))
	}
	return n
}

// pickSeries returns a series of d that suits chart kind k ("" for any),
// preferring one not in used, and the kind to draw it as.
func (g *gen) pickSeries(d domain, k genui.ChartType, used map[string]bool) (series, genui.ChartType) {
	var fit, fresh []series
	for _, s := range d.series {
		if k == "" || k == genui.ChartBar || s.time == (k == genui.ChartLine || k == genui.ChartArea) {
			fit = append(fit, s)
			if !used[s.title.en] {
				fresh = append(fresh, s)
			}
		}
	}
	if len(fresh) > 0 {
		fit = fresh
	}
	if len(fit) == 0 {
		fit = d.series
	}
	s := pickOf(g, fit)
	if k == "" {
		if s.time {
			k = pickOf(g, []genui.ChartType{genui.ChartLine, genui.ChartLine, genui.ChartBar, genui.ChartArea})
		} else {
			k = pickOf(g, []genui.ChartType{genui.ChartDonut, genui.ChartPie, genui.ChartBar})
		}
	}
	return s, k
}

// chartOf builds a chart of domain d, of kind k when the person named one
// (else the kind suits the data), and says so.
func (g *gen) chartOf(s *screen, d domain, k genui.ChartType, inCard bool) *genui.Node {
	named := k != "" || g.chance(0.5)
	se, kind := g.pickSeries(d, k, s.charted)
	if s.charted == nil {
		s.charted = map[string]bool{}
	}
	s.charted[se.title.en] = true
	labels := se.labels(g)
	title := g.s(se.title)
	data := g.data(se, labels)
	c := chart(kind, title, data)
	what := g.expand(g.s(se.say))
	kindWord := g.expand(g.s(chartKinds[kind]))
	if len(data) <= 6 && g.chance(0.3) {
		var pts []string
		for _, p := range data {
			pts = append(pts, g.v(p.Label)+" "+g.v(fmt.Sprint(p.Value)))
		}
		s.has(true, fixArticle(g.l("{a %[1]s of %[2]s ({%[3]s})|a %[1]s of %[2]s with %[3]s}", "{%[2]s的%[1]s（%[3]s）}", kindWord, what, g.joinList(pts))))
	} else if named {
		s.has(k != "", fixArticle(g.l("{a %[1]s of %[2]s|a %[2]s %[1]s|a %[1]s showing %[2]s}", "{%[2]s的%[1]s|%[1]s顯示%[2]s}", kindWord, what)))
	} else {
		s.has(false, g.l("{a chart of %[1]s|a %[1]s chart|a graph of %[1]s}", "{%[1]s圖表|%[1]s的圖}", what))
	}
	if inCard {
		c.Props.(*genui.Chart).Title = ""
		return card(title, c)
	}
	return c
}

// statGrid builds n key figures of domain d in a grid.
func (g *gen) statGrid(s *screen, d domain, n int, countSaid bool) *genui.Node {
	ms := sample(g, d.metrics, n)
	var kids []*genui.Node
	var names []string
	var figures []string
	for _, m := range ms {
		delta := ""
		if m.delta && g.chance(0.8) {
			delta = g.delta()
		}
		v := m.value(g)
		kids = append(kids, stat(g.s(m.label), v, delta))
		names = append(names, lower(g.s(m.label)))
		if delta != "" && g.chance(0.5) {
			figures = append(figures, g.l("{%[1]s %[2]s (%[3]s)|%[1]s: %[2]s, %[3]s}", "{%[1]s %[2]s（%[3]s）|%[1]s：%[2]s，%[3]s}", g.v(lower(g.s(m.label))), g.v(v), g.v(delta)))
		} else {
			figures = append(figures, g.l("{%[1]s %[2]s|%[1]s: %[2]s|%[1]s (%[2]s)}", "{%[1]s %[2]s|%[1]s：%[2]s}", g.v(lower(g.s(m.label))), g.v(v)))
		}
	}
	stats := g.l("{stats|stat cards|KPIs|metrics|KPI cards|key numbers}", "{數據卡片|統計數字|KPI|指標}")
	switch {
	case g.chance(0.45):
		s.has(true, g.l("{%[1]s for %[2]s|%[1]s: %[2]s|%[1]s showing %[2]s}", "{%[1]s：%[2]s|%[2]s等%[1]s}", stats, g.joinList(figures)))
	case g.chance(0.4):
		s.has(false, g.l("{%[1]s for %[2]s|%[1]s: %[2]s}", "%[2]s{等|}%[1]s", stats, g.joinList(g.vs(names))))
	case countSaid:
		s.has(true, g.l("%s %s", "%s個%s", g.count(n), stats))
	default:
		s.has(false, g.l("{some|a row of|a few} %s", "{幾個|一排}%s", stats))
	}
	cols := n
	if n > 4 {
		cols = 3
	}
	return gapped(grid(cols, kids...), genui.GapMD)
}

// joinList joins names the way the sample's language lists things.
func (g *gen) joinList(s []string) string {
	if g.zh {
		return g.joinZh(s)
	}
	return g.joinEn(s)
}

// tableOf builds a table of domain d with rows rows; the person may name
// the columns or the number of rows.
func (g *gen) tableOf(s *screen, d domain, rows int, what bi) *genui.Node {
	ncol := g.between(3, min(5, len(d.columns)))
	cols := append([]column{d.columns[0]}, sample(g, d.columns[1:], ncol-1)...)
	heads := make([]string, len(cols))
	for i, c := range cols {
		heads[i] = g.s(c.head)
	}
	cells := make([][]string, rows)
	for r := range cells {
		cells[r] = make([]string, len(cols))
		for i, c := range cols {
			cells[r][i] = c.cell(g)
		}
	}
	name := g.expand(g.s(what))
	switch g.r.IntN(4) {
	case 0:
		s.has(true, g.l("a table of %[1]s with {columns|the columns} %[2]s", "%[1]s表格，欄位有%[2]s", name, g.joinList(quoteAll(g, heads))))
	case 1:
		s.has(true, g.l("{a table of %[1]s with %[2]s rows|%[2]s rows of %[1]s in a table|a %[1]s table, %[2]s rows}", "{%[1]s表格，%[2]s筆資料|%[2]s列的%[1]s表格}", name, g.count(rows)))
	case 2:
		s.has(false, g.l("a table {of|with|listing} %[1]s ({%[2]s|columns: %[2]s})", "%[1]s表格（%[2]s）", name, g.joinList(g.vs(lowerAll(heads)))))
	default:
		s.has(false, g.l("{a table of %[1]s|a %[1]s table|a list of %[1]s in a table}", "{%[1]s表格|%[1]s列表}", name))
	}
	return table(heads, cells)
}

func quoteAll(g *gen, s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = g.q(x)
	}
	return out
}

func lowerAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = lower(x)
	}
	return out
}

// navBar builds a top bar: the brand, links and an action.
func (g *gen) navBar(s *screen, links []bi, action *btn) *genui.Node {
	brand := g.brandName(s)
	var ls []*genui.Node
	for _, l := range links {
		t := g.s(l)
		ls = append(ls, link(t, "/"+slug(l.en)))
	}
	kids := []*genui.Node{heading(brand, 3), gapped(row(ls...), genui.GapMD)}
	s.has(false, g.l("{a nav bar|a top nav|a navigation bar|a header with links} (%s)", "{導覽列|上方選單}（%s）", g.joinList(g.vs(lowerAll(g.ss(links))))))
	if action != nil {
		kids = append(kids, g.button(s, *action))
	}
	return spread(kids...)
}

// brandName returns the name the screen shows and puts it in the screen's
// noun: names are copied from the description, never invented.
func (g *gen) brandName(s *screen) string {
	brand := g.pickBrand()
	g.nameBrand(s, brand)
	return brand
}

// pickBrand returns the name of the screen's product or company.
func (g *gen) pickBrand() string {
	if g.zh && g.chance(0.5) {
		return g.pick(brandsZh...)
	}
	return g.brand
}

// nameBrand puts brand, which the screen shows, in the screen's noun.
func (g *gen) nameBrand(s *screen, brand string) {
	if !strings.Contains(s.noun, brand) {
		s.noun = g.l("{%[1]s for %[2]s|%[2]s %[1]s|%[1]s for %[2]s}", "{%[2]s的%[1]s|%[2]s %[1]s}", s.noun, g.v(brand))
	}
}

// personRow shows a person: avatar, name and a second line.
func personRow(name, sub string) *genui.Node {
	return gapped(centered(row(avatar(name), gapped(col(para(name), muted(sub)), genui.GapNone))), genui.GapSM)
}

// pickDomain returns a domain and how people name it.
func (g *gen) pickDomain() domain { return pickOf(g, domains) }
