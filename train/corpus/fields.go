package corpus

import (
	"strings"

	"github.com/genui/genui/genui"
)

// field is a form field people ask for by name ("an email field", "電話欄位").
type field struct {
	id    string
	ctl   string          // "input", "textarea", "select", "radio", "checkbox" or "switch"
	kind  genui.InputType // an input's type
	label bi
	ph    bi // placeholder
	// say names the field as people do, a template of alternatives:
	// "{email|email address|e-mail}".
	say  bi
	opts []bi // a select's or radio group's options
	req  bool // required unless said otherwise
}

var fields = map[string]field{
	"email":     {id: "email", ctl: "input", kind: genui.InputEmail, label: bi{"Email", "電子郵件"}, ph: bi{"you@example.com", "you@example.com"}, say: bi{"{email|email address|e-mail}", "{電子郵件|Email|信箱|電子信箱}"}, req: true},
	"password":  {id: "password", ctl: "input", kind: genui.InputPassword, label: bi{"Password", "密碼"}, say: bi{"password", "密碼"}, req: true},
	"confirm":   {id: "confirm_password", ctl: "input", kind: genui.InputPassword, label: bi{"Confirm password", "確認密碼"}, say: bi{"{confirm password|password confirmation|repeat password}", "{確認密碼|再次輸入密碼}"}, req: true},
	"current":   {id: "current_password", ctl: "input", kind: genui.InputPassword, label: bi{"Current password", "目前密碼"}, say: bi{"{current|old} password", "{目前密碼|舊密碼}"}, req: true},
	"newpass":   {id: "new_password", ctl: "input", kind: genui.InputPassword, label: bi{"New password", "新密碼"}, say: bi{"new password", "新密碼"}, req: true},
	"name":      {id: "name", ctl: "input", kind: genui.InputText, label: bi{"Full name", "姓名"}, ph: bi{"Jane Doe", "王小明"}, say: bi{"{name|full name}", "{姓名|名字|全名}"}, req: true},
	"first":     {id: "first_name", ctl: "input", kind: genui.InputText, label: bi{"First name", "名字"}, say: bi{"first name", "名字"}},
	"last":      {id: "last_name", ctl: "input", kind: genui.InputText, label: bi{"Last name", "姓氏"}, say: bi{"{last name|surname}", "姓氏"}},
	"username":  {id: "username", ctl: "input", kind: genui.InputText, label: bi{"Username", "使用者名稱"}, ph: bi{"e.g. jdoe", "例如 xiaoming"}, say: bi{"{username|user name}", "{使用者名稱|帳號}"}, req: true},
	"phone":     {id: "phone", ctl: "input", kind: genui.InputTel, label: bi{"Phone number", "電話號碼"}, ph: bi{"+1 555 123 4567", "0912-345-678"}, say: bi{"{phone|phone number|mobile number|telephone}", "{電話|手機號碼|電話號碼|聯絡電話}"}},
	"company":   {id: "company", ctl: "input", kind: genui.InputText, label: bi{"Company", "公司名稱"}, say: bi{"{company|company name|organization}", "{公司|公司名稱}"}},
	"jobtitle":  {id: "job_title", ctl: "input", kind: genui.InputText, label: bi{"Job title", "職稱"}, say: bi{"{job title|role}", "職稱"}},
	"website":   {id: "website", ctl: "input", kind: genui.InputURL, label: bi{"Website", "網站"}, ph: bi{"https://", "https://"}, say: bi{"{website|website URL|site url}", "{網站|網址|個人網站}"}},
	"address":   {id: "address", ctl: "input", kind: genui.InputText, label: bi{"Street address", "地址"}, say: bi{"{address|street address}", "{地址|住址|收件地址}"}, req: true},
	"city":      {id: "city", ctl: "input", kind: genui.InputText, label: bi{"City", "城市"}, say: bi{"city", "{城市|縣市}"}, req: true},
	"zip":       {id: "zip", ctl: "input", kind: genui.InputText, label: bi{"ZIP code", "郵遞區號"}, say: bi{"{zip|zip code|postal code|postcode}", "郵遞區號"}},
	"country":   {id: "country", ctl: "select", label: bi{"Country", "國家"}, say: bi{"country", "國家"}, opts: countries[:6]},
	"birthday":  {id: "birthday", ctl: "input", kind: genui.InputDate, label: bi{"Date of birth", "生日"}, say: bi{"{birthday|date of birth|birth date}", "{生日|出生日期}"}},
	"date":      {id: "date", ctl: "input", kind: genui.InputDate, label: bi{"Date", "日期"}, say: bi{"date", "日期"}, req: true},
	"time":      {id: "time", ctl: "input", kind: genui.InputTime, label: bi{"Time", "時間"}, say: bi{"time", "時間"}, req: true},
	"guests":    {id: "guests", ctl: "input", kind: genui.InputNumber, label: bi{"Guests", "人數"}, ph: bi{"2", "2"}, say: bi{"{number of guests|guests|party size|how many people}", "{人數|用餐人數|幾位}"}},
	"age":       {id: "age", ctl: "input", kind: genui.InputNumber, label: bi{"Age", "年齡"}, say: bi{"age", "年齡"}},
	"quantity":  {id: "quantity", ctl: "input", kind: genui.InputNumber, label: bi{"Quantity", "數量"}, ph: bi{"1", "1"}, say: bi{"{quantity|qty|amount}", "數量"}},
	"amount":    {id: "amount", ctl: "input", kind: genui.InputNumber, label: bi{"Amount", "金額"}, ph: bi{"0.00", "0"}, say: bi{"amount", "金額"}, req: true},
	"cardnum":   {id: "card_number", ctl: "input", kind: genui.InputText, label: bi{"Card number", "卡號"}, ph: bi{"1234 5678 9012 3456", "1234 5678 9012 3456"}, say: bi{"{card number|credit card number}", "{卡號|信用卡卡號}"}, req: true},
	"expiry":    {id: "expiry", ctl: "input", kind: genui.InputText, label: bi{"Expiry date", "有效期限"}, ph: bi{"MM/YY", "MM/YY"}, say: bi{"{expiry|expiration date|exp date}", "有效期限"}, req: true},
	"cvc":       {id: "cvc", ctl: "input", kind: genui.InputText, label: bi{"CVC", "安全碼"}, ph: bi{"123", "123"}, say: bi{"{CVC|CVV|security code}", "{安全碼|CVV}"}, req: true},
	"cardname":  {id: "card_name", ctl: "input", kind: genui.InputText, label: bi{"Name on card", "持卡人姓名"}, say: bi{"{name on card|cardholder name}", "持卡人姓名"}},
	"message":   {id: "message", ctl: "textarea", label: bi{"Message", "訊息"}, ph: bi{"How can we help?", "想告訴我們什麼？"}, say: bi{"{message|comments}", "{訊息|留言|訊息內容}"}},
	"subject":   {id: "subject", ctl: "input", kind: genui.InputText, label: bi{"Subject", "主旨"}, say: bi{"subject", "主旨"}},
	"bio":       {id: "bio", ctl: "textarea", label: bi{"Bio", "自我介紹"}, ph: bi{"Tell us about yourself", "簡單介紹一下自己"}, say: bi{"{bio|short bio|about me}", "{自我介紹|簡介}"}},
	"notes":     {id: "notes", ctl: "textarea", label: bi{"Notes", "備註"}, ph: bi{"Anything we should know?", "有什麼需要我們注意的嗎？"}, say: bi{"{notes|special requests|comments}", "{備註|特殊需求}"}},
	"search":    {id: "search", ctl: "input", kind: genui.InputSearch, label: bi{"Search", "搜尋"}, ph: bi{"Search…", "搜尋…"}, say: bi{"{search|search box|search bar}", "{搜尋|搜尋框|搜尋列}"}},
	"coupon":    {id: "coupon", ctl: "input", kind: genui.InputText, label: bi{"Discount code", "優惠碼"}, ph: bi{"Enter code", "輸入優惠碼"}, say: bi{"{coupon|promo code|discount code}", "{優惠碼|折扣碼}"}},
	"code":      {id: "code", ctl: "input", kind: genui.InputText, label: bi{"Verification code", "驗證碼"}, ph: bi{"6-digit code", "6 位數驗證碼"}, say: bi{"{code|verification code|6-digit code|one-time code}", "{驗證碼|6 位數驗證碼}"}, req: true},
	"checkin":   {id: "check_in", ctl: "input", kind: genui.InputDate, label: bi{"Check-in", "入住日期"}, say: bi{"check-in {date|}", "入住日期"}, req: true},
	"checkout":  {id: "check_out", ctl: "input", kind: genui.InputDate, label: bi{"Check-out", "退房日期"}, say: bi{"check-out {date|}", "退房日期"}, req: true},
	"from":      {id: "from", ctl: "input", kind: genui.InputText, label: bi{"From", "出發地"}, ph: bi{"City or airport", "城市或機場"}, say: bi{"{from|origin|departure city}", "出發地"}, req: true},
	"to":        {id: "to", ctl: "input", kind: genui.InputText, label: bi{"To", "目的地"}, ph: bi{"City or airport", "城市或機場"}, say: bi{"{to|destination}", "目的地"}, req: true},
	"depart":    {id: "depart", ctl: "input", kind: genui.InputDate, label: bi{"Departure", "去程日期"}, say: bi{"{departure date|depart date}", "去程日期"}, req: true},
	"return":    {id: "return", ctl: "input", kind: genui.InputDate, label: bi{"Return", "回程日期"}, say: bi{"return date", "回程日期"}},
	"title":     {id: "title", ctl: "input", kind: genui.InputText, label: bi{"Title", "標題"}, say: bi{"title", "標題"}, req: true},
	"desc":      {id: "description", ctl: "textarea", label: bi{"Description", "說明"}, say: bi{"description", "{說明|描述}"}},
	"due":       {id: "due_date", ctl: "input", kind: genui.InputDate, label: bi{"Due date", "截止日期"}, say: bi{"{due date|deadline}", "{截止日期|期限}"}},
	"priority":  {id: "priority", ctl: "select", label: bi{"Priority", "優先順序"}, say: bi{"priority", "優先順序"}, opts: []bi{{"Low", "低"}, {"Medium", "中"}, {"High", "高"}}},
	"category":  {id: "category", ctl: "select", label: bi{"Category", "類別"}, say: bi{"category", "類別"}, opts: []bi{{"General", "一般"}, {"Billing", "帳務"}, {"Technical", "技術問題"}, {"Other", "其他"}}},
	"size":      {id: "size", ctl: "select", label: bi{"Size", "尺寸"}, say: bi{"size", "尺寸"}, opts: []bi{{"S", "S"}, {"M", "M"}, {"L", "L"}, {"XL", "XL"}}},
	"language":  {id: "language", ctl: "select", label: bi{"Language", "語言"}, say: bi{"language", "語言"}, opts: []bi{{"English", "英文"}, {"中文 (台灣)", "中文 (台灣)"}, {"日本語", "日本語"}, {"Español", "Español"}}},
	"timezone":  {id: "timezone", ctl: "select", label: bi{"Time zone", "時區"}, say: bi{"{time zone|timezone}", "時區"}, opts: []bi{{"UTC", "UTC"}, {"Pacific Time", "太平洋時間"}, {"Eastern Time", "美東時間"}, {"Taipei (GMT+8)", "台北 (GMT+8)"}}},
	"teamsize":  {id: "team_size", ctl: "select", label: bi{"Team size", "團隊人數"}, say: bi{"team size", "團隊人數"}, opts: []bi{{"1–10", "1–10 人"}, {"11–50", "11–50 人"}, {"51–200", "51–200 人"}, {"200+", "200 人以上"}}},
	"frequency": {id: "frequency", ctl: "select", label: bi{"Email frequency", "通知頻率"}, say: bi{"{frequency|email frequency}", "{頻率|通知頻率}"}, opts: []bi{{"Instantly", "即時"}, {"Daily digest", "每日摘要"}, {"Weekly digest", "每週摘要"}, {"Never", "不要通知"}}},
	"reason":    {id: "reason", ctl: "select", label: bi{"Reason", "原因"}, say: bi{"reason", "原因"}, opts: []bi{{"Too expensive", "太貴了"}, {"Missing features", "缺少功能"}, {"Switching to another tool", "改用其他工具"}, {"Other", "其他"}}},
	"linkedin":  {id: "linkedin", ctl: "input", kind: genui.InputURL, label: bi{"LinkedIn profile", "LinkedIn 個人檔案"}, ph: bi{"https://linkedin.com/in/", "https://linkedin.com/in/"}, say: bi{"{LinkedIn|LinkedIn URL}", "LinkedIn 連結"}},
	"salary":    {id: "salary", ctl: "input", kind: genui.InputNumber, label: bi{"Expected salary", "期望薪資"}, say: bi{"{expected salary|salary expectation}", "期望薪資"}},
	"start":     {id: "start_date", ctl: "input", kind: genui.InputDate, label: bi{"Start date", "開始日期"}, say: bi{"start date", "開始日期"}},
	"order":     {id: "order_number", ctl: "input", kind: genui.InputText, label: bi{"Order number", "訂單編號"}, ph: bi{"#10234", "#10234"}, say: bi{"order number", "訂單編號"}},
	"gender":    {id: "gender", ctl: "radio", label: bi{"Gender", "性別"}, say: bi{"gender", "性別"}, opts: []bi{{"Female", "女"}, {"Male", "男"}, {"Other", "其他"}, {"Prefer not to say", "不透露"}}},
	"rating":    {id: "rating", ctl: "radio", label: bi{"Rating", "評分"}, say: bi{"{rating|star rating}", "評分"}, opts: []bi{{"1", "1"}, {"2", "2"}, {"3", "3"}, {"4", "4"}, {"5", "5"}}},
}

