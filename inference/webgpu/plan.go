package webgpu

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/llama"
)

// ErrUnsupported reports a model the GPU path cannot run (weight types
// other than Q8_0 and Q4_0, partial rotary dimensions, a context past
// MaxContext); the CPU path runs it.
var ErrUnsupported = errors.New("webgpu: unsupported model")

// MaxContext is the longest context the attention kernel holds its
// scores for (in workgroup memory, 16 KiB in WebGPU's default limits).
const MaxContext = 2048

// The plan is the GPU program of a forward pass, built on every
// platform from the model alone: the buffers (with the packed weights
// and each dispatch's parameters) and the dispatches of one step in
// order. The js/wasm runner turns it into GPU objects once and then
// encodes the dispatches per step; the tests and Cost read it natively.

// bufKind says what a buffer holds and how it is made.
type bufKind uint8

const (
	bufStorage bufKind = iota // read-write, zeroed
	bufWeights                // read-only, from init
	bufUniform                // a dispatch's parameters, from init
	bufStep                   // the per-step uniform and inputs, written each step
	bufOutput                 // the logits, copied out after the step
)

type buffer struct {
	name  string
	kind  bufKind
	bytes int64
	init  []byte // bufWeights, bufUniform
}

// kernel names a WGSL program (shaders.go) and its variant.
type kernel struct {
	name string // embed, norm, matvec, swiglu, rope, attention
	typ  gguf.Type
	mode int  // matvec's mode
	neox bool // rope's pairing
}

// dispatch is one kernel run of a step.
type dispatch struct {
	kernel   kernel
	bindings []int // buffers at bindings 1, 2, …: the parameters, then the kernel's buffers (binding 0 is the step uniform)
	final    bool  // part of the logits: runs for the tokens whose logits are wanted
	// workgroups returns the dispatch size for n tokens in the step, of
	// which out have their logits computed.
	workgroups func(n, out int) (x, y int)
	// reads estimates the bytes the dispatch reads for one token at
	// position pos (weights, cache, activations).
	reads func(pos int) int64
}

type plan struct {
	buffers    []buffer
	dispatches []dispatch
	ctx, batch int
	// the buffers the host writes or reads each step
	step, ids, cossin, logits int
	weightBytes               int64
}

func (p *plan) add(b buffer) int {
	p.buffers = append(p.buffers, b)
	return len(p.buffers) - 1
}

// params adds a uniform buffer of 32-bit values (uint32 or float32).
func (p *plan) params(name string, vals ...any) int {
	b := make([]byte, 16*((4*len(vals)+15)/16))
	for i, v := range vals {
		switch v := v.(type) {
		case int:
			binary.LittleEndian.PutUint32(b[4*i:], uint32(v))
		case float32:
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
		default:
			panic(fmt.Sprintf("webgpu: parameter %T", v))
		}
	}
	return p.add(buffer{name: name, kind: bufUniform, bytes: int64(len(b)), init: b})
}

// weights adds a packed matrix as its codes and scales buffers.
func (p *plan) weights(name string, m *packed) (codes, scales int) {
	p.weightBytes += m.bytes()
	codes = p.add(buffer{name: name + ".codes", kind: bufWeights, bytes: 4 * int64(len(m.codes)), init: u32Bytes(m.codes)})
	scales = p.add(buffer{name: name + ".scales", kind: bufWeights, bytes: 4 * int64(len(m.scales)), init: f32Bytes(m.scales)})
	return codes, scales
}

func (p *plan) vector(name string, v []float32) int {
	p.weightBytes += 4 * int64(len(v))
	return p.add(buffer{name: name, kind: bufWeights, bytes: 4 * int64(len(v)), init: f32Bytes(v)})
}

func (p *plan) storage(name string, floats int) int {
	return p.add(buffer{name: name, kind: bufStorage, bytes: 4 * int64(max(floats, 4))})
}

func u32Bytes(v []uint32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], x)
	}
	return b
}

func f32Bytes(v []float32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
	}
	return b
}

func ceil(a, b int) int { return (a + b - 1) / b }

// supported checks that the GPU path can run m with a context of ctx.
func supported(m *llama.Model, ctx int) error {
	o := &m.Options
	switch {
	case ctx > MaxContext:
		return fmt.Errorf("%w: a context of %d tokens (the GPU path holds %d)", ErrUnsupported, ctx, MaxContext)
	case o.RopeDims != o.HeadDim:
		return fmt.Errorf("%w: rotary dimensions %d of a %d-value head", ErrUnsupported, o.RopeDims, o.HeadDim)
	case o.HeadDim%32 != 0 || o.HeadDim > 256:
		return fmt.Errorf("%w: heads of %d values", ErrUnsupported, o.HeadDim)
	case o.Dim%32 != 0 || o.FFN%32 != 0:
		return fmt.Errorf("%w: dimensions %d and %d", ErrUnsupported, o.Dim, o.FFN)
	}
	return nil
}

