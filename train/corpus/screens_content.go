package corpus

import (
	"fmt"
	"strings"

	"github.com/genui/genui/genui"
)

// Marketing and content pages: heroes, features, FAQs, teams, articles.

var navLinks = []bi{{"Features", "功能"}, {"Pricing", "價格"}, {"About", "關於我們"}, {"Blog", "部落格"}, {"Docs", "文件"}, {"Contact", "聯絡我們"}, {"Careers", "徵才"}, {"Customers", "客戶案例"}}

var taglines = []struct{ head, sub bi }{
	{bi{"Ship faster, together", "一起更快交付"}, bi{"The workspace where small teams plan, build and launch.", "小團隊規劃、開發、上線的共同空間。"}},
	{bi{"Your money, organized", "把錢管得清清楚楚"}, bi{"Budgets, bills and savings in one calm place.", "預算、帳單和存款，一目了然。"}},
	{bi{"Coffee worth waking up for", "值得早起的一杯咖啡"}, bi{"Fresh beans roasted every week and delivered to your door.", "每週新鮮烘焙，直送到府。"}},
	{bi{"Learn a language in 10 minutes a day", "每天 10 分鐘學好語言"}, bi{"Short lessons that fit your schedule.", "配合你的時間的短課程。"}},
	{bi{"Book appointments without the back-and-forth", "預約不再來回確認"}, bi{"Let clients pick a time that works for both of you.", "讓客戶直接選你們都方便的時間。"}},
	{bi{"Hire great people, faster", "更快找到好人才"}, bi{"Post jobs, review candidates and send offers in one place.", "刊登職缺、審核履歷、發出錄取，一站完成。"}},
	{bi{"Plants that thrive at home", "在家也能養得好的植物"}, bi{"Healthy plants, care guides and free delivery.", "健康植栽、照顧指南，免運到府。"}},
	{bi{"Know your customers", "真正了解你的顧客"}, bi{"Analytics that answer questions, not raise them.", "解答問題而不是製造問題的數據分析。"}},
}

func hero(g *gen) *screen {
	s := &screen{kind: "landing_hero", title: g.t("Home", "首頁")}
	s.noun = g.l("{landing page hero|hero section|landing page header|homepage hero|top of a landing page}", "{首頁主視覺|Landing page 的 hero 區|網站首頁上半部}")
	t := pickOf(g, taglines)
	head := g.s(t.head)
	if g.chance(0.2) {
		head = g.headline()
		s.has(true, g.l("{the headline %[1]s|a big headline: %[1]s|headline %[1]s}", "{大標題%[1]s|標語寫%[1]s}", g.q(head)))
	} else if g.chance(0.35) {
		s.has(true, g.l("{the headline %[1]s|a big headline: %[1]s|headline %[1]s}", "{大標題%[1]s|標語寫%[1]s}", g.q(head)))
	} else {
		s.has(false, g.l("{a big headline|a headline and a subtitle|a catchy headline}", "{大標題和副標|醒目的標語}"))
	}
	var kids []*genui.Node
	if g.chance(0.5) {
		kids = append(kids, g.navBar(s, sample(g, navLinks, g.between(2, 4)), &btn{text: bi{"Sign in", "登入"}, action: "sign_in", variant: genui.Ghost, say: bi{"sign in button", "登入按鈕"}}))
	}
	h := heading(head, 1)
	h.Size = genui.XLarge
	main := []*genui.Node{h, para(g.s(t.sub)),
		gapped(row(
			g.button(s, btn{text: bi{"Get started", "立即開始"}, alts: []bi{{"Start free trial", "開始免費試用"}, {"Try it free", "免費試用"}, {"Join the waitlist", "加入候補名單"}}, action: "get_started", variant: genui.Primary, say: bi{"{get started|call to action|CTA|sign up} button", "{開始使用按鈕|行動按鈕|CTA 按鈕}"}}),
			g.button(s, btn{text: bi{"Learn more", "了解更多"}, alts: []bi{{"Watch demo", "觀看示範"}, {"See pricing", "查看價格"}, {"Talk to sales", "聯絡業務"}}, action: "learn_more", variant: genui.Secondary, say: bi{"{learn more|secondary} button", "{了解更多按鈕|次要按鈕}"}}),
		), genui.GapSM)}
	if g.chance(0.4) {
		kids = append(kids, gapped(grid(2, gapped(col(main...), genui.GapMD), image("/img/hero.png", g.t("Product screenshot", "產品截圖"))), genui.GapLG))
		s.has(true, g.l("{an image on the right|a product screenshot next to the text}", "{右邊放一張圖|文字旁邊放產品截圖}"))
	} else {
		kids = append(kids, centered(gapped(col(main...), genui.GapMD)))
	}
	if g.chance(0.3) {
		kids = append(kids, centered(muted(g.l("Trusted by %s+ teams", "超過 %s 個團隊信賴", thousands(int64(g.between(2, 90)*100))))))
		s.has(false, g.l("{a trusted by line|social proof under the buttons}", "{信任標語|下方寫有多少團隊在用}"))
	}
	s.root = gapped(col(kids...), genui.GapXL)
	return s
}

