package corpus

import (
	"fmt"

	"github.com/genui/genui/genui"
)

// Shopping and paying.

// ntPlan is what a plan costing usd dollars a month costs in Taiwan, in
// the round figures shops there use.
var ntPlan = map[int]int{0: 0, 5: 150, 9: 290, 12: 390, 15: 450, 19: 590, 25: 790, 29: 890, 39: 1190, 49: 1490, 79: 2390, 99: 2990, 199: 5990}

// planPrice formats the price of a plan costing usd dollars a month, by
// the month or (ten months' worth) by the year: "$29", "NT$8,900", "Free".
func (g *gen) planPrice(usd int, yearly bool) string {
	months := 1
	if yearly {
		months = 10
	}
	switch {
	case usd == 0:
		return g.t("Free", "免費")
	case g.zh:
		return "NT$" + thousands(int64(ntPlan[usd]*months))
	}
	return "$" + thousands(int64(usd*months))
}

func pricing(g *gen) *screen {
	s := &screen{kind: "pricing", title: g.t("Pricing", "方案價格")}
	s.noun = g.l("{pricing page|pricing table|plans section|pricing section|subscription plans page}", "{價格方案頁|方案比較|定價頁面|訂閱方案}")
	n := g.between(2, 4)
	if g.chance(0.4) {
		n = 3
	}
	ladder := [][]int{{0, 9, 29, 99}, {0, 12, 39, 99}, {5, 15, 49, 199}, {0, 19, 49, 99}, {9, 29, 79, 199}, {0, 25, 79, 199}}
	prices := pickOf(g, ladder)
	start := g.between(0, 4-n)
	names := pickOf(g, [][]bi{
		{plans[0], plans[3], plans[5], plans[7]}, {plans[9], plans[1], plans[3], plans[6]},
		{plans[2], plans[4], plans[8], plans[7]}, {plans[1], plans[3], plans[6], plans[7]},
	})
	// Now and then the person names plans and prices of their own.
	custom := g.chance(0.55)
	var customPrices []string
	if custom {
		names = sample(g, append(append([]bi{}, plans...), moreplans...), 4)
		customPrices = g.customPrices(4)
		start = 0
	}
	yearly := g.chance(0.2)
	period := g.t("/month", "/月")
	if yearly {
		period = g.t("/year", "/年")
	}
	hi := n / 2
	if g.chance(0.25) {
		hi = g.r.IntN(n)
		s.says(true, g.l("{highlight the %[1]s plan|mark %[1]s as most popular|the %[1]s tier should stand out}", "{%[1]s方案要特別標示|把%[1]s標成最受歡迎}", g.v(g.s(names[start+hi]))))
	}
	var tiers []*genui.Node
	var described []string
	for i := range n {
		name := g.s(names[start+i])
		price := g.planPrice(prices[start+i], yearly)
		if custom {
			price = customPrices[i]
		}
		features := g.ss(sample(g, planFeatures, g.between(3, 5)))
		b := button(g.t("Get started", "開始使用"), "choose_"+slug(names[start+i].en), genui.Secondary)
		kids := []*genui.Node{heading(price, 2)}
		if custom || prices[start+i] > 0 {
			kids = append(kids, muted(period))
		}
		kids = append(kids, list(features...), b)
		if i == hi {
			b.Variant = genui.Primary
			kids = append([]*genui.Node{badge(g.t("Most popular", "最受歡迎"), genui.Info)}, kids...)
		}
		tiers = append(tiers, gapped(card(name, kids...), genui.GapSM))
		if price == name || price == g.t("Free", "免費") && name == g.t("Free", "免費") {
			described = append(described, g.v(name))
		} else {
			described = append(described, g.l("{%[1]s %[2]s|%[1]s at %[2]s|%[1]s (%[2]s)}", "{%[1]s %[2]s|%[1]s方案 %[2]s}", g.v(name), g.v(price)))
		}
	}
	switch r := g.r.IntN(3); {
	case custom:
		s.has(true, g.l("{plans: %[1]s|%[2]s tiers: %[1]s|tiers %[1]s}", "{方案：%[1]s|%[2]s個方案：%[1]s}", g.joinList(described), g.count(n)))
	case r == 0:
		s.has(true, g.l("{%[1]s tiers|%[1]s plans|%[1]s pricing cards}", "{%[1]s個方案|%[1]s種方案}", g.count(n)))
	case r == 1:
		s.has(true, g.l("{plans: %[1]s|tiers %[1]s|%[1]s}", "{方案：%[1]s|%[1]s}", g.joinList(described)))
	default:
		if n == 3 {
			s.has(false, g.l("{three tiers|3 plans}", "三個方案"))
		} else {
			s.has(true, g.l("%s tiers", "%s個方案", g.count(n)))
		}
	}
	if yearly {
		s.has(true, g.l("{yearly prices|prices per year|annual pricing}", "{年繳價格|以年計價}"))
	}
	kids := []*genui.Node{
		centered(gapped(col(
			g.title(s, 1, []bi{{"Pricing", "方案與價格"}, {"Choose your plan", "選擇適合你的方案"}, {"Simple, transparent pricing", "簡單透明的價格"}}, bi{"Plans for every team", "適合每個團隊的方案"}, bi{"Pick a plan", "挑選方案"}),
			muted(g.t("Start free. Upgrade when you need more.", "免費開始，需要時再升級。")),
		), genui.GapXS)),
	}
	if g.chance(0.25) {
		kids = append(kids, centered(toggle("annual", g.t("Bill yearly (save 20%)", "年繳（省 20%）"), yearly)))
		s.has(true, g.l("{a monthly/yearly toggle|a switch for annual billing}", "{月繳/年繳切換|年繳開關}"))
	}
	kids = append(kids, gapped(grid(n, tiers...), genui.GapMD))
	if g.chance(0.2) {
		kids = append(kids, centered(link(g.t("Compare all features", "比較所有功能"), "/pricing#compare")))
	}
	s.root = gapped(col(kids...), genui.GapLG)
	return s
}

