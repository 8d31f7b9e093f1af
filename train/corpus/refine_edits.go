package corpus

import (
	"fmt"
	"strconv"

	"github.com/genui/genui/genui"
)

// Edits of buttons, headings, fields and other single components.

// kindNames says how people name each type of component.
var kindNames = map[string]bi{
	"button": {"button", "按鈕"}, "heading": {"heading", "標題"}, "link": {"link", "連結"}, "badge": {"badge", "標籤"},
	"input": {"field", "欄位"}, "textarea": {"text box", "文字框"}, "select": {"dropdown", "下拉選單"}, "radio": {"options", "選項"},
	"checkbox": {"checkbox", "勾選框"}, "switch": {"toggle", "開關"}, "slider": {"slider", "滑桿"}, "card": {"card", "卡片"},
	"stat": {"stat", "數據"}, "alert": {"alert", "提示"}, "chart": {"chart", "圖表"}, "progress": {"progress bar", "進度條"},
	"table": {"table", "表格"}, "image": {"image", "圖片"}, "list": {"list", "清單"}, "divider": {"divider", "分隔線"},
	"avatar": {"avatar", "頭像"}, "icon": {"icon", "圖示"}, "tabs": {"tabs", "分頁"},
}

// named names an item by its type's word.
func (r *refiner) named(it *item) string {
	k := kindNames[it.n.Type]
	return r.name(it, k.en, k.zh)
}

// pickUnique returns an item of one of the types whose text is unique.
func (r *refiner) pickUnique(types ...string) (*item, bool) {
	var all []*item
	for _, t := range types {
		all = append(all, r.unique(t)...)
	}
	if len(all) == 0 {
		return nil, false
	}
	return pickOf(r.g, all), true
}

func (r *refiner) recolor() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("button", "badge")
	if !ok {
		return edit{}, false
	}
	c := pickOf(g, colours)
	n := it.n
	var ops []genui.PatchOp
	if it.n.Type == "button" && c.variant != "" {
		if string(n.Variant) != c.variant {
			ops = append(ops, set(it, "variant", n.Variant != "", c.variant))
		}
		if n.Tone != "" {
			ops = append(ops, opRemove(it.path+"/tone"))
		}
	} else if string(n.Tone) != c.tone {
		ops = append(ops, set(it, "tone", n.Tone != "", c.tone))
	}
	if len(ops) == 0 {
		return edit{}, false
	}
	col := g.colourWord(c)
	ref := r.named(it)
	return edit{instruction: g.l("{make %[1]s %[2]s|%[1]s should be %[2]s|{=change} %[1]s to %[2]s|can %[1]s be %[2]s?|turn %[1]s %[2]s}", "{把%[1]s改成%[2]s|%[1]s換成%[2]s|%[1]s要%[2]s}", ref, col), ops: ops}, true
}

// buttonTexts are the texts a person may give a button.
func (r *refiner) newText(old string, pool []bi) string {
	for range 8 {
		if t := r.g.s(pickOf(r.g, pool)); t != old {
			return t
		}
	}
	return ""
}

func (r *refiner) renameButton() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("button", "link")
	if !ok {
		return edit{}, false
	}
	pool := buttonTexts
	if it.n.Type == "link" {
		pool = []bi{{"Learn more", "了解更多"}, {"Read more", "閱讀更多"}, {"View details", "查看詳情"}, {"See all", "查看全部"}, {"Help", "說明"}}
	}
	t := r.newText(text(it.n), pool)
	if it.n.Type == "button" && g.chance(0.5) {
		t = g.actionText()
	}
	if t == "" || t == text(it.n) {
		return edit{}, false
	}
	return edit{
		instruction: g.l("{change %[1]s to say %[2]s|rename %[1]s to %[2]s|%[1]s should say %[2]s|the text of %[1]s: %[2]s}", "{把%[1]s改成%[2]s|%[1]s的文字改為%[2]s|%[1]s改寫%[2]s}", r.named(it), g.q(t)),
		ops:         []genui.PatchOp{opReplace(it.path+"/text", t)},
	}, true
}

