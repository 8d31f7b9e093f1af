// Package webgpu runs the llama forward pass on the browser's GPU
// through WebGPU: WGSL kernels (shaders.go) for the quantised
// matrix-vector and matrix-matrix products (Q8_0 and Q4_0 weights times
// activations quantised to 8 bits, integer block products with
// dot4I8Packed), RMSNorm, RoPE with the KV cache store, grouped-query
// attention and the SwiGLU feed-forward, each fused with the
// quantisation of its output. Open uploads the weights once (repacked
// into 32-bit words, pack.go) and builds every buffer, pipeline and bind
// group; a step then writes 16 bytes of step state, the token ids and
// their rotation tables, encodes 8 dispatches per layer and 3 more in
// one compute pass, and reads back only the logits it needs.
//
//	m, _ := llama.Load(f, pool)
//	s, err := webgpu.Open(m, webgpu.Options{Context: 1024})
//	if err != nil { // ErrUnavailable, ErrUnsupported, ErrNotWorth: use the CPU path
//		…
//	}
//	logits, _ := s.Forward(promptIDs, false)
//
// A State has llama.State's methods (Forward, Pos, Context, Rewind), so
// a caller holding either behind an interface switches paths by Open's
// answer. Open refuses software adapters (SwiftShader, WARP) and models
// under MinWeightBytes unless Options.Force is set (Worth); the plan of
// dispatches and buffers (plan.go) is built on every platform, so Cost
// and Estimate, and the tests of the packing and the plan, run natively;
// only backend_js.go and gpu_js.go touch the browser.
//
// The kernels follow the CPU path's arithmetic, so logits agree to
// about 1e-7 until a float32 sum taken in another order moves an
// activation onto the other side of a rounding boundary; then the paths
// differ by about the 8-bit activations' own noise (e2e/bench's
// TestWebGPU measures both on SwiftShader).
//
// Speed (an estimate: no browser here runs on a GPU). Per decoded token,
// Estimate counts for the SmolLM2-135M shape at Q8_0 243 dispatches and
// 161 MB read (151 MB of weights, the rest KV cache at position 64),
// 276 bytes uploaded and 192 KiB read back; at Q4_0, 94 MB read; for the
// ~15M-parameter default shape at Q8_0, 51 dispatches and 15 MB. With
// about 1 ms of fixed cost per step and an integrated GPU's ~100 GB/s,
// that is about 2.6 ms per token for 135M Q8_0 (~380 tokens/s) against
// the CPU path's 32 ms in wasm (31 tokens/s measured in Node): about ten
// times faster; for the default model about 1.2 ms against 2.2 ms,
// under twice. The dispatch count, not the arithmetic, bounds small
// models; fusing more per dispatch is where a faster GPU path would
// start.
//
// The package is hand-written because no Go WebGPU compute library runs
// in js/wasm, and the kernels must match this engine's quantisation.
package webgpu
