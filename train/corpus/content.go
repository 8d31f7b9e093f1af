package corpus

import (
	"fmt"
	"math"
	"strings"
)

// Content a person gives in a description and the spec copies: prices in
// many currencies, product and company names, dates, times, order numbers,
// figures with units. Everything is composed at random from parts, so no
// value repeats often enough to be learnt by heart: the model can only get
// it right by copying it.

// currency is a way of writing money.
type currency struct {
	sym   string  // "$", "€", "NT$", "CHF "
	after bool    // written after the amount: "24,99 €", "1,290 元"
	comma bool    // a decimal comma and dots between thousands ("1.299,00 €")
	rate  float64 // units of it per US dollar, roughly
	whole bool    // written without cents (yen, won, New Taiwan dollars)
}

var currenciesEn = []currency{
	{sym: "$", rate: 1}, {sym: "$", rate: 1}, {sym: "$", rate: 1}, {sym: "€", rate: 0.92}, {sym: "€", rate: 0.92},
	{sym: "£", rate: 0.79}, {sym: "¥", rate: 150, whole: true}, {sym: "NT$", rate: 30, whole: true}, {sym: "A$", rate: 1.5},
	{sym: "C$", rate: 1.35}, {sym: "HK$", rate: 7.8}, {sym: "S$", rate: 1.35}, {sym: "₩", rate: 1300, whole: true},
	{sym: "CHF ", rate: 0.9}, {sym: " €", after: true, comma: true, rate: 0.92}, {sym: "₹", rate: 83, whole: true},
	{sym: "US$", rate: 1}, {sym: "R$", rate: 5}, {sym: " kr", after: true, rate: 10.5, whole: true},
}

var currenciesZh = []currency{
	{sym: "NT$", rate: 30, whole: true}, {sym: "NT$", rate: 30, whole: true}, {sym: "NT$", rate: 30, whole: true},
	{sym: " 元", after: true, rate: 30, whole: true}, {sym: "$", rate: 30, whole: true}, {sym: "US$", rate: 1},
	{sym: "¥", rate: 150, whole: true}, {sym: "HK$", rate: 7.8}, {sym: "€", rate: 0.92}, {sym: "RM", rate: 4.7},
}

// currency returns the sample's currency, chosen the first time it is
// needed: one sample writes all its money alike.
func (g *gen) currency() currency {
	if g.cur == nil {
		c := pickOf(g, currenciesEn)
		if g.zh {
			c = pickOf(g, currenciesZh)
		}
		g.cur = &c
	}
	return *g.cur
}

// cash writes an amount of US dollars in the sample's currency, rounded
// as prices are in it; cents keeps the cents of currencies that have them.
func (g *gen) cash(usd float64, cents bool) string {
	s, _ := g.cashValue(usd, cents)
	return s
}

// cashValue is cash and the amount it writes, in the sample's currency.
func (g *gen) cashValue(usd float64, cents bool) (string, float64) {
	c := g.currency()
	v := usd * c.rate
	switch {
	case c.whole && v >= 1000:
		v = math.Round(v/10) * 10
	case c.whole, !cents:
		v = math.Round(v)
	default:
		v = math.Round(v*100) / 100
	}
	return c.format(v, cents && !c.whole), v
}

// format writes v in c.
func (c currency) format(v float64, cents bool) string {
	c100 := int64(math.Round(v * 100))
	if !cents {
		c100 = int64(math.Round(v)) * 100
	}
	s := thousands(c100 / 100)
	if cents {
		s += fmt.Sprintf(".%02d", c100%100)
	}
	if c.comma {
		s = strings.NewReplacer(",", ".", ".", ",").Replace(s)
	}
	if c.after {
		return s + c.sym
	}
	return c.sym + s
}

// itemPrice returns a shop price between lo and hi dollars in the
// sample's currency, ending as prices end (.99, .00, .50).
func (g *gen) itemPrice(lo, hi int) string {
	return g.cash(g.price(lo, hi), true)
}

