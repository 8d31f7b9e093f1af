package sample

import (
	"math"
	"slices"

	"github.com/genui/genui/inference/tensor"
)

// Options configure a Sampler. The zero value samples greedily.
type Options struct {
	// Temperature divides the logits before the draw; 0 picks the most
	// likely token (greedy), ignoring the other options but the penalty.
	Temperature float32
	TopK        int     // keep the K most likely tokens (0: all)
	TopP        float32 // keep the most likely tokens up to this probability mass (0 or 1: all)
	MinP        float32 // keep tokens at least MinP × the top probability (0: all)
	// RepeatPenalty divides positive logits and multiplies negative ones
	// of the tokens among the last RepeatLastN of the history (0 or 1: off;
	// RepeatLastN 0 means 64), as llama.cpp's repetition penalty does.
	RepeatPenalty float32
	RepeatLastN   int
	Seed          uint64
}

// Sampler picks the next token from logits. The filters run in
// llama.cpp's order: repetition penalty, top-k, top-p, min-p (on the
// probabilities at temperature 1), then temperature and the draw. Ties
// are broken by the lower token id, so the result is a function of the
// logits and the seed alone, the same natively and in wasm. A Sampler
// reuses its buffers and is not safe for concurrent use.
type Sampler struct {
	opt   Options
	rng   RNG
	cand  []cand
	tmp   []cand
	seen  []uint32 // stamp per token id, for the penalty's distinct tokens
	stamp uint32
}

type cand struct {
	id    int32
	logit float32
	p     float32
}

// New returns a Sampler with the options o.
func New(o Options) *Sampler {
	if o.RepeatLastN == 0 {
		o.RepeatLastN = 64
	}
	return &Sampler{opt: o, rng: NewRNG(o.Seed)}
}

// Options returns the sampler's options.
func (s *Sampler) Options() Options { return s.opt }

// Sample returns the next token for logits (one per token id, -Inf for
// a token masked out; modified in place by the penalty) given the
// tokens generated so far. It returns -1 if every token is masked out.
func (s *Sampler) Sample(logits []float32, history []int32) int32 {
	s.penalize(logits, history)
	if s.opt.Temperature <= 0 {
		return Greedy(logits)
	}
	c := s.cand[:0]
	for i, l := range logits {
		if l > float32(math.Inf(-1)) && l == l {
			c = append(c, cand{id: int32(i), logit: l})
		}
	}
	s.cand = c
	if len(c) == 0 {
		return -1
	}
	sorted := false
	if k := s.opt.TopK; k > 0 && k < len(c) {
		c, sorted = topK(c, k), true
	}
	softmax(c, 1)
	if p := s.opt.TopP; p > 0 && p < 1 {
		if !sorted {
			c = s.topMass(c, p)
		}
		var mass float32
		for i := range c {
			mass += c[i].p
			if mass >= p {
				c = c[:i+1]
				break
			}
		}
	}
	if mp := s.opt.MinP; mp > 0 {
		var top float32
		for _, x := range c {
			top = max(top, x.p)
		}
		kept := c[:0]
		for _, x := range c {
			if x.p >= mp*top {
				kept = append(kept, x)
			}
		}
		c = kept
	}
	softmax(c, s.opt.Temperature)
	r := float32(s.rng.Float64())
	var cum float32
	for _, x := range c {
		cum += x.p
		if r < cum {
			return x.id
		}
	}
	return c[len(c)-1].id // r beyond the rounded total
}

// topMass returns the most likely candidates, sorted, holding at least
// mass p: the best 64, 256, … found by partial selection, so that a
// large vocabulary is not sorted whole for a peaked distribution.
func (s *Sampler) topMass(c []cand, p float32) []cand {
	for k := 64; k < len(c); k *= 4 {
		s.tmp = append(s.tmp[:0], c...)
		top := topK(s.tmp, k)
		var mass float32
		for _, x := range top {
			mass += x.p
		}
		if mass >= p {
			return top
		}
	}
	slices.SortFunc(c, byLogit)
	return c
}

// Greedy returns the id of the largest logit (the lowest id on ties), or
// -1 if all are -Inf or NaN.
func Greedy(logits []float32) int32 {
	best, bl := int32(-1), float32(math.Inf(-1))
	for i, l := range logits {
		if l > bl {
			best, bl = int32(i), l
		}
	}
	return best
}

func byLogit(a, b cand) int {
	switch {
	case a.logit > b.logit:
		return -1
	case a.logit < b.logit:
		return 1
	}
	return int(a.id - b.id)
}

// topK moves the k best candidates to the front, sorted, and returns them.
func topK(c []cand, k int) []cand {
	// a min-heap of the best k so far: O(n log k), no full sort
	h := c[:k]
	for i := k/2 - 1; i >= 0; i-- {
		siftDown(h, i)
	}
	for _, x := range c[k:] {
		if byLogit(x, h[0]) < 0 {
			h[0] = x
			siftDown(h, 0)
		}
	}
	slices.SortFunc(h, byLogit)
	return h
}

// siftDown restores the min-heap (worst candidate at the root) below i.
func siftDown(h []cand, i int) {
	for {
		w := i
		for _, j := range [2]int{2*i + 1, 2*i + 2} {
			if j < len(h) && byLogit(h[j], h[w]) > 0 {
				w = j
			}
		}
		if w == i {
			return
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}

// softmax sets the probabilities of the candidates at temperature t.
func softmax(c []cand, t float32) {
	top := c[0].logit
	for _, x := range c {
		top = max(top, x.logit)
	}
	var sum float32
	for i := range c {
		c[i].p = tensor.Exp((c[i].logit - top) / t)
		sum += c[i].p
	}
	for i := range c {
		c[i].p /= sum
	}
}

// penalize applies the repetition penalty to the distinct tokens among
// the last RepeatLastN of history.
func (s *Sampler) penalize(logits []float32, history []int32) {
	p := s.opt.RepeatPenalty
	if p == 0 || p == 1 || len(history) == 0 {
		return
	}
	if len(s.seen) < len(logits) {
		s.seen = make([]uint32, len(logits))
	}
	s.stamp++
	if s.stamp == 0 { // wrapped: old stamps could match
		clear(s.seen)
		s.stamp = 1
	}
	for _, id := range history[max(0, len(history)-s.opt.RepeatLastN):] {
		if id < 0 || int(id) >= len(logits) || s.seen[id] == s.stamp {
			continue
		}
		s.seen[id] = s.stamp
		if logits[id] > 0 {
			logits[id] /= p
		} else {
			logits[id] *= p
		}
	}
}
