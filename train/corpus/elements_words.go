package corpus

import (
	"fmt"
	"slices"

	"github.com/genui/genui/genui"
)

// Words of element lists that belong to no topic: the buttons, links,
// tabs and pictures any screen may have, option lists made of figures,
// and messages with content in them.

var commonActions = bis(`Back|返回; Cancel|取消; Continue|繼續; Next|下一步; Save|儲存; Submit|送出; Skip|略過; Done|完成; Close|關閉; Edit|編輯;
	Delete|刪除; Confirm|確認; Reset|重設; Clear all|全部清除; Previous|上一步; Learn more|了解更多; Try again|再試一次; Get started|開始使用;
	Save draft|儲存草稿; Discard|捨棄; Export|匯出; Print|列印; Share|分享; Upload|上傳; Refresh|重新整理; View all|查看全部; Apply|套用; Sign out|登出`)

// commonFields are fields any screen may ask for.
var commonFields = func() []fieldWord {
	var out []fieldWord
	for _, e := range entries(`Email|電子郵件|email; Password|密碼|password; Confirm password|確認密碼|password; Full name|姓名; First name|名字; Last name|姓氏;
		Phone number|電話號碼|tel; Date|日期|date; Time|時間|time; Start date|開始日期|date; End date|結束日期|date; Website|網站|url; Username|使用者名稱;
		Company|公司; Address|地址; City|城市; Postal code|郵遞區號; Quantity|數量|number; Amount|金額|number; Age|年齡|number; Notes|備註|area;
		Message|訊息|area; Comments|意見|area; Description|說明|area; Card number|卡號; Expiry|有效期限; CVC|安全碼; Promo code|優惠碼`) {
		b, kind := biKind(e, "text")
		out = append(out, fieldWord{b, kind})
	}
	return out
}()

// fieldGroups are fields of commonFields people ask for together, in
// this order.
var fieldGroups = func() [][]fieldWord {
	var out [][]fieldWord
	for _, labels := range [][]string{{"Card number", "Expiry", "CVC"}, {"First name", "Last name"}, {"Date", "Time"}, {"Start date", "End date"},
		{"Email", "Password"}, {"Password", "Confirm password"}, {"Address", "City", "Postal code"}, {"Email", "Phone number"}, {"Full name", "Email", "Phone number"}} {
		var group []fieldWord
		for _, label := range labels {
			k := slices.IndexFunc(commonFields, func(f fieldWord) bool { return f.label.en == label })
			if k < 0 {
				panic("corpus: no common field " + label) // labels are constants of this package
			}
			group = append(group, commonFields[k])
		}
		out = append(out, group)
	}
	return out
}()

// leadActions come first in a row of buttons: the way back or out.
var leadActions = bis(`Back|返回; Cancel|取消; Previous|上一步; Skip|略過; Save draft|儲存草稿; Not now|稍後再說`)

var commonLinks = bis(`Terms of service|服務條款; Privacy policy|隱私權政策; Help center|幫助中心; FAQ|常見問題; Back to home|回首頁; View all|查看全部;
	Contact support|聯絡客服; Forgot password?|忘記密碼？; Learn more|了解更多; See details|查看詳情; Release notes|版本說明; Documentation|說明文件;
	Refund policy|退款政策; Accessibility|無障礙說明; Status page|系統狀態; Community guidelines|社群守則`)

var commonTabs = bis(`Overview|總覽; Details|詳細資訊; History|歷史紀錄; Settings|設定; Reviews|評論; Activity|動態; Files|檔案; Notes|筆記; Members|成員;
	Billing|帳務; Upcoming|即將到來; Past|過去; Drafts|草稿; Archived|已封存; All|全部; Unread|未讀; Photos|照片; Schedule|時程; Results|結果; Stats|統計`)