// newPlan packs m's weights and lays out the forward pass for a context
// of ctx tokens computed batch tokens per step.
func newPlan(m *llama.Model, ctx, batch int) (*plan, error) {
	if err := supported(m, ctx); err != nil {
		return nil, err
	}
	o := &m.Options
	qd, kvd, hd := o.Heads*o.HeadDim, o.KVHeads*o.HeadDim, o.HeadDim
	stride := qd + 2*kvd
	p := &plan{ctx: ctx, batch: batch}
	p.step = p.add(buffer{name: "step", kind: bufStep, bytes: 16})
	p.ids = p.add(buffer{name: "ids", kind: bufStep, bytes: 4 * int64(batch)})
	p.cossin = p.add(buffer{name: "cossin", kind: bufStep, bytes: 4 * int64(batch*hd)})
	x := p.storage("x", batch*o.Dim)
	xc, xs := p.storage("xcodes", batch*o.Dim/4), p.storage("xscales", batch*o.Dim/32)
	qkv := p.storage("qkv", batch*stride)
	ac, as := p.storage("attcodes", batch*qd/4), p.storage("attscales", batch*qd/32)
	gc, gs := p.storage("gcodes", batch*o.FFN/4), p.storage("gscales", batch*o.FFN/32)
	kc, vc := p.storage("kcache", o.Layers*ctx*kvd), p.storage("vcache", o.Layers*ctx*kvd)
	p.logits = p.add(buffer{name: "logits", kind: bufOutput, bytes: 4 * int64(batch*o.Vocab)})

	embed, err := pack(m.Embed)
	if err != nil {
		return nil, err
	}
	ec, es := p.weights("token_embd", embed)
	p.dispatches = append(p.dispatches, dispatch{
		kernel:     kernel{name: "embed", typ: embed.typ},
		bindings:   []int{p.params("embed", o.Dim, o.Dim/32), p.ids, ec, es, x},
		workgroups: func(n, _ int) (int, int) { return ceil(o.Dim, 64), n },
		reads:      func(int) int64 { return embed.bytes() / int64(o.Vocab) },
	})
	act := int64(4 * o.Dim) // an activation row, read or written
	norm := func(name string, w []float32, final bool) dispatch {
		fromT0 := 0
		if final {
			fromT0 = 1
		}
		return dispatch{
			kernel:     kernel{name: "norm"},
			bindings:   []int{p.params(name, o.Dim, o.NormEps, fromT0, 0), x, p.vector(name, w), xc, xs},
			final:      final,
			workgroups: func(n, out int) (int, int) { return map[bool]int{false: n, true: out}[final], 1 },
			reads:      func(int) int64 { return 3 * act },
		}
	}
	// matvec multiplies the packed matrix m (in buffers c, s) by the
	// quantised activations in.
	matvec := func(name string, m *packed, c, s, mode int, in [2]int, out, ldo, bias int, final bool) dispatch {
		b := []int{p.params(name, m.rows, m.blocks, ldo, 0), c, s, in[0], in[1], out}
		if mode == modeBias {
			b = append(b, bias)
		}
		return dispatch{
			kernel:   kernel{name: "matvec", typ: m.typ, mode: mode},
			bindings: b, final: final,
			workgroups: func(n, out int) (int, int) {
				if final {
					n = out
				}
				return ceil(m.rows, 4), n
			},
			reads: func(int) int64 { return m.bytes() + act },
		}
	}
	for l := range m.Layers {
		L := &m.Layers[l]
		name := func(s string) string { return fmt.Sprintf("blk.%d.%s", l, s) }
		p.dispatches = append(p.dispatches, norm(name("attn_norm"), L.AttnNorm, false))
		wqkv, err := pack(L.Q, L.K, L.V)
		if err != nil {
			return nil, err
		}
		mode, bias := modeStore, 0
		if L.QBias != nil {
			mode = modeBias
			bias = p.vector(name("qkv_bias"), append(append(append([]float32{}, L.QBias...), L.KBias...), L.VBias...))
		}
		c, s := p.weights(name("attn_qkv"), wqkv)
		p.dispatches = append(p.dispatches, matvec(name("attn_qkv"), wqkv, c, s, mode, [2]int{xc, xs}, qkv, stride, bias, false))
		cache := l * ctx * kvd
		pairs := (o.Heads + o.KVHeads) * hd / 2
		p.dispatches = append(p.dispatches, dispatch{
			kernel:     kernel{name: "rope", neox: o.Arch.NeoX},
			bindings:   []int{p.params(name("rope"), o.Heads, o.KVHeads, hd, hd/2, stride, kvd, cache, 0), p.cossin, qkv, kc, vc},
			workgroups: func(n, _ int) (int, int) { return ceil(pairs+kvd, 64), n },
			reads:      func(int) int64 { return 4 * int64(stride+2*kvd) },
		})
		p.dispatches = append(p.dispatches, dispatch{
			kernel:     kernel{name: "attention"},
			bindings:   []int{p.params(name("attention"), o.Heads, o.KVHeads, hd, stride, kvd, cache, float32(1/math.Sqrt(float64(hd))), 0), qkv, kc, vc, ac, as},
			workgroups: func(n, _ int) (int, int) { return o.Heads, n },
			reads:      func(pos int) int64 { return int64(o.Heads) * int64(pos+1) * int64(hd) * 8 },
		})
		wo, err := pack(L.O)
		if err != nil {
			return nil, err
		}
		c, s = p.weights(name("attn_output"), wo)
		p.dispatches = append(p.dispatches, matvec(name("attn_output"), wo, c, s, modeAdd, [2]int{ac, as}, x, o.Dim, 0, false))
		p.dispatches = append(p.dispatches, norm(name("ffn_norm"), L.FFNNorm, false))
		wgu, err := pack(L.Gate, L.Up)
		if err != nil {
			return nil, err
		}
		c, s = p.weights(name("ffn_gate_up"), wgu)
		p.dispatches = append(p.dispatches, dispatch{
			kernel:     kernel{name: "swiglu", typ: wgu.typ},
			bindings:   []int{p.params(name("ffn_gate_up"), o.FFN, wgu.blocks, 0, 0), c, s, xc, xs, gc, gs},
			workgroups: func(n, _ int) (int, int) { return o.FFN / 32, n },
			reads:      func(int) int64 { return wgu.bytes() + act },
		})
		wd, err := pack(L.Down)
		if err != nil {
			return nil, err
		}
		c, s = p.weights(name("ffn_down"), wd)
		p.dispatches = append(p.dispatches, matvec(name("ffn_down"), wd, c, s, modeAdd, [2]int{gc, gs}, x, o.Dim, 0, false))
	}
	p.dispatches = append(p.dispatches, norm("output_norm", m.OutNorm, true))
	out, oc, os := embed, ec, es // tied: the output reuses the embedding's buffers
	if m.Output != m.Embed {
		if out, err = pack(m.Output); err != nil {
			return nil, err
		}
		oc, os = p.weights("output", out)
	}
	p.dispatches = append(p.dispatches, matvec("output", out, oc, os, modeStore, [2]int{xc, xs}, p.logits, o.Vocab, 0, true))
	return p, nil
}

