package tensor

import (
	"encoding/binary"
	"math"
)

// The quantisers of the 32-element block types follow ggml's reference
// rules (quantize_row_*_ref), so files written here match llama.cpp's
// for the same float32 input: Q4_0 and Q5_0 scale the block's extreme
// value (with its sign) to the most negative code, Q4_1 and Q5_1 spread
// [min, max] over the codes, Q8_0 maps the largest magnitude to ±127.

func putF16(b []byte, f float32) { binary.LittleEndian.PutUint16(b, F32ToF16(f)) }

// extreme returns the value of largest magnitude in x (the first one on
// ties), keeping its sign.
func extreme(x []float32) float32 {
	var amax, m float32
	for _, v := range x {
		if a := abs32(v); a > amax {
			amax, m = a, v
		}
	}
	return m
}

func abs32(v float32) float32 { return math.Float32frombits(math.Float32bits(v) &^ (1 << 31)) }

// minMax returns the smallest and largest value of x.
func minMax(x []float32) (lo, hi float32) {
	lo, hi = float32(math.MaxFloat32), -float32(math.MaxFloat32)
	for _, v := range x {
		lo, hi = min(lo, v), max(hi, v)
	}
	return lo, hi
}

// inv returns 1/d, or 0 for d = 0 (an all-zero block codes zeros).
func inv(d float32) float32 {
	if d == 0 {
		return 0
	}
	return 1 / d
}

// nearest rounds to the nearest integer, ties away from zero (C's roundf).
func nearest(v float32) int { return int(math.Round(float64(v))) }

func quantF32(dst []byte, src []float32) {
	for i, v := range src {
		binary.LittleEndian.PutUint32(dst[4*i:], math.Float32bits(v))
	}
}

func quantF16(dst []byte, src []float32) {
	for i, v := range src {
		putF16(dst[2*i:], v)
	}
}

func quantBF16(dst []byte, src []float32) {
	for i, v := range src {
		binary.LittleEndian.PutUint16(dst[2*i:], F32ToBF16(v))
	}
}

func quantQ4_0(dst []byte, src []float32) {
	for b := 0; b < len(src)/32; b++ {
		x, blk := src[b*32:b*32+32], dst[b*q4_0Bytes:]
		d := extreme(x) / -8
		id := inv(d)
		putF16(blk, d)
		for j := 0; j < 16; j++ {
			lo := min(15, int(x[j]*id+8.5))
			hi := min(15, int(x[j+16]*id+8.5))
			blk[2+j] = byte(lo) | byte(hi)<<4
		}
	}
}

func quantQ4_1(dst []byte, src []float32) {
	for b := 0; b < len(src)/32; b++ {
		x, blk := src[b*32:b*32+32], dst[b*q4_1Bytes:]
		lo, hi := minMax(x)
		d := (hi - lo) / 15
		id := inv(d)
		putF16(blk, d)
		putF16(blk[2:], lo)
		for j := 0; j < 16; j++ {
			a := min(15, int((x[j]-lo)*id+0.5))
			c := min(15, int((x[j+16]-lo)*id+0.5))
			blk[4+j] = byte(a) | byte(c)<<4
		}
	}
}

func quantQ5_0(dst []byte, src []float32) {
	for b := 0; b < len(src)/32; b++ {
		x, blk := src[b*32:b*32+32], dst[b*q5_0Bytes:]
		d := extreme(x) / -16
		id := inv(d)
		putF16(blk, d)
		var qh uint32
		for j := 0; j < 16; j++ {
			lo := min(31, int(x[j]*id+16.5))
			hi := min(31, int(x[j+16]*id+16.5))
			blk[6+j] = byte(lo&0xf) | byte(hi&0xf)<<4
			qh |= uint32(lo>>4) << j
			qh |= uint32(hi>>4) << (j + 16)
		}
		binary.LittleEndian.PutUint32(blk[2:], qh)
	}
}

func quantQ5_1(dst []byte, src []float32) {
	for b := 0; b < len(src)/32; b++ {
		x, blk := src[b*32:b*32+32], dst[b*q5_1Bytes:]
		lo, hi := minMax(x)
		d := (hi - lo) / 31
		id := inv(d)
		putF16(blk, d)
		putF16(blk[2:], lo)
		var qh uint32
		for j := 0; j < 16; j++ {
			a := min(31, int((x[j]-lo)*id+0.5))
			c := min(31, int((x[j+16]-lo)*id+0.5))
			blk[8+j] = byte(a&0xf) | byte(c&0xf)<<4
			qh |= uint32(a>>4) << j
			qh |= uint32(c>>4) << (j + 16)
		}
		binary.LittleEndian.PutUint32(blk[4:], qh)
	}
}

func quantQ8_0(dst []byte, src []float32) {
	for b := 0; b < len(src)/32; b++ {
		x, blk := src[b*32:b*32+32], dst[b*q8_0Bytes:]
		d := abs32(extreme(x)) / 127
		id := inv(d)
		putF16(blk, d)
		for j, v := range x {
			blk[2+j] = byte(int8(nearest(v * id)))
		}
	}
}
