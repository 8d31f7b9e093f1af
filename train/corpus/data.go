package corpus

import (
	"fmt"
	"math"

	"github.com/genui/genui/genui"
)

// A domain is a subject of dashboards, reports and tables: its key figures,
// the series its charts draw and the columns of its tables. Values are
// made up but realistic, so specs look like real products.
type domain struct {
	name    bi // "sales", "銷售" (as in "a sales dashboard")
	metrics []metric
	series  []series
	columns []column // the first is the row's name; tables take a prefix or a choice
}

type metric struct {
	label bi
	value func(g *gen) string
	delta bool // the figure has a change ("+12%")
}

// series is what a chart can draw.
type series struct {
	title  bi
	labels func(g *gen) []string // categories or points in time
	lo, hi float64               // value range
	time   bool                  // over time (line, area, bar) rather than parts of a whole (pie, donut, bar)
	say    bi                    // how people ask for it: "revenue by month"
}

type column struct {
	head bi
	cell func(g *gen) string
}

// Label makers for series.
func lastMonths(n int) func(g *gen) []string {
	return func(g *gen) []string {
		start := g.r.IntN(12)
		out := make([]string, n)
		for i := range out {
			out[i] = g.s(months[(start+i)%12])
		}
		return out
	}
}

func week(g *gen) []string { return g.ss(weekdays) }

func quarters(g *gen) []string {
	if g.zh {
		return []string{"第一季", "第二季", "第三季", "第四季"}
	}
	return []string{"Q1", "Q2", "Q3", "Q4"}
}

func cats(c ...bi) func(g *gen) []string {
	return func(g *gen) []string { return g.ss(c) }
}

// Cell and figure makers.
func num(lo, hi int) func(g *gen) string {
	return func(g *gen) string { return thousands(int64(g.between(lo, hi))) }
}

func cash(lo, hi int) func(g *gen) string {
	return func(g *gen) string { return g.money(float64(g.between(lo, hi)), false) }
}

func cashCents(lo, hi int) func(g *gen) string {
	return func(g *gen) string { return g.money(g.price(lo, hi), true) }
}

func pct(lo, hi float64) func(g *gen) string {
	return func(g *gen) string { return fmt.Sprintf("%.1f%%", lo+g.r.Float64()*(hi-lo)) }
}

func oneOf(c ...bi) func(g *gen) string {
	return func(g *gen) string { return g.s(pickOf(g, c)) }
}

func nameCell(g *gen) string { return g.person() }
func dateCell(g *gen) string { return g.date() }
func idCell(prefix string) func(g *gen) string {
	return func(g *gen) string { return fmt.Sprintf("%s%d", prefix, g.between(1000, 9999)) }
}
func productCell(g *gen) string { return g.s(pickOf(g, products).name) }
func cityCell(g *gen) string    { return g.s(pickOf(g, cities)) }
func roleCell(g *gen) string    { return g.s(pickOf(g, roles)) }

var statusOrder = []bi{{"Paid", "已付款"}, {"Pending", "處理中"}, {"Shipped", "已出貨"}, {"Refunded", "已退款"}, {"Cancelled", "已取消"}}

