package corpus

import (
	"fmt"

	"github.com/genui/genui/genui"
)

// Dashboards, reports and other screens of figures.

// askedChart returns a chart kind the person names, or "" (most of the
// time) to let the data choose.
func (g *gen) askedChart(p float64) genui.ChartType {
	if !g.chance(p) {
		return ""
	}
	return pickOf(g, []genui.ChartType{genui.ChartBar, genui.ChartLine, genui.ChartArea, genui.ChartPie, genui.ChartDonut})
}

// sidebar is a column of navigation links for an app's pages.
func (g *gen) sidebar(s *screen) *genui.Node {
	pages := sample(g, []bi{{"Overview", "總覽"}, {"Reports", "報表"}, {"Customers", "客戶"}, {"Orders", "訂單"}, {"Products", "商品"}, {"Team", "團隊"}, {"Billing", "帳務"}, {"Settings", "設定"}}, g.between(3, 6))
	var ls []*genui.Node
	for _, p := range pages {
		ls = append(ls, link(g.s(p), "/"+slug(p.en)))
	}
	s.has(true, g.l("{a sidebar with %[1]s|a left nav (%[1]s)|side navigation: %[1]s}", "{側邊欄（%[1]s）|左側選單：%[1]s}", g.joinList(g.vs(lowerAll(g.ss(pages))))))
	return gapped(col(append([]*genui.Node{heading(g.brandName(s), 3)}, ls...)...), genui.GapSM)
}

func dashboard(g *gen) *screen {
	d := g.pickDomain()
	s := &screen{kind: "dashboard", title: g.l("%s dashboard", "%s儀表板", capital(g.s(d.name)))}
	if g.chance(0.8) {
		s.noun = g.l("{%[1]s dashboard|dashboard for %[1]s|%[1]s overview}", "{%[1]s儀表板|%[1]s總覽|%[1]s數據看板}", g.s(d.name))
	} else {
		s.noun = g.l("{dashboard|admin dashboard|analytics dashboard}", "{儀表板|管理後台首頁|數據儀表板}")
	}
	head := []*genui.Node{g.title(s, 1, []bi{{"Overview", "總覽"}, {"Dashboard", "儀表板"}, {capital(d.name.en), d.name.zh + "總覽"}}, bi{"Good morning", "早安"}, bi{"This week at a glance", "本週概況"})}
	if g.chance(0.5) {
		head = append(head, selectBox("range", "", g.ss([]bi{{"Last 7 days", "最近 7 天"}, {"Last 30 days", "最近 30 天"}, {"This quarter", "本季"}, {"This year", "今年"}}), g.t("Last 30 days", "最近 30 天")))
		s.has(false, g.l("{a date range picker|a date range dropdown}", "{日期區間選單}"))
	}
	head = append(head, g.button(s, btn{text: bi{"Export", "匯出"}, alts: []bi{{"Download report", "下載報表"}, {"Share", "分享"}}, action: "export", variant: genui.Secondary, say: bi{"export button", "匯出按鈕"}}))
	kids := []*genui.Node{spread(head...)}
	ns := g.between(2, 4)
	kids = append(kids, g.statGrid(s, d, ns, g.chance(0.4)))
	charts := g.between(1, 2)
	var cs []*genui.Node
	for range charts {
		cs = append(cs, g.chartOf(s, d, g.askedChart(0.35), true))
	}
	if charts == 2 {
		kids = append(kids, gapped(grid(2, cs...), genui.GapMD))
	} else {
		kids = append(kids, cs...)
	}
	if g.chance(0.55) {
		kids = append(kids, card(g.t("Recent activity", "最新紀錄"), g.tableOf(s, d, g.between(3, 6), bi{"{recent " + d.name.en + "|latest entries|recent records}", "{最新" + d.name.zh + "紀錄|近期資料}"})))
	}
	if g.chance(0.15) {
		kids = append([]*genui.Node{alert(genui.Warning, g.t("Heads up", "注意"), g.t("Data for today is still processing.", "今日資料仍在處理中。"))}, kids...)
		s.has(true, g.l("{a yellow warning banner that today's data is still processing|a warning alert at the top}", "{上方一個黃色提醒，說今日資料處理中}"))
	}
	main := gapped(col(kids...), genui.GapLG)
	if g.chance(0.25) {
		s.root = gapped(row(g.sidebar(s), main), genui.GapLG)
		return s
	}
	s.root = main
	return s
}

