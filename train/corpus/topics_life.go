package corpus

// The vocabulary of topics, part two: devices, media, law, homes, games,
// government, charities, logistics.

var topicsLife = []topicSrc{
	{
		name: "iot",
		nouns: `Smart thermostat|智慧溫控; Device pairing|裝置配對; Security camera|監視攝影機; Energy monitor|能源監控; Smart lock|智慧門鎖; Plant watering|植物澆水;
			Air quality monitor|空氣品質監測; Lighting scenes|燈光情境; Garage door|車庫門; Sensor alerts|感測器警報; Robot vacuum|掃地機器人; Solar panels|太陽能板;
			EV charger|電動車充電樁; Fleet tracker|車隊追蹤; Aquarium controller|水族箱控制器; Greenhouse monitor|溫室監測; Baby monitor|嬰兒監視器;
			Smart fridge|智慧冰箱; Water heater control|熱水器控制; Doorbell camera|門鈴攝影機`,
		fields: `Device name|裝置名稱; Wi-Fi network|Wi-Fi 名稱; Wi-Fi password|Wi-Fi 密碼|password; Serial number|序號; Pairing code|配對碼; Target temperature|目標溫度|number;
			Start time|開始時間|time; End time|結束時間|time; Access code|門禁密碼|password; Room|房間; Alert threshold|警報門檻|number; Firmware version|韌體版本;
			Vehicle ID|車輛編號; Guest name|訪客姓名; Expires on|到期日|date`,
		choices: `Mode|模式|modes: Heat|暖氣/Cool|冷氣/Auto|自動/Off|關閉; Fan speed|風速|speeds: Low|低/Medium|中/High|高; Scene|情境|scenes: Movie night|電影模式/Reading|閱讀/Dinner|晚餐/Away|外出;
			Room|房間|rooms: Living room|客廳/Kitchen|廚房/Bedroom|臥室/Office|書房/Garage|車庫; Schedule|排程|schedules: Every day|每天/Weekdays|平日/Weekends|週末;
			Cleaning mode|清掃模式|cleaning modes: Quiet|安靜/Standard|標準/Turbo|強力`,
		flags:   `Eco mode|節能模式; Motion alerts|移動偵測通知; Auto-lock|自動上鎖; Night vision|夜視; Away mode|外出模式; Child lock|童鎖; Notifications|通知`,
		actions: `Pair device|配對裝置; Unlock|解鎖; Lock|上鎖; Start cleaning|開始清掃; Water now|立即澆水; Open|開啟; Close|關閉; Start charging|開始充電; Stop|停止; Save schedule|儲存排程`,
		columns: `Device|裝置|item; Room|房間|status; Battery|電量|pct; Last seen|最後上線|time; Reading|讀數|temp; Event|事件|status; Time|時間|when; Vehicle|車輛|plate; Driver|駕駛|person; Speed|速度|distance`,
		stats:   `Indoor temperature|室內溫度|temp; Humidity|濕度|pct; Energy today|今日用電|energy; Solar output|太陽能發電|energy; Devices online|在線裝置|count; Battery|電量|pct; Soil moisture|土壤濕度|pct`,
		series:  `Temperature today|今日溫度; Energy use by room|各房間用電: Kitchen|廚房/Living room|客廳/Bedroom|臥室/Office|書房; Power output this week|本週發電量`,
		items:   `Front door|前門; Back yard camera|後院攝影機; Hallway light|走廊燈; Bedroom AC|臥室冷氣; Kitchen sensor|廚房感測器; Van 12|12 號貨車; Tomato bed|番茄苗床`,
		states:  `Online|在線; Offline|離線; Locked|已上鎖; Unlocked|未上鎖; Charging|充電中; Motion detected|偵測到移動; Low battery|電量低`,
	},
	{
		name: "media",
		nouns: `Podcast episode|Podcast 單集; Playlist editor|播放清單編輯; Video upload|影片上傳; Photo editor|照片編輯; Streaming settings|串流設定; Movie details|電影資訊;
			Artist page|藝人頁面; Audiobook player|有聲書播放器; Radio station|廣播電台; Newsletter editor|電子報編輯器; Content calendar|內容行事曆; Comment moderation|留言審核;
			Subtitle settings|字幕設定; Live stream|直播; Album review|專輯評論; Book details|書籍資訊; Reading list|閱讀清單; Watch party|一起看; Creator studio|創作者工作室;
			Photo album|相簿`,
		fields: `Title|標題; Description|說明|area; Tags|標籤; Episode number|集數|number; Publish date|發布日期|date; Publish time|發布時間|time; Playlist name|播放清單名稱;
			Video URL|影片網址|url; Caption|說明文字|area; Subject line|信件主旨; Author|作者; Guest|來賓; Channel name|頻道名稱; Stream key|串流金鑰|password; Thumbnail URL|縮圖網址|url`,
		choices: `Visibility|公開設定: Public|公開/Unlisted|不公開/Private|私人; Quality|畫質|qualities: 480p/720p/1080p/4K; Genre|類型|genres: Comedy|喜劇/Drama|劇情/Documentary|紀錄片/Sci-fi|科幻;
			Subtitle language|字幕語言|languages: Off|關閉/English|英文/中文/日本語; Playback speed|播放速度|speeds: 0.75x/1x/1.25x/1.5x/2x; Filter|濾鏡|filters: None|無/Warm|暖色/Mono|黑白/Vivid|鮮豔`,
		flags:   `Allow comments|允許留言; Autoplay next|自動播放下一集; Explicit|含成人內容; Notify subscribers|通知訂閱者; Shuffle|隨機播放; Download over Wi-Fi only|僅用 Wi-Fi 下載; Show captions|顯示字幕`,
		actions: `Upload|上傳; Publish|發布; Play|播放; Save playlist|儲存播放清單; Go live|開始直播; Approve|核准; Hide|隱藏; Schedule|排程; Apply filter|套用濾鏡; Subscribe|訂閱`,
		columns: `Title|標題|item; Views|觀看次數|big; Likes|按讚數|big; Published|發布日期|date; Duration|長度|duration; Author|作者|person; Status|狀態|status; Comments|留言數|count`,
		stats:   `Subscribers|訂閱者|big; Views this month|本月觀看|big; Watch time|觀看時數|duration; Listeners|聽眾|big; Average rating|平均評分|rating; Downloads|下載次數|big`,
		series:  `Views per day|每日觀看; Audience by age|觀眾年齡: 18–24/25–34/35–44/45+; Listeners by country|各國聽眾: Taiwan|台灣/USA|美國/Japan|日本/UK|英國`,
		items:   `Episode 12 · The long game|第 12 集 · 長期戰; Behind the scenes|幕後花絮; Season finale|季末完結篇; Bonus track|隱藏曲目; Interview with the director|導演專訪; Trailer|預告片`,
		states:  `Published|已發布; Draft|草稿; Scheduled|已排程; Live|直播中; Processing|處理中; Flagged|已檢舉; New|新`,
	},
	{
		name: "legal",
		nouns: `Contract review|合約審閱; E-signature|電子簽章; Case tracker|案件追蹤; NDA request|保密協議申請; Consent form|同意書; Terms acceptance|條款同意;
			Document vault|文件保管箱; Compliance checklist|法遵檢核表; Incident report|事件通報; Trademark search|商標查詢; Legal intake|法律諮詢登記;
			Policy acknowledgment|政策確認; Data access request|個資查詢申請; Court date reminder|開庭提醒; Power of attorney|授權書; Will planner|遺囑規劃;
			Claim filing|求償申請; Conflict check|利益衝突檢查`,
		fields: `Full legal name|法定姓名; Case number|案號; Counterparty|相對人; Effective date|生效日期|date; Signature|簽名; Witness name|見證人姓名; Hearing date|開庭日期|date;
			Incident date|事件日期|date; Incident time|發生時間|time; What happened?|事件經過|area; Mark name|商標名稱; Company registration number|公司統編; Email|電子郵件|email;
			Phone|電話|tel; Claim amount|求償金額|number`,
		choices: `Matter type|案件類型|matter types: Employment|勞動/Contract|契約/Family|家事/Property|不動產; Jurisdiction|管轄|jurisdictions: Taiwan|台灣/California|加州/New York|紐約/England|英格蘭;
			Severity|嚴重程度|severity levels: Low|低/Medium|中/High|高/Critical|嚴重; Document type|文件類型|document types: NDA|保密協議/Lease|租約/Invoice|發票/Policy|政策;
			Request type|申請類型|request types: Access|查閱/Correction|更正/Deletion|刪除`,
		flags:   `I have read the terms|我已閱讀條款; Sign electronically|電子簽署; Urgent|緊急; Keep confidential|保密; Send a copy to my email|寄一份到我的信箱; Witness required|需要見證人`,
		actions: `Sign|簽署; Decline|拒絕; Upload document|上傳文件; Request review|申請審閱; Accept|接受; Search|查詢; File claim|提出申請; Download PDF|下載 PDF; Send for signature|送出簽署`,
		columns: `Document|文件|item; Client|委託人|person; Case|案件|ticket; Filed|提出日期|date; Status|狀態|status; Deadline|期限|date; Lawyer|律師|person; Amount|金額|money`,
		stats:   `Open cases|進行中案件|count; Signed|已簽署|count; Awaiting signature|待簽署|count; Billable hours|可請款時數|count; Days to hearing|距開庭天數|count`,
		series:  `Cases by type|案件類型: Employment|勞動/Contract|契約/Family|家事/Property|不動產; Cases opened per month|每月新案件`,
		items:   `Master services agreement|主服務合約; Employee handbook|員工手冊; Privacy policy|隱私權政策; Lease agreement|租賃合約; Section 4.2 liability|第 4.2 條責任; Exhibit A|附件 A`,
		states:  `Signed|已簽署; Awaiting signature|待簽署; In review|審閱中; Filed|已提出; Closed|已結案; Urgent|緊急; Expired|已失效`,
	},
	{
		name: "realestate",
		nouns: `Property listing|物件刊登; Open house signup|看屋登記; Rental application|租屋申請; Mortgage calculator|房貸試算; Floor plan viewer|平面圖檢視; Agent contact|聯絡仲介;
			Maintenance request|報修申請; Lease renewal|租約續約; Tenant portal|房客入口; Property comparison|物件比較; Neighborhood guide|社區指南; Home valuation|房屋估價;
			Rent payment|繳房租; Move-in checklist|入住檢查表; HOA notice|管委會公告; Vacation rental|度假民宿; Roommate finder|找室友; Parking space rental|車位出租`,
		fields: `Address|地址; Monthly rent|月租金|number; Move-in date|入住日期|date; Bedrooms|房間數|number; Bathrooms|衛浴數|number; Square feet|坪數|number; Annual income|年收入|number;
			Current address|目前住址; Employer|雇主; Describe the issue|問題描述|area; Unit number|門牌號碼; Preferred time|方便時間|time; Home price|房價|number; Down payment|頭期款|number; Email|電子郵件|email`,
		choices: `Property type|物件類型|property types: Apartment|公寓/House|透天/Condo|大樓/Studio|套房; Issue|問題類型|issues: Plumbing|水管/Electrical|電路/Heating|暖氣/Appliance|家電;
			Lease term|租期|lease terms: 6 months|6 個月/12 months|12 個月/24 months|24 個月; Loan term|貸款年限|loan terms: 15 years|15 年/20 years|20 年/30 years|30 年;
			Pets|寵物: None|無/Cat|貓/Dog|狗/Other|其他; Viewing slot|看屋時段|viewing slots: Sat 10:00|週六 10:00/Sat 14:00|週六 14:00/Sun 11:00|週日 11:00`,
		flags:   `Pets allowed|可養寵物; Furnished|附家具; Parking included|含車位; Permission to enter|同意進入屋內; Auto-renew|自動續約; Email me similar homes|寄給我類似物件`,
		actions: `Apply now|立即申請; Schedule viewing|預約看屋; Calculate|試算; Pay rent|繳房租; Submit request|送出報修; Contact agent|聯絡仲介; Renew lease|續約; Save listing|收藏物件`,
		columns: `Address|地址|item; Price|價格|money; Beds|房數|count; Baths|衛浴|count; Size|坪數|count; Status|狀態|status; Agent|仲介|person; Listed|刊登日期|date; Rent|租金|money`,
		stats:   `Estimated value|估計價值|money; Monthly payment|每月還款|money; Days on market|上架天數|count; Occupancy|入住率|pct; Open requests|待處理報修|count; Rent due|應繳租金|money`,
		series:  `Price history|歷年價格; Homes sold per month|每月成交量; Requests by type|報修類型: Plumbing|水管/Electrical|電路/Heating|暖氣/Appliance|家電`,
		items:   `12 Harbor View Rd|港景路 12 號; 3-bedroom condo|三房電梯大樓; Garden studio|庭院套房; Check smoke alarms|檢查煙霧偵測器; Photograph each room|拍下每個房間; Collect keys|領取鑰匙`,
		states:  `For sale|出售中; For rent|出租中; Pending|議價中; Sold|已售出; Open|待處理; Scheduled|已排定; Fixed|已修復`,
	},
	{
		name: "gaming",
		nouns: `Character creator|角色創建; Match lobby|對戰大廳; Game settings|遊戲設定; Achievements|成就; Inventory|背包; Tournament bracket|賽程表; Clan page|公會頁面;
			Store bundle|商城禮包; Player stats|玩家數據; Match history|對戰紀錄; Friend list|好友名單; Daily rewards|每日獎勵; Season pass|季票; Server browser|伺服器列表;
			Loadout|裝備配置; Quest log|任務日誌; Pause menu|暫停選單; Game over|遊戲結束; Level select|關卡選擇; Trading post|交易所`,
		fields: `Character name|角色名稱; Clan tag|公會標籤; Lobby name|大廳名稱; Lobby password|大廳密碼|password; Gamer tag|玩家 ID; Message|訊息|area; Redeem code|兌換碼;
			Max players|人數上限|number; Team name|隊伍名稱; Bid|出價|number; Search players|搜尋玩家|search; Bio|簡介|area`,
		choices: `Class|職業|classes: Warrior|戰士/Mage|法師/Rogue|盜賊/Healer|補師; Difficulty|難度|difficulties: Easy|簡單/Normal|普通/Hard|困難/Nightmare|惡夢;
			Region|伺服器區域|regions: Asia|亞洲/Europe|歐洲/North America|北美/Oceania|大洋洲; Game mode|遊戲模式|game modes: Solo|單人/Duo|雙人/Squad|小隊/Ranked|排位;
			Graphics|畫質|graphics presets: Low|低/Medium|中/High|高/Ultra|極高; Map|地圖|maps: Desert|沙漠/Harbor|港口/Skyline|天際線/Frozen Lake|冰湖`,
		flags:   `Voice chat|語音聊天; Show FPS|顯示 FPS; Invert Y axis|反轉 Y 軸; Crossplay|跨平台; Private lobby|私人房間; Vibration|震動; Subtitles|字幕`,
		actions: `Play|開始遊戲; Ready|準備; Join match|加入對戰; Claim reward|領取獎勵; Equip|裝備; Buy|購買; Invite|邀請; Quit|離開; Retry|再試一次; Resume|繼續遊戲; Save|儲存`,
		columns: `Player|玩家|person; Score|分數|score; Kills|擊殺|count; Rank|排名|count; Level|等級|level; Map|地圖|item; Result|結果|status; Ping|延遲|count; Date|日期|date`,
		stats:   `Wins|勝場|count; Win rate|勝率|pct; K/D ratio|K/D 比|rating; Hours played|遊戲時數|count; Gold|金幣|big; Rank|排名|count; XP|經驗值|big`,
		series:  `XP per day|每日經驗值; Wins by mode|各模式勝場: Solo|單人/Duo|雙人/Squad|小隊/Ranked|排位; Matches per week|每週場數`,
		items:   `Iron sword|鐵劍; Health potion|治療藥水; Dragon scale shield|龍鱗盾; Speed boots|疾行靴; Win 3 matches|贏得 3 場; Collect 500 gold|收集 500 金幣; Legendary skin|傳說造型`,
		states:  `Online|在線; In game|遊戲中; Away|離開; Victory|勝利; Defeat|落敗; Unlocked|已解鎖; Locked|未解鎖; Legendary|傳說`,
	},
	{
		name: "government",
		nouns: `Permit application|許可申請; Tax payment|稅款繳納; Voter registration|選民登記; Public feedback|民意回饋; Pothole report|坑洞通報; License renewal|證照更新;
			Benefits application|補助申請; Census survey|人口普查; Parking permit|停車證; Service request|市民服務申請; Fine payment|罰款繳納; Public meeting agenda|公聽會議程;
			Recycling schedule|回收時間表; Passport renewal|護照換發; Library card signup|借書證申請; Business registration|商業登記; Building inspection|建築查驗; Jury duty response|陪審回覆`,
		fields: `National ID|身分證字號; Full name|姓名; Address|地址; Date of birth|出生日期|date; Phone|電話|tel; Email|電子郵件|email; License number|證號;
			Plate number|車牌號碼; Citation number|罰單號碼; Location|地點; Describe the problem|問題描述|area; Household size|家戶人數|number; Business name|商號名稱;
			Requested date|申請日期|date; Comments|意見|area`,
		choices: `Permit type|許可類型|permit types: Building|建築/Event|活動/Street vendor|攤販/Parking|停車; District|行政區|districts: North|北區/Central|中區/East|東區/South|南區;
			Issue type|問題類型|issue types: Pothole|坑洞/Streetlight|路燈/Graffiti|塗鴉/Trash|垃圾; Party|政黨|parties: None|無/Independent|無黨籍/Other|其他;
			Payment method|繳費方式|payment methods: Credit card|信用卡/Bank transfer|銀行轉帳/Convenience store|超商繳費; Language|語言|languages: English|英文/中文/Español/Tiếng Việt`,
		flags:   `Mail me a copy|郵寄副本; I am a resident|我是本市居民; Anonymous report|匿名通報; Text me updates|簡訊通知進度; Accessible format|無障礙格式; I certify this is true|我保證以上屬實`,
		actions: `Submit application|送出申請; Pay now|立即繳費; Register|登記; Report issue|通報問題; Renew|更新; Track request|追蹤進度; Upload ID|上傳證件; Book appointment|預約臨櫃`,
		columns: `Request|案件|ticket; Type|類型|status; Submitted|提出日期|date; Status|狀態|status; District|行政區|place; Amount|金額|money; Due|期限|date; Officer|承辦人|person`,
		stats:   `Requests this month|本月案件|big; Resolved|已處理|pct; Average days to close|平均結案天數|count; Amount due|應繳金額|money; Registered voters|已登記選民|big`,
		series:  `Requests by type|案件類型: Pothole|坑洞/Streetlight|路燈/Graffiti|塗鴉/Trash|垃圾; Requests per month|每月案件; Permits by district|各區許可: North|北區/Central|中區/East|東區/South|南區`,
		items:   `Call to order|宣布開會; Public comment|民眾發言; Budget vote|預算表決; Paper and cardboard|紙類與紙箱; Glass bottles|玻璃瓶; Proof of address|住址證明`,
		states:  `Received|已受理; In progress|處理中; Approved|已核准; Denied|未核准; Paid|已繳納; Overdue|逾期; Scheduled|已排定`,
	},
	{
		name: "nonprofit",
		nouns: `Volunteer shifts|志工班表; Campaign progress|募款進度; Child sponsorship|兒童認養; Member renewal|會員續約; Grant application|補助計畫申請; Impact report|成果報告;
			Event sponsorship|活動贊助; Pledge form|認捐表單; Food bank signup|食物銀行登記; Pet adoption|寵物領養; Fundraiser page|募款頁面; Petition|連署;
			Donor thank-you|捐款感謝; Blood drive|捐血活動; Clothing drive|衣物募集; Scholarship fund|獎學金基金`,
		fields: `Donor name|捐款人姓名; Amount|金額|number; Email|電子郵件|email; In honor of|紀念對象; Organization|單位名稱; Project title|計畫名稱; Budget requested|申請金額|number;
			Project summary|計畫摘要|area; Pet name|寵物名字; Household members|家庭人數|number; Availability|可服務時間; Message|留言|area; Phone|電話|tel; Signature|署名`,
		choices: `Frequency|頻率|frequencies: One-time|單次/Monthly|每月/Yearly|每年; Fund|捐款用途|funds: Where needed most|最需要的地方/Education|教育/Clean water|乾淨飲水/Disaster relief|急難救助;
			Amount|金額|amounts: $10/$25/$50/$100; Role|志工職務|roles: Greeter|接待/Packing|包裝/Driver|司機/Kitchen|廚房; Species|種類|species: Dog|狗/Cat|貓/Rabbit|兔子;
			Membership|會員方案|memberships: Individual|個人/Family|家庭/Patron|贊助`,
		flags:   `Make it monthly|改為每月捐款; Cover the fees|負擔手續費; Donate anonymously|匿名捐款; Send a receipt|寄送收據; Show my name|公開我的名字; First-time volunteer|第一次當志工`,
		actions: `Donate|捐款; Sign up|報名; Sponsor|認養; Sign petition|連署; Renew membership|續約會員; Apply|申請; Share|分享; Adopt|領養; Pledge|認捐`,
		columns: `Donor|捐款人|person; Amount|金額|price; Date|日期|date; Shift|班別|time; Volunteer|志工|person; Campaign|募款活動|item; Status|狀態|status; Pet|寵物|item`,
		stats:   `Raised|已募得|money; Goal|目標|money; Donors|捐款人數|big; Volunteers|志工人數|count; Meals served|提供餐數|big; Signatures|連署人數|big`,
		series:  `Donations per month|每月捐款; Funds by program|各計畫經費: Education|教育/Clean water|乾淨飲水/Disaster relief|急難救助/Admin|行政`,
		items:   `Feeds a family for a week|讓一個家庭溫飽一週; Buys school supplies|購買文具; Plants 10 trees|種下 10 棵樹; Saturday food sort|週六食物分裝; Luna, 2-year-old tabby|Luna，兩歲虎斑貓`,
		states:  `Goal reached|已達標; Open|開放報名; Full|已額滿; Adopted|已被領養; Available|可領養; Thank you!|感謝您！`,
	},
	{
		name: "logistics",
		nouns: `Warehouse intake|倉庫入庫; Shipment tracker|貨運追蹤; Delivery route|配送路線; Pick list|揀貨單; Stock transfer|調撥單; Carrier selection|物流商選擇;
			Returns processing|退貨處理; Dock schedule|碼頭排程; Packing slip|出貨單; Driver check-in|司機報到; Inventory count|盤點; Purchase order|採購單;
			Supplier directory|供應商名錄; Freight quote|運費報價; Proof of delivery|簽收證明; Container tracking|貨櫃追蹤; Label printer|標籤列印`,
		fields: `Barcode|條碼; SKU|SKU; Quantity|數量|number; Tracking number|追蹤號碼; Weight|重量|number; Length|長度|number; Width|寬度|number; Height|高度|number;
			Ship date|出貨日期|date; Delivery window|配送時段; Recipient|收件人; Dock door|碼頭門號; PO number|採購單號; Supplier|供應商; Notes|備註|area`,
		choices: `Shelf|貨架|shelves: A1/A2/B7/C3; Carrier|物流商|carriers: DHL/FedEx/UPS/黑貓宅急便/Local courier|在地快遞; Condition|狀況|conditions: New|全新/Damaged|損壞/Opened|已拆封;
			Warehouse|倉庫|warehouses: North|北倉/Central|中倉/South|南倉; Service level|服務等級|service levels: Economy|經濟/Standard|標準/Overnight|隔日到; Unit|單位|units: Each|個/Box|箱/Pallet|棧板`,
		flags:   `Fragile|易碎品; Signature required|需簽收; Hazardous|危險品; Print label|列印標籤; Insured|保價; Refrigerated|冷藏`,
		actions: `Receive|入庫; Scan|掃描; Ship|出貨; Print label|列印標籤; Assign driver|指派司機; Mark delivered|標記已送達; Get quote|取得報價; Transfer|調撥; Count|盤點`,
		columns: `SKU|SKU|sku; Item|品項|item; Qty|數量|count; Location|儲位|ref; Tracking|追蹤號碼|ref; Carrier|物流商|status; ETA|預計到達|date; Weight|重量|weight; Driver|司機|person; Stop|停靠點|place`,
		stats:   `Shipments today|今日出貨|count; On-time rate|準時率|pct; Orders to pick|待揀訂單|count; Units in stock|庫存量|big; Trucks out|在途車輛|count; Average transit|平均運送時間|duration`,
		series:  `Shipments per day|每日出貨; Volume by carrier|各物流商貨量: DHL/FedEx/UPS/Local courier|在地快遞; Stock by warehouse|各倉庫存: North|北倉/Central|中倉/South|南倉`,
		items:   `Pallet 14|第 14 號棧板; Cold storage|冷藏區; Loading bay 3|3 號裝卸區; Route 7 · 18 stops|7 號路線 · 18 站; Returned parcel|退回包裹; Box of 24 mugs|一箱 24 個馬克杯`,
		states:  `In transit|運送中; Delivered|已送達; Delayed|延遲; Picked|已揀貨; Packed|已包裝; Received|已入庫; Exception|異常`,
	},
}
