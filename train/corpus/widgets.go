package corpus

import (
	"fmt"
	"strings"

	"github.com/genui/genui/genui"
)

// Single components, asked for on their own: "a blue button that says Go",
// "a progress bar at 40%". Whatever the request names (text, colour,
// numbers, options) is copied into the component.

// colourWord returns a way to say colour c in the sample's language.
func (g *gen) colourWord(c colour) string {
	if g.zh {
		return pickOf(g, c.zh)
	}
	return pickOf(g, c.en)
}

// labelSay names a short text for the description: quoted, or for a word
// or two sometimes plain ("a button that says Go").
func (g *gen) labelSay(text string) string {
	if len(strings.Fields(text)) <= 2 && !g.zh && g.chance(0.3) {
		return g.v(text)
	}
	return g.q(text)
}

var buttonTexts = []bi{
	{"Go", "開始"}, {"Submit", "送出"}, {"Save", "儲存"}, {"Delete", "刪除"}, {"Cancel", "取消"}, {"Continue", "繼續"},
	{"Buy now", "立即購買"}, {"Sign up", "註冊"}, {"Download", "下載"}, {"Learn more", "了解更多"}, {"Get started", "開始使用"},
	{"Add to cart", "加入購物車"}, {"Try again", "再試一次"}, {"Upgrade", "升級"}, {"Book now", "立即預約"}, {"Send", "送出"},
	{"Next", "下一步"}, {"Confirm", "確認"}, {"Share", "分享"}, {"Follow", "追蹤"}, {"Retry", "重試"}, {"Archive", "封存"},
}

func wButton(g *gen) *screen {
	s := &screen{kind: "button", title: g.t("Button", "按鈕")}
	t := pickOf(g, buttonTexts)
	text := g.s(t)
	n := button(text, slug(t.en), genui.Primary)
	if g.chance(0.4) {
		text = g.actionText()
		n.Props.(*genui.Button).Text = text
		n.Props.(*genui.Button).Action = "click"
	}
	var adjs []string
	if g.chance(0.6) {
		c := pickOf(g, colours)
		adjs = append(adjs, g.colourWord(c))
		if c.variant != "" {
			n.Variant = genui.Variant(c.variant)
		} else {
			n.Tone = genui.Tone(c.tone)
		}
	} else if g.chance(0.3) {
		v := pickOf(g, []struct {
			en, zh string
			v      genui.Variant
		}{{"secondary", "次要", genui.Secondary}, {"outline", "外框", genui.Secondary}, {"ghost", "透明", genui.Ghost}, {"text-only", "純文字", genui.Ghost}, {"primary", "主要", genui.Primary}})
		adjs = append(adjs, g.t(v.en, v.zh))
		n.Variant = v.v
	}
	if g.chance(0.3) {
		sz := pickOf(g, []struct {
			en, zh string
			s      genui.Size
		}{{"big", "大", genui.Large}, {"large", "大", genui.Large}, {"small", "小", genui.Small}, {"tiny", "小", genui.Small}, {"huge", "超大", genui.XLarge}})
		adjs = append([]string{g.t(sz.en, sz.zh)}, adjs...)
		n.Size = sz.s
	}
	if g.zh {
		s.noun = g.l("%s按鈕，{上面寫|文字是|寫著}%s", "%s按鈕，{上面寫|文字是|寫著}%s", strings.Join(adjs, "的"), g.q(text))
		if len(adjs) > 0 && g.chance(0.5) {
			s.noun = g.l("%s按鈕寫%s", "%s按鈕寫%s", strings.Join(adjs, ""), g.q(text))
		}
	} else {
		s.noun = g.l("{%[1]s button that says %[2]s|%[1]s button labeled %[2]s|%[1]s %[2]s button|%[1]s button with the text %[2]s}", "", strings.Join(adjs, " "), g.labelSay(text))
	}
	s.root = n
	return s
}

