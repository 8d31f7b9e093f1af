package tensor

import (
	"encoding/binary"
	"math"
)

// This file holds the reference decoders: one llama2.c-sized loop per
// type, dequantising a row of blocks into float32. They define the block
// layouts (llama.cpp's ggml-common.h, byte for byte) that the quantisers
// write and the fast kernels read. Every kernel is tested against them.

// le16 reads a little-endian uint16 at b[0:2].
func le16(b []byte) uint16 { return binary.LittleEndian.Uint16(b) }

// f16At reads a float16 stored at b[0:2].
func f16At(b []byte) float32 { return F16ToF32(le16(b)) }

// Block sizes in bytes, written as the sum of their fields.
const (
	q4_0Bytes = 2 + 16                // d f16; qs[16]: element j in the low nibble of qs[j], j+16 in the high
	q4_1Bytes = 2 + 2 + 16            // d, m f16; qs[16] as in Q4_0
	q5_0Bytes = 2 + 4 + 16            // d f16; qh uint32 (bit j: 5th bit of element j); qs[16] as in Q4_0
	q5_1Bytes = 2 + 2 + 4 + 16        // d, m f16; qh; qs
	q8_0Bytes = 2 + 32                // d f16; qs[32] int8
	q4_KBytes = 2 + 2 + 12 + 128      // d, dmin f16; scales[12] (8 six-bit scales and mins); qs[128]
	q5_KBytes = 2 + 2 + 12 + 32 + 128 // d, dmin; scales[12]; qh[32]; qs[128]
	q6_KBytes = 128 + 64 + 16 + 2     // ql[128] low nibbles; qh[64] high 2 bits; scales[16] int8; d f16
	q8_KBytes = 4 + 256 + 32          // d f32; qs[256] int8; bsums[16] int16
	qk        = 256                   // elements in a k-quant super-block
)

func dequantF32(dst []float32, src []byte) {
	for i := range dst { // src: [n]float32
		dst[i] = math.Float32frombits(binary.LittleEndian.Uint32(src[4*i:]))
	}
}

func dequantF16(dst []float32, src []byte) {
	for i := range dst { // src: [n]f16
		dst[i] = f16At(src[2*i:])
	}
}

func dequantBF16(dst []float32, src []byte) {
	for i := range dst { // src: [n]bf16
		dst[i] = BF16ToF32(le16(src[2*i:]))
	}
}

func dequantQ4_0(dst []float32, src []byte) {
	for b := 0; b < len(dst)/32; b++ { // blocks of 32
		blk, y := src[b*q4_0Bytes:], dst[b*32:]
		d := f16At(blk)
		for j := 0; j < 16; j++ {
			q := blk[2+j]
			y[j] = float32(int(q&0xf)-8) * d
			y[j+16] = float32(int(q>>4)-8) * d
		}
	}
}

func dequantQ4_1(dst []float32, src []byte) {
	for b := 0; b < len(dst)/32; b++ {
		blk, y := src[b*q4_1Bytes:], dst[b*32:]
		d, m := f16At(blk), f16At(blk[2:])
		for j := 0; j < 16; j++ {
			q := blk[4+j]
			y[j] = float32(q&0xf)*d + m
			y[j+16] = float32(q>>4)*d + m
		}
	}
}

func dequantQ5_0(dst []float32, src []byte) {
	for b := 0; b < len(dst)/32; b++ {
		blk, y := src[b*q5_0Bytes:], dst[b*32:]
		d := f16At(blk)
		qh := binary.LittleEndian.Uint32(blk[2:])
		for j := 0; j < 16; j++ {
			q := blk[6+j]
			lo := int(q&0xf) | int(qh>>j&1)<<4
			hi := int(q>>4) | int(qh>>(j+16)&1)<<4
			y[j] = float32(lo-16) * d
			y[j+16] = float32(hi-16) * d
		}
	}
}

func dequantQ5_1(dst []float32, src []byte) {
	for b := 0; b < len(dst)/32; b++ {
		blk, y := src[b*q5_1Bytes:], dst[b*32:]
		d, m := f16At(blk), f16At(blk[2:])
		qh := binary.LittleEndian.Uint32(blk[4:])
		for j := 0; j < 16; j++ {
			q := blk[8+j]
			lo := int(q&0xf) | int(qh>>j&1)<<4
			hi := int(q>>4) | int(qh>>(j+16)&1)<<4
			y[j] = float32(lo)*d + m
			y[j+16] = float32(hi)*d + m
		}
	}
}

func dequantQ8_0(dst []float32, src []byte) {
	for b := 0; b < len(dst)/32; b++ {
		blk, y := src[b*q8_0Bytes:], dst[b*32:]
		d := f16At(blk)
		for j := 0; j < 32; j++ {
			y[j] = float32(int8(blk[2+j])) * d
		}
	}
}