// cartLine is one product in a cart or an order.
type cartLine struct {
	name  string
	qty   int
	price float64
}

func (g *gen) cartLines(n int) []cartLine {
	var out []cartLine
	if g.chance(0.5) {
		// Goods no list holds, so that their names can only be copied.
		for range n {
			name, lo, hi := g.goodsName()
			out = append(out, cartLine{name, pickOf(g, []int{1, 1, 1, 2, 3}), g.price(lo, hi)})
		}
		return out
	}
	for _, p := range sample(g, products, n) {
		out = append(out, cartLine{g.s(p.name), g.between(1, 3), g.price(p.lo, p.hi)})
	}
	return out
}

// totals returns the summary rows of an order and its total.
func (g *gen) totals(lines []cartLine, shipping float64) ([]*genui.Node, string) {
	sub := 0.0
	for _, l := range lines {
		sub += l.price * float64(l.qty)
	}
	tax := float64(int(sub*8+0.5)) / 100
	total := sub + shipping + tax
	ship := g.money(shipping, true)
	if shipping == 0 {
		ship = g.t("Free", "免運")
	}
	rows := []*genui.Node{
		spread(para(g.t("Subtotal", "小計")), para(g.money(sub, true))),
		spread(para(g.t("Shipping", "運費")), para(ship)),
		spread(para(g.t("Tax", "稅金")), para(g.money(tax, true))),
		divider(),
		spread(heading(g.t("Total", "總計"), 4), heading(g.money(total, true), 4)),
	}
	return rows, g.money(total, true)
}

