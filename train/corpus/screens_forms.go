package corpus

import (
	"fmt"

	"github.com/genui/genui/genui"
)

// Forms people fill in: contact, feedback, surveys, bookings, applications.

// formScreen is the common shape of a form page: a title, a line of help,
// the fields (by key, in order), and a submit button.
type formScreen struct {
	kind, action string
	noun         bi
	titles       []bi
	custom       []bi
	help         bi
	fields       []string // always there
	optional     []string // each there or not, as the person says
	submit       btn
}

func (g *gen) formPage(f formScreen) *screen {
	s := &screen{kind: f.kind, title: g.s(f.titles[0])}
	s.noun = g.expand(g.s(f.noun))
	kids := []*genui.Node{g.title(s, 2, f.titles, f.custom...)}
	if f.help.en != "" && g.chance(0.6) {
		kids = append(kids, muted(g.s(f.help)))
	}
	var fs []*genui.Node
	keys := append([]string(nil), f.fields...)
	for _, k := range f.optional {
		if g.chance(0.35) {
			keys = append(keys, k)
		}
	}
	for i, k := range keys {
		fs = append(fs, g.field(s, k, fieldOpt{}))
		if i >= len(f.fields) {
			s.must()
		}
	}
	fs = append(fs, g.button(s, f.submit))
	kids = append(kids, gapped(form(f.action, fs...), genui.GapMD))
	s.root = g.frame(s, 0.6, kids...)
	return s
}

func contact(g *gen) *screen {
	s := g.formPage(formScreen{
		kind: "contact", action: "contact",
		noun:   bi{"{contact form|contact us page|get in touch form|contact page}", "{聯絡表單|聯絡我們頁面|聯繫表單}"},
		titles: []bi{{"Contact us", "聯絡我們"}, {"Get in touch", "與我們聯繫"}}, custom: []bi{{"Say hello", "打聲招呼"}, {"We'd love to hear from you", "期待你的來信"}, {"Talk to sales", "聯絡業務"}},
		help:     bi{"We usually reply within one business day.", "我們通常會在一個工作天內回覆。"},
		fields:   []string{"name", "email", "message"},
		optional: []string{"phone", "company", "subject", "category"},
		submit:   btn{text: bi{"Send message", "送出訊息"}, alts: []bi{{"Send", "送出"}, {"Submit", "提交"}, {"Get in touch", "聯絡我們"}}, action: "submit", variant: genui.Primary, say: bi{"{send|submit} button", "{送出按鈕|傳送按鈕}"}},
	})
	if g.chance(0.3) {
		s.root.Children = append(s.root.Children, divider(), gapped(col(
			gapped(row(icon("mail"), para("hello@"+slugDomain(g.brand))), genui.GapSM),
			gapped(row(icon("phone"), para(g.t("+1 (555) 010-2030", "(02) 2345-6789"))), genui.GapSM),
		), genui.GapXS))
		s.has(false, g.l("{our email and phone below the form|contact details under it}", "{下方放 email 和電話}"))
	}
	return s
}

// slugDomain makes a web domain from a name: "Blue Bird" → "bluebird.com".
func slugDomain(name string) string {
	d := ""
	for _, c := range name {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			d += string(c | 0x20)
		}
	}
	return d + ".com"
}

