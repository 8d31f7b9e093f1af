package tokenizer

import "strings"

// bpe is a byte-level BPE model (tokenizer.ggml.model = gpt2). Words are
// merged on token ids: a word starts as one symbol per byte and the pair of
// neighbours with the lowest merge rank is merged first, the leftmost on a
// tie, with a heap of candidate pairs and a linked list of symbols, exactly
// as tokenizers' Word::merge_all does (llama.cpp's llm_tokenizer_bpe is
// the same algorithm on strings).
type bpe struct {
	pre     pretokenizer
	byteID  [256]int32       // the token of each single byte; -1 if none
	merges  pairTable        // pairKey(left, right) → rank
	mergeID []int32          // rank → the merged token
	whole   map[string]int32 // raw bytes → id, for IgnoreMerges; nil if off
	unk     int32
}

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// newBPE compiles the merges and the byte alphabet of a byte-level vocab;
// t holds the tokens' bytes already.
func newBPE(v *Vocab, ids map[string]int32, t *Tokenizer) (*bpe, error) {
	pre, ok := pretokenizers[v.Pre]
	if !ok {
		return nil, unsupportedPre(v.Pre)
	}
	m := &bpe{pre: pre, unk: v.UNK, merges: newPairTable(len(v.Merges)), mergeID: make([]int32, len(v.Merges))}
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
		m.merges.add(pairKey(a, b), uint32(rank)) // the first rule wins
		m.mergeID[rank] = ab
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

// A candidate merge of the symbol at pos with its next is the heap key
// rank<<32 | pos: the lowest rank pops first, the leftmost on a tie.
func mergeKey(rank uint32, pos int32) uint64 { return uint64(rank)<<32 | uint64(uint32(pos)) }

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
	for k := int32(0); k+1 < int32(len(syms)); k++ {
		if r, ok := m.merges.get(pairKey(syms[k].id, syms[k+1].id)); ok {
			h = append(h, mergeKey(r, k))
		}
	}
	heapify(h)
	for len(h) > 0 {
		var top uint64
		top, h = heapPop(h)
		pos, id := int32(uint32(top)), m.mergeID[top>>32]
		left := &syms[pos]
		if left.size == 0 || left.next < 0 {
			continue
		}
		right := &syms[left.next]
		// A stale candidate: the pair changed since it was pushed. As in
		// tokenizers, it still counts if the pair now makes the same token.
		if r, ok := m.merges.get(pairKey(left.id, right.id)); !ok || m.mergeID[r] != id {
			continue
		}
		left.id, left.size, left.next = id, left.size+right.size, right.next
		right.size = 0
		if left.next >= 0 {
			syms[left.next].prev = pos
		}
		if left.prev >= 0 {
			if r, ok := m.merges.get(pairKey(syms[left.prev].id, left.id)); ok {
				h = heapPush(h, mergeKey(r, left.prev))
			}
		}
		if left.next >= 0 {
			if r, ok := m.merges.get(pairKey(left.id, syms[left.next].id)); ok {
				h = heapPush(h, mergeKey(r, pos))
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

// heapPush, heapPop and heapify keep h a binary min-heap of keys.
func heapPush(h []uint64, x uint64) []uint64 {
	h = append(h, x)
	for i := len(h) - 1; i > 0; {
		p := (i - 1) / 2
		if h[p] <= h[i] {
			break
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
	return h
}

func heapPop(h []uint64) (uint64, []uint64) {
	top := h[0]
	n := len(h) - 1
	h[0] = h[n]
	h = h[:n]
	siftDown(h, 0)
	return top, h
}

func heapify(h []uint64) {
	for i := len(h)/2 - 1; i >= 0; i-- {
		siftDown(h, i)
	}
}

func siftDown(h []uint64, i int) {
	for n := len(h); ; {
		l, least := 2*i+1, i
		if l < n && h[l] < h[least] {
			least = l
		}
		if r := l + 1; r < n && h[r] < h[least] {
			least = r
		}
		if least == i {
			return
		}
		h[i], h[least] = h[least], h[i]
		i = least
	}
}

// pairTable maps pair keys to merges: open addressing with linear probing
// over one array, so a lookup touches one cache line. Merge lookups are
// most of the encoding time; this is a fifth faster than a Go map.
type pairTable struct {
	slots []pairSlot
	mask  uint64
}

type pairSlot struct {
	key uint64
	val uint32
}

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
func (t *pairTable) add(k uint64, v uint32) {
	i := t.slot(k)
	for t.slots[i].key != emptyKey {
		if t.slots[i].key == k {
			return
		}
		i = (i + 1) & t.mask
	}
	t.slots[i] = pairSlot{k, v}
}

func (t *pairTable) get(k uint64) (uint32, bool) {
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case k:
			return t.slots[i].val, true
		case emptyKey:
			return 0, false
		}
	}
}
