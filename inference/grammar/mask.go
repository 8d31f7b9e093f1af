package grammar

import (
	"sync"
)

// Masker computes, for a matcher state, the set of tokens of a vocabulary
// the grammar allows next. It is safe for concurrent use; it caches per
// grammar state what does not depend on the rest of the stack.
//
// A token is walked byte by byte against the matcher, in byte order over
// the whole vocabulary so that tokens sharing a prefix share its steps
// (the sorted vocabulary is the trie), and every step is undone through
// the matcher's log. Most of the vocabulary is decided by the top frame
// alone: a token that stays inside the top frame, or ends exactly where
// it closes, is accepted or rejected whatever lies below. The first time a
// top-frame state is seen, one walk with a floor under the top frame sorts
// the vocabulary into accepted, rejected and uncertain (tokens that read
// past the end of the frame); afterwards a mask is a copy of the accepted
// bits plus a walk over the few uncertain tokens. Inside a string that is
// every token holding a '"', a few hundred of 32k.
type Masker struct {
	g *Grammar
	v *Vocab
	// Bounds on what one token can do, for the check that the limits are
	// far enough away for cached results to hold.
	maxOpen int32 // the most '{' and '[' in one token
	maxPush int32 // the most bytes that can start a counted instance in one token

	mu    sync.RWMutex
	cache map[levelKey]*entry
}

// maxCacheEntries bounds the cache: past it, new states are walked every
// time instead of cached. A first-level entry holds a bit per token.
const maxCacheEntries = 4096

// The cache looks through at most maxLevels frames, going a level deeper
// while more than minLevelTokens tokens remain uncertain.
const (
	maxLevels      = 3
	minLevelTokens = 24
)

// levelKey keys the cache: the keys of the top depth frames, top first.
type levelKey struct {
	depth int32
	k     [maxLevels]cacheKey
}

// cacheKey is the part of the top frame that decides what a token does
// as long as it stays in the frame: the frame with its counters reduced
// to what one token can tell apart.
type cacheKey struct {
	node, st, a, b int32
	c              uint32
	x              uint64
}

// entry is what the cache knows about the states of the top frames with
// a levelKey: the tokens accepted whatever lies below (as bits on the
// first level, as a list on deeper ones: the rest of the level above's
// uncertain tokens), the most one of them lengthens the closure, and the
// tokens that read below the frames.
type entry struct {
	accept    []uint64
	ids       []int32
	maxGrow   int32
	uncertain []int32 // in byte order
	lcp       []int32 // common prefixes of consecutive uncertain tokens
}

// outcome is what a walk found for one token.
type outcome uint8

const (
	accepted outcome = iota
	rejected
	uncertain
)

// NewMasker returns a masker for grammar g over vocabulary v.
func NewMasker(g *Grammar, v *Vocab) *Masker {
	k := &Masker{g: g, v: v, cache: map[levelKey]*entry{}}
	for _, t := range v.tokens {
		var open, push int32
		for _, c := range t {
			if c == '{' || c == '[' {
				open++
			}
			if g.countFirst[c] {
				push++
			}
		}
		k.maxOpen = max(k.maxOpen, open)
		k.maxPush = max(k.maxPush, push)
	}
	return k
}

// Vocab returns the masker's vocabulary.
func (k *Masker) Vocab() *Vocab { return k.v }

// Fill sets dst (Vocab.Words() words, bit id%64 of word id/64 for token
// id) to the tokens allowed after what m has read. left is how many
// tokens may still be written, this one included, or negative for no
// limit: with a limit, a token is allowed only if the closure after it
// still fits in the tokens left (a byte-level vocabulary writes any
// closure of n bytes in at most n tokens), so a generation that stops
// sampling when it runs out ends with a complete document. Stop tokens
// are allowed exactly when the document is complete.
func (k *Masker) Fill(m *Matcher, dst []uint64, left int) {
	slack := int32(1 << 30)
	if left >= 0 {
		slack = int32(left) - 1 - int32(m.CloseLen())
	}
	allow := func(id int32, o outcome) {
		if o == accepted && (left < 0 || m.CloseLen() <= left-1) {
			dst[id>>6] |= 1 << (id & 63)
		}
	}
	clear(dst)
	if !k.plentiful(m) || !k.cached(m, dst, slack, allow) {
		clear(dst)
		k.walk(m, k.v.sorted, k.v.lcp, k.v.skip, allow)
	}
	if m.Complete() {
		for _, id := range k.v.stop {
			dst[id>>6] |= 1 << (id & 63)
		}
	}
}

// cached fills dst from the cache, walking only the tokens that read
// below the frames the cache knows; false means the cache cannot answer
// (a frame not worth caching, or the budget close enough that cached
// tokens may break it).
func (k *Masker) cached(m *Matcher, dst []uint64, slack int32, allow func(int32, outcome)) bool {
	top := len(m.stack) - 1
	var lk levelKey
	key, ok := k.key(m, top)
	if !ok {
		return false
	}
	lk.k[0], lk.depth = key, 1
	e := k.entry(lk, m, nil)
	if e.maxGrow > slack {
		return false
	}
	copy(dst, e.accept)
	for int(lk.depth) < maxLevels && len(e.uncertain) > minLevelTokens && top-int(lk.depth) >= 0 {
		key, ok := k.key(m, top-int(lk.depth))
		if !ok {
			break
		}
		lk.k[lk.depth] = key
		lk.depth++
		e = k.entry(lk, m, e)
		if e.maxGrow > slack {
			return false
		}
		for _, id := range e.ids {
			dst[id>>6] |= 1 << (id & 63)
		}
	}
	k.walk(m, e.uncertain, e.lcp, nil, allow)
	return true
}

