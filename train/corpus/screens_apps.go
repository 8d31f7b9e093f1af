package corpus

import (
	"fmt"

	"github.com/genui/genui/genui"
)

// App screens: messaging, calendars, lists, media, search.

var chatLines = []struct{ a, b bi }{
	{bi{"Hey! Are we still on for tomorrow?", "嗨！明天的約還算數嗎？"}, bi{"Yes, 10am works for me.", "可以，早上十點沒問題。"}},
	{bi{"Did you get a chance to look at the draft?", "你有空看草稿了嗎？"}, bi{"Just did. Left a few comments.", "剛看完，留了幾個意見。"}},
	{bi{"The deploy finished. Looks good on my end.", "部署完成了，我這邊看起來沒問題。"}, bi{"Great, I'll let the team know.", "太好了，我跟團隊說一聲。"}},
	{bi{"Can you send me the invoice?", "可以把發票寄給我嗎？"}, bi{"Sure, sending it now.", "好的，馬上寄。"}},
	{bi{"Lunch at noon?", "中午一起吃飯？"}, bi{"Sounds good! The usual place?", "好啊！老地方？"}},
}

func chat(g *gen) *screen {
	s := &screen{kind: "chat", title: g.t("Chat", "聊天")}
	s.noun = g.l("{chat window|messaging screen|chat app|conversation view|DM screen}", "{聊天視窗|訊息對話畫面|聊天室}")
	other := g.person()
	if g.chance(0.6) {
		s.mod(true, g.l("{with %[1]s|for a conversation with %[1]s|for chatting with %[1]s}", "{和%[1]s的對話|跟%[1]s聊天}", g.v(other)))
	}
	n := g.between(1, 3)
	var msgs []*genui.Node
	for _, l := range sample(g, chatLines, n) {
		msgs = append(msgs,
			gapped(row(avatar(other), gapped(card("", para(g.s(l.a)), muted(g.clock())), genui.GapXS)), genui.GapSM),
			node(&genui.Row{Justify: genui.JustifyEnd}, gapped(card("", para(g.s(l.b)), muted(g.clock())), genui.GapXS)),
		)
	}
	s.has(false, g.l("{message bubbles|a few messages back and forth}", "{對話泡泡|幾則來回訊息}"))
	kids := []*genui.Node{
		spread(personRow(other, g.t("Online", "線上")), gapped(row(icon("phone"), icon("video")), genui.GapSM)),
		divider(),
		gapped(col(msgs...), genui.GapSM),
	}
	send := g.button(s, btn{text: bi{"Send", "傳送"}, action: "send", variant: genui.Primary, say: bi{"send button", "傳送按鈕"}})
	kids = append(kids, gapped(form("send_message", row(node(&genui.Input{Placeholder: g.t("Type a message…", "輸入訊息…")}), send)), genui.GapSM))
	s.has(false, g.l("{a message input at the bottom|a text box to type a message}", "{下方輸入訊息的欄位}"))
	s.root = gapped(card("", kids...), genui.GapMD)
	return s
}

func inbox(g *gen) *screen {
	s := &screen{kind: "inbox", title: g.t("Inbox", "收件匣")}
	s.noun = g.l("{email inbox|inbox|messages list|mail app}", "{收件匣|信箱列表|郵件 App}")
	subjects := []bi{{"Your weekly report is ready", "你的每週報告已產生"}, {"Invoice for March", "3 月份發票"}, {"Re: Launch plan", "回覆：上線計畫"}, {"Team lunch on Friday", "週五團隊午餐"}, {"Welcome aboard!", "歡迎加入！"}, {"Password changed", "密碼已變更"}, {"Quick question", "想請教一個問題"}}
	n := g.between(3, 6)
	var rows []*genui.Node
	unread := 0
	for _, sub := range sample(g, subjects, n) {
		p := g.person()
		right := []*genui.Node{muted(g.clock())}
		if g.chance(0.4) {
			right = append(right, badge(g.t("New", "新"), genui.Info))
			unread++
		}
		rows = append(rows, spread(gapped(row(avatar(p), gapped(col(para(p), muted(g.s(sub))), genui.GapNone)), genui.GapSM), gapped(row(right...), genui.GapXS)))
	}
	s.has(g.chance(0.4), g.l("{%[1]s emails|%[1]s messages}", "{%[1]s封信|%[1]s則訊息}", g.count(n)))
	kids := []*genui.Node{spread(g.title(s, 2, []bi{{"Inbox", "收件匣"}}, bi{"Messages", "訊息"}, bi{"Mail", "郵件"}), g.button(s, btn{text: bi{"Compose", "撰寫"}, alts: []bi{{"New message", "新訊息"}, {"Write", "寫信"}}, action: "compose", variant: genui.Primary, say: bi{"compose button", "撰寫按鈕"}}))}
	if g.chance(0.5) {
		kids = append(kids, g.field(s, "search", fieldOpt{}))
	}
	if g.chance(0.4) {
		kids = append(kids, tabs(tab(g.t("Primary", "主要"), gapped(col(rows...), genui.GapSM)), tab(g.t("Updates", "更新"), muted(g.t("No updates", "沒有更新"))), tab(g.t("Promotions", "促銷"), muted(g.t("No promotions", "沒有促銷")))))
		s.has(true, g.l("{tabs for primary, updates and promotions|category tabs}", "{主要、更新、促銷分頁}"))
	} else {
		kids = append(kids, gapped(col(rows...), genui.GapSM))
	}
	s.root = gapped(col(kids...), genui.GapMD)
	return s
}

