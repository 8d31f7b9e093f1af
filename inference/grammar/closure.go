package grammar

// The closure of a matcher state is the shortest text that completes what
// was read into a valid document. Each frame's share depends only on the
// frame (its parent is already in the state it returns to once the frame
// is complete), so the closure is the frames' shares from the top down.
// The same choices give the lengths the budget check uses (closeLen) and
// the counted instances and nesting the limit checks use (frameInfo), so
// what is checked is what would be written.

// Closure appends to dst the shortest text that makes what was read a
// complete document, and returns the extended slice. For a complete
// document it appends nothing.
func (m *Matcher) Closure(dst []byte) []byte {
	for i := len(m.stack) - 1; i >= 0; i-- {
		dst = m.g.frameClose(dst, &m.stack[i])
	}
	return dst
}

// CloseLen returns the length of Closure's text.
func (m *Matcher) CloseLen() int {
	l := 0
	for i := range m.stack {
		l += int(m.g.frameInfo(&m.stack[i]).len)
	}
	return l
}

// keyChoice returns the property the closure of an object frame in its
// key trie completes: the one whose key rest, shortest value and required
// rest are shortest.
func (g *Grammar) keyChoice(f *frame, n *node) int32 {
	best, bestLen := int32(-1), int32(0)
	depth := g.tries[f.st].depth
	for _, j := range g.tries[f.st].leaves {
		if j < f.a || j > lastCandidate(n, f.a) || !n.allowed(f, j) {
			continue
		}
		p := &n.props[j]
		l := int32(len(p.text)) - depth + int32(len(g.nodes[p.value].min)) + n.tab.sepInfo[1][j+1].len
		if best < 0 || l < bestLen {
			best, bestLen = j, l
		}
	}
	return best
}

// tagChoice returns the payload the closure of a tagged frame completes.
func (g *Grammar) tagChoice(f *frame, n *node) int32 {
	best, bestLen := int32(-1), int32(0)
	for _, p := range g.tries[f.st].leaves {
		l := int32(len(n.texts[p])) + g.nodes[n.branches[p]].tab.sepInfo[1][1].len
		if best < 0 || l < bestLen {
			best, bestLen = p, l
		}
	}
	return best
}

// arrayNeeds returns how many more items an array frame's closure writes.
func arrayNeeds(f *frame, n *node) int32 {
	switch f.st {
	case arrFirst:
		return n.minItems
	case arrComma:
		return max(1, n.minItems-f.a)
	}
	return max(0, n.minItems-f.a)
}

// frameInfo describes a frame's share of the closure.
func (g *Grammar) frameInfo(f *frame) closeInfo {
	n := &g.nodes[f.node]
	switch n.kind {
	case kObject:
		switch {
		case f.st == objOpen:
			return n.minInfo()
		case f.st == objSep:
			return n.tab.sepInfo[f.b][f.a]
		case f.st == objValue:
			return g.nodes[n.props[f.a].value].minInfo().then(n.tab.sepInfo[1][f.a+1])
		}
		j := g.keyChoice(f, n)
		p := &n.props[j]
		rest := closeInfo{len: int32(len(p.text)) - g.tries[f.st].depth}
		return rest.then(g.nodes[p.value].minInfo()).then(n.tab.sepInfo[1][j+1])
	case kTagged:
		p := g.tagChoice(f, n)
		rest := closeInfo{len: int32(len(n.texts[p])) - g.tries[f.st].depth}
		return rest.then(g.nodes[n.branches[p]].tab.sepInfo[1][1])
	case kArray:
		if f.st == arrOpen {
			return n.minInfo()
		}
		k := arrayNeeds(f, n)
		ci := closeInfo{len: 1}
		if k > 0 {
			it := g.nodes[n.item].minInfo()
			ci = closeInfo{len: k*(it.len+1) + 1, need: k * it.need, deep: it.deep, nest: it.nest}
			if f.st != arrAfter {
				ci.len-- // no comma before the first
			}
		}
		return ci
	case kMap:
		v := g.nodes[n.item].minInfo()
		switch f.st {
		case mapOpen:
			return closeInfo{len: 2}
		case mapKey:
			k := g.nodes[n.key].minInfo()
			return closeInfo{len: k.len + 1 + v.len + 1, need: v.need, deep: v.deep, nest: v.nest}
		case mapColon:
			return closeInfo{len: 1 + v.len + 1, need: v.need, deep: v.deep, nest: v.nest}
		case mapValue:
			return closeInfo{len: v.len + 1, need: v.need, deep: v.deep, nest: v.nest}
		}
		return closeInfo{len: 1}
	case kString:
		var buf [64]byte
		return closeInfo{len: int32(len(g.closeString(buf[:0], f, n)))}
	case kNumber:
		var buf [64]byte
		return closeInfo{len: int32(len(n.num.closeText(buf[:0], f)))}
	case kLiteral:
		return closeInfo{len: g.tries[f.st].dist}
	case kDoc:
		if f.st == 0 {
			return g.nodes[n.item].minInfo()
		}
	}
	return closeInfo{}
}

// frameClose appends a frame's share of the closure.
func (g *Grammar) frameClose(b []byte, f *frame) []byte {
	n := &g.nodes[f.node]
	switch n.kind {
	case kObject:
		switch {
		case f.st == objOpen:
			return append(b, n.min...)
		case f.st == objSep:
			return append(b, n.tab.sepText[f.b][f.a]...)
		case f.st == objValue:
			b = append(b, g.nodes[n.props[f.a].value].min...)
			return append(b, n.tab.sepText[1][f.a+1]...)
		}
		j := g.keyChoice(f, n)
		p := &n.props[j]
		b = append(b, p.text[g.tries[f.st].depth:]...)
		b = append(b, g.nodes[p.value].min...)
		return append(b, n.tab.sepText[1][j+1]...)
	case kTagged:
		p := g.tagChoice(f, n)
		b = append(b, n.texts[p][g.tries[f.st].depth:]...)
		return append(b, g.nodes[n.branches[p]].tab.sepText[1][1]...)
	case kArray:
		if f.st == arrOpen {
			return append(b, n.min...)
		}
		k := arrayNeeds(f, n)
		for i := int32(0); i < k; i++ {
			if i > 0 || f.st == arrAfter {
				b = append(b, ',')
			}
			b = append(b, g.nodes[n.item].min...)
		}
		return append(b, ']')
	case kMap:
		switch f.st {
		case mapOpen:
			return append(b, '{', '}')
		case mapKey:
			b = append(b, g.nodes[n.key].min...)
			fallthrough
		case mapColon:
			b = append(b, ':')
			fallthrough
		case mapValue:
			b = append(b, g.nodes[n.item].min...)
		}
		return append(b, '}')
	case kString:
		return g.closeString(b, f, n)
	case kNumber:
		return n.num.closeText(b, f)
	case kLiteral:
		return g.shortestTail(b, f.st)
	case kDoc:
		if f.st == 0 {
			return append(b, g.nodes[n.item].min...)
		}
	}
	return b
}
