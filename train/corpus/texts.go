package corpus

import (
	"sort"
	"strings"
)

// Texts a person may ask for in quotes. They are composed from parts, so
// the corpus holds thousands of different ones and the model learns to
// copy what it is given rather than to recall a short list.

// verbObjects pairs an action with the things it applies to.
var verbObjects = []struct {
	verb    bi
	objects []bi
}{
	{bi{"Start", "開始"}, []bi{{"free trial", "免費試用"}, {"my trial", "我的試用"}, {"now", "使用"}, {"building", "建立"}, {"learning", "學習"}}},
	{bi{"Get", "取得"}, []bi{{"started", "開始"}, {"the app", "App"}, {"my report", "我的報告"}, {"a quote", "報價"}, {"early access", "搶先體驗"}, {"the guide", "指南"}}},
	{bi{"Book", "預約"}, []bi{{"a demo", "示範"}, {"a call", "通話"}, {"a table", "座位"}, {"now", "現在"}, {"my seat", "我的座位"}, {"a tour", "導覽"}}},
	{bi{"Download", "下載"}, []bi{{"the app", "App"}, {"PDF", "PDF"}, {"report", "報告"}, {"invoice", "發票"}, {"CSV", "CSV"}}},
	{bi{"Join", "加入"}, []bi{{"the waitlist", "候補名單"}, {"now", "我們"}, {"the team", "團隊"}, {"the club", "會員"}, {"free", "免費會員"}}},
	{bi{"Create", "建立"}, []bi{{"account", "帳號"}, {"project", "專案"}, {"new invoice", "新發票"}, {"workspace", "工作區"}, {"event", "活動"}}},
	{bi{"Send", "送出"}, []bi{{"message", "訊息"}, {"request", "申請"}, {"invite", "邀請"}, {"feedback", "回饋"}, {"it", "出去"}}},
	{bi{"Save", "儲存"}, []bi{{"changes", "變更"}, {"draft", "草稿"}, {"and continue", "並繼續"}, {"settings", "設定"}, {"for later", "稍後再看"}}},
	{bi{"View", "查看"}, []bi{{"details", "詳情"}, {"all", "全部"}, {"order", "訂單"}, {"plans", "方案"}, {"profile", "個人檔案"}, {"report", "報告"}}},
	{bi{"Claim", "領取"}, []bi{{"offer", "優惠"}, {"my discount", "我的折扣"}, {"reward", "獎勵"}}},
	{bi{"Request", "申請"}, []bi{{"access", "權限"}, {"a demo", "示範"}, {"refund", "退款"}, {"a callback", "回電"}}},
	{bi{"Upgrade", "升級"}, []bi{{"to Pro", "到專業版"}, {"plan", "方案"}, {"now", "現在"}}},
	{bi{"Continue", "繼續"}, []bi{{"to payment", "前往付款"}, {"to checkout", "前往結帳"}, {"shopping", "購物"}, {"reading", "閱讀"}}},
	{bi{"Try", "試用"}, []bi{{"it free", "免費版"}, {"for 14 days", "14 天"}, {"the demo", "示範版"}, {"again", "一次"}}},
	{bi{"Add", "加入"}, []bi{{"to cart", "購物車"}, {"to wishlist", "願望清單"}, {"new task", "新任務"}, {"member", "成員"}, {"payment method", "付款方式"}}},
	{bi{"Go", "前往"}, []bi{{"to dashboard", "儀表板"}, {"back", "上一頁"}, {"home", "首頁"}}},
	{bi{"Shop", "選購"}, []bi{{"now", "商品"}, {"the sale", "特價商品"}, {"new arrivals", "新品"}}},
	{bi{"Reserve", "預訂"}, []bi{{"my spot", "名額"}, {"a room", "房間"}, {"now", "現在"}}},
	{bi{"Sign", "登入"}, []bi{{"in", "帳號"}, {"up free", "免費註冊"}, {"in with Google", "使用 Google"}}},
	{bi{"Contact", "聯絡"}, []bi{{"sales", "業務"}, {"support", "客服"}, {"us", "我們"}}},
	{bi{"Apply", "套用"}, []bi{{"now", "優惠"}, {"filters", "篩選"}, {"coupon", "折扣碼"}}},
	{bi{"Pay", "付款"}, []bi{{"now", "現在"}, {"securely", "安全付款"}, {"invoice", "帳單"}}},
}