func notifications(g *gen) *screen {
	s := &screen{kind: "notifications", title: g.t("Notifications", "通知")}
	s.noun = g.l("{notifications panel|notification list|activity notifications|notifications dropdown}", "{通知面板|通知列表|通知中心}")
	items := []struct {
		icon string
		text bi
	}{
		{"message", bi{"%s commented on your post", "%s 在你的貼文留言"}}, {"heart", bi{"%s liked your photo", "%s 喜歡你的照片"}},
		{"user", bi{"%s started following you", "%s 開始追蹤你"}}, {"truck", bi{"Your order has shipped", "你的訂單已出貨"}},
		{"calendar", bi{"Meeting with %s in 15 minutes", "15 分鐘後與 %s 開會"}}, {"alert", bi{"Your storage is almost full", "儲存空間快滿了"}},
		{"check", bi{"%s approved your request", "%s 核准了你的申請"}}, {"dollar", bi{"Payment received", "已收到款項"}},
	}
	n := g.between(3, 6)
	var rows []*genui.Node
	for _, it := range sample(g, items, n) {
		rows = append(rows, spread(gapped(row(icon(it.icon), gapped(col(para(g.l(g.s(it.text), g.s(it.text), g.person())), muted(g.l("{%[1]s min ago|%[1]s h ago}", "{%[1]s 分鐘前|%[1]s 小時前}", fmt.Sprint(g.between(2, 50))))), genui.GapNone)), genui.GapSM)))
	}
	s.has(g.chance(0.4), g.l("{%[1]s notifications|%[1]s items}", "{%[1]s則通知|%[1]s個通知}", g.count(n)))
	s.has(false, g.l("{an icon and a time for each|icons with timestamps}", "{每則有圖示和時間}"))
	head := []*genui.Node{g.title(s, 3, []bi{{"Notifications", "通知"}}, bi{"What's new", "最新動態"}, bi{"Activity", "動態"})}
	if g.chance(0.6) {
		head = append(head, link(g.t("Mark all as read", "全部標為已讀"), "#read"))
		s.has(false, g.l("{a mark all as read link|mark all read}", "{全部標為已讀的連結}"))
	}
	s.root = gapped(card("", spread(head...), divider(), gapped(col(rows...), genui.GapMD)), genui.GapSM)
	return s
}

func calendar(g *gen) *screen {
	s := &screen{kind: "calendar", title: g.t("Calendar", "行事曆")}
	s.noun = g.l("{calendar view|week schedule|agenda screen|calendar app|schedule for the week}", "{行事曆|一週行程|日程表|行事曆 App}")
	days := g.between(3, 7)
	start := g.r.IntN(7)
	var cols []*genui.Node
	for i := range days {
		kids := []*genui.Node{heading(g.s(weekdays[(start+i)%7]), 4)}
		for range g.between(0, 2) {
			kids = append(kids, gapped(card("", para(g.s(pickOf(g, []bi{{"Standup", "站立會議"}, {"Design review", "設計審查"}, {"1:1", "一對一面談"}, {"Lunch", "午餐"}, {"Gym", "健身"}, {"Client call", "客戶電話"}}))), muted(g.clock())), genui.GapXS))
		}
		cols = append(cols, gapped(col(kids...), genui.GapSM))
	}
	s.has(g.chance(0.5), g.l("{%[1]s days|%[1]s day columns}", "{%[1]s天|%[1]s欄日期}", g.count(days)))
	s.has(false, g.l("{events as small cards|events with times}", "{活動用小卡片顯示時間}"))
	month := g.s(pickOf(g, monthNames))
	s.root = gapped(col(
		spread(heading(g.l("%s %s", "%s %s", month, fmt.Sprint(g.between(2024, 2026))), 2), gapped(row(
			button(g.t("Today", "今天"), "today", genui.Secondary),
			g.button(s, btn{text: bi{"New event", "新增活動"}, alts: []bi{{"Add event", "加入活動"}, {"Schedule", "排程"}}, action: "new_event", variant: genui.Primary, say: bi{"{new event|add} button", "{新增活動按鈕}"}})), genui.GapSM)),
		gapped(grid(days, cols...), genui.GapSM),
	), genui.GapMD)
	return s
}