// goods are the parts of product names, by kind of shop, with the usual
// price range in dollars.
var goods = []struct {
	adjs, nouns []bi
	lo, hi      int
}{
	{[]bi{{"Wireless", "無線"}, {"Portable", "攜帶式"}, {"Smart", "智慧"}, {"Compact", "輕巧"}, {"Ergonomic", "人體工學"}, {"USB-C", "USB-C"}, {"Magnetic", "磁吸"}, {"Noise-Cancelling", "降噪"}, {"Mechanical", "機械式"}, {"Foldable", "折疊"}, {"4K", "4K"}, {"Solar", "太陽能"}},
		[]bi{{"Mouse", "滑鼠"}, {"Hub", "集線器"}, {"Earbuds", "耳機"}, {"Keyboard", "鍵盤"}, {"Charger", "充電器"}, {"Webcam", "網路攝影機"}, {"Speaker", "喇叭"}, {"Power Bank", "行動電源"}, {"Monitor Arm", "螢幕支架"}, {"Desk Lamp", "檯燈"}, {"Stylus", "觸控筆"}, {"Tablet Stand", "平板架"}, {"Router", "路由器"}, {"Smartwatch", "智慧手錶"}}, 12, 280},
	{[]bi{{"Ceramic", "陶瓷"}, {"Bamboo", "竹製"}, {"Linen", "亞麻"}, {"Cast Iron", "鑄鐵"}, {"Glass", "玻璃"}, {"Oak", "橡木"}, {"Handmade", "手工"}, {"Scented", "香氛"}, {"Stainless", "不鏽鋼"}, {"Woven", "編織"}, {"Marble", "大理石"}},
		[]bi{{"Mug", "馬克杯"}, {"Cutting Board", "砧板"}, {"Throw Pillow", "抱枕"}, {"Skillet", "平底鍋"}, {"Vase", "花瓶"}, {"Side Table", "邊桌"}, {"Candle", "蠟燭"}, {"Teapot", "茶壺"}, {"Laundry Basket", "洗衣籃"}, {"Serving Bowl", "沙拉碗"}, {"Wall Clock", "掛鐘"}, {"Bath Towel", "浴巾"}, {"Coaster Set", "杯墊組"}}, 8, 160},
	{[]bi{{"Merino", "美麗諾"}, {"Organic Cotton", "有機棉"}, {"Waterproof", "防水"}, {"Slim-Fit", "修身"}, {"Oversized", "寬版"}, {"Recycled", "回收材質"}, {"Quilted", "鋪棉"}, {"Denim", "丹寧"}, {"Cashmere", "喀什米爾"}, {"Striped", "條紋"}, {"Vintage", "復古"}},
		[]bi{{"Socks", "襪子"}, {"T-Shirt", "T恤"}, {"Rain Jacket", "雨衣"}, {"Chinos", "卡其褲"}, {"Hoodie", "連帽衫"}, {"Tote Bag", "托特包"}, {"Beanie", "毛帽"}, {"Sneakers", "球鞋"}, {"Scarf", "圍巾"}, {"Backpack", "後背包"}, {"Cap", "棒球帽"}, {"Dress", "洋裝"}}, 9, 190},
	{[]bi{{"Cold Brew", "冷萃"}, {"Single-Origin", "單一產區"}, {"Organic", "有機"}, {"Matcha", "抹茶"}, {"Sea Salt", "海鹽"}, {"Dark Chocolate", "黑巧克力"}, {"Honey", "蜂蜜"}, {"Oolong", "烏龍"}, {"Smoked", "煙燻"}, {"Spicy", "香辣"}, {"Lemon", "檸檬"}},
		[]bi{{"Coffee Beans", "咖啡豆"}, {"Granola", "燕麥脆片"}, {"Tea Set", "茶組"}, {"Cookies", "餅乾"}, {"Almonds", "杏仁"}, {"Hot Sauce", "辣醬"}, {"Olive Oil", "橄欖油"}, {"Gift Box", "禮盒"}, {"Pineapple Cake", "鳳梨酥"}, {"Energy Bars", "能量棒"}, {"Sourdough Loaf", "酸種麵包"}}, 4, 60},
	{[]bi{{"Ultralight", "超輕量"}, {"Insulated", "保溫"}, {"Trail", "越野"}, {"Carbon", "碳纖維"}, {"All-Weather", "全天候"}, {"Adjustable", "可調式"}, {"Reflective", "反光"}, {"Inflatable", "充氣"}},
		[]bi{{"Tent", "帳篷"}, {"Water Bottle", "水壺"}, {"Running Shoes", "跑鞋"}, {"Hiking Poles", "登山杖"}, {"Yoga Mat", "瑜珈墊"}, {"Bike Helmet", "單車安全帽"}, {"Sleeping Bag", "睡袋"}, {"Dumbbells", "啞鈴"}, {"Camping Chair", "露營椅"}, {"Headlamp", "頭燈"}}, 10, 320},
	{[]bi{{"Hydrating", "保濕"}, {"Vitamin C", "維他命C"}, {"Unscented", "無香"}, {"Travel-Size", "旅行用"}, {"Gentle", "溫和"}, {"Herbal", "草本"}, {"Mineral", "礦物"}},
		[]bi{{"Face Serum", "精華液"}, {"Sunscreen", "防曬乳"}, {"Hand Cream", "護手霜"}, {"Shampoo", "洗髮精"}, {"Lip Balm", "護唇膏"}, {"Body Wash", "沐浴乳"}, {"Night Cream", "晚霜"}}, 6, 70},
	{[]bi{{"Dotted", "點格"}, {"Refillable", "可替換"}, {"Leather", "皮革"}, {"Recycled Paper", "再生紙"}, {"Fine-Point", "細字"}, {"Pastel", "粉彩"}, {"Weekly", "週計畫"}},
		[]bi{{"Notebook", "筆記本"}, {"Fountain Pen", "鋼筆"}, {"Planner", "手帳"}, {"Sticky Notes", "便利貼"}, {"Desk Organizer", "桌上收納盒"}, {"Sketchbook", "素描本"}, {"Highlighters", "螢光筆"}}, 3, 80},
}

