//go:build goexperiment.simd && go1.27

package tensor

import (
	"simd/archsimd"
	"unsafe"

	"github.com/genui/genui/inference/gguf"
)

// The amd64 AVX2 kernels (Go 1.27 with GOEXPERIMENT=simd), installed
// when the processor has AVX2. They sum in the orders of order.go: the
// int8 products go through VPMADDUBSW (|w| times x with w's sign, pairs
// of neighbours) and VPMADDWD (pairs again), so a byte shuffle first
// brings the four values that one int32 lane sums into one class; the
// two 128-bit halves hold the same classes and add exactly. The scaled
// class sums accumulate in one float32x4 with separate multiply and add
// instructions (no FMA), as the plain and wasm kernels do.

func init() {
	if !archsimd.X86.AVX2() {
		return
	}
	formats[gguf.F32].fast = kernel{actFloat, simdF32}
	formats[gguf.Q8_0].fast = kernel{actCodes, simdQ8_0}
	formats[gguf.Q4_0].fast = kernel{actCodes, simdQ4_0}
	vecDot = simdF32s
	vecAddScaled = simdAddScaled
}

// at32 returns the 32 bytes at byte offset off of p as an array.
func at32(p unsafe.Pointer, off int) *[32]int8 { return (*[32]int8)(unsafe.Add(p, off)) }

// byClass4 orders each 16 bytes as values 0, 4, 8, 12, 1, 5, 9, 13, ...:
// every group of four then holds one class mod 4.
var byClass4 = [32]int8{
	0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15,
	0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15,
}

// byParity orders each 16 bytes as the even values, then the odd ones.
var byParity = [32]int8{
	0, 2, 4, 6, 8, 10, 12, 14, 1, 3, 5, 7, 9, 11, 13, 15,
	0, 2, 4, 6, 8, 10, 12, 14, 1, 3, 5, 7, 9, 11, 13, 15,
}

// products returns the int32 sums of four neighbouring products of the
// signed codes w and x (|w·x| ≤ 128·127, so the pair sums of VPMADDUBSW
// do not saturate).
func products(w, x archsimd.Int8x32, ones archsimd.Int16x16) archsimd.Int32x8 {
	return w.Abs().ToBits().DotProductPairsSaturated(x.MulSign(w)).DotProductPairs(ones)
}

func simdQ8_0(row []byte, x *Batch, t int) float32 {
	q, d, _ := x.codes(t)
	n := len(d)
	_, _ = row[n*q8_0Bytes-1], q[32*n-1]
	rp, qp := unsafe.Pointer(unsafe.SliceData(row)), unsafe.Pointer(unsafe.SliceData(q))
	shuf, ones := archsimd.LoadInt8x32Array(&byClass4), archsimd.BroadcastInt16x16(1)
	var acc archsimd.Float32x4
	for b := range d {
		blk := unsafe.Add(rp, b*q8_0Bytes)
		w := archsimd.LoadInt8x32Array(at32(blk, 2)).PermuteOrZeroGrouped(shuf)
		v := archsimd.LoadInt8x32Array(at32(qp, 32*b)).PermuteOrZeroGrouped(shuf)
		c := products(w, v, ones)
		s := f16Table[*(*uint16)(blk)] * d[b]
		acc = acc.Add(c.GetLo().Add(c.GetHi()).ConvertToFloat32().Mul(archsimd.BroadcastFloat32x4(s)))
	}
	return (acc.GetElem(0) + acc.GetElem(1)) + (acc.GetElem(2) + acc.GetElem(3))
}

func simdQ4_0(row []byte, x *Batch, t int) float32 {
	q, d, _ := x.codes(t)
	n := len(d)
	_, _ = row[n*q4_0Bytes-1], q[32*n-1]
	rp, qp := unsafe.Pointer(unsafe.SliceData(row)), unsafe.Pointer(unsafe.SliceData(q))
	shuf, ones := archsimd.LoadInt8x32Array(&byParity), archsimd.BroadcastInt16x16(1)
	nib, eight := archsimd.BroadcastUint8x16(0xf), archsimd.BroadcastInt8x32(8)
	var acc archsimd.Float32x4
	for b := range d {
		blk := unsafe.Add(rp, b*q4_0Bytes)
		qs := archsimd.LoadUint8x16Array((*[16]uint8)(unsafe.Add(blk, 2)))
		hi := qs.ReshapeToUint16s().ShiftAllRight(4).ReshapeToUint8s().And(nib)
		var u archsimd.Uint8x32
		w := u.SetLo(qs.And(nib)).SetHi(hi).BitsToInt8().Sub(eight).PermuteOrZeroGrouped(shuf)
		v := archsimd.LoadInt8x32Array(at32(qp, 32*b)).PermuteOrZeroGrouped(shuf)
		c := products(w, v, ones) // even, even, odd, odd in each half
		e := c.GetLo().Add(c.GetHi())
		e = e.Add(e.PermuteScalars(1, 0, 3, 2)) // even, even, odd, odd sums
		s := f16Table[*(*uint16)(blk)] * d[b]
		acc = acc.Add(e.ConvertToFloat32().Mul(archsimd.BroadcastFloat32x4(s)))
	}
	return acc.GetElem(0) + acc.GetElem(2)
}

func simdF32(row []byte, x *Batch, t int) float32 { return simdF32s(f32s(row), x.Row(t)) }

// simdF32s is dotF32s with the eight accumulators in one vector.
func simdF32s(w, v []float32) float32 {
	w = w[:len(v)]
	n := len(v) &^ 7
	wp, vp := unsafe.Pointer(unsafe.SliceData(w)), unsafe.Pointer(unsafe.SliceData(v))
	var acc archsimd.Float32x8
	for i := 0; i < n; i += 8 {
		a := archsimd.LoadFloat32x8Array((*[8]float32)(unsafe.Add(wp, 4*i)))
		b := archsimd.LoadFloat32x8Array((*[8]float32)(unsafe.Add(vp, 4*i)))
		acc = acc.Add(a.Mul(b))
	}
	s := acc.GetLo().Add(acc.GetHi()) // a₀+a₄, a₁+a₅, a₂+a₆, a₃+a₇
	return sumTail((s.GetElem(0)+s.GetElem(2))+(s.GetElem(1)+s.GetElem(3)), w[n:], v[n:])
}

// simdAddScaled is addScaled 8 values at a time.
func simdAddScaled(dst []float32, a float32, x []float32) {
	dst = dst[:len(x)]
	n := len(x) &^ 7
	dp, xp := unsafe.Pointer(unsafe.SliceData(dst)), unsafe.Pointer(unsafe.SliceData(x))
	av := archsimd.BroadcastFloat32x8(a)
	for i := 0; i < n; i += 8 {
		p := (*[8]float32)(unsafe.Add(dp, 4*i))
		archsimd.LoadFloat32x8Array(p).Add(av.Mul(archsimd.LoadFloat32x8Array((*[8]float32)(unsafe.Add(xp, 4*i))))).StoreArray(p)
	}
	addScaled(dst[n:], a, x[n:])
}