// mixedTerms are the English words people in Taiwan often type for some
// fields in Chinese text ("email 欄位").
var mixedTerms = map[string]string{"email": "email ", "password": "password ", "website": "URL ", "code": "OTP ", "search": "search ", "username": "ID "}

// fieldOpt changes how g.field makes a field.
type fieldOpt struct {
	label    string // a label asked for in quotes ("" keeps the usual one)
	optional bool   // never required
	plain    bool   // the usual label and placeholder, nothing asked for
}

// field builds the node of field f and the detail a description may use
// for it. Now and then the person names its label in quotes, gives a
// placeholder, or says it is required; the spec follows what was said.
func (g *gen) field(s *screen, key string, o fieldOpt) *genui.Node {
	f := fields[key]
	label, ph := g.s(f.label), g.s(f.ph)
	say := g.expand(g.s(f.say))
	must := false
	var np string
	custom := o.label
	if custom == "" && !o.plain && g.chance(0.1) {
		custom = g.customLabel(f)
	}
	noun := g.l("{field|field|input|box}", "{欄位|欄位|輸入框}")
	switch f.ctl {
	case "textarea":
		noun = g.l("{text area|textarea|box|field}", "{文字框|多行輸入框|欄位}")
	case "select":
		noun = g.l("{dropdown|select|drop-down|picker}", "{下拉選單|選單}")
	case "radio":
		noun = g.l("{radio buttons|options|radio group}", "{單選|選項}")
	}
	if m, ok := mixedTerms[key]; ok && g.zh && g.mixed && g.chance(0.6) {
		say = m
	}
	required := f.req && !o.optional
	adj, suffix := "", ""
	if f.ctl == "input" && !o.plain && g.chance(0.12) {
		required = !required
		must = true
		word := g.l("{required|mandatory}", "必填的")
		if !required {
			word = g.l("optional", "選填的")
		}
		if g.chance(0.5) {
			adj = word
		} else {
			suffix = g.l(" (%s)", "（%s）", strings.TrimSuffix(word, "的"))
		}
	}
	labelPart, phPart := "", ""
	if custom != "" && custom != label {
		label, must = custom, true
		labelPart = g.l("{ labeled %[1]s| with the label %[1]s| called %[1]s}", "{，標籤寫%[1]s|，標籤是%[1]s}", g.q(custom))
	}
	if (f.ctl == "input" || f.ctl == "textarea") && !o.plain && g.chance(0.08) {
		ph = g.placeholder(f)
		phPart = g.l("{ with placeholder %[1]s| (placeholder %[1]s)|, placeholder %[1]s}", "{，提示文字%[1]s|，placeholder 寫%[1]s}", g.q(ph))
		must = true
	}
	switch {
	case labelPart != "" && g.chance(0.4):
		np = g.l("a %s %s %s", "%s%s%s", adj, g.q(custom), noun)
	case g.zh:
		np = adj + say + noun + labelPart
	case adj == "" && labelPart == "" && g.chance(0.3):
		np = say
	default:
		np = g.l("{a %[1]s %[2]s %[3]s%[4]s|a %[1]s %[3]s for {the|} %[2]s%[4]s}", "", adj, say, noun, labelPart)
	}
	np = fixArticle(strings.Join(strings.Fields(np+phPart+suffix), " "))
	var n *genui.Node
	switch f.ctl {
	case "textarea":
		n = textarea(f.id, label, ph)
	case "select", "radio":
		opts := g.ss(f.opts)
		if f.ctl == "radio" {
			n = radio(f.id, label, opts, "")
		} else {
			n = selectBox(f.id, label, opts, "")
		}
	default:
		n = input(f.id, f.kind, label, ph, required)
	}
	s.has(must, np)
	return n
}

