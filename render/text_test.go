package render

import (
	"strings"
	"testing"
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
