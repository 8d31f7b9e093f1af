package corpus

import (
	"fmt"
	"math"
	"strings"

	"github.com/genui/genui/genui"
)

// Parts of element lists that show content: texts, facts, figures,
// charts, tables, lists, people, pictures.

func headingPart(g *gen, l *elemList) (elem, bool) {
	text := g.headline()
	if !l.fresh("text " + text) {
		return elem{}, false
	}
	say := g.q(text)
	if g.chance(0.25) {
		say = ": " + g.v(text)
	} else {
		say = " " + say
	}
	switch g.r.IntN(4) {
	case 0:
		return elem{nodes: []*genui.Node{muted(text)}, say: g.l("{a subtitle|a tagline|a subheading line}%s", "{副標題|標語}%s", say)}, true
	case 1:
		return elem{nodes: []*genui.Node{heading(text, 3)}, say: g.l("{a section heading|a small heading|a subheading}%s", "小標題%s", say)}, true
	}
	return elem{nodes: []*genui.Node{heading(text, 2)}, say: g.l("{a heading|a title|a header}%s", "{標題|大標題}%s", say)}, true
}

func notePart(g *gen, l *elemList) (elem, bool) {
	text := pickOf(g, notes)(g)
	if !l.fresh("text " + text) {
		return elem{}, false
	}
	small := g.chance(0.4)
	var out string
	switch {
	case small:
		out = g.l("{small print: %[1]s|a small note: %[1]s|fine print saying %[2]s}", "{小字：%[1]s|底部小字%[2]s}", g.v(text), g.q(text))
	case g.chance(0.5):
		out = g.l("{a note saying %[1]s|a line of text %[1]s|some help text: %[1]s|a caption %[1]s}", "{一段文字%[1]s|說明文字%[1]s}", g.q(text))
	default:
		out = g.l("{a note: %[1]s|a line of text: %[1]s|text: %[1]s}", "{一段文字：%[1]s|備註：%[1]s}", g.v(text))
	}
	n := para(text)
	if small {
		n = muted(text)
	}
	return elem{nodes: []*genui.Node{n}, say: out}, true
}

// factPart is one line or a few of label and value: "due March 31",
// "order #A-1234", "Total: €1,250.00".
func factPart(g *gen, l *elemList) (elem, bool) {
	t := g.topicFor(l)
	n := 1
	if g.chance(0.3) {
		n = g.between(2, 3)
	}
	var says []string
	var nodes []*genui.Node
	for _, c := range sample(g, t.columns, n) {
		label := g.s(c.label)
		if !l.fresh("fact " + label) {
			continue
		}
		value := g.figure(c.kind, t)
		says = append(says, g.l("{%[1]s: %[2]s|%[1]s %[2]s|%[1]s (%[2]s)}", "{%[1]s：%[2]s|%[1]s %[2]s}", g.loose(label), g.v(value)))
		nodes = append(nodes, spread(muted(label), para(value)))
	}
	if len(nodes) == 0 {
		return elem{}, false
	}
	out := says[0]
	if len(says) > 1 {
		out = g.l("{details: %[1]s|%[1]s|info rows for %[1]s}", "{資訊：%[1]s|%[1]s}", g.joinList(says))
	} else if g.chance(0.2) {
		out = g.l("a line showing %s", "顯示%s", out)
	}
	return elem{nodes: nodes, say: out}, true
}

// statsPart is key figures: "Revenue $48,210 (+12%), Orders 1,203".
func statsPart(g *gen, l *elemList) (elem, bool) {
	t := g.topicFor(l)
	said := g.chance(0.85)
	var says []string
	var nodes []*genui.Node
	for _, k := range sample(g, t.stats, pickOf(g, []int{1, 2, 3, 3, 4})) {
		label := g.s(k.label)
		if !l.fresh("stat " + label) {
			continue
		}
		v, d := g.figure(k.kind, t), ""
		if g.chance(0.55) {
			d = g.change()
		}
		switch {
		case !said:
			says = append(says, g.loose(label))
		case d != "":
			says = append(says, g.l("{%[1]s %[2]s (%[3]s)|%[1]s: %[2]s, %[3]s|%[1]s %[2]s %[3]s}", "{%[1]s %[2]s（%[3]s）|%[1]s：%[2]s，%[3]s}", g.loose(label), g.v(v), g.v(d)))
		default:
			says = append(says, g.l("{%[1]s %[2]s|%[1]s: %[2]s|%[1]s at %[2]s}", "{%[1]s %[2]s|%[1]s：%[2]s}", g.loose(label), g.v(v)))
		}
		nodes = append(nodes, stat(label, v, d))
	}
	if len(nodes) == 0 {
		return elem{}, false
	}
	list := g.joinList(says)
	var out string
	switch {
	case !said:
		out = g.l("{KPIs for %[1]s|stat cards for %[1]s|stats on %[1]s}", "{%[1]s等數據卡|%[1]s的 KPI}", list)
	case len(nodes) == 1:
		out = g.l("{a stat showing %[1]s|a KPI card: %[1]s|a big number: %[1]s}", "{數據卡：%[1]s|顯示%[1]s的數據卡}", list)
	default:
		out = g.l("{stats: %[1]s|KPIs: %[1]s|stat cards for %[1]s|metrics: %[1]s|%[1]s}", "{數據卡：%[1]s|KPI：%[1]s|%[1]s}", list)
	}
	return elem{group: "stat", nodes: nodes, say: out}, true
}

