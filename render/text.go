package render

import (
	"strings"
	"unicode/utf8"
)

// Line is one line of set text: a substring of the source and its width.
type Line struct {
	Text  string
	Width float32
}

// Paragraph is text broken into lines at a width, ready to paint.
type Paragraph struct {
	Lines      []Line
	Font       Font
	LineHeight float32
	Width      float32 // the width it was broken at
}

// Height returns the paragraph's height: its lines times the line height.
func (p *Paragraph) Height() float32 { return float32(len(p.Lines)) * p.LineHeight }

// MaxLineWidth returns the width of the paragraph's longest line.
func (p *Paragraph) MaxLineWidth() float32 {
	var w float32
	for _, l := range p.Lines {
		w = max(w, l.Width)
	}
	return w
}

// SetText breaks s into lines no wider than width, reusing p's line slice.
// Lines break greedily, as browsers break them: at spaces, at '\n', and
// between the characters of CJK text, which is written without spaces
// (kinsoku rules hold closing punctuation to the character before it and
// opening brackets to the one after; see canBreak). A word wider than the
// whole width is broken between runes so that nothing overflows. Spaces at
// a break are dropped; text past genui.MaxString bytes is left out.
func (p *Paragraph) SetText(s string, f Font, lineHeight, width float32) {
	s = LimitText(s)
	p.Lines, p.Font, p.LineHeight, p.Width = p.Lines[:0], f, lineHeight, width
	for {
		nl := strings.IndexByte(s, '\n')
		if nl < 0 {
			p.Lines = wrapLine(p.Lines, s, f, width)
			return
		}
		p.Lines = wrapLine(p.Lines, s[:nl], f, width)
		s = s[nl+1:]
	}
}

func wrapLine(lines []Line, s string, f Font, width float32) []Line {
	t := f.table()
	size := f.Size
	start := 0          // first byte of the line being filled
	lineW := float32(0) // width of s[start:i]
	// The last break opportunity on the line: the line may end at brk
	// (where a run of spaces begins, or between two runes), brkW wide,
	// and the next begin at next; nextW is the width of s[next:i].
	brk, brkW := -1, float32(0)
	next, nextW := 0, float32(0)
	prev := rune(-1) // the rune before i
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		adv := t.em(r) * size
		if r == ' ' {
			if brk < start || prev != ' ' {
				brk, brkW = i, lineW
			}
			lineW += adv
			i += n
			next, nextW, prev = i, 0, r
			continue
		}
		if i > start && prev != ' ' && canBreak(prev, r) {
			brk, brkW, next, nextW = i, lineW, i, 0
		}
		// A break at the last opportunity may leave what follows it still
		// too wide for a line with r: then break again, before r.
		for lineW+adv > width && i > start {
			if brk > start {
				lines = append(lines, Line{s[start:brk], brkW})
				start, lineW = next, nextW
			} else {
				lines = append(lines, Line{s[start:i], lineW})
				start, lineW, next, nextW = i, 0, i, 0
			}
			brk = -1
		}
		lineW += adv
		nextW += adv
		i += n
		prev = r
	}
	// Trailing spaces take no room.
	end := len(s)
	for end > start && s[end-1] == ' ' {
		end--
		lineW -= t.em(' ') * size
	}
	return append(lines, Line{s[start:end], max(lineW, 0)})
}

// TextWidths returns the min-content width of s (its widest unbreakable
// run: a word, or a CJK character with the punctuation held to it; never
// more than minCap) and its max-content width (its widest line unbroken).
func TextWidths(s string, f Font, minCap float32) (minW, maxW float32) {
	s = LimitText(s)
	t := f.table()
	var line, word float32
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		switch r {
		case '\n':
			maxW, minW = max(maxW, line), max(minW, word)
			line, word = 0, 0
		case ' ':
			minW = max(minW, word)
			word = 0
			line += t.em(r) * f.Size
		default:
			if word > 0 && canBreak(prev, r) {
				minW = max(minW, word)
				word = 0
			}
			a := t.em(r) * f.Size
			line += a
			word += a
		}
		prev = r
	}
	maxW, minW = max(maxW, line), max(minW, word)
	return min(minW, minCap, maxW), maxW
}

// Ellipsize returns s cut to fit width in f, ending in "…" when cut. Half
// a pixel of slack absorbs the rounding of pixel-snapped boxes.
func Ellipsize(s string, f Font, width float32) string {
	width += 0.5
	if f.Width(s) <= width {
		return s
	}
	ell := f.RuneWidth('…')
	var w float32
	for i, r := range s {
		a := f.RuneWidth(r)
		if w+a+ell > width {
			return strings.TrimRight(s[:i], " ") + "…"
		}
		w += a
	}
	return s
}
