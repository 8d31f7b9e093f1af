package tensor

import (
	"encoding/binary"
	"math"
)

// The k-quant quantisers are this package's own, simpler than ggml's
// iterative searches but of the same kind: each sub-block is fitted by
// least squares over a small grid of candidate scales, then the
// sub-block scales (and mins) are themselves quantised to the block's
// integer scale codes and the values re-coded against the stored
// scales. They write exactly llama.cpp's block layouts.

// scaleSteps is the grid of relative scale perturbations tried per
// sub-block: each candidate codes the values, refits scale (and offset)
// by least squares and keeps the fit of least squared error.
const scaleSteps = 6

// fitAffine fits x ≈ s·L − m with integer codes L in [0, nmax], s ≥ 0,
// m ≥ 0 (the Q4_K/Q5_K form "d·sc·q − dmin·m"), writing the codes to L.
func fitAffine(x []float32, nmax int, L []uint8) (s, m float32) {
	lo, hi := minMax(x)
	lo = min(lo, 0)
	if hi <= lo {
		clear(L)
		return 0, -lo
	}
	best := float32(math.Inf(1))
	n := float32(len(x))
	for step := -scaleSteps; step <= scaleSteps; step++ {
		iscale := (float32(nmax) + 0.1*float32(step)) / (hi - lo)
		var sl, sl2, sx, slx float32
		for _, v := range x {
			l := float32(min(nmax, max(0, nearest((v-lo)*iscale))))
			sl += l
			sl2 += l * l
			sx += v
			slx += l * v
		}
		det := n*sl2 - sl*sl
		if det <= 0 {
			continue
		}
		cs := (n*slx - sl*sx) / det
		cc := (sx - cs*sl) / n
		if cc > 0 { // the format needs a non-positive offset
			cc, cs = 0, slx/sl2
		}
		if cs <= 0 {
			continue
		}
		var e float32
		for _, v := range x {
			l := float32(min(nmax, max(0, nearest((v-cc)/cs))))
			r := cs*l + cc - v
			e += r * r
		}
		if e < best {
			best, s, m = e, cs, -cc
		}
	}
	if best == float32(math.Inf(1)) { // every candidate degenerate: plain min/max
		s, m = (hi-lo)/float32(nmax), -lo
	}
	for i, v := range x {
		L[i] = uint8(min(nmax, max(0, nearest((v+m)/s))))
	}
	return s, m
}

// fitSymmetric fits x ≈ s·L with integer codes L in [-32, 31] (Q6_K),
// returning the signed scale s.
func fitSymmetric(x []float32) float32 {
	e := extreme(x)
	if e == 0 {
		return 0
	}
	best, bs := float32(math.Inf(1)), e/-32
	for step := -scaleSteps; step <= scaleSteps; step++ {
		is := (-32 + 0.1*float32(step)) / e
		var slx, sl2 float32
		for _, v := range x {
			l := float32(min(31, max(-32, nearest(v*is))))
			slx += l * v
			sl2 += l * l
		}
		if sl2 == 0 {
			continue
		}
		s := slx / sl2
		var err float32
		for _, v := range x {
			l := float32(min(31, max(-32, nearest(v/s))))
			r := s*l - v
			err += r * r
		}
		if err < best {
			best, bs = err, s
		}
	}
	return bs
}

// putScaleMinK4 stores the j-th six-bit scale and min of a Q4_K/Q5_K
// block (the inverse of scaleMinK4); s must start zeroed.
func putScaleMinK4(j int, s []byte, sc, m uint8) {
	if j < 4 {
		s[j] |= sc
		s[j+4] |= m
		return
	}
	s[j+4] = sc&0xf | m&0xf<<4
	s[j-4] |= sc >> 4 << 6
	s[j] |= m >> 4 << 6
}

