// Package tensor holds the engine's numeric kernels: the block layouts of
// the ggml tensor types (F32, F16, BF16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0,
// Q4_K, Q5_K, Q6_K, Q8_K, byte for byte as llama.cpp stores them), their
// reference decoders and quantisers, and matrix-vector and matrix-matrix
// products that read the weights in place, never dequantising a tensor.
//
// Float weights multiply float32 activations. Quantised weights multiply
// activations quantised to 8 bits per 32 values (Batch), block by block in
// integers, as ggml's vec_dot does; the integer sums are computed several
// products per 64-bit multiply (see lanes.go), which makes scalar Go
// several times faster than byte-by-byte loops, natively and in wasm.
//
// Every kernel lives beside its reference (naive*). The plain-Go
// kernels are the fallback everywhere; with Go 1.27 and
// GOEXPERIMENT=simd, SIMD kernels (simd_amd64.go: AVX2, when the CPU has
// it; simd_wasm.go: wasm SIMD128) replace them in the format table for
// F32, Q8_0 and Q4_0 at start-up, and Dot, AddScaled, Softmax and
// SwiGLU use vector versions. All versions of a product add their partial sums in one
// order fixed per type (order.go), so native and browser logits stay
// equal bit for bit. The tests check every kernel against its plain-Go
// version bit for bit and against the reference (FuzzDot, FuzzVec; run
// them in both configurations), and the reference against the
// dequantised weights. Products run on a Pool of persistent goroutines
// natively (spinning briefly between the products of a token) and
// inline under js/wasm.
//
// Quantize(typ, values) codes float32 values in a type's layout, as a
// GGUF writer needs:
//
//	data, err := tensor.Quantize(gguf.Q8_0, weights) // len(weights) % 32 == 0
//
// The package is hand-written because no Go library reads ggml's block
// layouts, and the kernels are the engine's speed. The SIMD kernels use
// the standard library's simd/archsimd rather than assembly because it
// is the only way to reach wasm SIMD128 from Go, and one style for both
// targets keeps them reviewable side by side.
package tensor