func progressPart(g *gen, l *elemList) (elem, bool) {
	if !l.fresh("progress") {
		return elem{}, false
	}
	if g.chance(0.15) {
		m := g.between(3, 8)
		k := g.between(1, m)
		ks, ms := fmt.Sprint(k), fmt.Sprint(m)
		label := g.l("Step %s of %s", "第 %s 步，共 %s 步", ks, ms)
		out := g.l("{a progress bar showing step %[1]s of %[2]s|step %[1]s of %[2]s progress}", "{進度條：第 %[1]s 步，共 %[2]s 步|第 %[1]s 步，共 %[2]s 步的進度條}", g.v(ks), g.v(ms))
		return elem{nodes: []*genui.Node{progress(math.Round(float64(k)*100/float64(m)), label)}, say: out}, true
	}
	v := g.between(1, 99)
	if g.chance(0.5) {
		v = 5 * g.between(1, 19)
	}
	pct := g.v(fmt.Sprintf("%d%%", v))
	if g.chance(0.45) {
		return elem{nodes: []*genui.Node{progress(float64(v), "")}, say: g.l("{a progress bar at %[1]s|a %[1]s progress bar|progress: %[1]s}", "{%[1]s 的進度條|進度條 %[1]s}", pct)}, true
	}
	label := pickOf(g, progressLabels)
	say, text := g.named(g.s(label))
	out := g.l("{%[1]s progress at %[2]s|a %[1]s progress bar (%[2]s)|%[1]s: %[2]s done|a progress bar for %[1]s at %[2]s}", "{%[1]s進度 %[2]s|%[1]s進度條（%[2]s）}", say, pct)
	return elem{nodes: []*genui.Node{progress(float64(v), text)}, say: out}, true
}

// chartLabels returns the points of a series over time: months, days of
// the week or quarters.
func (g *gen) chartLabels() []string {
	switch g.r.IntN(5) {
	case 0, 1:
		return lastMonths(g.between(4, 6))(g)
	case 2, 3:
		return g.ss(weekdays)[:g.between(5, 7)]
	}
	return quarters(g)
}

func chartPart(g *gen, l *elemList) (elem, bool) {
	t := g.topicFor(l)
	se := pickOf(g, t.series)
	if !l.fresh("chart " + se.label.en) {
		return elem{}, false
	}
	var labels []string
	var kind genui.ChartType
	if len(se.cats) > 0 {
		labels = g.ss(se.cats)
		kind = pickOf(g, []genui.ChartType{genui.ChartPie, genui.ChartDonut, genui.ChartBar, genui.ChartBar})
	} else {
		labels = g.chartLabels()
		kind = pickOf(g, []genui.ChartType{genui.ChartLine, genui.ChartLine, genui.ChartArea, genui.ChartBar})
	}
	given := g.chance(0.35)
	whole := kind == genui.ChartPie || kind == genui.ChartDonut
	values := make([]float64, len(labels))
	hi := pickOf(g, []int{20, 100, 500, 2000, 50000})
	sum := 0
	for i := range values {
		values[i] = float64(g.between(hi/10, hi))
		sum += int(values[i])
	}
	if whole && given {
		// Shares of a whole, as people give them: whole percentages adding up to 100.
		left := 100
		for i := range values {
			p := int(math.Round(values[i] * 100 / float64(sum)))
			if i == len(values)-1 || p >= left {
				p = max(left-(len(values)-1-i), 1)
			}
			values[i] = float64(p)
			left -= p
		}
	}
	data := make([]genui.Datum, len(labels))
	var pts []string
	for i, lb := range labels {
		data[i] = genui.Datum{Label: lb, Value: values[i]}
		v := fmt.Sprint(values[i])
		if whole && given {
			v += "%"
		}
		pts = append(pts, g.v(lb)+" "+g.v(v))
	}
	subject := g.s(se.label)
	kw := g.expand(g.s(chartKinds[kind]))
	var out string
	if g.chance(0.85) {
		out = g.l("{a %[1]s of %[2]s|a %[2]s %[1]s|a %[1]s showing %[2]s}", "{%[2]s的%[1]s|%[1]s顯示%[2]s}", kw, g.loose(subject))
	} else {
		out = g.l("{a chart of %[1]s|a graph of %[1]s}", "{%[1]s的圖表}", g.loose(subject))
	}
	if given {
		out += g.l("{ (%[1]s)| with %[1]s|: %[1]s}", "{（%[1]s）|：%[1]s}", strings.Join(pts, g.t(", ", "、")))
	}
	return elem{nodes: []*genui.Node{chart(kind, subject, data)}, say: out}, true
}

