package tensor

import "math"

// Batch holds n activation vectors of length k, row-major, prepared for
// products with weights of any type. Float weights read the float32
// values directly. Quantised weights read the vectors' 8-bit form, made
// on first need: codes in [-127, 127] with one float32 scale per 32
// values (ggml's Q8_0 with a float32 scale, which also serves the
// k-quants in place of Q8_K, more precisely), the sums of the codes per
// 16 values and per class of a block (order.go), and the codes packed into the lanes of 64-bit words that
// the integer kernels multiply (see lanes.go). A Batch reuses its
// buffers: after the first use at a size, preparing it allocates nothing.
type Batch struct {
	N, K int
	x    []float32 // N×K, the caller's values

	q   []int8    // N×K codes
	d   []float32 // N×K/32 scales
	s16 []int32   // N×K/16 sums of codes
	c4  []int32   // N×K/8: per block, the sums of the codes j with j%4 = 0, 1, 2, 3
	p16 []int64   // N×K/4 words of four 16-bit lanes
	p32 []int64   // N×K/2 words of two 32-bit lanes
	has actForm   // the forms computed for the current values
}

// actForm names a form of the activations that a kernel reads.
type actForm uint8

const (
	actFloat actForm = 1 << iota // the float32 values
	actCodes                     // q, d, s16
	actP16                       // p16 (needs codes)
	actP32                       // p32 (needs codes)
)

// Set makes the batch hold the n vectors of length k in x (len(x) ≥ n·k,
// not copied: the caller keeps x unchanged while the batch is in use).
func (b *Batch) Set(x []float32, n, k int) {
	b.N, b.K, b.x = n, k, x[:n*k]
	b.has = actFloat
}

// Row returns the t-th float32 vector.
func (b *Batch) Row(t int) []float32 { return b.x[t*b.K : (t+1)*b.K] }

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// prepare computes the form f (and what it needs) if it is missing.
func (b *Batch) prepare(f actForm) {
	if b.has&f == f {
		return
	}
	if b.has&actCodes == 0 {
		b.quantise()
	}
	if f&actP16 != 0 && b.has&actP16 == 0 {
		b.p16 = grow(b.p16, b.N*b.K/4)
		for blk := 0; blk < len(b.d); blk++ {
			packP16((*[8]int64)(b.p16[8*blk:]), (*[32]int8)(b.q[32*blk:]))
		}
		b.has |= actP16
	}
	if f&actP32 != 0 && b.has&actP32 == 0 {
		b.p32 = grow(b.p32, b.N*b.K/2)
		for blk := 0; blk < len(b.d); blk++ {
			packP32((*[16]int64)(b.p32[16*blk:]), (*[32]int8)(b.q[32*blk:]))
		}
		b.has |= actP32
	}
}

// quantise makes the codes, scales and sums; K must be a multiple of 32.
func (b *Batch) quantise() {
	n := b.N * b.K
	b.q = grow(b.q, n)
	b.d = grow(b.d, n/32)
	b.s16 = grow(b.s16, n/16)
	b.c4 = grow(b.c4, n/8)
	for blk := range b.d {
		q := (*[32]int8)(b.q[32*blk:])
		b.d[blk] = quantBlock(q, (*[32]float32)(b.x[32*blk:]))
		var c [4]int32
		for i := 0; i < 32; i += 4 {
			c[0] += int32(q[i])
			c[1] += int32(q[i+1])
			c[2] += int32(q[i+2])
			c[3] += int32(q[i+3])
		}
		var lo int32
		for _, v := range q[:16] {
			lo += int32(v)
		}
		b.s16[2*blk], b.s16[2*blk+1] = lo, c[0]+c[1]+c[2]+c[3]-lo
		*(*[4]int32)(b.c4[4*blk:]) = c
	}
	b.has |= actCodes
}

// quantBlock codes 32 activations in [-127, 127] with the scale d =
// max|x|/127 and returns d. Codes round to nearest, ties to even (as
// ggml's vector quantisers do; its scalar one rounds ties away from
// zero), a NaN codes as 127, and the comparisons are written out
// because Go's min and max, which order NaNs, are calls in wasm.
func quantBlock(q *[32]int8, x *[32]float32) float32 {
	var amax float32
	for _, v := range x {
		if a := abs32(v); a > amax {
			amax = a
		}
	}
	d := amax / 127
	id := inv(d)
	for i, v := range x {
		f := float64(v * id)
		if !(f <= 127) {
			f = 127
		} else if f < -127 {
			f = -127
		}
		q[i] = int8(math.RoundToEven(f))
	}
	return d
}

// codes returns the t-th vector's codes, block scales and 16-value sums.
func (b *Batch) codes(t int) ([]int8, []float32, []int32) {
	k := b.K
	return b.q[t*k : (t+1)*k], b.d[t*k/32 : (t+1)*k/32], b.s16[t*k/16 : (t+1)*k/16]
}

// lanes16 returns the t-th vector's p16 words, block scales and sums.
func (b *Batch) lanes16(t int) ([]int64, []float32, []int32) {
	k := b.K
	return b.p16[t*k/4 : (t+1)*k/4], b.d[t*k/32 : (t+1)*k/32], b.s16[t*k/16 : (t+1)*k/16]
}

// classes returns the t-th vector's class sums (four per block).
func (b *Batch) classes(t int) []int32 {
	k := b.K
	return b.c4[t*k/8 : (t+1)*k/8]
}

// lanes32 returns the t-th vector's p32 words, block scales and sums.
func (b *Batch) lanes32(t int) ([]int64, []float32, []int32) {
	k := b.K
	return b.p32[t*k/2 : (t+1)*k/2], b.d[t*k/32 : (t+1)*k/32], b.s16[t*k/16 : (t+1)*k/16]
}
