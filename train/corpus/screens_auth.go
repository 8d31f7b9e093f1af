package corpus

import (
	"github.com/genui/genui/genui"
)

// Sign-in and account-access screens.

// must marks the screen's last detail as one the description has to say.
func (s *screen) must() {
	if len(s.details) > 0 {
		s.details[len(s.details)-1].must = true
	}
}

// nameFields puts first and last name side by side.
func (g *gen) nameFields(s *screen) *genui.Node {
	n := gapped(grid(2, g.field(s, "first", fieldOpt{plain: true}), g.field(s, "last", fieldOpt{plain: true})), genui.GapMD)
	s.details = s.details[:len(s.details)-2]
	s.has(true, g.l("{first and last name {fields|inputs}|first name and last name side by side|separate first/last name fields}", "{名字和姓氏兩個欄位|姓、名分開的欄位}"))
	return n
}

// frame puts a screen's parts in its root: a card (a form on its own) or a
// column (a page), as the person said or at random.
func (g *gen) frame(s *screen, cardP float64, kids ...*genui.Node) *genui.Node {
	if g.chance(cardP) {
		if g.chance(0.15) {
			s.has(false, g.l("{in a card|inside a card|on a card}", "{放在卡片裡|用卡片包起來}"))
		}
		return gapped(card("", kids...), genui.GapMD)
	}
	if g.chance(0.1) {
		s.mod(true, g.l("{, centered|, everything centered|centered on the page}", "{置中|全部置中}"))
		return gapped(centered(col(kids...)), genui.GapMD)
	}
	return gapped(col(kids...), genui.GapMD)
}

func socialButtons(g *gen, s *screen) []*genui.Node {
	providers := sample(g, []string{"Google", "Apple", "GitHub", "Microsoft", "Facebook"}, g.between(1, 3))
	var bs []*genui.Node
	for _, p := range providers {
		bs = append(bs, button(g.l("Continue with %s", "使用 %s 登入", p), "oauth_"+slug(p), genui.Secondary))
	}
	s.has(true, g.l("{%[1]s {sign-in|login} buttons|social login ({%[1]s})|buttons to {sign in|log in} with %[1]s}", "{%[1]s 登入按鈕|用 %[1]s 登入的按鈕|社群登入（%[1]s）}", g.joinList(g.vs(providers))))
	return []*genui.Node{
		divider(),
		muted(g.t("Or continue with", "或使用以下方式")),
		gapped(col(bs...), genui.GapSM),
	}
}

func login(g *gen) *screen {
	s := &screen{kind: "login", title: g.t("Sign in", "登入")}
	s.noun = g.l("{login form|login page|sign-in form|sign in page|login screen|log-in box|sign-in card|login}", "{登入表單|登入頁面|登入畫面|登入頁|登入框}")
	kids := []*genui.Node{g.title(s, 2,
		[]bi{{"Welcome back", "歡迎回來"}, {"Sign in", "登入"}, {"Log in", "登入帳號"}, {"Sign in to your account", "登入你的帳號"}},
		bi{"Hello again!", "又見面了！"}, bi{"Member login", "會員登入"}, bi{"Good to see you", "很高興再見到你"}, bi{"Staff portal", "員工入口"})}
	if g.chance(0.35) {
		brand := g.brandName(s)
		kids = append(kids, muted(g.l("{Sign in to %[1]s|Log in to your %[1]s account|Continue to %[1]s}", "{登入 %[1]s|登入你的 %[1]s 帳號}", brand)))
	} else if g.chance(0.5) {
		kids = append(kids, muted(g.t("Enter your details to continue.", "請輸入帳號密碼以繼續。")))
	}
	var fs []*genui.Node
	if g.chance(0.25) {
		fs = append(fs, g.field(s, "username", fieldOpt{}))
		s.must()
	} else {
		fs = append(fs, g.field(s, "email", fieldOpt{}))
	}
	fs = append(fs, g.field(s, "password", fieldOpt{}))
	remember, forgot := g.chance(0.65), g.chance(0.7)
	var extras []*genui.Node
	if remember {
		extras = append(extras, checkbox("remember", g.t("Remember me", "記住我"), false))
		s.has(false, g.l("{a remember me checkbox|remember me|a %s checkbox}", "{記住我|%s勾選框}", g.q(g.t("Remember me", "記住我"))))
	}
	if forgot {
		extras = append(extras, link(g.t("Forgot password?", "忘記密碼？"), "/forgot-password"))
		s.has(false, g.l("{a forgot password link|forgot password?|a link to reset the password}", "{忘記密碼連結|忘記密碼}"))
	}
	switch len(extras) {
	case 2:
		fs = append(fs, spread(extras...))
	case 1:
		fs = append(fs, extras[0])
	}
	fs = append(fs, g.button(s, btn{text: bi{"Sign in", "登入"}, alts: []bi{{"Log in", "登入"}, {"Continue", "繼續"}, {"Let me in", "讓我進去"}, {"Sign in securely", "安全登入"}}, action: "submit", variant: genui.Primary, say: bi{"{sign in|login|log in|submit} button", "{登入按鈕|送出按鈕}"}}))
	kids = append(kids, gapped(form("login", fs...), genui.GapMD))
	if g.chance(0.2) {
		kids = append(kids, socialButtons(g, s)...)
	}
	if g.chance(0.55) {
		kids = append(kids, centered(row(muted(g.t("Don't have an account?", "還沒有帳號？")), link(g.t("Sign up", "註冊"), "/signup"))))
		s.has(false, g.l("{a sign up link|a link to sign up|a create account link}", "{註冊連結|前往註冊的連結}"))
	}
	s.root = g.frame(s, 0.7, kids...)
	return s
}