func wProgress(g *gen) *screen {
	s := &screen{kind: "progress", title: g.t("Progress", "進度")}
	v := float64(g.between(0, 20) * 5)
	if g.chance(0.3) {
		v = float64(g.between(1, 99))
	}
	label := ""
	if g.chance(0.5) {
		label = g.s(pickOf(g, []bi{{"Uploading", "上傳中"}, {"Profile complete", "個人資料完成度"}, {"Storage used", "已用空間"}, {"Course progress", "課程進度"}, {"Goal", "目標"}}))
	}
	pct := fmt.Sprintf("%g%%", v)
	if label == "" {
		s.noun = g.l("{progress bar at %[1]s|progress bar showing %[1]s|%[1]s progress bar|progress indicator, %[1]s done}", "{進度條 %[1]s|顯示 %[1]s 的進度條|完成 %[1]s 的進度條}", g.v(pct))
	} else {
		s.noun = g.l("{progress bar labeled %[2]s at %[1]s|%[2]s progress bar, %[1]s|progress bar for %[2]s showing %[1]s}", "{標示%[2]s的進度條，%[1]s|%[2]s進度條 %[1]s}", pct, g.q(label))
	}
	s.root = progress(v, label)
	return s
}

func wSwitch(g *gen) *screen {
	s := &screen{kind: "switch", title: g.t("Setting", "設定")}
	t := pickOf(g, settingToggles)
	on := g.chance(0.5)
	state := ""
	if on {
		state = g.l("{ (on)| turned on| that's on by default| enabled}", "{，預設開啟|（開）}")
	} else if g.chance(0.4) {
		state = g.l("{ (off)| turned off| off by default}", "{，預設關閉|（關）}")
	}
	s.noun = g.l("{toggle|switch|on/off switch} for %[1]s%[2]s", "%[1]s的{開關|切換開關}%[2]s", g.labelSay(g.s(t)), state)
	s.root = toggle(slug(t.en), g.s(t), on)
	return s
}

func wCheckbox(g *gen) *screen {
	s := &screen{kind: "checkbox", title: g.t("Checkbox", "勾選框")}
	t := g.s(pickOf(g, []bi{{"I agree to the terms", "我同意條款"}, {"Remember me", "記住我"}, {"Subscribe to updates", "訂閱最新消息"}, {"Send me a copy", "寄一份副本給我"}, {"Keep me signed in", "保持登入"}, {"This is a gift", "這是禮物"}}))
	on := g.chance(0.35)
	state := ""
	if on {
		state = g.l("{, checked|, already ticked| (checked by default)}", "{，預設勾選|（已勾選）}")
	}
	s.noun = g.l("{checkbox|check box|tickbox} {labeled|saying|for} %[1]s%[2]s", "{勾選框|核取方塊}{，寫著|：}%[1]s%[2]s", g.q(t), state)
	s.root = checkbox(slug(t), t, on)
	return s
}

// choices are option lists people ask for in dropdowns and radio groups.
var choices = []struct {
	label bi
	opts  []bi
}{
	{bi{"Size", "尺寸"}, []bi{{"Small", "小"}, {"Medium", "中"}, {"Large", "大"}}},
	{bi{"Country", "國家"}, countries[:5]},
	{bi{"Plan", "方案"}, []bi{{"Monthly", "月繳"}, {"Yearly", "年繳"}}},
	{bi{"Sort by", "排序"}, []bi{{"Newest", "最新"}, {"Price", "價格"}, {"Rating", "評分"}}},
	{bi{"Color", "顏色"}, []bi{{"Red", "紅"}, {"Green", "綠"}, {"Blue", "藍"}, {"Black", "黑"}}},
	{bi{"Shipping", "運送方式"}, []bi{{"Standard", "標準"}, {"Express", "快速"}, {"Pickup", "自取"}}},
	{bi{"Language", "語言"}, []bi{{"English", "英文"}, {"Chinese", "中文"}, {"Japanese", "日文"}, {"French", "法文"}}},
	{bi{"Frequency", "頻率"}, []bi{{"Daily", "每天"}, {"Weekly", "每週"}, {"Monthly", "每月"}}},
	{bi{"Payment method", "付款方式"}, []bi{{"Credit card", "信用卡"}, {"PayPal", "PayPal"}, {"Bank transfer", "銀行轉帳"}}},
	{bi{"Theme", "主題"}, []bi{{"Light", "淺色"}, {"Dark", "深色"}, {"System", "跟隨系統"}}},
}

