package convert

import (
	"fmt"
	"strconv"
	"strings"
)

// A weight is one tensor of the output: its GGUF name, where it comes
// from and the shape it must have, in Hugging Face order ([out, in]).
type weight struct {
	name    string   // GGUF name, e.g. "blk.0.attn_q.weight"
	source  string   // Hugging Face name, e.g. "model.layers.0.self_attn.q_proj.weight"
	shape   []uint64 // expected Hugging Face shape
	permute int      // for llama's Q and K: the head count to permute by; 0: none
}

// layerTensors are the tensors of one block: the Hugging Face suffix after
// "model.layers.N.", the GGUF suffix after "blk.N.", and the shape.
type layerTensor struct {
	hf, gguf string
	shape    func(c *config) []uint64
	permute  func(c *config) int // heads to permute by, for llama
	bias     bool                // only where the architecture has Q/K/V biases
}

func dims(d ...int) []uint64 {
	out := make([]uint64, len(d))
	for i, v := range d {
		out[i] = uint64(v)
	}
	return out
}

// layerTensors follows llama.cpp's tensor names (gguf-py's MODEL_TENSOR
// names for LLM_ARCH_LLAMA and LLM_ARCH_QWEN2).
var layerTensors = []layerTensor{
	{hf: "input_layernorm.weight", gguf: "attn_norm.weight", shape: func(c *config) []uint64 { return dims(c.HiddenSize) }},
	{hf: "self_attn.q_proj.weight", gguf: "attn_q.weight",
		shape:   func(c *config) []uint64 { return dims(c.Heads*c.headDim, c.HiddenSize) },
		permute: func(c *config) int { return c.Heads }},
	{hf: "self_attn.q_proj.bias", gguf: "attn_q.bias", bias: true,
		shape:   func(c *config) []uint64 { return dims(c.Heads * c.headDim) },
		permute: func(c *config) int { return c.Heads }},
	{hf: "self_attn.k_proj.weight", gguf: "attn_k.weight",
		shape:   func(c *config) []uint64 { return dims(c.kvHeads*c.headDim, c.HiddenSize) },
		permute: func(c *config) int { return c.kvHeads }},
	{hf: "self_attn.k_proj.bias", gguf: "attn_k.bias", bias: true,
		shape:   func(c *config) []uint64 { return dims(c.kvHeads * c.headDim) },
		permute: func(c *config) int { return c.kvHeads }},
	{hf: "self_attn.v_proj.weight", gguf: "attn_v.weight", shape: func(c *config) []uint64 { return dims(c.kvHeads*c.headDim, c.HiddenSize) }},
	{hf: "self_attn.v_proj.bias", gguf: "attn_v.bias", bias: true, shape: func(c *config) []uint64 { return dims(c.kvHeads * c.headDim) }},
	{hf: "self_attn.o_proj.weight", gguf: "attn_output.weight", shape: func(c *config) []uint64 { return dims(c.HiddenSize, c.Heads*c.headDim) }},
	{hf: "post_attention_layernorm.weight", gguf: "ffn_norm.weight", shape: func(c *config) []uint64 { return dims(c.HiddenSize) }},
	{hf: "mlp.gate_proj.weight", gguf: "ffn_gate.weight", shape: func(c *config) []uint64 { return dims(c.IntermediateSize, c.HiddenSize) }},
	{hf: "mlp.up_proj.weight", gguf: "ffn_up.weight", shape: func(c *config) []uint64 { return dims(c.IntermediateSize, c.HiddenSize) }},
	{hf: "mlp.down_proj.weight", gguf: "ffn_down.weight", shape: func(c *config) []uint64 { return dims(c.HiddenSize, c.IntermediateSize) }},
}

// plan lists the output tensors in llama.cpp's order, checks that the
// checkpoint has each of them and nothing it does not know, and says
// whether the output projection is tied to the embeddings.
func plan(c *config, has func(string) bool, names []string) ([]weight, error) {
	ws := []weight{{name: "token_embd.weight", source: "model.embed_tokens.weight", shape: dims(c.VocabSize, c.HiddenSize)}}
	for l := range c.Layers {
		for _, t := range layerTensors {
			if t.bias && !c.arch.biasQKV {
				continue
			}
			w := weight{
				name:   fmt.Sprintf("blk.%d.%s", l, t.gguf),
				source: fmt.Sprintf("model.layers.%d.%s", l, t.hf),
				shape:  t.shape(c),
			}
			if t.permute != nil && c.arch.permute {
				w.permute = t.permute(c)
			}
			ws = append(ws, w)
		}
	}
	ws = append(ws, weight{name: "output_norm.weight", source: "model.norm.weight", shape: dims(c.HiddenSize)})
	// llama.cpp reuses token_embd.weight when output.weight is absent.
	if !c.TieWordEmbeddings && has("lm_head.weight") {
		ws = append(ws, weight{name: "output.weight", source: "lm_head.weight", shape: dims(c.VocabSize, c.HiddenSize)})
	}
	want := map[string]bool{"lm_head.weight": true}
	for _, w := range ws {
		if !has(w.source) {
			return nil, fmt.Errorf("convert: the checkpoint has no tensor %s (for %s)", w.source, w.name)
		}
		want[w.source] = true
	}
	for _, n := range names {
		if !want[n] && !ignored(n) {
			return nil, fmt.Errorf("convert: tensor %s of the checkpoint has no place in a %s GGUF", n, c.arch.name)
		}
	}
	return ws, nil
}

// ignored reports tensors that convert_hf_to_gguf.py drops: the rotary
// frequencies, which llama.cpp computes itself.
func ignored(name string) bool {
	rest, ok := strings.CutPrefix(name, "model.layers.")
	if !ok {
		return false
	}
	i := strings.IndexByte(rest, '.')
	if i < 0 {
		return false
	}
	if _, err := strconv.Atoi(rest[:i]); err != nil {
		return false
	}
	return rest[i+1:] == "self_attn.rotary_emb.inv_freq"
}

// permuteRows reorders the rows of a Q or K projection (rows × cols,
// row-major) as convert_hf_to_gguf.py's permute does for llama: within
// each head, Hugging Face keeps the two halves of the rotated pairs apart
// (x[i] pairs with x[i+d/2]); llama.cpp's "normal" RoPE wants them
// adjacent (x[2i] pairs with x[2i+1]). Row h·d + 2i + j of the result is
// row h·d + j·d/2 + i of the source. A bias is the case cols = 1.
func permuteRows(dst, src []float32, heads, cols int) {
	rows := len(src) / cols
	d := rows / heads
	for h := range heads {
		for i := range d / 2 {
			for j := range 2 {
				to := (h*d + 2*i + j) * cols
				from := (h*d + j*d/2 + i) * cols
				copy(dst[to:to+cols], src[from:from+cols])
			}
		}
	}
}