func features(g *gen) *screen {
	s := &screen{kind: "features", title: g.t("Features", "功能特色")}
	s.noun = g.l("{features section|feature grid|features page|why choose us section}", "{功能介紹區|特色功能區塊|產品特色頁}")
	n := pickOf(g, []int{3, 3, 4, 6, 6})
	fs := sample(g, productFeatures, n)
	cols := 3
	if n == 4 {
		cols = 2
	}
	if g.chance(0.25) {
		cols = pickOf(g, []int{2, 3, 4})
		s.mod(true, g.l("{in %[1]s|laid out in %[1]s}", "{排成%[1]s欄}", g.cols(cols)))
	}
	var cards []*genui.Node
	var names []string
	for _, f := range fs {
		cards = append(cards, gapped(card("", icon(f.icon), heading(g.s(f.name), 3), para(g.s(f.blurb))), genui.GapSM))
		names = append(names, lower(g.s(f.name)))
	}
	switch g.r.IntN(3) {
	case 0:
		s.has(true, g.l("{%[1]s features|%[1]s feature cards}", "{%[1]s個特色|%[1]s張功能卡片}", g.count(n)))
	case 1:
		s.has(true, g.l("{features: %[1]s|cards for %[1]s}", "{功能：%[1]s}", g.joinList(names)))
	default:
		s.has(false, g.l("{feature cards with icons|an icon, title and text for each feature}", "{每個功能有圖示、標題和說明}"))
	}
	s.root = gapped(col(
		centered(gapped(col(g.title(s, 2, []bi{{"Everything you need", "你需要的都在這裡"}, {"Features", "功能特色"}, {"Why teams choose us", "團隊選擇我們的理由"}}, bi{"Built for busy people", "為忙碌的人打造"}, bi{"What you get", "你會得到什麼"}),
			muted(g.t("Powerful tools that stay out of your way.", "強大，但不擋路。"))), genui.GapXS)),
		gapped(grid(cols, cards...), genui.GapMD),
	), genui.GapLG)
	return s
}

func testimonials(g *gen) *screen {
	s := &screen{kind: "testimonials", title: g.t("Testimonials", "客戶見證")}
	s.noun = g.l("{testimonials section|customer reviews section|what our customers say section|customer quotes section}", "{客戶見證區塊|用戶評價區|顧客推薦區}")
	n := g.between(2, 4)
	var cards []*genui.Node
	for i, q := range sample(g, testimonialQuotes, n) {
		p := g.person()
		r := pickOf(g, roles)
		kids := []*genui.Node{}
		if i == 0 || g.chance(0.3) {
			kids = append(kids, muted("★★★★★"))
		}
		kids = append(kids, para("“"+g.s(q)+"”"), personRow(p, g.s(r)+g.l(", %s", "，%s", pickOf(g, brands))))
		cards = append(cards, gapped(card("", kids...), genui.GapSM))
	}
	s.has(g.chance(0.4), g.l("{%[1]s testimonials|%[1]s quotes|%[1]s review cards}", "{%[1]s則見證|%[1]s張評價卡片}", g.count(n)))
	s.has(false, g.l("{names and photos|the person's avatar, name and role}", "{頭像、姓名和職稱}"))
	s.root = gapped(col(centered(g.title(s, 2, []bi{{"What our customers say", "客戶怎麼說"}, {"Loved by teams", "深受團隊喜愛"}}, bi{"Don't take our word for it", "聽聽他們怎麼說"})), gapped(grid(n, cards...), genui.GapMD)), genui.GapLG)
	return s
}