func analytics(g *gen) *screen {
	d := g.pickDomain()
	s := &screen{kind: "analytics", title: g.l("%s analytics", "%s分析", capital(g.s(d.name)))}
	s.noun = g.l("{%[1]s analytics page|%[1]s report|charts page for %[1]s|%[1]s insights}", "{%[1]s分析頁|%[1]s報表|%[1]s圖表頁}", g.s(d.name))
	n := g.between(2, 4)
	var cs []*genui.Node
	for range n {
		cs = append(cs, g.chartOf(s, d, g.askedChart(0.4), true))
	}
	cols := 2
	if g.chance(0.25) {
		cols = pickOf(g, []int{1, 2, 3})
		s.mod(true, g.l("{with the charts in %[1]s|in %[1]s}", "{圖表排成%[1]s欄}", g.cols(cols)))
	}
	s.has(g.chance(0.3), g.l("{%[1]s charts|%[1]s graphs}", "{%[1]s張圖表|%[1]s個圖}", g.count(n)))
	kids := []*genui.Node{g.title(s, 1, []bi{{"Analytics", "數據分析"}, {capital(d.name.en) + " report", d.name.zh + "報表"}}, bi{"Insights", "洞察"}, bi{"Performance", "成效"})}
	if g.chance(0.5) {
		kids = append(kids, g.statGrid(s, d, g.between(2, 4), g.chance(0.3)))
	}
	kids = append(kids, gapped(grid(cols, cs...), genui.GapMD))
	s.root = gapped(col(kids...), genui.GapLG)
	return s
}

// pager is the footer of a long table.
func (g *gen) pager(shown, total int) *genui.Node {
	return spread(muted(g.l("Showing 1–%s of %s", "顯示第 1–%s 筆，共 %s 筆", fmt.Sprint(shown), fmt.Sprint(total))),
		gapped(row(button(g.t("Previous", "上一頁"), "prev_page", genui.Secondary), button(g.t("Next", "下一頁"), "next_page", genui.Secondary)), genui.GapXS))
}

func dataTable(g *gen) *screen {
	d := g.pickDomain()
	s := &screen{kind: "data_table", title: capital(g.s(d.name))}
	what := bi{"{" + d.name.en + " records|" + d.name.en + " data|entries}", "{" + d.name.zh + "資料|紀錄}"}
	s.noun = g.l("{data table page|table view|records page|admin table}", "{資料表頁面|列表頁|後台表格}")
	rows := g.between(3, 8)
	kids := []*genui.Node{spread(
		g.title(s, 1, []bi{{capital(d.name.en), d.name.zh}, {"Records", "資料列表"}}, bi{"All entries", "全部資料"}),
		g.button(s, btn{text: bi{"Add new", "新增"}, alts: []bi{{"New entry", "新增資料"}, {"Create", "建立"}, {"Import CSV", "匯入 CSV"}}, action: "create", variant: genui.Primary, say: bi{"{add|new} button", "{新增按鈕}"}}),
	)}
	if g.chance(0.6) {
		kids = append(kids, gapped(row(g.field(s, "search", fieldOpt{}), selectBox("filter", g.t("Filter", "篩選"), g.ss([]bi{{"All", "全部"}, {"Active", "啟用中"}, {"Archived", "已封存"}}), g.t("All", "全部"))), genui.GapSM))
		s.has(false, g.l("a filter dropdown", "篩選選單"))
	}
	kids = append(kids, g.tableOf(s, d, rows, what))
	if g.chance(0.5) {
		kids = append(kids, g.pager(rows, rows*g.between(3, 40)))
		s.has(false, g.l("{pagination|previous/next buttons under the table}", "{分頁|上一頁下一頁按鈕}"))
	}
	s.root = gapped(col(kids...), genui.GapMD)
	return s
}