func todo(g *gen) *screen {
	s := &screen{kind: "todo", title: g.t("Tasks", "待辦事項")}
	s.noun = g.l("{todo list|to-do app|task list|checklist|tasks widget}", "{待辦清單|代辦事項 App|任務清單|檢查清單}")
	n := g.between(3, 7)
	ts := sample(g, tasks, n)
	var boxes []*genui.Node
	done := 0
	for _, t := range ts {
		c := g.chance(0.35)
		if c {
			done++
		}
		boxes = append(boxes, checkbox(slug(t.en), g.s(t), c))
	}
	switch g.r.IntN(3) {
	case 0:
		s.has(true, g.l("{%[1]s tasks|%[1]s items}", "{%[1]s個待辦|%[1]s項任務}", g.count(n)))
	case 1:
		s.has(true, g.l("{tasks like %[1]s and %[2]s|including %[1]s}", "{像是%[1]s和%[2]s}", g.q(g.s(ts[0])), g.q(g.s(ts[1]))))
	default:
		s.has(false, g.l("{checkboxes for each task|tasks you can tick off}", "{每項任務可以打勾}"))
	}
	kids := []*genui.Node{spread(g.title(s, 2, []bi{{"Today", "今天"}, {"My tasks", "我的任務"}, {"To do", "待辦"}}, bi{"Get things done", "把事情做完"}, bi{"This week", "本週"}), badge(g.l("%s/%s done", "完成 %s/%s", fmt.Sprint(done), fmt.Sprint(n)), genui.Neutral))}
	if g.chance(0.4) {
		kids = append(kids, progress(float64(done*100/n), ""))
		s.has(false, g.l("a progress bar", "進度條"))
	}
	kids = append(kids, gapped(col(boxes...), genui.GapSM))
	kids = append(kids, gapped(form("add_task", row(node(&genui.Input{Placeholder: g.t("Add a task…", "新增任務…")}), g.button(s, btn{text: bi{"Add", "新增"}, alts: []bi{{"Add task", "新增任務"}}, action: "submit", variant: genui.Primary, say: bi{"add button", "新增按鈕"}}))), genui.GapSM))
	s.root = gapped(card("", kids...), genui.GapMD)
	return s
}

func kanban(g *gen) *screen {
	s := &screen{kind: "kanban", title: g.t("Board", "看板")}
	s.noun = g.l("{kanban board|task board|project board|sprint board}", "{看板|任務看板|專案看板|Sprint 看板}")
	lanes := []bi{{"To do", "待辦"}, {"In progress", "進行中"}, {"Review", "審核中"}, {"Done", "完成"}}
	n := g.between(3, 4)
	if g.chance(0.4) {
		s.has(true, g.l("{%[1]s columns: %[2]s|columns %[2]s}", "{%[1]s欄：%[2]s}", g.count(n), g.joinList(g.ss(lanes[:n]))))
	} else {
		s.has(false, g.l("{to do, in progress and done columns|columns by status}", "{依狀態分欄}"))
	}
	var cols []*genui.Node
	for _, l := range lanes[:n] {
		ts := sample(g, tasks, g.between(1, 3))
		kids := []*genui.Node{spread(heading(g.s(l), 4), badge(fmt.Sprint(len(ts)), genui.Neutral))}
		for _, t := range ts {
			kids = append(kids, gapped(card("", para(g.s(t)), spread(badge(g.s(pickOf(g, []bi{{"Bug", "錯誤"}, {"Feature", "功能"}, {"Chore", "雜務"}})), genui.Info), avatar(g.person()))), genui.GapXS))
		}
		cols = append(cols, gapped(col(kids...), genui.GapSM))
	}
	s.has(false, g.l("{cards with a tag and an assignee|task cards with avatars}", "{任務卡片有標籤和負責人頭像}"))
	s.root = gapped(col(spread(g.title(s, 2, []bi{{"Sprint board", "Sprint 看板"}, {"Project board", "專案看板"}}, bi{"Roadmap", "路線圖"}), button(g.t("Add task", "新增任務"), "add_task", genui.Primary)), gapped(grid(n, cols...), genui.GapMD)), genui.GapMD)
	return s
}

