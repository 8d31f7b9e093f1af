package tokenizer

import (
	"math"
	"slices"
	"unicode/utf8"
)

// spm is a SentencePiece BPE model (tokenizer.ggml.model = llama). Spaces
// become "▁"; the text starts as one symbol per rune and the neighbouring
// pair whose concatenation is the piece with the highest score is merged
// first, the leftmost on a tie, as sentencepiece's bpe_model.cc and
// llama.cpp's llm_tokenizer_spm do. A symbol that is no piece falls back
// to its bytes <0xXX>, or to the unknown token in a vocabulary without
// byte tokens.
type spm struct {
	pieces   map[string]int32 // normal, user-defined and unused pieces
	scores   []float32        // nil: all zero
	unused   []bool           // nil when no piece is unused
	byteID   [256]int32       // valid when fallback
	fallback bool
	unk      int32
}

// newSPM indexes the pieces of a SentencePiece vocabulary.
func newSPM(v *Vocab, ids map[string]int32) (*spm, error) {
	m := &spm{pieces: make(map[string]int32, len(v.Tokens)), scores: slices.Clone(v.Scores), unk: v.UNK, fallback: true}
	for id, tok := range v.Tokens {
		switch t := v.typeOf(id); {
		case tok == "":
		case t == Normal || t == UserDefined:
			m.pieces[tok] = int32(id)
		case t == Unused:
			m.pieces[tok] = int32(id)
			if m.unused == nil {
				m.unused = make([]bool, len(v.Tokens))
			}
			m.unused[id] = true
		}
	}
	for b := range 256 {
		id, ok := ids[string([]byte{'<', '0', 'x', "0123456789ABCDEF"[b>>4], "0123456789ABCDEF"[b&15], '>'})]
		m.byteID[b] = id
		m.fallback = m.fallback && ok
	}
	if !m.fallback && m.unk < 0 {
		return nil, invalid("a SentencePiece vocabulary needs the byte tokens <0x00>…<0xFF> or an unknown token")
	}
	return m, nil
}

// spmSymbol is a run of text[start:start+size]; size 0 marks one merged
// away.
type spmSymbol struct {
	start, size int32
	prev, next  int32
}

// A candidate merge of the symbol at left with its next is the heap key
// scoreKey(score)<<32 | left: the highest score pops first, the leftmost on
// a tie.
func pairKeyOf(score float32, left int32) uint64 {
	return uint64(scoreKey(score))<<32 | uint64(uint32(left))
}

// scoreKey maps scores to integers in the opposite order (NaN is refused
// by New; -0 is 0, as the comparison in sentencepiece has it).
func scoreKey(f float32) uint32 {
	if f == 0 {
		f = 0
	}
	b := math.Float32bits(f)
	if b>>31 == 1 {
		return b // negative: larger magnitudes are smaller scores
	}
	return ^(b | 1<<31)
}

// encode appends the ids of a fragment of text without special tokens,
// with a "▁" before it when prefix is set.
func (m *spm) encode(dst []int32, s string, prefix bool, sc *scratch) []int32 {
	text := sc.text[:0]
	if prefix {
		text = append(text, "▁"...)
	}
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			text = append(text, "▁"...)
		} else {
			text = append(text, s[i])
		}
	}
	syms := sc.spmSyms[:0]
	for i := 0; i < len(text); {
		_, n := utf8.DecodeRune(text[i:])
		k := int32(len(syms))
		syms = append(syms, spmSymbol{start: int32(i), size: int32(n), prev: k - 1, next: k + 1})
		i += n
	}
	if len(syms) == 0 {
		return dst
	}
	syms[len(syms)-1].next = -1
	if m.unused != nil {
		if sc.rev == nil {
			sc.rev = make(map[int32][3]int32)
		}
		clear(sc.rev)
	}
	h := sc.heap[:0]
	for k := int32(0); k+1 < int32(len(syms)); k++ {
		h = m.pair(h, text, syms, k, sc)
	}
	for len(h) > 0 {
		var top uint64
		top, h = heapPop(h)
		l := int32(uint32(top))
		left := &syms[l]
		if left.size == 0 || left.next < 0 {
			continue
		}
		// A stale candidate: one side was merged since. The pair there now
		// counts if it makes a piece of the same score, for its own
		// candidate has the same key.
		right := &syms[left.next]
		id, ok := m.pieces[string(text[left.start:right.start+right.size])]
		if !ok || scoreKey(m.score(id)) != uint32(top>>32) {
			continue
		}
		left.size += right.size
		right.size = 0
		left.next = right.next
		if left.next >= 0 {
			syms[left.next].prev = l
		}
		h = m.pair(h, text, syms, left.prev, sc)
		h = m.pair(h, text, syms, l, sc)
	}
	for k := int32(0); k >= 0; k = syms[k].next {
		dst = m.resegment(dst, text, syms[k].start, syms[k].start+syms[k].size, sc)
	}
	sc.text, sc.spmSyms, sc.heap = text, syms, h
	return dst
}

// pair pushes the merge of symbol l with its next when their text is a
// piece.
func (m *spm) pair(h []uint64, text []byte, syms []spmSymbol, l int32, sc *scratch) []uint64 {
	if l < 0 || syms[l].next < 0 {
		return h
	}
	r := syms[l].next
	start, end := syms[l].start, syms[r].start+syms[r].size
	id, ok := m.pieces[string(text[start:end])]
	if !ok {
		return h
	}
	if m.unused != nil && m.unused[id] {
		// sentencepiece splits an unused piece back into the pair that
		// last formed it.
		sc.rev[id] = [3]int32{start, syms[r].start, end}
	}
	return heapPush(h, pairKeyOf(m.score(id), l))
}

func (m *spm) score(id int32) float32 {
	if m.scores == nil {
		return 0
	}
	return m.scores[id]
}

// resegment appends the ids of the final symbol text[start:end].
func (m *spm) resegment(dst []int32, text []byte, start, end int32, sc *scratch) []int32 {
	id, ok := m.pieces[string(text[start:end])]
	if ok {
		if m.unused != nil && m.unused[id] {
			if r, split := sc.rev[id]; split {
				dst = m.resegment(dst, text, r[0], r[1], sc)
				return m.resegment(dst, text, r[1], r[2], sc)
			}
		}
		return append(dst, id)
	}
	if !m.fallback {
		return append(dst, m.unk)
	}
	for _, b := range text[start:end] {
		dst = append(dst, m.byteID[b])
	}
	return dst
}
