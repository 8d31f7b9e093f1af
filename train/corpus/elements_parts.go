package corpus

import (
	"fmt"
	"strings"

	"github.com/genui/genui/genui"
)

// The parts of element lists: each makes its nodes and the phrase that
// asks for them, in the sample's language, with every value the spec
// copies marked (g.v) or quoted (g.q).

// maker makes one kind of part.
type maker struct {
	weight float64
	big    bool // a large part (a table, a chart): a list holds two at most
	make   func(g *gen, l *elemList) (elem, bool)
}

var makers = []maker{
	{14, false, fieldPart}, {5, false, fieldsPart}, {6, false, func(g *gen, l *elemList) (elem, bool) { return choicePart(g, l, false) }},
	{4, false, func(g *gen, l *elemList) (elem, bool) { return choicePart(g, l, true) }},
	{3, false, func(g *gen, l *elemList) (elem, bool) { return flagPart(g, l, false) }}, {2, false, flagsPart},
	{4, false, func(g *gen, l *elemList) (elem, bool) { return flagPart(g, l, true) }}, {3, false, sliderPart},
	{6, false, buttonsPart}, {3, false, linkPart}, {3, false, headingPart}, {3, false, notePart}, {5, false, factPart},
	{5, true, statsPart}, {4, false, progressPart}, {4, true, chartPart}, {4, true, tablePart}, {2, true, comparePart},
	{3, false, listPart}, {2, false, tabsPart}, {2, false, avatarPart}, {3, false, badgePart}, {3, false, alertPart},
	{2, false, imagePart}, {1, false, iconPart}, {1, false, dividerPart}, {3, true, pricedPart}, {2, false, searchPart},
}

var makerTotal = func() float64 {
	t := 0.0
	for _, m := range makers {
		t += m.weight
	}
	return t
}()

func pickElement(g *gen) maker {
	x := g.r.Float64() * makerTotal
	for _, m := range makers {
		if x < m.weight {
			return m
		}
		x -= m.weight
	}
	return makers[len(makers)-1]
}

// inputWords name an input of each kind.
var inputWords = map[string]bi{
	"area":     {"{text area|textarea|multi-line box|big text box|box}", "{多行文字框|文字框|輸入區}"},
	"date":     {"{date picker|date field|date input|field}", "{日期選擇器|日期欄位|欄位}"},
	"time":     {"{time picker|time field|field}", "{時間選擇|時間欄位|欄位}"},
	"password": {"{password field|field|input}", "{密碼欄位|欄位}"},
	"number":   {"{number field|number input|field|input}", "{數字欄位|欄位|輸入框}"},
	"text":     {"{field|input|box|text field|field}", "{欄位|輸入框|欄}"},
}

// fieldNode makes the node of field f with the given label.
func fieldNode(l *elemList, f fieldWord, label, ph string, required bool) *genui.Node {
	id := slug(f.label.en)
	for k := 2; l.used["#"+id]; k++ {
		id = fmt.Sprintf("%s_%d", slug(f.label.en), k)
	}
	l.used["#"+id] = true
	if f.kind == "area" {
		return textarea(id, label, ph)
	}
	return input(id, genui.InputType(f.kind), label, ph, required)
}

// fieldWords returns fields to draw from: a topic's, or those any screen
// may have.
func (g *gen) fieldWords(l *elemList) []fieldWord {
	if g.chance(0.25) {
		return commonFields
	}
	return g.topicFor(l).fields
}

func fieldPart(g *gen, l *elemList) (elem, bool) {
	f := pickOf(g, g.fieldWords(l))
	if !l.fresh(f.label.en) {
		return elem{}, false
	}
	say, label := g.named(g.s(f.label))
	w, ok := inputWords[f.kind]
	if !ok {
		w = inputWords["text"]
	}
	noun := g.expand(g.s(w))
	required := false
	var out string
	switch {
	case f.kind != "area" && g.chance(0.1):
		required = true
		out = g.l("{a required %[1]s %[2]s|a %[1]s %[2]s (required)|a mandatory %[1]s %[2]s}", "{必填的%[1]s%[2]s|%[1]s%[2]s（必填）}", say, noun)
	case f.kind != "area" && strings.HasPrefix(say, valOpen) && g.chance(0.3):
		out = say
	case strings.HasPrefix(say, openMark):
		out = g.l("{a %[2]s labeled %[1]s|a %[1]s %[2]s|a %[2]s called %[1]s}", "{%[1]s%[2]s|標籤寫%[1]s的%[2]s}", say, noun)
	default:
		out = g.l("{a %[1]s %[2]s|a %[1]s %[2]s|a %[2]s for %[1]s|a %[2]s for the %[1]s}", "{%[1]s%[2]s|%[1]s%[2]s|填寫%[1]s的%[2]s}", say, noun)
	}
	ph := ""
	if (f.kind == "text" || f.kind == "number" || f.kind == "email") && g.chance(0.07) {
		ph = g.example(f.kind)
		out += g.l("{ with placeholder %[1]s| (placeholder %[1]s)|, hint text %[1]s}", "{，提示文字%[1]s|，placeholder 寫%[1]s}", g.q(ph))
	}
	return elem{group: "control", nodes: []*genui.Node{fieldNode(l, f, label, ph, required)}, say: out}, true
}

