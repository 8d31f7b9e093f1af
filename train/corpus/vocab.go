package corpus

import (
	"fmt"
	"strings"
)

// bi is a text in both languages of the corpus.
type bi struct{ en, zh string }

// s returns b in the sample's language.
func (g *gen) s(b bi) string { return g.t(b.en, b.zh) }

// ss returns the texts of bs in the sample's language.
func (g *gen) ss(bs []bi) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = g.s(b)
	}
	return out
}

// Product and company names: made up, so the model learns to copy names
// rather than to recall them.
var brands = []string{
	"Acme", "Nimbus", "Lumen", "Orbit", "Pinecone", "Bluebird", "Fernwood", "Kite", "Harbor",
	"Quill", "Sprout", "Northwind", "Atlas", "Beacon", "Cobalt", "Driftwood", "Ember", "Foxglove",
	"Granite", "Helix", "Juniper", "Lattice", "Meridian", "Nova", "Oakline", "Pebble", "Ripple",
	"Sable", "Tandem", "Vantage", "Willow", "Zephyr", "Brightside", "Cloudberry", "Daybreak",
	"Evergreen", "Fieldnote", "Goldleaf", "Hilltop", "Jetstream", "Keystone", "Lighthouse",
	"Moonrise", "Northstar", "Parkside", "Quartz", "Redwood", "Silverline", "Trailhead", "Waypoint",
	"Paperplane", "Bytewise", "Greenleaf", "Cartwheel", "Tidepool", "Sunbeam", "Copperfield",
	"Mosaic", "Lumina", "Saltwater", "Teacup", "Fable", "Hatch", "Loop", "Pulse", "Relay", "Scout",
}

// Chinese shop and studio names, for zh samples.
var brandsZh = []string{
	"小日子", "青田", "好日子", "光點", "木木", "山嵐", "拾光", "初心", "森林咖啡", "米路",
	"知行", "好好生活", "晴天", "微光", "藍鵲", "島嶼", "慢慢", "豆子", "一方", "星河",
}

var firstNames = []string{
	"Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Sofia", "Mateo",
	"Aisha", "Omar", "Priya", "Arjun", "Mei", "Kenji", "Yuna", "Hiro", "Chloe", "Daniel",
	"Grace", "Samuel", "Isabella", "Diego", "Zara", "Felix", "Hannah", "Leo", "Nora", "Jonas",
	"Amara", "Kwame", "Elena", "Marco", "Sara", "David", "Lena", "Tomás", "Maya", "Ben",
	"Rosa", "Ivan", "Fatima", "Yusuf", "Julia", "Adam", "Clara", "Oscar", "Ines", "Ravi",
	"Laura", "Carlos", "Anna", "Jake", "Nina", "Theo", "Alice", "Sam", "Ruby", "Max",
}

var lastNames = []string{
	"Smith", "Garcia", "Chen", "Patel", "Kim", "Nguyen", "Johnson", "Müller", "Rossi", "Silva",
	"Okafor", "Haddad", "Tanaka", "Kowalski", "Lopez", "Brown", "Wilson", "Dubois", "Novak", "Khan",
	"Andersson", "Santos", "Ito", "Rahman", "Cohen", "Murphy", "Reyes", "Ahmed", "Larsen", "Costa",
	"Park", "Walker", "Schmidt", "Moreau", "Hughes", "Bianchi", "Yamamoto", "Mensah", "Fischer", "Ortiz",
}

var zhSurnames = []string{"陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾", "邱", "廖", "賴", "周", "徐", "蘇", "葉", "莊", "呂", "江", "何", "蕭", "羅", "高"}

var zhGiven = []string{
	"怡君", "雅婷", "志明", "俊傑", "家豪", "淑芬", "美玲", "宗翰", "冠宇", "佳穎", "承恩", "子涵",
	"品妤", "柏翰", "詩涵", "宇軒", "欣怡", "建宏", "心怡", "哲瑋", "思妤", "彥廷", "郁婷", "冠廷",
	"佩珊", "育誠", "雅雯", "家瑜", "柏宇", "婉婷", "小明", "大偉", "信宏", "玉珍", "靜怡", "明哲",
}