func userTable(g *gen) *screen {
	s := &screen{kind: "user_admin", title: g.t("Users", "使用者")}
	s.noun = g.l("{user management table|admin users page|list of users for admins|users table}", "{使用者管理表格|後台會員列表|用戶管理頁}")
	n := g.between(3, 7)
	cols := []string{g.t("Name", "姓名"), g.t("Email", "電子郵件"), g.t("Role", "角色"), g.t("Status", "狀態")}
	if g.chance(0.4) {
		cols = append(cols, g.t("Last active", "最後上線"))
	}
	var rows [][]string
	for _, p := range g.people(n) {
		r := []string{p, g.email(p), g.s(pickOf(g, []bi{{"Admin", "管理員"}, {"Editor", "編輯"}, {"Viewer", "檢視者"}, {"Member", "成員"}})), g.s(pickOf(g, []bi{{"Active", "啟用"}, {"Active", "啟用"}, {"Invited", "已邀請"}, {"Suspended", "停權"}}))}
		if len(cols) == 5 {
			r = append(r, g.l("{%[1]s hours ago|%[1]s days ago|today}", "{%[1]s 小時前|%[1]s 天前|今天}", fmt.Sprint(g.between(2, 9))))
		}
		rows = append(rows, r)
	}
	switch g.r.IntN(3) {
	case 0:
		s.has(true, g.l("{%[1]s users|%[1]s rows}", "{%[1]s位使用者|%[1]s筆資料}", g.count(n)))
	case 1:
		s.has(true, g.l("columns %s", "欄位：%s", g.joinList(quoteAll(g, cols))))
	}
	kids := []*genui.Node{
		spread(g.title(s, 1, []bi{{"Users", "使用者"}, {"Team", "成員"}}, bi{"People", "人員"}, bi{"Accounts", "帳號管理"}),
			g.button(s, btn{text: bi{"Invite user", "邀請使用者"}, alts: []bi{{"Add user", "新增使用者"}}, action: "invite", variant: genui.Primary, say: bi{"{invite|add user} button", "{邀請按鈕|新增使用者按鈕}"}})),
		table(cols, rows),
	}
	s.root = gapped(col(kids...), genui.GapMD)
	return s
}

func leaderboard(g *gen) *screen {
	s := &screen{kind: "leaderboard", title: g.t("Leaderboard", "排行榜")}
	s.noun = g.l("{leaderboard|top players list|ranking|high scores table}", "{排行榜|玩家排名|積分榜}")
	n := g.between(3, 8)
	if g.chance(0.4) {
		s.has(true, g.l("{top %[1]s|the top %[1]s players|%[1]s people}", "{前%[1]s名|%[1]s位玩家}", g.count(n)))
	}
	pts := g.between(2000, 9000)
	var rows []*genui.Node
	for i, p := range g.people(n) {
		rows = append(rows, spread(gapped(row(heading(fmt.Sprint(i+1), 4), personRow(p, g.l("Level %s", "等級 %s", fmt.Sprint(g.between(5, 60))))), genui.GapSM), badge(g.l("%s pts", "%s 分", thousands(int64(pts))), genui.Info)))
		pts -= g.between(50, 600)
	}
	s.has(false, g.l("{avatars, names and points|each row with rank, avatar and score}", "{名次、頭像和分數}"))
	kids := []*genui.Node{g.title(s, 2, []bi{{"Leaderboard", "排行榜"}, {"Top players", "頂尖玩家"}}, bi{"Hall of fame", "名人堂"}, bi{"This week's champions", "本週冠軍"})}
	if g.chance(0.4) {
		kids = append(kids, tabs(tab(g.t("This week", "本週"), gapped(col(rows...), genui.GapSM)), tab(g.t("All time", "歷史"), muted(g.t("Loading…", "載入中…")))))
		s.has(true, g.l("{tabs for this week and all time|weekly / all-time tabs}", "{本週和歷史兩個分頁}"))
	} else {
		kids = append(kids, gapped(col(rows...), genui.GapSM))
	}
	s.root = gapped(card("", kids...), genui.GapMD)
	return s
}