func wChoice(g *gen, radioGroup bool) *screen {
	c := pickOf(g, choices)
	opts := g.ss(c.opts)
	label := g.s(c.label)
	value := ""
	word := g.l("{dropdown|select|drop-down menu|select box}", "{下拉選單|選單}")
	kind := "select"
	if radioGroup {
		word, kind = g.l("{set of radio buttons|radio group|set of radio options}", "{單選按鈕|單選群組}"), "radio"
	}
	s := &screen{kind: kind, title: label}
	say := quoteAll(g, opts)
	if g.chance(0.5) {
		say = g.vs(opts)
	}
	s.noun = g.l("{%[1]s for %[2]s with %[3]s|%[2]s %[1]s: %[3]s|%[1]s with options %[3]s}", "{%[2]s%[1]s，選項有%[3]s|%[1]s：%[3]s}", word, g.v(lower(label)), g.joinList(say))
	if g.chance(0.3) {
		value = pickOf(g, opts)
		s.noun += g.l("{, %[1]s selected|, defaulting to %[1]s}", "{，預設%[1]s}", g.v(value))
	}
	if radioGroup {
		s.root = radio(slug(c.label.en), label, opts, value)
	} else {
		s.root = selectBox(slug(c.label.en), label, opts, value)
	}
	return s
}

func wSelect(g *gen) *screen { return wChoice(g, false) }
func wRadio(g *gen) *screen  { return wChoice(g, true) }

func wSlider(g *gen) *screen {
	s := &screen{kind: "slider", title: g.t("Slider", "滑桿")}
	type rng struct {
		label          bi
		lo, hi, step   float64
		unitEn, unitZh string
	}
	r := pickOf(g, []rng{
		{bi{"Volume", "音量"}, 0, 100, 1, "", ""}, {bi{"Price", "價格"}, 0, 500, 10, "", ""}, {bi{"Brightness", "亮度"}, 0, 100, 5, "", ""},
		{bi{"Age", "年齡"}, 18, 99, 1, "", ""}, {bi{"Budget", "預算"}, 100, 5000, 100, "", ""}, {bi{"Distance", "距離"}, 1, 50, 1, " km", " 公里"},
		{bi{"Temperature", "溫度"}, 16, 30, 0.5, "°C", "°C"}, {bi{"Guests", "人數"}, 1, 12, 1, "", ""},
	})
	v := r.lo + float64(g.between(0, int((r.hi-r.lo)/r.step)))*r.step
	label := g.s(r.label)
	s.noun = g.l("{slider|range slider} for %s", "%s{滑桿|拉桿}", lower(label))
	if g.chance(0.6) {
		s.noun += g.l("{ from %[1]s to %[2]s| (%[1]s–%[2]s)| between %[1]s and %[2]s}", "{，從 %[1]s 到 %[2]s|（%[1]s–%[2]s）}", g.v(fmt.Sprint(r.lo)), g.v(fmt.Sprint(r.hi)))
	} else {
		r.lo, r.hi = 0, 100
		v = float64(g.between(0, 10) * 10)
		r.step = 0
	}
	if r.step != 0 && r.step != 1 && g.chance(0.5) {
		s.noun += g.l(", step %s", "，間隔 %s", g.v(fmt.Sprint(r.step)))
	} else if r.step == 1 {
		r.step = 0
	}
	s.noun += g.l("{, set to %[1]s|, starting at %[1]s|, value %[1]s}", "{，預設 %[1]s|，目前 %[1]s}", g.v(fmt.Sprint(v)))
	s.root = slider(slug(r.label.en), label, r.lo, r.hi, r.step, v)
	return s
}

func wInput(g *gen) *screen {
	keys := []string{"email", "password", "phone", "website", "birthday", "date", "time", "quantity", "search", "name", "amount", "age", "zip"}
	k := pickOf(g, keys)
	s := &screen{kind: "input", title: g.s(fields[k].label)}
	s.noun = g.l("{input|field}", "{輸入框|欄位}")
	n := g.field(s, k, fieldOpt{})
	s.noun = s.details[0].text
	if !g.zh {
		s.noun = strings.TrimPrefix(strings.TrimPrefix(s.noun, "a "), "an ")
	}
	s.details = nil
	s.root = n
	return s
}

func wTextarea(g *gen) *screen {
	k := pickOf(g, []string{"message", "bio", "notes", "desc"})
	s := &screen{kind: "textarea", title: g.s(fields[k].label)}
	n := g.field(s, k, fieldOpt{})
	s.noun = s.details[0].text
	if !g.zh {
		s.noun = strings.TrimPrefix(strings.TrimPrefix(s.noun, "a "), "an ")
	}
	s.details = nil
	s.root = n
	return s
}