var pictureSubjects = bis(`a mountain lake|山中湖泊; the storefront|店面; a smiling customer|微笑的顧客; the product|產品; a city skyline|城市天際線; a golden retriever|黃金獵犬;
	a bowl of ramen|一碗拉麵; the team at work|工作中的團隊; a map of the area|周邊地圖; a sunset beach|夕陽海灘; a modern kitchen|現代廚房; a race start line|路跑起跑線;
	the venue|會場; a stack of books|一疊書; a solar farm|太陽能發電廠; a delivery van|送貨車; a doctor with a tablet|拿著平板的醫師; a classroom|教室;
	a cozy living room|溫馨客廳; a cup of latte art|拉花拿鐵; a vintage car|古董車; a hiking trail|登山步道; a concert crowd|演唱會人群; a greenhouse|溫室`)

var progressLabels = bis(`Upload|上傳; Profile complete|個人資料完成度; Storage used|已用空間; Course progress|課程進度; Goal|目標; Setup|設定進度; Download|下載;
	Campaign goal|募款目標; Onboarding|新手引導; Battery|電量; Reading|閱讀進度; Sprint|衝刺進度; Migration|資料轉移; Installation|安裝;
	Fundraising|募款進度; Checklist|清單進度; Order progress|訂單進度; Level progress|等級進度; Savings goal|儲蓄目標; Sync|同步; Application|申請進度`)

// sliders are what sliders set, with the ranges people give them: low,
// high and step.
var sliders = []struct {
	label  bi
	ranges [][3]float64
}{
	{bi{"Volume", "音量"}, [][3]float64{{0, 100, 1}, {0, 10, 1}}}, {bi{"Brightness", "亮度"}, [][3]float64{{0, 100, 5}, {0, 100, 1}}},
	{bi{"Price range", "價格區間"}, [][3]float64{{0, 500, 10}, {0, 1000, 50}, {10, 200, 10}}}, {bi{"Budget", "預算"}, [][3]float64{{100, 5000, 100}, {0, 2000, 50}}},
	{bi{"Distance", "距離"}, [][3]float64{{1, 50, 1}, {0, 200, 5}, {1, 25, 1}}}, {bi{"Age", "年齡"}, [][3]float64{{18, 99, 1}, {0, 18, 1}, {18, 65, 1}}},
	{bi{"Temperature", "溫度"}, [][3]float64{{16, 30, 0.5}, {60, 85, 1}, {10, 32, 1}}}, {bi{"Difficulty", "難度"}, [][3]float64{{1, 5, 1}, {1, 10, 1}}},
	{bi{"Font size", "字體大小"}, [][3]float64{{10, 32, 1}, {12, 24, 2}}}, {bi{"Radius", "範圍半徑"}, [][3]float64{{1, 50, 1}, {5, 100, 5}}},
	{bi{"Duration", "時長"}, [][3]float64{{5, 120, 5}, {15, 90, 15}, {1, 12, 1}}}, {bi{"Opacity", "透明度"}, [][3]float64{{0, 1, 0.1}, {0, 100, 10}}},
	{bi{"Speed", "速度"}, [][3]float64{{0.5, 2, 0.25}, {1, 10, 1}}}, {bi{"Satisfaction", "滿意度"}, [][3]float64{{0, 10, 1}, {1, 5, 1}}},
	{bi{"Zoom", "縮放"}, [][3]float64{{50, 200, 10}, {25, 400, 25}}}, {bi{"Tip", "小費"}, [][3]float64{{0, 30, 1}, {10, 25, 5}}},
	{bi{"Pain level", "疼痛程度"}, [][3]float64{{0, 10, 1}}}, {bi{"Team size", "團隊人數"}, [][3]float64{{1, 50, 1}, {1, 500, 10}}},
	{bi{"Loan amount", "貸款金額"}, [][3]float64{{1000, 50000, 1000}, {10000, 500000, 10000}}}, {bi{"Sleep goal", "睡眠目標"}, [][3]float64{{5, 10, 0.5}}},
	{bi{"Water goal", "喝水目標"}, [][3]float64{{4, 12, 1}}}, {bi{"Max price", "最高價格"}, [][3]float64{{0, 300, 10}, {50, 1000, 50}}},
}

