package llama

import (
	"errors"
	"fmt"
	"math"

	"github.com/genui/genui/inference/tensor"
)

// ErrContext reports tokens that do not fit in what is left of a
// State's context.
var ErrContext = errors.New("llama: context is full")

// State is the computation state of one sequence: its KV cache, its
// position and every scratch buffer a forward pass needs, all allocated
// once, so that the decode loop allocates nothing.
type State struct {
	m          *Model
	ctx, batch int
	pos        int

	k, v [][]float32 // per layer, ctx × KVHeads·HeadDim

	x, xn, tmp     []float32 // batch × Dim
	q, att         []float32 // batch × Heads·HeadDim
	kk, vv         []float32 // batch × KVHeads·HeadDim
	gate, up       []float32 // batch × FFN
	cos, sin       []float32 // batch × RopeDims/2
	scores         [][]float32
	logits, allOut []float32
	in             tensor.Batch
	attn           attnTask
}

// StateBytes returns the memory a State of the given context and batch
// size takes, the KV cache (2 × Layers × ctx × KVHeads·HeadDim float32s)
// being most of it.
func (o *Options) StateBytes(ctx, batch, threads int) int64 {
	kv := int64(o.KVHeads * o.HeadDim)
	q := int64(o.Heads * o.HeadDim)
	b := int64(batch)
	n := 2*int64(o.Layers)*int64(ctx)*kv + // cache
		b*(3*int64(o.Dim)+2*q+2*kv+2*int64(o.FFN)+int64(o.RopeDims)) + // scratch
		int64(threads)*int64(ctx) + int64(o.Vocab) + // scores, logits
		b*max(int64(o.Dim), q, int64(o.FFN))*3/2 // quantised activations
	return 4 * n
}

// NewState returns a State for sequences of up to ctx tokens, computing
// up to batch tokens per step of a prefill. ctx may not exceed the
// model's trained context length.
func (m *Model) NewState(ctx, batch int) (*State, error) {
	if ctx <= 0 || ctx > m.ContextLength {
		return nil, fmt.Errorf("llama: context of %d tokens (the model's is %d)", ctx, m.ContextLength)
	}
	batch = max(1, min(batch, ctx))
	o := &m.Options
	qd, kvd := o.Heads*o.HeadDim, o.KVHeads*o.HeadDim
	s := &State{m: m, ctx: ctx, batch: batch}
	s.k, s.v = make([][]float32, o.Layers), make([][]float32, o.Layers)
	for l := range s.k {
		s.k[l], s.v[l] = make([]float32, ctx*kvd), make([]float32, ctx*kvd)
	}
	s.x, s.xn, s.tmp = make([]float32, batch*o.Dim), make([]float32, batch*o.Dim), make([]float32, batch*o.Dim)
	s.q, s.att = make([]float32, batch*qd), make([]float32, batch*qd)
	s.kk, s.vv = make([]float32, batch*kvd), make([]float32, batch*kvd)
	s.gate, s.up = make([]float32, batch*o.FFN), make([]float32, batch*o.FFN)
	half := o.RopeDims / 2
	s.cos, s.sin = make([]float32, batch*half), make([]float32, batch*half)
	s.scores = make([][]float32, m.pool.Threads())
	for i := range s.scores {
		s.scores[i] = make([]float32, ctx)
	}
	s.logits = make([]float32, o.Vocab)
	return s, nil
}

// Pos returns the number of tokens in the sequence so far.
func (s *State) Pos() int { return s.pos }

// Context returns the most tokens the sequence can hold.
func (s *State) Context() int { return s.ctx }

// Rewind forgets the tokens after the first pos, which may then be
// overwritten: a session reused for a prompt that shares a prefix.
func (s *State) Rewind(pos int) error {
	if pos < 0 || pos > s.pos {
		return fmt.Errorf("llama: rewind to %d of %d tokens", pos, s.pos)
	}
	s.pos = pos
	return nil
}

