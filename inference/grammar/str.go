package grammar

import (
	"fmt"
	"unicode/utf8"
)

// String frames: frame.a is the length of the decoded string so far (in
// bytes, or code points with Options.CountRunes) and frame.b its code
// points, both counted as soon as a character's length is known (at a
// UTF-8 lead byte, at the last hex digit of a \u escape). maxLength is
// checked against frame.a, minLength against frame.b: a bound in bytes is
// safe for maxLength but not for minLength, which JSON Schema counts in
// code points. frame.st is the pattern DFA's state; frame.c holds the
// phase and its details; frame.x the bits of a partial character.
//
// Raw bytes must be valid UTF-8, checked byte by byte with the ranges of
// RFC 3629 (no overlongs, no surrogates, nothing past U+10FFFF), so a
// token that ends inside a character leaves the frame waiting for exactly
// the continuation bytes that complete a valid one. \u escapes of
// surrogates must come in high-low pairs.

// String phases (frame.c & strPhase).
const (
	sOpen     = iota // awaiting '"'
	sBody            // between characters
	sUTF             // inside a multi-byte character
	sEsc             // after '\'
	sHex             // after "\u" and k hex digits
	sLowSlash        // after a high surrogate escape: '\' of the low one
	sLowU            // 'u' of the low surrogate
	sLowHex          // k hex digits of the low surrogate
	strPhase  = 0xf
)

// strState unpacks frame.c: the phase, the count (continuation bytes
// still needed in sUTF, hex digits read in sHex and sLowHex) and, in
// sUTF, the range of the next byte.
func strState(c uint32) (phase, k uint32, lo, hi byte) {
	return c & strPhase, c >> 4 & 3, byte(c >> 8), byte(c >> 16)
}

func packStr(phase, k uint32, lo, hi byte) uint32 {
	return phase | k<<4 | uint32(lo)<<8 | uint32(hi)<<16
}

// utf8Lead returns, for a lead byte, the continuation bytes needed and the
// range of the first one; ok is false for bytes that cannot lead.
func utf8Lead(c byte) (need uint32, lo, hi byte, ok bool) {
	switch {
	case c >= 0xC2 && c <= 0xDF:
		return 1, 0x80, 0xBF, true
	case c == 0xE0:
		return 2, 0xA0, 0xBF, true
	case c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF:
		return 2, 0x80, 0xBF, true
	case c == 0xED:
		return 2, 0x80, 0x9F, true
	case c == 0xF0:
		return 3, 0x90, 0xBF, true
	case c >= 0xF1 && c <= 0xF3:
		return 3, 0x80, 0xBF, true
	case c == 0xF4:
		return 3, 0x80, 0x8F, true
	}
	return 0, 0, 0, false
}

// partialRange is the range of code points a character can still be, given
// its bits so far and what the next byte may be.
func partialRange(x uint64, need uint32, lo, hi byte) (rune, rune) {
	s := 6 * (need - 1)
	rlo := rune(x<<6|uint64(lo&0x3F)) << s
	rhi := rune(x<<6|uint64(hi&0x3F))<<s | (1<<s - 1)
	return rlo, rhi
}