func statusPage(g *gen) *screen {
	s := &screen{kind: "status_page", title: g.t("System status", "系統狀態")}
	s.noun = g.l("{status page|system status page|service health page|uptime page}", "{系統狀態頁|服務狀態頁面}")
	brand := g.brandName(s)
	services := sample(g, []bi{{"API", "API"}, {"Website", "網站"}, {"Dashboard", "管理後台"}, {"Payments", "金流"}, {"Email delivery", "郵件寄送"}, {"Database", "資料庫"}, {"Search", "搜尋"}}, g.between(3, 6))
	down := -1
	if g.chance(0.35) {
		down = g.r.IntN(len(services))
		s.says(true, g.l("{%[1]s should show as degraded|mark %[1]s as having issues}", "{%[1]s服務異常|%[1]s效能下降}", g.v(g.s(services[down]))))
	}
	var rows []*genui.Node
	for i, sv := range services {
		b := badge(g.t("Operational", "正常"), genui.Success)
		if i == down {
			b = badge(g.t("Degraded", "效能下降"), genui.Warning)
		}
		rows = append(rows, spread(para(g.s(sv)), b))
	}
	top := alert(genui.Success, g.t("All systems operational", "所有系統運作正常"), "")
	if down >= 0 {
		top = alert(genui.Warning, g.t("Partial outage", "部分服務異常"), g.l("%s is responding slowly. We're on it.", "%s回應緩慢，我們正在處理。", g.s(services[down])))
	}
	kids := []*genui.Node{heading(g.l("%s status", "%s 系統狀態", brand), 1), top, gapped(card(g.t("Services", "服務"), rows...), genui.GapSM)}
	s.has(false, g.l("{a list of services with status badges|a status badge for each service}", "{各服務的狀態標籤}"))
	if g.chance(0.5) {
		kids = append(kids, progress(float64(9900+g.between(0, 99))/100, g.t("Uptime, last 90 days", "近 90 天可用率")))
		s.has(false, g.l("{an uptime bar|90-day uptime}", "{可用率進度條}"))
	}
	s.root = gapped(col(kids...), genui.GapMD)
	return s
}

func wallet(g *gen) *screen {
	s := &screen{kind: "wallet", title: g.t("Wallet", "錢包")}
	s.noun = g.l("{banking app home|wallet screen|account balance page|finance app overview}", "{銀行 App 首頁|錢包畫面|帳戶餘額頁}")
	bal := g.money(g.price(200, 24000), true)
	if g.chance(0.6) {
		s.has(true, g.l("{a balance of %[1]s|balance %[1]s|showing %[1]s}", "{餘額 %[1]s|顯示 %[1]s}", g.v(bal)))
	} else {
		s.has(false, g.l("{the balance|a big balance}", "{餘額}"))
	}
	acts := []*genui.Node{
		button(g.t("Send", "轉帳"), "send", genui.Primary), button(g.t("Request", "收款"), "request", genui.Secondary), button(g.t("Top up", "儲值"), "top_up", genui.Secondary),
	}
	s.has(false, g.l("{send, request and top up buttons|quick action buttons}", "{轉帳、收款、儲值按鈕}"))
	n := g.between(3, 6)
	var tx []*genui.Node
	for range n {
		who := g.pick(g.person(), g.t("Coffee Bar", "咖啡店"), g.t("Grocery Mart", "全聯"), g.t("Salary", "薪資"), g.t("Metro card", "悠遊卡"))
		amt := g.money(g.price(3, 300), true)
		sign := "-"
		if who == g.t("Salary", "薪資") {
			sign = "+"
		}
		tx = append(tx, spread(gapped(col(para(who), muted(g.date())), genui.GapNone), para(sign+amt)))
	}
	if g.chance(0.4) {
		s.has(true, g.l("{the last %[1]s transactions|%[1]s recent transactions}", "{最近%[1]s筆交易}", g.count(n)))
	}
	s.root = gapped(col(
		g.title(s, 2, []bi{{"Wallet", "錢包"}, {"Main account", "主要帳戶"}}, bi{"My money", "我的錢"}),
		card(g.t("Available balance", "可用餘額"), heading(bal, 1), gapped(row(acts...), genui.GapSM)),
		card(g.t("Recent transactions", "近期交易"), tx...),
	), genui.GapMD)
	return s
}