// Forward runs the model on ids, the tokens that follow the sequence so
// far, as batched prefill steps of up to the State's batch size, and
// returns the logits of the last token (Vocab values) or, if all, of
// every token (len(ids) × Vocab). The slice is the State's and is
// overwritten by the next call.
func (s *State) Forward(ids []int32, all bool) ([]float32, error) {
	m := s.m
	if len(ids) == 0 {
		return nil, errors.New("llama: forward pass of no tokens")
	}
	if len(ids) > s.ctx-s.pos {
		return nil, fmt.Errorf("%w: %d tokens after %d exceed the context of %d", ErrContext, len(ids), s.pos, s.ctx)
	}
	for i, id := range ids {
		if id < 0 || int(id) >= m.Vocab {
			return nil, fmt.Errorf("llama: token %d (at %d) is outside the vocabulary of %d", id, i, m.Vocab)
		}
	}
	out := s.logits
	if all {
		if cap(s.allOut) < len(ids)*m.Vocab {
			s.allOut = make([]float32, len(ids)*m.Vocab)
		}
		out = s.allOut[:len(ids)*m.Vocab]
	}
	for start := 0; start < len(ids); start += s.batch {
		chunk := ids[start:min(start+s.batch, len(ids))]
		s.step(chunk)
		switch {
		case all:
			s.head(0, len(chunk), out[start*m.Vocab:])
		case start+len(chunk) == len(ids):
			s.head(len(chunk)-1, len(chunk), out)
		}
	}
	return out, nil
}

// step runs one batched forward pass over n ≤ batch tokens.
func (s *State) step(ids []int32) {
	m, o := s.m, &s.m.Options
	n, d := len(ids), o.Dim
	qd, kvd := o.Heads*o.HeadDim, o.KVHeads*o.HeadDim
	for i, id := range ids {
		m.Embed.Row(int(id), s.x[i*d:(i+1)*d])
	}
	s.ropeTables(n)
	x, xn := s.x[:n*d], s.xn[:n*d]
	for l := range m.Layers {
		L := &m.Layers[l]
		// attention
		rmsNorm(xn, x, L.AttnNorm, d, o.NormEps)
		s.in.Set(xn, n, d)
		m.pool.Mul(&s.in, tensor.Product{M: L.Q, Dst: s.q}, tensor.Product{M: L.K, Dst: s.kk}, tensor.Product{M: L.V, Dst: s.vv})
		addBias(s.q[:n*qd], L.QBias)
		addBias(s.kk[:n*kvd], L.KBias)
		addBias(s.vv[:n*kvd], L.VBias)
		for i := 0; i < n; i++ {
			s.rotate(s.q[i*qd:(i+1)*qd], o.Heads, i)
			s.rotate(s.kk[i*kvd:(i+1)*kvd], o.KVHeads, i)
		}
		copy(s.k[l][s.pos*kvd:], s.kk[:n*kvd])
		copy(s.v[l][s.pos*kvd:], s.vv[:n*kvd])
		s.attn = attnTask{s: s, layer: l, n: n}
		m.pool.Run(&s.attn, n*o.Heads, 1)
		s.in.Set(s.att, n, qd)
		m.pool.Mul(&s.in, tensor.Product{M: L.O, Dst: s.tmp})
		add(x, s.tmp[:n*d])
		// feed-forward
		rmsNorm(xn, x, L.FFNNorm, d, o.NormEps)
		s.in.Set(xn, n, d)
		m.pool.Mul(&s.in, tensor.Product{M: L.Gate, Dst: s.gate}, tensor.Product{M: L.Up, Dst: s.up})
		g := s.gate[:n*o.FFN]
		tensor.SwiGLU(g, s.up)
		s.in.Set(g, n, o.FFN)
		m.pool.Mul(&s.in, tensor.Product{M: L.Down, Dst: s.tmp})
		add(x, s.tmp[:n*d])
	}
	s.pos += n
}

// head computes the logits of rows [from, n) of the last step into out.
func (s *State) head(from, n int, out []float32) {
	m, d := s.m, s.m.Dim
	xn := s.xn[from*d : n*d]
	rmsNorm(xn, s.x[from*d:n*d], m.OutNorm, d, m.NormEps)
	s.in.Set(xn, n-from, d)
	m.pool.Mul(&s.in, tensor.Product{M: m.Output, Dst: out})
}

