package llama

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/genui/genui/inference/gguf"
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

// refModel returns the reference model name (committed as an exact F16
// GGUF by genui convert) with its matrices stored as typ.
func refModel(t testing.TB, name string, typ gguf.Type) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "models", name+".gguf"))
	if err != nil {
		t.Fatal(err)
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