// example returns a placeholder a person might ask for.
func (g *gen) example(kind string) string {
	switch kind {
	case "email":
		return g.email(g.person())
	case "number":
		return g.l("e.g. %s", "例如 %s", fmt.Sprint(g.between(1, 500)))
	}
	return g.l("{e.g. %[1]s|Type here…|Enter a value}", "{例如：%[1]s|請在此輸入}", g.pick(g.person(), g.code(""), g.s(pickOf(g, cities))))
}

func fieldsPart(g *gen, l *elemList) (elem, bool) {
	pool := sample(g, g.fieldWords(l), g.between(2, 4))
	if g.chance(0.3) {
		pool = pickOf(g, fieldGroups)
	}
	var fs []fieldWord
	for _, f := range pool {
		if f.kind != "area" && l.fresh(f.label.en) {
			fs = append(fs, f)
		}
	}
	if len(fs) < 2 {
		return elem{}, false
	}
	quoted := g.chance(0.15)
	var says []string
	var nodes []*genui.Node
	for _, f := range fs {
		label := g.s(f.label)
		if quoted {
			says = append(says, g.q(label))
		} else {
			says = append(says, g.loose(label))
		}
		nodes = append(nodes, fieldNode(l, f, label, "", false))
	}
	list := g.joinList(says)
	out := g.l("{%[1]s|fields for %[1]s|inputs for %[1]s|%[1]s fields|%[1]s inputs}", "{%[1]s欄位|%[1]s等欄位|%[1]s}", list)
	if len(nodes) == 2 && g.chance(0.25) {
		out += g.l("{ side by side| next to each other| in one row}", "{並排|放在同一列}")
		nodes = []*genui.Node{gapped(grid(2, nodes...), genui.GapMD)}
	}
	return elem{group: "control", nodes: nodes, say: out}, true
}

// optionList returns the label and options of a select or radio group,
// how people name the set ("shelves"), and whether the person must name
// the options (figures no vocabulary holds) or may leave them out.
func (g *gen) optionList(l *elemList) (label bi, plural string, opts []string, must bool) {
	if g.chance(0.2) {
		m := pickOf(g, optionMakers)
		label = pickOf(g, m.labels)
		seen := map[string]bool{}
		for len(opts) < g.between(2, 5) {
			o := m.make(g)
			if !seen[o] {
				seen[o] = true
				opts = append(opts, o)
			}
		}
		return label, "", opts, true
	}
	c := pickOf(g, g.topicFor(l).choices)
	opts = g.ss(c.opts)
	if len(opts) > 3 && g.chance(0.3) {
		k := g.r.IntN(len(opts))
		opts = append(opts[:k:k], opts[k+1:]...)
	}
	return c.label, g.s(c.plural), opts, false
}

