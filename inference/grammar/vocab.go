package grammar

import (
	"bytes"
	"fmt"
	"slices"
)

// Vocab is a model's vocabulary as the grammar sees it: the bytes each
// token appends to the text. Tokens without bytes (control tokens: BOS,
// chat markers) are never allowed, except the stop tokens, which are
// allowed exactly when the document is complete.
type Vocab struct {
	tokens [][]byte
	stop   []int32
	// sorted holds the ids of tokens with bytes in byte order, so that a
	// walk over them shares each common prefix (a trie walk without the
	// trie); lcp[i] is the common prefix of sorted[i-1] and sorted[i].
	sorted []int32
	lcp    []int32
	skip   []int32 // skip[i]: the first index after i whose token starts with another byte
	maxLen int
}

// NewVocab returns the vocabulary of tokens (tokens[id] is what token id
// appends; nil for control tokens) with the given stop tokens (end of
// sequence, end of turn).
func NewVocab(tokens [][]byte, stop []int32) (*Vocab, error) {
	v := &Vocab{tokens: tokens}
	for _, id := range stop {
		if id < 0 || int(id) >= len(tokens) {
			return nil, fmt.Errorf("grammar: stop token %d is out of the vocabulary of %d", id, len(tokens))
		}
		if len(tokens[id]) > 0 {
			return nil, fmt.Errorf("grammar: stop token %d has text %q", id, tokens[id])
		}
		if !slices.Contains(v.stop, id) {
			v.stop = append(v.stop, id)
		}
	}
	for id, t := range tokens {
		if len(t) > 0 {
			v.sorted = append(v.sorted, int32(id))
			v.maxLen = max(v.maxLen, len(t))
		}
	}
	slices.SortStableFunc(v.sorted, func(a, b int32) int { return bytes.Compare(tokens[a], tokens[b]) })
	v.lcp = make([]int32, len(v.sorted))
	for i := 1; i < len(v.sorted); i++ {
		v.lcp[i] = int32(commonPrefix(tokens[v.sorted[i-1]], tokens[v.sorted[i]]))
	}
	v.skip = make([]int32, len(v.sorted))
	next := int32(len(v.sorted))
	for i := len(v.sorted) - 1; i >= 0; i-- {
		v.skip[i] = next
		if v.lcp[i] == 0 {
			next = int32(i)
		}
	}
	return v, nil
}

// Len returns the number of tokens (the length of a mask in bits).
func (v *Vocab) Len() int { return len(v.tokens) }

// Words returns the length of a mask in uint64 words.
func (v *Vocab) Words() int { return (len(v.tokens) + 63) / 64 }

// Bytes returns the bytes of token id.
func (v *Vocab) Bytes(id int32) []byte { return v.tokens[id] }

// IsStop reports whether id is a stop token.
func (v *Vocab) IsStop(id int32) bool { return slices.Contains(v.stop, id) }

func commonPrefix(a, b []byte) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
