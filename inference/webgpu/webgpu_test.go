package webgpu

import (
	"errors"
	"regexp"
	"strconv"
	"testing"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/llama"
	"github.com/genui/genui/inference/llama/llamatest"
	"github.com/genui/genui/inference/tensor"
)

func model(t *testing.T, c llamatest.Config) *llama.Model {
	t.Helper()
	data, err := llamatest.Bytes(c)
	if err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	pool := tensor.NewPool(1)
	t.Cleanup(pool.Close)
	m, err := llama.Load(f, pool)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

var tiny = llamatest.Config{Vocab: 256, Dim: 64, Layers: 2, Heads: 2, KVHeads: 1, FFN: 128, Context: 256}

// TestPack decodes packed matrices as the shaders read them and compares
// them with tensor's reference decoder, stacked matrices included.
func TestPack(t *testing.T) {
	for _, typ := range []gguf.Type{gguf.Q8_0, gguf.Q4_0} {
		c := tiny
		c.Type = typ
		m := model(t, c)
		L := &m.Layers[1]
		p, err := pack(L.Q, L.K, L.V)
		if err != nil {
			t.Fatal(err)
		}
		if p.rows != L.Q.Rows+L.K.Rows+L.V.Rows {
			t.Fatalf("%v: %d stacked rows", typ, p.rows)
		}
		got, want := make([]float32, c.Dim), make([]float32, c.Dim)
		for r := 0; r < p.rows; r++ {
			src, row := L.Q, r
			if row >= L.Q.Rows {
				src, row = L.K, row-L.Q.Rows
				if row >= L.K.Rows {
					src, row = L.V, row-L.K.Rows
				}
			}
			p.dequantRow(r, got)
			src.Row(row, want)
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("%v row %d value %d: packed %v, reference %v", typ, r, i, got[i], want[i])
				}
			}
		}
	}
	c := tiny
	c.Type, c.Dim, c.FFN = gguf.Q4_K, 256, 256
	if _, err := pack(model(t, c).Layers[0].Q); !errors.Is(err, ErrUnsupported) {
		t.Errorf("Q4_K: %v, want ErrUnsupported", err)
	}
}

var bindingRE = regexp.MustCompile(`@binding\((\d+)\)`)

// TestPlan checks the forward pass's program: eight dispatches per layer
// and three more, every dispatch binding exactly the buffers its kernel
// declares, and the weights counted once (tied output included).
func TestPlan(t *testing.T) {
	for _, tied := range []bool{false, true} {
		c := tiny
		c.Type, c.Tied = gguf.Q8_0, tied
		m := model(t, c)
		p, err := newPlan(m, 128, 4)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.dispatches) != 8*c.Layers+3 {
			t.Errorf("tied %v: %d dispatches", tied, len(p.dispatches))
		}
		for _, d := range p.dispatches {
			highest := 0
			for _, b := range bindingRE.FindAllStringSubmatch(source(d.kernel), -1) {
				n, _ := strconv.Atoi(b[1])
				highest = max(highest, n)
			}
			if highest != len(d.bindings) {
				t.Errorf("%s: the shader declares bindings up to %d, the plan binds %d", d.kernel.name, highest, len(d.bindings))
			}
		}
		var want int64
		for _, mat := range matrices(m) {
			pm, err := pack(mat)
			if err != nil {
				t.Fatal(err)
			}
			want += pm.bytes()
		}
		want += 4 * int64(c.Dim*(2*c.Layers+1)) // norms
		if p.weightBytes != want {
			t.Errorf("tied %v: %d weight bytes, want %d", tied, p.weightBytes, want)
		}
		cost := p.cost(100)
		if cost.ReadBytes <= cost.WeightBytes || cost.Readback != 4*int64(4*c.Vocab) {
			t.Errorf("tied %v: cost %+v", tied, cost)
		}
	}
}

// TestWorth checks the policy: small models and software adapters stay
// on the CPU.
func TestWorth(t *testing.T) {
	c := tiny
	c.Type = gguf.Q8_0
	m := model(t, c)
	if Worth(m, 128, false) {
		t.Error("a 100 KiB model is worth the GPU")
	}
	if _, err := Open(m, Options{Force: true}); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Open natively: %v, want ErrUnavailable", err)
	}
	big := llamatest.Config{Vocab: 4096, Dim: 768, Layers: 4, Heads: 12, KVHeads: 4, FFN: 3072, Context: 256, Type: gguf.Q8_0}
	m = model(t, big)
	if !Worth(m, 128, false) || Worth(m, 128, true) || Worth(m, MaxContext+1, false) {
		t.Error("a 40 MB model: worth it on a real adapter only, within MaxContext")
	}
	cost, err := Estimate(m, 1024, 512)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d M parameters: %+v", big.Params()>>20, cost)
}
