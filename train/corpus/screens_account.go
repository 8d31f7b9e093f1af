package corpus

import (
	"fmt"

	"github.com/genui/genui/genui"
)

// Account screens: settings, profiles, billing, team administration.

var settingToggles = []bi{
	{"Email notifications", "Email 通知"}, {"Push notifications", "推播通知"}, {"SMS alerts", "簡訊提醒"},
	{"Weekly digest", "每週摘要"}, {"Dark mode", "深色模式"}, {"Two-factor authentication", "兩步驟驗證"},
	{"Public profile", "公開個人檔案"}, {"Show online status", "顯示上線狀態"}, {"Autoplay videos", "自動播放影片"},
	{"Marketing emails", "行銷信件"}, {"Product updates", "產品更新通知"}, {"Sound effects", "音效"},
	{"Location access", "位置存取"}, {"Read receipts", "已讀回條"}, {"Compact layout", "精簡版面"},
}

// toggles builds n switches, some on; the person may name them or their number.
func (g *gen) toggles(s *screen, n int, pool []bi) []*genui.Node {
	chosen := sample(g, pool, n)
	var kids []*genui.Node
	var names []string
	for _, t := range chosen {
		kids = append(kids, toggle(slug(t.en), g.s(t), g.chance(0.5)))
		names = append(names, lower(g.s(t)))
	}
	word := g.l("{toggles|switches|on/off switches}", "{開關|切換開關}")
	switch g.r.IntN(3) {
	case 0:
		s.has(false, g.l("%[1]s for %[2]s", "%[2]s的%[1]s", word, g.joinList(names)))
	case 1:
		s.has(true, g.l("%s %s", "%s個%s", g.count(n), word))
	default:
		s.has(false, g.l("{some|a few} %s", "幾個%s", word))
	}
	return kids
}

func settings(g *gen) *screen {
	s := &screen{kind: "settings", title: g.t("Settings", "設定")}
	s.noun = g.l("{settings page|settings screen|account settings page|preferences page}", "{設定頁面|帳號設定|偏好設定頁|設定畫面}")
	account := func() *genui.Node {
		return gapped(col(g.field(s, "name", fieldOpt{}), g.field(s, "email", fieldOpt{})), genui.GapMD)
	}
	prefs := func() *genui.Node {
		return gapped(col(g.toggles(s, g.between(2, 4), settingToggles)...), genui.GapSM)
	}
	region := func() *genui.Node {
		return gapped(grid(2, g.field(s, "language", fieldOpt{}), g.field(s, "timezone", fieldOpt{})), genui.GapMD)
	}
	save := g.button(s, btn{text: bi{"Save changes", "儲存變更"}, alts: []bi{{"Save", "儲存"}, {"Update settings", "更新設定"}, {"Apply", "套用"}}, action: "save", variant: genui.Primary, say: bi{"{save|save changes} button", "{儲存按鈕|存檔按鈕}"}})
	var kids []*genui.Node
	kids = append(kids, g.title(s, 1, []bi{{"Settings", "設定"}, {"Account settings", "帳號設定"}, {"Preferences", "偏好設定"}}, bi{"Your preferences", "你的偏好"}, bi{"Manage account", "管理帳號"}))
	if g.chance(0.3) {
		s.has(true, g.l("{tabs for account, notifications and region|three tabs (Account, Notifications, Region)|a tabbed layout}", "{分頁：帳號、通知、地區|用分頁切換}"))
		kids = append(kids, tabs(
			tab(g.t("Account", "帳號"), account()),
			tab(g.t("Notifications", "通知"), prefs()),
			tab(g.t("Region", "地區"), region()),
		))
	} else {
		kids = append(kids, card(g.t("Profile", "個人資料"), account()), card(g.t("Notifications", "通知"), prefs()))
		if g.chance(0.5) {
			kids = append(kids, card(g.t("Language & region", "語言與地區"), region()))
		}
		if g.chance(0.25) {
			kids = append(kids, card(g.t("Danger zone", "危險區域"),
				muted(g.t("Deleting your account removes all of your data.", "刪除帳號會移除你所有的資料。")),
				button(g.t("Delete account", "刪除帳號"), "delete_account", genui.Danger)))
			s.has(true, g.l("{a danger zone with a red delete account button|a red Delete account button at the bottom}", "{危險區域和紅色的刪除帳號按鈕|底部放紅色刪除帳號按鈕}"))
		}
	}
	kids = append(kids, rowEnd(save))
	s.root = gapped(col(kids...), genui.GapLG)
	return s
}