func cart(g *gen) *screen {
	s := &screen{kind: "cart", title: g.t("Your cart", "購物車")}
	s.noun = g.l("{shopping cart|cart page|cart|basket page|shopping bag}", "{購物車|購物車頁面|購物清單}")
	n := g.between(2, 4)
	lines := g.cartLines(n)
	var items []*genui.Node
	var said []string
	for _, l := range lines {
		items = append(items, spread(
			gapped(row(image(picture(l.name), l.name), gapped(col(para(l.name), muted(g.l("Qty %s", "數量 %s", fmt.Sprint(l.qty)))), genui.GapNone)), genui.GapSM),
			gapped(row(para(g.money(l.price*float64(l.qty), true)), button(g.t("Remove", "移除"), "remove", genui.Ghost)), genui.GapSM),
		))
		switch {
		case l.qty == 1 && g.chance(0.6):
			said = append(said, g.l("{%[1]s %[2]s|%[1]s (%[2]s)|%[1]s at %[2]s}", "{%[1]s %[2]s|%[1]s（%[2]s）}", g.v(l.name), g.v(g.money(l.price, true))))
		default:
			said = append(said, g.v(l.name))
		}
	}
	if g.chance(0.2) {
		s.has(true, g.l("{%[1]s items|%[1]s products in it}", "{%[1]s件商品|裡面有%[1]s樣商品}", g.count(n)))
	} else if g.chance(0.7) {
		s.has(true, g.l("{items: %[1]s|with %[1]s in it}", "{商品有%[1]s|裡面放%[1]s}", g.joinList(said)))
	}
	summary, _ := g.totals(lines, pickOf(g, []float64{0, 4.99, 9.99}))
	s.has(false, g.l("{subtotal, shipping and total|an order summary with the total}", "{小計、運費和總計|訂單摘要}"))
	side := []*genui.Node{}
	if g.chance(0.3) {
		side = append(side, row(g.field(s, "coupon", fieldOpt{}), button(g.t("Apply", "套用"), "apply_coupon", genui.Secondary)))
		s.must()
	}
	side = append(side, summary...)
	side = append(side, g.button(s, btn{text: bi{"Checkout", "前往結帳"}, alts: []bi{{"Proceed to checkout", "結帳"}, {"Check out", "去結帳"}, {"Buy now", "立即購買"}}, action: "checkout", variant: genui.Primary, say: bi{"checkout button", "結帳按鈕"}}))
	kids := []*genui.Node{
		g.title(s, 1, []bi{{"Your cart", "購物車"}, {"Shopping cart", "購物車"}}, bi{"Your bag", "你的購物袋"}, bi{"Review your order", "確認你的訂單"}),
		gapped(grid(2, gapped(col(items...), genui.GapMD), gapped(card(g.t("Order summary", "訂單摘要"), side...), genui.GapSM)), genui.GapLG),
	}
	if g.chance(0.4) {
		kids = append(kids, link(g.t("Continue shopping", "繼續購物"), "/shop"))
		s.has(false, g.l("a continue shopping link", "繼續購物連結"))
	}
	s.root = gapped(col(kids...), genui.GapLG)
	return s
}

func checkout(g *gen) *screen {
	s := &screen{kind: "checkout", title: g.t("Checkout", "結帳")}
	s.noun = g.l("{checkout page|checkout form|checkout|payment and shipping page}", "{結帳頁面|結帳表單|結帳流程頁}")
	lines := g.cartLines(g.between(1, 3))
	summary, total := g.totals(lines, pickOf(g, []float64{0, 5.99}))
	contact := card(g.t("Contact", "聯絡資訊"), g.field(s, "email", fieldOpt{}), g.field(s, "phone", fieldOpt{optional: true}))
	ship := card(g.t("Shipping address", "收件地址"),
		g.field(s, "name", fieldOpt{}),
		g.field(s, "address", fieldOpt{}),
		gapped(grid(2, g.field(s, "city", fieldOpt{}), g.field(s, "zip", fieldOpt{})), genui.GapMD),
		g.field(s, "country", fieldOpt{}))
	var delivery *genui.Node
	if g.chance(0.6) {
		delivery = card(g.t("Delivery", "配送方式"), radio("delivery", "", []string{
			g.l("Standard (3–5 days) · Free", "標準配送（3–5 天）· 免運"),
			g.l("Express (1–2 days) · %s", "快速到貨（1–2 天）· %s", g.money(9.99, true)),
		}, g.l("Standard (3–5 days) · Free", "標準配送（3–5 天）· 免運")))
		s.has(false, g.l("{delivery options|standard or express shipping}", "{配送方式選項|標準或快速配送}"))
	}
	pay := card(g.t("Payment", "付款"),
		g.field(s, "cardnum", fieldOpt{}),
		gapped(grid(2, g.field(s, "expiry", fieldOpt{}), g.field(s, "cvc", fieldOpt{})), genui.GapMD))
	payBtn := g.button(s, btn{text: bi{"Pay " + total, "付款 " + total}, alts: []bi{{"Place order", "送出訂單"}, {"Complete purchase", "完成購買"}}, action: "submit", variant: genui.Primary, say: bi{"{pay|place order} button", "{付款按鈕|下單按鈕}"}})
	left := []*genui.Node{contact, ship}
	if delivery != nil {
		left = append(left, delivery)
	}
	left = append(left, pay, payBtn)
	var items []*genui.Node
	for _, l := range lines {
		items = append(items, spread(para(fmt.Sprintf("%s × %d", l.name, l.qty)), para(g.money(l.price*float64(l.qty), true))))
	}
	right := gapped(card(g.t("Order summary", "訂單摘要"), append(items, summary...)...), genui.GapSM)
	s.has(false, g.l("{an order summary on the side|the order summary}", "{旁邊放訂單摘要|訂單摘要}"))
	kids := []*genui.Node{g.title(s, 1, []bi{{"Checkout", "結帳"}}, bi{"Almost there", "就快完成了"}, bi{"Secure checkout", "安全結帳"})}
	if g.chance(0.5) {
		kids = append(kids, gapped(grid(2, gapped(form("checkout", left...), genui.GapMD), right), genui.GapLG))
	} else {
		s.has(true, g.l("{everything in one column|a single column}", "{全部放一欄|單欄排列}"))
		kids = append(kids, right, gapped(form("checkout", left...), genui.GapMD))
	}
	s.root = gapped(col(kids...), genui.GapLG)
	return s
}

