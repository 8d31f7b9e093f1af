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

// onlyByte returns the one byte m accepts next, if exactly one is. Inside
// a trie (a key, a discriminator, an enum value: where most forced bytes
// are) the frame's live edges are the candidates, and the state is never
// a dead end, so a single live edge is the byte. Elsewhere, the first
// byte of the closure is always accepted, so the search stops at the
// first other byte accepted (usually a few tries: bytes below 0x20 are
// refused at once almost everywhere).
func (m *Matcher) onlyByte() (byte, bool) {
	if c, ok, known := m.onlyTrieByte(); known {
		return c, ok
	}
	m.scratch = m.Closure(m.scratch[:0])
	if len(m.scratch) == 0 {
		return 0, false
	}
	c0 := m.scratch[0]
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

// onlyTrieByte answers onlyByte for a top frame inside a trie that may
// not end there; known is false for other frames.
func (m *Matcher) onlyTrieByte() (c byte, ok, known bool) {
	g := m.g
	f := &m.stack[len(m.stack)-1]
	n := &g.nodes[f.node]
	switch {
	case n.kind == kLiteral || n.kind == kTagged:
	case n.kind == kObject && f.st >= 0:
	default:
		return 0, false, false
	}
	t := &g.tries[f.st]
	if t.term >= 0 {
		return 0, false, false // a literal or discriminator that may end here
	}
	live := 0
	for _, e := range t.edges {
		if n.kind != kObject || g.keyLive(f, n, e.to) {
			live++
			c = e.b
		}
	}
	return c, live == 1, true
}