var productSuffixes = []bi{{" Pro", " Pro"}, {" Mini", " Mini"}, {" 2", " 2"}, {" XL", " XL"}, {" (2-pack)", "（兩入）"}, {" Set", "組"}, {" Plus", " Plus"}, {" Max", " Max"}, {" Lite", " Lite"}}

// product makes a product name a shop might sell and its price in the
// sample's currency, as text and as the amount it writes: "Bamboo
// Cutting Board", "Wireless Earbuds Pro".
func (g *gen) product() (name, price string, value float64) {
	name, lo, hi := g.goodsName()
	price, value = g.cashValue(g.price(lo, hi), true)
	return name, price, value
}

// picture returns the address of a picture of the named thing.
func picture(name string) string {
	if s := slug(name); s != "" {
		return "/img/" + s + ".jpg"
	}
	return "/img/product.jpg"
}

// goodsName makes a product name and the range of its price in dollars.
func (g *gen) goodsName() (name string, lo, hi int) {
	k := pickOf(g, goods)
	a, n := pickOf(g, k.adjs), pickOf(g, k.nouns)
	if g.zh {
		name = a.zh + n.zh
	} else {
		name = a.en + " " + n.en
	}
	if g.chance(0.2) {
		name += g.s(pickOf(g, productSuffixes))
	}
	return name, k.lo, k.hi
}

var companySuffixes = []bi{
	{" Labs", "實驗室"}, {" Logistics", "物流"}, {" Foods", "食品"}, {" Health", "健康"}, {" Studio", "工作室"}, {" & Co.", "商行"},
	{" Partners", "顧問"}, {" Group", "集團"}, {" Bank", "銀行"}, {" Travel", "旅行社"}, {" Motors", "汽車"}, {" Legal", "法律事務所"},
	{" Realty", "房屋"}, {" Games", "遊戲"}, {" Clinic", "診所"}, {" Academy", "學院"}, {" Energy", "能源"}, {" Media", "媒體"},
	{" Outfitters", "戶外用品"}, {" Bakery", "烘焙坊"}, {" Systems", "系統"}, {" Insurance", "保險"}, {" Foundation", "基金會"}, {" Traders", "貿易"},
	{" Dental", "牙醫"}, {" Fitness", "健身"}, {" Coffee", "咖啡"}, {" Builders", "營造"}, {" Analytics", "數據"}, {"", "科技"},
}

// company makes a company name: "Northwind Logistics", "青田設計".
func (g *gen) company() string {
	suf := pickOf(g, companySuffixes)
	if g.zh {
		base := g.pick(brandsZh...)
		if g.chance(0.3) {
			base = g.pick(brands...) + " "
		}
		return strings.TrimSpace(base + suf.zh)
	}
	return g.pick(brands...) + suf.en
}

