package tensor

import "math"

// Exp returns eˣ in float32, computed the same way on every platform
// and by the SIMD versions of Softmax and SwiGLU, lane for lane: Go's
// math.Exp is not used because its assembly versions (amd64 with or
// without FMA, arm64) differ from the pure-Go one that js/wasm runs in
// the last bit, and the engine promises the same logits and the same
// sampled tokens natively and in the browser.
//
// The method is Cephes' expf, all in float32: x = n·ln2 + r with
// |r| ≤ ln2/2 (ln2 in two parts, so that n·ln2hi is exact), a degree-7
// polynomial for eʳ, and a scale by 2ⁿ built from its bits. The result
// is within one unit in the last place of eˣ (93% of float32 inputs
// round correctly). Results under 2⁻¹²⁶ (x < -87.3365) flush to zero,
// and x > 88.37 gives +Inf (a little early: eˣ overflows from 88.72).
func Exp(x float32) float32 {
	switch {
	case x != x:
		return x
	case x > expHi:
		return float32(math.Inf(1))
	case x < expLo:
		return 0
	}
	n := float32(math.Floor(float64(x*log2e + 0.5)))
	r := x - n*ln2hi
	r -= n * ln2lo
	p := float32(expC0)
	p = p*r + expC1
	p = p*r + expC2
	p = p*r + expC3
	p = p*r + expC4
	p = p*r + expC5
	p = p*(r*r) + r
	p++
	return p * math.Float32frombits(uint32(int32(n)+127)<<23)
}

// The constants of Exp (Cephes' expf).
const (
	expHi = 88.37    // e^expHi < 2¹²⁷·√2: n stays ≤ 127
	expLo = -87.3365 // e^expLo ≈ 2⁻¹²⁶, the smallest normal float32
	log2e = 1.44269504088896341
	ln2hi = 0.693359375 // ln 2 = ln2hi + ln2lo; ln2hi has 9 significant bits
	ln2lo = -2.12194440e-4
	expC0 = 1.9875691500e-4
	expC1 = 1.3981999507e-3
	expC2 = 8.3334519073e-3
	expC3 = 4.1665795894e-2
	expC4 = 1.6666665459e-1
	expC5 = 5.0000001201e-1
)

// SiLU returns x·σ(x) = x / (1 + e⁻ˣ), the activation of llama's
// feed-forward gate.
func SiLU(x float32) float32 { return x / (1 + Exp(-x)) }

// Softmax turns the scores x into probabilities in place: e^(x−max)
// over their sum, the sum taken in order.
func Softmax(x []float32) {
	if len(x) == 0 {
		return
	}
	mx := x[0]
	for _, v := range x[1:] {
		if v > mx {
			mx = v
		}
	}
	vecExpShift(x, mx)
	var sum float32
	for _, v := range x {
		sum += v
	}
	k := 1 / sum
	for i := range x {
		x[i] *= k
	}
}

// SwiGLU sets gate[i] = SiLU(gate[i])·up[i] (len(gate) ≤ len(up)), the
// gated activation of llama's feed-forward layer.
func SwiGLU(gate, up []float32) { vecSwiGLU(gate, up[:len(gate)]) }

// vecExpShift and vecSwiGLU are Softmax's and SwiGLU's elementwise
// kernels, replaced by SIMD versions where the build has them.
var (
	vecExpShift = expShift
	vecSwiGLU   = swiGLU
)

// expShift sets x[i] = Exp(x[i] − s).
func expShift(x []float32, s float32) {
	for i, v := range x {
		x[i] = Exp(v - s)
	}
}

func swiGLU(gate, up []float32) {
	for i, g := range gate {
		gate[i] = SiLU(g) * up[i]
	}
}
