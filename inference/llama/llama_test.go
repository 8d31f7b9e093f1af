package llama

import (
	"errors"
	"testing"

	"github.com/genui/genui/inference/gguf"
)

// TestReference checks the logits of every prompt position against
// transformers' (float64) within 1e-4 relative error, and the 32-token
// greedy continuation, for F32 and F16 weights of each reference model.
func TestReference(t *testing.T) {
	for _, name := range refModels {
		exp := loadExpected(t, name)
		for _, typ := range []gguf.Type{gguf.F32, gguf.F16} {
			t.Run(name+"/"+typ.String(), func(t *testing.T) {
				m := load(t, refModel(t, name, typ), 2)
				s, err := m.NewState(128, 8)
				if err != nil {
					t.Fatal(err)
				}
				logits, err := s.Forward(exp.Prompt, true)
				if err != nil {
					t.Fatal(err)
				}
				worst := 0.0
				for i, want := range exp.Logits {
					e := relErr(logits[i*m.Vocab:(i+1)*m.Vocab], want)
					worst = max(worst, e)
					if e > 1e-4 {
						t.Errorf("position %d: relative error %.3g", i, e)
					}
				}
				t.Logf("worst relative error %.3g", worst)
				got := greedy(t, s, logits[(len(exp.Prompt)-1)*m.Vocab:], len(exp.Greedy))
				for i := range exp.Greedy {
					if got[i] != exp.Greedy[i] {
						t.Fatalf("greedy token %d is %d, want %d (got %v)", i, got[i], exp.Greedy[i], got)
					}
				}
			})
		}
	}
}

func argmax(x []float32) int32 {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return int32(best)
}

// greedy continues s for n tokens from the logits of its last token.
func greedy(t testing.TB, s *State, logits []float32, n int) []int32 {
	var out []int32
	for len(out) < n {
		id := argmax(logits)
		out = append(out, id)
		var err error
		if logits, err = s.Forward([]int32{id}, false); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func TestContextFull(t *testing.T) {
	exp := loadExpected(t, "llama-ropescale")
	m := load(t, refModel(t, "llama-ropescale", gguf.F32), 1)
	s, err := m.NewState(30, 4)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Forward(exp.Prompt, false); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Forward(exp.Prompt[:7], false); !errors.Is(err, ErrContext) {
		t.Fatalf("24+7 tokens in a context of 30: %v", err)
	}
	if _, err := m.NewState(m.ContextLength+1, 1); err == nil {
		t.Error("a state longer than the model's context: no error")
	}
	if _, err := s.Forward([]int32{int32(m.Vocab)}, false); err == nil {
		t.Error("a token outside the vocabulary: no error")
	}
}

// quantBounds are, per weight type quantised by this engine's
// quantisers, the relative error of the logits (worst prompt position)
// allowed against the F32 logits (vsF32), and against the same
// quantised weights dequantised to F32 (vsDequant: what the 8-bit
// activations of the integer kernels add). The reference models'
// random weights (std 1.6/√fan-in) make them chaotic: a 0.5% weight
// error (Q8_0) moves their logits by several percent and 4-bit codes
// decorrelate them, so vsF32 is loose by nature; vsDequant is the sharp
// check. The bounds are about 1.5× the worst measured.
var quantBounds = map[gguf.Type]struct{ vsF32, vsDequant float64 }{
	gguf.Q8_0: {0.13, 0.09},
	gguf.Q6_K: {0.3, 0.09},
	gguf.Q4_K: {1.0, 0.09},
	gguf.Q4_0: {1.2, 0.09},
}

func TestQuantized(t *testing.T) {
	for _, name := range refModels {
		exp := loadExpected(t, name)
		ref := allLogits(t, load(t, refModel(t, name, gguf.F32), 1), exp.Prompt)
		for _, typ := range []gguf.Type{gguf.Q8_0, gguf.Q6_K, gguf.Q4_K, gguf.Q4_0} {
			if name == "llama-ropescale" && (typ == gguf.Q4_K || typ == gguf.Q6_K) {
				continue // 64-value rows: no 256-value super-blocks
			}
			b := quantBounds[typ]
			data := refModel(t, name, typ)
			got := allLogits(t, load(t, data, 2), exp.Prompt)
			deq := allLogits(t, load(t, requantize(t, data, gguf.F32), 1), exp.Prompt)
			v := len(got) / len(exp.Prompt)
			var vsF32, vsDequant float64
			for i := range exp.Prompt {
				vsF32 = max(vsF32, relErr(got[i*v:(i+1)*v], ref[i*v:(i+1)*v]))
				vsDequant = max(vsDequant, relErr(got[i*v:(i+1)*v], deq[i*v:(i+1)*v]))
			}
			t.Logf("%s %v: relative error %.3g against F32, %.3g against its weights in F32", name, typ, vsF32, vsDequant)
			if vsF32 > b.vsF32 || vsDequant > b.vsDequant {
				t.Errorf("%s %v: relative errors %.3g, %.3g over %g, %g", name, typ, vsF32, vsDequant, b.vsF32, b.vsDequant)
			}
		}
	}
}

func allLogits(t *testing.T, m *Model, prompt []int32) []float32 {
	s, err := m.NewState(64, 16)
	if err != nil {
		t.Fatal(err)
	}
	l, err := s.Forward(prompt, true)
	if err != nil {
		t.Fatal(err)
	}
	return append([]float32{}, l...)
}

// TestBatchedPrefill checks that a prompt run in batches of any size
// (and token by token) gives the logits of the one-batch run.
func TestBatchedPrefill(t *testing.T) {
	exp := loadExpected(t, "qwen2")
	m := load(t, refModel(t, "qwen2", gguf.Q8_0), 2)
	want := allLogits(t, m, exp.Prompt)
	for _, batch := range []int{1, 3, 7} {
		s, err := m.NewState(64, batch)
		if err != nil {
			t.Fatal(err)
		}
		for i, id := range exp.Prompt {
			var got []float32
			if i%2 == 0 {
				got, err = s.Forward([]int32{id}, false)
			} else {
				got, err = s.Forward([]int32{id}, true)
			}
			if err != nil {
				t.Fatal(err)
			}
			if e := relErr(got, want[i*m.Vocab:(i+1)*m.Vocab]); e > 1e-5 {
				t.Fatalf("batch %d, token %d: relative error %.3g", batch, i, e)
			}
		}
	}
}

func TestDecodeAllocs(t *testing.T) {
	m := load(t, refModel(t, "llama-gqa", gguf.Q4_0), 2)
	s, err := m.NewState(256, 8)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Forward([]int32{1, 2, 3}, false); err != nil {
		t.Fatal(err)
	}
	if a := testing.AllocsPerRun(20, func() {
		if _, err := s.Forward([]int32{5}, false); err != nil {
			t.Fatal(err)
		}
	}); a != 0 {
		t.Errorf("%v allocations per decoded token", a)
	}
}
