package grammar

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/genui/genui/inference/grammar/grammartest"
	"github.com/genui/genui/inference/tokenizer"
)

var (
	vocabOnce sync.Once
	vocabToks = map[int]*tokenizer.Tokenizer{}
	vocabErr  error
)

// testTokenizer returns the 32k-token byte-level BPE of
// inference/testdata/vocab32k.gguf (qwen2-style pre-tokenizer) for n =
// 32000, and for n = 8000 its cut to the first 8000 tokens.
func testTokenizer(t testing.TB, n int) *tokenizer.Tokenizer {
	t.Helper()
	vocabOnce.Do(func() {
		for _, size := range []int{32000, 8000} {
			if vocabToks[size], vocabErr = grammartest.Tokenizer(filepath.Join("..", "testdata", "vocab32k.gguf"), size); vocabErr != nil {
				return
			}
		}
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