func feedback(g *gen) *screen {
	s := &screen{kind: "feedback", title: g.t("Feedback", "意見回饋")}
	s.noun = g.l("{feedback form|feedback widget|send feedback dialog|rate your experience form}", "{意見回饋表單|回饋小工具|使用體驗評分表}")
	kids := []*genui.Node{g.title(s, 2, []bi{{"How was your experience?", "你的使用體驗如何？"}, {"Send us feedback", "給我們意見"}}, bi{"Help us improve", "幫助我們變得更好"}, bi{"Tell us what you think", "告訴我們你的想法"})}
	var fs []*genui.Node
	switch g.r.IntN(3) {
	case 0:
		fs = append(fs, g.field(s, "rating", fieldOpt{}))
	case 1:
		lo, hi := 0.0, 10.0
		fs = append(fs, slider("score", g.t("How likely are you to recommend us?", "你有多大可能推薦我們？"), lo, hi, 1, 8))
		s.has(true, g.l("{a 0-10 slider for how likely they'd recommend us|an NPS slider from 0 to 10}", "{0 到 10 的推薦意願滑桿}"))
	default:
		fs = append(fs, radio("mood", g.t("Overall", "整體感受"), g.ss([]bi{{"Great", "很棒"}, {"Okay", "還可以"}, {"Not good", "不太好"}}), ""))
		s.has(false, g.l("{great / okay / not good options|a quick mood choice}", "{很棒／還可以／不太好的選項}"))
	}
	fs = append(fs, g.field(s, "message", fieldOpt{label: g.t("What could we do better?", "我們可以怎麼改進？")}))
	if g.chance(0.4) {
		fs = append(fs, checkbox("contact_me", g.t("You may contact me about this feedback", "可以就此回饋聯絡我"), false))
		s.has(true, g.l("{a may we contact you checkbox|an ok to contact me checkbox}", "{可以聯絡我的勾選框}"))
	}
	fs = append(fs, g.button(s, btn{text: bi{"Send feedback", "送出回饋"}, alts: []bi{{"Submit", "提交"}, {"Send", "送出"}}, action: "submit", variant: genui.Primary, say: bi{"{submit|send} button", "{送出按鈕}"}}))
	kids = append(kids, gapped(form("feedback", fs...), genui.GapMD))
	s.root = g.frame(s, 0.8, kids...)
	return s
}

func survey(g *gen) *screen {
	s := &screen{kind: "survey", title: g.t("Survey", "問卷")}
	s.noun = g.l("{survey|customer survey form|questionnaire|short survey}", "{問卷|顧客滿意度問卷|意見調查表}")
	type question struct {
		text bi
		opts []bi
		ctl  string
	}
	pool := []question{
		{bi{"How did you hear about us?", "你是從哪裡知道我們的？"}, []bi{{"Search engine", "搜尋引擎"}, {"Friend", "朋友推薦"}, {"Social media", "社群媒體"}, {"Ad", "廣告"}}, "radio"},
		{bi{"How often do you use the app?", "你多常使用這個 App？"}, []bi{{"Every day", "每天"}, {"A few times a week", "一週幾次"}, {"Rarely", "很少"}}, "radio"},
		{bi{"Which features do you use?", "你會使用哪些功能？"}, []bi{{"Reports", "報表"}, {"Sharing", "分享"}, {"Mobile app", "手機 App"}, {"Integrations", "整合"}}, "checkbox"},
		{bi{"How satisfied are you?", "你的滿意度如何？"}, []bi{{"Very satisfied", "非常滿意"}, {"Satisfied", "滿意"}, {"Neutral", "普通"}, {"Unsatisfied", "不滿意"}}, "radio"},
		{bi{"What is your role?", "你的職務是？"}, []bi{{"Engineering", "工程"}, {"Design", "設計"}, {"Marketing", "行銷"}, {"Other", "其他"}}, "select"},
		{bi{"What's your age group?", "你的年齡層？"}, []bi{{"Under 18", "18 歲以下"}, {"18–34", "18–34 歲"}, {"35–54", "35–54 歲"}, {"55+", "55 歲以上"}}, "select"},
	}
	n := g.between(2, 4)
	qs := sample(g, pool, n)
	kids := []*genui.Node{g.title(s, 2, []bi{{"Quick survey", "簡短問卷"}, {"We'd love your input", "想聽聽你的意見"}}, bi{"2-minute survey", "兩分鐘問卷"}, bi{"Help shape our roadmap", "一起決定產品方向"})}
	if g.chance(0.4) {
		kids = append(kids, progress(float64(g.between(1, 3)*25), g.t("Progress", "進度")))
		s.has(false, g.l("a progress bar", "進度條"))
	}
	var fs []*genui.Node
	for i, q := range qs {
		id := fmt.Sprintf("q%d", i+1)
		switch q.ctl {
		case "radio":
			fs = append(fs, radio(id, g.s(q.text), g.ss(q.opts), ""))
		case "select":
			fs = append(fs, selectBox(id, g.s(q.text), g.ss(q.opts), ""))
		default:
			var boxes []*genui.Node
			for _, o := range q.opts {
				boxes = append(boxes, checkbox(id+"_"+slug(o.en), g.s(o), false))
			}
			fs = append(fs, gapped(col(append([]*genui.Node{para(g.s(q.text))}, boxes...)...), genui.GapXS))
		}
	}
	switch g.r.IntN(3) {
	case 0:
		s.has(true, g.l("{%[1]s questions|%[1]s multiple choice questions}", "{%[1]s個問題|%[1]s題選擇題}", g.count(n)))
	case 1:
		s.has(true, g.l("{questions like %[1]s|asking %[1]s}", "{問題像是%[1]s}", g.q(g.s(qs[0].text))))
	default:
		s.has(false, g.l("{a few multiple choice questions|some radio and checkbox questions}", "{幾題選擇題}"))
	}
	if g.chance(0.5) {
		fs = append(fs, g.field(s, "message", fieldOpt{label: g.t("Anything else?", "其他建議？")}))
	}
	fs = append(fs, g.button(s, btn{text: bi{"Submit", "提交"}, alts: []bi{{"Finish", "完成"}, {"Send answers", "送出答案"}}, action: "submit", variant: genui.Primary, say: bi{"submit button", "提交按鈕"}}))
	kids = append(kids, gapped(form("survey", fs...), genui.GapLG))
	s.root = g.frame(s, 0.5, kids...)
	return s
}

