package tensor

// Products of the k-quant types (256-value super-blocks) with the
// quantised activations. The activations keep one scale per 32 values,
// so each 32-value sub-block's integer sum is scaled by its own
// activation scale: a little more arithmetic than ggml's Q8_K, and more
// precise. Reference and fast versions share the float32 combination
// and give bit-identical results.

func naiveQ4_K(row []byte, x *Batch, t int) float32 {
	q, d, s := x.codes(t)
	var sum float32
	for b := 0; b < len(d)/8; b++ { // row: [k/256]block{d, dmin f16; scales [12]byte; qs [128]byte}
		blk := row[b*q4_KBytes:]
		dw, dmin := f16At(blk), f16At(blk[2:])
		for j := 0; j < 8; j++ { // sub-block j: nibble j%2 of bytes 32(j/2) .. +32
			sc, m := scaleMinK4(j, blk[4:16])
			var isum int32
			for l := 0; l < 32; l++ {
				c := blk[16+32*(j/2)+l]
				if j%2 == 1 {
					c >>= 4
				}
				isum += int32(c&0xf) * int32(q[256*b+32*j+l])
			}
			sum += subK(d[8*b+j], dw, dmin, sc, m, isum, sum32(s, 8*b+j))
		}
	}
	return sum
}

// subK is one 32-value sub-block's share of a Q4_K/Q5_K product:
// dx·(d·sc·Σq·x − dmin·m·Σx).
func subK(dx, d, dmin float32, sc, m uint8, isum, xsum int32) float32 {
	return dx * (d*float32(int32(sc)*isum) - dmin*float32(int32(m)*xsum))
}

func dotQ4_K(row []byte, x *Batch, t int) float32 {
	p, d, s := x.lanes16(t)
	var sum float32
	for b := 0; b < len(d)/8; b++ {
		blk := row[b*q4_KBytes : (b+1)*q4_KBytes : (b+1)*q4_KBytes]
		dw, dmin := f16At(blk), f16At(blk[2:])
		scales := blk[4:16]
		for g := 0; g < 4; g++ { // sub-blocks 2g (low nibbles) and 2g+1 (high)
			j := 8*b + 2*g
			xa, xb := (*[8]int64)(p[8*j:]), (*[8]int64)(p[8*j+8:])
			o := 16 + 32*g
			w0, w1, w2, w3 := le64(blk, o), le64(blk, o+8), le64(blk, o+16), le64(blk, o+24)
			lo := lane16(int64(w0&m4)*xa[0]+int64(w0>>8&m4)*xa[1]+int64(w1&m4)*xa[2]+int64(w1>>8&m4)*xa[3]) +
				lane16(int64(w2&m4)*xa[4]+int64(w2>>8&m4)*xa[5]+int64(w3&m4)*xa[6]+int64(w3>>8&m4)*xa[7])
			hi := lane16(int64(w0>>4&m4)*xb[0]+int64(w0>>12&m4)*xb[1]+int64(w1>>4&m4)*xb[2]+int64(w1>>12&m4)*xb[3]) +
				lane16(int64(w2>>4&m4)*xb[4]+int64(w2>>12&m4)*xb[5]+int64(w3>>4&m4)*xb[6]+int64(w3>>12&m4)*xb[7])
			sc, m := scaleMinK4(2*g, scales)
			sum += subK(d[j], dw, dmin, sc, m, lo, sum32(s, j))
			sc, m = scaleMinK4(2*g+1, scales)
			sum += subK(d[j+1], dw, dmin, sc, m, hi, sum32(s, j+1))
		}
	}
	return sum
}

func naiveQ5_K(row []byte, x *Batch, t int) float32 {
	q, d, s := x.codes(t)
	var sum float32
	for b := 0; b < len(d)/8; b++ { // row: [k/256]block{d, dmin f16; scales [12]byte; qh [32]byte; qs [128]byte}
		blk := row[b*q5_KBytes:]
		dw, dmin := f16At(blk), f16At(blk[2:])
		for j := 0; j < 8; j++ { // sub-block j: nibble j%2 of bytes 32(j/2) .. +32, bit j of qh[l]
			sc, m := scaleMinK4(j, blk[4:16])
			var isum int32
			for l := 0; l < 32; l++ {
				c := blk[48+32*(j/2)+l]
				if j%2 == 1 {
					c >>= 4
				}
				c = c&0xf | (blk[16+l]>>j&1)<<4
				isum += int32(c) * int32(q[256*b+32*j+l])
			}
			sum += subK(d[8*b+j], dw, dmin, sc, m, isum, sum32(s, 8*b+j))
		}
	}
	return sum
}

// q5KLanes is the integer dot product of one Q5_K sub-block with its p16
// words: nibbles at shift sh (0 or 4) of the four words w, fifth bits
// at bit u of the four qh words h.
func q5KLanes(w, h *[4]uint64, sh, u uint, xp *[8]int64) int32 {
	var sum int32
	for k := 0; k < 4; k++ {
		e := w[k]>>sh&m4 | (h[k]>>u&m1)<<4
		o := w[k]>>(sh+8)&m4 | (h[k]>>(u+8)&m1)<<4
		sum += lane16(int64(e)*xp[2*k] + int64(o)*xp[2*k+1])
	}
	return sum
}

