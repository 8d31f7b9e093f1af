package webgpu

import (
	"errors"
	"syscall/js"
)

// This file acquires a WebGPU device for compute. (render/webgpu has
// its own for drawing; the engine may not import the renderer.)

// adapter is a GPUAdapter and whether it is a software one.
type adapter struct {
	js       js.Value
	fallback bool
	desc     string
}

func requestAdapter() (*adapter, error) {
	gpu := js.Global().Get("navigator").Get("gpu")
	if !gpu.Truthy() {
		return nil, ErrUnavailable
	}
	v, err := await(gpu.Call("requestAdapter", map[string]any{"powerPreference": "high-performance"}))
	if err != nil || !v.Truthy() {
		return nil, errors.Join(ErrUnavailable, err)
	}
	a := &adapter{js: v}
	if info := v.Get("info"); info.Truthy() {
		a.fallback = info.Get("isFallbackAdapter").Truthy()
		a.desc = str(info.Get("vendor")) + " " + str(info.Get("architecture")) + " " + str(info.Get("description"))
	}
	a.fallback = a.fallback || v.Get("isFallbackAdapter").Truthy()
	return a, nil
}

// requestDevice asks for a device with the adapter's largest buffers
// (the weights of a matrix are one buffer).
func (a *adapter) requestDevice() (js.Value, error) {
	lim := a.js.Get("limits")
	req := map[string]any{
		"maxStorageBufferBindingSize": lim.Get("maxStorageBufferBindingSize").Float(),
		"maxBufferSize":               lim.Get("maxBufferSize").Float(),
	}
	v, err := await(a.js.Call("requestDevice", map[string]any{"requiredLimits": req}))
	if err != nil {
		return js.Value{}, errors.Join(ErrUnavailable, err)
	}
	return v, nil
}

// await waits for promise p; it blocks the goroutine while the event
// loop runs on, so it must not run inside a js.FuncOf callback.
func await(p js.Value) (js.Value, error) {
	type settled struct {
		v   js.Value
		err error
	}
	ch := make(chan settled, 1)
	ok := js.FuncOf(func(_ js.Value, a []js.Value) any {
		ch <- settled{v: arg(a)}
		return nil
	})
	fail := js.FuncOf(func(_ js.Value, a []js.Value) any {
		ch <- settled{err: errors.New("webgpu: " + js.Global().Get("String").Invoke(arg(a)).String())}
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	p.Call("then", ok, fail)
	s := <-ch
	return s.v, s.err
}

func arg(a []js.Value) js.Value {
	if len(a) == 0 {
		return js.Undefined()
	}
	return a[0]
}

func str(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}