func notificationSettings(g *gen) *screen {
	s := &screen{kind: "notification_settings", title: g.t("Notifications", "通知設定")}
	s.noun = g.l("{notification settings|notification preferences page|notifications settings screen}", "{通知設定|通知偏好設定頁面}")
	pool := []bi{
		{"New messages", "新訊息"}, {"Mentions", "被提及"}, {"Comments on my posts", "我的貼文有新留言"}, {"New followers", "新的追蹤者"},
		{"Order updates", "訂單更新"}, {"Weekly summary", "每週摘要"}, {"Price drops", "降價通知"}, {"Security alerts", "安全性警示"},
		{"Event reminders", "活動提醒"}, {"Tips and tutorials", "使用技巧"},
	}
	kids := []*genui.Node{
		g.title(s, 2, []bi{{"Notifications", "通知"}, {"Notification preferences", "通知偏好"}}, bi{"Stay in the loop", "掌握最新動態"}, bi{"How should we reach you?", "希望我們怎麼通知你？"}),
		muted(g.t("Choose what you want to hear about.", "選擇你想收到的通知。")),
	}
	if g.chance(0.5) {
		kids = append(kids, card(g.t("Email", "電子郵件"), g.toggles(s, g.between(2, 4), pool)...), card(g.t("Push", "推播"), g.toggles(s, g.between(2, 3), pool)...))
		s.has(false, g.l("{separate email and push sections|email and push groups}", "{Email 和推播分兩區}"))
	} else {
		kids = append(kids, gapped(col(g.toggles(s, g.between(3, 6), pool)...), genui.GapSM))
	}
	if g.chance(0.4) {
		kids = append(kids, g.field(s, "frequency", fieldOpt{}))
	}
	kids = append(kids, rowEnd(g.button(s, btn{text: bi{"Save preferences", "儲存設定"}, alts: []bi{{"Save", "儲存"}, {"Done", "完成"}}, action: "save", variant: genui.Primary, say: bi{"save button", "儲存按鈕"}})))
	s.root = g.frame(s, 0.5, kids...)
	return s
}

func profile(g *gen) *screen {
	s := &screen{kind: "profile", title: g.t("Profile", "個人檔案")}
	s.noun = g.l("{profile card|user profile|profile page|profile header|member profile}", "{個人檔案卡片|使用者檔案|個人頁面|會員資料卡}")
	name := g.person()
	role := pickOf(g, roles)
	city := pickOf(g, cities)
	if g.chance(0.65) {
		s.mod(true, g.l("{for %[1]s|showing %[1]s|with the name %[1]s}", "{名字是%[1]s|顯示%[1]s}", g.v(name)))
	}
	kids := []*genui.Node{
		centered(gapped(col(avatar(name), heading(name, 2), muted(g.s(role)+" · "+g.s(city))), genui.GapSM)),
	}
	s.has(false, g.l("{an avatar|a profile picture|a photo}", "{大頭貼|頭像}"))
	if g.chance(0.5) {
		badges := sample(g, []bi{{"Pro", "Pro"}, {"Verified", "已認證"}, {"Top contributor", "熱心貢獻者"}, {"Mentor", "導師"}, {"New", "新成員"}}, g.between(1, 2))
		var bs []*genui.Node
		for _, b := range badges {
			bs = append(bs, badge(g.s(b), genui.Info))
		}
		kids = append(kids, centered(gapped(row(bs...), genui.GapXS)))
		s.has(false, g.l("{badges|a couple of badges}", "{徽章|標籤}"))
	}
	if g.chance(0.6) {
		kids = append(kids, gapped(grid(3,
			stat(g.t("Posts", "貼文"), fmt.Sprint(g.between(3, 900)), ""),
			stat(g.t("Followers", "追蹤者"), thousands(int64(g.between(10, 90000))), ""),
			stat(g.t("Following", "追蹤中"), fmt.Sprint(g.between(5, 900)), ""),
		), genui.GapSM))
		s.has(false, g.l("{follower counts|posts, followers and following counts|stats}", "{追蹤數|貼文、追蹤者和追蹤中數字}"))
	}
	if g.chance(0.6) {
		kids = append(kids, para(g.l("{Designing calm software. Coffee, hiking and good typography.|Building tools for small teams. Previously at %[1]s.|Always learning. Ask me about data and dogs.}", "{喜歡簡單的設計和好喝的咖啡。|專注打造小團隊用的工具，曾任職於 %[1]s。|熱愛學習，也愛狗。}", g.brand)))
		s.has(false, g.l("{a short bio|a bio}", "{簡短自我介紹|個人簡介}"))
	}
	kids = append(kids, centered(gapped(row(
		g.button(s, btn{text: bi{"Follow", "追蹤"}, alts: []bi{{"Connect", "加好友"}, {"Subscribe", "訂閱"}}, action: "follow", variant: genui.Primary, say: bi{"follow button", "追蹤按鈕"}}),
		g.button(s, btn{text: bi{"Message", "傳訊息"}, action: "message", variant: genui.Secondary, say: bi{"message button", "傳訊息按鈕"}}),
	), genui.GapSM)))
	s.root = gapped(card("", kids...), genui.GapMD)
	return s
}