var domains = []domain{
	{
		name: bi{"sales", "銷售"},
		metrics: []metric{
			{bi{"Revenue", "營收"}, cash(12000, 480000), true}, {bi{"Orders", "訂單數"}, num(120, 9800), true},
			{bi{"Average order", "平均客單價"}, cashCents(25, 180), true}, {bi{"Conversion rate", "轉換率"}, pct(1.2, 6.5), true},
			{bi{"Refunds", "退款"}, num(2, 90), true}, {bi{"New customers", "新客戶"}, num(40, 2400), true},
		},
		series: []series{
			{bi{"Revenue", "營收"}, lastMonths(6), 8000, 60000, true, bi{"{revenue|sales} {by month|per month|over the last 6 months}", "{每月營收|近六個月營收}"}},
			{bi{"Orders this week", "本週訂單"}, week, 20, 260, true, bi{"orders {this week|per day}", "{本週訂單|每日訂單}"}},
			{bi{"Sales by channel", "各通路銷售"}, cats(bi{"Online", "線上"}, bi{"In store", "門市"}, bi{"Marketplace", "電商平台"}, bi{"Wholesale", "批發"}), 5, 60, false, bi{"sales by channel", "各通路銷售"}},
			{bi{"Sales by region", "各區域銷售"}, cats(bi{"North", "北區"}, bi{"South", "南區"}, bi{"East", "東區"}, bi{"West", "西區"}), 10, 90, false, bi{"sales by region", "各區域銷售"}},
		},
		columns: []column{
			{bi{"Order", "訂單"}, idCell("#")}, {bi{"Customer", "客戶"}, nameCell}, {bi{"Date", "日期"}, dateCell},
			{bi{"Total", "金額"}, cashCents(12, 640)}, {bi{"Status", "狀態"}, oneOf(statusOrder...)}, {bi{"Product", "商品"}, productCell},
		},
	},
	{
		name: bi{"SaaS metrics", "訂閱營運"},
		metrics: []metric{
			{bi{"MRR", "月經常性收入"}, cash(8000, 240000), true}, {bi{"Active users", "活躍用戶"}, num(300, 52000), true},
			{bi{"Churn", "流失率"}, pct(0.8, 6), true}, {bi{"Trials", "試用中"}, num(20, 900), true},
			{bi{"ARPU", "每用戶平均收入"}, cashCents(9, 89), true}, {bi{"NPS", "淨推薦值"}, num(20, 72), false},
		},
		series: []series{
			{bi{"Monthly recurring revenue", "月經常性收入"}, lastMonths(8), 10000, 90000, true, bi{"MRR {over time|by month|growth}", "{MRR 成長|每月經常性收入}"}},
			{bi{"Signups", "註冊數"}, lastMonths(6), 100, 2400, true, bi{"{signups|new signups} {per month|by month}", "每月註冊數"}},
			{bi{"Users by plan", "各方案用戶"}, cats(bi{"Free", "免費"}, bi{"Pro", "專業"}, bi{"Team", "團隊"}, bi{"Enterprise", "企業"}), 50, 4000, false, bi{"users by plan", "各方案用戶數"}},
		},
		columns: []column{
			{bi{"Customer", "客戶"}, func(g *gen) string { return pickOf(g, brands) + g.pick(" Inc.", " Ltd", " Co.", "", " Labs") }},
			{bi{"Plan", "方案"}, oneOf(plans[2:8]...)}, {bi{"Seats", "席次"}, num(1, 250)}, {bi{"MRR", "月費"}, cash(29, 4800)},
			{bi{"Since", "開始日期"}, dateCell}, {bi{"Owner", "負責人"}, nameCell},
		},
	},
	{
		name: bi{"website traffic", "網站流量"},
		metrics: []metric{
			{bi{"Visitors", "訪客數"}, num(1200, 480000), true}, {bi{"Page views", "瀏覽量"}, num(4000, 1900000), true},
			{bi{"Bounce rate", "跳出率"}, pct(28, 68), true}, {bi{"Avg. session", "平均停留"}, func(g *gen) string { return fmt.Sprintf("%dm %02ds", g.between(1, 6), g.between(0, 59)) }, true},
		},
		series: []series{
			{bi{"Visitors", "訪客數"}, week, 800, 9000, true, bi{"{visitors|traffic} {this week|per day|by day}", "{本週訪客|每日流量}"}},
			{bi{"Traffic sources", "流量來源"}, cats(bi{"Direct", "直接"}, bi{"Search", "搜尋"}, bi{"Social", "社群"}, bi{"Email", "Email"}, bi{"Referral", "推薦連結"}), 5, 45, false, bi{"traffic {sources|by source}", "流量來源"}},
			{bi{"Devices", "裝置"}, cats(bi{"Desktop", "桌機"}, bi{"Mobile", "手機"}, bi{"Tablet", "平板"}), 8, 70, false, bi{"{devices|visits by device}", "裝置比例"}},
		},
		columns: []column{
			{bi{"Page", "頁面"}, oneOf(bi{"/home", "/home"}, bi{"/pricing", "/pricing"}, bi{"/blog", "/blog"}, bi{"/docs", "/docs"}, bi{"/signup", "/signup"}, bi{"/about", "/about"})},
			{bi{"Views", "瀏覽量"}, num(200, 90000)}, {bi{"Visitors", "訪客"}, num(100, 40000)}, {bi{"Bounce rate", "跳出率"}, pct(20, 75)},
		},
	},
	{
		name: bi{"support", "客服"},
		metrics: []metric{
			{bi{"Open tickets", "待處理工單"}, num(4, 240), true}, {bi{"Avg. response", "平均回覆時間"}, func(g *gen) string { return g.l("%s min", "%s 分鐘", fmt.Sprint(g.between(3, 95))) }, true},
			{bi{"Satisfaction", "滿意度"}, pct(82, 99), true}, {bi{"Resolved today", "今日已解決"}, num(5, 180), false},
		},
		series: []series{
			{bi{"Tickets per day", "每日工單"}, week, 10, 140, true, bi{"tickets per day", "每日工單數"}},
			{bi{"Tickets by category", "工單類別"}, cats(bi{"Billing", "帳務"}, bi{"Bug", "錯誤回報"}, bi{"Account", "帳號"}, bi{"Feature request", "功能建議"}), 5, 80, false, bi{"tickets by {category|type}", "工單類別分布"}},
		},
		columns: []column{
			{bi{"Ticket", "工單"}, idCell("T-")}, {bi{"Subject", "主旨"}, oneOf(bi{"Can't log in", "無法登入"}, bi{"Refund request", "申請退款"}, bi{"App crashes on start", "App 開啟就當掉"}, bi{"Change my plan", "更改方案"}, bi{"Invoice missing", "找不到發票"})},
			{bi{"Customer", "客戶"}, nameCell}, {bi{"Priority", "優先順序"}, oneOf(bi{"High", "高"}, bi{"Medium", "中"}, bi{"Low", "低"})},
			{bi{"Status", "狀態"}, oneOf(bi{"Open", "待處理"}, bi{"In progress", "處理中"}, bi{"Resolved", "已解決"})}, {bi{"Agent", "客服人員"}, nameCell},
		},
	},
	{
		name: bi{"finance", "財務"},
		metrics: []metric{
			{bi{"Balance", "餘額"}, cashCents(1200, 98000), false}, {bi{"Income", "收入"}, cash(2000, 24000), true},
			{bi{"Expenses", "支出"}, cash(900, 18000), true}, {bi{"Savings rate", "儲蓄率"}, pct(5, 40), true},
		},
		series: []series{
			{bi{"Spending by category", "支出分類"}, cats(bi{"Rent", "房租"}, bi{"Food", "餐飲"}, bi{"Transport", "交通"}, bi{"Shopping", "購物"}, bi{"Bills", "帳單"}), 80, 1800, false, bi{"{spending|expenses} by category", "{支出分類|各類支出}"}},
			{bi{"Cash flow", "現金流"}, lastMonths(6), 1000, 9000, true, bi{"cash flow {by month|over time}", "每月現金流"}},
		},
		columns: []column{
			{bi{"Description", "項目"}, oneOf(bi{"Grocery store", "超市"}, bi{"Salary", "薪資"}, bi{"Electric bill", "電費"}, bi{"Coffee shop", "咖啡店"}, bi{"Train ticket", "高鐵票"}, bi{"Gym membership", "健身房月費"})},
			{bi{"Date", "日期"}, dateCell}, {bi{"Category", "類別"}, oneOf(bi{"Food", "餐飲"}, bi{"Income", "收入"}, bi{"Bills", "帳單"}, bi{"Transport", "交通"})},
			{bi{"Amount", "金額"}, cashCents(3, 900)},
		},
	},
	{
		name: bi{"fitness", "健身"},
		metrics: []metric{
			{bi{"Steps", "步數"}, num(2000, 18000), true}, {bi{"Calories", "卡路里"}, func(g *gen) string { return thousands(int64(g.between(900, 3200))) + g.t(" kcal", " 大卡") }, true},
			{bi{"Active minutes", "活動時間"}, func(g *gen) string { return g.l("%s min", "%s 分鐘", fmt.Sprint(g.between(10, 150))) }, true},
			{bi{"Sleep", "睡眠"}, func(g *gen) string {
				return g.l("%sh %sm", "%s 小時 %s 分", fmt.Sprint(g.between(5, 9)), fmt.Sprint(g.between(0, 59)))
			}, false},
		},
		series: []series{
			{bi{"Steps this week", "本週步數"}, week, 3000, 16000, true, bi{"steps {this week|per day}", "每日步數"}},
			{bi{"Workouts by type", "運動類型"}, cats(bi{"Running", "跑步"}, bi{"Cycling", "騎車"}, bi{"Yoga", "瑜珈"}, bi{"Strength", "重訓"}), 2, 20, false, bi{"workouts by type", "運動類型比例"}},
		},
		columns: []column{
			{bi{"Workout", "運動"}, oneOf(bi{"Morning run", "晨跑"}, bi{"Spin class", "飛輪課"}, bi{"Yoga", "瑜珈"}, bi{"Leg day", "腿部訓練"}, bi{"Swim", "游泳"})},
			{bi{"Date", "日期"}, dateCell}, {bi{"Duration", "時間"}, func(g *gen) string { return g.l("%s min", "%s 分鐘", fmt.Sprint(g.between(15, 90))) }},
			{bi{"Calories", "卡路里"}, num(120, 900)},
		},
	},
	{
		name: bi{"team", "人資"},
		metrics: []metric{
			{bi{"Employees", "員工人數"}, num(12, 1800), true}, {bi{"Open roles", "職缺"}, num(1, 40), false},
			{bi{"Avg. tenure", "平均年資"}, func(g *gen) string { return g.l("%s years", "%s 年", fmt.Sprintf("%.1f", 1+g.r.Float64()*6)) }, false},
			{bi{"Retention", "留任率"}, pct(80, 97), true},
		},
		series: []series{
			{bi{"Headcount by department", "各部門人數"}, cats(bi{"Engineering", "工程"}, bi{"Sales", "業務"}, bi{"Marketing", "行銷"}, bi{"Support", "客服"}, bi{"Finance", "財務"}), 3, 80, false, bi{"headcount by department", "各部門人數"}},
			{bi{"Hires", "新進人數"}, quarters, 2, 40, true, bi{"hires per quarter", "每季新進人數"}},
		},
		columns: []column{
			{bi{"Name", "姓名"}, nameCell}, {bi{"Role", "職稱"}, roleCell},
			{bi{"Department", "部門"}, oneOf(bi{"Engineering", "工程"}, bi{"Sales", "業務"}, bi{"Marketing", "行銷"}, bi{"Design", "設計"})},
			{bi{"Location", "地點"}, cityCell}, {bi{"Start date", "到職日"}, dateCell},
		},
	},
	{
		name: bi{"inventory", "庫存"},
		metrics: []metric{
			{bi{"Products", "商品數"}, num(40, 3200), false}, {bi{"Low stock", "低庫存"}, num(1, 45), true},
			{bi{"Stock value", "庫存價值"}, cash(5000, 900000), true}, {bi{"Out of stock", "缺貨"}, num(0, 12), false},
		},
		series: []series{
			{bi{"Stock by warehouse", "各倉庫存量"}, cats(bi{"North", "北倉"}, bi{"Central", "中倉"}, bi{"South", "南倉"}), 200, 4000, false, bi{"stock by warehouse", "各倉庫存"}},
			{bi{"Units sold", "銷售數量"}, lastMonths(6), 300, 5000, true, bi{"units sold {per month|by month}", "每月銷售量"}},
		},
		columns: []column{
			{bi{"Product", "商品"}, productCell}, {bi{"SKU", "SKU"}, idCell("SKU-")}, {bi{"In stock", "庫存"}, num(0, 800)},
			{bi{"Price", "價格"}, cashCents(5, 300)}, {bi{"Supplier", "供應商"}, func(g *gen) string { return pickOf(g, brands) + g.t(" Supply", " 貿易") }},
		},
	},
	{
		name: bi{"marketing", "行銷"},
		metrics: []metric{
			{bi{"Impressions", "曝光數"}, num(10000, 2400000), true}, {bi{"Clicks", "點擊數"}, num(300, 90000), true},
			{bi{"CTR", "點擊率"}, pct(0.6, 7.5), true}, {bi{"Cost per lead", "每名單成本"}, cashCents(2, 60), true},
		},
		series: []series{
			{bi{"Clicks by campaign", "各活動點擊"}, cats(bi{"Spring Sale", "春季特賣"}, bi{"Newsletter", "電子報"}, bi{"Retargeting", "再行銷"}, bi{"Brand", "品牌廣告"}), 200, 9000, false, bi{"clicks by campaign", "各活動點擊數"}},
			{bi{"Leads", "名單數"}, lastMonths(6), 40, 900, true, bi{"leads {per month|over time}", "每月名單數"}},
		},
		columns: []column{
			{bi{"Campaign", "活動"}, oneOf(bi{"Spring Sale", "春季特賣"}, bi{"Black Friday", "黑色星期五"}, bi{"Webinar", "線上講座"}, bi{"Launch week", "新品週"}, bi{"Referral", "推薦計畫"})},
			{bi{"Channel", "管道"}, oneOf(bi{"Email", "Email"}, bi{"Search", "搜尋廣告"}, bi{"Social", "社群"}, bi{"Display", "多媒體廣告"})},
			{bi{"Spend", "花費"}, cash(200, 24000)}, {bi{"Clicks", "點擊"}, num(100, 40000)}, {bi{"Conversions", "轉換"}, num(5, 1900)},
		},
	},
	{
		name: bi{"server", "伺服器"},
		metrics: []metric{
			{bi{"Uptime", "運作時間"}, pct(99.1, 99.99), false}, {bi{"CPU", "CPU 使用率"}, pct(8, 92), true},
			{bi{"Latency", "延遲"}, func(g *gen) string { return fmt.Sprintf("%d ms", g.between(12, 480)) }, true},
			{bi{"Errors", "錯誤數"}, num(0, 340), true}, {bi{"Requests/s", "每秒請求"}, num(40, 12000), true},
		},
		series: []series{
			{bi{"CPU usage", "CPU 使用率"}, func(g *gen) []string {
				return []string{"00:00", "04:00", "08:00", "12:00", "16:00", "20:00"}
			}, 5, 95, true, bi{"CPU {usage|load} {today|over the day}", "今日 CPU 使用率"}},
			{bi{"Requests by endpoint", "各端點請求"}, cats(bi{"/api/users", "/api/users"}, bi{"/api/orders", "/api/orders"}, bi{"/api/search", "/api/search"}, bi{"/api/auth", "/api/auth"}), 100, 9000, false, bi{"requests by endpoint", "各 API 請求數"}},
		},
		columns: []column{
			{bi{"Server", "主機"}, func(g *gen) string {
				return g.pick("web", "api", "db", "worker", "cache") + "-" + fmt.Sprint(g.between(1, 12))
			}},
			{bi{"Region", "區域"}, oneOf(bi{"us-east", "us-east"}, bi{"eu-west", "eu-west"}, bi{"ap-east", "ap-east"})},
			{bi{"CPU", "CPU"}, pct(3, 97)}, {bi{"Memory", "記憶體"}, pct(10, 95)},
			{bi{"Status", "狀態"}, oneOf(bi{"Healthy", "正常"}, bi{"Healthy", "正常"}, bi{"Degraded", "效能下降"}, bi{"Down", "離線"})},
		},
	},
	{
		name: bi{"school", "教學"},
		metrics: []metric{
			{bi{"Students", "學生人數"}, num(20, 1400), true}, {bi{"Average grade", "平均成績"}, func(g *gen) string { return fmt.Sprint(g.between(68, 92)) }, true},
			{bi{"Attendance", "出席率"}, pct(82, 99), true}, {bi{"Assignments due", "待交作業"}, num(1, 12), false},
		},
		series: []series{
			{bi{"Grades", "成績分布"}, cats(bi{"A", "A"}, bi{"B", "B"}, bi{"C", "C"}, bi{"D", "D"}, bi{"F", "F"}), 1, 30, false, bi{"grade distribution", "成績分布"}},
			{bi{"Attendance", "出席率"}, week, 70, 100, true, bi{"attendance {this week|by day}", "本週出席率"}},
		},
		columns: []column{
			{bi{"Student", "學生"}, nameCell}, {bi{"Class", "班級"}, oneOf(bi{"Math 101", "數學一"}, bi{"Biology", "生物"}, bi{"History", "歷史"}, bi{"English", "英文"})},
			{bi{"Grade", "成績"}, func(g *gen) string { return fmt.Sprint(g.between(55, 100)) }}, {bi{"Attendance", "出席率"}, pct(70, 100)},
		},
	},
	{
		name: bi{"social media", "社群"},
		metrics: []metric{
			{bi{"Followers", "追蹤者"}, num(300, 250000), true}, {bi{"Engagement", "互動率"}, pct(1, 12), true},
			{bi{"Posts", "貼文數"}, num(3, 120), false}, {bi{"Reach", "觸及人數"}, num(1000, 900000), true},
		},
		series: []series{
			{bi{"Follower growth", "追蹤者成長"}, lastMonths(6), 1000, 50000, true, bi{"follower growth", "追蹤者成長"}},
			{bi{"Engagement by platform", "各平台互動"}, cats(bi{"Instagram", "Instagram"}, bi{"Facebook", "Facebook"}, bi{"LinkedIn", "LinkedIn"}, bi{"YouTube", "YouTube"}), 5, 60, false, bi{"engagement by platform", "各平台互動"}},
		},
		columns: []column{
			{bi{"Post", "貼文"}, oneOf(bi{"Behind the scenes", "幕後花絮"}, bi{"Product teaser", "新品預告"}, bi{"Customer story", "顧客故事"}, bi{"Giveaway", "抽獎活動"})},
			{bi{"Platform", "平台"}, oneOf(bi{"Instagram", "Instagram"}, bi{"LinkedIn", "LinkedIn"}, bi{"Facebook", "Facebook"})},
			{bi{"Likes", "按讚"}, num(10, 9000)}, {bi{"Comments", "留言"}, num(0, 600)}, {bi{"Date", "日期"}, dateCell},
		},
	},
	{
		name: bi{"energy", "用電"},
		metrics: []metric{
			{bi{"Today", "今日用電"}, func(g *gen) string { return fmt.Sprintf("%.1f kWh", 4+g.r.Float64()*30) }, true},
			{bi{"This month", "本月用電"}, func(g *gen) string { return fmt.Sprintf("%d kWh", g.between(120, 900)) }, true},
			{bi{"Cost", "電費"}, cashCents(20, 240), true}, {bi{"Solar", "太陽能發電"}, func(g *gen) string { return fmt.Sprintf("%.1f kWh", g.r.Float64()*20) }, false},
		},
		series: []series{
			{bi{"Usage this week", "本週用電"}, week, 5, 40, true, bi{"{energy|power} usage {this week|per day}", "每日用電"}},
			{bi{"Usage by room", "各房間用電"}, cats(bi{"Kitchen", "廚房"}, bi{"Living room", "客廳"}, bi{"Bedroom", "臥室"}, bi{"Office", "書房"}), 5, 120, false, bi{"usage by room", "各房間用電"}},
		},
		columns: []column{
			{bi{"Device", "裝置"}, oneOf(bi{"Air conditioner", "冷氣"}, bi{"Fridge", "冰箱"}, bi{"Washer", "洗衣機"}, bi{"TV", "電視"}, bi{"Water heater", "熱水器"})},
			{bi{"Room", "房間"}, oneOf(bi{"Kitchen", "廚房"}, bi{"Living room", "客廳"}, bi{"Bedroom", "臥室"})},
			{bi{"kWh", "度數"}, num(1, 300)}, {bi{"Cost", "費用"}, cashCents(1, 90)},
		},
	},
	{
		name: bi{"projects", "專案"},
		metrics: []metric{
			{bi{"Active projects", "進行中專案"}, num(2, 40), false}, {bi{"Tasks done", "已完成任務"}, num(10, 900), true},
			{bi{"Overdue", "逾期"}, num(0, 25), true}, {bi{"On track", "如期進行"}, pct(60, 98), true},
		},
		series: []series{
			{bi{"Tasks by status", "任務狀態"}, cats(bi{"To do", "待辦"}, bi{"In progress", "進行中"}, bi{"Review", "審核中"}, bi{"Done", "完成"}), 3, 60, false, bi{"tasks by status", "任務狀態分布"}},
			{bi{"Tasks completed", "完成任務數"}, week, 2, 30, true, bi{"tasks completed {per day|this week}", "每日完成任務"}},
		},
		columns: []column{
			{bi{"Project", "專案"}, oneOf(bi{"Website redesign", "官網改版"}, bi{"Mobile app", "手機 App"}, bi{"Q3 campaign", "第三季活動"}, bi{"Data migration", "資料轉移"}, bi{"Onboarding flow", "新手引導"})},
			{bi{"Owner", "負責人"}, nameCell}, {bi{"Due", "截止日"}, dateCell},
			{bi{"Status", "狀態"}, oneOf(bi{"On track", "正常"}, bi{"At risk", "有風險"}, bi{"Done", "完成"}, bi{"Blocked", "卡關"})},
			{bi{"Progress", "進度"}, func(g *gen) string { return fmt.Sprintf("%d%%", 5*g.between(1, 20)) }},
		},
	},
}

