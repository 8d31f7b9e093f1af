package tensor

import "math"

// f16Table maps every IEEE half-precision bit pattern to its float32 value;
// a lookup is the cheapest F16 decode in scalar Go (256 KiB, built once).
// It is an array, not a pointer, so that kernels index it without a nil
// check.
var f16Table [1 << 16]float32

func init() {
	for h := range f16Table {
		f16Table[h] = f16Decode(uint16(h))
	}
}

// F16ToF32 converts an IEEE 754 half-precision value, given as its bits,
// to float32 (exactly: every half is a float32).
func F16ToF32(h uint16) float32 { return f16Table[h] }

// f16Decode is the bit-level conversion behind f16Table.
func f16Decode(h uint16) float32 {
	sign := uint32(h>>15) << 31
	exp := uint32(h>>10) & 0x1f
	mant := uint32(h) & 0x3ff
	switch {
	case exp == 0x1f: // Inf or NaN
		return math.Float32frombits(sign | 0x7f800000 | mant<<13)
	case exp == 0: // zero or subnormal: mant × 2⁻²⁴
		f := float32(mant) * (1.0 / (1 << 24))
		if sign != 0 {
			f = -f
		}
		return f
	}
	return math.Float32frombits(sign | (exp+112)<<23 | mant<<13)
}

// F32ToF16 rounds f to the nearest half-precision value (ties to even),
// as ggml's GGML_FP32_TO_FP16 does; overflow gives ±Inf, NaN stays NaN.
func F32ToF16(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int(b>>23) & 0xff
	mant := b & 0x7fffff
	if exp == 0xff {
		if mant != 0 {
			return sign | 0x7e00
		}
		return sign | 0x7c00
	}
	e := exp - 127 + 15
	if e >= 0x1f {
		return sign | 0x7c00
	}
	if e <= 0 { // a half subnormal (or zero): units of 2⁻²⁴
		if e < -10 {
			return sign
		}
		mant |= 0x800000
		shift := uint(14 - e)
		half := mant >> shift
		rem := mant & (1<<shift - 1)
		mid := uint32(1) << (shift - 1)
		if rem > mid || rem == mid && half&1 == 1 {
			half++
		}
		return sign | uint16(half)
	}
	half := uint32(e)<<10 | mant>>13
	rem := mant & 0x1fff
	if rem > 0x1000 || rem == 0x1000 && half&1 == 1 {
		half++ // a carry into the exponent is the correct rounding (up to Inf)
	}
	return sign | uint16(half)
}

// BF16ToF32 converts a bfloat16, given as its bits, to float32 (exactly).
func BF16ToF32(h uint16) float32 { return math.Float32frombits(uint32(h) << 16) }

// F32ToBF16 rounds f to the nearest bfloat16 (ties to even), as ggml's
// GGML_FP32_TO_BF16 does; NaN stays a quiet NaN.
func F32ToBF16(f float32) uint16 {
	u := math.Float32bits(f)
	if u&0x7fffffff > 0x7f800000 {
		return uint16(u>>16) | 64
	}
	return uint16((u + (0x7fff + (u>>16)&1)) >> 16)
}