func editProfile(g *gen) *screen {
	s := &screen{kind: "edit_profile", title: g.t("Edit profile", "編輯個人資料")}
	s.noun = g.l("{edit profile form|edit profile page|profile settings form|account details form}", "{編輯個人資料表單|個人資料編輯頁}")
	name := g.person()
	kids := []*genui.Node{g.title(s, 2, []bi{{"Edit profile", "編輯個人資料"}, {"Your profile", "你的個人資料"}}, bi{"About you", "關於你"}, bi{"Public profile", "公開資料"})}
	kids = append(kids, gapped(centered(row(avatar(name), button(g.t("Change photo", "更換照片"), "change_photo", genui.Secondary))), genui.GapMD))
	s.has(false, g.l("{an avatar with a change photo button|a photo upload button next to the avatar}", "{頭像和更換照片按鈕}"))
	fs := []*genui.Node{g.field(s, "name", fieldOpt{})}
	if g.chance(0.6) {
		fs = append(fs, g.field(s, "username", fieldOpt{}))
	}
	fs = append(fs, g.field(s, "bio", fieldOpt{}))
	extra := sample(g, []string{"website", "phone", "jobtitle", "company", "birthday", "city"}, g.between(0, 2))
	for _, k := range extra {
		fs = append(fs, g.field(s, k, fieldOpt{}))
		s.must()
	}
	fs = append(fs, rowEnd(
		g.button(s, btn{text: bi{"Cancel", "取消"}, action: "cancel", variant: genui.Ghost, say: bi{"cancel button", "取消按鈕"}}),
		g.button(s, btn{text: bi{"Save", "儲存"}, alts: []bi{{"Save profile", "儲存資料"}, {"Update", "更新"}}, action: "submit", variant: genui.Primary, say: bi{"save button", "儲存按鈕"}}),
	))
	kids = append(kids, gapped(form("update_profile", fs...), genui.GapMD))
	s.root = g.frame(s, 0.6, kids...)
	return s
}