func faq(g *gen) *screen {
	s := &screen{kind: "faq", title: g.t("FAQ", "常見問題")}
	s.noun = g.l("{FAQ section|FAQ page|frequently asked questions section|help questions list}", "{常見問題|FAQ 區塊|常見問答頁}")
	pool := []struct{ q, a bi }{
		{bi{"Can I cancel anytime?", "可以隨時取消嗎？"}, bi{"Yes. Cancel from your settings and you won't be charged again.", "可以，在設定中取消後就不會再扣款。"}},
		{bi{"Is there a free trial?", "有免費試用嗎？"}, bi{"Every plan starts with a 14-day free trial.", "所有方案都有 14 天免費試用。"}},
		{bi{"Do you offer refunds?", "可以退款嗎？"}, bi{"We refund any payment within 30 days, no questions asked.", "30 天內付款都可全額退款。"}},
		{bi{"How do I change my password?", "要怎麼修改密碼？"}, bi{"Go to Settings › Security and choose Change password.", "到「設定 › 安全性」選擇修改密碼。"}},
		{bi{"Where is my order?", "我的訂單在哪裡？"}, bi{"You'll get a tracking link by email as soon as it ships.", "出貨後會寄送追蹤連結到你的信箱。"}},
		{bi{"Can I add teammates?", "可以加入同事嗎？"}, bi{"Yes, invite as many people as your plan allows.", "可以，依方案人數上限邀請成員。"}},
		{bi{"Is my data secure?", "我的資料安全嗎？"}, bi{"Data is encrypted in transit and at rest.", "資料在傳輸與儲存時都會加密。"}},
		{bi{"Do you ship internationally?", "有寄送海外嗎？"}, bi{"We ship to over 40 countries.", "我們寄送超過 40 個國家。"}},
	}
	n := g.between(3, 6)
	qs := sample(g, pool, n)
	var kids []*genui.Node
	for i, x := range qs {
		if i > 0 {
			kids = append(kids, divider())
		}
		kids = append(kids, heading(g.s(x.q), 4), para(g.s(x.a)))
	}
	switch g.r.IntN(3) {
	case 0:
		s.has(true, g.l("{%[1]s questions|%[1]s Q&As}", "{%[1]s個問題|%[1]s題}", g.count(n)))
	case 1:
		s.has(false, g.l("{questions like %[1]s|including %[1]s}", "{例如%[1]s}", g.q(g.s(qs[0].q))))
	}
	body := []*genui.Node{g.title(s, 2, []bi{{"Frequently asked questions", "常見問題"}, {"FAQ", "FAQ"}}, bi{"Questions? Answers.", "有問題？這裡有答案。"}, bi{"Need help?", "需要幫忙嗎？"}), gapped(col(kids...), genui.GapSM)}
	if g.chance(0.4) {
		body = append(body, row(muted(g.t("Still have questions?", "還有其他問題？")), link(g.t("Contact support", "聯絡客服"), "/support")))
		s.has(false, g.l("{a contact support link at the end|a link to contact support}", "{最後放聯絡客服連結}"))
	}
	s.root = gapped(col(body...), genui.GapMD)
	return s
}

func teamGrid(g *gen) *screen {
	s := &screen{kind: "team_grid", title: g.t("Our team", "我們的團隊")}
	s.noun = g.l("{team section|meet the team page|team grid|about us team section|staff directory}", "{團隊介紹|成員介紹區|團隊成員牆}")
	n := pickOf(g, []int{3, 4, 4, 6, 8})
	cols := min(n, 4)
	if n == 6 {
		cols = 3
	}
	people := g.people(n)
	if g.chance(0.25) {
		s.mod(true, g.l("{with %[1]s in it|including %[1]s}", "{包含%[1]s}", g.joinList(g.vs(people[:2]))))
	}
	s.has(g.chance(0.5), g.l("{%[1]s people|%[1]s team members|%[1]s cards}", "{%[1]s位成員|%[1]s張成員卡}", g.count(n)))
	var cards []*genui.Node
	social := g.chance(0.3)
	for _, p := range people {
		kids := []*genui.Node{avatar(p), heading(p, 4), muted(g.s(pickOf(g, roles)))}
		if social {
			kids = append(kids, link("LinkedIn", "https://linkedin.com/in/"+slug(p)))
		}
		cards = append(cards, centered(gapped(card("", kids...), genui.GapXS)))
	}
	s.has(false, g.l("{photo, name and role for each|avatars with names and titles}", "{每人有頭像、名字和職稱}"))
	if social {
		s.has(true, g.l("{a LinkedIn link for each person|social links}", "{每個人的 LinkedIn 連結}"))
	}
	s.root = gapped(col(centered(g.title(s, 2, []bi{{"Meet the team", "認識我們的團隊"}, {"Our team", "我們的團隊"}}, bi{"The people behind " + g.brand, g.brand + " 背後的人"}, bi{"Who we are", "我們是誰"})), gapped(grid(cols, cards...), genui.GapMD)), genui.GapLG)
	return s
}

