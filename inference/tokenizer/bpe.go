package tokenizer

import "strings"

// bpe is a byte-level BPE model (tokenizer.ggml.model = gpt2). Words are
// merged on token ids: a word starts as one symbol per byte and the pair of
// neighbours with the lowest merge rank is merged first, the leftmost on a
// tie, with a heap of candidate pairs and a linked list of symbols, exactly
// as tokenizers' Word::merge_all does (llama.cpp's llm_tokenizer_bpe is
// the same algorithm on strings).
type bpe struct {
	pre    pretokenizer
	byteID [256]int32       // the token of each single byte; -1 if none
	merges pairTable        // pairKey(left, right) → rank<<32 | merged id
	whole  map[string]int32 // raw bytes → id, for IgnoreMerges; nil if off
	unk    int32
}

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// newBPE compiles the merges and the byte alphabet of a byte-level vocab;
// t holds the tokens' bytes already.
func newBPE(v *Vocab, ids map[string]int32, t *Tokenizer) (*bpe, error) {
	pre, ok := pretokenizers[v.Pre]
	if !ok {
		return nil, unsupportedPre(v.Pre)
	}
	m := &bpe{pre: pre, unk: v.UNK, merges: newPairTable(len(v.Merges))}
	for b := range 256 {
		m.byteID[b] = -1
		if id, ok := ids[string(byteRune[b])]; ok && v.typeOf(int(id)) == Normal {
			m.byteID[b] = id
		}
	}
	for rank, rule := range v.Merges {
		// llama.cpp splits at the first space after the first byte.
		sp := strings.IndexByte(rule[min(1, len(rule)):], ' ') + 1
		if sp <= 0 {
			return nil, invalid("merge %d (%q) is not two tokens separated by a space", rank, rule)
		}
		left, right := rule[:sp], rule[sp+1:]
		a, okA := ids[left]
		b, okB := ids[right]
		ab, okAB := ids[left+right]
		switch {
		case !okA:
			return nil, invalid("merge %d (%q): %q is not a token", rank, rule, left)
		case !okB:
			return nil, invalid("merge %d (%q): %q is not a token", rank, rule, right)
		case !okAB:
			return nil, invalid("merge %d (%q): %q is not a token", rank, rule, left+right)
		}
		m.merges.add(pairKey(a, b), uint64(rank)<<32|uint64(uint32(ab))) // the first rule wins
	}
	if v.IgnoreMerges {
		m.whole = make(map[string]int32, len(v.Tokens))
		for id := range v.Tokens {
			if p := t.TokenBytes(int32(id)); v.typeOf(id) == Normal && len(p) > 0 {
				m.whole[string(p)] = int32(id)
			}
		}
	}
	return m, nil
}

// encode appends the ids of a fragment of text without special tokens.
func (m *bpe) encode(dst []int32, s string, sc *scratch) []int32 {
	for w := range m.pre.words(s) {
		dst = m.word(dst, w, sc)
	}
	return dst
}

// bpeSymbol is a node of a word's symbol list; size 0 marks one merged
// away.
type bpeSymbol struct {
	id         int32
	prev, next int32
	size       int32
}

// bpeMerge is a candidate merge of the symbol at pos with its next.
type bpeMerge struct {
	rank, pos, id int32
}

func (a bpeMerge) before(b bpeMerge) bool {
	return a.rank < b.rank || a.rank == b.rank && a.pos < b.pos
}