func billing(g *gen) *screen {
	s := &screen{kind: "billing", title: g.t("Billing", "帳單")}
	s.noun = g.l("{billing page|subscription settings|billing screen|manage subscription page|plan and billing page}", "{帳單頁面|訂閱管理頁|方案與付款頁面}")
	plan := pickOf(g, plans[2:])
	amount := g.money(pickOf(g, []float64{9, 12, 19, 29, 49, 99}), true)
	if g.chance(0.4) {
		s.says(true, g.l("{the current plan is %[1]s at %[2]s a month|current plan should be %[1]s (%[2]s/mo)}", "{目前方案是%[1]s，每月 %[2]s}", g.v(g.s(plan)), g.v(amount)))
	} else {
		s.has(false, g.l("{the current plan|a current plan card}", "目前方案卡片"))
	}
	kids := []*genui.Node{
		g.title(s, 1, []bi{{"Billing", "帳單"}, {"Plan & billing", "方案與帳單"}}, bi{"Your subscription", "你的訂閱"}),
		card(g.t("Current plan", "目前方案"),
			spread(heading(g.s(plan), 3), badge(g.t("Active", "使用中"), genui.Success)),
			para(g.l("%s per month · renews on %s", "每月 %s · %s 續約", amount, g.date())),
			gapped(row(button(g.t("Change plan", "變更方案"), "change_plan", genui.Primary), button(g.t("Cancel subscription", "取消訂閱"), "cancel_subscription", genui.Ghost)), genui.GapSM)),
	}
	if g.chance(0.6) {
		kids = append(kids, card(g.t("Payment method", "付款方式"),
			spread(row(icon("credit-card"), para(g.l("Visa ending in %s", "Visa 末四碼 %s", fmt.Sprint(g.between(1000, 9999))))), button(g.t("Update", "更新"), "update_card", genui.Secondary))))
		s.has(false, g.l("{the payment method|the card on file}", "{付款方式|信用卡資訊}"))
	}
	if g.chance(0.7) {
		n := g.between(3, 5)
		rows := make([][]string, n)
		for i := range rows {
			rows[i] = []string{g.date(), amount, g.t("Paid", "已付款")}
		}
		kids = append(kids, card(g.t("Invoices", "發票紀錄"), table([]string{g.t("Date", "日期"), g.t("Amount", "金額"), g.t("Status", "狀態")}, rows)))
		if g.chance(0.5) {
			s.has(true, g.l("{an invoice table with %[1]s rows|%[1]s past invoices}", "{%[1]s筆發票紀錄的表格}", g.count(n)))
		} else {
			s.has(false, g.l("{invoice history|a table of past invoices}", "{發票紀錄|歷史帳單表格}"))
		}
	}
	s.root = gapped(col(kids...), genui.GapLG)
	return s
}

func deleteDialog(g *gen) *screen {
	what := pickOf(g, []bi{{"account", "帳號"}, {"project", "專案"}, {"file", "檔案"}, {"workspace", "工作區"}})
	s := &screen{kind: "confirm_dialog", title: g.l("Delete %s", "刪除%s", g.s(what))}
	s.noun = g.l("{delete confirmation dialog|confirm delete modal|are you sure dialog|confirmation popup} for {deleting|} {a|the} %s", "{刪除%s的確認視窗|確認刪除%s的對話框}", g.s(what))
	s.noun = fixArticle(s.noun)
	kids := []*genui.Node{
		row(icon("alert"), g.title(s, 3, []bi{{"Delete " + what.en + "?", "要刪除" + what.zh + "嗎？"}, {"Are you sure?", "確定要刪除嗎？"}}, bi{"This can't be undone", "此動作無法復原"})),
		para(g.l("This will permanently delete the %s and everything in it. This action cannot be undone.", "這會永久刪除此%s及其所有內容，且無法復原。", g.s(what))),
	}
	if g.chance(0.35) {
		kids = append(kids, checkbox("confirm", g.t("I understand the consequences", "我了解後果"), false))
		s.has(true, g.l("{an I understand checkbox|a confirmation checkbox}", "{「我了解」勾選框|確認勾選框}"))
	}
	kids = append(kids, rowEnd(
		g.button(s, btn{text: bi{"Cancel", "取消"}, alts: []bi{{"Keep it", "保留"}, {"Go back", "返回"}}, action: "cancel", variant: genui.Secondary, say: bi{"cancel button", "取消按鈕"}}),
		g.button(s, btn{text: bi{"Delete", "刪除"}, alts: []bi{{"Yes, delete", "確定刪除"}, {"Delete forever", "永久刪除"}}, action: "delete", variant: genui.Danger, say: bi{"{red|} delete button", "{紅色|}刪除按鈕"}}),
	))
	s.root = gapped(card("", kids...), genui.GapMD)
	return s
}