func newsletter(g *gen) *screen {
	s := &screen{kind: "newsletter", title: g.t("Newsletter", "電子報")}
	s.noun = g.l("{newsletter signup|email subscribe box|newsletter form|mailing list signup}", "{電子報訂閱|Email 訂閱框|訂閱電子報表單}")
	kids := []*genui.Node{
		icon("mail"),
		g.title(s, 3, []bi{{"Subscribe to our newsletter", "訂閱電子報"}, {"Stay in the loop", "掌握最新消息"}}, bi{"Get the weekly digest", "收到每週精選"}, bi{"Join 10,000 readers", "加入一萬名讀者"}),
		muted(g.t("One email a week. No spam, unsubscribe anytime.", "每週一封，不寄垃圾信，隨時可取消。")),
	}
	fs := []*genui.Node{}
	if g.chance(0.3) {
		fs = append(fs, g.field(s, "first", fieldOpt{}))
		s.must()
	}
	fs = append(fs, g.field(s, "email", fieldOpt{}), g.button(s, btn{text: bi{"Subscribe", "訂閱"}, alts: []bi{{"Sign me up", "幫我訂閱"}, {"Join", "加入"}, {"Count me in", "算我一份"}}, action: "submit", variant: genui.Primary, say: bi{"subscribe button", "訂閱按鈕"}}))
	kids = append(kids, gapped(form("subscribe", gapped(row(fs...), genui.GapSM)), genui.GapSM))
	s.root = g.frame(s, 0.7, kids...)
	return s
}

func jobApplication(g *gen) *screen {
	role := pickOf(g, roles)
	s := g.formPage(formScreen{
		kind: "job_application", action: "apply",
		noun:   bi{"{job application form|job application page|application form for a " + role.en + " role|careers application}", "{應徵表單|" + role.zh + "職缺申請表|求職申請頁}"},
		titles: []bi{{"Apply for " + role.en, "應徵" + role.zh}, {"Join our team", "加入我們的團隊"}}, custom: []bi{{"We're hiring!", "我們正在徵才！"}, {"Your application", "你的申請"}},
		help:     bi{"Tell us a bit about yourself. It takes about five minutes.", "簡單介紹自己，大約需要五分鐘。"},
		fields:   []string{"name", "email", "phone", "linkedin"},
		optional: []string{"website", "salary", "start", "city"},
		submit:   btn{text: bi{"Submit application", "送出申請"}, alts: []bi{{"Apply", "應徵"}, {"Apply now", "立即應徵"}}, action: "submit", variant: genui.Primary, say: bi{"{submit|apply} button", "{送出按鈕|應徵按鈕}"}},
	})
	f := s.root.Children[len(s.root.Children)-1]
	cover := g.field(s, "notes", fieldOpt{label: g.t("Why do you want to join?", "為什麼想加入我們？"), plain: true})
	f.Children = append(f.Children[:len(f.Children)-1], cover, f.Children[len(f.Children)-1])
	return s
}

