package grammartest

import (
	"strings"

	"github.com/genui/genui/inference"
	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/llama/llamatest"
)

// Tiny is the shape of Engine's model: dimension 32, one layer, Q8_0.
var Tiny = llamatest.Config{Dim: 32, Layers: 1, Heads: 2, KVHeads: 1, FFN: 64, Context: 2048, Type: gguf.Q8_0}

// Model returns the GGUF file of a random-weight model of the given shape
// whose vocabulary is the byte-level BPE of the GGUF file at path, cut to
// its first shape.Vocab tokens and the merges that make them (a real BPE
// of the same kind, and a faster model; all of it if shape.Vocab is 0 or
// more). What such a model writes is noise, which is what a grammar has to
// keep valid.
func Model(path string, shape llamatest.Config) ([]byte, error) {
	f, err := gguf.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	n := shape.Vocab
	if n <= 0 {
		n = 1 << 30
	}
	shape.Extra, shape.Vocab = cutVocab(llamatest.Tokenizer(f), n)
	return llamatest.Bytes(shape)
}

// Engine loads a Tiny model with the first n tokens of the vocabulary at
// path and weights chosen by seed, single-threaded.
func Engine(path string, n int, seed uint64) (*inference.Engine, error) {
	shape := Tiny
	shape.Vocab, shape.Seed = n, seed
	data, err := Model(path, shape)
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