// shortEscape returns the character a one-letter escape stands for.
func shortEscape(c byte) (rune, bool) {
	switch c {
	case '"', '\\', '/':
		return rune(c), true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}

func unhexDigit(c byte) (uint64, bool) {
	switch {
	case c >= '0' && c <= '9':
		return uint64(c - '0'), true
	case c >= 'a' && c <= 'f':
		return uint64(c - 'a' + 10), true
	case c >= 'A' && c <= 'F':
		return uint64(c - 'A' + 10), true
	}
	return 0, false
}

// fits reports whether a string at DFA state q with length a and b code
// points can still be completed within the node's bounds.
func (n *node) fits(q, a, b int32) bool {
	rem := n.maxLen - a
	if rem < 0 {
		return false
	}
	k := n.minLen - b
	switch {
	case n.re == nil:
		return k <= rem // each further code point costs at least one unit
	case k > 0:
		return n.reBest[k][q] <= rem
	}
	return n.re.states[q].dist <= rem
}

// fitsRange reports whether some rune in [lo, hi] leads from state q to a
// state that still fits at length a with b code points.
func (n *node) fitsRange(q int32, lo, hi rune, a, b int32) bool {
	if n.re == nil {
		return n.fits(0, a, b)
	}
	for _, r := range n.re.states[q].ranges {
		if r.hi >= lo && r.lo <= hi && n.fits(r.to, a, b) {
			return true
		}
	}
	return false
}

// maxPatternMinLength bounds minLength beside a pattern (the tables of
// patternTables grow with it).
const maxPatternMinLength = 256

// patternTables computes reBest for minLength lo.
func (n *node) patternTables(lo int, runes bool) error {
	if lo > maxPatternMinLength {
		return fmt.Errorf("minLength %d beside a pattern is more than the supported %d", lo, maxPatternMinLength)
	}
	const inf = int32(1 << 30)
	st := n.re.states
	n.reBest = make([][]int32, lo+1)
	n.reBest[0] = make([]int32, len(st))
	for q := range st {
		n.reBest[0][q] = st[q].dist
	}
	for k := 1; k <= lo; k++ {
		row := make([]int32, len(st))
		for q := range st {
			row[q] = inf
			for _, r := range st[q].ranges {
				if t := n.reBest[k-1][r.to]; t < inf {
					row[q] = min(row[q], width(r.lo, runes)+t)
				}
			}
		}
		n.reBest[k] = row
	}
	return nil
}

// escapable reports whether some escape may follow a '\\' here.
func (n *node) escapable(f *frame) bool {
	if n.re == nil {
		return n.fits(0, f.a+1, f.b+1)
	}
	for _, e := range []byte(escapeLetters) {
		r, _ := shortEscape(e)
		if q := n.re.next(f.st, r); q >= 0 && n.fits(q, f.a+1, f.b+1) {
			return true
		}
	}
	return false
}

// escapeLetters are the one-letter escapes, in the order closures try them.
const escapeLetters = `n\/"bfrt`

// char takes one whole character r of width w: it checks the pattern and
// the bounds and advances the frame.
func (n *node) char(f *frame, r rune, w int32) bool {
	q := f.st
	if n.re != nil {
		if q = n.re.next(q, r); q < 0 {
			return false
		}
	}
	if !n.fits(q, f.a+w, f.b+1) {
		return false
	}
	f.st, f.a, f.b = q, f.a+w, f.b+1
	return true
}

// hexWidth is the fewest bytes the character of a \u escape can decode to
// given its first k hex digits x (k ≥ 1); 0 if no valid character starts so.
// A high surrogate counts the 4 bytes of its pair.
func hexWidth(x uint64, k uint32) int32 {
	s := 4 * (4 - k)
	lo, hi := x<<s, (x+1)<<s-1
	switch {
	case lo < 0x80:
		return 1
	case lo < 0x800:
		return 2
	case lo < 0xD800 || hi > 0xDFFF:
		return 3
	case lo <= 0xDBFF:
		return 4
	}
	return 0 // only low surrogates
}

func (g *Grammar) stepString(f *frame, n *node, c byte) stepResult {
	phase, k, lo, hi := strState(f.c)
	runes := g.lim.runes
	switch phase {
	case sOpen:
		if c != '"' {
			return stepFail
		}
		f.c = sBody
		return stepOK
	case sBody:
		switch {
		case c == '"':
			if f.b < n.minLen || n.re != nil && !n.re.states[f.st].accept {
				return stepFail
			}
			return stepDone
		case c == '\\':
			if !n.escapable(f) {
				return stepFail
			}
			f.c = sEsc
			return stepOK
		case c < 0x20:
			return stepFail
		case c < utf8.RuneSelf:
			if !n.char(f, rune(c), 1) {
				return stepFail
			}
			return stepOK
		}
		need, lo, hi, ok := utf8Lead(c)
		if !ok {
			return stepFail
		}
		x := uint64(c) & (0x3F >> need)
		w := int32(need + 1)
		if runes {
			w = 1
		}
		rlo, rhi := partialRange(x, need, lo, hi)
		if !n.fitsRange(f.st, rlo, rhi, f.a+w, f.b+1) {
			return stepFail
		}
		f.a, f.b = f.a+w, f.b+1
		f.x = x
		f.c = packStr(sUTF, need, lo, hi)
		return stepOK
	case sUTF:
		if c < lo || c > hi {
			return stepFail
		}
		x := f.x<<6 | uint64(c&0x3F)
		if k == 1 {
			if n.re != nil {
				q := n.re.next(f.st, rune(x))
				if q < 0 || !n.fits(q, f.a, f.b) {
					return stepFail
				}
				f.st = q
			}
			f.c = sBody
			return stepOK
		}
		rlo, rhi := partialRange(x, k-1, 0x80, 0xBF)
		if !n.fitsRange(f.st, rlo, rhi, f.a, f.b) {
			return stepFail
		}
		f.x = x
		f.c = packStr(sUTF, k-1, 0x80, 0xBF)
		return stepOK
	case sEsc:
		if c == 'u' {
			if n.re != nil {
				return stepFail // patterned strings take short escapes only
			}
			f.c, f.x = packStr(sHex, 0, 0, 0), 0
			return stepOK
		}
		r, ok := shortEscape(c)
		if !ok || !n.char(f, r, 1) {
			return stepFail
		}
		f.c = sBody
		return stepOK
	case sHex:
		d, ok := unhexDigit(c)
		if !ok {
			return stepFail
		}
		x := f.x<<4 | d
		w := hexWidth(x, k+1)
		if w == 0 {
			return stepFail
		}
		if runes {
			w = 1
		}
		if !n.fits(0, f.a+w, f.b+1) {
			return stepFail
		}
		if k+1 < 4 {
			f.x, f.c = x, packStr(sHex, k+1, 0, 0)
			return stepOK
		}
		f.a, f.b = f.a+w, f.b+1
		if x >= 0xD800 && x <= 0xDBFF {
			f.c = sLowSlash
			return stepOK
		}
		f.c = sBody
		return stepOK
	case sLowSlash:
		if c != '\\' {
			return stepFail
		}
		f.c = sLowU
		return stepOK
	case sLowU:
		if c != 'u' {
			return stepFail
		}
		f.c, f.x = packStr(sLowHex, 0, 0, 0), 0
		return stepOK
	case sLowHex:
		d, ok := unhexDigit(c)
		if !ok {
			return stepFail
		}
		x := f.x<<4 | d
		// The low surrogate is DC00–DFFF: "D", then C–F, then anything.
		if k == 0 && d != 0xD || k == 1 && d < 0xC {
			return stepFail
		}
		if k+1 < 4 {
			f.x, f.c = x, packStr(sLowHex, k+1, 0, 0)
			return stepOK
		}
		f.c = sBody
		return stepOK
	}
	return stepFail
}

// closeString appends the shortest text that ends the string: the rest of
// a partial character or escape, filler up to minLength (by the pattern's
// shortest path), and the closing quote.
func (g *Grammar) closeString(b []byte, f *frame, n *node) []byte {
	phase, k, lo, hi := strState(f.c)
	q, a, cp := f.st, f.a, f.b
	runes := g.lim.runes
	switch phase {
	case sOpen:
		b = append(b, '"')
	case sUTF:
		rlo, rhi := partialRange(f.x, k, lo, hi)
		r := rlo // the smallest character the bytes so far can become
		if n.re != nil {
			r = -1
			for _, rg := range n.re.states[q].ranges {
				if rg.hi >= rlo && rg.lo <= rhi && n.fits(rg.to, a, cp) {
					r = max(rg.lo, rlo)
					q = rg.to
					break
				}
			}
		}
		var enc [4]byte
		m := utf8.EncodeRune(enc[:], r)
		b = append(b, enc[m-int(k):m]...)
	case sEsc:
		for _, e := range []byte(escapeLetters) {
			r, _ := shortEscape(e)
			if n.re == nil {
				b = append(b, e)
				a, cp = a+1, cp+1
				break
			}
			if q2 := n.re.next(q, r); q2 >= 0 && n.fits(q2, a+1, cp+1) {
				b = append(b, e)
				q, a, cp = q2, a+1, cp+1
				break
			}
		}
	case sHex:
		s := 4 * (4 - k)
		lo, hi := f.x<<s, (f.x+1)<<s-1
		code := lo
		switch {
		case lo <= 0x20 && 0x20 <= hi:
			code = 0x20
		case lo <= 0x0A && 0x0A <= hi:
			code = 0x0A
		}
		for i := int(k); i < 4; i++ {
			b = append(b, hexDigit(byte(code>>(4*(3-i)))))
		}
		if code >= 0xD800 && code <= 0xDBFF {
			b = append(b, `\uDC00`...)
		}
		cp++
		if runes {
			a++
		} else {
			a += hexWidth(code, 4)
		}
	case sLowSlash:
		b = append(b, `\uDC00`...)
	case sLowU:
		b = append(b, `uDC00`...)
	case sLowHex:
		lo := max(f.x<<(4*(4-k)), 0xDC00)
		for i := int(k); i < 4; i++ {
			b = append(b, hexDigit(byte(lo>>(4*(3-i)))))
		}
	}
	if n.re == nil {
		for ; cp < n.minLen; cp++ {
			b = append(b, ' ')
		}
	} else {
		b = n.patternFill(b, q, cp, runes)
	}
	return append(b, '"')
}

// patternFill appends the shortest characters that take a patterned
// string from state q with cp code points to an accepting state with
// minLength or more.
func (n *node) patternFill(b []byte, q, cp int32, runes bool) []byte {
	for {
		k := n.minLen - cp
		if k <= 0 && n.re.states[q].accept {
			return b
		}
		best, bestTo := int32(1<<30), int32(-1)
		var bestR rune
		for _, r := range n.re.states[q].ranges {
			w := width(r.lo, runes)
			rest := n.re.states[r.to].dist
			if k > 1 {
				rest = n.reBest[k-1][r.to]
			}
			if w+rest < best {
				best, bestTo, bestR = w+rest, r.to, r.lo
			}
		}
		if bestTo < 0 {
			return b
		}
		b = appendEscapedRune(b, bestR)
		q, cp = bestTo, cp+1
	}
}

// appendEscapedRune writes r inside a JSON string.
func appendEscapedRune(b []byte, r rune) []byte {
	switch r {
	case '"', '\\':
		return append(b, '\\', byte(r))
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return utf8.AppendRune(b, r)
}
