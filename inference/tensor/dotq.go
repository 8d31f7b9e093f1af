package tensor

import (
	"encoding/binary"
	"math"
)

// Products of the 32-value block types with the quantised activations.
// Per block, the reference sums code × code in plain integer loops (as
// ggml's vec_dot does) and scales the sum by both block scales; the fast
// version gets the same integer sums from the lane products of lanes.go
// and combines them with the same float32 operations in the same order,
// so both give bit-identical results.

// sum32 is the sum of the codes of activation block b.
func sum32(s []int32, b int) int32 { return s[2*b] + s[2*b+1] }

func naiveQ4_0(row []byte, x *Batch, t int) float32 {
	q, d, _ := x.codes(t)
	var sum float32
	for b := range d { // row: [k/32]block{d f16; qs [16]byte}
		blk := row[b*q4_0Bytes:]
		var isum int32
		for j := 0; j < 16; j++ {
			isum += int32(int(blk[2+j]&0xf)-8)*int32(q[32*b+j]) + int32(int(blk[2+j]>>4)-8)*int32(q[32*b+j+16])
		}
		sum += f16At(blk) * d[b] * float32(isum)
	}
	return sum
}

func naiveQ4_1(row []byte, x *Batch, t int) float32 {
	q, d, s := x.codes(t)
	var sum float32
	for b := range d { // row: [k/32]block{d, m f16; qs [16]byte}
		blk := row[b*q4_1Bytes:]
		var isum int32
		for j := 0; j < 16; j++ {
			isum += int32(blk[4+j]&0xf)*int32(q[32*b+j]) + int32(blk[4+j]>>4)*int32(q[32*b+j+16])
		}
		sum += f16At(blk)*d[b]*float32(isum) + f16At(blk[2:])*d[b]*float32(sum32(s, b))
	}
	return sum
}

func dotQ4_1(row []byte, x *Batch, t int) float32 {
	p, d, s := x.lanes16(t)
	var sum float32
	for b := range d {
		blk := row[b*q4_1Bytes : (b+1)*q4_1Bytes : (b+1)*q4_1Bytes]
		xp := (*[8]int64)(p[8*b:])
		a, c := le64(blk, 4), le64(blk, 12)
		lo := lane16(int64(a&m4)*xp[0] + int64(a>>8&m4)*xp[1] + int64(c&m4)*xp[2] + int64(c>>8&m4)*xp[3])
		hi := lane16(int64(a>>4&m4)*xp[4] + int64(a>>12&m4)*xp[5] + int64(c>>4&m4)*xp[6] + int64(c>>12&m4)*xp[7])
		sum += f16At(blk)*d[b]*float32(lo+hi) + f16At(blk[2:])*d[b]*float32(sum32(s, b))
	}
	return sum
}

// q5Code returns the five-bit codes of values j and j+16 of a Q5 block
// from their nibbles in byte qs and their fifth bits in qh.
func q5Code(qs byte, qh uint32, j int) (lo, hi int32) {
	return int32(qs&0xf) | int32(qh>>j&1)<<4, int32(qs>>4) | int32(qh>>(j+16)&1)<<4
}

// spreadEven and spreadOdd place bits 0, 2, 4, 6 (or 1, 3, 5, 7) of the
// byte h at bit 4 of the four 16-bit lanes: one multiply moves each bit
// by a different distance, and no two partial products overlap.
func spreadEven(h uint64) uint64 {
	return (h & 0x55) * (1<<4 | 1<<18 | 1<<32 | 1<<46) & 0x0010001000100010
}

func spreadOdd(h uint64) uint64 {
	return (h & 0xaa) * (1<<3 | 1<<17 | 1<<31 | 1<<45) & 0x0010001000100010
}

// q5Lanes returns the integer dot product of a Q5 block's unsigned codes
// (nibbles of qs plus the fifth bits qh) with the block's p16 words.
func q5Lanes(a, c uint64, qh uint64, xp *[8]int64) int32 {
	h0, h1, h2, h3 := qh&0xff, qh>>8&0xff, qh>>16&0xff, qh>>24&0xff // values 0-7, 8-15, 16-23, 24-31
	return lane16(int64(a&m4|spreadEven(h0))*xp[0]+int64(a>>8&m4|spreadOdd(h0))*xp[1]) +
		lane16(int64(c&m4|spreadEven(h1))*xp[2]+int64(c>>8&m4|spreadOdd(h1))*xp[3]) +
		lane16(int64(a>>4&m4|spreadEven(h2))*xp[4]+int64(a>>12&m4|spreadOdd(h2))*xp[5]) +
		lane16(int64(c>>4&m4|spreadEven(h3))*xp[6]+int64(c>>12&m4|spreadOdd(h3))*xp[7])
}