// day returns a date as people write one, in one of several forms:
// "March 31", "Mar 31, 2025", "31 March", "2025-03-31", "3月31日".
func (g *gen) day() string {
	m, d, y := g.r.IntN(12), g.between(1, 28), g.between(2024, 2026)
	if g.zh {
		switch g.r.IntN(4) {
		case 0:
			return fmt.Sprintf("%d/%d/%d", y, m+1, d)
		case 1:
			return fmt.Sprintf("%d年%d月%d日", y, m+1, d)
		}
		return fmt.Sprintf("%d月%d日", m+1, d)
	}
	switch g.r.IntN(7) {
	case 0:
		return fmt.Sprintf("%s %d", monthNames[m].en, d)
	case 1:
		return fmt.Sprintf("%s %d, %d", months[m].en, d, y)
	case 2:
		return fmt.Sprintf("%d %s", d, monthNames[m].en)
	case 3:
		return fmt.Sprintf("%d-%02d-%02d", y, m+1, d)
	case 4:
		return fmt.Sprintf("%02d/%02d/%d", m+1, d, y)
	case 5:
		return fmt.Sprintf("%s %d", months[m].en, d)
	}
	return fmt.Sprintf("%s %d, %d", monthNames[m].en, d, y)
}

// hour returns a time of day in one of several forms: "9:30 AM",
// "14:30", "7pm", "下午 2:30".
func (g *gen) hour() string {
	switch g.r.IntN(3) {
	case 0:
		return fmt.Sprintf("%d:%s", g.between(6, 22), g.pick("00", "15", "30", "45", "05", "50"))
	case 1:
		if !g.zh {
			return fmt.Sprintf("%d%s", g.between(1, 12), g.pick("am", "pm", " pm", " AM"))
		}
	}
	return g.clock()
}

// code makes an identifier of the given kind: an order number, an
// invoice, a ticket, a flight, a booking reference, a SKU.
func (g *gen) code(kind string) string {
	letter := func() byte { return byte('A' + g.r.IntN(26)) }
	switch kind {
	case "order":
		return g.pick(fmt.Sprintf("#%c-%d", letter(), g.between(1000, 9999)), fmt.Sprintf("ORD-%d", g.between(10000, 99999)), fmt.Sprintf("#%d", g.between(10000, 999999)))
	case "invoice":
		return g.pick(fmt.Sprintf("INV-%d-%04d", g.between(2023, 2026), g.between(1, 9999)), fmt.Sprintf("#INV%d", g.between(100, 9999)))
	case "ticket":
		return g.pick(fmt.Sprintf("T-%d", g.between(100, 99999)), fmt.Sprintf("#%d", g.between(1000, 99999)), fmt.Sprintf("CASE-%d", g.between(1000, 9999)))
	case "flight":
		return fmt.Sprintf("%s %d", g.pick("BR", "CI", "UA", "LH", "JL", "SQ", "AA", "BA", "NH", "CX", "AF", "KL"), g.between(10, 2999))
	case "ref":
		b := make([]byte, 6)
		for i := range b {
			if g.chance(0.3) {
				b[i] = byte('0' + g.r.IntN(10))
			} else {
				b[i] = letter()
			}
		}
		return string(b)
	case "sku":
		return fmt.Sprintf("%s-%d%s", g.pick("SKU", "ITM", "P", "WH"), g.between(100, 9999), g.pick("", "-BL", "-XL", "-02", "A"))
	case "plate":
		return fmt.Sprintf("%c%c%c-%d", letter(), letter(), letter(), g.between(1000, 9999))
	case "version":
		return fmt.Sprintf("v%d.%d.%d", g.between(1, 5), g.between(0, 12), g.between(0, 30))
	}
	return fmt.Sprintf("%c%c-%d", letter(), letter(), g.between(100, 99999))
}

// amount formats a figure with a unit as people write it, in the
// sample's language: "12.4 kg", "5 公里".
func (g *gen) amount(v float64, en, zh string) string {
	s := fmt.Sprintf("%g", v)
	if v >= 1000 && v == math.Trunc(v) {
		s = thousands(int64(v))
	}
	if g.zh && zh != "" {
		return s + zh
	}
	return s + en
}

