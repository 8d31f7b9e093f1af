package tensor

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestF16RoundTrip(t *testing.T) {
	for h := 0; h < 1<<16; h++ {
		f := F16ToF32(uint16(h))
		if f != f {
			if g := F32ToF16(f); g&0x7c00 != 0x7c00 || g&0x3ff == 0 {
				t.Fatalf("NaN %#04x came back as %#04x", h, g)
			}
			continue
		}
		if g := F32ToF16(f); g != uint16(h) {
			t.Fatalf("%#04x → %v → %#04x", h, f, g)
		}
	}
}

// TestF16Rounding checks F32ToF16 against the nearest half found by
// search, ties to even, over random float32s of every magnitude.
func TestF16Rounding(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		f := math.Float32frombits(r.Uint32())
		if f != f || math.Abs(float64(f)) > 65520 {
			continue
		}
		got := F32ToF16(f)
		// got must be at least as near as its two neighbours
		best, bestErr := uint16(0), math.Inf(1)
		for _, c := range []uint16{got - 1, got, got + 1} {
			v := float64(F16ToF32(c))
			if math.IsInf(v, 0) || math.IsNaN(v) || (c^got)&0x8000 != 0 {
				continue
			}
			e := math.Abs(v - float64(f))
			if e < bestErr || e == bestErr && c&1 == 0 {
				best, bestErr = c, e
			}
		}
		if best != got && math.Abs(float64(F16ToF32(got))-float64(f)) != bestErr {
			t.Fatalf("F32ToF16(%v) = %#04x (%v), nearest is %#04x (%v)", f, got, F16ToF32(got), best, F16ToF32(best))
		}
	}
	for _, c := range []struct {
		f float32
		h uint16
	}{{1, 0x3c00}, {-2, 0xc000}, {65504, 0x7bff}, {65520, 0x7c00}, {1e-8, 0}, {5.960464477539063e-08, 1}, {float32(math.Inf(-1)), 0xfc00}} {
		if got := F32ToF16(c.f); got != c.h {
			t.Errorf("F32ToF16(%v) = %#04x, want %#04x", c.f, got, c.h)
		}
	}
}

func TestBF16(t *testing.T) {
	for _, c := range []struct {
		f float32
		h uint16
	}{{1, 0x3f80}, {-2, 0xc000}, {1.00390625, 0x3f80}, {1.01171875, 0x3f82}, {3.3895314e38, 0x7f7f}} {
		if got := F32ToBF16(c.f); got != c.h {
			t.Errorf("F32ToBF16(%v) = %#04x, want %#04x", c.f, got, c.h)
		}
		if back := BF16ToF32(c.h); F32ToBF16(back) != c.h {
			t.Errorf("BF16 %#04x does not round-trip", c.h)
		}
	}
}

func TestExp(t *testing.T) {
	for x := float64(expLo); x < expHi; x += 0.0137 {
		got := float64(Exp(float32(x)))
		want := math.Exp(float64(float32(x)))
		if rel := math.Abs(got-want) / want; rel > 1.2e-7 {
			t.Fatalf("Exp(%v) = %v, want %v (rel %g)", float32(x), got, want, rel)
		}
	}
	if Exp(-87.34) != 0 || Exp(-200) != 0 || !math.IsInf(float64(Exp(88.4)), 1) || Exp(0) != 1 || Exp(float32(math.NaN())) == Exp(float32(math.NaN())) {
		t.Error("Exp at the edges")
	}
}