// person returns a full name in the sample's language.
func (g *gen) person() string {
	if g.zh && g.chance(0.9) {
		return g.pick(zhSurnames...) + g.pick(zhGiven...)
	}
	return g.pick(firstNames...) + " " + g.pick(lastNames...)
}

// people returns n different names.
func (g *gen) people(n int) []string {
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		p := g.person()
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// email makes a plausible address for a name.
func (g *gen) email(name string) string {
	user := strings.ToLower(strings.Fields(name + " x")[0])
	if g.zh || strings.ContainsAny(user, "üéáíóú") || user == "x" {
		user = g.pick("amy", "kevin", "jason", "vivian", "eric", "tina", "allen", "grace", "peter", "iris")
	}
	return user + "@" + g.pick("example.com", "mail.com", strings.ToLower(g.brand)+".io", "company.com")
}

var roles = []bi{
	{"Product Designer", "產品設計師"}, {"Software Engineer", "軟體工程師"}, {"Marketing Manager", "行銷經理"},
	{"CEO", "執行長"}, {"CTO", "技術長"}, {"Data Analyst", "資料分析師"}, {"Customer Success", "客戶成功經理"},
	{"Sales Lead", "業務主管"}, {"HR Manager", "人資經理"}, {"Frontend Developer", "前端工程師"},
	{"Backend Developer", "後端工程師"}, {"Product Manager", "產品經理"}, {"UX Researcher", "使用者研究員"},
	{"Support Specialist", "客服專員"}, {"Founder", "創辦人"}, {"Head of Design", "設計總監"},
	{"Content Writer", "內容編輯"}, {"Operations Manager", "營運經理"}, {"QA Engineer", "測試工程師"},
	{"Finance Manager", "財務經理"}, {"Community Manager", "社群經理"}, {"DevOps Engineer", "維運工程師"},
}

var cities = []bi{
	{"New York", "紐約"}, {"London", "倫敦"}, {"Tokyo", "東京"}, {"Taipei", "台北"}, {"Berlin", "柏林"},
	{"Paris", "巴黎"}, {"Sydney", "雪梨"}, {"Toronto", "多倫多"}, {"Singapore", "新加坡"}, {"Seoul", "首爾"},
	{"San Francisco", "舊金山"}, {"Austin", "奧斯汀"}, {"Chicago", "芝加哥"}, {"Amsterdam", "阿姆斯特丹"},
	{"Lisbon", "里斯本"}, {"Barcelona", "巴塞隆納"}, {"Kaohsiung", "高雄"}, {"Taichung", "台中"},
	{"Tainan", "台南"}, {"Hsinchu", "新竹"}, {"Osaka", "大阪"}, {"Hong Kong", "香港"}, {"Vancouver", "溫哥華"},
	{"Melbourne", "墨爾本"}, {"Dublin", "都柏林"}, {"Madrid", "馬德里"}, {"Rome", "羅馬"}, {"Bangkok", "曼谷"},
}

var countries = []bi{
	{"United States", "美國"}, {"Canada", "加拿大"}, {"United Kingdom", "英國"}, {"Germany", "德國"},
	{"France", "法國"}, {"Japan", "日本"}, {"Taiwan", "台灣"}, {"Australia", "澳洲"}, {"Spain", "西班牙"},
	{"Italy", "義大利"}, {"Netherlands", "荷蘭"}, {"Singapore", "新加坡"}, {"South Korea", "韓國"},
	{"Brazil", "巴西"}, {"India", "印度"}, {"Mexico", "墨西哥"},
}

var months = []bi{
	{"Jan", "1月"}, {"Feb", "2月"}, {"Mar", "3月"}, {"Apr", "4月"}, {"May", "5月"}, {"Jun", "6月"},
	{"Jul", "7月"}, {"Aug", "8月"}, {"Sep", "9月"}, {"Oct", "10月"}, {"Nov", "11月"}, {"Dec", "12月"},
}

var monthNames = []bi{
	{"January", "1月"}, {"February", "2月"}, {"March", "3月"}, {"April", "4月"}, {"May", "5月"}, {"June", "6月"},
	{"July", "7月"}, {"August", "8月"}, {"September", "9月"}, {"October", "10月"}, {"November", "11月"}, {"December", "12月"},
}

var weekdays = []bi{
	{"Mon", "週一"}, {"Tue", "週二"}, {"Wed", "週三"}, {"Thu", "週四"}, {"Fri", "週五"}, {"Sat", "週六"}, {"Sun", "週日"},
}

// date returns a day of the year as people write it: "Mar 14" or "3月14日".
func (g *gen) date() string {
	m := g.r.IntN(12)
	d := g.between(1, 28)
	if g.zh {
		return fmt.Sprintf("%d月%d日", m+1, d)
	}
	return fmt.Sprintf("%s %d", months[m].en, d)
}

// clock returns a time of day: "9:30 AM" or "上午 9:30".
func (g *gen) clock() string {
	h := g.between(8, 18)
	m := g.pick("00", "15", "30", "45", "00")
	h12 := (h+11)%12 + 1
	switch {
	case g.zh && h < 12:
		return fmt.Sprintf("上午 %d:%s", h12, m)
	case g.zh:
		return fmt.Sprintf("下午 %d:%s", h12, m)
	case h < 12:
		return fmt.Sprintf("%d:%s AM", h12, m)
	}
	return fmt.Sprintf("%d:%s PM", h12, m)
}

// money formats an amount of US dollars in the sample's currency (see
// cash): "$1,250.00", "€1,150.00", "NT$37,500".
func (g *gen) money(usd float64, cents bool) string { return g.cash(usd, cents) }

// price returns a shop price between lo and hi dollars, ending the way
// prices end (.99, .00, .50).
func (g *gen) price(lo, hi int) float64 {
	p := float64(g.between(lo, hi))
	return p + []float64{0, 0.99, 0.5, 0, 0.99}[g.r.IntN(5)]
}

func thousands(n int64) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// product is something a shop sells, with its usual price range in dollars.
type product struct {
	name   bi
	lo, hi int
	icon   string
}

var products = []product{
	{bi{"Wireless Headphones", "無線耳機"}, 59, 249, "music"}, {bi{"Running Shoes", "慢跑鞋"}, 49, 159, "tag"},
	{bi{"Coffee Grinder", "咖啡磨豆機"}, 29, 129, "gift"}, {bi{"Desk Lamp", "檯燈"}, 19, 89, "sun"},
	{bi{"Canvas Backpack", "帆布後背包"}, 39, 119, "tag"}, {bi{"Ceramic Mug", "陶瓷馬克杯"}, 9, 29, "gift"},
	{bi{"Yoga Mat", "瑜珈墊"}, 19, 79, "heart"}, {bi{"Smart Watch", "智慧手錶"}, 99, 399, "clock"},
	{bi{"Sunglasses", "太陽眼鏡"}, 25, 180, "sun"}, {bi{"Linen Shirt", "亞麻襯衫"}, 29, 89, "tag"},
	{bi{"Insulated Bottle", "保溫瓶"}, 15, 45, "tag"}, {bi{"Dotted Notebook", "點格筆記本"}, 6, 24, "file"},
	{bi{"Bluetooth Speaker", "藍牙喇叭"}, 29, 199, "volume"}, {bi{"Monstera Plant", "龜背芋盆栽"}, 18, 65, "heart"},
	{bi{"Scented Candle", "香氛蠟燭"}, 12, 38, "gift"}, {bi{"Mechanical Keyboard", "機械鍵盤"}, 69, 219, "tag"},
	{bi{"Wool Scarf", "羊毛圍巾"}, 25, 95, "gift"}, {bi{"Leather Wallet", "真皮皮夾"}, 29, 120, "credit-card"},
	{bi{"Phone Case", "手機殼"}, 9, 39, "phone"}, {bi{"Oolong Tea Set", "烏龍茶禮盒"}, 15, 60, "gift"},
	{bi{"Espresso Beans 1kg", "義式咖啡豆 1公斤"}, 18, 42, "gift"}, {bi{"Rain Jacket", "防水外套"}, 59, 189, "tag"},
	{bi{"USB-C Charger", "USB-C 充電器"}, 15, 59, "tag"}, {bi{"Cast Iron Pan", "鑄鐵鍋"}, 25, 89, "gift"},
	{bi{"Throw Blanket", "針織毯"}, 29, 99, "heart"}, {bi{"Denim Jacket", "牛仔外套"}, 49, 139, "tag"},
	{bi{"Hiking Boots", "登山靴"}, 79, 229, "map-pin"}, {bi{"Electric Toothbrush", "電動牙刷"}, 29, 149, "tag"},
	{bi{"Standing Desk", "升降桌"}, 249, 699, "tag"}, {bi{"Office Chair", "人體工學椅"}, 149, 499, "tag"},
}

// colours a person may ask for and the design token each maps to.
type colour struct {
	en, zh  []string // ways to say it
	variant string   // on a button ("" when a tone says it)
	tone    string   // on anything else
}

var colours = []colour{
	{[]string{"red"}, []string{"紅色", "紅色的"}, "danger", "danger"},
	{[]string{"blue"}, []string{"藍色", "藍色的"}, "primary", "info"},
	{[]string{"green"}, []string{"綠色", "綠色的"}, "", "success"},
	{[]string{"yellow", "orange", "amber"}, []string{"黃色", "橘色"}, "", "warning"},
	{[]string{"gray", "grey"}, []string{"灰色", "灰色的"}, "secondary", "neutral"},
}

var plans = []bi{
	{"Free", "免費"}, {"Starter", "入門"}, {"Basic", "基本"}, {"Pro", "專業"}, {"Plus", "進階"},
	{"Team", "團隊"}, {"Business", "商業"}, {"Enterprise", "企業"}, {"Premium", "尊榮"}, {"Hobby", "個人"},
}

var planFeatures = []bi{
	{"Unlimited projects", "無限專案"}, {"5 GB storage", "5 GB 儲存空間"}, {"100 GB storage", "100 GB 儲存空間"},
	{"Priority support", "優先客服"}, {"Custom domain", "自訂網域"}, {"Team collaboration", "團隊協作"},
	{"Advanced analytics", "進階分析"}, {"API access", "API 存取"}, {"Single sign-on", "單一登入 (SSO)"},
	{"Email support", "Email 客服"}, {"1 user", "1 位使用者"}, {"Up to 10 users", "最多 10 位使用者"},
	{"Unlimited users", "不限使用者"}, {"Daily backups", "每日備份"}, {"Audit log", "稽核紀錄"},
	{"Custom branding", "自訂品牌"}, {"24/7 phone support", "24 小時電話客服"}, {"Export to CSV", "匯出 CSV"},
	{"Basic reports", "基本報表"}, {"Integrations", "第三方整合"}, {"Version history", "版本紀錄"},
	{"Dedicated manager", "專屬客戶經理"}, {"99.9% uptime SLA", "99.9% 服務水準保證"}, {"Offline access", "離線使用"},
}

// Features a product page or landing page lists, with an icon each.
var productFeatures = []struct {
	name, blurb bi
	icon        string
}{
	{bi{"Fast setup", "快速上手"}, bi{"Get started in minutes, no credit card needed.", "幾分鐘就能開始，不需信用卡。"}, "clock"},
	{bi{"Secure by default", "預設就安全"}, bi{"Encryption at rest and in transit.", "資料傳輸與儲存全程加密。"}, "shield"},
	{bi{"Works offline", "離線也能用"}, bi{"Keep working without a connection.", "沒有網路也能繼續工作。"}, "globe"},
	{bi{"Real-time sync", "即時同步"}, bi{"Changes show up on every device instantly.", "所有裝置即時同步更新。"}, "refresh"},
	{bi{"Team sharing", "團隊共享"}, bi{"Invite teammates and work together.", "邀請同事一起協作。"}, "users"},
	{bi{"Smart reports", "智慧報表"}, bi{"See what matters with clear charts.", "用清楚的圖表掌握重點。"}, "chart"},
	{bi{"Friendly support", "貼心客服"}, bi{"Real people, ready to help.", "真人客服隨時協助。"}, "message"},
	{bi{"Custom alerts", "自訂提醒"}, bi{"Get notified when it matters.", "重要時刻即時通知你。"}, "bell"},
	{bi{"Easy payments", "輕鬆付款"}, bi{"Accept cards and wallets in one place.", "信用卡與行動支付一次搞定。"}, "credit-card"},
	{bi{"Global reach", "全球可用"}, bi{"Available in 30 countries.", "支援 30 個國家。"}, "globe"},
	{bi{"Private notes", "私人筆記"}, bi{"Only you can see what you write.", "只有你看得到自己寫的內容。"}, "lock"},
	{bi{"One-click export", "一鍵匯出"}, bi{"Download everything as CSV or PDF.", "一鍵匯出 CSV 或 PDF。"}, "download"},
}

var testimonialQuotes = []bi{
	{"This saved our team hours every week.", "這幫我們團隊每週省下好幾個小時。"},
	{"The easiest tool we've adopted this year.", "今年導入過最好上手的工具。"},
	{"Support answered in minutes. Impressive.", "客服幾分鐘就回覆，很驚豔。"},
	{"I can't imagine going back to spreadsheets.", "再也回不去用試算表的日子了。"},
	{"Clean, fast and it just works.", "介面乾淨、速度快，而且很穩定。"},
	{"Our customers noticed the difference right away.", "客戶馬上就感受到差別。"},
	{"Setup took ten minutes, tops.", "設定十分鐘內就完成了。"},
	{"Worth every penny.", "每一分錢都值得。"},
}

var songs = []struct{ title, artist bi }{
	{bi{"Midnight Drive", "午夜公路"}, bi{"The Lanterns", "燈籠樂團"}},
	{bi{"Golden Hour", "黃金時刻"}, bi{"Mara Vale", "林夏"}},
	{bi{"Paper Boats", "紙船"}, bi{"Northbound", "北上"}},
	{bi{"Slow Tide", "慢潮"}, bi{"Aiko Mori", "森愛子"}},
	{bi{"City Lights", "城市燈火"}, bi{"Blue Avenue", "藍色大道"}},
	{bi{"Holding On", "不放手"}, bi{"June & the Owls", "六月與貓頭鷹"}},
	{bi{"Wildflower", "野花"}, bi{"Sienna Cole", "陳小雨"}},
	{bi{"Echoes", "回聲"}, bi{"Static Bloom", "靜電花園"}},
}

var videoTitles = []bi{
	{"Getting Started in 5 Minutes", "五分鐘快速上手"}, {"Product Tour", "產品導覽"},
	{"Weekly Team Update", "每週團隊更新"}, {"How to Brew Pour-Over Coffee", "手沖咖啡教學"},
	{"Intro to Watercolor", "水彩入門"}, {"Morning Yoga Flow", "晨間瑜珈"}, {"Keynote Highlights", "發表會精華"},
}

var articleTitles = []bi{
	{"10 Tips for Better Remote Meetings", "遠端會議更順利的 10 個技巧"},
	{"How We Cut Our Cloud Bill in Half", "我們如何把雲端費用砍半"},
	{"A Beginner's Guide to Sourdough", "酸種麵包新手指南"},
	{"Designing for Accessibility", "無障礙設計入門"},
	{"What's New in Version 3.0", "3.0 版新功能"},
	{"The Best Hiking Trails Near the City", "城市近郊最佳步道"},
	{"Why Small Teams Ship Faster", "為什麼小團隊出貨更快"},
	{"Five Habits of Productive People", "高效人士的五個習慣"},
	{"Our Year in Review", "年度回顧"},
	{"Getting the Most Out of Your Morning", "善用早晨時光"},
}

var recipes = []struct {
	name        bi
	ingredients []bi
	minutes     int
}{
	{bi{"Lemon Garlic Pasta", "檸檬蒜香義大利麵"}, []bi{{"200 g spaghetti", "義大利麵 200 克"}, {"2 cloves garlic", "大蒜 2 瓣"}, {"1 lemon", "檸檬 1 顆"}, {"Olive oil", "橄欖油"}, {"Parmesan", "帕瑪森起司"}}, 20},
	{bi{"Beef Noodle Soup", "紅燒牛肉麵"}, []bi{{"500 g beef shank", "牛腱 500 克"}, {"Noodles", "麵條"}, {"Star anise", "八角"}, {"Soy sauce", "醬油"}, {"Bok choy", "青江菜"}}, 150},
	{bi{"Avocado Toast", "酪梨吐司"}, []bi{{"2 slices bread", "吐司 2 片"}, {"1 avocado", "酪梨 1 顆"}, {"Chili flakes", "辣椒片"}, {"Salt", "鹽"}}, 10},
	{bi{"Banana Pancakes", "香蕉鬆餅"}, []bi{{"1 banana", "香蕉 1 根"}, {"2 eggs", "雞蛋 2 顆"}, {"100 g flour", "麵粉 100 克"}, {"Milk", "牛奶"}, {"Maple syrup", "楓糖漿"}}, 25},
	{bi{"Three Cup Chicken", "三杯雞"}, []bi{{"600 g chicken thighs", "雞腿肉 600 克"}, {"Sesame oil", "麻油"}, {"Rice wine", "米酒"}, {"Basil", "九層塔"}, {"Ginger", "薑"}}, 40},
	{bi{"Greek Salad", "希臘沙拉"}, []bi{{"Cucumber", "小黃瓜"}, {"Tomatoes", "番茄"}, {"Feta", "菲達起司"}, {"Olives", "橄欖"}, {"Red onion", "紅洋蔥"}}, 15},
}

var tasks = []bi{
	{"Review pull request", "審查 PR"}, {"Write release notes", "撰寫版本說明"}, {"Call the dentist", "打電話給牙醫"},
	{"Buy groceries", "買菜"}, {"Prepare slides for Monday", "準備週一簡報"}, {"Pay electricity bill", "繳電費"},
	{"Book flights", "訂機票"}, {"Update the roadmap", "更新產品路線圖"}, {"Reply to Sarah", "回覆莎拉"},
	{"Fix login bug", "修正登入錯誤"}, {"Plan team offsite", "規劃團隊外訓"}, {"Clean the kitchen", "打掃廚房"},
	{"Renew passport", "換發護照"}, {"Send invoice to client", "寄發票給客戶"}, {"Water the plants", "幫植物澆水"},
	{"Finish quarterly report", "完成季報"}, {"Schedule 1:1s", "安排一對一會議"}, {"Back up laptop", "備份筆電"},
}

var events = []bi{
	{"Design Sprint Kickoff", "設計衝刺啟動會"}, {"Quarterly Planning", "季度規劃會議"}, {"Product Launch Party", "產品發表派對"},
	{"Frontend Meetup", "前端技術聚會"}, {"Wine Tasting Night", "品酒之夜"}, {"Charity 5K Run", "公益五公里路跑"},
	{"Startup Pitch Night", "新創提案之夜"}, {"Photography Workshop", "攝影工作坊"}, {"Book Club", "讀書會"},
	{"Annual Conference 2025", "2025 年度大會"},
}

var services = []bi{
	{"Haircut", "剪髮"}, {"Massage (60 min)", "按摩 (60 分鐘)"}, {"Dental cleaning", "洗牙"}, {"Consultation", "諮詢"},
	{"Personal training", "私人教練課"}, {"Car service", "汽車保養"}, {"Yoga class", "瑜珈課"}, {"Photo session", "攝影拍攝"},
	{"Manicure", "美甲"}, {"Tutoring session", "家教課"},
}