func wBadge(g *gen) *screen {
	s := &screen{kind: "badge", title: g.t("Badge", "標籤")}
	t := g.s(pickOf(g, []bi{{"New", "新"}, {"Beta", "測試版"}, {"Overdue", "逾期"}, {"Paid", "已付款"}, {"Sale", "特價"}, {"Pro", "Pro"}, {"Online", "線上"}, {"Draft", "草稿"}, {"Approved", "已核准"}, {"Sold out", "售完"}}))
	c := pickOf(g, colours)
	s.noun = g.l("{%[1]s badge {saying|that says|with} %[2]s|%[1]s %[2]s badge|%[1]s pill with the text %[2]s|%[1]s tag %[2]s}", "{%[1]s標籤寫%[2]s|%[1]s的%[2]s徽章}", g.colourWord(c), g.labelSay(t))
	s.root = badge(t, genui.Tone(c.tone))
	return s
}

func wAlert(g *gen) *screen {
	s := &screen{kind: "alert", title: g.t("Alert", "提示")}
	type a struct {
		tone        genui.Tone
		say         bi
		title, text bi
	}
	x := pickOf(g, []a{
		{genui.DangerTone, bi{"{red error alert|error message|error banner}", "{紅色錯誤提示|錯誤訊息}"}, bi{"Something went wrong", "發生錯誤"}, bi{"We couldn't save your changes. Try again.", "無法儲存變更，請再試一次。"}},
		{genui.Warning, bi{"{yellow warning|warning alert|orange warning box}", "{黃色警告|警告提示}"}, bi{"Your trial ends soon", "試用即將到期"}, bi{"Upgrade in the next 3 days to keep your data.", "請在 3 天內升級以保留資料。"}},
		{genui.Success, bi{"{green success message|success alert|confirmation banner}", "{綠色成功訊息|成功提示}"}, bi{"Saved!", "已儲存！"}, bi{"Your profile has been updated.", "個人資料已更新。"}},
		{genui.Info, bi{"{blue info box|info alert|notice}", "{藍色資訊框|提示訊息}"}, bi{"Heads up", "提醒"}, bi{"We'll be down for maintenance on Sunday night.", "週日晚間將進行系統維護。"}},
	})
	title, text := g.s(x.title), g.s(x.text)
	word := g.expand(g.s(x.say))
	switch g.r.IntN(3) {
	case 0:
		s.noun = g.l("%[1]s {titled|with the title} %[2]s {saying|and the text} %[3]s", "%[1]s，標題%[2]s，內容%[3]s", word, g.q(title), g.q(text))
	case 1:
		s.noun = g.l("%[1]s {saying|that says} %[2]s", "%[1]s{寫著|顯示}%[2]s", word, g.q(text))
		title = ""
	default:
		s.noun = g.l("%[1]s: %[2]s", "%[1]s：%[2]s", word, g.q(title))
		text = ""
	}
	s.root = alert(x.tone, title, text)
	return s
}

func wAvatar(g *gen) *screen {
	s := &screen{kind: "avatar", title: g.t("Avatar", "頭像")}
	p := g.person()
	if g.chance(0.5) {
		s.noun = g.l("{avatar for %[1]s|profile picture of %[1]s|%[1]s's avatar}", "{%[1]s的頭像|%[1]s的大頭貼}", g.v(p))
		s.root = avatar(p)
		return s
	}
	role := g.s(pickOf(g, roles))
	s.noun = g.l("{avatar for %[1]s with name and role (%[2]s)|user chip for %[1]s, %[2]s}", "{%[1]s的頭像加名字和職稱（%[2]s）|%[1]s（%[2]s）的使用者資訊}", g.v(p), g.v(role))
	s.root = personRow(p, role)
	return s
}