func choicePart(g *gen, l *elemList, radioGroup bool) (elem, bool) {
	label, plural, opts, must := g.optionList(l)
	if !l.fresh(label.en) {
		return elem{}, false
	}
	say, text := g.named(g.s(label))
	given := must || g.chance(0.8)
	var optSays []string
	quoted := g.chance(0.15)
	low := !g.zh && g.chance(0.4)
	for _, o := range opts {
		switch {
		case quoted:
			optSays = append(optSays, g.q(o))
		case low:
			optSays = append(optSays, g.v(lower(o)))
		default:
			optSays = append(optSays, g.v(o))
		}
	}
	var list string
	if g.zh {
		list = strings.Join(optSays, g.pick("／", "/", "、", " / "))
	} else {
		sep := g.pick(" / ", "/", ", ", " | ", " or ")
		list = strings.Join(optSays, sep)
		if sep == ", " && g.chance(0.5) {
			list = g.joinEn(optSays)
		}
	}
	var out string
	switch {
	case radioGroup && given:
		out = g.l("{radio buttons for %[1]s: %[2]s|a %[1]s radio group (%[2]s)|%[1]s as radio buttons (%[2]s)|a radio group for %[1]s with %[2]s|%[1]s radios: %[2]s}",
			"{%[1]s單選（%[2]s）|%[1]s的單選按鈕：%[2]s|單選的%[1]s：%[2]s}", say, list)
	case radioGroup:
		out = g.l("{%[1]s radio buttons|a radio group for %[1]s}", "{%[1]s單選按鈕|%[1]s的單選選項}", say)
	case given && plural != "" && !g.zh && g.chance(0.25):
		out = fmt.Sprintf("a %s of %s (%s)", g.pick("dropdown", "select", "drop-down"), plural, list)
	case given:
		out = g.l("{a %[1]s dropdown (%[2]s)|a %[1]s dropdown: %[2]s|a %[1]s select with %[2]s|a dropdown for %[1]s with options %[2]s|%[1]s: %[2]s (dropdown)|a %[1]s picker (%[2]s)}",
			"{%[1]s下拉選單（%[2]s）|%[1]s選單：%[2]s|%[1]s下拉選單，選項有%[2]s}", say, list)
	default:
		out = g.l("{a %[1]s dropdown|a dropdown for %[1]s|a %[1]s select}", "{%[1]s下拉選單|%[1]s選單}", say)
	}
	value := ""
	if given && g.chance(0.2) {
		k := g.r.IntN(len(opts))
		value = opts[k]
		out += g.l("{, %[1]s selected by default|, default %[1]s|, preselect %[1]s}", "{，預設%[1]s|，預選%[1]s}", optSays[k])
	}
	id := slug(label.en)
	var n *genui.Node
	if radioGroup {
		n = radio(id, text, opts, value)
	} else {
		n = selectBox(id, text, opts, value)
	}
	return elem{group: "control", nodes: []*genui.Node{n}, say: out}, true
}

// stateSay says whether a checkbox or switch starts on.
func (g *gen) stateSay(on, sw bool) string {
	switch {
	case !on:
		return ""
	case sw:
		return g.l("{, on by default| (on)| turned on}", "{，預設開啟|（開）}")
	}
	return g.l("{, checked by default| (checked)| ticked by default}", "{，預設勾選|（已勾選）}")
}

func flagPart(g *gen, l *elemList, sw bool) (elem, bool) {
	f := pickOf(g, g.topicFor(l).flags)
	if !l.fresh(f.en) {
		return elem{}, false
	}
	say, label := g.named(g.s(f))
	on := g.chance(0.25)
	var out string
	if sw {
		out = g.l("{a toggle for %[1]s|a %[1]s toggle|a %[1]s switch|an on/off switch for %[1]s}", "{%[1]s開關|%[1]s的切換開關}", say)
	} else {
		out = g.l("{a %[1]s checkbox|a checkbox for %[1]s|a checkbox labeled %[1]s|a tick box: %[1]s}", "{%[1]s勾選框|%[1]s的核取方塊}", say)
	}
	out += g.stateSay(on, sw)
	var n *genui.Node
	if sw {
		n = toggle(slug(f.en), label, on)
	} else {
		n = checkbox(slug(f.en), label, on)
	}
	return elem{group: "control", nodes: []*genui.Node{n}, say: out}, true
}

func flagsPart(g *gen, l *elemList) (elem, bool) {
	var says []string
	var nodes []*genui.Node
	for _, f := range sample(g, g.topicFor(l).flags, g.between(2, 4)) {
		if !l.fresh(f.en) {
			continue
		}
		says = append(says, g.loose(g.s(f)))
		nodes = append(nodes, checkbox(slug(f.en), g.s(f), false))
	}
	if len(nodes) < 2 {
		return elem{}, false
	}
	out := g.l("{checkboxes for %[1]s|%[1]s checkboxes|checkboxes: %[1]s}", "{%[1]s的勾選框|勾選框：%[1]s}", g.joinList(says))
	return elem{group: "control", nodes: nodes, say: out}, true
}

func sliderPart(g *gen, l *elemList) (elem, bool) {
	sl := pickOf(g, sliders)
	r := pickOf(g, sl.ranges)
	lo, hi, step := r[0], r[1], r[2]
	label := sl.label
	if !l.fresh(label.en) {
		return elem{}, false
	}
	los, his := g.v(fmt.Sprint(lo)), g.v(fmt.Sprint(hi))
	var out, text string
	if g.chance(0.75) {
		var say string
		say, text = g.named(g.s(label))
		out = g.l("{a %[1]s slider (%[2]s–%[3]s)|a %[2]s-%[3]s slider for %[1]s|a slider for %[1]s from %[2]s to %[3]s|a %[1]s slider from %[2]s to %[3]s}",
			"{%[1]s滑桿（%[2]s–%[3]s）|%[2]s 到 %[3]s 的%[1]s滑桿|%[1]s拉桿，從 %[2]s 到 %[3]s}", say, los, his)
	} else {
		out = g.l("{a slider from %[1]s to %[2]s|a %[1]s-%[2]s slider|a %[1]s to %[2]s slider}", "{從 %[1]s 到 %[2]s 的滑桿|%[1]s–%[2]s 的滑桿}", los, his)
	}
	if step != 1 && g.chance(0.4) {
		out += g.l(", step %s", "，間隔 %s", g.v(fmt.Sprint(step)))
	} else {
		step = 0
	}
	value := 0.0
	if g.chance(0.35) {
		value = lo + float64(g.between(0, int((hi-lo)/r[2])))*r[2]
		out += g.l("{, set to %[1]s|, starting at %[1]s|, default %[1]s}", "{，預設 %[1]s|，目前 %[1]s}", g.v(fmt.Sprint(value)))
	}
	return elem{group: "control", nodes: []*genui.Node{slider(slug(label.en), text, lo, hi, step, value)}, say: out}, true
}