// Cost is what decoding one token costs the GPU path, counted from its
// plan: what the speed on a real GPU follows from, since no browser
// here runs on one.
type Cost struct {
	Dispatches  int   // kernel runs, all in one compute pass
	WeightBytes int64 // the packed weights on the GPU, each read once per token
	ReadBytes   int64 // read by the kernels (weights, KV cache, activations) at the position
	Upload      int64 // written by the host: the step, the token id, its rotation table
	Readback    int64 // the logits copied back
}

// Estimate returns the cost of decoding the token at position pos with
// a context of ctx tokens.
func Estimate(m *llama.Model, ctx, pos int) (Cost, error) {
	p, err := newPlan(m, ctx, 1)
	if err != nil {
		return Cost{}, err
	}
	return p.cost(pos), nil
}

func (p *plan) cost(pos int) Cost {
	c := Cost{Dispatches: len(p.dispatches), WeightBytes: p.weightBytes}
	for _, d := range p.dispatches {
		c.ReadBytes += d.reads(pos)
	}
	c.Upload = p.buffers[p.step].bytes + 4 + p.buffers[p.cossin].bytes
	c.Readback = p.buffers[p.logits].bytes
	return c
}

// MinWeightBytes is the weight size from which the GPU path is
// expected to pay (see the package doc): a step costs about 1 ms before
// any arithmetic (encoding the dispatches from wasm, the submission, the
// read-back of the logits), which the CPU path in wasm, streaming
// weights at the 5-7 GB/s measured here, spends on 5-7 MB.
const MinWeightBytes = 8 << 20

// Worth reports whether the GPU path should run m: all its matrices of
// the types the shaders multiply, its shape supported, and its weights
// at least MinWeightBytes, on an adapter that is not a software one.
func Worth(m *llama.Model, ctx int, fallbackAdapter bool) bool {
	if fallbackAdapter || supported(m, ctx) != nil {
		return false
	}
	var bytes int64
	for _, t := range matrices(m) {
		if !gpuType(t.Type) {
			return false
		}
		bytes += int64(len(t.Data))
	}
	return bytes >= MinWeightBytes
}