func addressForm(g *gen) *screen {
	return g.formPage(formScreen{
		kind: "address_form", action: "save_address",
		noun:   bi{"{shipping address form|address form|delivery address form|billing address form}", "{收件地址表單|地址表單|寄送地址填寫}"},
		titles: []bi{{"Shipping address", "收件地址"}, {"Where should we deliver?", "要寄到哪裡？"}}, custom: []bi{{"Delivery details", "配送資訊"}, {"Billing address", "帳單地址"}},
		fields:   []string{"name", "address", "city", "zip", "country"},
		optional: []string{"phone", "company", "notes"},
		submit:   btn{text: bi{"Save address", "儲存地址"}, alts: []bi{{"Continue", "繼續"}, {"Use this address", "使用此地址"}}, action: "submit", variant: genui.Primary, say: bi{"{save|continue} button", "{儲存按鈕|繼續按鈕}"}},
	})
}

func booking(g *gen) *screen {
	svc := pickOf(g, services)
	s := &screen{kind: "booking", title: g.t("Book an appointment", "預約")}
	s.noun = g.l("{appointment booking form|booking page|schedule an appointment screen|reservation form} for {a |}%s", "{%s預約表單|預約%s的頁面}", lower(g.s(svc)))
	kids := []*genui.Node{g.title(s, 2, []bi{{"Book an appointment", "預約時段"}, {"Book " + lower(svc.en), "預約" + svc.zh}}, bi{"Pick a time", "選擇時間"}, bi{"Reserve your spot", "預留你的位置"})}
	fs := []*genui.Node{g.field(s, "date", fieldOpt{})}
	if g.chance(0.5) {
		slots := []string{}
		for _, h := range sample(g, []string{"9:00", "9:30", "10:00", "11:00", "13:30", "14:00", "15:30", "16:00"}, g.between(3, 6)) {
			slots = append(slots, h)
		}
		var bs []*genui.Node
		for _, t := range slots {
			bs = append(bs, button(t, "pick_time", genui.Secondary))
		}
		fs = append(fs, para(g.t("Available times", "可預約時段")), gapped(row(bs...), genui.GapXS))
		if g.chance(0.5) {
			s.has(true, g.l("{%[1]s time slot buttons|%[1]s available times as buttons}", "{%[1]s個時段按鈕}", g.count(len(slots))))
		} else {
			s.has(false, g.l("{time slots as buttons|available times}", "{可預約時段按鈕}"))
		}
	} else {
		fs = append(fs, g.field(s, "time", fieldOpt{}))
	}
	if g.chance(0.5) {
		fs = append(fs, selectBox("staff", g.t("With", "服務人員"), g.people(3), ""))
		s.has(true, g.l("{a dropdown to choose the staff member|pick who you see}", "{選擇服務人員的下拉選單}"))
	}
	fs = append(fs, g.field(s, "name", fieldOpt{}), g.field(s, "phone", fieldOpt{}))
	if g.chance(0.4) {
		fs = append(fs, g.field(s, "notes", fieldOpt{}))
		s.must()
	}
	fs = append(fs, g.button(s, btn{text: bi{"Confirm booking", "確認預約"}, alts: []bi{{"Book now", "立即預約"}, {"Reserve", "預約"}}, action: "submit", variant: genui.Primary, say: bi{"{book|confirm} button", "{預約按鈕|確認按鈕}"}}))
	kids = append(kids, gapped(form("book", fs...), genui.GapMD))
	s.root = g.frame(s, 0.6, kids...)
	return s
}