func naiveQ5_0(row []byte, x *Batch, t int) float32 {
	q, d, _ := x.codes(t)
	var sum float32
	for b := range d { // row: [k/32]block{d f16; qh uint32; qs [16]byte}
		blk := row[b*q5_0Bytes:]
		qh := binary.LittleEndian.Uint32(blk[2:])
		var isum int32
		for j := 0; j < 16; j++ {
			lo, hi := q5Code(blk[6+j], qh, j)
			isum += (lo-16)*int32(q[32*b+j]) + (hi-16)*int32(q[32*b+j+16])
		}
		sum += f16At(blk) * d[b] * float32(isum)
	}
	return sum
}

func dotQ5_0(row []byte, x *Batch, t int) float32 {
	p, d, s := x.lanes16(t)
	var sum float32
	for b := range d {
		blk := row[b*q5_0Bytes : (b+1)*q5_0Bytes : (b+1)*q5_0Bytes]
		isum := q5Lanes(le64(blk, 6), le64(blk, 14), uint64(binary.LittleEndian.Uint32(blk[2:])), (*[8]int64)(p[8*b:]))
		sum += f16At(blk) * d[b] * float32(isum-16*sum32(s, b))
	}
	return sum
}

func naiveQ5_1(row []byte, x *Batch, t int) float32 {
	q, d, s := x.codes(t)
	var sum float32
	for b := range d { // row: [k/32]block{d, m f16; qh uint32; qs [16]byte}
		blk := row[b*q5_1Bytes:]
		qh := binary.LittleEndian.Uint32(blk[4:])
		var isum int32
		for j := 0; j < 16; j++ {
			lo, hi := q5Code(blk[8+j], qh, j)
			isum += lo*int32(q[32*b+j]) + hi*int32(q[32*b+j+16])
		}
		sum += f16At(blk)*d[b]*float32(isum) + f16At(blk[2:])*d[b]*float32(sum32(s, b))
	}
	return sum
}

func dotQ5_1(row []byte, x *Batch, t int) float32 {
	p, d, s := x.lanes16(t)
	var sum float32
	for b := range d {
		blk := row[b*q5_1Bytes : (b+1)*q5_1Bytes : (b+1)*q5_1Bytes]
		isum := q5Lanes(le64(blk, 8), le64(blk, 16), uint64(binary.LittleEndian.Uint32(blk[4:])), (*[8]int64)(p[8*b:]))
		sum += f16At(blk)*d[b]*float32(isum) + f16At(blk[2:])*d[b]*float32(sum32(s, b))
	}
	return sum
}

func naiveQ8_0(row []byte, x *Batch, t int) float32 {
	q, d, _ := x.codes(t)
	var sum float32
	for b := range d { // row: [k/32]block{d f16; qs [32]int8}
		blk := row[b*q8_0Bytes:]
		var isum int32
		for j := 0; j < 32; j++ {
			isum += int32(int8(blk[2+j])) * int32(q[32*b+j])
		}
		sum += f16At(blk) * d[b] * float32(isum)
	}
	return sum
}

// q8Lanes returns the integer dot product of 32 signed weight codes at
// w[0:32] with one p32 block: the codes are made unsigned by adding 128
// (a flip of each sign bit), so the caller subtracts 128 × the sum of
// the activation codes.
func q8Lanes(w []byte, xp *[16]int64) int32 {
	var acc int64
	for k := 0; k < 4; k++ {
		u := le64(w, 8*k) ^ flip
		acc += int64(u&m8)*xp[4*k] + int64(u>>8&m8)*xp[4*k+1] + int64(u>>16&m8)*xp[4*k+2] + int64(u>>24&m8)*xp[4*k+3]
	}
	return lane32(acc)
}

func naiveQ8_K(row []byte, x *Batch, t int) float32 {
	q, d, _ := x.codes(t)
	var sum float32
	for b := range d { // row: [k/256]block{d f32; qs [256]int8; bsums [16]int16}
		blk := row[b/8*q8_KBytes:]
		off := 4 + 32*(b%8)
		var isum int32
		for j := 0; j < 32; j++ {
			isum += int32(int8(blk[off+j])) * int32(q[32*b+j])
		}
		sum += math.Float32frombits(binary.LittleEndian.Uint32(blk)) * d[b] * float32(isum)
	}
	return sum
}

func dotQ8_K(row []byte, x *Batch, t int) float32 {
	p, d, s := x.lanes32(t)
	var sum float32
	for b := 0; b < len(d); b += 8 {
		blk := row[b/8*q8_KBytes : (b/8+1)*q8_KBytes : (b/8+1)*q8_KBytes]
		dw := math.Float32frombits(binary.LittleEndian.Uint32(blk))
		for c := 0; c < 8; c++ {
			isum := q8Lanes(blk[4+32*c:36+32*c], (*[16]int64)(p[16*(b+c):])) - 128*sum32(s, b+c)
			sum += dw * d[b+c] * float32(isum)
		}
	}
	return sum
}