func blogPost(g *gen) *screen {
	s := &screen{kind: "blog_post", title: g.t("Article", "文章")}
	s.noun = g.l("{blog post|article page|blog article layout|news article}", "{部落格文章|文章頁面|新聞文章}")
	t := g.s(pickOf(g, articleTitles))
	author := g.person()
	if g.chance(0.4) {
		s.mod(true, g.l("{titled %[1]s|with the title %[1]s}", "{標題是%[1]s|文章標題%[1]s}", g.q(t)))
	}
	if g.chance(0.3) {
		s.mod(true, g.l("{by %[1]s|written by %[1]s}", "{作者%[1]s}", g.v(author)))
	}
	kids := []*genui.Node{
		badge(g.s(pickOf(g, []bi{{"Engineering", "技術"}, {"Design", "設計"}, {"Company", "公司消息"}, {"Guides", "教學"}})), genui.Info),
		heading(t, 1),
		gapped(row(avatar(author), gapped(col(para(author), muted(g.l("%s · %s min read", "%s · 閱讀時間 %s 分鐘", g.date(), fmt.Sprint(g.between(3, 12))))), genui.GapNone)), genui.GapSM),
	}
	s.has(false, g.l("{the author and date|author, date and reading time}", "{作者和日期}"))
	if g.chance(0.6) {
		kids = append(kids, image("/img/cover.jpg", t))
		s.has(false, g.l("{a cover image|a header image}", "{封面圖片}"))
	}
	kids = append(kids,
		para(g.t("It started with a simple question: what would happen if we did less, but did it better? Here is what we learned.", "一切始於一個簡單的問題：如果我們做得少一點、但做得更好，會怎樣？以下是我們的心得。")),
		heading(g.t("What we changed", "我們改變了什麼"), 2),
		para(g.t("We cut our weekly meetings in half and wrote things down instead. The results surprised everyone.", "我們把每週會議砍半，改用文字溝通，結果出乎大家意料。")),
	)
	if g.chance(0.5) {
		kids = append(kids, list(g.t("Fewer meetings", "更少的會議"), g.t("Clearer goals", "更明確的目標"), g.t("More time to build", "更多時間做事")))
	}
	if g.chance(0.4) {
		kids = append(kids, divider(), gapped(row(badge("#"+g.t("productivity", "效率"), genui.Neutral), badge("#"+g.t("teams", "團隊"), genui.Neutral)), genui.GapXS))
		s.has(false, g.l("{tags at the bottom|a few tags}", "{文末標籤}"))
	}
	s.root = gapped(col(kids...), genui.GapMD)
	return s
}

func blogList(g *gen) *screen {
	s := &screen{kind: "blog_list", title: g.t("Blog", "部落格")}
	s.noun = g.l("{blog index|list of blog posts|articles page|news feed page}", "{部落格列表|文章列表頁|最新文章頁}")
	n := g.between(3, 6)
	var cards []*genui.Node
	for _, t := range sample(g, articleTitles, n) {
		cards = append(cards, gapped(card("", image("/img/"+slug(t.en)+".jpg", g.s(t)), heading(g.s(t), 3), muted(g.l("%s · %s", "%s · %s", g.person(), g.date())), link(g.t("Read more", "繼續閱讀"), "/blog/"+slug(t.en))), genui.GapSM))
	}
	s.has(g.chance(0.5), g.l("{%[1]s posts|%[1]s article cards}", "{%[1]s篇文章|%[1]s張文章卡}", g.count(n)))
	s.has(false, g.l("{image, title, author and a read more link on each|cards with a thumbnail and title}", "{每篇有圖片、標題和閱讀更多連結}"))
	cols := pickOf(g, []int{2, 3, 3})
	s.root = gapped(col(g.title(s, 1, []bi{{"Blog", "部落格"}, {"Latest posts", "最新文章"}}, bi{"Stories & updates", "故事與消息"}, bi{"From the team", "團隊分享"}), gapped(grid(cols, cards...), genui.GapMD)), genui.GapLG)
	return s
}

