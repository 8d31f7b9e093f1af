package tensor

import (
	"math/rand/v2"
	"testing"

	"github.com/genui/genui/inference/gguf"
)

// BenchmarkDot compares each type's kernels (the reference, plain Go,
// and the one in use, SIMD where the build has it) on one 4096-value
// row: go test -bench Dot ./inference/tensor.
func BenchmarkDot(b *testing.B) {
	const cols = 4096
	r := rand.New(rand.NewPCG(9, 10))
	for _, typ := range Types() {
		f, _ := lookup(typ)
		row := randomRow(r, typ, cols, false)
		var x Batch
		x.Set(gaussian(r, cols, 1), 1, cols)
		x.prepare(f.plain.act | f.fast.act)
		for _, k := range []struct {
			name string
			dot  dotFunc
		}{{"naive", f.naive}, {"plain", f.plain.dot}, {"fast", f.fast.dot}} {
			b.Run(typ.String()+"/"+k.name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(row)))
				var s float32
				for b.Loop() {
					s += k.dot(row, &x, 0)
				}
				_ = s
			})
		}
	}
}

// BenchmarkMul measures a threaded 2048×2048 matrix-vector product (and a
// 16-vector matrix-matrix one) per type, activation preparation included.
func BenchmarkMul(b *testing.B) {
	const n = 2048
	r := rand.New(rand.NewPCG(11, 12))
	p := NewPool(0)
	defer p.Close()
	for _, typ := range []gguf.Type{gguf.F32, gguf.F16, gguf.Q8_0, gguf.Q4_0, gguf.Q4_K, gguf.Q6_K} {
		m, err := NewMatrix(typ, n, n, randomRow(r, typ, n*n, false))
		if err != nil {
			b.Fatal(err)
		}
		for _, vecs := range []int{1, 16} {
			vals := gaussian(r, vecs*n, 1)
			dst := make([]float32, vecs*n)
			b.Run(typ.String()+"/"+map[int]string{1: "vec", 16: "mat16"}[vecs], func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(m.Data)))
				var x Batch
				for b.Loop() {
					x.Set(vals, vecs, n)
					p.Mul(&x, Product{m, dst})
				}
			})
		}
	}
}
