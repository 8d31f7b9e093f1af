package tensor

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/genui/genui/inference/gguf"
)

// gaussian returns n normal values scaled by s.
func gaussian(r *rand.Rand, n int, s float64) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = float32(r.NormFloat64() * s)
	}
	return x
}

// TestLayouts decodes hand-made blocks whose values follow from
// llama.cpp's block structs, so a layout error cannot hide behind a
// quantiser and decoder that agree with each other.
func TestLayouts(t *testing.T) {
	one := []byte{0x00, 0x3c} // f16 1.0
	half := []byte{0x00, 0x38}
	t.Run("Q4_0", func(t *testing.T) {
		blk := append([]byte{}, one...)
		for j := 0; j < 16; j++ {
			blk = append(blk, byte(j)|byte(15-j)<<4)
		}
		y := decode(t, gguf.Q4_0, blk, 32)
		for j := 0; j < 16; j++ {
			if y[j] != float32(j-8) || y[j+16] != float32(7-j) {
				t.Fatalf("value %d: %v %v", j, y[j], y[j+16])
			}
		}
	})
	t.Run("Q5_0", func(t *testing.T) {
		blk := append([]byte{}, one...)
		blk = binary.LittleEndian.AppendUint32(blk, 1<<3|1<<20) // values 3 and 20 get bit 4
		for j := 0; j < 16; j++ {
			blk = append(blk, 0x11)
		}
		y := decode(t, gguf.Q5_0, blk, 32)
		for j, v := range y {
			want := float32(1 - 16)
			if j == 3 || j == 20 {
				want = 17 - 16
			}
			if v != want {
				t.Fatalf("value %d = %v, want %v", j, v, want)
			}
		}
	})
	t.Run("Q8_0", func(t *testing.T) {
		blk := append([]byte{}, half...)
		for j := 0; j < 32; j++ {
			blk = append(blk, byte(int8(j-16)))
		}
		for j, v := range decode(t, gguf.Q8_0, blk, 32) {
			if v != float32(j-16)/2 {
				t.Fatalf("value %d = %v", j, v)
			}
		}
	})
	t.Run("Q4_K", func(t *testing.T) {
		// d = 1, dmin = 0.5; sub-block j has scale j+1 and min 2j (the
		// upper four use the split 6-bit packing); code = l%16.
		blk := append(append([]byte{}, one...), half...)
		var sc [12]byte
		for j := 0; j < 8; j++ {
			putScaleMinK4(j, sc[:], uint8(j+1)+uint8(j/4)*40, uint8(2*j))
		}
		blk = append(blk, sc[:]...)
		for g := 0; g < 4; g++ {
			for l := 0; l < 32; l++ {
				blk = append(blk, byte(l%16)|byte(15-l%16)<<4)
			}
		}
		y := decode(t, gguf.Q4_K, blk, 256)
		for j := 0; j < 8; j++ {
			scale := float32(j + 1 + j/4*40)
			for l := 0; l < 32; l++ {
				code := l % 16
				if j%2 == 1 {
					code = 15 - l%16
				}
				if want := scale*float32(code) - 0.5*float32(2*j); y[32*j+l] != want {
					t.Fatalf("sub-block %d value %d = %v, want %v", j, l, y[32*j+l], want)
				}
			}
		}
	})
	t.Run("Q6_K", func(t *testing.T) {
		// value v (0..255) gets code v%64, scale of its 16-group g is g-8.
		var L [256]uint8
		for v := range L {
			L[v] = uint8(v % 64)
		}
		blk := make([]byte, q6_KBytes)
		for n := 0; n < 2; n++ {
			ql, qh, y := blk[64*n:], blk[128+32*n:], L[128*n:]
			for l := 0; l < 32; l++ {
				ql[l] = y[l]&0xf | y[l+64]&0xf<<4
				ql[l+32] = y[l+32]&0xf | y[l+96]&0xf<<4
				qh[l] = y[l]>>4 | y[l+32]>>4<<2 | y[l+64]>>4<<4 | y[l+96]>>4<<6
			}
		}
		for g := 0; g < 16; g++ {
			blk[192+g] = byte(int8(g - 8))
		}
		copy(blk[208:], half)
		for v, got := range decode(t, gguf.Q6_K, blk, 256) {
			if want := 0.5 * float32(v/16-8) * float32(v%64-32); got != want {
				t.Fatalf("value %d = %v, want %v", v, got, want)
			}
		}
	})
}

