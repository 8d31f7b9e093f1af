package grammar

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/tokenizer"
)

var (
	vocabOnce sync.Once
	vocabToks map[int]*tokenizer.Tokenizer
	vocabErr  error
)

// testTokenizer returns the 32k-token byte-level BPE of
// inference/testdata/vocab32k.gguf (qwen2-style pre-tokenizer) for n =
// 32000, and for n = 8000 the same tokenizer cut to its first 8000 tokens
// and the merges that make them: a real 8k BPE of the same kind.
func testTokenizer(t testing.TB, n int) *tokenizer.Tokenizer {
	t.Helper()
	vocabOnce.Do(func() {
		vocabToks = map[int]*tokenizer.Tokenizer{}
		f, err := gguf.Open(filepath.Join("..", "testdata", "vocab32k.gguf"))
		if err != nil {
			vocabErr = err
			return
		}
		defer f.Close()
		v, err := tokenizer.FromGGUF(f)
		if err != nil {
			vocabErr = err
			return
		}
		if vocabToks[32000], vocabErr = tokenizer.New(v); vocabErr != nil {
			return
		}
		small := *v
		small.Tokens, small.Types = v.Tokens[:8000], v.Types[:8000]
		kept := map[string]bool{}
		for _, tk := range small.Tokens {
			kept[tk] = true
		}
		small.Merges = nil
		for _, m := range v.Merges {
			if kept[strings.ReplaceAll(m, " ", "")] {
				small.Merges = append(small.Merges, m)
			}
		}
		vocabToks[8000], vocabErr = tokenizer.New(&small)
	})
	if vocabErr != nil {
		t.Fatal(vocabErr)
	}
	return vocabToks[n]
}

// vocabOf returns the grammar's view of a tokenizer.
func vocabOf(t testing.TB, tok *tokenizer.Tokenizer) *Vocab {
	t.Helper()
	n := tok.Len()
	tokens := make([][]byte, n)
	var stop []int32
	for id := range n {
		tokens[id] = tok.TokenBytes(int32(id))
		if tok.IsControl(int32(id)) && (int32(id) == tok.EOS() || int32(id) == tok.EOT()) {
			stop = append(stop, int32(id))
		}
	}
	v, err := NewVocab(tokens, stop)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