var headingTexts = []bi{
	{"Welcome!", "歡迎！"}, {"Hello there", "你好"}, {"Get started", "開始吧"}, {"Your account", "你的帳號"}, {"Overview", "總覽"},
	{"Let's go", "出發吧"}, {"Almost done", "快完成了"}, {"Contact sales", "聯絡業務"}, {"Join us today", "今天就加入"},
	{"Thanks for visiting", "感謝你的造訪"}, {"Summer Sale", "夏季特賣"}, {"Monthly report", "月報"}, {"Team space", "團隊空間"},
}

func (r *refiner) renameHeading() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("heading", "card")
	if !ok || it.n.Type == "heading" && it.n.Props.(*genui.Heading).Level > 2 {
		return edit{}, false
	}
	t := r.newText(text(it.n), headingTexts)
	if g.chance(0.6) {
		t = g.headline()
	}
	if t == "" || t == text(it.n) {
		return edit{}, false
	}
	ref := r.named(it)
	if it.n.Type == "heading" && len(r.byTyp["heading"]) <= 2 && g.chance(0.4) {
		ref = g.l("{the title|the heading|the header}", "{標題|大標題}")
	}
	field := "/text"
	if it.n.Type == "card" {
		field = "/title"
	}
	return edit{
		instruction: g.l("{rename %[1]s to %[2]s|{=change} %[1]s to %[2]s|%[1]s should say %[2]s|make %[1]s say %[2]s}", "{把%[1]s改成%[2]s|%[1]s改為%[2]s|%[1]s換成%[2]s}", ref, g.q(t)),
		ops:         []genui.PatchOp{opReplace(it.path+field, t)},
	}, true
}

// fieldAnchor returns a form field whose label is unique, to put a new
// field next to.
func (r *refiner) fieldAnchor() (*item, bool) {
	return r.pickUnique("input", "textarea", "select")
}