func decode(t *testing.T, typ gguf.Type, blk []byte, n int) []float32 {
	t.Helper()
	if len(blk) != typ.TypeSize() {
		t.Fatalf("%v block of %d bytes, want %d", typ, len(blk), typ.TypeSize())
	}
	y := make([]float32, n)
	if err := Dequantize(typ, y, blk); err != nil {
		t.Fatal(err)
	}
	return y
}

func TestScaleMinK4RoundTrip(t *testing.T) {
	for j := 0; j < 8; j++ {
		for sc := uint8(0); sc < 64; sc++ {
			for m := uint8(0); m < 64; m++ {
				var s [12]byte
				for o := 0; o < 8; o++ { // neighbours with all bits set must not leak in
					if o != j {
						putScaleMinK4(o, s[:], 63, 63)
					}
				}
				putScaleMinK4(j, s[:], sc, m)
				if gs, gm := scaleMinK4(j, s[:]); gs != sc || gm != m {
					t.Fatalf("j=%d: stored %d,%d read %d,%d", j, sc, m, gs, gm)
				}
			}
		}
	}
}

// quantError is the RMS error of coding x as t, relative to x's RMS.
func quantError(t *testing.T, typ gguf.Type, x []float32) float64 {
	t.Helper()
	b, err := Quantize(typ, x)
	if err != nil {
		t.Fatal(err)
	}
	y := make([]float32, len(x))
	if err := Dequantize(typ, y, b); err != nil {
		t.Fatal(err)
	}
	var e, s float64
	for i := range x {
		d := float64(y[i] - x[i])
		e += d * d
		s += float64(x[i]) * float64(x[i])
	}
	return math.Sqrt(e / s)
}

// quantBounds are the relative RMS errors each quantiser must stay
// under on Gaussian data (typical values are about 2/3 of these).
var quantBounds = map[gguf.Type]float64{
	gguf.F32: 0, gguf.F16: 3e-4, gguf.BF16: 2.5e-3,
	gguf.Q8_0: 0.006, gguf.Q8_K: 0.01, gguf.Q6_K: 0.025, gguf.Q5_K: 0.045, gguf.Q5_1: 0.045,
	gguf.Q5_0: 0.05, gguf.Q4_K: 0.09, gguf.Q4_1: 0.09, gguf.Q4_0: 0.11,
}

func TestQuantizeError(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	x := gaussian(r, 64*256, 0.02)
	for _, typ := range Types() {
		e := quantError(t, typ, x)
		t.Logf("%v: relative RMS error %.4f", typ, e)
		if e > quantBounds[typ] {
			t.Errorf("%v: relative RMS error %.4f over %.4f", typ, e, quantBounds[typ])
		}
	}
}

func TestQuantizeEdgeCases(t *testing.T) {
	for _, typ := range Types() {
		for name, x := range map[string][]float32{
			"zeros":    make([]float32, 256),
			"constant": constant(256, 3.5),
			"spike":    spike(256, 100),
			"negative": constant(256, -0.25),
		} {
			b, err := Quantize(typ, x)
			if err != nil {
				t.Fatal(err)
			}
			y := make([]float32, len(x))
			if err := Dequantize(typ, y, b); err != nil {
				t.Fatal(err)
			}
			for i := range x {
				tol := 0.02*math.Abs(float64(x[i])) + 1e-3*maxAbs(x)
				if math.Abs(float64(y[i]-x[i])) > tol || y[i] != y[i] {
					t.Fatalf("%v %s: value %d is %v, want %v", typ, name, i, y[i], x[i])
				}
			}
		}
	}
	if _, err := Quantize(gguf.Q4_K, make([]float32, 100)); err == nil {
		t.Error("Q4_K of 100 values: no error")
	}
	if _, err := Quantize(gguf.IQ2_XS, make([]float32, 256)); err == nil {
		t.Error("IQ2_XS: no error")
	}
}

func constant(n int, v float32) []float32 {
	x := make([]float32, n)
	for i := range x {
		x[i] = v
	}
	return x
}

func spike(n int, v float32) []float32 {
	x := make([]float32, n)
	x[n/3] = v
	return x
}

func maxAbs(x []float32) float64 {
	var m float64
	for _, v := range x {
		m = math.Max(m, math.Abs(float64(v)))
	}
	return m
}