func signup(g *gen) *screen {
	s := &screen{kind: "signup", title: g.t("Create account", "建立帳號")}
	s.noun = g.l("{sign up form|signup page|registration form|create account page|register screen|sign-up form}", "{註冊表單|註冊頁面|建立帳號頁面|會員註冊表單}")
	kids := []*genui.Node{g.title(s, 2,
		[]bi{{"Create your account", "建立你的帳號"}, {"Sign up", "註冊"}, {"Get started", "開始使用"}, {"Join us", "加入我們"}},
		bi{"Start your free trial", "開始免費試用"}, bi{"Join the community", "加入社群"}, bi{"Create an account", "建立帳號"})}
	if g.chance(0.4) {
		brand := g.brandName(s)
		kids = append(kids, muted(g.l("{Join %[1]s in less than a minute.|It's free to get started with %[1]s.}", "{一分鐘加入 %[1]s。|免費開始使用 %[1]s。}", brand)))
	}
	var fs []*genui.Node
	switch g.r.IntN(3) {
	case 0:
		fs = append(fs, g.field(s, "name", fieldOpt{}))
	case 1:
		fs = append(fs, g.nameFields(s))
	}
	if g.chance(0.2) {
		fs = append(fs, g.field(s, "username", fieldOpt{}))
		s.must()
	}
	fs = append(fs, g.field(s, "email", fieldOpt{}), g.field(s, "password", fieldOpt{}))
	if g.chance(0.5) {
		fs = append(fs, g.field(s, "confirm", fieldOpt{}))
	}
	if g.chance(0.15) {
		fs = append(fs, g.field(s, "phone", fieldOpt{}))
		s.must()
	}
	if g.chance(0.12) {
		fs = append(fs, g.field(s, "company", fieldOpt{}))
		s.must()
	}
	if g.chance(0.7) {
		fs = append(fs, checkbox("terms", g.t("I agree to the Terms of Service and Privacy Policy", "我同意服務條款與隱私權政策"), false))
		s.has(false, g.l("{a terms checkbox|an agree to terms checkbox|a checkbox to accept the terms}", "{同意條款勾選框|同意服務條款的勾選}"))
	}
	if g.chance(0.2) {
		fs = append(fs, checkbox("newsletter", g.t("Send me product updates", "寄送產品最新消息給我"), true))
		s.has(true, g.l("{a newsletter opt-in (checked by default)|an opt-in checkbox for product emails, ticked}", "{訂閱電子報的勾選框（預設勾選）}"))
	}
	fs = append(fs, g.button(s, btn{text: bi{"Create account", "建立帳號"}, alts: []bi{{"Sign up", "註冊"}, {"Join now", "立即加入"}, {"Get started", "開始使用"}, {"Sign up free", "免費註冊"}}, action: "submit", variant: genui.Primary, say: bi{"{create account|sign up|register|submit} button", "{註冊按鈕|建立帳號按鈕}"}}))
	kids = append(kids, gapped(form("signup", fs...), genui.GapMD))
	if g.chance(0.15) {
		kids = append(kids, socialButtons(g, s)...)
	}
	if g.chance(0.5) {
		kids = append(kids, centered(row(muted(g.t("Already have an account?", "已經有帳號了？")), link(g.t("Sign in", "登入"), "/login"))))
		s.has(false, g.l("{a link to log in|a sign in link|an already have an account link}", "{登入連結|已有帳號的登入連結}"))
	}
	s.root = g.frame(s, 0.6, kids...)
	return s
}