func tablePart(g *gen, l *elemList) (elem, bool) {
	t := g.topicFor(l)
	if !l.fresh("table") {
		return elem{}, false
	}
	cols := sample(g, t.columns, g.between(3, min(5, len(t.columns))))
	heads := make([]string, len(cols))
	says := make([]string, len(cols))
	quoted := g.chance(0.2)
	for i, c := range cols {
		heads[i] = g.s(c.label)
		if quoted {
			says[i] = g.q(heads[i])
		} else {
			says[i] = g.loose(heads[i])
		}
	}
	given := g.chance(0.25)
	n := g.between(2, 4)
	if given {
		n = g.between(2, 3)
	}
	rows := make([][]string, n)
	var rowSays []string
	paren := g.chance(0.5)
	for r := range rows {
		var cs []string
		for _, c := range cols {
			v := g.figure(c.kind, t)
			rows[r] = append(rows[r], v)
			cs = append(cs, g.v(v))
		}
		rs := strings.Join(cs, g.t(", ", "、"))
		if paren {
			rs = g.t("(", "（") + rs + g.t(")", "）")
		}
		rowSays = append(rowSays, rs)
	}
	hs := g.joinList(says)
	if !g.zh && g.chance(0.2) {
		hs = strings.Join(says, " | ")
	}
	out := g.l("{a table with columns %[1]s|a table (%[1]s)|a table with %[1]s columns|a table: %[1]s}", "{表格，欄位有%[1]s|有%[1]s欄位的表格|表格（%[1]s）}", hs)
	switch {
	case given:
		sep := g.t("; ", "；")
		if paren {
			sep = g.t(", ", "、")
		}
		out += g.l("{, rows: %[1]s| with the rows %[1]s}", "{，資料：%[1]s|，內容：%[1]s}", strings.Join(rowSays, sep))
	case g.chance(0.2):
		out += g.l("{ and %[1]s rows|, %[1]s rows}", "{，%[1]s筆資料|，%[1]s列}", g.count(n))
	}
	return elem{nodes: []*genui.Node{table(heads, rows)}, say: out}, true
}

// comparePart is a table comparing things side by side: "Basic vs Pro vs
// Enterprise, rows: Storage (1 GB / 100 GB / 1 TB)".
func comparePart(g *gen, l *elemList) (elem, bool) {
	if !l.fresh("table") {
		return elem{}, false
	}
	n := pickOf(g, []int{2, 3, 3, 3, 4})
	var names []string
	if g.chance(0.6) {
		names = g.ss(sample(g, append(append([]bi{}, plans...), moreplans...), n))
	} else {
		for len(names) < n {
			name, _, _ := g.product()
			names = append(names, name)
		}
	}
	var nameSays []string
	for _, nm := range names {
		nameSays = append(nameSays, g.v(nm))
	}
	heads := append([]string{""}, names...)
	var rows [][]string
	var rowSays []string
	for _, cr := range sample(g, compareRows, g.between(1, 3)) {
		label := g.s(cr.label)
		row := []string{label}
		var cs []string
		for range names {
			c := cr.cell(g)
			row = append(row, c)
			cs = append(cs, g.v(c))
		}
		rows = append(rows, row)
		rowSays = append(rowSays, g.l("%[1]s (%[2]s)", "%[1]s（%[2]s）", g.loose(label), strings.Join(cs, g.t(" / ", "／"))))
	}
	vs := strings.Join(nameSays, g.pick(" vs ", " vs. ", " vs "))
	out := g.l("{a comparison table %[1]s|a table comparing %[1]s|compare %[1]s in a table}{ with rows %[2]s|, rows: %[2]s|: %[2]s}",
		"{%[1]s的比較表，列出%[2]s|比較%[1]s的表格：%[2]s}", vs, g.joinList(rowSays))
	return elem{nodes: []*genui.Node{table(heads, rows)}, say: out}, true
}