// word appends the ids of one pre-tokenized word.
func (m *bpe) word(dst []int32, w string, sc *scratch) []int32 {
	if len(w) == 1 {
		return m.appendByte(dst, w[0])
	}
	if m.whole != nil {
		if id, ok := m.whole[w]; ok {
			return append(dst, id)
		}
	}
	syms := sc.syms[:0]
	for i := 0; i < len(w); i++ {
		id := m.byteID[w[i]]
		if id < 0 {
			if id = m.unk; id < 0 {
				continue // no token for this byte: dropped, as tokenizers does
			}
		}
		k := int32(len(syms))
		syms = append(syms, bpeSymbol{id: id, prev: k - 1, next: k + 1, size: 1})
	}
	if len(syms) == 0 {
		return dst
	}
	syms[len(syms)-1].next = -1
	h := sc.heap[:0]
	for k := 0; k+1 < len(syms); k++ {
		if r, ok := m.merges.get(pairKey(syms[k].id, syms[k+1].id)); ok {
			h = heapPush(h, bpeMerge{rank: int32(r >> 32), pos: int32(k), id: int32(uint32(r))})
		}
	}
	for len(h) > 0 {
		var top bpeMerge
		top, h = heapPop(h)
		left := &syms[top.pos]
		if left.size == 0 || left.next < 0 {
			continue
		}
		rpos := left.next
		right := &syms[rpos]
		// A stale candidate: the pair changed since it was pushed.
		if r, ok := m.merges.get(pairKey(left.id, right.id)); !ok || int32(uint32(r)) != top.id {
			continue
		}
		left.id, left.size, left.next = top.id, left.size+right.size, right.next
		right.size = 0
		if left.next >= 0 {
			syms[left.next].prev = top.pos
		}
		if left.prev >= 0 {
			if r, ok := m.merges.get(pairKey(syms[left.prev].id, left.id)); ok {
				h = heapPush(h, bpeMerge{rank: int32(r >> 32), pos: left.prev, id: int32(uint32(r))})
			}
		}
		if left.next >= 0 {
			if r, ok := m.merges.get(pairKey(left.id, syms[left.next].id)); ok {
				h = heapPush(h, bpeMerge{rank: int32(r >> 32), pos: top.pos, id: int32(uint32(r))})
			}
		}
	}
	for k := int32(0); k >= 0; k = syms[k].next {
		dst = append(dst, syms[k].id)
	}
	sc.syms, sc.heap = syms, h
	return dst
}

func (m *bpe) appendByte(dst []int32, b byte) []int32 {
	if id := m.byteID[b]; id >= 0 {
		return append(dst, id)
	}
	if m.unk >= 0 {
		return append(dst, m.unk)
	}
	return dst
}

// ordered is an element of a heap: before says which pops first.
type ordered[T any] interface{ before(T) bool }

// heapPush and heapPop keep h a binary heap whose top comes before all.
func heapPush[T ordered[T]](h []T, x T) []T {
	h = append(h, x)
	for i := len(h) - 1; i > 0; {
		p := (i - 1) / 2
		if !h[i].before(h[p]) {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
	return h
}

func heapPop[T ordered[T]](h []T) (T, []T) {
	top := h[0]
	n := len(h) - 1
	h[0] = h[n]
	h = h[:n]
	for i := 0; ; {
		l, least := 2*i+1, i
		if l < n && h[l].before(h[least]) {
			least = l
		}
		if r := l + 1; r < n && h[r].before(h[least]) {
			least = r
		}
		if least == i {
			break
		}
		h[i], h[least] = h[least], h[i]
		i = least
	}
	return top, h
}

// pairTable maps pair keys to merges: open addressing with linear probing
// over one array, so a lookup touches one cache line. Merge lookups are
// most of the encoding time; this is a fifth faster than a Go map.
type pairTable struct {
	slots []pairSlot
	mask  uint64
}

type pairSlot struct{ key, val uint64 }

const emptyKey = ^uint64(0) // pairKey(-1, -1): no pair of tokens has it

func newPairTable(n int) pairTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	t := pairTable{slots: make([]pairSlot, size), mask: uint64(size - 1)}
	for i := range t.slots {
		t.slots[i].key = emptyKey
	}
	return t
}

func (t *pairTable) slot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> 32 & t.mask }

// add inserts k unless it is there already.
func (t *pairTable) add(k, v uint64) {
	i := t.slot(k)
	for t.slots[i].key != emptyKey {
		if t.slots[i].key == k {
			return
		}
		i = (i + 1) & t.mask
	}
	t.slots[i] = pairSlot{k, v}
}

func (t *pairTable) get(k uint64) (uint64, bool) {
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case k:
			return t.slots[i].val, true
		case emptyKey:
			return 0, false
		}
	}
}