func paymentForm(g *gen) *screen {
	s := &screen{kind: "payment", title: g.t("Payment details", "付款資訊")}
	s.noun = g.l("{credit card form|payment form|card payment widget|payment details form}", "{信用卡付款表單|付款表單|刷卡資訊表單}")
	amount := g.money(g.price(9, 400), true)
	kids := []*genui.Node{g.title(s, 2, []bi{{"Payment details", "付款資訊"}, {"Pay with card", "信用卡付款"}}, bi{"Secure payment", "安全付款"}, bi{"Add a card", "新增信用卡"})}
	if g.chance(0.5) {
		kids = append(kids, para(g.l("Amount due: %s", "應付金額：%s", amount)))
		s.has(true, g.l("{the amount due (%[1]s)|an amount of %[1]s}", "{應付金額 %[1]s}", g.v(amount)))
	}
	fs := []*genui.Node{g.field(s, "cardname", fieldOpt{}), g.field(s, "cardnum", fieldOpt{}),
		gapped(grid(2, g.field(s, "expiry", fieldOpt{}), g.field(s, "cvc", fieldOpt{})), genui.GapMD)}
	if g.chance(0.4) {
		fs = append(fs, checkbox("save_card", g.t("Save this card for next time", "儲存此卡片供下次使用"), false))
		s.has(true, g.l("{a save card checkbox|a checkbox to save the card}", "{儲存卡片的勾選框}"))
	}
	fs = append(fs, g.button(s, btn{text: bi{"Pay " + amount, "付款 " + amount}, alts: []bi{{"Pay now", "立即付款"}, {"Confirm payment", "確認付款"}}, action: "submit", variant: genui.Primary, say: bi{"pay button", "付款按鈕"}}))
	kids = append(kids, gapped(form("pay", fs...), genui.GapMD), gapped(row(icon("lock"), muted(g.t("Payments are encrypted and secure.", "付款資訊全程加密。"))), genui.GapXS))
	s.root = g.frame(s, 0.8, kids...)
	return s
}

func orderSummary(g *gen) *screen {
	s := &screen{kind: "order_summary", title: g.t("Order summary", "訂單摘要")}
	s.noun = g.l("{order summary|order summary card|order recap|summary of the order}", "{訂單摘要|訂單明細卡片}")
	n := g.between(1, 4)
	lines := g.cartLines(n)
	var kids []*genui.Node
	for _, l := range lines {
		kids = append(kids, spread(gapped(col(para(l.name), muted(g.l("Qty %s", "數量 %s", fmt.Sprint(l.qty)))), genui.GapNone), para(g.money(l.price*float64(l.qty), true))))
	}
	switch {
	case g.chance(0.45):
		var said []string
		for _, l := range lines {
			said = append(said, g.l("{%[1]s × %[3]s|%[3]s× %[1]s|%[1]s (qty %[3]s)}", "{%[1]s × %[3]s|%[1]s %[3]s 件}", g.v(l.name), "", g.v(fmt.Sprint(l.qty))))
		}
		s.has(true, g.l("{items: %[1]s|with %[1]s}", "{商品：%[1]s|品項有%[1]s}", g.joinList(said)))
	case n > 1 && g.chance(0.4):
		s.has(true, g.l("{%[1]s line items|%[1]s products}", "{%[1]s項商品|%[1]s個品項}", g.count(n)))
	}
	rows, _ := g.totals(lines, pickOf(g, []float64{0, 4.99, 12}))
	kids = append(kids, divider())
	kids = append(kids, rows...)
	s.has(false, g.l("{subtotal, shipping, tax and total|the totals}", "{小計、運費、稅金和總計}"))
	if g.chance(0.6) {
		kids = append(kids, g.button(s, btn{text: bi{"Place order", "送出訂單"}, alts: []bi{{"Confirm order", "確認訂單"}, {"Continue to payment", "前往付款"}}, action: "place_order", variant: genui.Primary, say: bi{"{place order|confirm} button", "{下單按鈕|確認按鈕}"}}))
	}
	s.root = gapped(card(g.t("Order summary", "訂單摘要"), kids...), genui.GapSM)
	return s
}

