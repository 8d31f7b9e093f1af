package tensor

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	"github.com/genui/genui/inference/gguf"
)

// randomRow returns one row of cols values of type typ: either the
// coding of Gaussian values, or random bytes (every code pattern, with
// the f16 scales tamed to finite values of moderate size).
func randomRow(r *rand.Rand, typ gguf.Type, cols int, raw bool) []byte {
	if !raw {
		b, err := Quantize(typ, gaussian(r, cols, 1))
		if err != nil {
			panic(err)
		}
		return b
	}
	b := make([]byte, typ.RowSize(cols))
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	bs := typ.TypeSize()
	for o := 0; o < len(b); o += bs {
		blk := b[o : o+bs]
		tame := func(at int) { binary.LittleEndian.PutUint16(blk[at:], F32ToF16(float32(r.NormFloat64()))) }
		switch typ {
		case gguf.F32:
			binary.LittleEndian.PutUint32(blk, math.Float32bits(float32(r.NormFloat64())))
		case gguf.F16, gguf.Q4_0, gguf.Q5_0, gguf.Q8_0:
			tame(0)
		case gguf.BF16:
			binary.LittleEndian.PutUint16(blk, F32ToBF16(float32(r.NormFloat64())))
		case gguf.Q4_1, gguf.Q5_1, gguf.Q4_K, gguf.Q5_K:
			tame(0)
			tame(2)
		case gguf.Q6_K:
			tame(208)
		case gguf.Q8_K:
			binary.LittleEndian.PutUint32(blk, math.Float32bits(float32(r.NormFloat64())))
		}
	}
	return b
}

// checkDot compares, for one weight type and one random row, the kernel
// in use (fast: SIMD where this build has one) with the plain-Go kernel
// bit for bit, since both sum in the order of order.go; the plain kernel
// with the reference, bit for bit where it keeps the reference's order
// and to float32 rounding where it does not; and the reference with the
// float product of the dequantised row and the dequantised activations.
func checkDot(t *testing.T, typ gguf.Type, seed uint64, cols int, raw bool) {
	r := rand.New(rand.NewPCG(seed, uint64(typ)))
	f, _ := lookup(typ)
	row := randomRow(r, typ, cols, raw)
	var x Batch
	vals := gaussian(r, 2*cols, 1)
	if seed%3 == 0 {
		vals[r.IntN(len(vals))] = 40 // an outlier, as real activations have
	}
	x.Set(vals, 2, cols)
	x.prepare(f.fast.act | f.plain.act | actCodes)
	w := make([]float32, cols)
	f.dequant(w, row)
	for v := 0; v < x.N; v++ {
		naive, plain, fast := f.naive(row, &x, v), f.plain.dot(row, &x, v), f.fast.dot(row, &x, v)
		// the exact product of what the kernels see: dequantised weights
		// times (float or dequantised 8-bit) activations
		var want, mag float64
		q, d, _ := x.codes(v)
		for i := range w {
			a := float64(x.Row(v)[i])
			if f.plain.act != actFloat {
				a = float64(q[i]) * float64(d[i/32])
			}
			want += float64(w[i]) * a
			mag += math.Abs(float64(w[i]) * a)
		}
		if math.Float32bits(fast) != math.Float32bits(plain) {
			t.Fatalf("%v seed %d raw %v vector %d: fast %v, plain %v", typ, seed, raw, v, fast, plain)
		}
		if f.exact {
			if math.Float32bits(plain) != math.Float32bits(naive) {
				t.Fatalf("%v seed %d raw %v vector %d: plain %v, naive %v", typ, seed, raw, v, plain, naive)
			}
		} else if math.Abs(float64(plain-naive)) > 1e-5*mag {
			t.Fatalf("%v seed %d raw %v vector %d: plain %v, naive %v", typ, seed, raw, v, plain, naive)
		}
		if math.Abs(float64(naive)-want) > 2e-5*mag+1e-30 {
			t.Fatalf("%v seed %d raw %v: naive %v, dequantised product %v (magnitude %v)", typ, seed, raw, naive, want, mag)
		}
	}
}

// checkRows compares a type's row-run kernel with its one-row kernel,
// bit for bit, on runs of 1 to 5 rows.
func checkRows(t *testing.T, typ gguf.Type, seed uint64, cols int) {
	r := rand.New(rand.NewPCG(seed, 7+uint64(typ)))
	f, _ := lookup(typ)
	rows := 1 + int(seed%5)
	w := randomRow(r, typ, rows*cols, seed%2 == 1)
	stride := len(w) / rows
	var x Batch
	x.Set(gaussian(r, 2*cols, 1), 2, cols)
	x.prepare(f.fast.act)
	dst := make([]float32, rows)
	for v := 0; v < x.N; v++ {
		f.fast.rows(dst, w, stride, &x, v)
		for i, got := range dst {
			if want := f.fast.dot(w[i*stride:(i+1)*stride], &x, v); math.Float32bits(got) != math.Float32bits(want) {
				t.Fatalf("%v seed %d: row %d of %d: rows %v, dot %v", typ, seed, i, rows, got, want)
			}
		}
	}
}

// testCols returns a row length for type typ: 1 to 4 super-blocks of
// 256 values, and for the 32-value types also odd block counts (the
// vector kernels take blocks in pairs).
func testCols(typ gguf.Type, k uint64) int {
	if typ.BlockSize() == 32 && k%2 == 1 {
		return 32 * int(1+2*(k%9))
	}
	return 256 * (1 + int(k%4))
}