// scaleMinK4 unpacks the j-th (0..7) six-bit scale and min of a Q4_K or
// Q5_K block from its 12 scale bytes: j < 4 sit in the low six bits of
// bytes j and j+4; j ≥ 4 take four bits from byte j+4 and their top two
// from the spare top bits of bytes j-4 and j.
func scaleMinK4(j int, s []byte) (sc, m uint8) {
	if j < 4 {
		return s[j] & 63, s[j+4] & 63
	}
	return s[j+4]&0xf | s[j-4]>>6<<4, s[j+4]>>4 | s[j]>>6<<4
}

func dequantQ4_K(dst []float32, src []byte) {
	for b := 0; b < len(dst)/qk; b++ { // super-blocks of 256 = 4 groups of 64
		blk, y := src[b*q4_KBytes:], dst[b*qk:]
		d, dmin := f16At(blk), f16At(blk[2:])
		scales, qs := blk[4:16], blk[16:]
		for g := 0; g < 4; g++ { // group g: 32 bytes, low nibbles = sub-block 2g, high = 2g+1
			sc1, m1 := scaleMinK4(2*g, scales)
			sc2, m2 := scaleMinK4(2*g+1, scales)
			d1, dm1 := d*float32(sc1), dmin*float32(m1)
			d2, dm2 := d*float32(sc2), dmin*float32(m2)
			for l := 0; l < 32; l++ {
				q := qs[32*g+l]
				y[64*g+l] = d1*float32(q&0xf) - dm1
				y[64*g+32+l] = d2*float32(q>>4) - dm2
			}
		}
	}
}

func dequantQ5_K(dst []float32, src []byte) {
	for b := 0; b < len(dst)/qk; b++ {
		blk, y := src[b*q5_KBytes:], dst[b*qk:]
		d, dmin := f16At(blk), f16At(blk[2:])
		scales, qh, qs := blk[4:16], blk[16:48], blk[48:]
		for g := 0; g < 4; g++ { // as Q4_K, plus bit 2g / 2g+1 of qh[l] as the fifth bit
			sc1, m1 := scaleMinK4(2*g, scales)
			sc2, m2 := scaleMinK4(2*g+1, scales)
			d1, dm1 := d*float32(sc1), dmin*float32(m1)
			d2, dm2 := d*float32(sc2), dmin*float32(m2)
			for l := 0; l < 32; l++ {
				q := qs[32*g+l]
				lo := q&0xf | (qh[l]>>(2*g)&1)<<4
				hi := q>>4 | (qh[l]>>(2*g+1)&1)<<4
				y[64*g+l] = d1*float32(lo) - dm1
				y[64*g+32+l] = d2*float32(hi) - dm2
			}
		}
	}
}

// q6K returns the four six-bit values (0..63) that byte l (0..31) of a
// Q6_K half-block codes: elements l, l+32, l+64 and l+96.
func q6K(ql, qh []byte, l int) (q1, q2, q3, q4 int) {
	h := qh[l]
	q1 = int(ql[l]&0xf | (h&3)<<4)
	q2 = int(ql[l+32]&0xf | (h>>2&3)<<4)
	q3 = int(ql[l]>>4 | (h>>4&3)<<4)
	q4 = int(ql[l+32]>>4 | (h>>6&3)<<4)
	return
}

func dequantQ6_K(dst []float32, src []byte) {
	for b := 0; b < len(dst)/qk; b++ { // super-blocks of 256 = 2 halves of 128
		blk, y := src[b*q6_KBytes:], dst[b*qk:]
		d := f16At(blk[208:])
		for n := 0; n < 2; n++ {
			ql, qh, sc := blk[64*n:], blk[128+32*n:], blk[192+8*n:]
			for l := 0; l < 32; l++ { // scale index: 16 elements each
				is := l / 16
				q1, q2, q3, q4 := q6K(ql, qh, l)
				y[128*n+l] = d * float32(int8(sc[is])) * float32(q1-32)
				y[128*n+l+32] = d * float32(int8(sc[is+2])) * float32(q2-32)
				y[128*n+l+64] = d * float32(int8(sc[is+4])) * float32(q3-32)
				y[128*n+l+96] = d * float32(int8(sc[is+6])) * float32(q4-32)
			}
		}
	}
}

func dequantQ8_K(dst []float32, src []byte) {
	for b := 0; b < len(dst)/qk; b++ {
		blk, y := src[b*q8_KBytes:], dst[b*qk:]
		d := math.Float32frombits(binary.LittleEndian.Uint32(blk))
		for j := 0; j < qk; j++ {
			y[j] = d * float32(int8(blk[4+j]))
		}
	}
}