func reservation(g *gen) *screen {
	return g.formPage(formScreen{
		kind: "restaurant_reservation", action: "reserve",
		noun:   bi{"{restaurant reservation form|table booking form|book a table widget}", "{餐廳訂位表單|訂位小工具}"},
		titles: []bi{{"Reserve a table", "線上訂位"}, {"Book a table", "預訂座位"}}, custom: []bi{{"Join us for dinner", "歡迎來用餐"}},
		help:     bi{"We hold tables for 15 minutes.", "座位保留 15 分鐘。"},
		fields:   []string{"date", "time", "guests", "name", "phone"},
		optional: []string{"email", "notes"},
		submit:   btn{text: bi{"Reserve", "送出訂位"}, alts: []bi{{"Book table", "訂位"}, {"Find a table", "查詢座位"}}, action: "submit", variant: genui.Primary, say: bi{"{reserve|book} button", "{訂位按鈕}"}},
	})
}

func eventRSVP(g *gen) *screen {
	ev := pickOf(g, events)
	s := &screen{kind: "event", title: g.s(ev)}
	s.noun = g.l("{event page|event registration|RSVP page|event invite card} for %s", "{%s活動頁|%s報名頁|%s邀請卡}", g.q(g.s(ev)))
	date, at := g.date(), g.clock()
	city := g.s(pickOf(g, cities))
	if g.chance(0.65) {
		s.mod(true, g.l("{on %[1]s at %[2]s|happening %[1]s, %[2]s}", "{%[1]s %[2]s}", g.v(date), g.v(at)))
	}
	if g.chance(0.3) {
		s.mod(true, g.l("{in %[1]s|held in %[1]s}", "{地點在%[1]s}", g.v(city)))
	}
	kids := []*genui.Node{
		image("/img/event.jpg", g.s(ev)),
		badge(g.t("Free event", "免費活動"), genui.Success),
		heading(g.s(ev), 1),
		gapped(col(
			gapped(row(icon("calendar"), para(date+" · "+at)), genui.GapSM),
			gapped(row(icon("map-pin"), para(city)), genui.GapSM),
		), genui.GapXS),
		para(g.t("An evening of talks, demos and good company. Drinks and snacks provided.", "精彩分享、現場示範，還有餐點飲料。")),
	}
	if g.chance(0.5) {
		going := g.between(12, 400)
		kids = append(kids, muted(g.l("%s people going", "%s 人參加", fmt.Sprint(going))))
	}
	if g.chance(0.5) {
		kids = append(kids, radio("rsvp", g.t("Will you attend?", "你會參加嗎？"), g.ss([]bi{{"Going", "參加"}, {"Maybe", "可能"}, {"Can't make it", "無法參加"}}), ""))
		s.has(false, g.l("{going / maybe / can't go options|an RSVP choice}", "{參加／可能／不參加選項}"))
	}
	kids = append(kids, g.button(s, btn{text: bi{"Register", "立即報名"}, alts: []bi{{"RSVP", "回覆出席"}, {"Get tickets", "取得票券"}, {"Save my spot", "保留名額"}}, action: "register", variant: genui.Primary, say: bi{"{register|RSVP} button", "{報名按鈕}"}}))
	s.root = gapped(card("", kids...), genui.GapSM)
	return s
}