// ropeTables computes the rotation of each pair for the positions of
// the next n tokens.
func (s *State) ropeTables(n int) { s.m.RopeTables(s.pos, n, s.cos, s.sin) }

// RopeTables writes the rotations of the RopeDims/2 pairs of a head for
// the n positions from pos: cos and sin of position × frequency, half
// = RopeDims/2 values per position, computed in float64 and rounded, as
// the forward pass uses them (another backend rotates with the same
// values).
func (m *Model) RopeTables(pos, n int, cos, sin []float32) {
	half := len(m.invFreq)
	for i := 0; i < n; i++ {
		p := float32(pos + i)
		for j, f := range m.invFreq {
			a := float64(p * f)
			cos[i*half+j], sin[i*half+j] = float32(math.Cos(a)), float32(math.Sin(a))
		}
	}
}

// rotate applies RoPE to the heads of v for the i-th token of the step:
// pairs (2j, 2j+1), or (j, j+d/2) for NeoX, of the first RopeDims
// dimensions of each head.
func (s *State) rotate(v []float32, heads, i int) {
	o := &s.m.Options
	half := o.RopeDims / 2
	cos, sin := s.cos[i*half:(i+1)*half], s.sin[i*half:(i+1)*half]
	for h := 0; h < heads; h++ {
		x := v[h*o.HeadDim : h*o.HeadDim+o.RopeDims]
		for j := range cos {
			a, b := 2*j, 2*j+1
			if o.Arch.NeoX {
				a, b = j, j+half
			}
			x0, x1 := x[a], x[b]
			x[a] = x0*cos[j] - x1*sin[j]
			x[b] = x0*sin[j] + x1*cos[j]
		}
	}
}

// attnTask computes grouped-query attention for (token, head) pairs.
type attnTask struct {
	s        *State
	layer, n int
}

func (a *attnTask) Run(worker, lo, hi int) {
	s, o := a.s, &a.s.m.Options
	qd, kvd, hd := o.Heads*o.HeadDim, o.KVHeads*o.HeadDim, o.HeadDim
	group := o.Heads / o.KVHeads
	scale := float32(1 / math.Sqrt(float64(hd)))
	kc, vc := s.k[a.layer], s.v[a.layer]
	for u := lo; u < hi; u++ {
		i, h := u/o.Heads, u%o.Heads
		q := s.q[i*qd+h*hd : i*qd+(h+1)*hd]
		off := (h / group) * hd
		span := s.pos + i + 1 // causal: this token and those before it
		sc := s.scores[worker][:span]
		for t := range sc {
			sc[t] = tensor.Dot(kc[t*kvd+off:t*kvd+off+hd], q) * scale
		}
		tensor.Softmax(sc)
		out := s.att[i*qd+h*hd : i*qd+(h+1)*hd]
		clear(out)
		for t, p := range sc {
			tensor.AddScaled(out, p, vc[t*kvd+off:t*kvd+off+hd])
		}
	}
}

// rmsNorm writes x/rms(x)·w to dst for each row of d values.
func rmsNorm(dst, x, w []float32, d int, eps float32) {
	for r := 0; r < len(x)/d; r++ {
		xr, yr := x[r*d:(r+1)*d], dst[r*d:(r+1)*d]
		var ss float64
		for _, v := range xr {
			ss += float64(v) * float64(v)
		}
		k := float32(1 / math.Sqrt(ss/float64(d)+float64(eps)))
		for i, v := range xr {
			yr[i] = v * k * w[i]
		}
	}
}

// addBias adds bias (if any) to each row of x.
func addBias(x, bias []float32) {
	if bias == nil {
		return
	}
	for r := 0; r < len(x)/len(bias); r++ {
		add(x[r*len(bias):(r+1)*len(bias)], bias)
	}
}

func add(dst, x []float32) {
	dst = dst[:len(x)]
	for i, v := range x {
		dst[i] += v
	}
}
