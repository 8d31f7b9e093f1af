package corpus

import (
	"fmt"

	"github.com/genui/genui/genui"
)

// Free compositions: a container of a few components named by what they
// are ("a card with a heading, a paragraph and two buttons"), the way
// people describe a UI they have in mind but no name for. Each part says
// its kind and, often, its text, so the model learns every component word.

// part makes one component and how a person asks for it.
type part func(g *gen) (*genui.Node, string)

var parts = []part{
	func(g *gen) (*genui.Node, string) {
		t := g.headline()
		return heading(t, 2), g.l("{a heading %[1]s|a title saying %[1]s|a header: %[1]s}", "{標題%[1]s|大標題寫%[1]s}", g.q(t))
	},
	func(g *gen) (*genui.Node, string) {
		t := g.s(pickOf(g, productFeatures).blurb)
		if g.chance(0.5) {
			return para(t), g.l("{a paragraph saying %[1]s|some text: %[1]s|a line of text %[1]s}", "{一段文字：%[1]s|文字寫%[1]s}", g.q(t))
		}
		return para(t), g.l("{a short paragraph|some body text|a description}", "{一段說明文字|一小段文字}")
	},
	func(g *gen) (*genui.Node, string) {
		t := g.actionText()
		v := pickOf(g, []genui.Variant{genui.Primary, genui.Secondary})
		word := g.l("a", "")
		if v == genui.Secondary {
			word = g.l("{a secondary|an outline}", "{次要|外框}")
		}
		return button(t, slug(t), v), fixArticle(g.l("%[1]s %[2]s button", "%[1]s%[2]s按鈕", word, g.q(t)))
	},
	func(g *gen) (*genui.Node, string) {
		s := pickOf(g, []bi{{"mountains", "山景"}, {"a team photo", "團隊合照"}, {"the product", "產品"}, {"a cozy cafe", "溫馨咖啡廳"}})
		return image("/img/"+slug(s.en)+".jpg", capital(g.s(s))), g.l("{an image of %[1]s|a picture of %[1]s|a photo of %[1]s}", "{%[1]s的圖片|一張%[1]s照片}", g.s(s))
	},
	func(g *gen) (*genui.Node, string) {
		c := pickOf(g, colours)
		t := g.s(pickOf(g, []bi{{"New", "新"}, {"Beta", "測試版"}, {"Popular", "熱門"}, {"Limited", "限量"}, {"Verified", "已認證"}}))
		return badge(t, genui.Tone(c.tone)), g.l("{a %[1]s badge %[2]s|a %[1]s %[2]s badge}", "{%[1]s標籤%[2]s|%[1]s的%[2]s標籤}", g.colourWord(c), g.q(t))
	},
	func(g *gen) (*genui.Node, string) {
		t := g.s(pickOf(g, []bi{{"Learn more", "了解更多"}, {"See details", "查看詳情"}, {"Read the docs", "閱讀文件"}, {"View all", "查看全部"}}))
		return link(t, "/"+slug(t)), g.l("{a link %[1]s|a %[1]s link}", "{%[1]s連結|連結寫%[1]s}", g.q(t))
	},
	func(g *gen) (*genui.Node, string) {
		k := pickOf(g, []string{"email", "phone", "name", "date", "search", "website"})
		tmp := &screen{}
		n := g.field(tmp, k, fieldOpt{})
		return n, tmp.details[0].text
	},
	func(g *gen) (*genui.Node, string) {
		t := g.s(pickOf(g, settingToggles))
		return toggle(slug(t), t, false), g.l("{a toggle for %[1]s|a %[1]s switch}", "{%[1]s開關}", lower(t))
	},
	func(g *gen) (*genui.Node, string) {
		t := g.s(pickOf(g, []bi{{"I agree to the terms", "我同意條款"}, {"Remember me", "記住我"}, {"Email me updates", "寄送最新消息給我"}}))
		return checkbox(slug(t), t, false), g.l("{a checkbox %[1]s|a %[1]s checkbox}", "{勾選框%[1]s|%[1]s勾選框}", g.q(t))
	},
	func(g *gen) (*genui.Node, string) {
		v := g.between(1, 19) * 5
		return progress(float64(v), ""), g.l("{a progress bar at %[1]s%%|a %[1]s%% progress bar}", "{%[1]s%% 的進度條}", g.v(fmt.Sprint(v)))
	},
	func(g *gen) (*genui.Node, string) {
		p := g.person()
		return personRow(p, g.s(pickOf(g, roles))), g.l("{an avatar with %[1]s's name|%[1]s's avatar and role}", "{%[1]s的頭像和職稱}", g.v(p))
	},
	func(g *gen) (*genui.Node, string) {
		items := g.ss(sample(g, planFeatures, g.between(2, 4)))
		return list(items...), g.l("{a list: %[1]s|a bullet list of %[1]s}", "{清單：%[1]s}", g.joinList(g.vs(items)))
	},
	func(g *gen) (*genui.Node, string) {
		return divider(), g.l("{a divider|a horizontal line|a separator}", "{分隔線|一條橫線}")
	},
	func(g *gen) (*genui.Node, string) {
		c := pickOf(g, choices)
		opts := g.ss(c.opts)
		if g.chance(0.5) {
			return selectBox(slug(c.label.en), g.s(c.label), opts, ""), g.l("{a %[1]s dropdown with %[2]s|a dropdown for %[1]s (%[2]s)}", "{%[1]s下拉選單（%[2]s）}", g.v(lower(g.s(c.label))), g.joinList(g.vs(opts)))
		}
		return radio(slug(c.label.en), g.s(c.label), opts, ""), g.l("{%[1]s radio buttons: %[2]s|a radio group for %[1]s with %[2]s}", "{%[1]s單選：%[2]s}", g.v(lower(g.s(c.label))), g.joinList(g.vs(opts)))
	},
	func(g *gen) (*genui.Node, string) {
		k := pickOf(g, []string{"message", "notes", "bio"})
		tmp := &screen{}
		n := g.field(tmp, k, fieldOpt{})
		return n, tmp.details[0].text
	},
	func(g *gen) (*genui.Node, string) {
		v := g.between(0, 10) * 10
		t := g.s(pickOf(g, []bi{{"Volume", "音量"}, {"Brightness", "亮度"}, {"Budget", "預算"}}))
		return slider(slug(t), t, 0, 100, 0, float64(v)), g.l("{a %[1]s slider at %[2]s|a slider for %[1]s set to %[2]s}", "{%[1]s滑桿，設在 %[2]s}", g.v(lower(t)), g.v(fmt.Sprint(v)))
	},
	func(g *gen) (*genui.Node, string) {
		w := pickOf(g, iconWords)
		return icon(w.name), g.l("{a %[1]s icon|an icon of a %[1]s}", "{%[1]s圖示}", g.s(w.say))
	},
	func(g *gen) (*genui.Node, string) {
		d := g.pickDomain()
		m := pickOf(g, d.metrics)
		v := m.value(g)
		return stat(g.s(m.label), v, ""), g.l("{a stat showing %[1]s %[2]s|a %[1]s stat of %[2]s}", "{%[1]s數據 %[2]s}", g.v(lower(g.s(m.label))), g.v(v))
	},
	func(g *gen) (*genui.Node, string) {
		t := g.s(pickOf(g, []bi{{"Saved successfully", "儲存成功"}, {"Check your details", "請檢查你的資料"}, {"Offer ends tonight", "優惠今晚截止"}}))
		c := pickOf(g, colours)
		return alert(genui.Tone(c.tone), t, ""), g.l("{a %[1]s alert %[2]s|a %[1]s message saying %[2]s}", "{%[1]s提示%[2]s|%[1]s訊息寫%[2]s}", g.colourWord(c), g.q(t))
	},
}