func review(g *gen) *screen {
	p := pickOf(g, products)
	s := &screen{kind: "review_form", title: g.t("Write a review", "撰寫評論")}
	s.noun = g.l("{review form|write a review form|product review widget|rating and review form}", "{評論表單|商品評價表|撰寫評價}")
	if g.chance(0.4) {
		s.noun += g.l(" for the %s", "（%s）", g.v(lower(g.s(p.name))))
	}
	kids := []*genui.Node{
		gapped(row(image("/img/"+slug(p.name.en)+".jpg", g.s(p.name)), heading(g.s(p.name), 3)), genui.GapSM),
		g.field(s, "rating", fieldOpt{}),
		g.field(s, "title", fieldOpt{label: g.t("Headline", "標題")}),
		g.field(s, "message", fieldOpt{label: g.t("Your review", "你的評論")}),
	}
	if g.chance(0.4) {
		kids = append(kids, checkbox("recommend", g.t("I'd recommend this product", "我會推薦這個商品"), true))
		s.has(true, g.l("{a would recommend checkbox (ticked)|a checked recommend box}", "{預設勾選的推薦勾選框}"))
	}
	kids = append(kids, g.button(s, btn{text: bi{"Post review", "發表評論"}, alts: []bi{{"Submit review", "送出評論"}, {"Publish", "發佈"}}, action: "submit", variant: genui.Primary, say: bi{"{post|submit} button", "{送出按鈕|發表按鈕}"}}))
	s.root = gapped(card(g.t("Write a review", "撰寫評論"), gapped(form("review", kids...), genui.GapMD)), genui.GapMD)
	return s
}

func poll(g *gen) *screen {
	q := pickOf(g, []struct {
		q    bi
		opts []bi
	}{
		{bi{"Where should we go for the team offsite?", "團隊外訓要去哪裡？"}, []bi{{"Beach", "海邊"}, {"Mountains", "山上"}, {"City", "城市"}, {"Stay home", "待在家"}}},
		{bi{"Which feature should we build next?", "下一個該做什麼功能？"}, []bi{{"Dark mode", "深色模式"}, {"Offline sync", "離線同步"}, {"Calendar view", "行事曆檢視"}, {"Export to PDF", "匯出 PDF"}}},
		{bi{"Best day for the weekly sync?", "每週會議哪天最好？"}, []bi{{"Monday", "週一"}, {"Wednesday", "週三"}, {"Friday", "週五"}}},
		{bi{"What should we order for lunch?", "午餐要訂什麼？"}, []bi{{"Pizza", "披薩"}, {"Sushi", "壽司"}, {"Salads", "沙拉"}, {"Tacos", "塔可"}}},
	})
	s := &screen{kind: "poll", title: g.t("Poll", "投票")}
	s.noun = g.l("{poll|voting widget|quick poll card|poll results card}", "{投票|投票小工具|投票卡片}")
	if g.chance(0.4) {
		s.mod(true, g.l("{asking %[1]s|with the question %[1]s}", "{問題是%[1]s}", g.q(g.s(q.q))))
	}
	kids := []*genui.Node{heading(g.s(q.q), 3)}
	if g.chance(0.5) {
		left := 100
		for i, o := range q.opts {
			v := g.between(5, max(6, left/2))
			if i == len(q.opts)-1 {
				v = left
			}
			left -= v
			kids = append(kids, progress(float64(v), fmt.Sprintf("%s · %d%%", g.s(o), v)))
		}
		kids = append(kids, muted(g.l("%s votes", "共 %s 票", fmt.Sprint(g.between(12, 900)))))
		s.has(true, g.l("{the results as percentage bars|results shown as bars with percentages}", "{用長條顯示結果|顯示各選項百分比}"))
	} else {
		kids = append(kids, radio("vote", "", g.ss(q.opts), ""), g.button(s, btn{text: bi{"Vote", "投票"}, alts: []bi{{"Submit vote", "送出投票"}}, action: "vote", variant: genui.Primary, say: bi{"vote button", "投票按鈕"}}))
		s.has(false, g.l("{the options as radio buttons|options to pick from}", "{單選選項}"))
	}
	s.root = gapped(card("", kids...), genui.GapSM)
	return s
}