func navbar(g *gen) *screen {
	s := &screen{kind: "navbar", title: g.t("Navigation", "導覽列")}
	s.noun = g.l("{navbar|navigation bar|top navigation|site header|header bar}", "{導覽列|網站上方選單|頁首導覽}")
	n := g.between(3, 5)
	links := sample(g, navLinks, n)
	if g.chance(0.5) {
		s.has(true, g.l("{links: %[1]s|links to %[1]s|with %[1]s}", "{連結：%[1]s|有%[1]s}", g.joinList(g.ss(links))))
	} else {
		s.has(g.chance(0.5), g.l("%s links", "%s個連結", g.count(n)))
	}
	before := len(s.details)
	s.root = g.navBar(s, links, &btn{text: bi{"Sign up", "註冊"}, alts: []bi{{"Get started", "開始使用"}, {"Try free", "免費試用"}, {"Log in", "登入"}}, action: "sign_up", variant: genui.Primary, say: bi{"{sign up|CTA|action} button on the right", "{右邊一個註冊按鈕|右側行動按鈕}"}})
	s.details = append(s.details[:before], s.details[before+1:]...) // navBar's own detail repeats the links
	s.root.Gap = genui.GapMD
	return s
}

func footer(g *gen) *screen {
	s := &screen{kind: "footer", title: g.t("Footer", "頁尾")}
	s.noun = g.l("{website footer|site footer|footer|page footer}", "{網站頁尾|頁尾|footer}")
	brand := g.brandName(s)
	groups := sample(g, []struct {
		head  bi
		items []bi
	}{
		{bi{"Product", "產品"}, []bi{{"Features", "功能"}, {"Pricing", "價格"}, {"Changelog", "更新紀錄"}}},
		{bi{"Company", "公司"}, []bi{{"About", "關於我們"}, {"Careers", "徵才"}, {"Press", "媒體"}}},
		{bi{"Resources", "資源"}, []bi{{"Blog", "部落格"}, {"Docs", "文件"}, {"Help center", "幫助中心"}}},
		{bi{"Legal", "法律"}, []bi{{"Privacy", "隱私權"}, {"Terms", "條款"}, {"Cookies", "Cookie 政策"}}},
	}, g.between(2, 4))
	var cols []*genui.Node
	var heads []string
	for _, gr := range groups {
		kids := []*genui.Node{heading(g.s(gr.head), 4)}
		for _, it := range gr.items {
			kids = append(kids, link(g.s(it), "/"+slug(it.en)))
		}
		cols = append(cols, gapped(col(kids...), genui.GapXS))
		heads = append(heads, lower(g.s(gr.head)))
	}
	s.has(g.chance(0.5), g.l("{link columns for %[1]s|%[2]s columns of links}", "{%[1]s等連結欄|%[2]s欄連結}", g.joinList(heads), g.count(len(groups))))
	kids := []*genui.Node{gapped(grid(len(groups)+1, append([]*genui.Node{gapped(col(heading(brand, 3), muted(g.t("Made with care.", "用心打造。"))), genui.GapXS)}, cols...)...), genui.GapLG)}
	if g.chance(0.4) {
		kids = append(kids, gapped(row(g.field(s, "email", fieldOpt{plain: true}), button(g.t("Subscribe", "訂閱"), "subscribe", genui.Primary)), genui.GapSM))
		s.details = s.details[:len(s.details)-1]
		s.has(true, g.l("{a newsletter signup|an email subscribe box}", "{電子報訂閱欄}"))
	}
	kids = append(kids, divider(), muted(g.l("© %s %s. All rights reserved.", "© %s %s 版權所有", fmt.Sprint(g.between(2023, 2026)), brand)))
	s.has(false, g.l("{a copyright line|copyright at the bottom}", "{版權聲明}"))
	s.root = gapped(col(kids...), genui.GapMD)
	return s
}