func (r *refiner) addField() (edit, bool) {
	g := r.g
	anchor, ok := r.fieldAnchor()
	if !ok || anchor.parent == nil {
		return edit{}, false
	}
	have := map[string]bool{}
	for _, it := range r.items {
		have[it.n.ID] = true
	}
	var keys []string
	for _, k := range []string{"phone", "company", "website", "birthday", "notes", "username", "jobtitle", "zip", "city", "subject", "coupon", "age", "country", "language", "gender", "start"} {
		if !have[fields[k].id] {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return edit{}, false
	}
	tmp := &screen{}
	n := g.field(tmp, pickOf(g, keys), fieldOpt{})
	np := tmp.details[0].text
	at := anchor.index + 1
	where := g.l("{after|below|under} %s", "{在%s後面|放在%s下面}", r.named(anchor))
	if g.chance(0.3) {
		at = anchor.index
		where = g.l("{before|above} %s", "{在%s前面|放在%s上面}", r.named(anchor))
	}
	return edit{
		instruction: g.l("{{=add} %[1]s %[2]s|%[2]s, add %[1]s|can you add %[1]s %[2]s|{=put} %[1]s %[2]s}", "{%[2]s加%[1]s|%[2]s新增%[1]s|加一個%[1]s，%[2]s}", np, where),
		ops:         []genui.PatchOp{opAdd(anchor.parent.path+"/children/"+strconv.Itoa(at), n)},
	}, true
}

func (r *refiner) remove() (edit, bool) {
	g := r.g
	var cand []*item
	for _, it := range r.items {
		if it.parent == nil || it.n.Type == "tab" {
			continue
		}
		if _, ok := kindNames[it.n.Type]; !ok {
			continue
		}
		if len(r.byTyp[it.n.Type]) == 1 || text(it.n) != "" && len(r.unique(it.n.Type)) > 0 && contains(r.unique(it.n.Type), it) {
			cand = append(cand, it)
		}
	}
	if len(cand) == 0 {
		return edit{}, false
	}
	it := pickOf(g, cand)
	ref := r.named(it)
	if len(r.byTyp[it.n.Type]) == 1 {
		k := kindNames[it.n.Type]
		ref = g.l("the %[1]s", "%[2]s", k.en, k.zh)
	}
	return edit{
		instruction: g.l("{{=remove} %[1]s|{=delete} %[1]s|drop %[1]s|I don't need %[1]s|lose %[1]s}", "{刪掉%[1]s|移除%[1]s|不要%[1]s|把%[1]s拿掉}", ref),
		ops:         []genui.PatchOp{opRemove(it.path)},
	}, true
}

func contains(s []*item, x *item) bool {
	for _, it := range s {
		if it == x {
			return true
		}
	}
	return false
}

func (r *refiner) chartType() (edit, bool) {
	g := r.g
	charts := r.byTyp["chart"]
	if len(charts) == 0 {
		return edit{}, false
	}
	it := pickOf(g, charts)
	p := it.n.Props.(*genui.Chart)
	var kinds []genui.ChartType
	for _, k := range []genui.ChartType{genui.ChartBar, genui.ChartLine, genui.ChartArea, genui.ChartPie, genui.ChartDonut} {
		if k != p.ChartType {
			kinds = append(kinds, k)
		}
	}
	k := pickOf(g, kinds)
	ref := g.l("the chart", "圖表")
	if len(charts) > 1 {
		if p.Title == "" {
			return edit{}, false
		}
		ref = g.l("the %s chart", "%s圖表", g.q(p.Title))
	}
	word := g.expand(g.s(chartKinds[k]))
	return edit{
		instruction: g.l("{change %[1]s to a %[2]s|make %[1]s a %[2]s|use a %[2]s for %[1]s|%[1]s as a %[2]s instead}", "{%[1]s改成%[2]s|把%[1]s換成%[2]s|%[1]s用%[2]s}", ref, word),
		ops:         []genui.PatchOp{set(it, "chartType", p.ChartType != "", string(k))},
	}, true
}

func (r *refiner) addLink() (edit, bool) {
	g := r.g
	for _, it := range r.byTyp["input"] {
		if it.n.Props.(*genui.Input).InputType != genui.InputPassword || it.parent == nil {
			continue
		}
		for _, l := range r.byTyp["link"] {
			if l.n.Props.(*genui.Link).Href == "/forgot-password" {
				return edit{}, false
			}
		}
		n := link(g.t("Forgot password?", "忘記密碼？"), "/forgot-password")
		return edit{
			instruction: g.l("{add a forgot password link|add a forgot password link under the password|I need a forgot password? link}", "{加上忘記密碼連結|密碼下面加忘記密碼的連結}"),
			ops:         []genui.PatchOp{opAdd(it.parent.path+"/children/"+strconv.Itoa(it.index+1), n)},
		}, true
	}
	root := r.items[0]
	if !isContainer(root.n) || root.n.Type == "tabs" {
		return edit{}, false
	}
	l := pickOf(g, []struct {
		t    bi
		href string
	}{{bi{"Terms of Service", "服務條款"}, "/terms"}, {bi{"Privacy policy", "隱私權政策"}, "/privacy"}, {bi{"Need help?", "需要協助？"}, "/help"}, {bi{"Back", "返回"}, "/"}})
	t := g.s(l.t)
	return edit{
		instruction: g.l("{add a %[1]s link at the bottom|put a link %[1]s at the end|add a link %[1]s to %[2]s at the bottom}", "{最下面加一個%[1]s連結|底部加上%[1]s的連結}", g.q(t), l.href),
		ops:         []genui.PatchOp{opAdd(root.path+"/children/-", link(t, l.href))},
	}, true
}

func (r *refiner) required() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("input")
	if !ok {
		return edit{}, false
	}
	if it.n.Props.(*genui.Input).Required {
		return edit{
			instruction: g.l("{make %[1]s optional|%[1]s shouldn't be required|%[1]s is optional}", "{%[1]s改成選填|%[1]s不用必填}", r.named(it)),
			ops:         []genui.PatchOp{opRemove(it.path + "/required")},
		}, true
	}
	return edit{
		instruction: g.l("{make %[1]s required|%[1]s should be required|%[1]s is mandatory}", "{%[1]s改成必填|%[1]s要必填}", r.named(it)),
		ops:         []genui.PatchOp{opAdd(it.path+"/required", true)},
	}, true
}