func quiz(g *gen) *screen {
	s := &screen{kind: "quiz", title: g.t("Quiz", "測驗")}
	s.noun = g.l("{quiz question card|quiz screen|trivia question|multiple choice question}", "{測驗題目卡|小測驗畫面|選擇題}")
	q := pickOf(g, []struct {
		q    bi
		opts []bi
	}{
		{bi{"What is the capital of Australia?", "澳洲的首都是哪裡？"}, []bi{{"Sydney", "雪梨"}, {"Canberra", "坎培拉"}, {"Melbourne", "墨爾本"}, {"Perth", "伯斯"}}},
		{bi{"Which planet is known as the Red Planet?", "哪顆行星被稱為紅色星球？"}, []bi{{"Venus", "金星"}, {"Mars", "火星"}, {"Jupiter", "木星"}}},
		{bi{"How many bytes are in a kilobyte?", "一 KB 等於多少位元組？"}, []bi{{"100", "100"}, {"1000", "1000"}, {"1024", "1024"}}},
		{bi{"Who painted the Mona Lisa?", "誰畫了蒙娜麗莎？"}, []bi{{"Van Gogh", "梵谷"}, {"Da Vinci", "達文西"}, {"Picasso", "畢卡索"}}},
	})
	total := g.between(5, 20)
	n := g.between(1, total)
	s.has(g.chance(0.4), g.l("{question %[1]s of %[2]s|a progress bar (%[1]s/%[2]s)}", "{第 %[1]s 題，共 %[2]s 題}", fmt.Sprint(n), fmt.Sprint(total)))
	s.root = gapped(card("",
		progress(float64(n*100/total), g.l("Question %s of %s", "第 %s 題，共 %s 題", fmt.Sprint(n), fmt.Sprint(total))),
		heading(g.s(q.q), 2),
		radio("answer", "", g.ss(q.opts), ""),
		spread(
			g.button(s, btn{text: bi{"Skip", "跳過"}, action: "skip", variant: genui.Ghost, say: bi{"skip button", "跳過按鈕"}}),
			g.button(s, btn{text: bi{"Next", "下一題"}, alts: []bi{{"Check answer", "檢查答案"}, {"Submit", "送出"}}, action: "next", variant: genui.Primary, say: bi{"{next|submit} button", "{下一題按鈕|送出按鈕}"}}),
		),
	), genui.GapMD)
	s.has(false, g.l("{the answers as radio buttons|multiple choice options}", "{選項用單選按鈕}"))
	return s
}

func supportTicket(g *gen) *screen {
	return g.formPage(formScreen{
		kind: "support_ticket", action: "create_ticket",
		noun:   bi{"{support ticket form|help request form|report a problem form|bug report form}", "{客服工單表單|問題回報表單|錯誤回報}"},
		titles: []bi{{"Contact support", "聯絡客服"}, {"Report a problem", "回報問題"}}, custom: []bi{{"How can we help?", "需要什麼協助？"}, {"Open a ticket", "建立工單"}},
		help:     bi{"Describe the issue and we'll get back to you.", "描述你遇到的問題，我們會盡快回覆。"},
		fields:   []string{"email", "category", "subject", "desc"},
		optional: []string{"priority", "order"},
		submit:   btn{text: bi{"Submit ticket", "送出工單"}, alts: []bi{{"Send", "送出"}, {"Get help", "取得協助"}}, action: "submit", variant: genui.Primary, say: bi{"submit button", "送出按鈕"}},
	})
}