// compareRows are the rows of comparison tables and how their cells are
// made.
var compareRows = []struct {
	label bi
	cell  func(g *gen) string
}{
	{bi{"Storage", "儲存空間"}, func(g *gen) string { return g.figure("size", nil) }},
	{bi{"Users", "使用者人數"}, func(g *gen) string { return g.pick(fmt.Sprint(g.between(1, 50)), g.t("Unlimited", "不限")) }},
	{bi{"Support", "客服"}, func(g *gen) string { return g.s(pickOf(g, supportLevels)) }},
	{bi{"Price", "價格"}, func(g *gen) string { return g.itemPrice(0, 300) }},
	{bi{"Projects", "專案數"}, func(g *gen) string { return g.pick(fmt.Sprint(g.between(1, 100)), g.t("Unlimited", "不限")) }},
	{bi{"Battery life", "電池續航"}, func(g *gen) string { return g.amount(float64(g.between(4, 40)), " h", " 小時") }},
	{bi{"Weight", "重量"}, func(g *gen) string { return g.amount(float64(g.between(2, 300))/10, " kg", " 公斤") }},
	{bi{"Range", "續航里程"}, func(g *gen) string { return g.amount(float64(g.between(80, 700)), " km", " 公里") }},
	{bi{"Custom domain", "自訂網域"}, func(g *gen) string { return g.pick("✓", "—", g.t("Yes", "有"), g.t("No", "無")) }},
	{bi{"Seats", "座位數"}, func(g *gen) string { return fmt.Sprint(g.between(2, 9)) }},
	{bi{"Screen", "螢幕"}, func(g *gen) string { return fmt.Sprintf("%.1f\"", 5+g.r.Float64()*12) }},
	{bi{"Warranty", "保固"}, func(g *gen) string { return g.l("%s years", "%s 年", fmt.Sprint(g.between(2, 5))) }},
	{bi{"Speed", "速度"}, func(g *gen) string { return g.amount(float64(g.between(10, 1000)), " Mbps", " Mbps") }},
	{bi{"Meals", "餐點"}, func(g *gen) string { return g.s(pickOf(g, mealPlans)) }},
}

// optionMakers make option lists of figures that no vocabulary holds,
// with a label each: times, prices, dates, names, sizes.
var optionMakers = []struct {
	labels []bi
	make   func(g *gen) string
}{
	{bis(`Pickup time|取貨時間; Start time|開始時間; Time slot|時段; Appointment time|預約時間`), func(g *gen) string { return g.hour() }},
	{bis(`Amount|金額; Price|價格; Budget|預算; Tip|小費`), func(g *gen) string { return g.cash(float64(5*g.between(1, 60)), false) }},
	{bis(`Date|日期; Delivery date|到貨日期; Session|場次; Due date|截止日期`), func(g *gen) string { return g.day() }},
	{bis(`Assignee|負責人; Host|主持人; Doctor|醫師; Coach|教練; Reviewer|審核人`), func(g *gen) string { return g.person() }},
	{bis(`City|城市; Location|地點; Branch|分店; Departure city|出發城市`), func(g *gen) string { return g.s(pickOf(g, cities)) }},
	{bis(`Bottle size|容量; Storage|容量; Plan size|方案容量`), func(g *gen) string {
		return g.pick(g.figure("size", nil), g.amount(float64(50*g.between(1, 20)), " ml", " 毫升"))
	}},
	{bis(`Seats|座位數; Guests|人數; Quantity|數量; Nights|晚數`), func(g *gen) string { return fmt.Sprint(g.between(1, 12)) }},
	{bis(`Version|版本; Release|發行版本`), func(g *gen) string { return g.code("version") }},
	{bis(`Supplier|供應商; Client|客戶; Carrier|物流商; Sponsor|贊助商`), func(g *gen) string { return g.company() }},
}

