//go:build goexperiment.simd && go1.27

package tensor

import (
	"math"
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
	formats[gguf.F32].fast = kernel{actFloat, simdF32, eachRow(simdF32)}
	formats[gguf.Q8_0].fast = kernel{actCodes, simdQ8_0, rowsQ8_0}
	formats[gguf.Q4_0].fast = kernel{actCodes, simdQ4_0, rowsQ4_0}
	vecDot = simdF32s
	vecAddScaled = simdAddScaled
	vecExpShift = simdExpShift
	vecSwiGLU = simdSwiGLU
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

// codesAt returns the start of w and of the t-th vector's codes and its
// scales, having checked that rows rows of stride bytes fit in w.
func codesAt(w []byte, rows, stride, size int, x *Batch, t int) (unsafe.Pointer, unsafe.Pointer, []float32) {
	q, d, _ := x.codes(t)
	_, _ = w[(rows-1)*stride+len(d)*size-1], q[len(q)-1]
	return unsafe.Pointer(unsafe.SliceData(w)), unsafe.Pointer(unsafe.SliceData(q)), d
}

// products returns the int32 sums of four neighbouring products of the
// signed codes w and x (|w·x| ≤ 128·127, so the pair sums of VPMADDUBSW
// do not saturate); ones is sixteen int16 ones.
func products(w, x archsimd.Int8x32, ones archsimd.Int16x16) archsimd.Int32x8 {
	return w.Abs().ToBits().DotProductPairsSaturated(x.MulSign(w)).DotProductPairs(ones)
}

// pairSums adds the two 128-bit halves of each of p and q, which hold
// the same lanes of two blocks: the first block's sums come in the low
// half of the result, the second's in the high half.
func pairSums(p, q archsimd.Int32x8) archsimd.Int32x8 {
	return p.ConcatPermute128Scalars(0, 2, q).Add(p.ConcatPermute128Scalars(1, 3, q))
}

// scales returns the scales of two blocks at b0 and b1 (their f16 times
// the activation scales d0, d1), each in four lanes of one half.
func scales(b0, b1 unsafe.Pointer, d0, d1 float32) archsimd.Float32x8 {
	return archsimd.BroadcastFloat32x8(f16Table[*(*uint16)(b0)] * d0).SetHi(archsimd.BroadcastFloat32x4(f16Table[*(*uint16)(b1)] * d1))
}

// scaled returns a block's sums times its scale (the f16 at blk times
// the activation scale dx).
func scaled(c archsimd.Int32x4, blk unsafe.Pointer, dx float32) archsimd.Float32x4 {
	return c.ConvertToFloat32().Mul(archsimd.BroadcastFloat32x4(f16Table[*(*uint16)(blk)] * dx))
}

func sum4(a archsimd.Float32x4) float32 {
	return (a.GetElem(0) + a.GetElem(1)) + (a.GetElem(2) + a.GetElem(3))
}

func simdQ8_0(row []byte, x *Batch, t int) float32 {
	var out [1]float32
	rowsQ8_0(out[:], row, len(row), x, t)
	return out[0]
}

// q8Products returns the shuffled products of the Q8_0 block at blk
// with the codes at xq: each half holds the block's four class sums
// over 16 of its values.
func q8Products(blk, xq unsafe.Pointer, shuf archsimd.Int8x32, ones archsimd.Int16x16) archsimd.Int32x8 {
	w := archsimd.LoadInt8x32Array(at32(blk, 2)).PermuteOrZeroGrouped(shuf)
	v := archsimd.LoadInt8x32Array(at32(xq, 0)).PermuteOrZeroGrouped(shuf)
	return products(w, v, ones)
}

// rowsQ8_0 takes one row after another (reading the weights strictly in
// order streams them fastest) and two blocks per step, whose class sums
// share the folding of halves, the conversion and the scaling; the
// accumulator still takes the first block, then the second.
func rowsQ8_0(dst []float32, w []byte, stride int, x *Batch, t int) {
	if len(dst) == 0 {
		return
	}
	wp, qp, d := codesAt(w, len(dst), stride, q8_0Bytes, x, t)
	shuf, ones := archsimd.LoadInt8x32Array(&byClass4), archsimd.BroadcastInt16x16(1)
	even := len(d) &^ 1
	for i := range dst {
		r := unsafe.Add(wp, i*stride)
		var a archsimd.Float32x4
		for b := 0; b < even; b += 2 {
			b0, b1 := unsafe.Add(r, b*q8_0Bytes), unsafe.Add(r, (b+1)*q8_0Bytes)
			p := pairSums(q8Products(b0, unsafe.Add(qp, 32*b), shuf, ones), q8Products(b1, unsafe.Add(qp, 32*b+32), shuf, ones))
			m := p.ConvertToFloat32().Mul(scales(b0, b1, d[b], d[b+1]))
			a = a.Add(m.GetLo()).Add(m.GetHi())
		}
		if even < len(d) {
			blk := unsafe.Add(r, even*q8_0Bytes)
			c := q8Products(blk, unsafe.Add(qp, 32*even), shuf, ones)
			a = a.Add(scaled(c.GetLo().Add(c.GetHi()), blk, d[even]))
		}
		dst[i] = sum4(a)
	}
}

// q4Products returns the shuffled products of the Q4_0 block at blk
// with the codes at xq: each half holds even, even, odd, odd sums.
func q4Products(blk, xq unsafe.Pointer, shuf archsimd.Int8x32, ones archsimd.Int16x16) archsimd.Int32x8 {
	qs := archsimd.LoadUint8x16Array((*[16]uint8)(unsafe.Add(blk, 2)))
	nib := archsimd.BroadcastUint8x16(0xf)
	hi := qs.ReshapeToUint16s().ShiftAllRight(4).ReshapeToUint8s().And(nib)
	var u archsimd.Uint8x32
	w := u.SetLo(qs.And(nib)).SetHi(hi).BitsToInt8().Sub(archsimd.BroadcastInt8x32(8)).PermuteOrZeroGrouped(shuf)
	v := archsimd.LoadInt8x32Array(at32(xq, 0)).PermuteOrZeroGrouped(shuf)
	return products(w, v, ones)
}

func simdQ4_0(row []byte, x *Batch, t int) float32 {
	var out [1]float32
	rowsQ4_0(out[:], row, len(row), x, t)
	return out[0]
}

// rowsQ4_0 is rowsQ8_0 for Q4_0: the even and odd sums of a block end
// in lanes 0 and 2 (and again in 1 and 3).
func rowsQ4_0(dst []float32, w []byte, stride int, x *Batch, t int) {
	if len(dst) == 0 {
		return
	}
	wp, qp, d := codesAt(w, len(dst), stride, q4_0Bytes, x, t)
	shuf, ones := archsimd.LoadInt8x32Array(&byParity), archsimd.BroadcastInt16x16(1)
	even := len(d) &^ 1
	for i := range dst {
		r := unsafe.Add(wp, i*stride)
		var a archsimd.Float32x4
		for b := 0; b < even; b += 2 {
			b0, b1 := unsafe.Add(r, b*q4_0Bytes), unsafe.Add(r, (b+1)*q4_0Bytes)
			p := pairSums(q4Products(b0, unsafe.Add(qp, 32*b), shuf, ones), q4Products(b1, unsafe.Add(qp, 32*b+32), shuf, ones))
			p = p.Add(p.PermuteScalarsGrouped(1, 0, 3, 2))
			m := p.ConvertToFloat32().Mul(scales(b0, b1, d[b], d[b+1]))
			a = a.Add(m.GetLo()).Add(m.GetHi())
		}
		if even < len(d) {
			blk := unsafe.Add(r, even*q4_0Bytes)
			c := q4Products(blk, unsafe.Add(qp, 32*even), shuf, ones)
			e := c.GetLo().Add(c.GetHi())
			a = a.Add(scaled(e.Add(e.PermuteScalars(1, 0, 3, 2)), blk, d[even]))
		}
		dst[i] = a.GetElem(0) + a.GetElem(2)
	}
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

// exp8 is Exp on 8 lanes, operation for operation: the in-range
// formula on the clamped values, then the edge cases.
func exp8(x archsimd.Float32x8) archsimd.Float32x8 {
	b := archsimd.BroadcastFloat32x8
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
	y := p.Mul(n.ConvertToInt32().Add(archsimd.BroadcastInt32x8(127)).ShiftAllLeft(23).ToBits().BitsToFloat32())
	y = b(float32(math.Inf(1))).IfElse(x.Greater(b(expHi)), y)
	y = b(0).IfElse(x.Less(b(expLo)), y)
	return x.IfElse(x.NotEqual(x), y)
}

// simdExpShift is expShift 8 values at a time.
func simdExpShift(x []float32, s float32) {
	n := len(x) &^ 7
	xp := unsafe.Pointer(unsafe.SliceData(x))
	sv := archsimd.BroadcastFloat32x8(s)
	for i := 0; i < n; i += 8 {
		p := (*[8]float32)(unsafe.Add(xp, 4*i))
		exp8(archsimd.LoadFloat32x8Array(p).Sub(sv)).StoreArray(p)
	}
	expShift(x[n:], s)
}

// simdSwiGLU is swiGLU 8 values at a time.
func simdSwiGLU(gate, up []float32) {
	up = up[:len(gate)]
	n := len(gate) &^ 7
	gp, upp := unsafe.Pointer(unsafe.SliceData(gate)), unsafe.Pointer(unsafe.SliceData(up))
	one := archsimd.BroadcastFloat32x8(1)
	for i := 0; i < n; i += 8 {
		p := (*[8]float32)(unsafe.Add(gp, 4*i))
		g := archsimd.LoadFloat32x8Array(p)
		u := archsimd.LoadFloat32x8Array((*[8]float32)(unsafe.Add(upp, 4*i)))
		g.Div(one.Add(exp8(g.Neg()))).Mul(u).StoreArray(p)
	}
	swiGLU(gate[n:], up[n:])
}
