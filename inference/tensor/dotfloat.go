package tensor

import (
	"encoding/binary"
	"math"
)

// Float weights: the products read the float32 activations directly.
// The references accumulate in one float32 sum, in order; the fast
// versions keep partial sums over an unrolled loop (F32's in the order of
// order.go), which breaks the dependency chain of the additions (and is,
// if anything, more accurate).

func naiveF32(row []byte, x *Batch, t int) float32 {
	v := x.Row(t) // row: [k]float32
	var sum float32
	for i, a := range v {
		sum += math.Float32frombits(binary.LittleEndian.Uint32(row[4*i:])) * a
	}
	return sum
}

func dotF32(row []byte, x *Batch, t int) float32 {
	return dotF32s(f32s(row), x.Row(t))
}

func naiveF16(row []byte, x *Batch, t int) float32 {
	v := x.Row(t) // row: [k]f16
	var sum float32
	for i, a := range v {
		sum += F16ToF32(le16(row[2*i:])) * a
	}
	return sum
}

func dotF16(row []byte, x *Batch, t int) float32 {
	v := x.Row(t)
	w := u16s(row)[:len(v)]
	tab := &f16Table
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(v); i += 4 {
		ww, vv := (*[4]uint16)(w[i:]), (*[4]float32)(v[i:])
		s0 += tab[ww[0]] * vv[0]
		s1 += tab[ww[1]] * vv[1]
		s2 += tab[ww[2]] * vv[2]
		s3 += tab[ww[3]] * vv[3]
	}
	for ; i < len(v); i++ {
		s0 += tab[w[i]] * v[i]
	}
	return (s0 + s1) + (s2 + s3)
}

func naiveBF16(row []byte, x *Batch, t int) float32 {
	v := x.Row(t) // row: [k]bf16
	var sum float32
	for i, a := range v {
		sum += BF16ToF32(le16(row[2*i:])) * a
	}
	return sum
}

func dotBF16(row []byte, x *Batch, t int) float32 {
	v := x.Row(t)
	w := u16s(row)[:len(v)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(v); i += 4 {
		ww, vv := (*[4]uint16)(w[i:]), (*[4]float32)(v[i:])
		s0 += math.Float32frombits(uint32(ww[0])<<16) * vv[0]
		s1 += math.Float32frombits(uint32(ww[1])<<16) * vv[1]
		s2 += math.Float32frombits(uint32(ww[2])<<16) * vv[2]
		s3 += math.Float32frombits(uint32(ww[3])<<16) * vv[3]
	}
	for ; i < len(v); i++ {
		s0 += math.Float32frombits(uint32(w[i])<<16) * v[i]
	}
	return (s0 + s1) + (s2 + s3)
}
