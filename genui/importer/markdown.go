package importer

import "strings"

// Adaptive Cards and A2UI both let text carry a small Markdown subset:
// **bold**, _italic_, `code`, [links](url), # headings and - or 1. lists.
// genui text is plain, so the importers keep the words and drop the marks.
// The reader here is hand-written because the subset is a dozen rules and
// a Markdown library would be most of the widget's size.

// PlainText returns md with its Markdown marks removed: emphasis and code
// marks go, a link keeps its text, a heading its words, and bullets become
// "• ". Line breaks stay; tabs become spaces.
func PlainText(md string) string {
	if strings.ContainsAny(md, "\t\r") {
		// Tabs are white space to an HTML renderer; genui draws them as spaces.
		md = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\t", " ").Replace(md)
	}
	if !strings.ContainsAny(md, "*_`[#-+\\") && !strings.Contains(md, ". ") {
		return md
	}
	lines := strings.Split(md, "\n")
	for i, ln := range lines {
		if _, text, ok := headingLine(ln); ok {
			ln = text
		} else if item, ok := bulletLine(ln); ok {
			ln = "• " + item
		}
		lines[i] = inline(ln)
	}
	return strings.Join(lines, "\n")
}

// Heading reports whether md is one Markdown heading line ("## Title") and
// returns its level (1–6) and plain text.
func Heading(md string) (level int, text string, ok bool) {
	if strings.Contains(strings.TrimSpace(md), "\n") {
		return 0, "", false
	}
	level, text, ok = headingLine(md)
	return level, inline(text), ok
}

// ListItems reports whether every non-blank line of md is a list item
// ("- x", "* x", "1. x") and returns the items as plain text.
func ListItems(md string) ([]string, bool) {
	var items []string
	for ln := range strings.SplitSeq(md, "\n") {
		if strings.TrimSpace(ln) == "" {
			continue
		}
		item, ok := bulletLine(ln)
		if !ok {
			item, ok = numberedLine(ln)
		}
		if !ok {
			return nil, false
		}
		items = append(items, inline(item))
	}
	return items, len(items) > 0
}

func headingLine(ln string) (int, string, bool) {
	s := strings.TrimLeft(ln, " ")
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n == len(s) || s[n] != ' ' {
		return 0, "", false
	}
	return n, strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s[n:]), "#")), true
}

func bulletLine(ln string) (string, bool) {
	s := strings.TrimLeft(ln, " \t")
	if len(s) >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ' {
		return strings.TrimSpace(s[2:]), true
	}
	return "", false
}

func numberedLine(ln string) (string, bool) {
	s := strings.TrimLeft(ln, " \t")
	n := 0
	for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n+1 >= len(s) || (s[n] != '.' && s[n] != ')') || s[n+1] != ' ' {
		return "", false
	}
	return strings.TrimSpace(s[n+2:]), true
}

// inline removes emphasis, code and link marks from one line.
func inline(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_[]()#+-.!{}", s[i+1]) >= 0:
			i++
			b.WriteByte(s[i])
		case c == '`':
			if j := strings.IndexByte(s[i+1:], '`'); j >= 0 {
				b.WriteString(s[i+1 : i+1+j])
				i += j + 1
			} else {
				b.WriteByte(c)
			}
		case c == '[':
			// [text](url): keep the text.
			end := strings.IndexByte(s[i:], ']')
			if end > 0 && i+end+1 < len(s) && s[i+end+1] == '(' {
				if close := strings.IndexByte(s[i+end+1:], ')'); close > 0 {
					b.WriteString(inline(s[i+1 : i+end]))
					i += end + 1 + close
					continue
				}
			}
			b.WriteByte(c)
		case c == '*' || c == '_':
			run := 1
			for i+run < len(s) && s[i+run] == c && run < 3 {
				run++
			}
			if emphasisMark(s, i, run) {
				i += run - 1
				continue
			}
			b.WriteString(s[i : i+run])
			i += run - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// emphasisMark reports whether the run of n '*' or '_' at s[i] opens or
// closes emphasis: it has a matching run on the same line and touches a
// word on the inner side, not on both sides for '_' (snake_case stays).
func emphasisMark(s string, i, n int) bool {
	mark := s[i : i+n]
	before := i == 0 || isSpaceOrPunct(s[i-1])
	after := i+n == len(s) || isSpaceOrPunct(s[i+n])
	opens := before && !after
	closes := after && !before
	if mark[0] == '*' && !before && !after {
		opens = true // **in**word emphasis is allowed with stars
	}
	switch {
	case opens:
		return strings.Contains(s[i+n:], mark)
	case closes:
		return strings.Contains(s[:i], mark)
	}
	return false
}

func isSpaceOrPunct(c byte) bool {
	return c == ' ' || c == '\t' || strings.IndexByte(`.,;:!?()[]{}"'-/`, c) >= 0
}
