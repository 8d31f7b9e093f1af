package llama

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/safetensors"
	"github.com/genui/genui/inference/tensor"
)

// expected is a reference model's expected.json, written by
// train/reference.py with transformers in float64.
type expected struct {
	Model  string      `json:"model"`
	Prompt []int32     `json:"prompt"`
	Logits [][]float32 `json:"logits"`
	Greedy []int32     `json:"greedy"`
}

var refModels = []string{"llama-gqa", "qwen2", "llama-ropescale"}

func loadExpected(t testing.TB, name string) *expected {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "hf", "models", name, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var e expected
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatal(err)
	}
	return &e
}

// hfNames maps Hugging Face tensor names to llama.cpp's.
var hfNames = []struct {
	re   *regexp.Regexp
	gguf string
}{
	{regexp.MustCompile(`^model\.embed_tokens\.weight$`), tokenEmbd},
	{regexp.MustCompile(`^model\.norm\.weight$`), outputNorm},
	{regexp.MustCompile(`^lm_head\.weight$`), output},
	{regexp.MustCompile(`^model\.layers\.(\d+)\.input_layernorm\.weight$`), "blk.$1.attn_norm.weight"},
	{regexp.MustCompile(`^model\.layers\.(\d+)\.self_attn\.([qkv])_proj\.(weight|bias)$`), "blk.$1.attn_$2.$3"},
	{regexp.MustCompile(`^model\.layers\.(\d+)\.self_attn\.o_proj\.weight$`), "blk.$1.attn_output.weight"},
	{regexp.MustCompile(`^model\.layers\.(\d+)\.post_attention_layernorm\.weight$`), "blk.$1.ffn_norm.weight"},
	{regexp.MustCompile(`^model\.layers\.(\d+)\.mlp\.(gate|up|down)_proj\.weight$`), "blk.$1.ffn_$2.weight"},
}

