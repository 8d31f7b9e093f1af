package grammartest

import (
	"strings"

	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/llama/llamatest"
)

// Model returns the GGUF file of a tiny random-weight model (dimension
// 32, one layer, Q8_0) with the byte-level BPE vocabulary of the GGUF file
// at path, cut to its first n tokens and the merges that make them when
// n is less than its size (a real BPE of the same kind, and a faster
// model). What such a model writes is noise, which is what a grammar has
// to keep valid. seed chooses the weights.
func Model(path string, n int, seed uint64) ([]byte, error) {
	f, err := gguf.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	kv, n := cutVocab(llamatest.Tokenizer(f), n)
	return llamatest.Bytes(llamatest.Config{
		Vocab: n, Dim: 32, Layers: 1, Heads: 2, KVHeads: 1, FFN: 64, Context: 2048,
		Type: gguf.Q8_0, Seed: seed, Extra: kv,
	})
}

// Engine loads Model(path, n, seed), single-threaded.
func Engine(path string, n int, seed uint64) (*inference.Engine, error) {
	data, err := Model(path, n, seed)
	if err != nil {
		return nil, err
	}
	return inference.Load(data, inference.Options{Threads: 1})
}

// cutVocab keeps the first n tokens of a byte-level BPE's metadata and
// the merges that make them, and returns the vocabulary's size.
func cutVocab(kv []gguf.KV, n int) ([]gguf.KV, int) {
	var tokens []string
	for _, p := range kv {
		if t, ok := p.Value.([]string); ok && p.Key == "tokenizer.ggml.tokens" {
			tokens = t[:min(n, len(t))]
		}
	}
	kept := map[string]bool{}
	for _, tk := range tokens {
		kept[tk] = true
	}
	out := make([]gguf.KV, 0, len(kv))
	for _, p := range kv {
		switch v := p.Value.(type) {
		case []string:
			if p.Key == "tokenizer.ggml.tokens" {
				p.Value = tokens
			}
			if p.Key == "tokenizer.ggml.merges" {
				var ms []string
				for _, m := range v {
					if kept[strings.ReplaceAll(m, " ", "")] {
						ms = append(ms, m)
					}
				}
				p.Value = ms
			}
		case []int32:
			if p.Key == "tokenizer.ggml.token_type" {
				p.Value = v[:len(tokens)]
			}
		case []float32:
			if p.Key == "tokenizer.ggml.scores" {
				p.Value = v[:len(tokens)]
			}
		}
		out = append(out, p)
	}
	return out, len(tokens)
}
