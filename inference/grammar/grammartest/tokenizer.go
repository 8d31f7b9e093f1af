package grammartest

import (
	"strings"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/tokenizer"
)

// Tokenizer returns the tokenizer of the GGUF file at path, cut to its
// first n tokens and the merges that make them when n is less than its
// size: from the 32k test vocabulary, a real 8k BPE of the same kind.
func Tokenizer(path string, n int) (*tokenizer.Tokenizer, error) {
	f, err := gguf.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	v, err := tokenizer.FromGGUF(f)
	if err != nil {
		return nil, err
	}
	if n < len(v.Tokens) {
		v.Tokens = v.Tokens[:n]
		if v.Types != nil {
			v.Types = v.Types[:n]
		}
		if v.Scores != nil {
			v.Scores = v.Scores[:n]
		}
		kept := map[string]bool{}
		for _, t := range v.Tokens {
			kept[t] = true
		}
		var ms []string
		for _, m := range v.Merges {
			if kept[strings.ReplaceAll(m, " ", "")] {
				ms = append(ms, m)
			}
		}
		v.Merges = ms
	}
	return tokenizer.New(v)
}