func orderConfirmation(g *gen) *screen {
	s := &screen{kind: "order_confirmation", title: g.t("Order confirmed", "訂單完成")}
	s.noun = g.l("{order confirmation page|thank you page after checkout|order success screen|purchase confirmation}", "{訂單完成頁|結帳成功頁面|感謝購買頁}")
	num := g.code("order")
	if g.chance(0.6) {
		s.mod(true, g.l("{for order %[1]s|for order number %[1]s}", "{訂單編號 %[1]s}", g.v(num)))
	}
	kids := []*genui.Node{
		centered(icon("check")),
		centered(g.title(s, 1, []bi{{"Thank you for your order!", "感謝你的訂購！"}, {"Order confirmed", "訂單已成立"}}, bi{"You're all set", "一切就緒"}, bi{"Thanks for shopping with us", "謝謝你的購買"})),
		centered(para(g.l("Order %s · We'll email you when it ships.", "訂單 %s · 出貨時會寄信通知你。", num))),
	}
	s.has(false, g.l("{a check icon|a big checkmark}", "{打勾圖示}"))
	if g.chance(0.5) {
		days := g.between(2, 7)
		kids = append(kids, alert(genui.Info, g.t("Estimated delivery", "預計送達"), g.l("Arrives in %s business days.", "約 %s 個工作天送達。", fmt.Sprint(days))))
		s.has(false, g.l("{the estimated delivery|a delivery estimate}", "{預計送達時間}"))
	}
	kids = append(kids, centered(gapped(row(
		g.button(s, btn{text: bi{"Track order", "追蹤訂單"}, action: "track_order", variant: genui.Primary, say: bi{"track order button", "追蹤訂單按鈕"}}),
		g.button(s, btn{text: bi{"Continue shopping", "繼續購物"}, alts: []bi{{"Back to shop", "回到商店"}}, action: "continue_shopping", variant: genui.Secondary, say: bi{"continue shopping button", "繼續購物按鈕"}}),
	), genui.GapSM)))
	s.root = g.frame(s, 0.5, kids...)
	return s
}

// productCard builds a product tile; sale marks it with a badge and the old price.
func (g *gen) productCard(p product, withButton bool) *genui.Node {
	name := g.s(p.name)
	price := g.price(p.lo, p.hi)
	kids := []*genui.Node{image("/img/"+slug(p.name.en)+".jpg", name)}
	if g.chance(0.25) {
		kids = append(kids, badge(g.pick(g.t("New", "新品"), g.t("Sale", "特價"), g.t("Bestseller", "熱銷")), genui.Success))
	}
	kids = append(kids, heading(name, 4), para(g.money(price, true)))
	if withButton {
		kids = append(kids, button(g.t("Add to cart", "加入購物車"), "add_to_cart", genui.Primary))
	}
	return gapped(card("", kids...), genui.GapSM)
}

