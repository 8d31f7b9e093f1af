package grammar

// Forced appends to dst the bytes the grammar allows as the only
// continuation of what m has read (keys, punctuation, the rest of a
// discriminator or of an enum value once it is unambiguous), stopping
// where there is a choice or the document is complete, and returns the
// extended slice. m is unchanged.
func (m *Matcher) Forced(dst []byte) []byte {
	mk := m.mark()
	for !m.Complete() {
		c, ok := m.onlyByte()
		if !ok || !m.step(c) {
			break
		}
		dst = append(dst, c)
	}
	m.rollback(mk)
	return dst
}

// onlyByte returns the one byte m accepts next, if exactly one is. The
// first byte of the closure is always accepted, so it is tried first and
// the search stops at the first other byte accepted (usually a few tries:
// bytes below 0x20 are refused at once almost everywhere).
func (m *Matcher) onlyByte() (byte, bool) {
	var buf [8]byte
	cl := m.Closure(buf[:0])
	if len(cl) == 0 {
		return 0, false
	}
	c0 := cl[0]
	for c := 0; c < 256; c++ {
		if byte(c) == c0 {
			continue
		}
		mk := m.mark()
		ok := m.step(byte(c))
		m.rollback(mk)
		if ok {
			return 0, false
		}
	}
	return c0, true
}