func composite(g *gen) *screen {
	s := &screen{kind: "composite", title: g.t("Component", "元件")}
	n := g.between(2, 4)
	var kids []*genui.Node
	var says []string
	for range n {
		k, say := pickOf(g, parts)(g)
		kids = append(kids, k)
		says = append(says, say)
	}
	var root *genui.Node
	switch g.r.IntN(5) {
	case 0, 1:
		title := ""
		if g.chance(0.4) {
			title = g.headline()
			s.noun = g.l("{card|panel|modal|dialog} titled %s", "{標題為%s的卡片|標題為%s的對話框}", g.q(title))
		} else {
			s.noun = g.l("{card|box|panel|modal|popup}", "{卡片|區塊|彈出視窗}")
		}
		root = card(title, kids...)
	case 2:
		root = row(kids...)
		s.noun = g.l("{row|horizontal row|single row}", "{並排的一列|左右排列的區塊}")
		if !g.zh {
			s.mod(true, g.pick("with everything side by side", "laid out horizontally", "in one line"))
		}
	case 3:
		cols := g.between(2, 3)
		root = grid(cols, kids...)
		s.noun = g.l("grid", "格狀排版")
		s.mod(true, g.l("with %s", "%s欄", g.cols(cols)))
	default:
		root = col(kids...)
		s.noun = g.l("{section|column|stack}", "{區塊|直向排列}")
	}
	for _, say := range says {
		s.has(true, say)
	}
	root.Gap = pickOf(g, []genui.Gap{genui.GapSM, genui.GapMD})
	s.root = root
	return s
}
