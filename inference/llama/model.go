package llama

import (
	"errors"
	"fmt"
	"math"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/tensor"
)

// The GGUF tensor names, llama.cpp's, bound here and nowhere else.
const (
	tokenEmbd  = "token_embd.weight"
	outputNorm = "output_norm.weight"
	output     = "output.weight"
	ropeFreqs  = "rope_freqs.weight"

	attnNorm = "blk.%d.attn_norm.weight"
	attnQ    = "blk.%d.attn_q.weight"
	attnK    = "blk.%d.attn_k.weight"
	attnV    = "blk.%d.attn_v.weight"
	attnQB   = "blk.%d.attn_q.bias"
	attnKB   = "blk.%d.attn_k.bias"
	attnVB   = "blk.%d.attn_v.bias"
	attnOut  = "blk.%d.attn_output.weight"
	ffnNorm  = "blk.%d.ffn_norm.weight"
	ffnGate  = "blk.%d.ffn_gate.weight"
	ffnUp    = "blk.%d.ffn_up.weight"
	ffnDown  = "blk.%d.ffn_down.weight"
)

// Model is a loaded llama-family model: its options and weights, read in
// place from the GGUF file's bytes (which must outlive it), and the
// thread pool its products run on. A Model is read-only once loaded; each
// sequence computes in its own State.
type Model struct {
	Options
	Embed     *tensor.Matrix // Vocab × Dim
	Layers    []Layer
	OutNorm   []float32      // Dim
	Output    *tensor.Matrix // Vocab × Dim (token_embd when tied)
	RopeFreqs []float32      // RopeDims/2 divisors of the rope frequencies, or nil

	pool    *tensor.Pool
	invFreq []float32 // RopeDims/2 rotation frequencies
}

// Layer holds the weights of one transformer block.
type Layer struct {
	AttnNorm            []float32
	Q, K, V, O          *tensor.Matrix
	QBias, KBias, VBias []float32 // nil when absent
	FFNNorm             []float32
	Gate, Up, Down      *tensor.Matrix
}

// ErrTensor reports a missing tensor or one of the wrong shape or type.
var ErrTensor = errors.New("llama: bad tensor")

// Load binds a model's weights from f, checking every name, shape and
// type, and runs its products on pool (which the caller closes).
func Load(f *gguf.File, pool *tensor.Pool) (*Model, error) {
	o, err := ReadOptions(f)
	if err != nil {
		return nil, err
	}
	m := &Model{Options: o, pool: pool, Layers: make([]Layer, o.Layers)}
	b := binder{f: f}
	q, kv := o.Heads*o.HeadDim, o.KVHeads*o.HeadDim
	m.Embed = b.matrix(tokenEmbd, o.Vocab, o.Dim, false)
	m.OutNorm = b.vector(outputNorm, o.Dim, false)
	m.Output = b.matrix(output, o.Vocab, o.Dim, true)
	if m.Output == nil {
		m.Output = m.Embed // tied embeddings
	}
	m.RopeFreqs = b.vector(ropeFreqs, o.RopeDims/2, true)
	for i := range m.Layers {
		l := &m.Layers[i]
		l.AttnNorm = b.vector(fmt.Sprintf(attnNorm, i), o.Dim, false)
		l.Q = b.matrix(fmt.Sprintf(attnQ, i), q, o.Dim, false)
		l.K = b.matrix(fmt.Sprintf(attnK, i), kv, o.Dim, false)
		l.V = b.matrix(fmt.Sprintf(attnV, i), kv, o.Dim, false)
		l.QBias = b.vector(fmt.Sprintf(attnQB, i), q, !o.Arch.QKVBias)
		l.KBias = b.vector(fmt.Sprintf(attnKB, i), kv, !o.Arch.QKVBias)
		l.VBias = b.vector(fmt.Sprintf(attnVB, i), kv, !o.Arch.QKVBias)
		l.O = b.matrix(fmt.Sprintf(attnOut, i), o.Dim, q, false)
		l.FFNNorm = b.vector(fmt.Sprintf(ffnNorm, i), o.Dim, false)
		l.Gate = b.matrix(fmt.Sprintf(ffnGate, i), o.FFN, o.Dim, false)
		l.Up = b.matrix(fmt.Sprintf(ffnUp, i), o.FFN, o.Dim, false)
		l.Down = b.matrix(fmt.Sprintf(ffnDown, i), o.Dim, o.FFN, false)
	}
	if b.err != nil {
		return nil, b.err
	}
	m.invFreq = make([]float32, o.RopeDims/2)
	for i := range m.invFreq {
		// as transformers computes it: 1/base^(2i/d) in float32, divided
		// by the linear scaling factor (here: times RopeScale) and by
		// rope_freqs where the model has them
		f := float32(1 / math.Pow(float64(o.RopeBase), float64(2*i)/float64(o.RopeDims)))
		f *= o.RopeScale
		if m.RopeFreqs != nil {
			f /= m.RopeFreqs[i]
		}
		m.invFreq[i] = f
	}
	return m, nil
}

// binder looks tensors up by name and checks them, keeping the first error.
type binder struct {
	f   *gguf.File
	err error
}

func (b *binder) lookup(name string, dims []uint64, optional bool) *gguf.TensorInfo {
	if b.err != nil {
		return nil
	}
	t, ok := b.f.Tensor(name)
	if !ok {
		if !optional {
			b.err = fmt.Errorf("%w: %s is missing", ErrTensor, name)
		}
		return nil
	}
	if len(t.Dims) != len(dims) || t.Dims[0] != dims[0] || len(dims) == 2 && t.Dims[1] != dims[1] {
		b.err = fmt.Errorf("%w: %s has shape %v, want %v", ErrTensor, name, t.Dims, dims)
		return nil
	}
	return t
}

func (b *binder) matrix(name string, rows, cols int, optional bool) *tensor.Matrix {
	t := b.lookup(name, []uint64{uint64(cols), uint64(rows)}, optional)
	if t == nil {
		return nil
	}
	m, err := tensor.NewMatrix(t.Type, rows, cols, t.Data)
	if err != nil {
		b.err = fmt.Errorf("%w: %s: %w", ErrTensor, name, err)
	}
	return m
}

func (b *binder) vector(name string, n int, optional bool) []float32 {
	t := b.lookup(name, []uint64{uint64(n)}, optional)
	if t == nil {
		return nil
	}
	v := make([]float32, n)
	if err := tensor.Dequantize(t.Type, v, t.Data); err != nil {
		b.err = fmt.Errorf("%w: %s: %w", ErrTensor, name, err)
	}
	return v
}