func files(g *gen) *screen {
	s := &screen{kind: "file_manager", title: g.t("Files", "檔案")}
	s.noun = g.l("{file manager|file upload page|documents list|shared files view}", "{檔案管理|檔案上傳頁|文件列表}")
	names := []string{"Q3 report.pdf", "brand-guidelines.pdf", "photo-001.jpg", "budget.xlsx", "contract_final.docx", "logo.svg", "meeting-notes.md", "demo.mp4"}
	n := g.between(3, 6)
	var rows [][]string
	for _, f := range sample(g, names, n) {
		rows = append(rows, []string{f, fmt.Sprintf("%.1f MB", 0.1+g.r.Float64()*40), g.date(), g.person()})
	}
	kids := []*genui.Node{spread(g.title(s, 2, []bi{{"Files", "檔案"}, {"Documents", "文件"}}, bi{"Shared with me", "與我共用"}), g.button(s, btn{text: bi{"Upload", "上傳"}, alts: []bi{{"Upload file", "上傳檔案"}, {"Add files", "新增檔案"}}, action: "upload", variant: genui.Primary, say: bi{"upload button", "上傳按鈕"}}))}
	if g.chance(0.5) {
		kids = append(kids, centered(gapped(card("", centered(icon("upload")), para(g.t("Drag and drop files here", "將檔案拖曳到這裡")), muted(g.t("PDF, JPG or PNG up to 10 MB", "支援 PDF、JPG、PNG，最大 10 MB"))), genui.GapXS)))
		s.has(true, g.l("{a drag and drop area|a drop zone for uploads}", "{拖放上傳區}"))
	}
	if g.chance(0.4) {
		kids = append(kids, progress(float64(g.between(10, 95)), g.l("Uploading %s", "上傳中 %s", names[g.r.IntN(len(names))])))
		s.has(true, g.l("{an upload progress bar|a file uploading with progress}", "{上傳進度條}"))
	}
	kids = append(kids, table([]string{g.t("Name", "名稱"), g.t("Size", "大小"), g.t("Modified", "修改日期"), g.t("Owner", "擁有者")}, rows))
	s.has(g.chance(0.4), g.l("{a table of %[1]s files|%[1]s files listed}", "{%[1]s個檔案的表格}", g.count(n)))
	s.root = gapped(col(kids...), genui.GapMD)
	return s
}

func musicPlayer(g *gen) *screen {
	song := pickOf(g, songs)
	s := &screen{kind: "media_player", title: g.t("Now playing", "正在播放")}
	s.noun = g.l("{music player|now playing screen|audio player widget|song player card}", "{音樂播放器|正在播放畫面|音樂播放卡片}")
	if g.chance(0.4) {
		s.mod(true, g.l("{playing %[1]s by %[2]s|for the song %[1]s by %[2]s}", "{正在播放%[2]s的%[1]s}", g.q(g.s(song.title)), g.s(song.artist)))
	}
	pos := g.between(5, 95)
	kids := []*genui.Node{
		image("/img/album.jpg", g.s(song.title)),
		heading(g.s(song.title), 3),
		muted(g.s(song.artist)),
		progress(float64(pos), fmt.Sprintf("%d:%02d / 3:%02d", pos*3/100, g.between(0, 59), g.between(10, 59))),
	}
	s.has(false, g.l("{album art|a cover image}", "{專輯封面}"))
	s.has(false, g.l("{a progress bar|a seek bar}", "{播放進度條}"))
	if g.chance(0.5) {
		kids = append(kids, centered(gapped(row(icon("skip-back"), icon("play"), icon("skip-forward")), genui.GapLG)))
		s.has(false, g.l("{previous, play and next icons|playback controls}", "{上一首、播放、下一首圖示}"))
	} else {
		kids = append(kids, centered(gapped(row(
			button(g.t("Previous", "上一首"), "previous", genui.Ghost),
			g.button(s, btn{text: bi{"Play", "播放"}, alts: []bi{{"Pause", "暫停"}}, action: "play", variant: genui.Primary, say: bi{"play button", "播放按鈕"}}),
			button(g.t("Next", "下一首"), "next", genui.Ghost),
		), genui.GapSM)))
	}
	if g.chance(0.4) {
		kids = append(kids, slider("volume", g.t("Volume", "音量"), 0, 100, 1, float64(g.between(3, 9)*10)))
		s.has(true, g.l("{a volume slider|volume control}", "{音量滑桿}"))
	}
	s.root = gapped(centered(card("", kids...)), genui.GapSM)
	return s
}

