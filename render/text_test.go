package render

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWidthUsesAdvances(t *testing.T) {
	f := Font{Face: Regular, Size: 20}
	// Go Regular: 'i' is narrower than 'm'; Go Mono: all equal.
	if f.Width("i") >= f.Width("m") {
		t.Errorf("Go Regular i (%v) not narrower than m (%v)", f.Width("i"), f.Width("m"))
	}
	m := Font{Face: Mono, Size: 20}
	if m.Width("i") != m.Width("m") {
		t.Errorf("Go Mono i %v != m %v", m.Width("i"), m.Width("m"))
	}
	if got, want := f.Width("mm"), 2*f.Width("m"); got != want {
		t.Errorf("Width(mm) = %v, want %v", got, want)
	}
	// A rune the font lacks measures as .notdef, not zero.
	if f.Width("\U0001F600") <= 0 {
		t.Error("missing glyph measured as zero")
	}
	if f.Width("é") <= 0 || f.Width("Ж") <= 0 {
		t.Error("Latin-1 or Cyrillic measured as zero")
	}
}

func TestWrap(t *testing.T) {
	f := Font{Face: Mono, Size: 10} // every glyph 6 px wide (1229/2048 em ≈ 0.6 em)
	cw := f.RuneWidth('x')
	tests := []struct {
		text  string
		chars float32 // width in glyphs
		want  []string
	}{
		{"hello world", 20, []string{"hello world"}},
		{"hello world", 8, []string{"hello", "world"}},
		{"hello world", 5, []string{"hello", "world"}},
		{"hello   world", 7, []string{"hello", "world"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"a\nb c", 10, []string{"a", "b c"}},
		{"", 10, []string{""}},
		{"one two three four", 9, []string{"one two", "three", "four"}},
		{"trailing  ", 20, []string{"trailing"}},
	}
	for _, tt := range tests {
		var p Paragraph
		p.SetText(tt.text, f, 12, tt.chars*cw+0.01)
		var got []string
		for _, l := range p.Lines {
			got = append(got, l.Text)
			if l.Width > tt.chars*cw+0.01 {
				t.Errorf("%q at %v: line %q is %v wide", tt.text, tt.chars, l.Text, l.Width)
			}
			if w := f.Width(l.Text); abs(w-l.Width) > 0.01 {
				t.Errorf("%q: line %q reports width %v, measures %v", tt.text, l.Text, l.Width, w)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap %q at %v glyphs = %q, want %q", tt.text, tt.chars, got, tt.want)
		}
		if p.Height() != float32(len(tt.want))*12 {
			t.Errorf("%q: height %v", tt.text, p.Height())
		}
	}
}

func TestTextWidths(t *testing.T) {
	f := Font{Face: Mono, Size: 10}
	cw := f.RuneWidth('x')
	minW, maxW := TextWidths("ab abcd\nabcdef", f, 1000)
	if abs(minW-6*cw) > 0.01 || abs(maxW-7*cw) > 0.01 {
		t.Errorf("TextWidths = %v, %v; want %v, %v", minW, maxW, 6*cw, 7*cw)
	}
	if minW, _ := TextWidths("abcdefghijkl", f, 3*cw); minW != 3*cw {
		t.Errorf("min-content not capped: %v", minW)
	}
}

func TestEllipsize(t *testing.T) {
	f := Font{Face: Regular, Size: 14}
	if got := Ellipsize("short", f, 200); got != "short" {
		t.Errorf("Ellipsize cut a fitting string: %q", got)
	}
	got := Ellipsize("a rather long label that cannot fit", f, 80)
	if !strings.HasSuffix(got, "…") || f.Width(got) > 80.5 {
		t.Errorf("Ellipsize = %q (%v wide)", got, f.Width(got))
	}
}

func TestLimitText(t *testing.T) {
	s := strings.Repeat("é", 3000) // 6000 bytes
	c := LimitText(s)
	if len(c) > 4096 || !strings.HasPrefix(s, c) || len(c) < 4094 {
		t.Errorf("Clip kept %d bytes", len(c))
	}
}

func TestCJKWidth(t *testing.T) {
	for _, face := range []Face{Regular, Medium, Bold, Mono} {
		f := Font{Face: face, Size: 20}
		// Ideographs and CJK punctuation are one em in Noto Sans CJK TC,
		// as in every CJK face; Hangul syllables 0.92 em.
		for _, tt := range []struct {
			s    string
			want float32
		}{
			{"登入您的帳號", 6 * 20},
			{"，。、；：？！（）「」『』《》【】", 17 * 20},
			{"ひらがなカタカナ", 8 * 20},
			{"ㄅㄆㄇ", 3 * 20},
			{"ＡＢ１２", 4 * 20},
			{"\u3000", 20},
			{"한국어", 3 * 0.92 * 20},
			{"\U0002A6D6", 20}, // an Extension B ideograph Noto Sans CJK TC lacks
		} {
			if got := f.Width(tt.s); abs(got-tt.want) > 0.01 {
				t.Errorf("%v: Width(%q) = %v, want %v", face, tt.s, got, tt.want)
			}
		}
		// Mixed text: each rune from its own face.
		if got, want := f.Width("登入 Sign in"), 2*20+f.Width(" Sign in"); abs(got-want) > 0.01 {
			t.Errorf("%v: mixed width %v, want %v", face, got, want)
		}
		if !face.Fallback('帳') || face.Fallback('A') || face.Fallback('é') {
			t.Errorf("%v: Fallback wrong for 帳, A or é", face)
		}
	}
	// A rune neither face has still measures as the Go face's .notdef box.
	f := Font{Face: Regular, Size: 20}
	if Regular.Fallback('😀') || f.RuneWidth('😀') != f.RuneWidth('\uE000') {
		t.Error("an emoji is not measured as .notdef")
	}
}

func TestWrapCJK(t *testing.T) {
	f := Font{Face: Mono, Size: 10} // ideographs 10 px, Latin 6 px
	tests := []struct {
		text  string
		width float32
		want  []string
	}{
		{"登入您的帳號", 35, []string{"登入您", "的帳號"}},
		{"登入您的帳號", 60, []string{"登入您的帳號"}},
		// Closing punctuation never starts a line: the character before
		// it goes down with it.
		{"請輸入密碼。", 50, []string{"請輸入密", "碼。"}},
		{"帳號，密碼", 20, []string{"帳", "號，", "密碼"}},
		// Opening brackets never end a line.
		{"按下「登入」按鈕", 30, []string{"按下", "「登", "入」按", "鈕"}},
		{"（選填）說明", 20, []string{"（選", "填）", "說明"}},
		// Latin words inside CJK text stay whole and break from it.
		{"使用Google帳號登入", 40, []string{"使用", "Google", "帳號登入"}},
		{"登入 Sign in", 45, []string{"登入", "Sign in"}},
		{"Email：必填", 42, []string{"Email：", "必填"}},
		// Korean breaks between syllables.
		{"안녕하세요", 20, []string{"안녕", "하세", "요"}},
		// Ellipses hold to what they follow.
		{"載入中……", 40, []string{"載入", "中……"}},
	}
	for _, tt := range tests {
		var p Paragraph
		p.SetText(tt.text, f, 12, tt.width+0.01)
		var got []string
		for _, l := range p.Lines {
			got = append(got, l.Text)
			if w := f.Width(l.Text); abs(w-l.Width) > 0.01 {
				t.Errorf("%q: line %q reports width %v, measures %v", tt.text, l.Text, l.Width, w)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap %q at %v = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}

func TestTextWidthsCJK(t *testing.T) {
	f := Font{Face: Regular, Size: 10}
	for _, tt := range []struct {
		s          string
		minW, maxW float32
	}{
		{"登入您的帳號", 10, 60},
		{"請輸入密碼。", 20, 60},     // 碼。 cannot part
		{"「登入」", 20, 40},       // 「登 and 入」
		{"記住我\n忘記密碼？", 20, 50}, // 碼？
	} {
		minW, maxW := TextWidths(tt.s, f, 1000)
		if abs(minW-tt.minW) > 0.01 || abs(maxW-tt.maxW) > 0.01 {
			t.Errorf("TextWidths(%q) = %v, %v; want %v, %v", tt.s, minW, maxW, tt.minW, tt.maxW)
		}
	}
	if got := Ellipsize("登入您的帳號以繼續", f, 45); !strings.HasSuffix(got, "…") || f.Width(got) > 45.5 {
		t.Errorf("Ellipsize = %q (%v wide)", got, f.Width(got))
	}
}

func TestKinsokuListsSorted(t *testing.T) {
	for _, rs := range [][]rune{noStartRunes, noEndRunes} {
		for i := 1; i < len(rs); i++ {
			if rs[i-1] >= rs[i] {
				t.Errorf("%q before %q: list out of order", rs[i-1], rs[i])
			}
		}
		for _, r := range rs {
			if !inSorted(rs, r) {
				t.Errorf("%q not found", r)
			}
		}
	}
	if inSorted(noStartRunes, '登') || inSorted(noEndRunes, 'a') {
		t.Error("inSorted found a rune not in the list")
	}
}

// FuzzSetText checks the line breaker on any text and width: every line
// reports its measured width, fits the width (past its leading spaces)
// unless it is a single rune, and the lines hold the text in order, less
// the spaces dropped at breaks.
func FuzzSetText(f *testing.F) {
	f.Add("請輸入電子郵件與密碼以登入。若您還沒有帳號，請先註冊「新帳號」（免費）。", float32(100))
	f.Add("使用Google帳號登入 Sign in with Google", float32(60))
	f.Add("안녕하세요 world……「」", float32(12))
	f.Add("a rather long label\nthat cannot fit", float32(30))
	f.Fuzz(func(t *testing.T, s string, width float32) {
		if !(width >= 1 && width < 1e4) || !utf8.ValidString(s) {
			return
		}
		font := Font{Face: Regular, Size: 14}
		var p Paragraph
		p.SetText(s, font, 20, width)
		var joined strings.Builder
		for _, l := range p.Lines {
			if w := font.Width(l.Text); abs(w-l.Width) > 0.01 {
				t.Errorf("line %q reports width %v, measures %v", l.Text, l.Width, w)
			}
			// Leading spaces are kept, as white-space: pre keeps them.
			text := strings.TrimLeft(l.Text, " ")
			if w := font.Width(text); w > width+0.01 && utf8.RuneCountInString(text) > 1 {
				t.Errorf("line %q is %v wide, over %v", l.Text, w, width)
			}
			joined.WriteString(l.Text)
		}
		strip := func(s string) string { return strings.NewReplacer(" ", "", "\n", "").Replace(s) }
		if got, want := strip(joined.String()), strip(LimitText(s)); got != want {
			t.Errorf("lines %q do not hold the text %q", got, want)
		}
	})
}

// BenchmarkSetText breaks a paragraph of English and one of Chinese at
// 200 px.
func BenchmarkSetText(b *testing.B) {
	f := Font{Face: Regular, Size: 14}
	for _, bc := range []struct{ name, s string }{
		{"latin", "Enter your email address and password below to sign in to the members' area; the trial period is free of charge."},
		{"cjk", "請在下方輸入您的電子郵件地址與密碼，以登入「genui」的會員中心（試用期間免費）。若您還沒有帳號，請先註冊新帳號。"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.s)))
			b.ReportAllocs()
			var p Paragraph
			for b.Loop() {
				p.SetText(bc.s, f, 20, 200)
			}
		})
	}
}