var iconWords = []struct {
	name string
	say  bi
}{
	{"bell", bi{"bell", "鈴鐺"}}, {"heart", bi{"heart", "愛心"}}, {"star", bi{"star", "星星"}}, {"search", bi{"magnifying glass", "放大鏡"}},
	{"home", bi{"home", "房子"}}, {"settings", bi{"gear", "齒輪"}}, {"mail", bi{"envelope", "信封"}}, {"lock", bi{"lock", "鎖頭"}},
	{"trash", bi{"trash can", "垃圾桶"}}, {"cart", bi{"shopping cart", "購物車"}}, {"calendar", bi{"calendar", "日曆"}}, {"user", bi{"user", "人像"}},
	{"check", bi{"checkmark", "打勾"}}, {"close", bi{"close (X)", "叉叉"}}, {"download", bi{"download", "下載"}}, {"camera", bi{"camera", "相機"}},
	{"phone", bi{"phone", "電話"}}, {"map-pin", bi{"map pin", "地圖標記"}}, {"sun", bi{"sun", "太陽"}}, {"moon", bi{"moon", "月亮"}},
	{"music", bi{"music note", "音符"}}, {"gift", bi{"gift", "禮物"}}, {"shield", bi{"shield", "盾牌"}}, {"globe", bi{"globe", "地球"}},
}

func wIcon(g *gen) *screen {
	s := &screen{kind: "icon", title: g.t("Icon", "圖示")}
	w := pickOf(g, iconWords)
	n := icon(w.name)
	sz := ""
	if g.chance(0.3) {
		n.Size = genui.Large
		sz = g.t("big ", "大的")
	}
	s.noun = g.l("{%[2]s%[1]s icon|icon of a %[2]s%[1]s}", "{%[2]s%[1]s圖示|一個%[2]s%[1]s icon}", g.s(w.say), sz)
	s.root = n
	return s
}

func wLink(g *gen) *screen {
	s := &screen{kind: "link", title: g.t("Link", "連結")}
	t := pickOf(g, []struct {
		text bi
		href string
	}{
		{bi{"Read the docs", "閱讀文件"}, "https://docs.example.com"}, {bi{"Terms of Service", "服務條款"}, "/terms"}, {bi{"View all", "查看全部"}, "/all"},
		{bi{"Privacy policy", "隱私權政策"}, "/privacy"}, {bi{"Back to home", "回首頁"}, "/"}, {bi{"Our blog", "我們的部落格"}, "https://blog.example.com"},
	})
	text := g.s(t.text)
	if g.chance(0.5) {
		s.noun = g.l("{link {saying|that says} %[1]s to %[2]s|link %[1]s pointing at %[2]s}", "{連結%[1]s，指向 %[2]s|寫%[1]s的連結，網址 %[2]s}", g.labelSay(text), g.v(t.href))
	} else {
		s.noun = g.l("{link {saying|that says|with the text} %[1]s|%[1]s link}", "{%[1]s連結|寫著%[1]s的連結}", g.labelSay(text))
	}
	s.root = link(text, t.href)
	return s
}

func wHeading(g *gen) *screen {
	s := &screen{kind: "heading", title: g.t("Heading", "標題")}
	t := g.s(pickOf(g, []bi{{"Welcome back, Sam", "歡迎回來，小明"}, {"Our story", "我們的故事"}, {"Getting started", "開始使用"}, {"Quarterly results", "季度成果"}, {"Hello, world", "哈囉，世界"}, {"Join the club", "加入我們"}}))
	if g.chance(0.6) {
		t = g.headline()
	}
	level := pickOf(g, []int{1, 1, 2, 3})
	word := map[int]bi{1: {"{big heading|h1|main title|large title}", "{大標題|主標題|H1 標題}"}, 2: {"{heading|h2|section title}", "{標題|H2 標題|區塊標題}"}, 3: {"{small heading|h3|subheading}", "{小標題|H3 標題|副標題}"}}[level]
	s.noun = g.l("%[1]s {saying|that says|:} %[2]s", "%[1]s{寫著|：}%[2]s", g.expand(g.s(word)), g.q(t))
	s.root = heading(t, level)
	if g.chance(0.2) {
		s.root.Align = genui.AlignCenter
		s.noun += g.l(", centered", "，置中")
	}
	return s
}

func wText(g *gen) *screen {
	s := &screen{kind: "text", title: g.t("Text", "文字")}
	t := g.s(pickOf(g, []bi{{"No results found.", "找不到結果。"}, {"Free shipping on orders over $50.", "滿 NT$1,500 免運。"}, {"Last updated 5 minutes ago.", "5 分鐘前更新。"}, {"We respect your privacy.", "我們重視你的隱私。"}, {"Made with love in Taipei.", "在台北用心製作。"}}))
	s.noun = g.l("{paragraph|line of text|text} {saying|that says|:} %s", "{一段文字|文字}{寫著|：}%s", g.q(t))
	s.root = para(t)
	return s
}