// hfGGUF converts a reference model's safetensors to an F32 GGUF the way
// llama.cpp's converter does (names, Q/K row permutation for llama).
func hfGGUF(t testing.TB, name string) []byte {
	t.Helper()
	dir := filepath.Join("..", "testdata", "hf", "models", name)
	st, err := safetensors.Open(filepath.Join(dir, "model.safetensors"))
	if err != nil {
		t.Skipf("no converted model and no checkpoint: %v", err)
	}
	var cfg struct {
		Arch       string  `json:"model_type"`
		Hidden     int     `json:"hidden_size"`
		FFN        int     `json:"intermediate_size"`
		Layers     int     `json:"num_hidden_layers"`
		Heads      int     `json:"num_attention_heads"`
		KVHeads    int     `json:"num_key_value_heads"`
		Ctx        int     `json:"max_position_embeddings"`
		Eps        float64 `json:"rms_norm_eps"`
		RopeParams struct {
			Theta  float64 `json:"rope_theta"`
			Type   string  `json:"rope_type"`
			Factor float64 `json:"factor"`
		} `json:"rope_parameters"`
	}
	b, _ := os.ReadFile(filepath.Join(dir, "config.json"))
	if err := json.Unmarshal(b, &cfg); err != nil {
		t.Fatal(err)
	}
	a := cfg.Arch + "."
	kv := []gguf.KV{
		{Key: "general.architecture", Value: cfg.Arch},
		{Key: a + "context_length", Value: uint32(cfg.Ctx)},
		{Key: a + "embedding_length", Value: uint32(cfg.Hidden)},
		{Key: a + "block_count", Value: uint32(cfg.Layers)},
		{Key: a + "feed_forward_length", Value: uint32(cfg.FFN)},
		{Key: a + "attention.head_count", Value: uint32(cfg.Heads)},
		{Key: a + "attention.head_count_kv", Value: uint32(cfg.KVHeads)},
		{Key: a + "attention.layer_norm_rms_epsilon", Value: float32(cfg.Eps)},
		{Key: a + "rope.freq_base", Value: float32(cfg.RopeParams.Theta)},
	}
	if cfg.RopeParams.Type == "linear" {
		kv = append(kv, gguf.KV{Key: a + "rope.scaling.type", Value: "linear"}, gguf.KV{Key: a + "rope.scaling.factor", Value: float32(cfg.RopeParams.Factor)})
	}
	var ts []gguf.TensorInfo
	hd := cfg.Hidden / cfg.Heads
	for _, st := range st.Tensors {
		gname := ""
		for _, m := range hfNames {
			if m.re.MatchString(st.Name) {
				gname = m.re.ReplaceAllString(st.Name, m.gguf)
			}
		}
		if gname == "" || st.DType != "F32" {
			t.Fatalf("%s: unexpected tensor %s %s", name, st.Name, st.DType)
		}
		data := append([]byte{}, st.Data...)
		if cfg.Arch == "llama" && (bytes.HasSuffix([]byte(gname), []byte("attn_q.weight")) || bytes.HasSuffix([]byte(gname), []byte("attn_k.weight"))) {
			data = permuteQK(data, int(st.Shape[0])/hd, hd, int(st.Shape[1]))
		}
		dims := make([]uint64, len(st.Shape))
		for i, d := range st.Shape {
			dims[len(dims)-1-i] = d
		}
		ts = append(ts, gguf.TensorInfo{Name: gname, Type: gguf.F32, Dims: dims, Data: data})
	}
	var buf bytes.Buffer
	if err := gguf.Write(&buf, kv, ts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// permuteQK reorders the rows of each head from Hugging Face's halves
// (rotate_half) to llama.cpp's interleaved pairs: row e·hd/2 + j of a
// head becomes row 2j + e.
func permuteQK(data []byte, heads, hd, cols int) []byte {
	out := make([]byte, len(data))
	row := 4 * cols
	for h := 0; h < heads; h++ {
		for e := 0; e < 2; e++ {
			for j := 0; j < hd/2; j++ {
				src := (h*hd + e*hd/2 + j) * row
				dst := (h*hd + 2*j + e) * row
				copy(out[dst:dst+row], data[src:src+row])
			}
		}
	}
	return out
}

// requantize rewrites a GGUF with every matrix (2-D tensor) stored as
// typ; vectors stay F32, as llama.cpp keeps them.
func requantize(t testing.TB, data []byte, typ gguf.Type) []byte {
	t.Helper()
	f, err := gguf.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	ts := make([]gguf.TensorInfo, len(f.Tensors))
	for i, ti := range f.Tensors {
		v := make([]float32, ti.Elements())
		if err := tensor.Dequantize(ti.Type, v, ti.Data); err != nil {
			t.Fatal(err)
		}
		to := gguf.F32
		if len(ti.Dims) == 2 {
			to = typ
		}
		q, err := tensor.Quantize(to, v)
		if err != nil {
			t.Fatal(fmt.Errorf("%s: %w", ti.Name, err))
		}
		ts[i] = gguf.TensorInfo{Name: ti.Name, Type: to, Dims: ti.Dims, Data: q}
	}
	var buf bytes.Buffer
	if err := gguf.Write(&buf, f.KV, ts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// refModel returns the reference model name as a GGUF of type typ: the
// committed conversion when it exists, else one converted here.
func refModel(t testing.TB, name string, typ gguf.Type) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "models", name+".gguf"))
	if err != nil {
		data = hfGGUF(t, name)
	}
	return requantize(t, data, typ)
}

func load(t testing.TB, data []byte, threads int) *Model {
	t.Helper()
	f, err := gguf.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	p := tensor.NewPool(threads)
	t.Cleanup(p.Close)
	m, err := Load(f, p)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// relErr returns ‖a−b‖/‖b‖.
func relErr(a, b []float32) float64 {
	var num, den float64
	for i := range b {
		d := float64(a[i]) - float64(b[i])
		num += d * d
		den += float64(b[i]) * float64(b[i])
	}
	return math.Sqrt(num / den)
}