// figure returns a value of the given kind, the way it would be shown.
// Kinds: money, price, count, big, pct, date, time, when, person,
// company, email, phone, place, order, invoice, ticket, flight, ref, sku,
// plate, version, duration, temp, weight, distance, size, energy, bpm,
// score, rating, level, qty, status and item (from the topic).
func (g *gen) figure(kind string, t *topic) string {
	switch kind {
	case "money":
		return g.cash(float64(g.between(20, 90000)), false)
	case "price":
		return g.itemPrice(3, 400)
	case "count":
		return fmt.Sprint(g.between(0, 480))
	case "big":
		return thousands(int64(g.between(1200, 980000)))
	case "pct":
		if g.chance(0.5) {
			return fmt.Sprintf("%d%%", g.between(1, 99))
		}
		return fmt.Sprintf("%.1f%%", 0.5+g.r.Float64()*98)
	case "date":
		return g.day()
	case "time":
		return g.hour()
	case "when":
		return g.day() + g.t(", ", " ") + g.hour()
	case "person":
		return g.person()
	case "company":
		return g.company()
	case "email":
		return g.email(g.person())
	case "phone":
		if g.zh {
			return fmt.Sprintf("09%02d-%03d-%03d", g.between(0, 99), g.between(0, 999), g.between(0, 999))
		}
		return fmt.Sprintf("+1 %03d %03d %04d", g.between(200, 999), g.between(200, 999), g.between(0, 9999))
	case "place":
		return g.s(pickOf(g, cities))
	case "order", "invoice", "ticket", "flight", "ref", "sku", "plate", "version":
		return g.code(kind)
	case "duration":
		switch g.r.IntN(3) {
		case 0:
			return g.amount(float64(g.between(5, 90)), " min", " 分鐘")
		case 1:
			return g.l("%sh %sm", "%s 小時 %s 分", fmt.Sprint(g.between(1, 9)), fmt.Sprint(g.between(1, 59)))
		}
		return g.amount(float64(g.between(1, 12)), g.pick(" hours", " hrs", "h"), " 小時")
	case "temp":
		if !g.zh && g.chance(0.3) {
			return fmt.Sprintf("%d°F", g.between(30, 100))
		}
		return fmt.Sprintf("%g°C", float64(g.between(-50, 380))/10)
	case "weight":
		return g.amount(float64(g.between(1, 990))/10, g.pick(" kg", " kg", " lb"), " 公斤")
	case "distance":
		return g.amount(float64(g.between(3, 4200))/10, g.pick(" km", " km", " mi"), " 公里")
	case "size":
		return g.amount(float64(g.between(1, 999)), g.pick(" MB", " GB", " GB", " TB"), "")
	case "energy":
		return g.amount(float64(g.between(5, 9000))/10, " kWh", " 度")
	case "bpm":
		return g.amount(float64(g.between(48, 180)), " bpm", " 下/分")
	case "score":
		return g.pick(fmt.Sprintf("%d/100", g.between(40, 100)), fmt.Sprintf("%.1f/10", 4+g.r.Float64()*6), fmt.Sprint(g.between(40, 100)))
	case "rating":
		return fmt.Sprintf("%.1f", 2.5+g.r.Float64()*2.5) + g.pick("", " ★", "/5")
	case "level":
		return g.l("Level %s", "等級 %s", fmt.Sprint(g.between(1, 99)))
	case "qty":
		return g.l("{%[1]s pcs|×%[1]s|%[1]s units|%[1]s}", "{%[1]s 件|%[1]s 個|×%[1]s}", fmt.Sprint(g.between(1, 240)))
	case "status":
		return g.s(pickOf(g, t.states))
	case "item":
		return capital(g.s(pickOf(g, t.items)))
	}
	panic("corpus: no figure of kind " + kind) // kinds are constants of this package
}

// change returns the change of a figure as a dashboard shows it:
// "+12%", "-3.4%", "+1204", "↑ 8%".
func (g *gen) change() string {
	switch g.r.IntN(6) {
	case 0:
		return fmt.Sprintf("%+d", g.between(-40, 300))
	case 1:
		return g.pick("↑ ", "▲ ") + fmt.Sprintf("%d%%", g.between(1, 40))
	case 2, 3:
		n := g.between(-15, 30)
		if n == 0 {
			n = 4
		}
		return fmt.Sprintf("%+d%%", n)
	}
	return g.delta()
}