func notFound(g *gen) *screen {
	s := &screen{kind: "error_page", title: g.t("Page not found", "找不到頁面")}
	code := pickOf(g, []struct {
		code string
		head bi
		text bi
	}{
		{"404", bi{"Page not found", "找不到頁面"}, bi{"The page you're looking for doesn't exist or has moved.", "你要找的頁面不存在或已移動。"}},
		{"500", bi{"Something went wrong", "發生錯誤"}, bi{"We're working on it. Please try again in a minute.", "我們正在處理，請稍後再試。"}},
		{"403", bi{"Access denied", "沒有權限"}, bi{"You don't have permission to view this page.", "你沒有權限查看此頁面。"}},
	})
	s.noun = g.l("{%[1]s page|%[1]s error page|error page (%[1]s)}", "{%[1]s 頁面|%[1]s 錯誤頁}", code.code)
	s.title = g.s(code.head)
	h := heading(code.code, 1)
	h.Size = genui.XLarge
	kids := []*genui.Node{h, g.title(s, 2, []bi{code.head}, bi{"Oops!", "糟糕！"}, bi{"Lost?", "迷路了嗎？"}, bi{"Nothing to see here", "這裡什麼都沒有"}), para(g.s(code.text))}
	kids = append(kids, gapped(row(
		g.button(s, btn{text: bi{"Go home", "回到首頁"}, alts: []bi{{"Back to home", "返回首頁"}, {"Take me home", "帶我回首頁"}}, action: "go_home", variant: genui.Primary, say: bi{"{home|go back} button", "{回首頁按鈕}"}}),
		link(g.t("Contact support", "聯絡客服"), "/support"),
	), genui.GapMD))
	s.root = gapped(centered(col(kids...)), genui.GapMD)
	return s
}

func comingSoon(g *gen) *screen {
	s := &screen{kind: "coming_soon", title: g.t("Coming soon", "即將推出")}
	s.noun = g.l("{coming soon page|launch countdown page|waitlist page|pre-launch page}", "{即將推出頁面|上線倒數頁|候補名單頁}")
	brand := g.pickBrand()
	days := g.between(2, 60)
	head := g.title(s, 1, []bi{{brand + " is almost here", brand + " 即將登場"}, {"Something new is coming", "全新服務即將推出"}}, bi{"Stay tuned", "敬請期待"})
	if strings.Contains(head.Props.(*genui.Heading).Text, brand) {
		g.nameBrand(s, brand)
	}
	kids := []*genui.Node{
		badge(g.t("Coming soon", "即將推出"), genui.Info),
		head,
		gapped(grid(3, stat(g.t("Days", "天"), fmt.Sprint(days), ""), stat(g.t("Hours", "時"), fmt.Sprint(g.between(0, 23)), ""), stat(g.t("Minutes", "分"), fmt.Sprint(g.between(0, 59)), "")), genui.GapSM),
	}
	if g.chance(0.4) {
		s.has(true, g.l("{a countdown showing %[1]s days|%[1]s days to go}", "{倒數 %[1]s 天}", g.v(fmt.Sprint(days))))
	} else {
		s.has(false, g.l("a countdown", "倒數計時"))
	}
	kids = append(kids, gapped(form("waitlist", row(g.field(s, "email", fieldOpt{plain: true}), g.button(s, btn{text: bi{"Notify me", "通知我"}, alts: []bi{{"Join waitlist", "加入候補"}, {"Keep me posted", "有消息通知我"}}, action: "submit", variant: genui.Primary, say: bi{"{notify me|join} button", "{通知我按鈕}"}}))), genui.GapSM))
	s.root = gapped(centered(col(kids...)), genui.GapLG)
	return s
}

func cookieBanner(g *gen) *screen {
	s := &screen{kind: "cookie_consent", title: g.t("Cookies", "Cookie 設定")}
	s.noun = g.l("{cookie consent banner|cookie popup|GDPR cookie notice|cookie bar}", "{Cookie 同意橫幅|Cookie 提示|隱私權 Cookie 通知}")
	kids := []*genui.Node{
		gapped(row(icon("info"), heading(g.t("We use cookies", "我們使用 Cookie"), 4)), genui.GapSM),
		para(g.t("We use cookies to improve your experience and analyze traffic. You can choose which ones to allow.", "我們使用 Cookie 來改善你的體驗並分析流量，你可以選擇允許哪些 Cookie。")),
	}
	if g.chance(0.4) {
		kids = append(kids, gapped(col(
			toggle("necessary", g.t("Necessary", "必要"), true), toggle("analytics", g.t("Analytics", "分析"), false), toggle("marketing", g.t("Marketing", "行銷"), false),
		), genui.GapXS))
		s.has(true, g.l("{toggles for necessary, analytics and marketing cookies|per-category switches}", "{必要、分析、行銷三個開關}"))
	}
	kids = append(kids, rowEnd(
		g.button(s, btn{text: bi{"Reject all", "全部拒絕"}, alts: []bi{{"Decline", "拒絕"}, {"Only necessary", "僅必要"}}, action: "reject", variant: genui.Secondary, say: bi{"{reject|decline} button", "拒絕按鈕"}}),
		g.button(s, btn{text: bi{"Accept all", "全部接受"}, alts: []bi{{"Accept", "接受"}, {"Allow cookies", "允許 Cookie"}, {"Got it", "知道了"}}, action: "accept", variant: genui.Primary, say: bi{"accept button", "接受按鈕"}}),
	))
	s.root = gapped(card("", kids...), genui.GapSM)
	return s
}

