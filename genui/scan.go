package genui

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// The scanner checks JSON text in one linear pass without recursion, so
// that everything after it (gjson reads, tree walks) runs on well-formed
// text of bounded nesting. gjson itself does not check syntax and does not
// say where text is broken; the scanner does both, and for ParsePartial it
// also reports where a prefix stops, so the prefix can be closed.

// Scanner states: what may come next.
const (
	stValue     = iota // a value
	stElemOrEnd        // a value or ']' (just after '[')
	stKeyOrEnd         // a key or '}' (just after '{')
	stKey              // a key (after ',' in an object)
	stColon            // ':' after a key
	stNext             // ',' or the container's end, after a value
	stDone             // nothing but white space: the top-level value ended

	// Where a prefix may stop besides the states above.
	stInKey    // inside a key string
	stInString // inside a value string
	stInScalar // inside a number or a literal
)

// frame is one open object or array.
type frame struct {
	start int  // offset of its '{' or '['
	safe  int  // offset just after its last complete element or member, or after its bracket
	index int  // elements (array) or members (object) begun so far
	key   int  // object: offset of the current member's key, or -1
	obj   bool // an object, not an array
}

// scanner checks the syntax of src.
type scanner struct {
	src        string
	maxNesting int  // containers may nest this deep
	prefix     bool // src may stop anywhere: the end is not an error
	stack      []frame

	// Set when a prefix ends (prefix mode only).
	state    int // the state at the end of src
	strStart int // stInString, stInKey: offset of the opening quote
	strSafe  int // stInString: end of the last whole character (no half escape, UTF-8 sequence or surrogate pair)
}

// scan checks that src is one JSON value nested at most maxNesting deep.
func scan(src string, maxNesting int) *Error {
	s := scanner{src: src, maxNesting: maxNesting}
	return s.run()
}

// run scans s.src. In prefix mode it returns nil at the end of the text
// whatever the state, and leaves the state in s.
func (s *scanner) run() *Error {
	src := s.src
	state := stValue
	i := 0
	for {
		for i < len(src) && (src[i] == ' ' || src[i] == '\n' || src[i] == '\r' || src[i] == '\t') {
			i++
		}
		if i == len(src) {
			if state == stDone || s.prefix {
				s.state = state
				return nil
			}
			return s.errorf(i, "unexpected end of input")
		}
		c := src[i]
		switch state {
		case stValue, stElemOrEnd:
			if c == ']' && state == stElemOrEnd {
				i = s.pop(i)
				state = s.after(i)
				continue
			}
			switch {
			case c == '{' || c == '[':
				if len(s.stack) == s.maxNesting {
					return s.errorf(i, "nested too deeply (a spec's nodes may be at most %d deep)", MaxDepth)
				}
				s.stack = append(s.stack, frame{start: i, safe: i + 1, key: -1, obj: c == '{'})
				i++
				state = stElemOrEnd
				if c == '{' {
					state = stKeyOrEnd
				}
				continue
			case c == '"':
				j, err := s.str(i)
				if err != nil || j < 0 {
					if j < 0 {
						s.state = stInString
					}
					return err
				}
				i = j
			case c == '-' || '0' <= c && c <= '9':
				j, err := s.number(i)
				if err != nil || j < 0 {
					return err
				}
				i = j
			case c == 't' || c == 'f' || c == 'n':
				j, err := s.literal(i)
				if err != nil || j < 0 {
					return err
				}
				i = j
			default:
				return s.errorf(i, "expected a value, found %s", quoteChar(src, i))
			}
			state = s.after(i)
		case stKeyOrEnd, stKey:
			if c == '}' && state == stKeyOrEnd {
				i = s.pop(i)
				state = s.after(i)
				continue
			}
			if c != '"' {
				return s.errorf(i, "expected a string key, found %s", quoteChar(src, i))
			}
			top := &s.stack[len(s.stack)-1]
			top.key = i
			j, err := s.str(i)
			if err != nil || j < 0 {
				if j < 0 {
					s.state = stInKey
				}
				return err
			}
			i = j
			state = stColon
		case stColon:
			if c != ':' {
				return s.errorf(i, "expected ':' after object key, found %s", quoteChar(src, i))
			}
			i++
			state = stValue
		case stNext:
			top := &s.stack[len(s.stack)-1]
			switch {
			case c == ',':
				i++
				top.index++
				state = stValue
				if top.obj {
					top.key = -1
					state = stKey
				}
			case c == '}' && top.obj, c == ']' && !top.obj:
				i = s.pop(i)
				state = s.after(i)
			case top.obj:
				return s.errorf(i, "expected ',' or '}' after object member, found %s", quoteChar(src, i))
			default:
				return s.errorf(i, "expected ',' or ']' after array element, found %s", quoteChar(src, i))
			}
		case stDone:
			return s.errorf(i, "unexpected %s after the end of the top-level value", quoteChar(src, i))
		}
	}
}

