package tensor

// Dot returns the float32 dot product of a and b (len(a) ≥ len(b)),
// with the unrolled loop of the F32 kernel.
func Dot(a, b []float32) float32 { return dotF32s(a, b) }

// AddScaled adds a·x to dst (len(dst) ≥ len(x)).
func AddScaled(dst []float32, a float32, x []float32) {
	dst = dst[:len(x)]
	for i, v := range x {
		dst[i] += a * v
	}
}