func banner(g *gen) *screen {
	s := &screen{kind: "banner", title: g.t("Announcement", "公告")}
	type msg struct {
		tone       genui.Tone
		title, txt bi
		say        bi
	}
	m := pickOf(g, []msg{
		{genui.Info, bi{"New: dark mode is here", "新功能：深色模式上線"}, bi{"Switch it on in Settings › Appearance.", "到「設定 › 外觀」開啟。"}, bi{"{an announcement banner|a blue info banner|a new feature announcement}", "{新功能公告橫幅|藍色資訊橫幅}"}},
		{genui.Warning, bi{"Scheduled maintenance", "系統維護公告"}, bi{"We'll be offline Sunday 2:00–4:00 AM.", "週日凌晨 2:00–4:00 暫停服務。"}, bi{"{a maintenance warning banner|a yellow warning banner about maintenance}", "{黃色的維護警告橫幅|系統維護提醒}"}},
		{genui.Success, bi{"Payment received", "付款成功"}, bi{"Thanks! Your receipt is on its way.", "謝謝！收據已寄出。"}, bi{"{a green success banner|a success message for a payment}", "{綠色成功訊息|付款成功提示}"}},
		{genui.DangerTone, bi{"Payment failed", "付款失敗"}, bi{"Your card was declined. Update your payment method to keep your plan.", "信用卡交易失敗，請更新付款方式以維持方案。"}, bi{"{a red error banner|an error alert about a failed payment}", "{紅色錯誤橫幅|付款失敗警告}"}},
		{genui.Info, bi{"Summer sale: 30% off", "夏季特賣：全館七折"}, bi{"Use code SUMMER30 at checkout. Ends Sunday.", "結帳輸入 SUMMER30，週日截止。"}, bi{"{a promo banner|a sale announcement bar}", "{促銷橫幅|特賣公告}"}},
	})
	s.noun = g.expand(g.s(m.say))
	if !g.zh && len(s.noun) > 2 && s.noun[:2] == "a " {
		s.noun = s.noun[2:]
	}
	if !g.zh && len(s.noun) > 3 && s.noun[:3] == "an " {
		s.noun = s.noun[3:]
	}
	title := g.s(m.title)
	if g.chance(0.35) {
		s.mod(true, g.l("{saying %[1]s|with the title %[1]s|that reads %[1]s}", "{寫著%[1]s|標題%[1]s}", g.q(title)))
	}
	a := alert(m.tone, title, g.s(m.txt))
	if g.chance(0.4) {
		act := g.s(pickOf(g, []bi{{"Learn more", "了解更多"}, {"Update card", "更新卡片"}, {"Shop now", "立即選購"}, {"Dismiss", "關閉"}}))
		s.root = gapped(spread(a, button(act, slug(act), genui.Secondary)), genui.GapSM)
		if act == g.t("Dismiss", "關閉") {
			s.root.Children[1].Props.(*genui.Button).Action = "dismiss"
		}
		s.has(false, g.l("{a button on the side|an action button}", "{旁邊一個按鈕}"))
		return s
	}
	s.root = a
	return s
}