func dotQ5_K(row []byte, x *Batch, t int) float32 {
	p, d, s := x.lanes16(t)
	var sum float32
	for b := 0; b < len(d)/8; b++ {
		blk := row[b*q5_KBytes : (b+1)*q5_KBytes : (b+1)*q5_KBytes]
		dw, dmin := f16At(blk), f16At(blk[2:])
		scales := blk[4:16]
		h := [4]uint64{le64(blk, 16), le64(blk, 24), le64(blk, 32), le64(blk, 40)}
		for g := 0; g < 4; g++ {
			j := 8*b + 2*g
			o := 48 + 32*g
			w := [4]uint64{le64(blk, o), le64(blk, o+8), le64(blk, o+16), le64(blk, o+24)}
			lo := q5KLanes(&w, &h, 0, uint(2*g), (*[8]int64)(p[8*j:]))
			hi := q5KLanes(&w, &h, 4, uint(2*g+1), (*[8]int64)(p[8*j+8:]))
			sc, m := scaleMinK4(2*g, scales)
			sum += subK(d[j], dw, dmin, sc, m, lo, sum32(s, j))
			sc, m = scaleMinK4(2*g+1, scales)
			sum += subK(d[j+1], dw, dmin, sc, m, hi, sum32(s, j+1))
		}
	}
	return sum
}

func naiveQ6_K(row []byte, x *Batch, t int) float32 {
	q, d, s := x.codes(t)
	var sum float32
	for b := 0; b < len(d)/8; b++ { // row: [k/256]block{ql [128]byte; qh [64]byte; scales [16]int8; d f16}
		blk := row[b*q6_KBytes:]
		var bsum float32
		for n := 0; n < 2; n++ { // halves of 128 = four 32-value sub-blocks
			ql, qh, sc := blk[64*n:], blk[128+32*n:], blk[192+8*n:]
			var isum [4][2]int32 // [sub-block][16-value half]
			for l := 0; l < 32; l++ {
				q1, q2, q3, q4 := q6K(ql, qh, l)
				xq := q[256*b+128*n+l:]
				isum[0][l/16] += int32(q1) * int32(xq[0])
				isum[1][l/16] += int32(q2) * int32(xq[32])
				isum[2][l/16] += int32(q3) * int32(xq[64])
				isum[3][l/16] += int32(q4) * int32(xq[96])
			}
			for i := 0; i < 4; i++ {
				j := 8*b + 4*n + i
				bsum += q6KBlock(d[j], sc[2*i:], isum[i], s[2*j:])
			}
		}
		sum += f16At(blk[208:]) * bsum
	}
	return sum
}

// q6KBlock is one 32-value sub-block's share of a Q6_K product before the
// super-block scale: dx·Σ_halves sc·(Σq·x − 32·Σx), in integers.
func q6KBlock(dx float32, sc []byte, isum [2]int32, s []int32) float32 {
	return dx * float32(int32(int8(sc[0]))*(isum[0]-32*s[0])+int32(int8(sc[1]))*(isum[1]-32*s[1]))
}

func dotQ6_K(row []byte, x *Batch, t int) float32 {
	p, d, s := x.lanes16(t)
	var sum float32
	for b := 0; b < len(d)/8; b++ {
		blk := row[b*q6_KBytes : (b+1)*q6_KBytes : (b+1)*q6_KBytes]
		var bsum float32
		for n := 0; n < 2; n++ {
			j := 8*b + 4*n
			x1, x2, x3, x4 := (*[8]int64)(p[8*j:]), (*[8]int64)(p[8*j+8:]), (*[8]int64)(p[8*j+16:]), (*[8]int64)(p[8*j+24:])
			var isum [4][2]int32
			for k := 0; k < 4; k++ { // bytes 8k..8k+7 of the half: values l = 8k..8k+7 of each sub-block
				a, c, h := le64(blk, 64*n+8*k), le64(blk, 64*n+32+8*k), le64(blk, 128+32*n+8*k)
				e, o := 2*k, 2*k+1
				isum[0][k/2] += lane16(int64(a&m4|h<<4&m30)*x1[e]) + lane16(int64(a>>8&m4|h>>4&m30)*x1[o])
				isum[1][k/2] += lane16(int64(c&m4|h<<2&m30)*x2[e]) + lane16(int64(c>>8&m4|h>>6&m30)*x2[o])
				isum[2][k/2] += lane16(int64(a>>4&m4|h&m30)*x3[e]) + lane16(int64(a>>12&m4|h>>8&m30)*x3[o])
				isum[3][k/2] += lane16(int64(c>>4&m4|h>>2&m30)*x4[e]) + lane16(int64(c>>12&m4|h>>10&m30)*x4[o])
			}
			sc := blk[192+8*n : 200+8*n]
			for i := 0; i < 4; i++ {
				bsum += q6KBlock(d[j+i], sc[2*i:], isum[i], s[2*(j+i):])
			}
		}
		sum += f16At(blk[208:]) * bsum
	}
	return sum
}