// pop closes the innermost container at its closing bracket at i and
// returns the offset after it.
func (s *scanner) pop(i int) int {
	s.stack = s.stack[:len(s.stack)-1]
	return i + 1
}

// after records that a value ended at i and returns the next state.
func (s *scanner) after(i int) int {
	if len(s.stack) == 0 {
		return stDone
	}
	s.stack[len(s.stack)-1].safe = i
	return stNext
}

// str scans the string whose opening quote is at i and returns the offset
// after its closing quote. In prefix mode, when the text ends inside the
// string, it returns -1 and sets s.strStart and s.strSafe.
func (s *scanner) str(i int) (int, *Error) {
	src := s.src
	start := i
	i++
	high := -1 // offset of a \uD800-\uDBFF escape not yet followed by anything
	for i < len(src) {
		// Most bytes are plain ASCII: skip them in a tight loop.
		for i < len(src) && plain[src[i]] {
			i++
			high = -1
		}
		if i == len(src) {
			break
		}
		c := src[i]
		switch {
		case c == '"':
			return i + 1, nil
		case c == '\\':
			if i+1 == len(src) {
				break // the text ends inside the escape
			}
			switch e := src[i+1]; e {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				high = -1
				i += 2
				continue
			case 'u':
				n := 0
				for n < 4 && i+2+n < len(src) && isHex(src[i+2+n]) {
					n++
				}
				if n < 4 {
					if i+2+n < len(src) {
						return 0, s.errorf(i+2+n, "invalid \\u escape in string: %s is not a hex digit", quoteChar(src, i+2+n))
					}
					break // the text ends inside the escape
				}
				r, _ := strconv.ParseUint(src[i+2:i+6], 16, 32)
				if r >= 0xD800 && r < 0xDC00 {
					high = i
				} else {
					high = -1
				}
				i += 6
				continue
			default:
				return 0, s.errorf(i, "invalid escape %s in string", strconv.Quote(src[i:i+2]))
			}
		case c < 0x20:
			return 0, s.errorf(i, "control character %U in string (escape it)", rune(c))
		case c < utf8.RuneSelf:
			high = -1
			i++
			continue
		default:
			r, n := utf8.DecodeRuneInString(src[i:])
			if r == utf8.RuneError && n == 1 {
				if s.prefix && !utf8.FullRuneInString(src[i:]) {
					break // the text ends inside a UTF-8 sequence
				}
				return 0, s.errorf(i, "invalid UTF-8 in string")
			}
			high = -1
			i += n
			continue
		}
		// The text ends inside an escape or a UTF-8 sequence.
		return s.cutString(start, i, high)
	}
	return s.cutString(start, i, high)
}

// cutString handles the end of the text inside the string whose quote is at
// start: an error, or in prefix mode -1 with the string's safe end recorded:
// i, or the offset of a high surrogate escape whose low half may follow.
func (s *scanner) cutString(start, i, high int) (int, *Error) {
	if !s.prefix {
		return 0, s.errorf(len(s.src), "unexpected end of input in string")
	}
	s.strStart, s.strSafe = start, i
	if high >= 0 {
		s.strSafe = high
	}
	return -1, nil
}

