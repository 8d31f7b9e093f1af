package convert

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/safetensors"
	"github.com/genui/genui/inference/tensor"
)

var (
	hfModels = filepath.Join("..", "..", "testdata", "hf", "models")
	models   = filepath.Join("..", "..", "testdata", "models")
)

func convertDir(t *testing.T, dir string, opt Options) *gguf.File {
	t.Helper()
	var buf bytes.Buffer
	if _, err := Checkpoint(dir, &buf, opt); err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Parse(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func floats(t *testing.T, typ gguf.Type, data []byte, n uint64) []float32 {
	t.Helper()
	x := make([]float32, n)
	if err := tensor.Dequantize(typ, x, data); err != nil {
		t.Fatal(err)
	}
	return x
}

// TestRopescale converts the llama checkpoint with linear RoPE scaling and
// tied embeddings to F32 and checks every tensor against the safetensors:
// equal, except Q and K whose rows are permuted as llama.cpp expects.
func TestRopescale(t *testing.T) {
	dir := filepath.Join(hfModels, "llama-ropescale")
	f := convertDir(t, dir, Options{Type: gguf.F32})
	st, err := safetensors.Open(filepath.Join(dir, "model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"general.architecture":                   "llama",
		"general.name":                           "llama-ropescale",
		"general.file_type":                      uint32(gguf.FileF32),
		"llama.block_count":                      uint32(2),
		"llama.context_length":                   uint32(512),
		"llama.embedding_length":                 uint32(64),
		"llama.feed_forward_length":              uint32(128),
		"llama.attention.head_count":             uint32(4),
		"llama.attention.head_count_kv":          uint32(4),
		"llama.attention.layer_norm_rms_epsilon": float32(1e-5),
		"llama.rope.freq_base":                   float32(10000),
		"llama.rope.dimension_count":             uint32(16),
		"llama.rope.scaling.type":                "linear",
		"llama.rope.scaling.factor":              float32(2),
		"llama.vocab_size":                       uint32(256),
	}
	for k, v := range want {
		if got, ok := f.Get(k); !ok || got != v {
			t.Errorf("%s = %#v, want %#v", k, got, v)
		}
	}
	if _, ok := f.Tensor("output.weight"); ok {
		t.Error("tied model has output.weight")
	}
	if len(f.Tensors) != 1+2*9+1 {
		t.Errorf("%d tensors", len(f.Tensors))
	}
	names := map[string]string{"token_embd.weight": "model.embed_tokens.weight", "output_norm.weight": "model.norm.weight"}
	for l := range 2 {
		for _, lt := range layerTensors {
			if !lt.bias {
				names[blk(l, lt.gguf)] = blkHF(l, lt.hf)
			}
		}
	}
	for g, h := range names {
		gt, ok := f.Tensor(g)
		if !ok {
			t.Fatalf("no %s", g)
		}
		ht, _ := st.Tensor(h)
		if gt.Type != gguf.F32 || !slices.Equal(gt.Dims, []uint64{ht.Shape[len(ht.Shape)-1], ht.Shape[0]}[:len(ht.Shape)]) {
			t.Errorf("%s: %v %v from %v", g, gt.Type, gt.Dims, ht.Shape)
		}
		got := floats(t, gguf.F32, gt.Data, gt.Elements())
		src := floats(t, gguf.F32, ht.Data, ht.Elements())
		cols := int(ht.Shape[len(ht.Shape)-1])
		rowOf := func(r int) int { return r }
		if strings.HasSuffix(g, "attn_q.weight") || strings.HasSuffix(g, "attn_k.weight") {
			// Row h·d + 2i + j of GGUF is row h·d + j·d/2 + i of HF (d = 16).
			rowOf = func(r int) int { h, i, j := r/16, r%16/2, r%2; return h*16 + j*8 + i }
		}
		for r := range len(got) / cols {
			if !slices.Equal(got[r*cols:(r+1)*cols], src[rowOf(r)*cols:(rowOf(r)+1)*cols]) {
				t.Fatalf("%s row %d differs from %s row %d", g, r, h, rowOf(r))
			}
		}
	}
}

func blk(l int, s string) string   { return "blk." + string(rune('0'+l)) + "." + s }
func blkHF(l int, s string) string { return "model.layers." + string(rune('0'+l)) + "." + s }

func TestPermuteRows(t *testing.T) {
	// Two heads of dimension 4, one column: each head's halves interleave.
	src := []float32{0, 1, 2, 3, 10, 11, 12, 13}
	dst := make([]float32, len(src))
	permuteRows(dst, src, 2, 1)
	if want := []float32{0, 2, 1, 3, 10, 12, 11, 13}; !slices.Equal(dst, want) {
		t.Errorf("got %v, want %v", dst, want)
	}
	// Two columns move with their row.
	src = []float32{0, 0, 1, 1, 2, 2, 3, 3}
	permuteRows(dst, src, 1, 2)
	if want := []float32{0, 0, 2, 2, 1, 1, 3, 3}; !slices.Equal(dst, want) {
		t.Errorf("got %v, want %v", dst, want)
	}
}

// TestCommittedModels checks that the committed GGUF reference models are
// what convert writes today: always for llama-ropescale, whose checkpoint
// is committed, and for the others where train/reference.py's
// checkpoints are present.
func TestCommittedModels(t *testing.T) {
	for _, name := range []string{"llama-ropescale", "llama-gqa", "qwen2"} {
		dir := filepath.Join(hfModels, name)
		if _, err := os.Stat(filepath.Join(dir, "model.safetensors")); err != nil {
			t.Logf("%s: no checkpoint here (train/reference.py makes it); skipped", name)
			continue
		}
		var buf bytes.Buffer
		if _, err := Checkpoint(dir, &buf, Options{Type: gguf.F16}); err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(filepath.Join(models, name+".gguf"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), committed) {
			t.Errorf("%s.gguf differs from a fresh conversion (go run ./cmd/genui convert %s -o %s)", name, dir, filepath.Join(models, name+".gguf"))
		}
	}
}

// TestF16Exact: the reference weights are exact in float16, so the F16
// models hold them unrounded.
func TestF16Exact(t *testing.T) {
	dir := filepath.Join(hfModels, "llama-ropescale")
	f16 := convertDir(t, dir, Options{Type: gguf.F16})
	f32 := convertDir(t, dir, Options{Type: gguf.F32})
	for i := range f16.Tensors {
		a, b := &f16.Tensors[i], &f32.Tensors[i]
		if !slices.Equal(floats(t, a.Type, a.Data, a.Elements()), floats(t, b.Type, b.Data, b.Elements())) {
			t.Errorf("%s: F16 and F32 differ", a.Name)
		}
	}
}

func TestQuantizedTypes(t *testing.T) {
	dir := filepath.Join(hfModels, "llama-ropescale")
	for _, c := range []struct {
		typ, matrix gguf.Type
		ftype       gguf.FileType
	}{
		{gguf.Q8_0, gguf.Q8_0, gguf.FileQ8_0},
		{gguf.Q4_0, gguf.Q4_0, gguf.FileQ4_0},
		{gguf.BF16, gguf.BF16, gguf.FileBF16},
		{gguf.Q4_K, gguf.Q5_0, gguf.FileQ4_K_S}, // rows of 64 and 128: llama-quantize's fallback
		{gguf.Q6_K, gguf.Q8_0, gguf.FileQ6_K},
	} {
		f := convertDir(t, dir, Options{Type: c.typ})
		for _, ti := range f.Tensors {
			want := c.matrix
			if len(ti.Dims) == 1 {
				want = gguf.F32
			}
			if ti.Type != want {
				t.Errorf("%v: %s is %v, want %v", c.typ, ti.Name, ti.Type, want)
			}
		}
		if ft, _ := f.Uint("general.file_type"); gguf.FileType(ft) != c.ftype {
			t.Errorf("%v: file type %v", c.typ, gguf.FileType(ft))
		}
	}
	if _, err := Checkpoint(dir, &bytes.Buffer{}, Options{Type: gguf.IQ2_XS}); err == nil {
		t.Error("converted to a type package tensor cannot code")
	}
}

func TestStoreAs(t *testing.T) {
	for _, c := range []struct {
		t     gguf.Type
		shape []uint64
		want  gguf.Type
	}{
		{gguf.Q4_K, []uint64{8, 512}, gguf.Q4_K},
		{gguf.Q4_K, []uint64{8, 96}, gguf.Q5_0},
		{gguf.Q4_K, []uint64{8, 48}, gguf.F16},
		{gguf.Q8_0, []uint64{8, 48}, gguf.F16},
		{gguf.F16, []uint64{48}, gguf.F32},
		{gguf.F32, []uint64{3, 5}, gguf.F32},
	} {
		if got := storeAs(c.t, c.shape); got != c.want {
			t.Errorf("storeAs(%v, %v) = %v, want %v", c.t, c.shape, got, c.want)
		}
	}
}

// TestRopeFreqs checks Llama 3's frequency factors at their ends: 1 for
// the fast (short-wavelength) dimensions, the factor for the slow ones,
// smooth and monotonic between.
func TestRopeFreqs(t *testing.T) {
	f, low, high, orig, theta := 8.0, 1.0, 4.0, 8192, 500000.0
	c := &config{headDim: 64, rope: rope{Type: "llama3", Factor: &f, LowFreqFactor: &low, HighFreqFactor: &high, OriginalMaxPosition: &orig, Theta: &theta}}
	r := ropeFreqs(c)
	if len(r) != 32 || r[0] != 1 || r[31] != 8 {
		t.Fatalf("factors %v", r)
	}
	for i := 1; i < len(r); i++ {
		if r[i] < r[i-1] {
			t.Fatalf("factors fall at %d: %v", i, r)
		}
	}
	if ropeFreqs(&config{headDim: 64}) != nil {
		t.Error("factors without llama3 scaling")
	}
}