func (r *refiner) placeholder() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("input", "textarea")
	if !ok {
		return edit{}, false
	}
	var old string
	switch p := it.n.Props.(type) {
	case *genui.Input:
		old = p.Placeholder
	case *genui.Textarea:
		old = p.Placeholder
	}
	ph := g.s(pickOf(g, []bi{{"Type here…", "請在此輸入…"}, {"Required", "必填"}, {"e.g. Jane", "例如：小美"}, {"Optional", "選填"}, {"Start typing", "開始輸入"}}))
	if ph == old {
		return edit{}, false
	}
	return edit{
		instruction: g.l("{set the placeholder of %[1]s to %[2]s|give %[1]s the placeholder %[2]s|%[1]s placeholder: %[2]s}", "{%[1]s的提示文字改成%[2]s|%[1]s加上提示文字%[2]s}", r.named(it), g.q(ph)),
		ops:         []genui.PatchOp{set(it, "placeholder", old != "", ph)},
	}, true
}

// fieldByID finds the field a node was made from by its id.
var fieldByID = func() map[string]field {
	m := map[string]field{}
	for _, f := range fields {
		m[f.id] = f
	}
	return m
}()

func (r *refiner) relabel() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("input", "textarea", "select")
	if !ok {
		return edit{}, false
	}
	f, known := fieldByID[it.n.ID]
	if !known {
		return edit{}, false
	}
	t := g.customLabel(f)
	if t == "" || t == text(it.n) {
		return edit{}, false
	}
	return edit{
		instruction: g.l("{rename %[1]s to %[2]s|change the label of %[1]s to %[2]s|label %[1]s %[2]s instead}", "{%[1]s的標籤改成%[2]s|把%[1]s改名為%[2]s}", r.named(it), g.q(t)),
		ops:         []genui.PatchOp{opReplace(it.path+"/label", t)},
	}, true
}

func (r *refiner) toggleDefault() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("switch", "checkbox")
	if !ok {
		return edit{}, false
	}
	var on bool
	switch p := it.n.Props.(type) {
	case *genui.Switch:
		on = p.Checked
	case *genui.Checkbox:
		on = p.Checked
	}
	if on {
		return edit{
			instruction: g.l("{%[1]s should be off by default|uncheck %[1]s|turn %[1]s off by default}", "{%[1]s預設關閉|%[1]s預設不要勾}", r.named(it)),
			ops:         []genui.PatchOp{opRemove(it.path + "/checked")},
		}, true
	}
	return edit{
		instruction: g.l("{%[1]s should be on by default|check %[1]s by default|turn %[1]s on by default|have %[1]s ticked}", "{%[1]s預設開啟|%[1]s預設勾選}", r.named(it)),
		ops:         []genui.PatchOp{opAdd(it.path+"/checked", true)},
	}, true
}

func (r *refiner) progressValue() (edit, bool) {
	g := r.g
	ps := r.byTyp["progress"]
	if len(ps) == 0 {
		return edit{}, false
	}
	it := pickOf(g, ps)
	p := it.n.Props.(*genui.Progress)
	v := float64(g.between(1, 19) * 5)
	if v == p.Value {
		return edit{}, false
	}
	ref := g.l("the progress bar", "進度條")
	if len(ps) > 1 {
		if p.Label == "" || len(r.unique("progress")) != len(ps) {
			return edit{}, false
		}
		ref = g.l("the %s progress bar", "%s進度條", g.q(p.Label))
	}
	return edit{
		instruction: g.l("{set %[1]s to %[2]s%%|%[1]s should be at %[2]s%%|change %[1]s to %[2]s%%}", "{%[1]s改成 %[2]s%%|%[1]s設為 %[2]s%%}", ref, fmt.Sprint(v)),
		ops:         []genui.PatchOp{set(it, "value", p.Value != 0, v)},
	}, true
}