func videoPlayer(g *gen) *screen {
	v := pickOf(g, videoTitles)
	s := &screen{kind: "video_player", title: g.s(v)}
	s.noun = g.l("{video player page|video page|watch screen|video lesson view}", "{影片播放頁|影片觀看畫面|課程影片頁}")
	if g.chance(0.4) {
		s.mod(true, g.l("{for the video %[1]s|titled %[1]s}", "{影片標題%[1]s}", g.q(g.s(v))))
	}
	kids := []*genui.Node{
		image("/img/video-thumb.jpg", g.s(v)),
		spread(gapped(row(icon("play"), icon("volume")), genui.GapSM), muted(fmt.Sprintf("%d:%02d", g.between(1, 40), g.between(0, 59)))),
		progress(float64(g.between(0, 90)), ""),
		heading(g.s(v), 2),
		muted(g.l("%s views · %s", "觀看次數 %s · %s", thousands(int64(g.between(100, 900000))), g.date())),
	}
	s.has(false, g.l("{playback controls|a play button and progress bar}", "{播放控制和進度條}"))
	if g.chance(0.5) {
		ch := g.person()
		kids = append(kids, spread(personRow(ch, g.l("%s subscribers", "%s 位訂閱者", thousands(int64(g.between(100, 90000))))), g.button(s, btn{text: bi{"Subscribe", "訂閱"}, action: "subscribe", variant: genui.Primary, say: bi{"subscribe button", "訂閱按鈕"}})))
	}
	if g.chance(0.4) {
		var ups []*genui.Node
		for _, t := range sample(g, videoTitles, 3) {
			ups = append(ups, gapped(row(image("/img/"+slug(t.en)+".jpg", g.s(t)), para(g.s(t))), genui.GapSM))
		}
		kids = append(kids, card(g.t("Up next", "接下來播放"), ups...))
		s.has(true, g.l("{an up next list|related videos}", "{接下來播放清單|相關影片}"))
	}
	s.root = gapped(col(kids...), genui.GapMD)
	return s
}

func recipe(g *gen) *screen {
	r := pickOf(g, recipes)
	s := &screen{kind: "recipe", title: g.s(r.name)}
	s.noun = g.l("{recipe card|recipe page|recipe for %[1]s|cooking recipe view}", "{食譜卡片|%[1]s食譜|食譜頁}", g.v(g.s(r.name)))
	kids := []*genui.Node{
		image("/img/"+slug(r.name.en)+".jpg", g.s(r.name)),
		heading(g.s(r.name), 2),
		gapped(row(badge(g.l("%s min", "%s 分鐘", fmt.Sprint(r.minutes)), genui.Neutral), badge(g.l("Serves %s", "%s 人份", fmt.Sprint(g.between(2, 6))), genui.Neutral), badge(g.s(pickOf(g, []bi{{"Easy", "簡單"}, {"Medium", "中等"}})), genui.Success)), genui.GapXS),
		heading(g.t("Ingredients", "材料"), 3),
		list(g.ss(r.ingredients)...),
	}
	s.has(false, g.l("{a photo, cooking time and ingredients|the ingredients list}", "{照片、時間和材料}"))
	if g.chance(0.6) {
		kids = append(kids, heading(g.t("Steps", "步驟"), 3), list(g.t("Prep the ingredients.", "準備好所有材料。"), g.t("Cook over medium heat.", "中火烹煮。"), g.t("Season to taste and serve.", "依口味調味後上桌。")))
		s.has(false, g.l("{the steps|step by step instructions}", "{作法步驟}"))
	}
	kids = append(kids, g.button(s, btn{text: bi{"Save recipe", "收藏食譜"}, alts: []bi{{"Add to favorites", "加入最愛"}, {"Start cooking", "開始料理"}}, action: "save", variant: genui.Primary, say: bi{"save button", "收藏按鈕"}}))
	s.root = gapped(card("", kids...), genui.GapSM)
	return s
}