func flightSearch(g *gen) *screen {
	s := &screen{kind: "flight_search", title: g.t("Search flights", "搜尋機票")}
	s.noun = g.l("{flight search form|flight booking search|plane ticket search|travel search widget}", "{機票搜尋表單|航班查詢|訂機票搜尋}")
	kids := []*genui.Node{g.title(s, 2, []bi{{"Where to?", "想去哪裡？"}, {"Search flights", "搜尋航班"}}, bi{"Find your next trip", "找到下一趟旅程"}, bi{"Book a flight", "預訂機票"})}
	if g.chance(0.5) {
		kids = append(kids, radio("trip", "", g.ss([]bi{{"Round trip", "來回"}, {"One way", "單程"}}), g.t("Round trip", "來回")))
		s.has(false, g.l("{round trip / one way|a one-way option}", "{來回／單程選項}"))
	}
	fs := []*genui.Node{
		gapped(grid(2, g.field(s, "from", fieldOpt{}), g.field(s, "to", fieldOpt{})), genui.GapSM),
		gapped(grid(2, g.field(s, "depart", fieldOpt{}), g.field(s, "return", fieldOpt{})), genui.GapSM),
	}
	if g.chance(0.6) {
		fs = append(fs, gapped(grid(2, g.field(s, "guests", fieldOpt{label: g.t("Passengers", "乘客人數")}), selectBox("cabin", g.t("Cabin", "艙等"), g.ss([]bi{{"Economy", "經濟艙"}, {"Premium economy", "豪華經濟艙"}, {"Business", "商務艙"}}), g.t("Economy", "經濟艙"))), genui.GapSM))
		s.has(false, g.l("{passengers and cabin class|a cabin class dropdown}", "{人數和艙等}"))
	}
	fs = append(fs, g.button(s, btn{text: bi{"Search flights", "搜尋航班"}, alts: []bi{{"Search", "搜尋"}, {"Find flights", "尋找航班"}}, action: "submit", variant: genui.Primary, say: bi{"search button", "搜尋按鈕"}}))
	kids = append(kids, gapped(form("search_flights", fs...), genui.GapMD))
	s.root = g.frame(s, 0.7, kids...)
	return s
}

func donation(g *gen) *screen {
	s := &screen{kind: "donation", title: g.t("Donate", "捐款")}
	cause := pickOf(g, []bi{{"clean water", "乾淨飲水"}, {"the animal shelter", "動物之家"}, {"school libraries", "偏鄉圖書館"}, {"ocean cleanup", "淨灘計畫"}, {"disaster relief", "災後重建"}})
	s.noun = g.l("{donation form|donate page|fundraising widget} for %s", "{%s捐款表單|支持%s的募款頁}", g.s(cause))
	amounts := []int{10, 25, 50, 100}
	if g.zh {
		amounts = []int{300, 500, 1000, 3000}
	}
	var bs []*genui.Node
	for _, a := range amounts {
		label := fmt.Sprintf("$%d", a)
		if g.zh {
			label = "NT$" + thousands(int64(a))
		}
		bs = append(bs, button(label, "amount", genui.Secondary))
	}
	raised := g.between(10, 95)
	kids := []*genui.Node{
		g.title(s, 2, []bi{{"Support " + cause.en, "支持" + cause.zh}, {"Make a donation", "捐款支持"}}, bi{"Every dollar helps", "每一份心意都重要"}),
		progress(float64(raised), g.l("%s%% of our goal raised", "已達成目標的 %s%%", fmt.Sprint(raised))),
		gapped(grid(4, bs...), genui.GapSM),
	}
	if g.chance(0.5) {
		s.has(true, g.l("{a progress bar at %[1]s%%|%[1]s%% of the goal raised}", "{進度條 %[1]s%%|目標已達成 %[1]s%%}", g.v(fmt.Sprint(raised))))
	} else {
		s.has(false, g.l("{a fundraising progress bar|a goal progress bar}", "{募款進度條}"))
	}
	s.has(false, g.l("{preset amount buttons|amount buttons}", "{金額快選按鈕}"))
	fs := []*genui.Node{g.field(s, "amount", fieldOpt{label: g.t("Other amount", "其他金額")})}
	if g.chance(0.4) {
		fs = append(fs, toggle("monthly", g.t("Make it monthly", "每月定期捐款"), false))
		s.has(true, g.l("{a monthly donation toggle|a make it monthly switch}", "{每月定期捐款開關}"))
	}
	fs = append(fs, g.button(s, btn{text: bi{"Donate", "捐款"}, alts: []bi{{"Donate now", "立即捐款"}, {"Give", "捐助"}}, action: "submit", variant: genui.Primary, say: bi{"donate button", "捐款按鈕"}}))
	kids = append(kids, gapped(form("donate", fs...), genui.GapMD))
	s.root = g.frame(s, 0.7, kids...)
	return s
}