// domainNamed returns the domain with that English name.
func domainNamed(name string) domain {
	for _, d := range domains {
		if d.name.en == name {
			return d
		}
	}
	panic("corpus: no domain " + name) // names are constants of this package
}

// chartKinds are how people name the kinds of chart.
var chartKinds = map[genui.ChartType]bi{
	genui.ChartBar:   {"{bar chart|bar graph|column chart}", "{長條圖|柱狀圖}"},
	genui.ChartLine:  {"{line chart|line graph|trend line|line}", "{折線圖|趨勢線圖}"},
	genui.ChartArea:  {"{area chart|area graph}", "{面積圖|區域圖}"},
	genui.ChartPie:   {"{pie chart|pie}", "{圓餅圖|圓形圖}"},
	genui.ChartDonut: {"{donut chart|doughnut chart|donut}", "{甜甜圈圖|環形圖}"},
}

// data returns n values for the labels of s: a random walk for a series
// over time, shares of a whole for a series of parts, rounded as a person
// would round them.
func (g *gen) data(s series, labels []string) []genui.Datum {
	out := make([]genui.Datum, len(labels))
	v := s.lo + g.r.Float64()*(s.hi-s.lo)
	for i, l := range labels {
		if s.time {
			v += (g.r.Float64() - 0.42) * (s.hi - s.lo) / 4
			v = math.Max(s.lo, math.Min(s.hi, v))
		} else {
			v = s.lo + g.r.Float64()*(s.hi-s.lo)
		}
		out[i] = genui.Datum{Label: l, Value: round(v)}
	}
	return out
}

// round keeps two or three significant digits.
func round(v float64) float64 {
	switch {
	case v >= 10000:
		return math.Round(v/100) * 100
	case v >= 1000:
		return math.Round(v/10) * 10
	case v >= 100:
		return math.Round(v)
	}
	return math.Round(v*10) / 10
}

// delta returns a change as a dashboard shows it: "+12%", "-3.4%".
func (g *gen) delta() string {
	d := (g.r.Float64() - 0.3) * 30
	if math.Abs(d) < 0.5 {
		d = 1.2
	}
	if d > 0 {
		return fmt.Sprintf("+%.1f%%", d)
	}
	return fmt.Sprintf("%.1f%%", d)
}