// relabel returns another label a person might want for field f.
func (g *gen) relabel(f field) string {
	alts := map[string][]bi{
		"email":    {{"Work email", "公司信箱"}, {"Email address", "電子郵件地址"}, {"Your email", "你的 Email"}},
		"password": {{"Choose a password", "設定密碼"}, {"Your password", "你的密碼"}},
		"name":     {{"Your name", "你的名字"}, {"Name", "名字"}, {"What should we call you?", "怎麼稱呼你？"}},
		"phone":    {{"Mobile", "手機"}, {"Contact number", "聯絡電話"}},
		"message":  {{"Your message", "你的訊息"}, {"Tell us more", "詳細說明"}, {"How can we help?", "需要什麼協助？"}},
		"company":  {{"Organization", "單位名稱"}, {"Company name", "公司"}},
		"username": {{"Handle", "暱稱"}, {"Login name", "登入帳號"}},
		"search":   {{"Find anything", "搜尋任何東西"}},
		"notes":    {{"Special requests", "特殊需求"}},
		"code":     {{"Enter the code", "輸入驗證碼"}, {"Security code", "安全碼"}},
	}[f.id]
	if len(alts) == 0 {
		return ""
	}
	return g.s(pickOf(g, alts))
}

// placeholder returns a hint text a person might ask for.
func (g *gen) placeholder(f field) string {
	switch f.kind {
	case genui.InputEmail:
		return g.pick("name@company.com", "jane@example.com", "you@work.com")
	case genui.InputTel:
		return g.t("(555) 000-0000", "09xx-xxx-xxx")
	case genui.InputURL:
		return "https://example.com"
	case genui.InputSearch:
		return g.l("{Search products…|Type to search|What are you looking for?}", "{搜尋商品…|輸入關鍵字|想找什麼？}")
	}
	return g.l("{Type here|Enter %[1]s|Your %[1]s|e.g. %[2]s|Start typing…}", "{請輸入%[1]s|在這裡輸入|例如：%[2]s}", lower(g.s(f.label)), g.pick(g.person(), g.brand, g.s(pickOf(g, cities))))
}