var (
	supportLevels = bis(`Email|Email; Chat|線上客服; Phone|電話; 24/7 phone|24 小時電話; Community|社群`)
	mealPlans     = bis(`Breakfast|早餐; Half board|半膳; All inclusive|全包; None|無`)
	successTexts  = bis(`Saved!|已儲存！; Payment received|已收到款項; All set|設定完成; Thanks, we got it|謝謝，我們已收到`)
	warningTexts  = bis(`You have unsaved changes|有尚未儲存的變更; Storage almost full|空間快滿了; Check your details|請確認資料`)
	errorTexts    = bis(`Card declined|信用卡交易失敗; Something went wrong|發生錯誤; Connection lost|連線中斷; Upload failed|上傳失敗`)
	infoTexts     = bis(`Prices include tax|價格已含稅; We reply within 24 hours|我們會在 24 小時內回覆; Doors open at 7 pm|晚上 7 點開放入場`)
)

// message is a sentence an alert or a note shows, with the tone it has.
type message struct {
	tone genui.Tone
	make func(g *gen) string
}

var messages = []message{
	{genui.Success, func(g *gen) string { return g.s(pickOf(g, successTexts)) }},
	{genui.Success, func(g *gen) string { return g.l("Your order %s has shipped", "訂單 %s 已出貨", g.code("order")) }},
	{genui.Success, func(g *gen) string { return g.l("Booking confirmed for %s", "已確認 %s 的預約", g.day()) }},
	{genui.Warning, func(g *gen) string {
		return g.l("Your trial ends in %s days", "試用將在 %s 天後到期", fmt.Sprint(g.between(2, 14)))
	}},
	{genui.Warning, func(g *gen) string {
		return g.l("%s items are low on stock", "%s 項商品庫存不足", fmt.Sprint(g.between(2, 40)))
	}},
	{genui.Warning, func(g *gen) string { return g.s(pickOf(g, warningTexts)) }},
	{genui.DangerTone, func(g *gen) string { return g.s(pickOf(g, errorTexts)) }},
	{genui.DangerTone, func(g *gen) string { return g.l("Payment of %s failed", "%s 付款失敗", g.itemPrice(5, 900)) }},
	{genui.Info, func(g *gen) string { return g.l("Maintenance on %s at %s", "%s %s 系統維護", g.day(), g.hour()) }},
	{genui.Info, func(g *gen) string { return g.l("Version %s is available", "%s 版已推出", g.code("version")) }},
	{genui.Info, func(g *gen) string {
		return g.s(pickOf(g, infoTexts))
	}},
}

// notes are lines of text with content in them.
var notes = []func(g *gen) string{
	func(g *gen) string {
		return g.l("Free shipping on orders over %s", "滿 %s 免運", g.cash(float64(5*g.between(6, 30)), false))
	},
	func(g *gen) string { return g.l("Last updated %s", "最後更新：%s", g.day()) },
	func(g *gen) string { return g.l("Questions? Call %s", "有問題請來電 %s", g.figure("phone", nil)) },
	func(g *gen) string { return g.l("Doors open at %s", "%s 開放入場", g.hour()) },
	func(g *gen) string { return g.l("Offer ends %s", "優惠至 %s 截止", g.day()) },
	func(g *gen) string { return g.l("Hosted by %s", "主辦：%s", g.company()) },
	func(g *gen) string { return g.l("Prepared by %s", "製表人：%s", g.person()) },
	func(g *gen) string { return g.l("Reference %s", "參考編號 %s", g.code("ref")) },
	func(g *gen) string { return g.headline() },
}

// toneWords say what kind of alert a person wants.
var toneWords = map[genui.Tone]bi{
	genui.Success:    {"{success message|success banner|green alert|confirmation}", "{成功提示|綠色提示|確認訊息}"},
	genui.Warning:    {"{warning|warning banner|yellow alert|heads-up}", "{警告|黃色提示|注意事項}"},
	genui.DangerTone: {"{error message|error alert|red alert|error banner}", "{錯誤訊息|紅色警示|錯誤提示}"},
	genui.Info:       {"{info note|info banner|blue notice|notice}", "{提示訊息|藍色提示|公告}"},
}
