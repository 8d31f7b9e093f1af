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
// Lines break at spaces (greedily, as browsers do) and at '\n'; a word
// wider than the whole width is broken between runes so that nothing
// overflows. Spaces at a break are dropped; text past genui.MaxString
// bytes is left out.
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
	brk, brkW := -1, float32(0)
	// brk is the byte where the last run of spaces on this line begins,
	// brkW the line's width up to it; word is where the word after it
	// starts and wordW that word's width so far.
	word, wordW := 0, float32(0)
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		adv := t.em(r) * size
		if r == ' ' {
			if brk < start || (i > 0 && s[i-1] != ' ') {
				brk, brkW = i, lineW
			}
			lineW += adv
			i += n
			word, wordW = i, 0
			continue
		}
		if lineW+adv > width && i > start {
			if brk > start {
				lines = append(lines, Line{s[start:brk], brkW})
				start, lineW = word, wordW
			} else {
				lines = append(lines, Line{s[start:i], lineW})
				start, lineW, word, wordW = i, 0, i, 0
			}
			brk = -1
		}
		lineW += adv
		wordW += adv
		i += n
	}
	// Trailing spaces take no room.
	end := len(s)
	for end > start && s[end-1] == ' ' {
		end--
		lineW -= t.em(' ') * size
	}
	return append(lines, Line{s[start:end], max(lineW, 0)})
}

// TextWidths returns the min-content width of s (its widest word, never
// more than minCap) and its max-content width (its widest line unbroken).
func TextWidths(s string, f Font, minCap float32) (minW, maxW float32) {
	s = LimitText(s)
	t := f.table()
	var line, word float32
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
			a := t.em(r) * f.Size
			line += a
			word += a
		}
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
