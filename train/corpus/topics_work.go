package corpus

// The vocabulary of topics (see topics.go for the format), part one:
// accounts, shopping, events, health, education, travel, money, people.

var topicSrcs = append(append(append([]topicSrc{}, topicsWork...), topicsLife...), topicsMore...)

var topicsWork = []topicSrc{
	{
		name: "account",
		nouns: `Account recovery|帳號救援; Security settings|安全性設定; Login history|登入紀錄; Device management|裝置管理; API keys|API 金鑰;
			Connected apps|已連結的應用程式; Privacy settings|隱私設定; Account deletion|刪除帳號; Email preferences|郵件偏好設定; Passkey setup|通行金鑰設定;
			Recovery codes|復原碼; Username change|變更使用者名稱; Data export|資料匯出; Account switcher|帳號切換; Role permissions|角色權限;
			Workspace settings|工作區設定; Single sign-on setup|單一登入設定; Session management|工作階段管理; User invitation|邀請使用者; Plan usage|方案用量`,
		fields: `Display name|顯示名稱; Recovery email|備用信箱|email; Phone number|手機號碼|tel; Current password|目前密碼|password; New password|新密碼|password;
			Key name|金鑰名稱; Workspace name|工作區名稱; Workspace URL|工作區網址|url; Backup code|備用碼; Security answer|安全提示答案;
			Date of birth|出生日期|date; Reason for leaving|離開原因|area; Invite message|邀請訊息|area; Username|使用者名稱; Email address|電子郵件|email`,
		choices: `Role|角色|roles: Admin|管理員/Editor|編輯者/Viewer|檢視者/Billing|帳務; Session timeout|閒置登出時間: 15 minutes|15 分鐘/1 hour|1 小時/8 hours|8 小時/Never|永不;
			Language|語言|languages: English|英文/繁體中文/日本語/Español; Export format|匯出格式|formats: CSV/JSON/PDF;
			Two-factor method|兩步驟驗證方式|methods: Authenticator app|驗證器 App/SMS|簡訊/Security key|安全金鑰; Visibility|公開範圍: Public|公開/Team only|僅限團隊/Private|私人`,
		flags:   `Two-factor authentication|兩步驟驗證; Login alerts|登入通知; Show my email|公開我的信箱; Marketing emails|行銷郵件; Dark mode|深色模式; Remember this device|記住這台裝置; Allow data sharing|允許資料分享`,
		actions: `Save changes|儲存變更; Revoke|撤銷; Generate key|產生金鑰; Sign out everywhere|登出所有裝置; Delete account|刪除帳號; Send invite|寄送邀請; Download data|下載資料; Verify|驗證; Copy|複製`,
		columns: `Device|裝置|item; Location|地點|place; Last active|最後活動|date; Key|金鑰|ref; Created|建立日期|date; Status|狀態|status; Email|電子郵件|email; Member|成員|person`,
		stats:   `Active sessions|使用中的工作階段|count; API calls today|今日 API 呼叫|big; Seats used|已用席次|count; Storage used|已用空間|size`,
		series:  `Logins per day|每日登入次數; API calls by key|各金鑰呼叫數: Production|正式環境/Staging|測試環境/Mobile app|行動 App`,
		items:   `Chrome on Mac|Mac 上的 Chrome; iPhone 15; Windows laptop|Windows 筆電; Slack; Google Drive|Google 雲端硬碟; GitHub; Profile photo|大頭照; Security questions|安全提示問題`,
		states:  `Active|使用中; Revoked|已撤銷; Pending|待確認; Verified|已驗證; Expired|已過期`,
	},
	{
		name: "commerce",
		nouns: `Wishlist|願望清單; Gift card|禮物卡; Store locator|門市查詢; Return request|退貨申請; Product comparison|商品比較; Flash sale|限時特賣;
			Size guide|尺寸指南; Coupon wallet|優惠券錢包; Subscription box|訂閱禮盒; Pre-order|預購; Bulk order|大量訂購; Shipping options|運送方式;
			Review summary|評價摘要; Seller dashboard|賣家後台; Price alert|降價通知; Loyalty points|會員點數; Back-in-stock alert|到貨通知;
			Gift wrapping|禮品包裝; Mini cart|迷你購物車; Product quick view|商品快速預覽; Store pickup|門市取貨`,
		fields: `Gift card code|禮物卡序號; Recipient name|收件人姓名; Recipient email|收件人信箱|email; Gift message|祝福留言|area; Quantity|數量|number;
			Postal code|郵遞區號; Target price|目標價格|number; Order number|訂單編號; Promo code|優惠碼; Delivery date|到貨日期|date;
			Company name|公司名稱; Return reason|退貨原因|area; Card number|卡號; Expiry|有效期限; CVC|安全碼`,
		choices: `Size|尺寸|sizes: XS/S/M/L/XL; Color|顏色|colors: Black|黑色/White|白色/Navy|深藍/Olive|橄欖綠/Sand|沙色; Sort by|排序: Newest|最新/Price: low to high|價格由低到高/Best selling|最暢銷/Top rated|評價最高;
			Delivery|配送方式|delivery options: Standard|標準配送/Express|快速到貨/Same day|當日送達/Store pickup|門市取貨; Gift amount|禮物卡金額|amounts: $25/$50/$100/$200;
			Return method|退貨方式|return methods: Drop-off|門市退貨/Courier pickup|宅配收件/Mail|郵寄`,
		flags:   `Gift wrap|禮品包裝; Notify me when it's back|到貨時通知我; Subscribe and save|定期購省更多; Express checkout|快速結帳; Include receipt|附上收據; Save for later|稍後購買`,
		actions: `Add to bag|加入購物袋; Add to cart|加入購物車; Buy now|立即購買; Apply|套用; Check balance|查詢餘額; Start return|申請退貨; Notify me|通知我; Find stores|搜尋門市; Compare|比較; Place order|送出訂單`,
		columns: `Product|商品|item; SKU|SKU|sku; Price|價格|price; Qty|數量|count; Order|訂單|order; Total|金額|price; Status|狀態|status; Customer|客戶|person; Date|日期|date; Store|門市|place`,
		stats:   `Revenue|營收|money; Orders|訂單數|big; Average order|平均客單價|price; Conversion rate|轉換率|pct; Returns|退貨數|count; Points balance|點數餘額|big`,
		series:  `Sales by month|每月銷售; Orders by channel|各通路訂單: Web|網站/App|App/Store|門市/Marketplace|電商平台; Top categories|熱門類別: Shoes|鞋類/Bags|包款/Tops|上衣/Accessories|配件`,
		items:   `Free returns within 30 days|30 天內免費退貨; Ships in 2 days|2 天內出貨; Members get 10% off|會員享九折; Gift receipt included|附禮物收據; Pickup in store|門市取貨; Price match guarantee|保證最低價`,
		states:  `In stock|有貨; Low stock|庫存不多; Sold out|已售完; On sale|特價中; Shipped|已出貨; Delivered|已送達; Refunded|已退款`,
	},
	{
		name: "events",
		nouns: `Conference agenda|研討會議程; Ticket selection|票券選擇; Speaker profile|講者介紹; Event check-in|活動報到; Seating chart|座位表; RSVP|出席回覆;
			Volunteer signup|志工報名; Wedding guest list|婚禮賓客名單; Venue booking|場地預約; Workshop registration|工作坊報名; Festival lineup|音樂節陣容;
			Meetup page|聚會頁面; Raffle entry|抽獎登記; Badge printing|名牌列印; Session feedback|場次回饋; Event countdown|活動倒數; Hackathon signup|黑客松報名;
			Award nominations|獎項提名; Webinar registration|線上講座報名; Exhibitor directory|參展商名錄`,
		fields: `Attendee name|參加者姓名; Email|電子郵件|email; Company|公司; Job title|職稱; Number of tickets|票數|number; Dietary requirements|飲食需求|area;
			Arrival time|抵達時間|time; Event date|活動日期|date; Team name|隊伍名稱; Plus-one name|同行者姓名; Badge name|名牌名稱; Nominee|被提名人;
			Why this nominee?|提名理由|area; Session title|場次名稱; Promo code|優惠碼`,
		choices: `Ticket type|票種|ticket types: General|一般票/VIP/Student|學生票/Early bird|早鳥票; Meal|餐點|meals: Chicken|雞肉/Fish|魚/Vegetarian|素食/Vegan|全素;
			Track|議程軌|tracks: Design|設計/Engineering|工程/Product|產品/Business|商業; T-shirt size|T恤尺寸|sizes: S/M/L/XL/XXL;
			Attending|是否出席: Yes|會出席/No|不克出席/Maybe|不確定; Shift|班別|shifts: Morning|早班/Afternoon|午班/Evening|晚班`,
		flags:   `Add to calendar|加入行事曆; Send me reminders|寄送提醒; Wheelchair access needed|需要無障礙設施; Share my contact with sponsors|同意提供聯絡資料給贊助商; Attending the dinner|參加晚宴; Public profile|公開個人檔案`,
		actions: `Register|報名; Get tickets|購票; Check in|報到; RSVP|回覆出席; Add to calendar|加入行事曆; Print badge|列印名牌; Join waitlist|加入候補; Submit nomination|送出提名; Buy tickets|購買票券`,
		columns: `Session|場次|item; Speaker|講者|person; Time|時間|time; Room|場地|item; Guest|賓客|person; Table|桌號|count; Ticket|票種|status; Checked in|報到時間|time; Date|日期|date`,
		stats:   `Registered|已報名|big; Checked in|已報到|count; Tickets left|剩餘票數|count; Days to go|倒數天數|count; Revenue|票房收入|money`,
		series:  `Registrations per week|每週報名人數; Tickets by type|各票種數量: General|一般票/VIP/Student|學生票/Early bird|早鳥票`,
		items:   `Opening keynote|開幕主題演講; Lunch break|午餐休息; Panel discussion|座談會; Networking drinks|交流酒會; Closing remarks|閉幕致詞; Lightning talks|閃電講; Workshop A|工作坊 A`,
		states:  `Sold out|已售完; Few left|即將售完; Confirmed|已確認; Waitlisted|候補中; Checked in|已報到; Cancelled|已取消`,
	},
	{
		name: "health",
		nouns: `Patient intake|病患初診; Appointment booking|門診預約; Medication reminder|用藥提醒; Symptom checker|症狀自我檢測; Lab results|檢驗報告;
			Vaccination record|疫苗接種紀錄; Telehealth waiting room|視訊看診候診室; Prescription refill|處方續領; Blood pressure log|血壓紀錄; Sleep tracker|睡眠追蹤;
			Meal planner|餐點規劃; Therapy session notes|諮商紀錄; Bed availability|病床狀態; Doctor profile|醫師介紹; Insurance claim|保險理賠;
			Water intake tracker|喝水紀錄; Pharmacy finder|藥局查詢; Mood journal|心情日記; Pregnancy tracker|孕期追蹤; Dental checkup|牙齒檢查`,
		fields: `Patient ID|病歷號碼; Full name|姓名; Date of birth|出生日期|date; Insurance number|保險卡號; Allergies|過敏史|area; Current medications|目前用藥|area;
			Weight|體重|number; Height|身高|number; Symptoms|症狀描述|area; Emergency contact|緊急聯絡人; Emergency phone|緊急聯絡電話|tel; Dosage|劑量;
			Reminder time|提醒時間|time; Preferred date|希望日期|date; Pharmacy|藥局`,
		choices: `Blood type|血型|blood types: A/B/AB/O; Department|科別|departments: Family medicine|家醫科/Pediatrics|小兒科/Dermatology|皮膚科/Cardiology|心臟內科;
			Pain level|疼痛程度: None|無/Mild|輕微/Moderate|中等/Severe|嚴重; Frequency|頻率|frequencies: Once a day|一天一次/Twice a day|一天兩次/Every 8 hours|每 8 小時/As needed|需要時;
			Visit type|看診方式|visit types: In person|親自看診/Video|視訊/Phone|電話; Mood|心情|moods: Great|很好/Okay|還好/Low|低落/Anxious|焦慮`,
		flags:   `Send SMS reminders|簡訊提醒; First visit|初診; I have insurance|我有保險; Share with my doctor|分享給醫師; Fasting required|需空腹; Smoker|吸菸`,
		actions: `Book appointment|預約掛號; Refill|續領; Start visit|開始看診; Log reading|記錄數值; Save entry|儲存紀錄; Submit claim|送出理賠; Find pharmacy|尋找藥局; Join call|加入通話; Reschedule|改期`,
		columns: `Test|檢驗項目|item; Result|結果|score; Date|日期|date; Doctor|醫師|person; Dose|劑量|qty; Time|時間|time; Reading|數值|bpm; Ward|病房|item; Status|狀態|status`,
		stats:   `Heart rate|心率|bpm; Steps|步數|big; Sleep|睡眠|duration; Water|喝水量|count; Weight|體重|weight; Beds free|空床數|count`,
		series:  `Blood pressure this week|本週血壓; Sleep by night|每晚睡眠; Visits by department|各科門診量: Family medicine|家醫科/Pediatrics|小兒科/Dermatology|皮膚科/Cardiology|心臟內科`,
		items:   `Take with food|隨餐服用; Drink 8 glasses of water|喝 8 杯水; 30 minutes of walking|散步 30 分鐘; Bring your insurance card|攜帶健保卡; No caffeine after 2 pm|下午兩點後不喝咖啡; Blood test|抽血檢查`,
		states:  `Normal|正常; High|偏高; Low|偏低; Pending|待出報告; Confirmed|已確認; Available|可預約; Full|已額滿`,
	},
	{
		name: "education",
		nouns: `Course catalog|課程目錄; Assignment submission|作業繳交; Gradebook|成績簿; Class schedule|課表; Quiz results|測驗結果; Student profile|學生資料;
			Attendance sheet|點名表; Library checkout|圖書借閱; Scholarship application|獎學金申請; Lesson plan|教案; Flashcard deck|單字卡; Course enrollment|選課;
			Parent-teacher meeting|親師座談; Exam timetable|考試時間表; Study planner|讀書計畫; Tutor booking|家教預約; Certificate|結業證書; Campus map|校園地圖;
			Reading log|閱讀紀錄; Club signup|社團報名`,
		fields: `Student ID|學號; Student name|學生姓名; Assignment title|作業標題; Due date|截止日期|date; Essay|作文|area; Grade|成績|number; Course code|課程代碼;
			Book title|書名; ISBN; GPA|GPA|number; Personal statement|自傳|area; Parent email|家長信箱|email; Class|班級; Question|題目; Answer|答案|area`,
		choices: `Semester|學期|semesters: Fall 2025|2025 秋季/Spring 2026|2026 春季/Summer 2026|2026 夏季; Level|程度|levels: Beginner|初級/Intermediate|中級/Advanced|高級;
			Subject|科目|subjects: Math|數學/Biology|生物/History|歷史/English|英文/Chemistry|化學; Grade level|年級|grades: Grade 7|七年級/Grade 8|八年級/Grade 9|九年級;
			Answer|答案|answers: A/B/C/D; Format|上課方式|formats: Online|線上/In person|實體/Hybrid|混合`,
		flags:   `Email my parents|通知家長; Late submission|逾期繳交; Show answers|顯示答案; Audit only|旁聽; Need a locker|需要置物櫃; Shuffle cards|隨機排序`,
		actions: `Submit assignment|繳交作業; Enroll|選課; Check out|借閱; Start quiz|開始測驗; Flip card|翻卡; Download certificate|下載證書; Save grades|儲存成績; Apply|申請; Mark present|標記出席`,
		columns: `Student|學生|person; Course|課程|item; Grade|成績|score; Due|截止日|date; Teacher|老師|person; Room|教室|item; Time|時間|time; Status|狀態|status; Credits|學分|count`,
		stats:   `Average grade|平均成績|score; Attendance|出席率|pct; Credits earned|已修學分|count; Assignments due|待交作業|count; Books borrowed|借閱中|count`,
		series:  `Grades by subject|各科成績: Math|數學/Biology|生物/History|歷史/English|英文; Study hours per day|每日讀書時數; Attendance by week|每週出席率`,
		items:   `Algebra II|代數二; World History|世界史; Intro to Python|Python 入門; Organic Chemistry|有機化學; Creative Writing|創意寫作; Chapter 4 reading|第四章閱讀; Lab report|實驗報告`,
		states:  `Submitted|已繳交; Late|逾期; Graded|已評分; Missing|未繳; Enrolled|已選課; Waitlisted|候補; Passed|通過`,
	},
	{
		name: "travel",
		nouns: `Flight status|航班狀態; Hotel booking|飯店訂房; Trip itinerary|旅遊行程; Boarding pass|登機證; Car rental|租車; Visa application|簽證申請;
			Travel insurance|旅遊保險; Seat selection|選位; Baggage tracker|行李追蹤; Currency converter|匯率換算; Tour booking|導覽預約; Packing list|行李清單;
			Train tickets|火車票; Hostel check-in|青年旅館入住; Trip budget|旅行預算; Travel journal|旅遊日誌; Airport lounge|機場貴賓室; Cruise booking|郵輪預訂;
			Ferry timetable|渡輪時刻表; Travel checklist|出國檢查清單`,
		fields: `Passport number|護照號碼; Nationality|國籍; Departure date|出發日期|date; Return date|回程日期|date; Destination|目的地; Travelers|旅客人數|number;
			Confirmation code|確認代碼; Check-in date|入住日期|date; Check-out date|退房日期|date; Pickup location|取車地點; Drop-off location|還車地點;
			Flight number|航班號碼; Amount|金額|number; Notes|備註|area; Frequent flyer number|會員卡號`,
		choices: `Cabin class|艙等|cabin classes: Economy|經濟艙/Premium economy|豪華經濟艙/Business|商務艙/First|頭等艙; Room type|房型|room types: Single|單人房/Double|雙人房/Twin|雙床房/Suite|套房;
			Car type|車型|car types: Compact|小型車/SUV|休旅車/Van|廂型車/Electric|電動車; Currency|幣別|currencies: USD/EUR/JPY/TWD/GBP;
			Seat|座位偏好|seats: Window|靠窗/Aisle|靠走道/Middle|中間; Trip type|行程類型: One way|單程/Round trip|來回/Multi-city|多點`,
		flags:   `Add travel insurance|加購旅平險; Breakfast included|含早餐; Free cancellation|可免費取消; Extra baggage|加購行李; Airport transfer|機場接送; Flexible dates|彈性日期`,
		actions: `Search flights|搜尋航班; Book now|立即預訂; Check in|辦理登機; Select seat|選擇座位; Track bag|追蹤行李; Convert|換算; Add stop|新增停留點; Download pass|下載登機證; Reserve|預訂`,
		columns: `Flight|航班|flight; From|出發地|place; To|目的地|place; Departs|出發|time; Gate|登機門|ref; Status|狀態|status; Date|日期|date; Hotel|飯店|company; Price|價格|price; Booking ref|訂位代號|ref`,
		stats:   `Trip budget|旅行預算|money; Spent so far|已花費|money; Days left|剩餘天數|count; Distance|里程|distance; Countries visited|去過的國家|count`,
		series:  `Spending by category|各類花費: Flights|機票/Hotels|住宿/Food|餐飲/Activities|活動; Prices by month|每月票價; Visitors by country|各國旅客: Japan|日本/Korea|韓國/USA|美國/Thailand|泰國`,
		items:   `Passport|護照; Phone charger|手機充電器; Travel adapter|轉接頭; Sunscreen|防曬乳; Boarding pass|登機證; Swimsuit|泳衣; Day 1 · Arrival|第一天 · 抵達; Day 2 · Old town walk|第二天 · 老城散步`,
		states:  `On time|準時; Delayed|延誤; Boarding|登機中; Cancelled|取消; Confirmed|已確認; Checked in|已報到; Landed|已抵達`,
	},
	{
		name: "finance",
		nouns: `Expense report|費用報銷; Budget planner|預算規劃; Loan calculator|貸款試算; Invoice generator|發票產生器; Portfolio overview|投資組合總覽;
			Stock watchlist|股票觀察清單; Tax return|報稅; Money transfer|轉帳; Bill pay|繳費; Savings goal|儲蓄目標; Crypto wallet|加密貨幣錢包; Credit score|信用分數;
			Payroll summary|薪資摘要; Receipt scanner|收據掃描; Bill splitter|分帳; Mortgage application|房貸申請; Currency exchange|外幣兌換; Insurance quote|保險報價;
			Subscription tracker|訂閱管理; Net worth|資產淨值`,
		fields: `Amount|金額|number; Recipient|收款人; Account number|帳號; Routing number|銀行代碼; Memo|備註; Loan amount|貸款金額|number; Interest rate|利率|number;
			Term in years|年期|number; Merchant|商家; Transaction date|交易日期|date; Goal name|目標名稱; Target amount|目標金額|number; Annual income|年收入|number;
			Tax ID|統一編號; Description|說明|area`,
		choices: `Category|類別|categories: Travel|差旅/Meals|餐費/Office|辦公/Software|軟體/Other|其他; Account|帳戶|accounts: Checking|活存/Savings|儲蓄/Credit card|信用卡;
			Repeat|重複|schedules: Once|一次/Weekly|每週/Monthly|每月/Yearly|每年; Risk level|風險等級|risk levels: Conservative|保守/Balanced|穩健/Aggressive|積極;
			Currency|幣別|currencies: USD/EUR/GBP/JPY/TWD; Split|分攤方式|ways to split: Equally|平均分攤/By amount|依金額/By percentage|依比例`,
		flags:   `Recurring|定期; Billable to client|可向客戶請款; Round-up savings|零錢存錢; Notify recipient|通知收款人; Autopay|自動扣款; Include receipts|附上收據`,
		actions: `Send money|轉帳; Pay bill|繳費; Calculate|試算; Submit report|送出報銷; Add expense|新增支出; Buy|買進; Sell|賣出; Export CSV|匯出 CSV; Scan receipt|掃描收據; Transfer|轉帳`,
		columns: `Date|日期|date; Merchant|商家|company; Category|類別|status; Amount|金額|price; Symbol|代號|sku; Price|價格|price; Change|漲跌|pct; Invoice|發票|invoice; Due|到期日|date; Payee|收款人|person`,
		stats:   `Balance|餘額|money; Income|收入|money; Expenses|支出|money; Savings rate|儲蓄率|pct; Credit score|信用分數|count; Portfolio value|投資組合價值|money; Monthly payment|每月還款|price`,
		series:  `Spending by category|支出分類: Rent|房租/Food|餐飲/Transport|交通/Shopping|購物/Bills|帳單; Net worth over time|資產淨值變化; Portfolio allocation|資產配置: Stocks|股票/Bonds|債券/Cash|現金/Crypto|加密貨幣`,
		items:   `Rent|房租; Electricity bill|電費; Netflix|Netflix; Gym membership|健身房月費; Car insurance|汽車保險; Emergency fund|緊急預備金; Vacation fund|旅遊基金`,
		states:  `Paid|已付款; Due soon|即將到期; Overdue|逾期; Pending|處理中; Approved|已核准; Rejected|已退回; On track|進度正常`,
	},
	{
		name: "hr",
		nouns: `Job posting|職缺刊登; Candidate pipeline|應徵者流程; Interview scheduler|面試排程; Leave request|請假申請; Timesheet|工時表; Performance review|績效考核;
			Employee directory|員工通訊錄; Onboarding checklist|新人報到清單; Org chart|組織圖; Shift schedule|排班表; Expense approval|費用核准; Benefits enrollment|福利方案登記;
			Exit survey|離職問卷; Training tracker|訓練進度; Overtime request|加班申請; Payslip|薪資單; Employee referral|內部推薦; Job offer|錄取通知; Team roster|團隊名單; Desk booking|座位預約`,
		fields: `Job title|職稱; Department|部門; Salary range|薪資範圍; Start date|開始日期|date; End date|結束日期|date; Hours|時數|number; Candidate name|應徵者姓名;
			Interview date|面試日期|date; Interview time|面試時間|time; Manager|主管; Employee ID|員工編號; Goals|目標|area; Feedback|回饋|area; Work email|公司信箱|email; Mobile|手機|tel`,
		choices: `Leave type|假別|leave types: Annual leave|特休/Sick leave|病假/Personal leave|事假/Parental leave|育嬰假; Employment type|僱用類型|employment types: Full-time|全職/Part-time|兼職/Contract|約聘/Intern|實習;
			Rating|評等|ratings: Exceeds|超越期望/Meets|符合期望/Below|低於期望; Location|工作地點|locations: Remote|遠端/Taipei office|台北辦公室/Hybrid|混合;
			Stage|階段|stages: Applied|已投遞/Screening|初篩/Interview|面試/Offer|錄取; Shift|班別|shifts: Day|日班/Evening|晚班/Night|大夜班`,
		flags:   `Half day|半天; Remote friendly|可遠端; Notify my manager|通知主管; Visa sponsorship|提供簽證; Anonymous|匿名; Include dental|含牙醫保險`,
		actions: `Submit request|送出申請; Approve|核准; Reject|退回; Schedule interview|安排面試; Post job|刊登職缺; Send offer|寄出錄取通知; Clock in|上班打卡; Clock out|下班打卡; Save draft|儲存草稿`,
		columns: `Employee|員工|person; Role|職稱|item; Department|部門|status; Start date|到職日|date; Hours|時數|count; Manager|主管|person; Date|日期|date; Stage|階段|status; Location|地點|place`,
		stats:   `Headcount|員工人數|big; Open roles|職缺|count; Leave balance|剩餘特休|count; Hours this week|本週工時|count; Retention|留任率|pct; Time to hire|平均招募天數|count`,
		series:  `Hires per quarter|每季新進; Headcount by team|各團隊人數: Engineering|工程/Sales|業務/Design|設計/Support|客服; Hours by day|每日工時`,
		items:   `Sign the contract|簽署合約; Set up laptop|設定筆電; Meet your buddy|認識你的夥伴; Security training|資安訓練; Benefits overview|福利說明; First week goals|第一週目標`,
		states:  `Approved|已核准; Pending|待審核; Rejected|已退回; On leave|休假中; Hired|已錄取; Interviewing|面試中; Remote|遠端`,
	},
}