// actionText makes a button text: "Book a demo", "預約示範".
func (g *gen) actionText() string {
	vo := pickOf(g, verbObjects)
	o := pickOf(g, vo.objects)
	if g.zh {
		return vo.verb.zh + o.zh
	}
	t := vo.verb.en + " " + o.en
	if g.chance(0.1) {
		t += g.pick(" →", "!", " now")
	}
	return t
}

// headline makes a title a person might want: "Welcome back to Nimbus",
// "Plan your next trip", "夏季特賣開跑".
func (g *gen) headline() string {
	first := strings.Fields(g.person())[0]
	if g.zh {
		name := g.person()
		return g.expand(fill(g.pick(
			"歡迎來到 %[1]s", "%[1]s 會員專區", "嗨，%[2]s！", "{今天|這週|本月}的{重點|進度|目標}", "{夏季|冬季|年終|週年慶}{特賣|優惠}開跑",
			"{輕鬆|快速|安心}{管理|規劃|完成}你的{工作|行程|預算|團隊}", "{一起|馬上}{開始|出發}吧", "%[1]s {新功能|最新消息|年度回顧}",
			"你的{帳號|訂單|方案|收藏}", "{準備好|歡迎}{開始|加入}了嗎？", "%[2]s的{儀表板|工作區|行事曆}"), []string{g.brand, name}))
	}
	return strings.TrimSpace(g.expand(fill(g.pick(
		"Welcome {back |}to %[1]s", "%[1]s for {teams|creators|small business|everyone}", "Hi %[2]s{!|, welcome back|}",
		"Your {week|month|day} at a glance", "{Summer|Winter|Spring|Holiday|Black Friday} {Sale|Deals|Collection}",
		"{Plan|Organize|Track|Manage} your {next trip|money|projects|team|week} {in one place|with ease|}",
		"{Let's get you|Get} {started|set up}", "{Work|Shop|Travel|Learn} smarter", "Meet %[1]s {2.0|Pro|}",
		"{Everything|All} you need{ to grow| to launch|}", "{Ready|Time} to {begin|level up|ship}?", "%[2]s's {dashboard|workspace|calendar}",
		"{Join|Start} {the club|your journey|something new}", "{Simple|Honest|Fair} pricing{ for everyone|}", "{New|Fresh} {this week|arrivals|features}",
	), []string{g.brand, first})))
}

// customLabel makes a field label a person might ask for, from the
// field's usual one: "Work email", "Your phone number", "公司信箱".
func (g *gen) customLabel(f field) string {
	if t := g.relabel(f); t != "" && g.chance(0.5) {
		return t
	}
	usual := g.s(f.label)
	if g.zh {
		return g.pick("你的", "請輸入", "聯絡用", "") + usual + g.pick("", "（選填）", "*")
	}
	return g.expand(fill(g.pick("Your %[1]s", "%[2]s (optional)", "%[2]s*", "Enter your %[1]s", "Preferred %[1]s", "%[2]s — required"), []string{lower(usual), usual}))
}

// customPrices makes n ascending plan prices a person might name: any
// whole amounts, sometimes ending in .99, in the sample's currency.
func (g *gen) customPrices(n int) []string {
	ps := make([]int, n)
	for i := range ps {
		ps[i] = g.between(3, 299)
	}
	sort.Ints(ps)
	cents := g.chance(0.3)
	out := make([]string, n)
	for i, p := range ps {
		usd := float64(p)
		if cents {
			usd += 0.99
		}
		out[i] = g.cash(usd, cents)
	}
	return out
}

var moreplans = []bi{
	{"Solo", "個人版"}, {"Growth", "成長"}, {"Scale", "擴展"}, {"Standard", "標準"}, {"Advanced", "進階版"}, {"Ultimate", "旗艦"},
	{"Personal", "個人"}, {"Startup", "新創"}, {"Agency", "代理商"}, {"Creator", "創作者"}, {"Studio", "工作室"}, {"Max", "Max"},
	{"Lite", "輕量"}, {"Essential", "基本款"}, {"Elite", "菁英"}, {"Family", "家庭"}, {"Student", "學生"}, {"Unlimited", "無限"},
}