func wImage(g *gen) *screen {
	s := &screen{kind: "image", title: g.t("Image", "圖片")}
	subject := pickOf(g, []bi{{"a mountain lake at sunrise", "日出時的山中湖泊"}, {"our office", "我們的辦公室"}, {"a cup of coffee", "一杯咖啡"}, {"the product", "產品"}, {"a city skyline", "城市天際線"}})
	src := "/img/" + slug(subject.en) + ".jpg"
	if g.chance(0.4) {
		src = "https://images.example.com/" + slug(subject.en) + ".jpg"
		s.noun = g.l("{image of %[1]s from %[2]s|picture (%[2]s) showing %[1]s}", "{%[1]s的圖片，網址 %[2]s|顯示%[1]s的照片（%[2]s）}", g.s(subject), src)
	} else {
		s.noun = g.l("{image of %[1]s|photo of %[1]s|picture showing %[1]s}", "{%[1]s的圖片|%[1]s照片}", g.s(subject))
	}
	s.root = image(src, capital(g.s(subject)))
	return s
}

func wList(g *gen) *screen {
	s := &screen{kind: "list", title: g.t("List", "清單")}
	pool := pickOf(g, [][]bi{tasks, planFeatures, {{"Apples", "蘋果"}, {"Bread", "麵包"}, {"Milk", "牛奶"}, {"Eggs", "雞蛋"}, {"Coffee", "咖啡"}, {"Rice", "米"}}})
	n := g.between(2, 6)
	items := g.ss(sample(g, pool, n))
	if g.chance(0.5) {
		s.noun = g.l("{bulleted list|list} {of|with} %s", "{清單|列表}：%s", g.joinList(quoteAll(g, items)))
	} else {
		s.noun = g.l("{list of %[1]s items|%[1]s-item list|bullet list with %[1]s things}", "{有%[1]s個項目的清單|%[1]s項的清單}", g.count(n))
	}
	s.root = list(items...)
	return s
}

func wTable(g *gen) *screen {
	if g.chance(0.4) {
		return customTable(g)
	}
	d := g.pickDomain()
	s := &screen{kind: "table", title: capital(g.s(d.name))}
	s.noun = g.l("{table|simple table|data table}", "{表格|簡單表格}")
	s.root = g.tableOf(s, d, g.between(2, 6), bi{"{" + d.name.en + " data|" + d.name.en + " records}", d.name.zh})
	s.noun = s.details[0].text
	if !g.zh {
		s.noun = strings.TrimPrefix(s.noun, "a ")
	}
	s.details = nil
	return s
}

func wChart(g *gen) *screen {
	d := g.pickDomain()
	k := g.askedChart(0.85)
	se, kind := g.pickSeries(d, k, nil)
	s := &screen{kind: "chart", title: g.s(se.title)}
	labels := se.labels(g)
	if len(labels) > 5 && g.chance(0.5) {
		labels = labels[:g.between(3, 5)]
	}
	data := g.data(se, labels)
	kindWord := g.expand(g.s(chartKinds[kind]))
	if g.chance(0.4) {
		var pts []string
		for _, p := range data {
			pts = append(pts, g.v(p.Label)+" "+g.v(fmt.Sprint(p.Value)))
		}
		s.noun = g.l("{%[1]s with %[2]s|%[1]s: %[2]s|%[1]s showing %[2]s}", "{%[1]s，資料：%[2]s|%[1]s：%[2]s}", kindWord, g.joinList(pts))
	} else {
		s.noun = g.l("{%[1]s of %[2]s|%[1]s showing %[2]s}", "{%[2]s的%[1]s|顯示%[2]s的%[1]s}", kindWord, g.expand(g.s(se.say)))
	}
	if k == "" {
		s.noun = g.l("{chart|graph} of %s", "%s的圖表", g.expand(g.s(se.say)))
	}
	s.root = chart(kind, g.s(se.title), data)
	return s
}

