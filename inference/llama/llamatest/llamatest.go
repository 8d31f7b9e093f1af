// Package llamatest writes llama-family GGUF models with random weights,
// for tests and benchmarks that need a model of a given shape and type
// but not a trained one (speed, memory, plumbing, determinism).
package llamatest

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"math/rand/v2"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/tensor"
)

// Config is the shape of a random model.
type Config struct {
	Arch                                    string // "llama" (default) or "qwen2" (with Q/K/V biases)
	Vocab, Dim, Layers, Heads, KVHeads, FFN int
	Context                                 int       // default 2048
	Type                                    gguf.Type // of the weight matrices (F32 if zero)
	Tied                                    bool      // no output.weight: the embedding serves
	Seed                                    uint64
	Extra                                   []gguf.KV // more metadata, e.g. a tokenizer's
}

// SmolLM2 is the shape of SmolLM2-135M (about 135M parameters).
var SmolLM2 = Config{Vocab: 49152, Dim: 576, Layers: 30, Heads: 9, KVHeads: 3, FFN: 1536, Context: 2048, Tied: true}

// Small is a ~15M-parameter shape (vocab 8192, dim 384, 6 layers).
var Small = Config{Vocab: 8192, Dim: 384, Layers: 6, Heads: 6, KVHeads: 2, FFN: 1024, Context: 2048}

// Params returns the number of parameters of the shape.
func (c Config) Params() int {
	hd := c.Dim / c.Heads
	layer := 2*c.Dim + c.Dim*c.Heads*hd*2 + 2*c.Dim*c.KVHeads*hd + 3*c.Dim*c.FFN
	n := c.Layers*layer + c.Vocab*c.Dim + c.Dim
	if !c.Tied {
		n += c.Vocab * c.Dim
	}
	return n
}

type tensorSpec struct {
	name       string
	rows, cols int // rows 0: a vector of cols values
	kind       int // 0 matrix, 1 norm (≈1), 2 bias
}

// Write writes the model to w, one tensor at a time.
func Write(w io.Writer, c Config) error {
	if c.Arch == "" {
		c.Arch = "llama"
	}
	if c.Context == 0 {
		c.Context = 2048
	}
	if c.Type == 0 {
		c.Type = gguf.F32
	}
	hd := c.Dim / c.Heads
	q, kv := c.Heads*hd, c.KVHeads*hd
	a := c.Arch + "."
	meta := append([]gguf.KV{
		{Key: "general.architecture", Value: c.Arch},
		{Key: "general.name", Value: "random"},
		{Key: a + "context_length", Value: uint32(c.Context)},
		{Key: a + "embedding_length", Value: uint32(c.Dim)},
		{Key: a + "block_count", Value: uint32(c.Layers)},
		{Key: a + "feed_forward_length", Value: uint32(c.FFN)},
		{Key: a + "attention.head_count", Value: uint32(c.Heads)},
		{Key: a + "attention.head_count_kv", Value: uint32(c.KVHeads)},
		{Key: a + "attention.layer_norm_rms_epsilon", Value: float32(1e-5)},
		{Key: a + "rope.freq_base", Value: float32(10000)},
	}, c.Extra...)
	specs := []tensorSpec{{"token_embd.weight", c.Vocab, c.Dim, 0}, {"output_norm.weight", 0, c.Dim, 1}}
	if !c.Tied {
		specs = append(specs, tensorSpec{"output.weight", c.Vocab, c.Dim, 0})
	}
	for l := 0; l < c.Layers; l++ {
		p := fmt.Sprintf("blk.%d.", l)
		specs = append(specs,
			tensorSpec{p + "attn_norm.weight", 0, c.Dim, 1},
			tensorSpec{p + "attn_q.weight", q, c.Dim, 0},
			tensorSpec{p + "attn_k.weight", kv, c.Dim, 0},
			tensorSpec{p + "attn_v.weight", kv, c.Dim, 0},
			tensorSpec{p + "attn_output.weight", c.Dim, q, 0},
			tensorSpec{p + "ffn_norm.weight", 0, c.Dim, 1},
			tensorSpec{p + "ffn_gate.weight", c.FFN, c.Dim, 0},
			tensorSpec{p + "ffn_up.weight", c.FFN, c.Dim, 0},
			tensorSpec{p + "ffn_down.weight", c.Dim, c.FFN, 0})
		if c.Arch == "qwen2" {
			specs = append(specs, tensorSpec{p + "attn_q.bias", 0, q, 2}, tensorSpec{p + "attn_k.bias", 0, kv, 2}, tensorSpec{p + "attn_v.bias", 0, kv, 2})
		}
	}
	infos := make([]gguf.TensorInfo, len(specs))
	for i, s := range specs {
		infos[i] = gguf.TensorInfo{Name: s.name, Type: gguf.F32, Dims: []uint64{uint64(s.cols)}}
		if s.rows > 0 {
			infos[i] = gguf.TensorInfo{Name: s.name, Type: c.Type, Dims: []uint64{uint64(s.cols), uint64(s.rows)}}
		}
	}
	wr, err := gguf.NewWriter(w, meta, infos)
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(c.Seed, 0x6c6c616d61))
	for i, s := range specs {
		n := max(1, s.rows) * s.cols
		v := make([]float32, n)
		scale := float32(math.Sqrt(3 / float64(s.cols))) // uniform with variance 1/fan-in
		for j := range v {
			u := 2*r.Float32() - 1
			switch s.kind {
			case 0:
				v[j] = u * scale
			case 1:
				v[j] = 1 + 0.1*u
			case 2:
				v[j] = 0.1 * u
			}
		}
		data, err := tensor.Quantize(infos[i].Type, v)
		if err != nil {
			return fmt.Errorf("llamatest: %s: %w", s.name, err)
		}
		if err := wr.WriteTensor(data); err != nil {
			return err
		}
	}
	return wr.Close()
}

// Bytes returns the model as a GGUF file in memory.
func Bytes(c Config) ([]byte, error) {
	var b bytes.Buffer
	if err := Write(&b, c); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Tokenizer returns the tokenizer metadata (tokenizer.*) of a GGUF file,
// to give a random model a real vocabulary.
func Tokenizer(f *gguf.File) []gguf.KV {
	var kv []gguf.KV
	for _, p := range f.KV {
		if len(p.Key) > 10 && p.Key[:10] == "tokenizer." {
			kv = append(kv, p)
		}
	}
	return kv
}