// buttonText returns the text of a button a list ends with: an action of
// the topic, or one any screen has.
func (g *gen) buttonText(l *elemList, lead bool) bi {
	if lead {
		return pickOf(g, leadActions)
	}
	if g.chance(0.6) {
		return pickOf(g, g.topicFor(l).actions)
	}
	return pickOf(g, commonActions)
}

func buttonsPart(g *gen, l *elemList) (elem, bool) {
	n := pickOf(g, []int{1, 1, 1, 1, 2, 2, 2, 3})
	var texts []bi
	for i := 0; i < n*3 && len(texts) < n; i++ {
		b := g.buttonText(l, n > 1 && len(texts) == 0 && g.chance(0.6))
		if l.fresh("button " + b.en) {
			texts = append(texts, b)
		}
	}
	if len(texts) == 0 {
		return elem{}, false
	}
	var says []string
	var nodes []*genui.Node
	for _, b := range texts {
		say, text := g.named(g.s(b))
		says = append(says, say)
		nodes = append(nodes, button(text, slug(b.en), ""))
	}
	if len(nodes) > 1 {
		list := g.joinList(says)
		if !g.zh && g.chance(0.2) {
			list = strings.Join(says, " / ")
		}
		out := g.l("{%[1]s buttons|buttons: %[1]s|%[1]s buttons side by side|buttons for %[1]s}", "{%[1]s按鈕|%[1]s兩個按鈕|按鈕：%[1]s}", list)
		if len(nodes) == 2 && g.chance(0.3) {
			out = g.l("{a %[1]s button and a %[2]s button|two buttons, %[1]s and %[2]s}", "{%[1]s按鈕和%[2]s按鈕|兩個按鈕：%[1]s、%[2]s}", says[0], says[1])
			if g.zh && strings.HasPrefix(out, "兩") {
				out = strings.Replace(out, "兩個", "", 1)
			}
		}
		return elem{group: "button", nodes: nodes, say: out}, true
	}
	say, n0 := says[0], nodes[0]
	adj, zhAdj := "", ""
	switch {
	case g.chance(0.12):
		c := pickOf(g, colours)
		adj, zhAdj = pickOf(g, c.en)+" ", pickOf(g, c.zh)
		if c.variant != "" {
			n0.Variant = genui.Variant(c.variant)
		} else {
			n0.Variant, n0.Tone = genui.Primary, genui.Tone(c.tone)
		}
	case g.chance(0.05):
		adj, zhAdj = g.pick("big ", "large "), "大"
		n0.Size = genui.Large
	}
	out := g.l("{a %[2]s%[1]s button|a %[2]sbutton saying %[1]s|a %[2]s%[1]s button|%[1]s button}", "{%[3]s%[1]s按鈕|寫著%[1]s的%[3]s按鈕}", say, adj, zhAdj)
	return elem{group: "button", nodes: nodes, say: out}, true
}

func linkPart(g *gen, l *elemList) (elem, bool) {
	b := pickOf(g, commonLinks)
	if !l.fresh("link " + b.en) {
		return elem{}, false
	}
	say, text := g.named(g.s(b))
	href := "/" + strings.ReplaceAll(slug(b.en), "_", "-")
	out := g.l("{a link to %[1]s|a %[1]s link|a link saying %[1]s}", "{%[1]s連結|連到%[1]s的連結}", say)
	if g.chance(0.2) {
		href = "https://" + strings.ToLower(pickOf(g, brands)) + g.pick(".com", ".io", ".org", ".tw") + href
		out += g.l("{ to %[1]s| pointing at %[1]s| (%[1]s)}", "{，網址 %[1]s|（%[1]s）}", g.v(href))
	}
	return elem{nodes: []*genui.Node{link(text, href)}, say: out}, true
}