func wStat(g *gen) *screen {
	d := g.pickDomain()
	m := pickOf(g, d.metrics)
	s := &screen{kind: "stat", title: g.s(m.label)}
	v := m.value(g)
	delta := ""
	if g.chance(0.6) {
		delta = g.delta()
	}
	s.noun = g.l("{stat card|KPI tile|metric card} {for|showing} %[1]s %[2]s", "{%[1]s數據卡|%[1]s KPI 卡}，{數字|顯示} %[2]s", g.v(lower(g.s(m.label))), g.v(v))
	if delta != "" {
		s.noun += g.l("{, %[1]s| (%[1]s)| with a change of %[1]s}", "{，變化 %[1]s|（%[1]s）}", g.v(delta))
	}
	s.root = stat(g.s(m.label), v, delta)
	return s
}

func wCard(g *gen) *screen {
	s := &screen{kind: "card", title: g.t("Card", "卡片")}
	t := pickOf(g, productFeatures)
	title, text := g.s(t.name), g.s(t.blurb)
	s.noun = g.l("{card titled %[1]s with the text %[2]s|card: %[1]s — %[2]s}", "{卡片，標題%[1]s，內容%[2]s}", g.q(title), g.q(text))
	kids := []*genui.Node{para(text)}
	if g.chance(0.4) {
		kids = append([]*genui.Node{icon(t.icon)}, kids...)
		s.noun += g.l(" and an icon", "，加一個圖示")
	}
	if g.chance(0.4) {
		b := g.s(pickOf(g, buttonTexts))
		kids = append(kids, button(b, slug(b), genui.Primary))
		s.noun += g.l(" and a %s button", "，還有%s按鈕", g.q(b))
	}
	s.root = gapped(card(title, kids...), genui.GapSM)
	return s
}

func wTabs(g *gen) *screen {
	s := &screen{kind: "tabs", title: g.t("Tabs", "分頁")}
	sets := [][]bi{
		{{"Overview", "總覽"}, {"Details", "詳細資訊"}, {"Reviews", "評論"}},
		{{"Profile", "個人資料"}, {"Security", "安全性"}, {"Billing", "帳單"}, {"Team", "團隊"}},
		{{"Day", "日"}, {"Week", "週"}, {"Month", "月"}},
		{{"All", "全部"}, {"Unread", "未讀"}, {"Archived", "已封存"}},
	}
	set := g.ss(pickOf(g, sets))
	n := g.between(2, len(set))
	set = set[:n]
	s.noun = g.l("{set of tabs: %[1]s|row of %[2]s tabs ({%[1]s})|tab bar with %[1]s}", "{分頁：%[1]s|%[2]s個分頁（%[1]s）}", g.joinList(g.vs(set)), g.count(n))
	var ts []*genui.Node
	for _, t := range set {
		ts = append(ts, tab(t, para(g.l("%s content goes here.", "%s的內容。", t))))
	}
	s.root = tabs(ts...)
	return s
}

func wButtonRow(g *gen) *screen {
	s := &screen{kind: "button_group", title: g.t("Actions", "操作")}
	n := g.between(2, 4)
	ts := g.ss(sample(g, buttonTexts, n))
	var bs []*genui.Node
	for i, t := range ts {
		v := genui.Secondary
		if i == n-1 {
			v = genui.Primary
		}
		bs = append(bs, button(t, slug(t), v))
	}
	s.noun = g.l("{%[1]s buttons side by side: %[2]s|a row of buttons %[2]s|button group with %[2]s}", "{%[1]s個並排按鈕：%[2]s|一排按鈕：%[2]s}", g.count(n), g.joinList(quoteAll(g, ts)))
	s.noun = strings.TrimPrefix(s.noun, "a ")
	s.root = gapped(row(bs...), genui.GapSM)
	if g.chance(0.3) {
		s.root = gapped(col(bs...), genui.GapSM)
		s.noun = g.l("{%[1]s buttons stacked vertically: %[2]s|column of buttons %[2]s}", "{%[1]s個上下排列的按鈕：%[2]s}", g.count(n), g.joinList(quoteAll(g, ts)))
	}
	return s
}