func passwordReset(g *gen) *screen {
	s := &screen{kind: "password_reset", title: g.t("Reset password", "重設密碼")}
	s.noun = g.l("{password reset form|forgot password page|reset password screen|password recovery form}", "{忘記密碼頁面|重設密碼表單|密碼找回頁}")
	kids := []*genui.Node{
		g.title(s, 2, []bi{{"Forgot your password?", "忘記密碼了嗎？"}, {"Reset your password", "重設密碼"}, {"Trouble signing in?", "無法登入嗎？"}}, bi{"Lost your password?", "密碼不見了？"}, bi{"Account recovery", "帳號救援"}),
		para(g.t("Enter the email address you used and we'll send you a link to reset your password.", "輸入註冊時使用的電子郵件，我們會寄送重設密碼連結給你。")),
	}
	s.has(false, g.l("{a short explanation|a line of help text}", "{一段說明文字|簡短說明}"))
	kids = append(kids, gapped(form("reset_password",
		g.field(s, "email", fieldOpt{}),
		g.button(s, btn{text: bi{"Send reset link", "寄送重設連結"}, alts: []bi{{"Email me a link", "寄連結給我"}, {"Reset password", "重設密碼"}, {"Send", "送出"}}, action: "submit", variant: genui.Primary, say: bi{"{send|submit|reset} button", "{送出按鈕|寄送按鈕}"}}),
	), genui.GapMD))
	if g.chance(0.7) {
		kids = append(kids, link(g.t("Back to sign in", "返回登入"), "/login"))
		s.has(false, g.l("{a back to login link|a link back to sign in}", "{返回登入的連結}"))
	}
	if g.chance(0.2) {
		kids = append(kids, alert(genui.Success, g.t("Check your inbox", "請查看信箱"), g.t("If that address is registered, a reset link is on its way.", "如果這個信箱已註冊，重設連結已寄出。")))
		s.has(true, g.l("{a green success message saying the email was sent|a success alert (check your inbox)}", "{綠色的成功提示，說信已寄出|寄出成功的提示}"))
	}
	s.root = g.frame(s, 0.75, kids...)
	return s
}

func newPassword(g *gen) *screen {
	s := &screen{kind: "new_password", title: g.t("Set a new password", "設定新密碼")}
	s.noun = g.l("{set new password form|change password form|new password screen|change password page}", "{設定新密碼表單|修改密碼頁面|變更密碼表單}")
	kids := []*genui.Node{g.title(s, 2, []bi{{"Choose a new password", "設定新密碼"}, {"Change password", "變更密碼"}}, bi{"Almost done", "快完成了"}, bi{"Secure your account", "保護你的帳號"})}
	var fs []*genui.Node
	if g.chance(0.5) {
		fs = append(fs, g.field(s, "current", fieldOpt{}))
		s.must()
	}
	fs = append(fs, g.field(s, "newpass", fieldOpt{}), g.field(s, "confirm", fieldOpt{}))
	if g.chance(0.5) {
		v := float64(g.between(2, 9) * 10)
		word := g.t("Strength: fair", "強度：普通")
		if v >= 70 {
			word = g.t("Strength: strong", "強度：強")
		}
		fs = append(fs, progress(v, word))
		s.has(false, g.l("{a password strength meter|a strength bar}", "{密碼強度條|密碼強度指示}"))
	}
	if g.chance(0.5) {
		fs = append(fs, list(g.t("At least 8 characters", "至少 8 個字元"), g.t("One number", "包含一個數字"), g.t("One symbol", "包含一個符號")))
		s.has(false, g.l("{a list of password rules|the password requirements as a list}", "{密碼規則清單|密碼條件列表}"))
	}
	fs = append(fs, g.button(s, btn{text: bi{"Update password", "更新密碼"}, alts: []bi{{"Save password", "儲存密碼"}, {"Change password", "變更密碼"}}, action: "submit", variant: genui.Primary, say: bi{"{save|update|submit} button", "{儲存按鈕|更新按鈕}"}}))
	kids = append(kids, gapped(form("change_password", fs...), genui.GapMD))
	s.root = g.frame(s, 0.7, kids...)
	return s
}