func TestRows(t *testing.T) {
	for _, typ := range Types() {
		for seed := uint64(0); seed < 10; seed++ {
			checkRows(t, typ, seed, testCols(typ, seed))
		}
	}
}

func TestDot(t *testing.T) {
	for _, typ := range Types() {
		for seed := uint64(0); seed < 40; seed++ {
			checkDot(t, typ, seed, testCols(typ, seed), seed%2 == 1)
		}
	}
}

// FuzzDot is the differential fuzz test of every kernel against its
// reference and of the SIMD kernels against the plain ones: go test
// -fuzz FuzzDot ./inference/tensor, with and without GOEXPERIMENT=simd.
func FuzzDot(f *testing.F) {
	f.Add(uint8(0), uint64(1), uint8(1), true)
	f.Add(uint8(8), uint64(2), uint8(3), false)
	f.Add(uint8(12), uint64(3), uint8(2), true)
	f.Add(uint8(14), uint64(4), uint8(1), true)
	f.Fuzz(func(t *testing.T, typ uint8, seed uint64, blocks uint8, raw bool) {
		tt := gguf.Type(typ)
		if !Supported(tt) {
			return
		}
		checkDot(t, tt, seed, testCols(tt, uint64(blocks)), raw)
		checkRows(t, tt, seed, testCols(tt, uint64(blocks)))
	})
}

// TestMul checks the threaded, batched product against the reference
// kernel row by row, for groups of products of different types.
func TestMul(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, threads := range []int{1, 3} {
		p := NewPool(threads)
		for _, n := range []int{1, 5} {
			const cols = 512
			var x Batch
			x.Set(gaussian(r, n*cols, 1), n, cols)
			types := []gguf.Type{gguf.Q8_0, gguf.Q4_K, gguf.F32, gguf.Q6_K}
			var prods []Product
			for i, typ := range types {
				rows := 40 + 37*i
				m, err := NewMatrix(typ, rows, cols, randomRow(r, typ, rows*cols, false))
				if err != nil {
					t.Fatal(err)
				}
				prods = append(prods, Product{m, make([]float32, n*rows)})
			}
			p.Mul(&x, prods...)
			for _, pr := range prods {
				for v := 0; v < n; v++ {
					for row := 0; row < pr.M.Rows; row++ {
						want := pr.M.f.naive(pr.M.Data[row*pr.M.stride:(row+1)*pr.M.stride], &x, v)
						if got := pr.Dst[v*pr.M.Rows+row]; math.Abs(float64(got-want)) > 1e-4*(1+math.Abs(float64(want))) {
							t.Fatalf("%v threads %d n %d: [%d][%d] = %v, want %v", pr.M.Type, threads, n, v, row, got, want)
						}
					}
				}
			}
		}
		p.Close()
	}
}

// countTask counts how often each unit runs.
type countTask struct{ runs []atomic.Int32 }

func (c *countTask) Run(_, lo, hi int) {
	for i := lo; i < hi; i++ {
		c.runs[i].Add(1)
	}
}

// TestPoolStress runs many small tasks of changing sizes back to back,
// as decoding does, and checks that every unit of every task runs
// exactly once (with -race, also that the hand-over of tasks to the
// spinning helpers is race-free).
func TestPoolStress(t *testing.T) {
	p := NewPool(3)
	defer p.Close()
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 100000; i++ {
		n := 2 + r.IntN(24)
		c := &countTask{runs: make([]atomic.Int32, n)}
		p.Run(c, n, 1+r.IntN(2))
		for u := range c.runs {
			if got := c.runs[u].Load(); got != 1 {
				t.Fatalf("task %d of %d units: unit %d ran %d times", i, n, u, got)
			}
		}
		if i%5000 == 0 {
			time.Sleep(300 * time.Microsecond) // let the helpers park now and then
		}
	}
}

func TestMulAllocs(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	p := NewPool(2)
	defer p.Close()
	m, _ := NewMatrix(gguf.Q8_0, 1024, 1024, randomRow(r, gguf.Q8_0, 1024*1024, false))
	var x Batch
	vals := gaussian(r, 1024, 1)
	dst := make([]float32, 1024)
	x.Set(vals, 1, 1024)
	p.Mul(&x, Product{m, dst})
	if a := testing.AllocsPerRun(20, func() {
		x.Set(vals, 1, 1024)
		p.Mul(&x, Product{m, dst})
	}); a != 0 {
		t.Errorf("%v allocations per product", a)
	}
}

func TestNewMatrixErrors(t *testing.T) {
	for _, c := range []struct {
		typ        gguf.Type
		rows, cols int
		n          int
	}{
		{gguf.Q4_0, 2, 48, 2 * 27}, // not whole blocks
		{gguf.Q8_0, 2, 64, 10},     // wrong size
		{gguf.IQ1_S, 1, 256, 50},   // unsupported
		{gguf.F32, 0, 4, 0},
	} {
		if _, err := NewMatrix(c.typ, c.rows, c.cols, make([]byte, c.n)); err == nil {
			t.Errorf("%v %d×%d with %d bytes: no error", c.typ, c.rows, c.cols, c.n)
		}
	}
}