func weather(g *gen) *screen {
	s := &screen{kind: "weather", title: g.t("Weather", "天氣")}
	city := g.s(pickOf(g, cities))
	s.noun = g.l("{weather widget|weather card|forecast widget|weather app screen}", "{天氣小工具|天氣卡片|天氣預報}")
	if g.chance(0.6) {
		s.noun = g.l("%s for %s", "%[2]s的%[1]s", s.noun, g.v(city))
	}
	temp := g.between(-3, 34)
	cond := pickOf(g, []struct {
		t    bi
		icon string
	}{{bi{"Sunny", "晴天"}, "sun"}, {bi{"Partly cloudy", "多雲時晴"}, "sun"}, {bi{"Rain", "下雨"}, "globe"}, {bi{"Clear night", "晴朗夜晚"}, "moon"}})
	unit := "°C"
	if !g.zh && g.chance(0.3) {
		unit = "°F"
		temp = temp*9/5 + 32
	}
	if g.chance(0.6) {
		s.mod(true, g.l("{showing %[1]s and %[2]s|with %[1]s, %[2]s right now}", "{目前 %[1]s，%[2]s}", g.v(fmt.Sprintf("%d%s", temp, unit)), g.v(lower(g.s(cond.t)))))
	}
	kids := []*genui.Node{
		spread(gapped(col(heading(city, 2), muted(g.date())), genui.GapNone), icon(cond.icon)),
		heading(fmt.Sprintf("%d%s", temp, unit), 1),
		para(g.s(cond.t)),
	}
	if g.chance(0.6) {
		kids = append(kids, gapped(grid(3,
			stat(g.t("Humidity", "濕度"), fmt.Sprintf("%d%%", g.between(30, 95)), ""),
			stat(g.t("Wind", "風速"), fmt.Sprintf("%d km/h", g.between(2, 40)), ""),
			stat(g.t("UV index", "紫外線"), fmt.Sprint(g.between(1, 10)), ""),
		), genui.GapSM))
		s.has(false, g.l("{humidity, wind and UV|details like humidity and wind}", "{濕度、風速和紫外線}"))
	}
	if g.chance(0.6) {
		n := g.between(3, 7)
		var days []*genui.Node
		start := g.r.IntN(7)
		for i := range n {
			hi := temp + g.between(-4, 4)
			days = append(days, centered(gapped(col(para(g.s(weekdays[(start+i)%7])), icon(pickOf(g, []string{"sun", "sun", "moon", "globe"})), muted(fmt.Sprintf("%d° / %d°", hi, hi-g.between(4, 10)))), genui.GapXS)))
		}
		kids = append(kids, gapped(grid(n, days...), genui.GapSM))
		s.has(g.chance(0.5), g.l("{a %[1]s-day forecast|forecast for the next %[1]s days}", "{未來%[1]s天預報|%[1]s天天氣預報}", fmt.Sprint(n)))
	}
	s.root = gapped(card("", kids...), genui.GapMD)
	return s
}

func fitness(g *gen) *screen {
	d := domainNamed("fitness")
	s := &screen{kind: "fitness", title: g.t("Activity", "活動紀錄")}
	s.noun = g.l("{fitness tracker screen|activity dashboard|workout summary|health app home}", "{健身紀錄畫面|運動數據頁|健康 App 首頁}")
	goals := []*genui.Node{}
	for _, gl := range sample(g, []bi{{"Move", "活動"}, {"Exercise", "運動"}, {"Stand", "站立"}, {"Water", "喝水"}}, g.between(2, 3)) {
		v := float64(g.between(2, 19) * 5)
		goals = append(goals, progress(v, g.l("%s · %s%%", "%s · %s%%", g.s(gl), fmt.Sprint(v))))
	}
	s.has(false, g.l("{goal progress bars|progress toward daily goals}", "{每日目標進度條}"))
	s.root = gapped(col(
		g.title(s, 1, []bi{{"Today", "今天"}, {"Your activity", "你的活動"}}, bi{"Keep moving!", "繼續保持！"}, bi{"Nice work", "做得好"}),
		g.statGrid(s, d, g.between(2, 4), g.chance(0.3)),
		card(g.t("Daily goals", "每日目標"), goals...),
		g.chartOf(s, d, g.askedChart(0.3), true),
	), genui.GapMD)
	return s
}
