//go:build goexperiment.simd && go1.27

package tensor

import (
	"simd/archsimd"
	"unsafe"

	"github.com/genui/genui/inference/gguf"
)

// The wasm SIMD128 kernels (Go 1.27 with GOEXPERIMENT=simd). They read
// the activation codes as they are (no lane packing) and sum in the
// orders of order.go: 16 int8 products widen to int16 pairwise
// (extmul), four int16 lanes hold values of one class mod 4 once two
// vectors are added and widened to int32, and one float32x4 accumulator
// takes a block's four class sums times its scale. wasm SIMD has no
// multiply-add, so nothing is fused.

func init() {
	formats[gguf.F32].fast = kernel{actFloat, simdF32}
	formats[gguf.Q8_0].fast = kernel{actCodes, simdQ8_0}
	formats[gguf.Q4_0].fast = kernel{actCodes, simdQ4_0}
	vecDot = simdF32s
	vecAddScaled = simdAddScaled
}

// at16 returns the 16 bytes at byte offset off of p as an array.
func at16(p unsafe.Pointer, off int) *[16]int8 { return (*[16]int8)(unsafe.Add(p, off)) }

func simdQ8_0(row []byte, x *Batch, t int) float32 {
	q, d, _ := x.codes(t)
	n := len(d)
	_, _ = row[n*q8_0Bytes-1], q[32*n-1]
	rp, qp := unsafe.Pointer(unsafe.SliceData(row)), unsafe.Pointer(unsafe.SliceData(q))
	var acc archsimd.Float32x4
	for b := range d {
		blk := unsafe.Add(rp, b*q8_0Bytes)
		w0, w1 := archsimd.LoadInt8x16Array(at16(blk, 2)), archsimd.LoadInt8x16Array(at16(blk, 18))
		x0, x1 := archsimd.LoadInt8x16Array(at16(qp, 32*b)), archsimd.LoadInt8x16Array(at16(qp, 32*b+16))
		lo := w0.MulWidenLo(x0).Add(w0.MulWidenHi(x0)) // lane k: values k, k+8 (|sum| ≤ 2·128·127)
		hi := w1.MulWidenLo(x1).Add(w1.MulWidenHi(x1)) // lane k: values 16+k, 24+k
		c := lo.ExtendLo4ToInt32().Add(lo.ExtendHi4ToInt32()).Add(hi.ExtendLo4ToInt32().Add(hi.ExtendHi4ToInt32()))
		s := f16Table[*(*uint16)(blk)] * d[b]
		acc = acc.Add(c.ConvertToFloat32().Mul(archsimd.BroadcastFloat32x4(s)))
	}
	return (acc.GetElem(0) + acc.GetElem(1)) + (acc.GetElem(2) + acc.GetElem(3))
}

// swapHalves is the byte permutation that exchanges a vector's 64-bit
// halves: lanes (0, 1, 2, 3) of 32 bits become (2, 3, 0, 1).
var swapHalves = archsimd.LoadInt8x16Array(&[16]int8{8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7})

func simdQ4_0(row []byte, x *Batch, t int) float32 {
	q, d, _ := x.codes(t)
	n := len(d)
	_, _ = row[n*q4_0Bytes-1], q[32*n-1]
	rp, qp := unsafe.Pointer(unsafe.SliceData(row)), unsafe.Pointer(unsafe.SliceData(q))
	nib, eight := archsimd.BroadcastUint8x16(0xf), archsimd.BroadcastInt8x16(8)
	swap := swapHalves
	var acc archsimd.Float32x4
	for b := range d {
		blk := unsafe.Add(rp, b*q4_0Bytes)
		qs := archsimd.LoadUint8x16Array((*[16]uint8)(unsafe.Add(blk, 2)))
		lo := qs.And(nib).BitsToInt8().Sub(eight)         // values 0-15, codes -8..7
		hi := qs.ShiftAllRight(4).BitsToInt8().Sub(eight) // values 16-31
		x0, x1 := archsimd.LoadInt8x16Array(at16(qp, 32*b)), archsimd.LoadInt8x16Array(at16(qp, 32*b+16))
		// lane k: values k, k+8, k+16, k+24 (|sum| ≤ 4·8·127)
		p := lo.MulWidenLo(x0).Add(lo.MulWidenHi(x0)).Add(hi.MulWidenLo(x1)).Add(hi.MulWidenHi(x1))
		c := p.ExtendLo4ToInt32().Add(p.ExtendHi4ToInt32()) // lane m: values ≡ m mod 4
		c = c.Add(c.ToBits().ReshapeToUint8s().BitsToInt8().LookupOrZero(swap).ConvertToUint8().ReshapeToUint32s().BitsToInt32())
		s := f16Table[*(*uint16)(blk)] * d[b]
		acc = acc.Add(c.ConvertToFloat32().Mul(archsimd.BroadcastFloat32x4(s)))
	}
	return acc.GetElem(0) + acc.GetElem(1)
}

func simdF32(row []byte, x *Batch, t int) float32 { return simdF32s(f32s(row), x.Row(t)) }

// simdF32s is dotF32s with the eight accumulators in two vectors.
func simdF32s(w, v []float32) float32 {
	w = w[:len(v)]
	n := len(v) &^ 7
	wp, vp := unsafe.Pointer(unsafe.SliceData(w)), unsafe.Pointer(unsafe.SliceData(v))
	var lo, hi archsimd.Float32x4
	for i := 0; i < n; i += 8 {
		w0 := archsimd.LoadFloat32x4Array((*[4]float32)(unsafe.Add(wp, 4*i)))
		w1 := archsimd.LoadFloat32x4Array((*[4]float32)(unsafe.Add(wp, 4*i+16)))
		v0 := archsimd.LoadFloat32x4Array((*[4]float32)(unsafe.Add(vp, 4*i)))
		v1 := archsimd.LoadFloat32x4Array((*[4]float32)(unsafe.Add(vp, 4*i+16)))
		lo = lo.Add(w0.Mul(v0))
		hi = hi.Add(w1.Mul(v1))
	}
	s := lo.Add(hi) // a₀+a₄, a₁+a₅, a₂+a₆, a₃+a₇
	return sumTail((s.GetElem(0)+s.GetElem(2))+(s.GetElem(1)+s.GetElem(3)), w[n:], v[n:])
}

// simdAddScaled is addScaled 4 values at a time.
func simdAddScaled(dst []float32, a float32, x []float32) {
	dst = dst[:len(x)]
	n := len(x) &^ 3
	dp, xp := unsafe.Pointer(unsafe.SliceData(dst)), unsafe.Pointer(unsafe.SliceData(x))
	av := archsimd.BroadcastFloat32x4(a)
	for i := 0; i < n; i += 4 {
		p := (*[4]float32)(unsafe.Add(dp, 4*i))
		archsimd.LoadFloat32x4Array(p).Add(av.Mul(archsimd.LoadFloat32x4Array((*[4]float32)(unsafe.Add(xp, 4*i))))).StoreArray(p)
	}
	addScaled(dst[n:], a, x[n:])
}
