package gguf

import (
	"bytes"
	"fmt"
	"testing"
)

// realistic returns a file shaped like a small real model: a 151,936-token
// vocabulary with its types and 151,387 merges (Qwen2.5's counts), 290
// tensors and 20 MB of tensor data.
func realistic(tb testing.TB) []byte {
	const vocab, nmerges = 151936, 151387
	tokens := make([]string, vocab)
	types := make([]int32, vocab)
	for i := range tokens {
		tokens[i] = fmt.Sprintf("tok%d", i)
		types[i] = 1
	}
	merges := make([]string, nmerges)
	for i := range merges {
		merges[i] = fmt.Sprintf("a%d b%d", i, i)
	}
	kv := []KV{
		{"general.architecture", "qwen2"},
		{"tokenizer.ggml.model", "gpt2"},
		{"tokenizer.ggml.tokens", tokens},
		{"tokenizer.ggml.token_type", types},
		{"tokenizer.ggml.merges", merges},
	}
	var tensors []TensorInfo
	for i := range 290 {
		tensors = append(tensors, TensorInfo{Name: fmt.Sprintf("blk.%d.weight", i), Type: Q8_0, Dims: []uint64{256, 256}, Data: make([]byte, 256*256/32*34)})
	}
	return encode(tb, kv, tensors)
}

func BenchmarkParse(b *testing.B) {
	data := realistic(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	f, err := Parse(realistic(b))
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, f.KV, f.Tensors); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