func comments(g *gen) *screen {
	s := &screen{kind: "comments", title: g.t("Comments", "留言")}
	s.noun = g.l("{comments section|comment thread|discussion section|replies list}", "{留言區|討論串|評論區}")
	lines := []bi{{"This is really helpful, thanks for sharing!", "很有幫助，謝謝分享！"}, {"I had the same problem last week.", "我上週也遇到一樣的問題。"}, {"Could you post the slides?", "可以分享簡報嗎？"}, {"Great write-up.", "寫得很好。"}, {"Does this work on mobile too?", "手機上也可以用嗎？"}}
	n := g.between(2, 4)
	var rows []*genui.Node
	for _, l := range sample(g, lines, n) {
		p := g.person()
		rows = append(rows, gapped(row(avatar(p), gapped(col(row(para(p), muted(g.l("{%[1]sh|%[1]s hours ago}", "{%[1]s 小時前}", fmt.Sprint(g.between(1, 20))))), para(g.s(l)), gapped(row(link(g.t("Reply", "回覆"), "#reply"), link(g.t("Like", "讚"), "#like")), genui.GapSM)), genui.GapXS)), genui.GapSM))
	}
	s.has(g.chance(0.4), g.l("{%[1]s comments|%[1]s replies}", "{%[1]s則留言}", g.count(n)))
	s.has(false, g.l("{avatars and names|reply and like links}", "{頭像、名字、回覆和按讚}"))
	s.root = gapped(col(
		heading(g.l("%s comments", "%s 則留言", fmt.Sprint(n)), 3),
		gapped(form("comment", g.field(s, "message", fieldOpt{label: g.t("Add a comment", "新增留言")}), rowEnd(g.button(s, btn{text: bi{"Post", "發佈"}, alts: []bi{{"Comment", "留言"}, {"Reply", "回覆"}}, action: "submit", variant: genui.Primary, say: bi{"post button", "發佈按鈕"}}))), genui.GapSM),
		gapped(col(rows...), genui.GapMD),
	), genui.GapMD)
	return s
}

func activityFeed(g *gen) *screen {
	s := &screen{kind: "activity_feed", title: g.t("Activity", "動態")}
	s.noun = g.l("{activity feed|recent activity timeline|audit log|changelog feed}", "{動態牆|近期活動時間軸|操作紀錄}")
	acts := []bi{{"%s created the project", "%s 建立了專案"}, {"%s uploaded 3 files", "%s 上傳了 3 個檔案"}, {"%s changed the status to Done", "%s 將狀態改為完成"}, {"%s joined the team", "%s 加入了團隊"}, {"%s left a comment", "%s 留了言"}, {"%s merged the pull request", "%s 合併了 PR"}}
	n := g.between(3, 6)
	var rows []*genui.Node
	for _, a := range sample(g, acts, n) {
		rows = append(rows, gapped(row(avatar(g.person()), gapped(col(para(g.l(g.s(a), g.s(a), g.person())), muted(g.date()+" · "+g.clock())), genui.GapNone)), genui.GapSM))
	}
	s.has(g.chance(0.4), g.l("{%[1]s entries|the last %[1]s events}", "{%[1]s筆紀錄|最近%[1]s筆動態}", g.count(n)))
	s.root = gapped(card(g.t("Recent activity", "近期動態"), gapped(col(rows...), genui.GapMD)), genui.GapSM)
	return s
}