func listPart(g *gen, l *elemList) (elem, bool) {
	if !l.fresh("list") {
		return elem{}, false
	}
	n := g.between(2, 5)
	var items []string
	switch r := g.r.IntN(10); {
	case r < 6:
		items = g.ss(sample(g, g.topicFor(l).items, n))
	case r < 8:
		items = g.people(n)
	default:
		for range n {
			name, _, _ := g.product()
			items = append(items, name)
		}
	}
	var says []string
	low := !g.zh && g.chance(0.2)
	for _, it := range items {
		if low {
			says = append(says, g.v(lower(it)))
		} else {
			says = append(says, g.v(it))
		}
	}
	joined := g.joinList(says)
	if g.chance(0.25) {
		joined = strings.Join(says, g.t("; ", "；"))
	}
	out := g.l("{a list of %[1]s|a bulleted list: %[1]s|a checklist: %[1]s|bullet points: %[1]s|a list with %[1]s}", "{清單：%[1]s|列出%[1]s的清單|項目：%[1]s}", joined)
	return elem{nodes: []*genui.Node{list(items...)}, say: out}, true
}

func tabsPart(g *gen, l *elemList) (elem, bool) {
	if !l.fresh("tabs") {
		return elem{}, false
	}
	pool := commonTabs
	if g.chance(0.3) {
		pool = g.topicFor(l).states
	}
	var says []string
	var kids []*genui.Node
	for _, b := range sample(g, pool, g.between(2, 4)) {
		say, text := g.named(g.s(b))
		says = append(says, say)
		kids = append(kids, tab(text))
	}
	list := g.joinList(says)
	if g.chance(0.4) {
		list = strings.Join(says, g.t(" / ", "／"))
	}
	out := g.l("{tabs: %[1]s|%[1]s tabs|tabs for %[1]s|a tab bar (%[1]s)}", "{分頁：%[1]s|%[1]s分頁}", list)
	return elem{nodes: []*genui.Node{tabs(kids...)}, say: out}, true
}

func avatarPart(g *gen, l *elemList) (elem, bool) {
	if !l.fresh("avatar") {
		return elem{}, false
	}
	name := g.person()
	switch r := g.r.IntN(20); {
	case r < 3:
		return elem{nodes: []*genui.Node{avatar("")}, say: g.l("{an avatar|a profile picture}", "{頭像|大頭貼}")}, true
	case r < 9:
		role := g.s(pickOf(g, roles))
		out := g.l("{an avatar with %[1]s and the role %[2]s|%[1]s's avatar with the title %[2]s|a profile chip for %[1]s (%[2]s)}", "{%[1]s（%[2]s）的頭像|%[1]s的頭像和職稱%[2]s}", g.v(name), g.v(role))
		return elem{nodes: []*genui.Node{personRow(name, role)}, say: out}, true
	}
	return elem{nodes: []*genui.Node{avatar(name)}, say: g.l("{an avatar for %[1]s|%[1]s's avatar|a profile picture of %[1]s}", "{%[1]s的頭像|%[1]s的大頭貼}", g.v(name))}, true
}

func badgePart(g *gen, l *elemList) (elem, bool) {
	b := pickOf(g, g.topicFor(l).states)
	if !l.fresh("badge " + b.en) {
		return elem{}, false
	}
	say, text := g.named(g.s(b))
	if !g.chance(0.4) {
		return elem{nodes: []*genui.Node{badge(text, "")}, say: g.l("{a %[1]s badge|a badge saying %[1]s|a status badge (%[1]s)|a %[1]s tag}", "{%[1]s標籤|寫著%[1]s的徽章}", say)}, true
	}
	c := pickOf(g, colours)
	out := g.l("{a %[2]s %[1]s badge|a %[2]s badge that says %[1]s}", "{%[2]s%[1]s標籤|%[2]s的%[1]s徽章}", say, strings.TrimSuffix(g.colourWord(c), "的"))
	return elem{nodes: []*genui.Node{badge(text, genui.Tone(c.tone))}, say: out}, true
}