func productCard(g *gen) *screen {
	s := &screen{kind: "product_card", title: g.t("Product", "商品")}
	p := pickOf(g, products)
	name := g.s(p.name)
	s.noun = g.l("{product card|product tile|shop item card} for {the|} %s", "{%s的商品卡片|%s商品卡}", g.v(lower(name)))
	price := g.price(p.lo, p.hi)
	kids := []*genui.Node{image("/img/"+slug(p.name.en)+".jpg", name)}
	s.has(false, g.l("{a product photo|an image}", "{商品照片|圖片}"))
	if g.chance(0.35) {
		old := price * 1.25
		kids = append(kids, badge(g.t("Sale", "特價"), genui.DangerTone))
		kids = append(kids, heading(name, 3), row(para(g.money(price, true)), muted(g.money(old, true))))
		s.has(true, g.l("{a sale badge and the old price|on sale: %[1]s, was %[2]s}", "{特價標籤和原價|特價 %[1]s，原價 %[2]s}", g.v(g.money(price, true)), g.v(g.money(old, true))))
	} else {
		kids = append(kids, heading(name, 3), para(g.money(price, true)))
		if g.chance(0.5) {
			s.has(true, g.l("{priced at %[1]s|price %[1]s|for %[1]s}", "{價格 %[1]s|售價 %[1]s}", g.v(g.money(price, true))))
		}
	}
	if g.chance(0.5) {
		r := fmt.Sprintf("%.1f", 3.8+g.r.Float64()*1.2)
		kids = append(kids, muted(g.l("★ %s (%s reviews)", "★ %s（%s 則評論）", r, fmt.Sprint(g.between(4, 900)))))
		s.has(false, g.l("{a star rating|the rating}", "{星等評分|評分}"))
	}
	kids = append(kids, g.button(s, btn{text: bi{"Add to cart", "加入購物車"}, alts: []bi{{"Buy now", "立即購買"}, {"Add to bag", "放入購物袋"}}, action: "add_to_cart", variant: genui.Primary, say: bi{"add to cart button", "加入購物車按鈕"}}))
	s.root = gapped(card("", kids...), genui.GapSM)
	return s
}

func productGrid(g *gen) *screen {
	s := &screen{kind: "product_grid", title: g.t("Shop", "商店")}
	s.noun = g.l("{product grid|shop page|product listing|catalog page|store front}", "{商品列表|商店頁面|商品目錄|商品牆}")
	n := pickOf(g, []int{3, 4, 6, 6, 8})
	cols := 3
	if n == 4 || n == 8 {
		cols = 4
	}
	if g.chance(0.3) {
		cols = pickOf(g, []int{2, 3, 4})
		s.mod(true, g.l("{in %[1]s|laid out in %[1]s}", "{%[1]s欄|排成%[1]s欄}", g.cols(cols)))
	}
	withButtons := g.chance(0.5)
	var cards []*genui.Node
	for _, p := range sample(g, products, n) {
		cards = append(cards, g.productCard(p, withButtons))
	}
	s.has(g.chance(0.5), g.l("{%[1]s products|%[1]s product cards|%[1]s items}", "{%[1]s個商品|%[1]s張商品卡}", g.count(n)))
	if withButtons {
		s.has(false, g.l("{add to cart buttons|an add to cart button on each}", "{每個都有加入購物車按鈕}"))
	}
	kids := []*genui.Node{g.title(s, 1, []bi{{"Shop", "商店"}, {"All products", "所有商品"}, {"New arrivals", "新品上市"}}, bi{"Best sellers", "熱銷商品"}, bi{"Summer collection", "夏季系列"})}
	if g.chance(0.5) {
		kids = append(kids, gapped(row(g.field(s, "search", fieldOpt{}), selectBox("sort", g.t("Sort by", "排序"), []string{g.t("Featured", "精選"), g.t("Price: low to high", "價格：低到高"), g.t("Price: high to low", "價格：高到低"), g.t("Newest", "最新")}, g.t("Featured", "精選"))), genui.GapSM))
		s.has(false, g.l("a sort dropdown", "排序選單"))
	}
	kids = append(kids, gapped(grid(cols, cards...), genui.GapMD))
	s.root = gapped(col(kids...), genui.GapLG)
	return s
}

