package tensor

import "math"

// Exp returns eˣ rounded to float32, computed the same way on every
// platform. math.Exp is not used because its assembly versions (amd64
// with or without FMA, arm64) differ from the pure-Go one that js/wasm
// runs in the last bit, and the engine promises the same logits and the
// same sampled tokens natively and in the browser.
//
// The method is the classic one: x = n·ln2 + r with |r| ≤ ln2/2, a
// degree-9 Taylor polynomial for eʳ in float64 (truncation error below
// 1e-12, far under float32's half ulp), then a scale by 2ⁿ.
func Exp(x float32) float32 {
	switch {
	case x != x:
		return x
	case x > 88.8:
		return float32(math.Inf(1))
	case x < -104:
		return 0
	}
	const (
		log2e = 1.4426950408889634
		ln2hi = 6.93147180369123816490e-01
		ln2lo = 1.90821492927058770002e-10
	)
	xd := float64(x)
	n := math.Floor(xd*log2e + 0.5)
	r := xd - n*ln2hi - n*ln2lo
	p := 1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120+r*(1.0/720+r*(1.0/5040+r*(1.0/40320+r*(1.0/362880)))))))))
	return float32(p * math.Float64frombits(uint64(int64(n)+1023)<<52))
}

// SiLU returns x·σ(x) = x / (1 + e⁻ˣ), the activation of llama's
// feed-forward gate.
func SiLU(x float32) float32 { return x / (1 + Exp(-x)) }
