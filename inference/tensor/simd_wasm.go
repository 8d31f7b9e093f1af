//go:build goexperiment.simd && go1.27

package tensor

import (
	"math"
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
// multiply-add, so nothing is fused. The row kernels take one row after
// another: reading the weights strictly in order streams them fastest
// (measured: two rows at a time, sharing the activation loads, was half
// as fast on a 135M-parameter model in V8).

func init() {
	formats[gguf.F32].fast = kernel{actFloat, simdF32, eachRow(simdF32)}
	formats[gguf.Q8_0].fast = kernel{actCodes, simdQ8_0, rowsQ8_0}
	formats[gguf.Q4_0].fast = kernel{actCodes, simdQ4_0, rowsQ4_0}
	vecDot = simdF32s
	vecAddScaled = simdAddScaled
	vecExpShift = simdExpShift
	vecSwiGLU = simdSwiGLU
}

// at16 returns the 16 bytes at byte offset off of p as an array.
func at16(p unsafe.Pointer, off int) *[16]int8 { return (*[16]int8)(unsafe.Add(p, off)) }

// codesAt returns the start of the t-th vector's codes and its scales,
// having checked that rows rows of stride bytes of n blocks fit in w.
func codesAt(w []byte, rows, stride, size int, x *Batch, t int) (unsafe.Pointer, unsafe.Pointer, []float32) {
	q, d, _ := x.codes(t)
	_, _ = w[(rows-1)*stride+len(d)*size-1], q[len(q)-1]
	return unsafe.Pointer(unsafe.SliceData(w)), unsafe.Pointer(unsafe.SliceData(q)), d
}

// scaled returns a block's class sums times its weight scale (the f16
// at blk) and activation scale dx.
func scaled(c archsimd.Int32x4, blk unsafe.Pointer, dx float32) archsimd.Float32x4 {
	return c.ConvertToFloat32().Mul(archsimd.BroadcastFloat32x4(f16Table[*(*uint16)(blk)] * dx))
}

// q8Classes returns the four class sums of the Q8_0 block at blk with
// the codes x0, x1 (values 0-15, 16-31).
func q8Classes(blk unsafe.Pointer, x0, x1 archsimd.Int8x16) archsimd.Int32x4 {
	w0, w1 := archsimd.LoadInt8x16Array(at16(blk, 2)), archsimd.LoadInt8x16Array(at16(blk, 18))
	lo := w0.MulWidenLo(x0).Add(w0.MulWidenHi(x0)) // lane k: values k, k+8 (|sum| ≤ 2·128·127)
	hi := w1.MulWidenLo(x1).Add(w1.MulWidenHi(x1)) // lane k: values 16+k, 24+k
	return lo.ExtendLo4ToInt32().Add(lo.ExtendHi4ToInt32()).Add(hi.ExtendLo4ToInt32().Add(hi.ExtendHi4ToInt32()))
}

func sum4(a archsimd.Float32x4) float32 {
	return (a.GetElem(0) + a.GetElem(1)) + (a.GetElem(2) + a.GetElem(3))
}

func simdQ8_0(row []byte, x *Batch, t int) float32 {
	var out [1]float32
	rowsQ8_0(out[:], row, len(row), x, t)
	return out[0]
}

func rowsQ8_0(dst []float32, w []byte, stride int, x *Batch, t int) {
	if len(dst) == 0 {
		return
	}
	wp, qp, d := codesAt(w, len(dst), stride, q8_0Bytes, x, t)
	for i := range dst { // one row at a time: the weights stream in order
		r := unsafe.Add(wp, i*stride)
		var a archsimd.Float32x4
		for b, dx := range d {
			x0, x1 := archsimd.LoadInt8x16Array(at16(qp, 32*b)), archsimd.LoadInt8x16Array(at16(qp, 32*b+16))
			blk := unsafe.Add(r, b*q8_0Bytes)
			a = a.Add(scaled(q8Classes(blk, x0, x1), blk, dx))
		}
		dst[i] = sum4(a)
	}
}

// q4Parity returns the even and odd sums of the Q4_0 block at blk with
// the codes x0, x1, in lanes 0 and 1 (and again in 2 and 3).
func q4Parity(blk unsafe.Pointer, x0, x1 archsimd.Int8x16) archsimd.Int32x4 {
	qs := archsimd.LoadUint8x16Array((*[16]uint8)(unsafe.Add(blk, 2)))
	eight := archsimd.BroadcastInt8x16(8)
	lo := qs.And(archsimd.BroadcastUint8x16(0xf)).BitsToInt8().Sub(eight) // values 0-15, codes -8..7
	hi := qs.ShiftAllRight(4).BitsToInt8().Sub(eight)                     // values 16-31
	// lane k: values k, k+8, k+16, k+24 (|sum| ≤ 4·8·127)
	p := lo.MulWidenLo(x0).Add(lo.MulWidenHi(x0)).Add(hi.MulWidenLo(x1)).Add(hi.MulWidenHi(x1))
	c := p.ExtendLo4ToInt32().Add(p.ExtendHi4ToInt32()) // lane m: values ≡ m mod 4
	return c.Add(swapHalves(c))
}

// swapHalves exchanges the 64-bit halves of c: lanes 2, 3, 0, 1.
func swapHalves(c archsimd.Int32x4) archsimd.Int32x4 {
	idx := archsimd.LoadInt8x16Array(&[16]int8{8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7})
	return c.ToBits().ReshapeToUint8s().BitsToInt8().LookupOrZero(idx).ConvertToUint8().ReshapeToUint32s().BitsToInt32()
}

func simdQ4_0(row []byte, x *Batch, t int) float32 {
	var out [1]float32
	rowsQ4_0(out[:], row, len(row), x, t)
	return out[0]
}

func rowsQ4_0(dst []float32, w []byte, stride int, x *Batch, t int) {
	if len(dst) == 0 {
		return
	}
	wp, qp, d := codesAt(w, len(dst), stride, q4_0Bytes, x, t)
	for i := range dst { // one row at a time: the weights stream in order
		r := unsafe.Add(wp, i*stride)
		var a archsimd.Float32x4
		for b, dx := range d {
			x0, x1 := archsimd.LoadInt8x16Array(at16(qp, 32*b)), archsimd.LoadInt8x16Array(at16(qp, 32*b+16))
			blk := unsafe.Add(r, b*q4_0Bytes)
			a = a.Add(scaled(q4Parity(blk, x0, x1), blk, dx))
		}
		dst[i] = a.GetElem(0) + a.GetElem(1)
	}
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

// exp4 is Exp on 4 lanes, operation for operation: the in-range
// formula on the clamped values, then the edge cases.
func exp4(x archsimd.Float32x4) archsimd.Float32x4 {
	b := archsimd.BroadcastFloat32x4
	xc := x.Max(b(expLo)).Min(b(expHi))
	n := xc.Mul(b(log2e)).Add(b(0.5)).Floor()
	r := xc.Sub(n.Mul(b(ln2hi)))
	r = r.Sub(n.Mul(b(ln2lo)))
	p := b(expC0).Mul(r).Add(b(expC1))
	p = p.Mul(r).Add(b(expC2))
	p = p.Mul(r).Add(b(expC3))
	p = p.Mul(r).Add(b(expC4))
	p = p.Mul(r).Add(b(expC5))
	p = p.Mul(r.Mul(r)).Add(r)
	p = p.Add(b(1))
	y := p.Mul(n.ConvertToInt32().Add(archsimd.BroadcastInt32x4(127)).ShiftAllLeft(23).ToBits().BitsToFloat32())
	y = b(float32(math.Inf(1))).IfElse(x.Greater(b(expHi)), y)
	y = b(0).IfElse(x.Less(b(expLo)), y)
	return x.IfElse(x.NotEqual(x), y)
}

// simdExpShift is expShift 4 values at a time.
func simdExpShift(x []float32, s float32) {
	n := len(x) &^ 3
	xp := unsafe.Pointer(unsafe.SliceData(x))
	sv := archsimd.BroadcastFloat32x4(s)
	for i := 0; i < n; i += 4 {
		p := (*[4]float32)(unsafe.Add(xp, 4*i))
		exp4(archsimd.LoadFloat32x4Array(p).Sub(sv)).StoreArray(p)
	}
	expShift(x[n:], s)
}

// simdSwiGLU is swiGLU 4 values at a time.
func simdSwiGLU(gate, up []float32) {
	up = up[:len(gate)]
	n := len(gate) &^ 3
	gp, upp := unsafe.Pointer(unsafe.SliceData(gate)), unsafe.Pointer(unsafe.SliceData(up))
	one := archsimd.BroadcastFloat32x4(1)
	for i := 0; i < n; i += 4 {
		p := (*[4]float32)(unsafe.Add(gp, 4*i))
		g := archsimd.LoadFloat32x4Array(p)
		u := archsimd.LoadFloat32x4Array((*[4]float32)(unsafe.Add(upp, 4*i)))
		g.Div(one.Add(exp4(g.Neg()))).Mul(u).StoreArray(p)
	}
	swiGLU(gate[n:], up[n:])
}
