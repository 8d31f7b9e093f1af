package tensor

// Summation order. Float addition is not associative, and the engine
// promises the same logits, bit for bit, natively and in the browser
// (llama's TestWasm checks it). So every implementation of a product -
// plain Go, amd64 AVX2, wasm SIMD128 - adds its partial products in one
// order, fixed per type below, and differs only in how it computes the
// integer parts, which are exact. The orders are chosen so that the
// plain-Go kernels (lanes.go) and the vector ones compute them without
// extra work:
//
//   - Q8_0: class m (0..3) of block b is the set of values j ≡ m (mod 4)
//     of the block; Iₘ(b) is the exact integer product of its weight and
//     activation codes (eight values). Four float32 accumulators take, for
//     b in order, aₘ += float32(Iₘ(b)) · (dʷ(b)·dˣ(b)), and the product is
//     (a₀ + a₁) + (a₂ + a₃). A p32 word holds values of one class (j and
//     j+4); a vector of 16 codes summed as 4 × int32 lanes does too.
//   - Q4_0: the same with two classes, j mod 2 (even and odd values), and
//     the product a₀ + a₁. A p16 word holds values of one parity.
//   - F32: value i goes to accumulator i mod 8 for i < 8⌊k/8⌋, in order;
//     the accumulators are combined as ((a₀+a₄) + (a₂+a₆)) + ((a₁+a₅) +
//     (a₃+a₇)), then the remaining values are added one by one.
//
// No implementation fuses a multiply with an add (Go does not on amd64
// and wasm, and the vector kernels use separate instructions). The other
// types have no vector kernel and sum in their reference's order.

// dotQ8_0 is the plain-Go Q8_0 product: the class sums of each block
// come from the p32 lane products (a word's two lanes hold values j and
// j+4, one class), offset by 128 × the class's activation sum because
// the weight codes are made unsigned.
func dotQ8_0(row []byte, x *Batch, t int) float32 {
	p, d, _ := x.lanes32(t)
	c := x.classes(t)
	var a0, a1, a2, a3 float32
	for b := range d {
		blk := row[b*q8_0Bytes : (b+1)*q8_0Bytes : (b+1)*q8_0Bytes]
		xp := (*[16]int64)(p[16*b:])
		cs := (*[4]int32)(c[4*b:])
		u0, u1, u2, u3 := le64(blk, 2)^flip, le64(blk, 10)^flip, le64(blk, 18)^flip, le64(blk, 26)^flip
		i0 := int64(u0&m8)*xp[0] + int64(u1&m8)*xp[4] + int64(u2&m8)*xp[8] + int64(u3&m8)*xp[12]
		i1 := int64(u0>>8&m8)*xp[1] + int64(u1>>8&m8)*xp[5] + int64(u2>>8&m8)*xp[9] + int64(u3>>8&m8)*xp[13]
		i2 := int64(u0>>16&m8)*xp[2] + int64(u1>>16&m8)*xp[6] + int64(u2>>16&m8)*xp[10] + int64(u3>>16&m8)*xp[14]
		i3 := int64(u0>>24&m8)*xp[3] + int64(u1>>24&m8)*xp[7] + int64(u2>>24&m8)*xp[11] + int64(u3>>24&m8)*xp[15]
		s := f16At(blk) * d[b]
		a0 += float32(lane32(i0)-128*cs[0]) * s
		a1 += float32(lane32(i1)-128*cs[1]) * s
		a2 += float32(lane32(i2)-128*cs[2]) * s
		a3 += float32(lane32(i3)-128*cs[3]) * s
	}
	return (a0 + a1) + (a2 + a3)
}

// dotQ4_0 is the plain-Go Q4_0 product: p16 words 2k+p hold values of
// parity p, so the even and odd sums of a block are one lane extraction
// each (four products of 4-bit codes fit a 16-bit lane), offset by 8 ×
// the parity's activation sum.
func dotQ4_0(row []byte, x *Batch, t int) float32 {
	p, d, _ := x.lanes16(t)
	c := x.classes(t)
	var a0, a1 float32
	for b := range d {
		blk := row[b*q4_0Bytes : (b+1)*q4_0Bytes : (b+1)*q4_0Bytes]
		xp := (*[8]int64)(p[8*b:])
		cs := (*[4]int32)(c[4*b:])
		w, v := le64(blk, 2), le64(blk, 10) // values 0-7 | 16-23, 8-15 | 24-31
		even := lane16(int64(w&m4)*xp[0] + int64(v&m4)*xp[2] + int64(w>>4&m4)*xp[4] + int64(v>>4&m4)*xp[6])
		odd := lane16(int64(w>>8&m4)*xp[1] + int64(v>>8&m4)*xp[3] + int64(w>>12&m4)*xp[5] + int64(v>>12&m4)*xp[7])
		s := f16At(blk) * d[b]
		a0 += float32(even-8*(cs[0]+cs[2])) * s
		a1 += float32(odd-8*(cs[1]+cs[3])) * s
	}
	return a0 + a1
}

// dotF32s is the float32 dot product of w and v (len(w) ≥ len(v)) in the
// F32 order: eight accumulators, which also breaks the dependency chain
// of the additions.
func dotF32s(w, v []float32) float32 {
	w = w[:len(v)]
	var a [8]float32
	n := len(v) &^ 7
	for i := 0; i < n; i += 8 {
		ww, vv := (*[8]float32)(w[i:]), (*[8]float32)(v[i:])
		a[0] += ww[0] * vv[0]
		a[1] += ww[1] * vv[1]
		a[2] += ww[2] * vv[2]
		a[3] += ww[3] * vv[3]
		a[4] += ww[4] * vv[4]
		a[5] += ww[5] * vv[5]
		a[6] += ww[6] * vv[6]
		a[7] += ww[7] * vv[7]
	}
	return sumTail(reduce8(&a), w[n:], v[n:])
}

// reduce8 combines eight accumulators in the F32 order.
func reduce8(a *[8]float32) float32 {
	return ((a[0] + a[4]) + (a[2] + a[6])) + ((a[1] + a[5]) + (a[3] + a[7]))
}

// sumTail adds the products of the values left after the last group of
// eight to s, one by one.
func sumTail(s float32, w, v []float32) float32 {
	for i, x := range v {
		s += w[i] * x
	}
	return s
}
