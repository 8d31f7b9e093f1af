//go:build !(js && wasm)

package webgpu

// openBackend: WebGPU exists only in browsers (js/wasm).
func openBackend(*plan) (backend, string, bool, error) { return nil, "", false, ErrUnavailable }
