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
// do not saturate).
func products(w, x archsimd.Int8x32) archsimd.Int32x8 {
	return w.Abs().ToBits().DotProductPairsSaturated(x.MulSign(w)).DotProductPairs(archsimd.BroadcastInt16x16(1))
}

// scaled returns a block's sums times its weight scale (the f16 at blk)
// and activation scale dx.
func scaled(c archsimd.Int32x4, blk unsafe.Pointer, dx float32) archsimd.Float32x4 {
	return c.ConvertToFloat32().Mul(archsimd.BroadcastFloat32x4(f16Table[*(*uint16)(blk)] * dx))
}

// q8Classes returns the four class sums of the Q8_0 block at blk with
// the codes v, shuffled by byClass4.
func q8Classes(blk unsafe.Pointer, v archsimd.Int8x32) archsimd.Int32x4 {
	w := archsimd.LoadInt8x32Array(at32(blk, 2)).PermuteOrZeroGrouped(archsimd.LoadInt8x32Array(&byClass4))
	c := products(w, v)
	return c.GetLo().Add(c.GetHi())
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
	shuf := archsimd.LoadInt8x32Array(&byClass4)
	i := 0
	for ; i+2 <= len(dst); i += 2 {
		r0 := unsafe.Add(wp, i*stride)
		r1 := unsafe.Add(r0, stride)
		var a0, a1 archsimd.Float32x4
		for b, dx := range d {
			v := archsimd.LoadInt8x32Array(at32(qp, 32*b)).PermuteOrZeroGrouped(shuf)
			b0, b1 := unsafe.Add(r0, b*q8_0Bytes), unsafe.Add(r1, b*q8_0Bytes)
			a0 = a0.Add(scaled(q8Classes(b0, v), b0, dx))
			a1 = a1.Add(scaled(q8Classes(b1, v), b1, dx))
		}
		dst[i], dst[i+1] = sum4(a0), sum4(a1)
	}
	if i < len(dst) {
		r := unsafe.Add(wp, i*stride)
		var a archsimd.Float32x4
		for b, dx := range d {
			v := archsimd.LoadInt8x32Array(at32(qp, 32*b)).PermuteOrZeroGrouped(shuf)
			blk := unsafe.Add(r, b*q8_0Bytes)
			a = a.Add(scaled(q8Classes(blk, v), blk, dx))
		}
		dst[i] = sum4(a)
	}
}

// q4Parity returns the even and odd sums of the Q4_0 block at blk with
// the codes v, shuffled by byParity, in lanes 0 and 2 (and 1 and 3).
func q4Parity(blk unsafe.Pointer, v archsimd.Int8x32) archsimd.Int32x4 {
	qs := archsimd.LoadUint8x16Array((*[16]uint8)(unsafe.Add(blk, 2)))
	nib := archsimd.BroadcastUint8x16(0xf)
	hi := qs.ReshapeToUint16s().ShiftAllRight(4).ReshapeToUint8s().And(nib)
	var u archsimd.Uint8x32
	w := u.SetLo(qs.And(nib)).SetHi(hi).BitsToInt8().Sub(archsimd.BroadcastInt8x32(8))
	c := products(w.PermuteOrZeroGrouped(archsimd.LoadInt8x32Array(&byParity)), v) // even, even, odd, odd per half
	e := c.GetLo().Add(c.GetHi())
	return e.Add(e.PermuteScalars(1, 0, 3, 2))
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
	shuf := archsimd.LoadInt8x32Array(&byParity)
	i := 0
	for ; i+2 <= len(dst); i += 2 {
		r0 := unsafe.Add(wp, i*stride)
		r1 := unsafe.Add(r0, stride)
		var a0, a1 archsimd.Float32x4
		for b, dx := range d {
			v := archsimd.LoadInt8x32Array(at32(qp, 32*b)).PermuteOrZeroGrouped(shuf)
			b0, b1 := unsafe.Add(r0, b*q4_0Bytes), unsafe.Add(r1, b*q4_0Bytes)
			a0 = a0.Add(scaled(q4Parity(b0, v), b0, dx))
			a1 = a1.Add(scaled(q4Parity(b1, v), b1, dx))
		}
		dst[i], dst[i+1] = a0.GetElem(0)+a0.GetElem(2), a1.GetElem(0)+a1.GetElem(2)
	}
	if i < len(dst) {
		r := unsafe.Add(wp, i*stride)
		var a archsimd.Float32x4
		for b, dx := range d {
			v := archsimd.LoadInt8x32Array(at32(qp, 32*b)).PermuteOrZeroGrouped(shuf)
			blk := unsafe.Add(r, b*q4_0Bytes)
			a = a.Add(scaled(q4Parity(blk, v), blk, dx))
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