func wToolbar(g *gen) *screen {
	s := &screen{kind: "toolbar", title: g.t("Toolbar", "工具列")}
	t := g.s(pickOf(g, []bi{{"Documents", "文件"}, {"Inbox", "收件匣"}, {"Projects", "專案"}, {"Photos", "相片"}}))
	b := pickOf(g, []bi{{"New", "新增"}, {"Upload", "上傳"}, {"Share", "分享"}, {"Edit", "編輯"}})
	s.noun = g.l("{toolbar with the title %[1]s on the left and a %[2]s button pushed to the right|header row: %[1]s, then a spacer, then a %[2]s button}", "{工具列，左邊標題%[1]s，右邊%[2]s按鈕|標題列：左%[1]s，右邊推到底放%[2]s按鈕}", g.q(t), g.q(g.s(b)))
	s.noun = strings.TrimPrefix(s.noun, "a ")
	s.root = gapped(centered(row(icon("menu"), heading(t, 3), spacer(), button(g.s(b), slug(b.en), genui.Primary))), genui.GapSM)
	return s
}

func wMenu(g *gen) *screen {
	s := &screen{kind: "menu", title: g.t("Menu", "選單")}
	items := sample(g, navLinks, g.between(3, 5))
	var ls []*genui.Node
	for _, it := range items {
		ls = append(ls, link(g.s(it), "/"+slug(it.en)))
	}
	s.noun = g.l("{vertical menu|menu list|list of links|sidebar nav|side menu} {for|with} %s", "{直式選單|連結清單|側邊選單}：%s", g.joinList(g.vs(g.ss(items))))
	s.root = node(&genui.List{}, ls...)
	return s
}

func wGallery(g *gen) *screen {
	s := &screen{kind: "gallery", title: g.t("Gallery", "相簿")}
	n := pickOf(g, []int{4, 6, 8, 9})
	cols := 3
	if n == 4 || n == 8 {
		cols = 4
	}
	if g.chance(0.4) {
		cols = pickOf(g, []int{2, 3, 4})
	}
	var imgs []*genui.Node
	for i := range n {
		imgs = append(imgs, image(fmt.Sprintf("/img/photo-%d.jpg", i+1), g.l("Photo %s", "照片 %s", fmt.Sprint(i+1))))
	}
	s.noun = g.l("{photo gallery of %[1]s images in %[2]s columns|grid of %[1]s photos, %[2]s per row|image grid: %[1]s pictures, %[2]s columns}", "{%[1]s張照片的相簿，每排%[2]s張|%[2]s欄的圖片牆，共%[1]s張}", g.count(n), g.count(cols))
	s.root = gapped(grid(cols, imgs...), genui.GapSM)
	return s
}

func wDivided(g *gen) *screen {
	s := &screen{kind: "divider", title: g.t("Sections", "段落")}
	a := g.s(pickOf(g, []bi{{"About", "關於"}, {"Shipping", "運送"}, {"Details", "細節"}}))
	b := g.s(pickOf(g, []bi{{"Returns", "退貨"}, {"Contact", "聯絡"}, {"Reviews", "評論"}}))
	s.noun = g.l("{two sections, %[1]s and %[2]s, with a divider between them|%[1]s section, a divider line, then %[2]s}", "{%[1]s和%[2]s兩段，中間用分隔線|%[1]s、分隔線、%[2]s}", g.q(a), g.q(b))
	s.root = gapped(col(heading(a, 3), para(g.t("A few words about this.", "簡單說明。")), divider(), heading(b, 3), para(g.t("More information here.", "更多資訊。"))), genui.GapSM)
	return s
}

// customTable is a table whose columns the person lists, any of a
// domain's in any order: "a table with Name, Price and Status columns".
func customTable(g *gen) *screen {
	d := g.pickDomain()
	cols := sample(g, d.columns, g.between(2, min(5, len(d.columns))))
	rows := g.between(2, 6)
	var names []string
	for _, c := range cols {
		names = append(names, g.s(c.head))
	}
	cells := make([][]string, rows)
	for r := range cells {
		for _, c := range cols {
			cells[r] = append(cells[r], c.cell(g))
		}
	}
	s := &screen{kind: "table", title: capital(g.s(d.name))}
	say := g.joinList(g.vs(names))
	if g.chance(0.5) {
		say = g.joinList(quoteAll(g, names))
	}
	s.noun = g.l("{table with columns %[1]s|table with %[1]s columns|table: %[1]s}", "{表格，欄位有%[1]s|有%[1]s欄位的表格}", say)
	if g.chance(0.5) {
		s.noun += g.l("{ and %[1]s rows|, %[1]s rows}", "{，%[1]s列|，%[1]s筆資料}", g.count(rows))
	}
	s.root = table(names, cells)
	return s
}
