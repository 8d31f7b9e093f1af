package tensor

import (
	"math"
	"math/rand/v2"
	"testing"
)

// checkVec compares Dot and AddScaled (SIMD where the build has them)
// with their plain-Go kernels bit for bit, on vectors of n values that
// start at offset off of their backing arrays (unaligned, with tails).
func checkVec(t *testing.T, seed uint64, n, off int) {
	r := rand.New(rand.NewPCG(seed, 99))
	a, b := gaussian(r, n+off, 1)[off:], gaussian(r, n+off, 1)[off:]
	if got, want := Dot(a, b), dotF32s(a, b); math.Float32bits(got) != math.Float32bits(want) {
		t.Fatalf("seed %d n %d: Dot %v, plain %v", seed, n, got, want)
	}
	s := float32(r.NormFloat64())
	got, want := append([]float32{}, a...), append([]float32{}, a...)
	AddScaled(got, s, b)
	addScaled(want, s, b)
	for i := range got {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			t.Fatalf("seed %d n %d: AddScaled[%d] = %v, plain %v", seed, n, i, got[i], want[i])
		}
	}
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