func productDetail(g *gen) *screen {
	s := &screen{kind: "product_detail", title: g.t("Product", "商品")}
	p := pickOf(g, products)
	name := g.s(p.name)
	s.noun = g.l("{product page|product detail page|item page} for {the|} %s", "{%s的商品頁|%s商品詳細頁}", g.v(lower(name)))
	price := g.money(g.price(p.lo, p.hi), true)
	if g.chance(0.4) {
		s.has(true, g.l("{priced at %[1]s|price %[1]s}", "{價格 %[1]s|售價 %[1]s}", g.v(price)))
	}
	info := []*genui.Node{
		heading(name, 1), heading(price, 3),
		muted(g.l("★ %s · %s reviews", "★ %s · %s 則評論", fmt.Sprintf("%.1f", 4+g.r.Float64()), fmt.Sprint(g.between(10, 2000)))),
		para(g.l("{Made to last, designed for every day. Free returns within 30 days.|Thoughtfully made from quality materials. Ships in 1–2 days.}", "{耐用又好看，適合每天使用。30 天內免費退貨。|嚴選材質製作，1–2 天內出貨。}")),
	}
	if g.chance(0.6) {
		info = append(info, g.field(s, "size", fieldOpt{}))
	}
	info = append(info, g.field(s, "quantity", fieldOpt{}))
	info = append(info, gapped(row(
		g.button(s, btn{text: bi{"Add to cart", "加入購物車"}, alts: []bi{{"Buy now", "立即購買"}}, action: "add_to_cart", variant: genui.Primary, say: bi{"add to cart button", "加入購物車按鈕"}}),
		g.button(s, btn{text: bi{"Save", "收藏"}, alts: []bi{{"Add to wishlist", "加入願望清單"}}, action: "wishlist", variant: genui.Secondary, say: bi{"{wishlist|save} button", "收藏按鈕"}}),
	), genui.GapSM))
	if g.chance(0.5) {
		info = append(info, list(g.ss(sample(g, []bi{{"Free shipping over $50", "滿 NT$1,500 免運"}, {"30-day returns", "30 天退貨"}, {"2-year warranty", "兩年保固"}, {"Recycled packaging", "環保包裝"}}, 3))...))
		s.has(false, g.l("{a list of perks (shipping, returns…)|shipping and returns info as a list}", "{運送與退貨資訊列表}"))
	}
	s.root = gapped(grid(2, image("/img/"+slug(p.name.en)+".jpg", name), gapped(col(info...), genui.GapSM)), genui.GapLG)
	s.has(false, g.l("{a big product image on the left|the photo on one side and the details on the other}", "{左邊大圖，右邊資訊}"))
	return s
}

func invoice(g *gen) *screen {
	s := &screen{kind: "invoice", title: g.t("Invoice", "發票")}
	s.noun = g.l("{invoice|invoice page|billing invoice|receipt}", "{發票|請款單|收據}")
	num := g.code("invoice")
	client := g.pick(g.person(), g.company())
	if g.chance(0.6) {
		s.mod(true, g.l("{number %[1]s|numbered %[1]s}", "{編號 %[1]s}", g.v(num)))
	}
	if g.chance(0.4) {
		s.mod(true, g.l("{billed to %[1]s|for %[1]s}", "{客戶是%[1]s|開給%[1]s}", g.v(client)))
	}
	n := g.between(2, 5)
	items := sample(g, []bi{{"Website design", "網站設計"}, {"Hosting (12 months)", "主機代管（12 個月）"}, {"Logo design", "Logo 設計"}, {"Consulting hours", "顧問時數"}, {"Copywriting", "文案撰寫"}, {"SEO audit", "SEO 健檢"}, {"Photography", "攝影"}}, n)
	var rows [][]string
	sum := 0.0
	for _, it := range items {
		q := g.between(1, 10)
		p := float64(g.between(4, 60) * 25)
		sum += p * float64(q)
		rows = append(rows, []string{g.s(it), fmt.Sprint(q), g.money(p, true), g.money(p*float64(q), true)})
	}
	if g.chance(0.4) {
		s.has(true, g.l("{%[1]s line items|%[1]s rows of services}", "{%[1]s個項目|%[1]s筆明細}", g.count(n)))
	} else {
		s.has(false, g.l("{a table of line items|line items with qty, price and amount}", "{項目明細表格}"))
	}
	tax := sum * 0.05
	s.root = gapped(card("",
		spread(heading(g.l("Invoice %s", "發票 %s", num), 2), badge(g.t("Due", "未付款"), genui.Warning)),
		gapped(grid(2,
			gapped(col(muted(g.t("From", "開立方")), para(g.brand+g.t(" Studio", " 工作室"))), genui.GapNone),
			gapped(col(muted(g.t("Billed to", "客戶")), para(client)), genui.GapNone)), genui.GapMD),
		table([]string{g.t("Description", "項目"), g.t("Qty", "數量"), g.t("Price", "單價"), g.t("Amount", "金額")}, rows),
		spread(para(g.t("Tax (5%)", "稅金（5%）")), para(g.money(tax, true))),
		spread(heading(g.t("Total", "總計"), 3), heading(g.money(sum+tax, true), 3)),
		rowEnd(g.button(s, btn{text: bi{"Download PDF", "下載 PDF"}, alts: []bi{{"Pay invoice", "支付帳款"}, {"Print", "列印"}}, action: "download", variant: genui.Primary, say: bi{"{download|pdf} button", "下載按鈕"}})),
	), genui.GapMD)
	return s
}
