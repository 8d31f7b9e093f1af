package gguf_test

import (
	"bytes"
	"fmt"

	"github.com/genui/genui/inference/gguf"
)

func Example() {
	// Write a small model file, then read it back in place.
	var buf bytes.Buffer
	err := gguf.Write(&buf,
		[]gguf.KV{
			{Key: "general.architecture", Value: "llama"},
			{Key: "llama.block_count", Value: uint32(2)},
			{Key: "tokenizer.ggml.tokens", Value: []string{"<s>", "hello"}},
		},
		[]gguf.TensorInfo{{Name: "token_embd.weight", Type: gguf.Q8_0, Dims: []uint64{64, 2}, Data: make([]byte, 2*34*2)}})
	if err != nil {
		panic(err)
	}
	f, err := gguf.Parse(buf.Bytes())
	if err != nil {
		panic(err)
	}
	arch, _ := f.String("general.architecture")
	blocks, _ := f.Uint(arch + ".block_count")
	tokens, _ := f.Strings("tokenizer.ggml.tokens")
	emb, _ := f.Tensor("token_embd.weight")
	fmt.Println(arch, blocks, tokens)
	fmt.Println(emb.Type, emb.Dims, len(emb.Data), "bytes at", f.DataOffset+int64(emb.Offset))

	// A hostile header is refused with the field and offset at fault.
	_, err = gguf.Parse([]byte("GGUF\x03\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\x3f"))
	fmt.Println(err)
	// Output:
	// llama 2 [<s> hello]
	// Q8_0 [64 2] 136 bytes at 256
	// gguf: tensor_count at offset 8: over a limit: 4611686018427387903 is over MaxTensors (65536)
}