func searchResults(g *gen) *screen {
	s := &screen{kind: "search_results", title: g.t("Search", "搜尋")}
	s.noun = g.l("{search results page|search page with results|search screen|results list}", "{搜尋結果頁|搜尋頁面|搜尋結果列表}")
	query := g.s(pickOf(g, []bi{{"running shoes", "慢跑鞋"}, {"remote jobs", "遠端工作"}, {"coffee near me", "附近的咖啡廳"}, {"project management", "專案管理"}, {"react hooks", "react hooks"}, {"hotels in Tokyo", "東京飯店"}}))
	if g.chance(0.4) {
		s.mod(true, g.l("{for %[1]s|showing results for %[1]s|with the query %[1]s}", "{搜尋%[1]s的結果|關鍵字%[1]s}", g.q(query)))
	}
	n := g.between(3, 6)
	in := input("q", genui.InputSearch, "", g.t("Search…", "搜尋…"), false)
	in.Props.(*genui.Input).Value = query
	kids := []*genui.Node{gapped(form("search", row(in, g.button(s, btn{text: bi{"Search", "搜尋"}, alts: []bi{{"Go", "搜尋"}, {"Find", "尋找"}}, action: "submit", variant: genui.Primary, say: bi{"search button", "搜尋按鈕"}}))), genui.GapSM)}
	if g.chance(0.5) {
		kids = append(kids, gapped(row(badge(g.t("All", "全部"), genui.Info), badge(g.t("Images", "圖片"), genui.Neutral), badge(g.t("News", "新聞"), genui.Neutral), badge(g.t("Shopping", "購物"), genui.Neutral)), genui.GapXS))
		s.has(false, g.l("{filter chips|category pills}", "{篩選標籤}"))
	}
	kids = append(kids, muted(g.l("About %s results", "約 %s 筆結果", thousands(int64(g.between(20, 90000))))))
	var rs []*genui.Node
	for i := range n {
		t := g.l("{%[1]s: a complete guide|The best %[1]s of %[2]s|%[1]s — what to know|Top 10 %[1]s}", "{%[1]s完整指南|%[2]s年最佳%[1]s|關於%[1]s你該知道的事|%[1]s推薦前十名}", query, fmt.Sprint(2024+i%2))
		rs = append(rs, gapped(col(link(t, "/result/"+fmt.Sprint(i+1)), muted("www."+slugDomain(pickOf(g, brands))), para(g.t("A short snippet from the page that matches what you searched for.", "網頁中符合搜尋內容的一小段摘要。"))), genui.GapXS))
	}
	s.has(g.chance(0.5), g.l("{%[1]s results|%[1]s result items}", "{%[1]s筆結果}", g.count(n)))
	kids = append(kids, gapped(col(rs...), genui.GapMD))
	if g.chance(0.4) {
		kids = append(kids, g.pager(n, n*g.between(5, 30)))
		s.has(false, g.l("pagination", "分頁"))
	}
	s.root = gapped(col(kids...), genui.GapMD)
	return s
}

func course(g *gen) *screen {
	s := &screen{kind: "course", title: g.t("Course", "課程")}
	name := g.s(pickOf(g, []bi{{"Intro to Python", "Python 入門"}, {"UX Design Basics", "UX 設計基礎"}, {"Financial Literacy 101", "理財入門"}, {"Spanish for Travelers", "旅遊西班牙語"}, {"Photography Essentials", "攝影必修課"}}))
	s.noun = g.l("{online course page|course progress screen|lesson list|learning dashboard} for %s", "{%s課程頁|%s學習進度|%s單元列表}", g.q(name))
	n := g.between(3, 6)
	done := g.between(0, n)
	var rows []*genui.Node
	for i := range n {
		b := badge(g.t("Locked", "未解鎖"), genui.Neutral)
		if i < done {
			b = badge(g.t("Done", "已完成"), genui.Success)
		} else if i == done {
			b = badge(g.t("Up next", "下一課"), genui.Info)
		}
		rows = append(rows, spread(para(g.l("Lesson %s · %s", "第 %s 課 · %s", fmt.Sprint(i+1), g.s(pickOf(g, []bi{{"Getting started", "開始之前"}, {"Core ideas", "核心概念"}, {"Practice", "實作練習"}, {"Going further", "進階內容"}, {"Quiz", "小測驗"}})))), b))
	}
	s.has(g.chance(0.5), g.l("{%[1]s lessons|%[1]s modules}", "{%[1]s堂課|%[1]s個單元}", g.count(n)))
	s.has(false, g.l("{a course progress bar|overall progress}", "{課程進度條}"))
	s.root = gapped(col(
		heading(name, 1),
		progress(float64(done*100/n), g.l("%s of %s lessons complete", "已完成 %s/%s 課", fmt.Sprint(done), fmt.Sprint(n))),
		gapped(card(g.t("Lessons", "課程單元"), rows...), genui.GapSM),
		g.button(s, btn{text: bi{"Continue learning", "繼續學習"}, alts: []bi{{"Resume", "繼續"}, {"Start lesson", "開始上課"}}, action: "continue", variant: genui.Primary, say: bi{"{continue|resume} button", "繼續學習按鈕"}}),
	), genui.GapMD)
	return s
}

