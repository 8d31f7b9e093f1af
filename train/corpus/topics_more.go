package corpus

// The vocabulary of topics, part three: food, cars, sport, work tools,
// odd jobs and leisure, communities.

var topicsMore = []topicSrc{
	{
		name: "food",
		nouns: `Restaurant menu|餐廳菜單; Table booking|訂位; Food order|點餐; Recipe editor|食譜編輯; Kitchen display|廚房出單畫面; Delivery tracker|外送追蹤;
			Meal kit|料理包; Wine list|酒單; Nutrition facts|營養標示; Loyalty card|集點卡; Catering request|外燴詢價; Grocery list|購物清單; Allergy form|過敏資訊表;
			Bakery preorder|麵包預購; Food truck schedule|餐車時刻表; Tip calculator|小費計算; Cooking timer|料理計時器; Bubble tea order|手搖飲點單`,
		fields: `Dish name|菜名; Servings|份數|number; Prep time|準備時間|number; Ingredients|食材|area; Instructions|作法|area; Party size|用餐人數|number; Reservation date|訂位日期|date;
			Reservation time|訂位時間|time; Delivery address|外送地址; Special requests|特殊需求|area; Bill amount|帳單金額|number; Table number|桌號|number; Pickup time|取餐時間|time; Phone|電話|tel; Name|姓名`,
		choices: `Spice level|辣度|spice levels: Mild|小辣/Medium|中辣/Hot|大辣/Extra hot|特辣; Sugar|甜度|sugar levels: Full|正常甜/Half|半糖/Light|微糖/None|無糖;
			Ice|冰塊|ice levels: Regular|正常冰/Less|少冰/No ice|去冰/Hot|熱; Course|餐點類型|courses: Starter|前菜/Main|主餐/Dessert|甜點/Drink|飲料;
			Diet|飲食|diets: None|無/Vegetarian|素食/Vegan|全素/Gluten-free|無麩質/Halal|清真; Tip|小費|tips: 10%/15%/18%/20%`,
		flags:   `Contains nuts|含堅果; Outdoor seating|戶外座位; Contactless delivery|無接觸外送; Add cutlery|附餐具; Birthday celebration|慶生; High chair needed|需要兒童座椅`,
		actions: `Order now|立即點餐; Reserve table|訂位; Add to order|加入點單; Start timer|開始計時; Mark ready|標記完成; Save recipe|儲存食譜; Checkout|結帳; Split bill|分開付款; Reorder|再點一次`,
		columns: `Dish|餐點|item; Price|價格|price; Qty|數量|count; Table|桌號|count; Time|時間|time; Calories|熱量|count; Status|狀態|status; Guest|客人|person; Order|訂單|order`,
		stats:   `Orders today|今日訂單|count; Covers tonight|今晚來客|count; Average ticket|平均客單|price; Wait time|等候時間|duration; Calories|熱量|count; Points|點數|count`,
		series:  `Orders by hour|每小時訂單; Sales by dish|各餐點銷售: Beef noodles|牛肉麵/Dumplings|水餃/Fried rice|炒飯/Milk tea|奶茶; Macros|營養比例: Protein|蛋白質/Carbs|碳水/Fat|脂肪`,
		items:   `Truffle fries|松露薯條; Margherita pizza|瑪格麗特披薩; Beef noodle soup|紅燒牛肉麵; Pearl milk tea|珍珠奶茶; Tiramisu|提拉米蘇; Caesar salad|凱薩沙拉; Soup dumplings|小籠包; Mango shaved ice|芒果冰`,
		states:  `Preparing|製作中; Ready|已完成; Out for delivery|外送中; Delivered|已送達; Seated|已入座; Sold out|已售完; Chef's pick|主廚推薦`,
	},
	{
		name: "auto",
		nouns: `Car configurator|車款配置; Test drive booking|試駕預約; Service appointment|保養預約; Vehicle history|車輛履歷; Parking finder|停車位查詢; Fuel log|加油紀錄;
			Ride request|叫車; Trip receipt|行程收據; Charging station|充電站; Used car listing|二手車刊登; Tire change reminder|換胎提醒; Dashcam clips|行車記錄器影片;
			Rental return|還車; Roadside assistance|道路救援; Car wash booking|洗車預約; Toll history|通行費紀錄`,
		fields: `License plate|車牌; VIN|車身號碼; Mileage|里程數|number; Pickup address|上車地點; Destination|目的地; Preferred date|希望日期|date; Preferred time|希望時間|time;
			Liters|公升數|number; Price per liter|每公升價格|number; Odometer|里程表|number; Describe the problem|問題描述|area; Asking price|售價|number; Year|年份|number; Model|車型; Phone|電話|tel`,
		choices: `Trim|車型等級|trims: Standard|標準版/Sport|運動版/Premium|旗艦版; Color|車色|colors: Pearl white|珍珠白/Midnight black|午夜黑/Racing red|賽車紅/Ocean blue|海洋藍;
			Service|保養項目|services: Oil change|換機油/Tire rotation|輪胎對調/Brake check|煞車檢查/Full service|全車保養; Ride type|車種|ride types: Economy|經濟/Comfort|舒適/XL|大型車/Green|電動車;
			Fuel|燃料|fuels: Gasoline|汽油/Diesel|柴油/Electric|電動/Hybrid|油電; Connector|插頭規格|connectors: CCS1/CCS2/Type 2/Tesla|特斯拉`,
		flags:   `Loaner car needed|需要代步車; Share my trip|分享行程; Child seat|兒童座椅; Full tank|加滿; Pet friendly|可帶寵物; Accident free|無事故`,
		actions: `Book test drive|預約試駕; Request ride|叫車; Find parking|找停車位; Start charging|開始充電; Log fill-up|記錄加油; Call for help|呼叫救援; Build my car|配置我的車; List my car|刊登我的車; Return car|還車`,
		columns: `Date|日期|date; Station|加油站|company; Liters|公升|count; Cost|金額|price; Mileage|里程|distance; Service|項目|item; Make|品牌|item; Price|價格|money; Year|年份|count; Plate|車牌|plate`,
		stats:   `Fuel economy|油耗|distance; Range|續航|distance; Battery|電量|pct; Next service|下次保養|date; Spent this month|本月花費|money; Trips|行程數|count`,
		series:  `Fuel cost per month|每月油錢; Charging sessions by station|各站充電次數: Home|家裡/Office|公司/Mall|商場/Highway|高速公路; Mileage by month|每月里程`,
		items:   `Oil change|換機油; Brake pads|煞車來令片; Wiper blades|雨刷; Winter tires|雪胎; Toyota Corolla 2019|2019 豐田 Corolla; Tesla Model 3|特斯拉 Model 3; Honda CR-V 2021|2021 本田 CR-V`,
		states:  `Available|空位; Full|已滿; Charging|充電中; Completed|已完成; Due soon|即將到期; Arriving|即將抵達; Certified|認證車`,
	},
	{
		name: "sports",
		nouns: `Workout log|運動紀錄; Race registration|路跑報名; Team roster|球隊名單; Match score|比分; Training plan|訓練計畫; Gym membership|健身房會籍; Personal bests|個人最佳;
			League table|聯賽積分榜; Court booking|球場預約; Coach profile|教練介紹; Hiking trail|登山步道; Swim times|游泳成績; Yoga class|瑜珈課; Nutrition log|飲食紀錄;
			Cycling route|自行車路線; Climbing gym|攀岩館; Fantasy team|夢幻球隊; Ski pass|滑雪票`,
		fields: `Exercise|動作; Sets|組數|number; Reps|次數|number; Weight|重量|number; Distance|距離|number; Duration|時間|number; Bib name|號碼布名稱; Emergency contact|緊急聯絡人;
			Team name|隊名; Player name|球員姓名; Jersey number|背號|number; Booking date|預約日期|date; Start time|開始時間|time; Notes|心得|area; Email|電子郵件|email`,
		choices: `Distance|距離|distances: 5K/10K/Half marathon|半程馬拉松/Marathon|全程馬拉松; Position|位置|positions: Goalkeeper|守門員/Defender|後衛/Midfielder|中場/Forward|前鋒;
			Court|場地|courts: Court 1|1 號場/Court 2|2 號場/Court 3|3 號場; Plan|方案|plans: Monthly|月繳/Annual|年繳/Day pass|單日券; Intensity|強度|intensity levels: Easy|輕鬆/Moderate|中等/Hard|高強度;
			Sport|運動|sports: Running|跑步/Cycling|騎車/Swimming|游泳/Strength|重訓`,
		flags:   `Public profile|公開個人檔案; Rest day|休息日; Bring a partner|攜伴; Rent equipment|租借裝備; Auto-renew|自動續約; Include warm-up|含熱身`,
		actions: `Log workout|記錄訓練; Register|報名; Book court|預約場地; Start workout|開始訓練; Join class|參加課程; Add player|新增球員; Save plan|儲存計畫; Update score|更新比分; Check in|簽到`,
		columns: `Player|球員|person; Team|隊伍|company; Played|場數|count; Points|積分|count; Exercise|動作|item; Weight|重量|weight; Time|時間|duration; Date|日期|date; Distance|距離|distance; Pace|配速|duration`,
		stats:   `Workouts this week|本週訓練|count; Distance|距離|distance; Calories burned|消耗熱量|big; Personal best|個人最佳|duration; Streak|連續天數|count; Heart rate|心率|bpm`,
		series:  `Distance per week|每週距離; Workouts by type|訓練類型: Running|跑步/Cycling|騎車/Swimming|游泳/Strength|重訓; Goals by match|每場進球`,
		items:   `Bench press|臥推; Back squat|深蹲; 5K tempo run|5 公里節奏跑; Rest day|休息日; Hill repeats|坡道反覆; Core circuit|核心循環; Stretching|伸展`,
		states:  `Completed|已完成; Missed|未完成; Booked|已預約; Available|可預約; Win|勝; Loss|敗; Draw|和`,
	},
	{
		name: "work",
		nouns: `Meeting notes|會議紀錄; Sprint board|衝刺看板; Bug report|錯誤回報; Release notes|版本說明; Time tracker|工時計時; Standup update|站會更新; Project brief|專案簡介;
			OKR tracker|OKR 追蹤; Approval request|簽核申請; Feature request|功能需求; Team calendar|團隊行事曆; Focus timer|專注計時器; Habit tracker|習慣追蹤;
			Retrospective|回顧會議; Roadmap|產品路線圖; Deployment status|部署狀態; Code review|程式碼審查; Survey builder|問卷建立; Poll creator|投票建立; Status report|進度報告`,
		fields: `Title|標題; Summary|摘要|area; Steps to reproduce|重現步驟|area; Expected result|預期結果|area; Assignee|負責人; Due date|截止日期|date; Estimate in hours|預估時數|number;
			Meeting date|會議日期|date; Attendees|出席者; Decisions|決議事項|area; Version|版本; Project name|專案名稱; Budget|預算|number; Question|問題; Link|連結|url`,
		choices: `Priority|優先順序|priorities: Low|低/Medium|中/High|高/Urgent|緊急; Status|狀態|statuses: To do|待辦/In progress|進行中/In review|審查中/Done|完成;
			Severity|嚴重程度|severity levels: Minor|輕微/Major|嚴重/Critical|致命; Environment|環境|environments: Production|正式/Staging|測試/Development|開發;
			Sprint|衝刺|sprints: Sprint 14/Sprint 15/Sprint 16; Team|團隊|teams: Platform|平台/Mobile|行動/Growth|成長/Design|設計`,
		flags:   `Blocker|阻礙項目; Notify the team|通知團隊; Billable|可請款; Private|私人; Recurring|重複; Needs design review|需要設計審查`,
		actions: `Create issue|建立議題; Start timer|開始計時; Stop timer|停止計時; Deploy|部署; Approve|核准; Request changes|要求修改; Publish|發布; Add task|新增任務; Share|分享; Vote|投票`,
		columns: `Task|任務|item; Owner|負責人|person; Due|截止|date; Status|狀態|status; Hours|時數|count; Version|版本|version; Deployed|部署時間|when; Issue|議題|ticket; Points|點數|count`,
		stats:   `Velocity|速度|count; Open bugs|未解錯誤|count; Hours logged|已記錄工時|count; Completion|完成率|pct; Deploys this week|本週部署|count; Uptime|可用率|pct`,
		series:  `Burndown|燃盡圖; Bugs by severity|各嚴重度錯誤: Minor|輕微/Major|嚴重/Critical|致命; Hours by project|各專案工時: Website|官網/Mobile app|App/Internal tools|內部工具`,
		items:   `Fix login timeout|修正登入逾時; Update onboarding copy|更新新手引導文案; Migrate to Postgres 16|遷移到 Postgres 16; Dark mode toggle|深色模式開關; Q3 planning|第三季規劃; Read 20 pages|讀 20 頁`,
		states:  `To do|待辦; In progress|進行中; Blocked|卡關; Done|完成; Shipped|已上線; Failed|失敗; Approved|已核准`,
	},
	{
		name: "leisure",
		nouns: `Lab sample intake|檢體登錄; Telescope booking|望遠鏡預約; Experiment log|實驗紀錄; Weather station|氣象站; Seed library|種子圖書館; Beekeeping log|養蜂紀錄;
			Pet profile|寵物檔案; Vet appointment|獸醫預約; Dog walker booking|遛狗預約; Tattoo consultation|刺青諮詢; Escape room booking|密室逃脫預約; Karaoke queue|KTV 點歌;
			Museum tickets|博物館門票; Parking meter|停車繳費機; Laundry status|洗衣機狀態; Locker rental|置物櫃租借; Boat rental|租船; Camping reservation|露營預約;
			Wine tasting signup|品酒會報名; Piano lessons|鋼琴課; Coworking desk booking|共享辦公桌預約; Lost and found|失物招領; Plant care guide|植物照顧指南; Board game night|桌遊夜`,
		fields: `Sample ID|檢體編號; Collected on|採集日期|date; Pet name|寵物名字; Breed|品種; Age|年齡|number; Weight|體重|number; Group size|人數|number; Date|日期|date; Time|時間|time;
			Song title|歌名; Singer|演唱者; Locker number|櫃號|number; Item description|物品描述|area; Where did you lose it?|遺失地點; Hours|時數|number; Your name|你的名字; Phone|電話|tel`,
		choices: `Species|物種|species: Dog|狗/Cat|貓/Bird|鳥/Rabbit|兔子; Room|主題房|rooms: The Vault|金庫/Haunted Manor|鬼屋/Space Station|太空站; Ticket|票種|tickets: Adult|全票/Child|兒童票/Senior|敬老票/Student|學生票;
			Site type|營位|site types: Tent|帳篷/RV|露營車/Cabin|小木屋; Boat|船型|boats: Kayak|獨木舟/Canoe|輕艇/Pedal boat|天鵝船; Storage|保存方式|storage: Room temp|常溫/Fridge|冷藏/Frozen|冷凍`,
		flags:   `First visit|第一次來; Vaccinated|已接種疫苗; Need parking|需要停車位; Audio guide|語音導覽; Life jackets|救生衣; Keep me posted|有消息通知我`,
		actions: `Book|預約; Reserve|預訂; Add song|點歌; Pay|付款; Start|開始; Log sample|登錄檢體; Report item|登記物品; Claim|領取; Rent|租借`,
		columns: `Sample|檢體|ref; Collected|採集時間|when; Pet|寵物|item; Owner|飼主|person; Song|歌曲|item; Singer|演唱者|person; Machine|機台|item; Time left|剩餘時間|duration; Site|營位|ref; Night|日期|date`,
		stats:   `Temperature|氣溫|temp; Wind|風速|distance; Rainfall|雨量|count; Visitors today|今日參觀|count; Machines free|空閒機台|count; Songs in queue|待唱歌曲|count`,
		series:  `Temperature today|今日氣溫; Visitors by day|每日參觀人數; Honey harvest by hive|各蜂箱產蜜: Hive 1|1 號蜂箱/Hive 2|2 號蜂箱/Hive 3|3 號蜂箱`,
		items:   `Water twice a week|每週澆水兩次; Bright indirect light|明亮散射光; Washer 3|3 號洗衣機; Dryer 1|1 號烘衣機; Blue umbrella|藍色雨傘; Site B12|B12 營位; Bohemian Rhapsody`,
		states:  `Available|可使用; In use|使用中; Done|完成; Booked|已預約; Found|已尋獲; Claimed|已領取; Free|空閒`,
	},
	{
		name: "community",
		nouns: `Help center|幫助中心; Live chat|線上客服; Ticket details|工單詳情; Community forum|社群論壇; User profile card|使用者資訊卡; Friend requests|好友邀請;
			Group settings|群組設定; Abuse report|檢舉; Status update|動態更新; Neighborhood board|社區布告欄; Book club|讀書會; Mentorship match|導師配對;
			Alumni directory|校友名錄; Membership card|會員卡; Welcome screen|歡迎畫面; Announcement|公告; Q&A thread|問答串; Referral program|推薦計畫`,
		fields: `Subject|主旨; Message|訊息|area; Your email|你的信箱|email; Order number|訂單編號; Display name|顯示名稱; Group name|群組名稱; Post title|文章標題; Post|內容|area;
			What's happening?|在想什麼？|area; Reason|原因|area; Graduation year|畢業年份|number; Company|公司; Referral code|推薦碼; Search|搜尋|search; Website|網站|url`,
		choices: `Topic|主題|topics: Billing|帳務/Technical|技術問題/Account|帳號/Other|其他; Who can see this|誰可以看到: Everyone|所有人/Friends|朋友/Only me|只有我;
			Report reason|檢舉原因|reasons: Spam|垃圾訊息/Harassment|騷擾/Misinformation|不實資訊/Other|其他; Category|分類|categories: General|一般/Events|活動/Buy and sell|買賣/Lost pets|走失寵物;
			Notifications|通知|notification settings: All posts|所有貼文/Mentions only|僅提及/None|關閉; Role|身分|roles: Mentor|導師/Mentee|學員`,
		flags:   `Pin to top|置頂; Anonymous|匿名; Email me replies|有回覆時寄信給我; Allow invites|允許邀請; Mute notifications|關閉通知; Private group|私人群組`,
		actions: `Send|送出; Post|發布; Reply|回覆; Accept|接受; Decline|拒絕; Report|檢舉; Join group|加入群組; Follow|追蹤; Start chat|開始聊天; Mark as solved|標記為已解決`,
		columns: `Member|成員|person; Joined|加入日期|date; Posts|貼文數|count; Role|角色|status; Topic|主題|item; Replies|回覆數|count; Last reply|最後回覆|date; Ticket|工單|ticket; Status|狀態|status`,
		stats:   `Members|成員數|big; Posts this week|本週貼文|count; Response time|回覆時間|duration; Solved|已解決|pct; Referrals|推薦人數|count; Rewards earned|獲得獎勵|money`,
		series:  `New members per week|每週新成員; Posts by category|各分類貼文: General|一般/Events|活動/Buy and sell|買賣/Lost pets|走失寵物; Tickets by topic|各主題工單: Billing|帳務/Technical|技術問題/Account|帳號`,
		items:   `How do I reset my password?|如何重設密碼？; Community guidelines|社群守則; Welcome, new members!|歡迎新成員！; Weekly meetup recap|每週聚會回顧; Free couch, pickup only|免費沙發，限自取; Refund policy|退款政策`,
		states:  `Open|待處理; Solved|已解決; Pinned|置頂; New|新; Moderator|管理員; Pending|待確認; Online|在線`,
	},
}
