package tensor

import (
	"math"
	"math/rand/v2"
	"testing"
)

// checkVec compares Dot, AddScaled and the elementwise kernels of
// Softmax and SwiGLU (SIMD where the build has them) with their plain-Go
// kernels bit for bit, on vectors of n values that start at offset off
// of their backing arrays (unaligned, with tails), some of them wide
// enough to reach Exp's edges, NaNs and infinities.
func checkVec(t *testing.T, seed uint64, n, off int) {
	r := rand.New(rand.NewPCG(seed, 99))
	a, b := gaussian(r, n+off, 1)[off:], gaussian(r, n+off, 1)[off:]
	if seed%4 == 3 {
		for i := range a {
			a[i] *= 60
		}
		specials := []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), expHi, expLo, 88.5, -88, 0}
		for i := 0; i < len(a) && i < len(specials); i++ {
			a[r.IntN(len(a))] = specials[i]
		}
	}
	same := func(what string, got, want []float32) {
		t.Helper()
		for i := range got {
			if !sameBits(got[i], want[i]) {
				t.Fatalf("seed %d n %d: %s[%d] = %v, plain %v (input %v)", seed, n, what, i, got[i], want[i], a[i])
			}
		}
	}
	e1, e2 := append([]float32{}, a...), append([]float32{}, a...)
	vecExpShift(e1, 0.25)
	expShift(e2, 0.25)
	same("expShift", e1, e2)
	g1, g2 := append([]float32{}, a...), append([]float32{}, a...)
	SwiGLU(g1, b)
	swiGLU(g2, b)
	same("SwiGLU", g1, g2)
	if got, want := Dot(a, b), dotF32s(a, b); !sameBits(got, want) {
		t.Fatalf("seed %d n %d: Dot %v, plain %v", seed, n, got, want)
	}
	s := float32(r.NormFloat64())
	got, want := append([]float32{}, a...), append([]float32{}, a...)
	AddScaled(got, s, b)
	addScaled(want, s, b)
	same("AddScaled", got, want)
}

// sameBits reports whether a and b are the same float32, any NaN being
// the same as any other (payloads are not part of the promise).
func sameBits(a, b float32) bool {
	return math.Float32bits(a) == math.Float32bits(b) || a != a && b != b
}

func TestVec(t *testing.T) {
	for seed := uint64(0); seed < 50; seed++ {
		checkVec(t, seed, int(seed*7%131), int(seed%3))
	}
}

// FuzzVec is the differential fuzz test of the vector kernels.
func FuzzVec(f *testing.F) {
	f.Add(uint64(1), uint8(64), uint8(0))
	f.Add(uint64(2), uint8(13), uint8(1))
	f.Fuzz(func(t *testing.T, seed uint64, n, off uint8) {
		checkVec(t, seed, int(n), int(off%4))
	})
}
