package webgpu

import (
	"errors"
	"fmt"

	"github.com/genui/genui/inference/llama"
)

// Options configure Open.
type Options struct {
	// Context is the most tokens the sequence holds (default 1024, at
	// most MaxContext); Batch the most computed per step (default 64).
	Context, Batch int
	// Force runs on any adapter and any model size, software adapters
	// included (SwiftShader in the tests); without it Open refuses what
	// Worth says will not gain.
	Force bool
}

// ErrUnavailable reports a platform without WebGPU (anything but a
// browser's js/wasm), or a browser that offers no adapter or device.
var ErrUnavailable = errors.New("webgpu: no WebGPU adapter")

// ErrNotWorth reports a model or adapter with which the CPU path is the
// faster (see Worth).
var ErrNotWorth = errors.New("webgpu: the CPU path is faster here")

// backend runs a plan's steps on a GPU (backend_js.go).
type backend interface {
	// step runs the plan for n tokens from position pos and, when out
	// > 0, reads back the logits of the out tokens from t0 into logits.
	step(pos, n, t0, out int, ids []uint32, cossin, logits []float32) error
	close()
}

// State is one sequence on the GPU: its KV cache and every buffer of
// the forward pass live on the device, the weights uploaded once by
// Open. It computes what llama.State computes (logits within 1e-3 of
// the CPU path's), with the same methods.
type State struct {
	m          *llama.Model
	p          *plan
	b          backend
	pos        int
	ctx, batch int
	// Adapter describes the GPU (vendor, architecture, description).
	Adapter string

	ids              []uint32
	cos, sin, cossin []float32
	logits, allOut   []float32
}

// Open uploads m's weights to the browser's GPU and returns a State for
// sequences of up to o.Context tokens. It fails with ErrUnavailable
// outside browsers with WebGPU, ErrUnsupported for models the shaders
// cannot run, and ErrNotWorth (unless o.Force) where the CPU is faster.
func Open(m *llama.Model, o Options) (*State, error) {
	if o.Context <= 0 {
		o.Context = min(1024, m.ContextLength)
	}
	if o.Batch <= 0 {
		o.Batch = 64
	}
	o.Batch = min(o.Batch, o.Context)
	p, err := newPlan(m, o.Context, o.Batch)
	if err != nil {
		return nil, err
	}
	b, desc, fallback, err := openBackend(p)
	if err != nil {
		return nil, err
	}
	if !o.Force && !Worth(m, o.Context, fallback) {
		b.close()
		return nil, ErrNotWorth
	}
	half := m.HeadDim / 2
	return &State{m: m, p: p, b: b, ctx: o.Context, batch: o.Batch, Adapter: desc,
		ids: make([]uint32, o.Batch), cos: make([]float32, o.Batch*half), sin: make([]float32, o.Batch*half),
		cossin: make([]float32, 2*o.Batch*half), logits: make([]float32, m.Vocab)}, nil
}

// Close frees the GPU buffers; the State must not be used after.
func (s *State) Close() { s.b.close() }

// Pos returns the number of tokens in the sequence so far.
func (s *State) Pos() int { return s.pos }

// Context returns the most tokens the sequence can hold.
func (s *State) Context() int { return s.ctx }

// Rewind forgets the tokens after the first pos.
func (s *State) Rewind(pos int) error {
	if pos < 0 || pos > s.pos {
		return fmt.Errorf("webgpu: rewind to %d of %d tokens", pos, s.pos)
	}
	s.pos = pos
	return nil
}

// Cost returns the cost of the next decoded token (see Estimate).
func (s *State) Cost() Cost { return s.p.cost(s.pos) }

// Forward runs the model on ids, the tokens that follow the sequence so
// far, in steps of up to the batch size, and returns the logits of the
// last token or, if all, of every token (the State's slice, overwritten
// by the next call), as llama.State.Forward does.
func (s *State) Forward(ids []int32, all bool) ([]float32, error) {
	v := s.m.Vocab
	if len(ids) == 0 {
		return nil, errors.New("webgpu: forward pass of no tokens")
	}
	if len(ids) > s.ctx-s.pos {
		return nil, fmt.Errorf("%w: %d tokens after %d exceed the context of %d", llama.ErrContext, len(ids), s.pos, s.ctx)
	}
	for i, id := range ids {
		if id < 0 || int(id) >= v {
			return nil, fmt.Errorf("webgpu: token %d (at %d) is outside the vocabulary of %d", id, i, v)
		}
	}
	out := s.logits
	if all {
		if cap(s.allOut) < len(ids)*v {
			s.allOut = make([]float32, len(ids)*v)
		}
		out = s.allOut[:len(ids)*v]
	}
	half := s.m.HeadDim / 2
	for start := 0; start < len(ids); start += s.batch {
		chunk := ids[start:min(start+s.batch, len(ids))]
		n := len(chunk)
		for i, id := range chunk {
			s.ids[i] = uint32(id)
		}
		s.m.RopeTables(s.pos, n, s.cos, s.sin)
		for i := range n * half {
			s.cossin[2*i], s.cossin[2*i+1] = s.cos[i], s.sin[i]
		}
		var t0, nOut int
		var dst []float32
		switch {
		case all:
			nOut, dst = n, out[start*v:(start+n)*v]
		case start+n == len(ids):
			t0, nOut, dst = n-1, 1, out
		}
		if err := s.b.step(s.pos, n, t0, nOut, s.ids[:n], s.cossin[:2*n*half], dst); err != nil {
			return nil, err
		}
		s.pos += n
	}
	return out, nil
}