// plain marks the bytes a JSON string holds as they are: ASCII, not a
// control character, a quote or a backslash.
var plain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// number scans the number at i: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
// and returns the offset after it, or -1 when a prefix ends inside it or
// right after it (more digits may follow).
func (s *scanner) number(i int) (int, *Error) {
	src := s.src
	digits := func(i int) int {
		for i < len(src) && '0' <= src[i] && src[i] <= '9' {
			i++
		}
		return i
	}
	start := i
	if src[i] == '-' {
		i++
	}
	switch {
	case i < len(src) && src[i] == '0':
		i++
	case i < len(src) && '1' <= src[i] && src[i] <= '9':
		i = digits(i)
	case i < len(src):
		return 0, s.errorf(i, "invalid number: %s after %q", quoteChar(src, i), src[start:i])
	}
	if i < len(src) && src[i] == '.' {
		j := digits(i + 1)
		if j == i+1 && j < len(src) {
			return 0, s.errorf(j, "invalid number: %s after the decimal point", quoteChar(src, j))
		}
		i = j
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		i++
		if i < len(src) && (src[i] == '+' || src[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i && j < len(src) {
			return 0, s.errorf(j, "invalid number: %s in the exponent", quoteChar(src, j))
		}
		i = j
	}
	if i == len(src) {
		if s.prefix {
			s.state = stInScalar
			return -1, nil
		}
		if c := src[i-1]; c < '0' || c > '9' {
			return 0, s.errorf(i, "unexpected end of input in number")
		}
	}
	return i, nil
}

// literal scans true, false or null at i.
func (s *scanner) literal(i int) (int, *Error) {
	word := "null"
	switch s.src[i] {
	case 't':
		word = "true"
	case 'f':
		word = "false"
	}
	rest := s.src[i:]
	n := min(len(rest), len(word))
	if rest[:n] != word[:n] {
		j := i
		for j-i < n && rest[j-i] == word[j-i] {
			j++
		}
		return 0, s.errorf(i, "invalid literal: expected %s, found %s", word, quoteChar(s.src, j))
	}
	if n < len(word) {
		if s.prefix {
			s.state = stInScalar
			return -1, nil
		}
		return 0, s.errorf(len(s.src), "unexpected end of input in %s", word)
	}
	return i + n, nil
}

// errorf returns a syntax error at offset off, pointing at the value the
// scanner was in.
func (s *scanner) errorf(off int, format string, args ...any) *Error {
	return &Error{Pointer: s.pointer(), Offset: off, Msg: fmt.Sprintf(format, args...), Syntax: true}
}

// pointer returns the JSON Pointer of the innermost open value.
func (s *scanner) pointer() string {
	var b strings.Builder
	for _, f := range s.stack {
		switch {
		case !f.obj:
			b.WriteByte('/')
			b.WriteString(strconv.Itoa(f.index))
		case f.key >= 0:
			b.WriteByte('/')
			key := s.src[f.key:]
			if j := strings.IndexByte(key[1:], '"'); j < 0 {
				key += `"` // a key cut short: its text so far
			}
			writePointerToken(&b, gjson.Parse(key).Str)
		}
	}
	return b.String()
}

// writePointerToken writes a JSON Pointer reference token (RFC 6901):
// '~' as "~0" and '/' as "~1".
func writePointerToken(b *strings.Builder, tok string) {
	for i := range len(tok) {
		switch tok[i] {
		case '~':
			b.WriteString("~0")
		case '/':
			b.WriteString("~1")
		default:
			b.WriteByte(tok[i])
		}
	}
}

// quoteChar describes the character at offset i for a message.
func quoteChar(src string, i int) string {
	if i >= len(src) {
		return "end of input"
	}
	r, _ := utf8.DecodeRuneInString(src[i:])
	if r == utf8.RuneError {
		return fmt.Sprintf("byte 0x%02x", src[i])
	}
	return strconv.QuoteRune(r)
}