// key returns the cache key of frame i of m, or false for frames not
// worth caching (numbers, whose prefixes are many and short-lived).
func (k *Masker) key(m *Matcher, i int) (cacheKey, bool) {
	f := &m.stack[i]
	n := &m.g.nodes[f.node]
	key := cacheKey{node: f.node, st: f.st}
	L := int32(k.v.maxLen)
	switch n.kind {
	case kNumber:
		return key, false
	case kObject:
		key.a, key.b, key.x = f.a, f.b, f.x
	case kArray, kMap:
		key.a = f.a
		if f.a >= n.minItems && n.maxItems-f.a > L {
			key.a = -1 // neither bound can be reached within a token
		}
	case kString:
		key.c = f.c
		switch f.c & strPhase {
		case sUTF, sHex, sLowHex:
			key.x = f.x
		}
		rem, need := n.maxLen-f.a, n.minLen-f.b
		if need <= 0 {
			far := L
			if n.re != nil {
				far += n.re.maxDist
			}
			key.a, key.b = min(rem, far), 0
		} else {
			key.a, key.b = rem, need
		}
	}
	return key, true
}

// plentiful reports whether the limits are far enough away that no token
// can reach them, so that what a token does in the top frames does not
// depend on the counters of the whole stack.
func (k *Masker) plentiful(m *Matcher) bool {
	g, gl := m.g, m.glob
	if gl.nest+k.maxOpen+g.maxNest > int32(g.lim.nesting) {
		return false
	}
	if c := &g.lim.count; g.lim.counted {
		if gl.depth+k.maxPush+g.maxDeep > int32(c.MaxDepth) ||
			gl.count+gl.need+k.maxPush*(1+g.maxFrameNeed)+g.maxFrameNeed > int32(c.MaxCount) {
			return false
		}
	}
	return true
}

// entry returns the cache entry of lk, computing it from m if needed:
// from the whole vocabulary for one level, from the uncertain tokens of
// the level above (up) for more.
func (k *Masker) entry(lk levelKey, m *Matcher, up *entry) *entry {
	k.mu.RLock()
	e := k.cache[lk]
	k.mu.RUnlock()
	if e != nil {
		return e
	}
	e = k.fill(m, len(m.stack)-int(lk.depth), up)
	k.mu.Lock()
	if len(k.cache) < maxCacheEntries {
		k.cache[lk] = e
	}
	k.mu.Unlock()
	return e
}

// fill walks tokens from m with a floor under frame floor: the whole
// vocabulary (up nil) into a bit set, or up's uncertain tokens into a
// list.
func (k *Masker) fill(m *Matcher, floor int, up *entry) *entry {
	e := &entry{}
	ids, lcp, skip := k.v.sorted, k.v.lcp, k.v.skip
	if up == nil {
		e.accept = make([]uint64, k.v.Words())
	} else {
		ids, lcp, skip = up.uncertain, up.lcp, nil
	}
	var base int32
	for i := floor; i < len(m.stack); i++ {
		base += m.g.frameInfo(&m.stack[i]).len
	}
	m.floor = floor
	k.walk(m, ids, lcp, skip, func(id int32, o outcome) {
		switch o {
		case accepted:
			if e.accept != nil {
				e.accept[id>>6] |= 1 << (id & 63)
			} else {
				e.ids = append(e.ids, id)
			}
			grow := -base
			for i := floor; i < len(m.stack); i++ {
				grow += m.g.frameInfo(&m.stack[i]).len
			}
			e.maxGrow = max(e.maxGrow, grow)
		case uncertain:
			e.uncertain = append(e.uncertain, id)
		}
	})
	m.floor = 0
	e.lcp = make([]int32, len(e.uncertain))
	for i := 1; i < len(e.uncertain); i++ {
		e.lcp[i] = int32(commonPrefix(k.v.tokens[e.uncertain[i-1]], k.v.tokens[e.uncertain[i]]))
	}
	return e
}

// walk runs each token of ids (in byte order; lcp[i] is the common prefix
// of ids[i-1] and ids[i]) through m and reports the tokens accepted and
// those that read below the floor; m is left as it was. Tokens share the
// steps of their common prefixes; once a byte fails, the tokens that
// follow with that prefix fail the same way without a step, and where
// skip is given (skip[i]: the next token with another first byte) a
// rejected first byte skips its tokens at once.
func (k *Masker) walk(m *Matcher, ids, lcp, skip []int32, visit func(int32, outcome)) {
	if len(m.marks) < k.v.maxLen+1 {
		m.marks = make([]mark, k.v.maxLen+1)
	}
	marks := m.marks
	marks[0] = m.mark()
	depth, failAt, failOut := 0, -1, rejected
	for i := 0; i < len(ids); i++ {
		id := ids[i]
		tok := k.v.tokens[id]
		l := 0
		if i > 0 {
			l = int(lcp[i])
		}
		if failAt >= 0 && l > failAt {
			if failOut == uncertain {
				visit(id, uncertain)
			}
			continue
		}
		failAt = -1
		if depth > l {
			m.rollback(marks[l])
			depth = l
		}
		for depth < len(tok) {
			m.hitFloor = false
			if !m.step(tok[depth]) {
				failAt, failOut = depth, rejected
				if m.hitFloor {
					failOut = uncertain
				}
				m.rollback(marks[depth])
				break
			}
			depth++
			marks[depth] = m.mark()
		}
		switch {
		case failAt < 0:
			visit(id, accepted)
		case failOut == uncertain:
			visit(id, uncertain)
		case failAt == 0 && skip != nil:
			i = int(skip[i]) - 1
		}
	}
	m.rollback(marks[0])
}