func alertPart(g *gen, l *elemList) (elem, bool) {
	if !l.fresh("alert") {
		return elem{}, false
	}
	m := pickOf(g, messages)
	text := m.make(g)
	tone := m.tone
	var w string
	if g.chance(0.85) {
		w = g.expand(g.s(toneWords[m.tone]))
	} else {
		w, tone = g.l("{alert|banner|message}", "{提示|橫幅訊息}"), ""
	}
	var out string
	if g.chance(0.65) {
		out = g.l("{a %[1]s saying %[2]s|a %[1]s with the text %[2]s|a %[1]s %[2]s}", "{%[1]s寫著%[2]s|%[1]s%[2]s}", w, g.q(text))
	} else {
		out = g.l("a %[1]s: %[2]s", "%[1]s：%[2]s", w, g.v(text))
	}
	return elem{nodes: []*genui.Node{alert(tone, "", text)}, say: out}, true
}

func imagePart(g *gen, l *elemList) (elem, bool) {
	subj := g.s(pickOf(g, pictureSubjects))
	if !l.fresh("image " + subj) {
		return elem{}, false
	}
	src := "/img/" + slug(subj) + ".jpg"
	if g.zh {
		src = fmt.Sprintf("/img/photo-%d.jpg", g.between(1, 99))
	}
	say := g.v(subj)
	url := g.chance(0.15)
	if url {
		// The spec holds the address before the picture's description.
		say = subj
		src = "https://images." + strings.ToLower(pickOf(g, brands)) + ".com/" + fmt.Sprint(g.between(100, 9999)) + ".jpg"
	}
	out := g.l("{an image of %[1]s|a photo of %[1]s|a picture of %[1]s|a banner image of %[1]s}", "{%[1]s的圖片|%[1]s照片}", say)
	if url {
		out += g.l("{ (%[1]s)| from %[1]s}", "{（%[1]s）|，網址 %[1]s}", g.v(src))
	}
	return elem{nodes: []*genui.Node{image(src, capital(subj))}, say: out}, true
}

func iconPart(g *gen, l *elemList) (elem, bool) {
	w := pickOf(g, iconWords)
	if !l.fresh("icon " + w.name) {
		return elem{}, false
	}
	return elem{nodes: []*genui.Node{icon(w.name)}, say: g.l("{a %[1]s icon|an icon of a %[1]s}", "%[1]s圖示", g.s(w.say))}, true
}

func dividerPart(g *gen, l *elemList) (elem, bool) {
	if !l.fresh("divider") {
		return elem{}, false
	}
	return elem{nodes: []*genui.Node{divider()}, say: g.l("{a divider|a horizontal line|a separator line}", "{分隔線|一條橫線}")}, true
}

// pricedPart is things with their prices: "(Wireless Mouse $24.99, USB-C
// Hub $39.00)", and now and then their total.
func pricedPart(g *gen, l *elemList) (elem, bool) {
	if !l.fresh("priced") {
		return elem{}, false
	}
	form := g.expand(g.t("{%[1]s %[2]s|%[1]s – %[2]s|%[1]s (%[2]s)|%[1]s at %[2]s}", "{%[1]s %[2]s|%[1]s（%[2]s）}"))
	var says []string
	var nodes []*genui.Node
	sum := 0.0
	for range g.between(2, 4) {
		name, price, v := g.product()
		sum = math.Round((sum+v)*100) / 100
		says = append(says, fill(form, []string{g.v(name), g.v(price)}))
		nodes = append(nodes, spread(para(name), para(price)))
	}
	joined := strings.Join(says, g.t(", ", "、"))
	out := g.l("{items (%[1]s)|line items: %[1]s|products: %[1]s|a list of items (%[1]s)}", "{品項：%[1]s|商品（%[1]s）|明細：%[1]s}", joined)
	if g.chance(0.4) {
		c := g.currency()
		total := c.format(sum, !c.whole)
		out += g.l("{ and a total of %[1]s|, total %[1]s}", "{，合計 %[1]s|，總計 %[1]s}", g.v(total))
		nodes = append(nodes, divider(), spread(heading(g.t("Total", "總計"), 4), heading(total, 4)))
	}
	return elem{nodes: nodes, say: out}, true
}

var searchHints = bis(`Search…|搜尋…; Search by name|依名稱搜尋; Find an order|搜尋訂單; Type to search|輸入關鍵字; Search products|搜尋商品`)

func searchPart(g *gen, l *elemList) (elem, bool) {
	if !l.fresh("#search") {
		return elem{}, false
	}
	ph := g.t("Search…", "搜尋…")
	out := g.l("{a search bar|a search box|a search field}", "{搜尋列|搜尋框}")
	if g.chance(0.3) {
		ph = g.s(pickOf(g, searchHints))
		out += g.l("{ with placeholder %[1]s| (placeholder %[1]s)}", "{，提示文字%[1]s}", g.q(ph))
	}
	return elem{nodes: []*genui.Node{input("search", genui.InputSearch, "", ph, false)}, say: out}, true
}