func listing(g *gen) *screen {
	s := &screen{kind: "listing", title: g.t("Listings", "物件列表")}
	kind := pickOf(g, []struct {
		noun  bi
		items []bi
		unit  bi
		lo    int
		hi    int
	}{
		{bi{"{hotel search results page|hotel listings page|places to stay page}", "{飯店搜尋結果|住宿列表}"}, []bi{{"Harbor View Hotel", "港景飯店"}, {"The Garden Inn", "花園旅店"}, {"City Loft", "城市閣樓"}, {"Sunrise Hostel", "日出青旅"}, {"Maple Suites", "楓葉套房"}}, bi{"/night", "/晚"}, 60, 420},
		{bi{"{apartment listings page|rentals page|real estate listing page}", "{租屋列表|房屋物件列表|房仲物件頁}"}, []bi{{"Sunny 2-bed near the park", "公園旁採光兩房"}, {"Modern studio downtown", "市中心現代套房"}, {"Family house with garden", "附庭院透天"}, {"Loft with city views", "城景樓中樓"}}, bi{"/month", "/月"}, 900, 4200},
	})
	s.noun = g.expand(g.s(kind.noun))
	city := g.s(pickOf(g, cities))
	if g.chance(0.5) {
		s.mod(true, g.l("{in %[1]s|for %[1]s}", "{地點在%[1]s|%[1]s的物件}", g.v(city)))
	}
	n := g.between(2, 4)
	var cards []*genui.Node
	for _, it := range sample(g, kind.items, n) {
		cards = append(cards, gapped(card("",
			image("/img/"+slug(it.en)+".jpg", g.s(it)),
			spread(heading(g.s(it), 4), muted("★ "+fmt.Sprintf("%.1f", 4+g.r.Float64()))),
			muted(city),
			para(g.money(float64(g.between(kind.lo, kind.hi)), false)+g.s(kind.unit)),
			button(g.t("View", "查看"), "view", genui.Secondary),
		), genui.GapXS))
	}
	s.has(g.chance(0.5), g.l("{%[1]s results|%[1]s cards}", "{%[1]s筆物件|%[1]s張卡片}", g.count(n)))
	s.has(false, g.l("{photo, rating and price on each card|cards with a photo and price}", "{每張卡片有照片、評分和價格}"))
	before := len(s.details)
	filters := gapped(row(g.field(s, "checkin", fieldOpt{plain: true}), g.field(s, "checkout", fieldOpt{plain: true}), g.field(s, "guests", fieldOpt{plain: true}), button(g.t("Search", "搜尋"), "search", genui.Primary)), genui.GapSM)
	s.details = s.details[:before] // said together below
	s.root = gapped(col(heading(g.l("{Stays|Homes} in %s", "%s的物件", city), 1), filters, gapped(grid(min(n, 3), cards...), genui.GapMD)), genui.GapMD)
	s.has(false, g.l("{date and guest filters on top|a search bar with dates}", "{上方有日期和人數篩選}"))
	return s
}

func orderTracking(g *gen) *screen {
	s := &screen{kind: "order_tracking", title: g.t("Track order", "訂單追蹤")}
	s.noun = g.l("{order tracking page|delivery status screen|shipment tracker|package tracking}", "{訂單追蹤頁|配送進度|包裹追蹤}")
	steps := []bi{{"Order placed", "訂單成立"}, {"Packed", "已包裝"}, {"Shipped", "已出貨"}, {"Out for delivery", "配送中"}, {"Delivered", "已送達"}}
	at := g.between(1, 4)
	var rows []*genui.Node
	for i, st := range steps {
		ic, tone := "check", genui.Success
		if i > at {
			ic, tone = "clock", genui.Neutral
		}
		b := badge(g.s(st), tone)
		rows = append(rows, gapped(row(icon(ic), b, muted(g.date())), genui.GapSM))
	}
	if g.chance(0.4) {
		s.mod(true, g.l("{currently at %[1]s|with the status %[1]s}", "{目前狀態：%[1]s}", g.v(lower(g.s(steps[at])))))
	}
	s.has(false, g.l("{a step list of the delivery|each step with a check or clock}", "{配送步驟列表}"))
	num := fmt.Sprintf("#%d", g.between(10000, 99999))
	s.root = gapped(card("",
		spread(heading(g.l("Order %s", "訂單 %s", num), 2), badge(g.s(steps[at]), genui.Info)),
		progress(float64(at*25), ""),
		gapped(col(rows...), genui.GapSM),
		g.button(s, btn{text: bi{"Contact courier", "聯絡物流"}, alts: []bi{{"Get help", "取得協助"}}, action: "contact", variant: genui.Secondary, say: bi{"{help|contact} button", "聯絡按鈕"}}),
	), genui.GapMD)
	return s
}