// quantAffineK codes one 256-element super-block of Q4_K (nmax 15) or
// Q5_K (nmax 31): per 32-element sub-block fits, six-bit scale and min
// codes against the block's f16 d and dmin, and the final codes in L.
func quantAffineK(x []float32, nmax int, hdr []byte, L *[qk]uint8) {
	var scales, mins [8]float32
	var maxScale, maxMin float32
	for j := 0; j < 8; j++ {
		scales[j], mins[j] = fitAffine(x[32*j:32*j+32], nmax, L[32*j:32*j+32])
		maxScale, maxMin = max(maxScale, scales[j]), max(maxMin, mins[j])
	}
	putF16(hdr, maxScale/63)
	putF16(hdr[2:], maxMin/63)
	d, dmin := f16At(hdr), f16At(hdr[2:])
	s := hdr[4:16]
	clear(s)
	for j := 0; j < 8; j++ {
		sc := uint8(min(63, nearest(scales[j]*inv(d))))
		m := uint8(min(63, nearest(mins[j]*inv(dmin))))
		putScaleMinK4(j, s, sc, m)
		ds, dm := d*float32(sc), dmin*float32(m)
		if ds == 0 {
			clear(L[32*j : 32*j+32])
			continue
		}
		for i := 0; i < 32; i++ {
			L[32*j+i] = uint8(min(nmax, max(0, nearest((x[32*j+i]+dm)/ds))))
		}
	}
}

func quantQ4_K(dst []byte, src []float32) {
	var L [qk]uint8
	for b := 0; b < len(src)/qk; b++ {
		x, blk := src[b*qk:b*qk+qk], dst[b*q4_KBytes:(b+1)*q4_KBytes]
		quantAffineK(x, 15, blk, &L)
		qs := blk[16:]
		for g := 0; g < 4; g++ {
			for l := 0; l < 32; l++ {
				qs[32*g+l] = L[64*g+l] | L[64*g+32+l]<<4
			}
		}
	}
}

func quantQ5_K(dst []byte, src []float32) {
	var L [qk]uint8
	for b := 0; b < len(src)/qk; b++ {
		x, blk := src[b*qk:b*qk+qk], dst[b*q5_KBytes:(b+1)*q5_KBytes]
		quantAffineK(x, 31, blk, &L)
		qh, qs := blk[16:48], blk[48:]
		clear(qh)
		for g := 0; g < 4; g++ {
			for l := 0; l < 32; l++ {
				lo, hi := L[64*g+l], L[64*g+32+l]
				qs[32*g+l] = lo&0xf | hi&0xf<<4
				qh[l] |= lo>>4<<(2*g) | hi>>4<<(2*g+1)
			}
		}
	}
}

func quantQ6_K(dst []byte, src []float32) {
	var L [qk]uint8
	var scales [16]float32
	for b := 0; b < len(src)/qk; b++ {
		x, blk := src[b*qk:b*qk+qk], dst[b*q6_KBytes:(b+1)*q6_KBytes]
		clear(blk)
		var maxAbs float32
		for g := 0; g < 16; g++ {
			scales[g] = fitSymmetric(x[16*g : 16*g+16])
			maxAbs = max(maxAbs, abs32(scales[g]))
		}
		putF16(blk[208:], maxAbs/127)
		d := f16At(blk[208:])
		for g := 0; g < 16; g++ {
			sc := int8(min(127, max(-127, nearest(scales[g]*inv(d)))))
			blk[192+g] = byte(sc)
			ds := d * float32(sc)
			for i := 0; i < 16; i++ {
				l := 32
				if ds != 0 {
					l = 32 + min(31, max(-32, nearest(x[16*g+i]/ds)))
				}
				L[16*g+i] = uint8(l)
			}
		}
		for n := 0; n < 2; n++ {
			ql, qh, y := blk[64*n:], blk[128+32*n:], L[128*n:]
			for l := 0; l < 32; l++ {
				ql[l] = y[l]&0xf | y[l+64]&0xf<<4
				ql[l+32] = y[l+32]&0xf | y[l+96]&0xf<<4
				qh[l] = y[l]>>4 | y[l+32]>>4<<2 | y[l+64]>>4<<4 | y[l+96]>>4<<6
			}
		}
	}
}

func quantQ8_K(dst []byte, src []float32) {
	for b := 0; b < len(src)/qk; b++ {
		x, blk := src[b*qk:b*qk+qk], dst[b*q8_KBytes:(b+1)*q8_KBytes]
		d := abs32(extreme(x)) / 127
		id := inv(d)
		binary.LittleEndian.PutUint32(blk, math.Float32bits(d))
		for g := 0; g < 16; g++ {
			var sum int
			for i := 0; i < 16; i++ {
				q := min(127, max(-127, nearest(x[16*g+i]*id)))
				blk[4+16*g+i] = byte(int8(q))
				sum += q
			}
			binary.LittleEndian.PutUint16(blk[260+2*g:], uint16(int16(sum)))
		}
	}
}