func (r *refiner) statValue() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("stat")
	if !ok {
		return edit{}, false
	}
	p := it.n.Props.(*genui.Stat)
	v := g.perturb(p.Text)
	if v == p.Text {
		return edit{}, false
	}
	if g.chance(0.4) {
		d := g.delta()
		return edit{
			instruction: g.l("{set %[1]s to %[2]s with a change of %[3]s|%[1]s: %[2]s (%[3]s)|update %[1]s to %[2]s, %[3]s}", "{%[1]s改成 %[2]s，變化 %[3]s|%[1]s更新為 %[2]s（%[3]s）}", r.named(it), v, d),
			ops:         []genui.PatchOp{opReplace(it.path+"/text", v), set(it, "delta", p.Delta != "", d)},
		}, true
	}
	return edit{
		instruction: g.l("{set %[1]s to %[2]s|%[1]s should show %[2]s|change %[1]s to %[2]s}", "{%[1]s改成 %[2]s|%[1]s顯示 %[2]s}", r.named(it), v),
		ops:         []genui.PatchOp{opReplace(it.path+"/text", v)},
	}, true
}

// perturb returns a figure shaped like v with other digits: "$118,265" →
// "$97,430", "4.2%" → "6.8%".
func (g *gen) perturb(v string) string {
	b := []byte(v)
	first := true
	for i, c := range b {
		if c < '0' || c > '9' {
			continue
		}
		if first {
			b[i] = byte('1' + g.r.IntN(9))
			first = false
		} else {
			b[i] = byte('0' + g.r.IntN(10))
		}
	}
	return string(b)
}

func (r *refiner) alertTone() (edit, bool) {
	g := r.g
	as := r.byTyp["alert"]
	if len(as) != 1 {
		return edit{}, false
	}
	it := as[0]
	kinds := []struct {
		tone genui.Tone
		say  bi
	}{
		{genui.DangerTone, bi{"{an error|red}", "{錯誤提示|紅色}"}}, {genui.Warning, bi{"{a warning|yellow}", "{警告|黃色}"}},
		{genui.Success, bi{"{a success message|green}", "{成功訊息|綠色}"}}, {genui.Info, bi{"{an info message|blue}", "{資訊提示|藍色}"}},
	}
	k := pickOf(g, kinds)
	if k.tone == it.n.Tone {
		return edit{}, false
	}
	return edit{
		instruction: g.l("{make the alert %[1]s|the alert should be %[1]s|turn the alert into %[1]s}", "{把提示改成%[1]s|提示框要%[1]s}", g.expand(g.s(k.say))),
		ops:         []genui.PatchOp{set(it, "tone", it.n.Tone != "", string(k.tone))},
	}, true
}

func (r *refiner) headingSize() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("heading")
	if !ok {
		return edit{}, false
	}
	p := it.n.Props.(*genui.Heading)
	level := p.Level
	if level == 0 {
		level = 2
	}
	to, say := level-1, g.l("{bigger|larger|more prominent}", "{大一點|放大}")
	if level == 1 || level < 4 && g.chance(0.4) {
		to, say = level+1, g.l("{smaller|a bit smaller|less loud}", "{小一點|縮小}")
	}
	instr := g.l("{make %[1]s %[2]s|%[1]s should be %[2]s}", "{%[1]s%[2]s|把%[1]s%[2]s}", r.named(it), say)
	if g.chance(0.3) {
		instr = g.l("{make %[1]s an h%[2]s|%[1]s should be an h%[2]s}", "{%[1]s改成 H%[2]s|把%[1]s改成 H%[2]s}", r.named(it), fmt.Sprint(to))
	}
	return edit{
		instruction: instr,
		ops:         []genui.PatchOp{set(it, "level", p.Level != 0, to)},
	}, true
}

