package corpus

import (
	"slices"
	"strconv"

	"github.com/genui/genui/genui"
)

// People ask for parts a kind of screen does not usually have ("a login
// form with a phone number field"). augment adds one such part to a
// screen, and the description says so, so that the model learns to add
// whatever is asked for wherever it is asked, not only the parts each
// screen comes with.

// extraFields may join any form.
var extraFields = []string{"phone", "company", "website", "birthday", "notes", "username", "jobtitle", "zip", "city",
	"subject", "coupon", "age", "country", "language", "gender", "start", "quantity", "timezone", "linkedin", "order"}

func (g *gen) augment(s *screen) {
	items := walk(s.root)
	have := map[string]bool{}
	var forms []*item
	for _, it := range items {
		have[it.n.ID] = true
		if it.n.Type == "form" {
			forms = append(forms, it)
		}
	}
	if len(forms) > 0 && g.chance(0.7) {
		f := pickOf(g, forms).n
		var keys []string
		for _, k := range extraFields {
			if !have[fields[k].id] {
				keys = append(keys, k)
			}
		}
		if len(keys) == 0 {
			return
		}
		n := g.field(s, pickOf(g, keys), fieldOpt{})
		s.must()
		// Before the form's first button (or row of buttons), else last.
		at := len(f.Children)
		for i, k := range f.Children {
			if k.Type == "button" || k.Type == "row" && len(k.Children) > 0 && k.Children[0].Type == "button" {
				at = i
				break
			}
		}
		f.Children = slices.Insert(f.Children, at, n)
		return
	}
	if !isContainer(s.root) || s.root.Type == "tabs" || s.root.Type == "grid" {
		return
	}
	n, text := g.extraBlock()
	s.has(true, text)
	s.root.Children = append(s.root.Children, n)
}

// extraBlock returns a part that fits at the end of most screens and how
// a person asks for it.
func (g *gen) extraBlock() (*genui.Node, string) {
	switch g.r.IntN(6) {
	case 0:
		c := pickOf(g, colours)
		t := g.s(pickOf(g, []bi{{"Changes are saved automatically.", "變更會自動儲存。"}, {"This page is in beta.", "此頁面為測試版。"}, {"Need help? Chat with us.", "需要協助？和我們聊聊。"}, {"Prices include tax.", "價格已含稅。"}}))
		return alert(genui.Tone(c.tone), "", t), g.l("{a %[1]s note at the bottom saying %[2]s|a %[1]s alert: %[2]s}", "{底部一個%[1]s提示：%[2]s|%[1]s的提示寫%[2]s}", g.colourWord(c), g.q(t))
	case 1:
		t := g.s(pickOf(g, []bi{{"Privacy policy", "隱私權政策"}, {"Terms of use", "使用條款"}, {"Help center", "幫助中心"}, {"Back to home", "回首頁"}}))
		return link(t, "/"+slug(t)), g.l("{a %[1]s link at the bottom|a link %[1]s at the end}", "{最下面放%[1]s連結|底部加%[1]s連結}", g.q(t))
	case 2:
		v := g.between(1, 19) * 5
		return progress(float64(v), ""), g.l("{a progress bar at %[1]s%%|a %[1]s%% progress bar}", "{%[1]s%% 的進度條|進度條 %[1]s%%}", strconv.Itoa(v))
	case 3:
		t := g.s(pickOf(g, []bi{{"Secure", "安全"}, {"Beta", "測試版"}, {"New", "新"}, {"Free", "免費"}}))
		return badge(t, genui.Info), g.l("{a %[1]s badge|a badge saying %[1]s}", "{%[1]s標籤|寫著%[1]s的標籤}", g.q(t))
	case 4:
		return divider(), g.l("{a divider at the end|a line at the bottom}", "{最後加一條分隔線}")
	}
	t := g.s(pickOf(g, []bi{{"All prices in USD.", "價格以新台幣計。"}, {"Last updated today.", "今天更新。"}, {"We reply within 24 hours.", "我們會在 24 小時內回覆。"}}))
	return muted(t), g.l("{a small note at the bottom: %[1]s|fine print saying %[1]s}", "{底部小字：%[1]s}", g.q(t))
}