func teamMembers(g *gen) *screen {
	s := &screen{kind: "team_admin", title: g.t("Team members", "團隊成員")}
	s.noun = g.l("{team members page|manage team screen|invite teammates page|members settings}", "{團隊成員管理頁|邀請成員頁面|成員設定}")
	n := g.between(3, 5)
	names := g.people(n)
	kids := []*genui.Node{
		spread(g.title(s, 2, []bi{{"Team members", "團隊成員"}, {"Members", "成員"}}, bi{"Your team", "你的團隊"}, bi{"People", "成員"}), badge(g.l("%s members", "%s 位成員", fmt.Sprint(n)), genui.Neutral)),
		card(g.t("Invite someone", "邀請成員"), gapped(form("invite",
			g.field(s, "email", fieldOpt{plain: true}),
			selectBox("role", g.t("Role", "角色"), []string{g.t("Member", "成員"), g.t("Admin", "管理員"), g.t("Viewer", "檢視者")}, g.t("Member", "成員")),
			g.button(s, btn{text: bi{"Send invite", "寄送邀請"}, alts: []bi{{"Invite", "邀請"}, {"Add member", "新增成員"}}, action: "submit", variant: genui.Primary, say: bi{"invite button", "邀請按鈕"}}),
		), genui.GapSM)),
	}
	s.has(false, g.l("{an invite form with email and role|a way to invite by email and pick a role}", "{用 email 邀請並選角色的表單}"))
	var rows []*genui.Node
	for _, p := range names {
		rows = append(rows, spread(personRow(p, g.email(p)), badge(g.s(pickOf(g, []bi{{"Admin", "管理員"}, {"Member", "成員"}, {"Member", "成員"}, {"Viewer", "檢視者"}})), genui.Neutral)))
	}
	kids = append(kids, gapped(col(rows...), genui.GapSM))
	if g.chance(0.5) {
		s.has(true, g.l("{a list of %[1]s members|%[1]s team members with their roles}", "{%[1]s位成員的列表|列出%[1]s位成員和角色}", g.count(n)))
	} else {
		s.has(false, g.l("{the member list with roles|members with avatars and roles}", "{成員列表和角色}"))
	}
	s.root = gapped(col(kids...), genui.GapLG)
	return s
}

func onboarding(g *gen) *screen {
	s := &screen{kind: "onboarding", title: g.t("Welcome", "歡迎")}
	s.noun = g.l("{onboarding step|onboarding screen|welcome wizard step|setup wizard}", "{新手引導畫面|設定精靈步驟|歡迎引導頁}")
	total := g.between(3, 5)
	step := g.between(1, total)
	kids := []*genui.Node{
		progress(float64(step*100/total), g.l("Step %s of %s", "第 %s 步，共 %s 步", fmt.Sprint(step), fmt.Sprint(total))),
	}
	if g.chance(0.5) {
		s.has(true, g.l("{a progress bar showing step %[1]s of %[2]s|step %[1]s/%[2]s progress}", "{進度條顯示第 %[1]s 步，共 %[2]s 步}", fmt.Sprint(step), fmt.Sprint(total)))
	} else {
		s.has(false, g.l("{a progress bar|a step indicator}", "{進度條|步驟進度}"))
	}
	interests := sample(g, []bi{{"Design", "設計"}, {"Engineering", "工程"}, {"Marketing", "行銷"}, {"Sales", "業務"}, {"Finance", "財務"}, {"Writing", "寫作"}, {"Photography", "攝影"}, {"Music", "音樂"}}, g.between(3, 6))
	kids = append(kids, g.title(s, 2, []bi{{"What are you interested in?", "你對什麼有興趣？"}, {"Tell us about you", "介紹一下你自己"}}, bi{"Pick your topics", "選擇主題"}, bi{"Let's personalize", "打造專屬體驗"}))
	var boxes []*genui.Node
	for _, it := range interests {
		boxes = append(boxes, checkbox(slug(it.en), g.s(it), false))
	}
	kids = append(kids, gapped(grid(2, boxes...), genui.GapSM))
	s.has(false, g.l("{checkboxes for interests like %[1]s|interest checkboxes (%[1]s)}", "{興趣勾選（%[1]s）}", g.joinList(lowerAll(g.ss(interests[:2])))))
	kids = append(kids, spread(
		g.button(s, btn{text: bi{"Back", "上一步"}, action: "back", variant: genui.Ghost, say: bi{"back button", "上一步按鈕"}}),
		g.button(s, btn{text: bi{"Continue", "繼續"}, alts: []bi{{"Next", "下一步"}, {"Next step", "下一步"}}, action: "next", variant: genui.Primary, say: bi{"{next|continue} button", "{下一步按鈕|繼續按鈕}"}}),
	))
	s.root = g.frame(s, 0.6, kids...)
	return s
}
