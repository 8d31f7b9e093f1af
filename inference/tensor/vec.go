package tensor

// Dot returns the float32 dot product of a and b (len(a) ≥ len(b)),
// summed in the order of the F32 kernel (order.go).
func Dot(a, b []float32) float32 { return vecDot(a, b) }

// vecDot is Dot's kernel: dotF32s, or a SIMD version of it.
var vecDot = dotF32s

// AddScaled adds a·x to dst (len(dst) ≥ len(x)); each value is one
// rounded product and one rounded sum, the same with or without SIMD.
func AddScaled(dst []float32, a float32, x []float32) { vecAddScaled(dst, a, x) }

// vecAddScaled is AddScaled's kernel: addScaled, or a SIMD version.
var vecAddScaled = addScaled

func addScaled(dst []float32, a float32, x []float32) {
	dst = dst[:len(x)]
	for i, v := range x {
		dst[i] += a * v
	}
}