func emptyState(g *gen) *screen {
	s := &screen{kind: "empty_state", title: g.t("Nothing here yet", "還沒有內容")}
	what := pickOf(g, []struct {
		thing bi
		icon  string
		act   bi
	}{
		{bi{"projects", "專案"}, "folder", bi{"Create project", "建立專案"}}, {bi{"messages", "訊息"}, "message", bi{"Start a conversation", "開始對話"}},
		{bi{"orders", "訂單"}, "cart", bi{"Browse products", "瀏覽商品"}}, {bi{"files", "檔案"}, "upload", bi{"Upload a file", "上傳檔案"}},
		{bi{"notifications", "通知"}, "bell", bi{"", ""}}, {bi{"search results", "搜尋結果"}, "search", bi{"Clear filters", "清除篩選"}},
		{bi{"tasks", "任務"}, "check", bi{"Add a task", "新增任務"}}, {bi{"favorites", "收藏"}, "heart", bi{"Explore", "去逛逛"}},
	})
	s.noun = g.l("{empty state for %[1]s|no %[1]s yet screen|empty %[1]s page}", "{%[1]s的空狀態|還沒有%[1]s的畫面|空的%[1]s頁面}", g.s(what.thing))
	kids := []*genui.Node{
		icon(what.icon),
		g.title(s, 3, []bi{{"No " + what.thing.en + " yet", "還沒有" + what.thing.zh}, {"Nothing here", "這裡還沒有東西"}}, bi{"It's quiet in here", "這裡靜悄悄的"}, bi{"All caught up!", "全部看完了！"}),
		muted(g.l("When you have %s, they'll show up here.", "有%s時會顯示在這裡。", g.s(what.thing))),
	}
	s.has(false, g.l("{an icon|a big icon}", "{一個圖示|大圖示}"))
	if what.act.en != "" {
		kids = append(kids, g.button(s, btn{text: what.act, action: slug(what.act.en), variant: genui.Primary, say: bi{"{button|call to action}", "{按鈕|行動按鈕}"}}))
	}
	s.root = gapped(centered(col(kids...)), genui.GapSM)
	return s
}

// landingPage is a whole home page: navigation, hero, features and a
// footer line, each section smaller than on its own.
func landingPage(g *gen) *screen {
	s := &screen{kind: "landing_page", title: g.t("Home", "首頁")}
	s.noun = g.l("{landing page|home page|marketing site homepage|one-page website}", "{形象官網首頁|Landing page|產品首頁|一頁式網站}")
	t := pickOf(g, taglines)
	head := g.s(t.head)
	if g.chance(0.4) {
		s.has(true, g.l("{the headline %[1]s|a hero saying %[1]s}", "{主標語%[1]s|大標題寫%[1]s}", g.q(head)))
	} else {
		s.has(false, g.l("{a hero section|a big headline with a call to action}", "{主視覺區|大標題和行動按鈕}"))
	}
	nav := g.navBar(s, sample(g, navLinks, 3), nil)
	h := heading(head, 1)
	h.Size = genui.XLarge
	hero := centered(gapped(col(h, para(g.s(t.sub)), g.button(s, btn{text: bi{"Get started", "立即開始"}, alts: []bi{{"Start free trial", "開始免費試用"}, {"Try it free", "免費試用"}}, action: "get_started", variant: genui.Primary, say: bi{"{get started|call to action} button", "{開始使用按鈕|行動按鈕}"}})), genui.GapMD))
	n := g.between(2, 3)
	var cards []*genui.Node
	var names []string
	for _, f := range sample(g, productFeatures, n) {
		cards = append(cards, gapped(card("", icon(f.icon), heading(g.s(f.name), 4), muted(g.s(f.blurb))), genui.GapXS))
		names = append(names, lower(g.s(f.name)))
	}
	if g.chance(0.5) {
		s.has(true, g.l("{a features row: %[1]s|%[2]s feature cards (%[1]s)}", "{功能介紹：%[1]s|%[2]s個特色卡片（%[1]s）}", g.joinList(names), g.count(n)))
	} else {
		s.has(false, g.l("{a features section|some feature cards}", "{功能介紹區}"))
	}
	kids := []*genui.Node{nav, hero, gapped(grid(n, cards...), genui.GapMD)}
	if g.chance(0.4) {
		q := pickOf(g, testimonialQuotes)
		p := g.person()
		kids = append(kids, card("", para("“"+g.s(q)+"”"), muted("— "+p)))
		s.has(true, g.l("{a testimonial from %[1]s|a customer quote by %[1]s}", "{%[1]s的推薦語}", g.v(p)))
	}
	kids = append(kids, divider(), centered(muted(g.l("© %s %s", "© %s %s", fmt.Sprint(g.between(2024, 2026)), nav.Children[0].Props.(*genui.Heading).Text))))
	s.has(false, g.l("{a footer|a copyright footer}", "{頁尾|版權聲明}"))
	s.root = gapped(col(kids...), genui.GapXL)
	return s
}
