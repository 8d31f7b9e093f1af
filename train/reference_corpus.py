"""Builds the text corpus train/reference.py trains its reference tokenizers on.

Deterministic: Go's own sources (code), Debian's license texts and docs
(prose), package.json files (JSON) and synthetic lines of Traditional Chinese,
emoji, numbers and whitespace runs. The lines the tokenizers are checked on
are committed in inference/testdata/hf/tokenizers/testlines.txt.

Usage: python3 train/reference_corpus.py OUT.txt   (GOROOT from `go env`)
"""

import glob
import os
import random
import sys


def main():
    random.seed(7)
    root = os.popen("go env GOROOT").read().strip()
    parts = []
    files = sorted(glob.glob(root + "/src/**/*.go", recursive=True))
    random.shuffle(files)
    size = 0
    for f in files:
        try:
            t = open(f, encoding="utf-8").read()
        except Exception:
            continue
        parts.append(t)
        size += len(t)
        if size > 1_800_000:
            break
    for f in sorted(glob.glob("/usr/share/common-licenses/*"))[:12]:
        try:
            parts.append(open(f, encoding="utf-8", errors="ignore").read())
        except Exception:
            pass
    docs = sorted(glob.glob(root + "/doc/*.html"))[:6] + sorted(glob.glob(root + "/src/**/*.md", recursive=True))[:40]
    for f in docs:
        parts.append(open(f, encoding="utf-8", errors="ignore").read())
    for f in sorted(glob.glob("/usr/lib/node_modules/**/package.json", recursive=True))[:300]:
        parts.append(open(f, encoding="utf-8", errors="ignore").read())
    cjk = ("登入 註冊 電子郵件 密碼 確認 取消 設定 個人資料 通知 搜尋 購物車 結帳 訂單 總計 價格 方案 儀表板 報表 圖表 "
           "使用者 名稱 地址 電話 日期 時間 提交 送出 儲存 刪除 編輯 新增 返回 下一步 歡迎 回來 忘記 記住 我 的 帳號 付款 "
           "信用卡 運送 免費 專業 企業 每月 年 月 日 今天 明天 會議 預約 客服 回饋 問題 常見 幫助 音樂 播放 暫停 團隊 成員 "
           "經理 工程師 設計師 銷售 收入 成長 用戶 活躍 天氣 溫度 晴 雨 風 城市 台北 高雄 東京 請 輸入 您 的 這 是 一個 簡單 "
           "表單 按鈕 藍色 紅色 大 小 顯示 隱藏").split()
    emoji = "😀 😃 🎉 🚀 ✅ ❌ ⭐ 🔥 💡 📈 📉 🛒 💳 🔒 🔑 👍 👋 🙂 ❤️ 🇹🇼 👩‍💻 🧑🏽‍🚀 ☕ 🍕".split()
    lines = []
    for _ in range(30000):
        k = random.random()
        if k < 0.35:
            lines.append("".join(random.choice(cjk) for _ in range(random.randint(2, 12)))
                         + random.choice(["。", "，", "！", "？", "", " "]))
        elif k < 0.5:
            lines.append(" ".join(random.choice(emoji) + random.choice(["", " ok", "great", "!"])
                                  for _ in range(random.randint(1, 5))))
        elif k < 0.75:
            lines.append(f"Total: ${random.randint(0,99999)}.{random.randint(0,99):02d}  ({random.randint(1,100)}%) "
                         f"on {random.randint(1,12)}/{random.randint(1,28)}/20{random.randint(10,30)} at "
                         f"{random.randint(0,23)}:{random.randint(0,59):02d}  id={random.getrandbits(40)}")
        else:
            lines.append(" " * random.randint(0, 8) + "\t" * random.randint(0, 2)
                         + random.choice(["if x  ==  1 {", "return  nil", "}  // done", "it's we're they'll I'M",
                                          "Hello   World", "a\u00a0b", "x\r\ny"]) + " " * random.randint(0, 4))
    parts.append("\n".join(lines))
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    main()