func twoFactor(g *gen) *screen {
	s := &screen{kind: "two_factor", title: g.t("Two-factor authentication", "兩步驟驗證")}
	s.noun = g.l("{2FA screen|two-factor authentication page|verification code screen|2fa code form|OTP screen}", "{兩步驟驗證頁面|2FA 驗證畫面|驗證碼輸入頁}")
	channel := pickOf(g, []bi{{"authenticator app", "驗證器 App"}, {"phone", "手機"}, {"email", "電子郵件"}})
	kids := []*genui.Node{
		centered(icon(g.pick("shield", "lock", "key"))),
		g.title(s, 2, []bi{{"Enter verification code", "輸入驗證碼"}, {"Two-step verification", "兩步驟驗證"}, {"Check your " + channel.en, "請查看你的" + channel.zh}}, bi{"One more step", "再一步就好"}, bi{"Confirm it's you", "確認是你本人"}),
		muted(g.l("We sent a 6-digit code to your %s.", "我們已將 6 位數驗證碼傳送到你的%s。", g.s(channel))),
	}
	s.has(false, g.l("{an icon on top|a lock icon}", "{上方一個圖示|鎖頭圖示}"))
	fs := []*genui.Node{g.field(s, "code", fieldOpt{})}
	if g.chance(0.4) {
		fs = append(fs, checkbox("trust", g.t("Trust this device for 30 days", "30 天內信任此裝置"), false))
		s.has(true, g.l("{a trust this device checkbox|a remember this device for 30 days checkbox}", "{信任此裝置 30 天的勾選框}"))
	}
	fs = append(fs, g.button(s, btn{text: bi{"Verify", "驗證"}, alts: []bi{{"Confirm", "確認"}, {"Continue", "繼續"}, {"Verify code", "驗證代碼"}}, action: "submit", variant: genui.Primary, say: bi{"{verify|confirm|submit} button", "{驗證按鈕|確認按鈕}"}}))
	kids = append(kids, gapped(form("verify_code", fs...), genui.GapMD))
	if g.chance(0.6) {
		kids = append(kids, row(muted(g.t("Didn't get it?", "沒收到嗎？")), link(g.t("Resend code", "重新傳送"), "/resend")))
		s.has(false, g.l("{a resend code link|a link to resend the code}", "{重新傳送驗證碼的連結}"))
	}
	s.root = g.frame(s, 0.8, kids...)
	return s
}

func verifyEmail(g *gen) *screen {
	s := &screen{kind: "verify_email", title: g.t("Verify your email", "驗證電子郵件")}
	s.noun = g.l("{verify email screen|check your email page|email confirmation screen}", "{驗證信箱頁面|請確認電子郵件畫面}")
	addr := g.email(g.person())
	said := g.chance(0.5)
	if !said {
		addr = g.t("your inbox", "你的信箱")
	}
	kids := []*genui.Node{
		centered(icon("mail")),
		g.title(s, 2, []bi{{"Check your email", "請查看信箱"}, {"Verify your email", "驗證你的電子郵件"}}, bi{"You've got mail", "你有新郵件"}, bi{"One last step", "最後一步"}),
		para(g.l("We sent a confirmation link to %s. Click it to activate your account.", "我們已寄送確認連結到 %s，點擊後即可啟用帳號。", addr)),
	}
	if said {
		s.has(true, g.l("{the address %[1]s in the text|a note that the link went to %[1]s}", "{說明連結寄到 %[1]s}", g.v(addr)))
	}
	kids = append(kids, gapped(row(
		g.button(s, btn{text: bi{"Open email app", "開啟郵件 App"}, action: "open_mail", variant: genui.Primary, say: bi{"{open email|open mail app} button", "開啟信箱按鈕"}}),
		g.button(s, btn{text: bi{"Resend email", "重新寄送"}, alts: []bi{{"Send again", "再寄一次"}}, action: "resend", variant: genui.Secondary, say: bi{"{resend|send again} button", "重新寄送按鈕"}}),
	), genui.GapSM))
	s.root = g.frame(s, 0.7, kids...)
	return s
}