func (r *refiner) align() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("heading", "button")
	if !ok || it.n.Align == genui.AlignCenter {
		return edit{}, false
	}
	return edit{
		instruction: g.l("{center %[1]s|%[1]s should be centered|align %[1]s to the center}", "{%[1]s置中|把%[1]s置中}", r.named(it)),
		ops:         []genui.PatchOp{set(it, "align", it.n.Align != "", "center")},
	}, true
}

func (r *refiner) badgeText() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("badge")
	if !ok {
		return edit{}, false
	}
	pool := []bi{{"New", "新"}, {"Sold out", "售完"}, {"Beta", "測試版"}, {"Hot", "熱門"}, {"Limited", "限量"}, {"Sale", "特價"}, {"Bestseller", "熱銷"}, {"Most popular", "最受歡迎"}, {"Active", "使用中"}, {"Paid", "已付款"}}
	status := false
	for _, b := range pool {
		status = status || g.s(b) == text(it.n)
	}
	t := r.newText(text(it.n), pool)
	if !status || t == "" {
		return edit{}, false
	}
	return edit{
		instruction: g.l("{change %[1]s to %[2]s|%[1]s should say %[2]s}", "{%[1]s改成%[2]s|%[1]s寫%[2]s}", r.named(it), g.q(t)),
		ops:         []genui.PatchOp{opReplace(it.path+"/text", t)},
	}, true
}

func (r *refiner) sliderRange() (edit, bool) {
	g := r.g
	ss := r.byTyp["slider"]
	if len(ss) != 1 {
		return edit{}, false
	}
	it := ss[0]
	p := it.n.Props.(*genui.Slider)
	hi := float64(g.between(2, 20) * 50)
	if hi == p.Max || hi <= p.Min || p.Value > hi {
		return edit{}, false
	}
	return edit{
		instruction: g.l("{make the slider go up to %[1]s|the slider max should be %[1]s|set the slider's maximum to %[1]s}", "{滑桿最大值改成 %[1]s|滑桿上限設為 %[1]s}", fmt.Sprint(hi)),
		ops:         []genui.PatchOp{set(it, "max", p.Max != 0, hi)},
	}, true
}

func (r *refiner) linkHref() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("link")
	if !ok {
		return edit{}, false
	}
	p := it.n.Props.(*genui.Link)
	href := g.pick("/help", "/support", "https://example.com/docs", "/account", "/contact", "https://status.example.com")
	if href == p.Href {
		return edit{}, false
	}
	return edit{
		instruction: g.l("{make %[1]s go to %[2]s|point %[1]s at %[2]s|%[1]s should open %[2]s}", "{%[1]s改連到 %[2]s|%[1]s的網址改成 %[2]s}", r.named(it), href),
		ops:         []genui.PatchOp{set(it, "href", p.Href != "", href)},
	}, true
}

func (r *refiner) buttonSize() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("button")
	if !ok {
		return edit{}, false
	}
	if g.chance(0.5) {
		if it.n.Align == genui.AlignStretch {
			return edit{}, false
		}
		return edit{
			instruction: g.l("{make %[1]s full width|%[1]s should span the full width|stretch %[1]s across}", "{%[1]s改成滿版|%[1]s要跟寬度一樣寬}", r.named(it)),
			ops:         []genui.PatchOp{set(it, "align", it.n.Align != "", "stretch")},
		}, true
	}
	to, say := genui.Large, g.l("{bigger|larger}", "{大一點|變大}")
	if it.n.Size == genui.Large || g.chance(0.3) {
		to, say = genui.Small, g.l("smaller", "小一點")
	}
	if it.n.Size == to {
		return edit{}, false
	}
	return edit{
		instruction: g.l("{make %[1]s %[2]s|%[1]s should be %[2]s}", "{%[1]s%[2]s|把%[1]s%[2]s}", r.named(it), say),
		ops:         []genui.PatchOp{set(it, "size", it.n.Size != "", string(to))},
	}, true
}
