package webgpu

// This file acquires a WebGPU adapter and device. It uses nothing but
// syscall/js, so that other WebGPU code (the inference engine's kernels)
// can share it as it stands.

import (
	"errors"
	"syscall/js"
)

// ErrUnavailable is returned when the browser offers no WebGPU adapter.
var ErrUnavailable = errors.New("webgpu: no adapter (navigator.gpu missing or refused)")

// Adapter is a WebGPU adapter and what the browser says of it.
type Adapter struct {
	JS js.Value // the GPUAdapter
	// Fallback marks a software adapter (SwiftShader, WARP): it works but
	// is slower than drawing with the CPU's own means.
	Fallback bool
	// Vendor, Architecture and Description are from GPUAdapterInfo;
	// browsers may leave them empty.
	Vendor, Architecture, Description string
}

// RequestAdapter asks navigator.gpu for an adapter (powerPreference
// "high-performance", "low-power" or "" for the browser's choice). It
// waits for the browser's answer, so it must run on a goroutine of its
// own, never inside a js.FuncOf callback (the answer could not arrive).
func RequestAdapter(powerPreference string) (*Adapter, error) {
	gpu := js.Global().Get("navigator").Get("gpu")
	if !gpu.Truthy() {
		return nil, ErrUnavailable
	}
	opts := map[string]any{}
	if powerPreference != "" {
		opts["powerPreference"] = powerPreference
	}
	v, err := Await(gpu.Call("requestAdapter", opts))
	if err != nil {
		return nil, errors.Join(ErrUnavailable, err)
	}
	if !v.Truthy() {
		return nil, ErrUnavailable
	}
	a := &Adapter{JS: v}
	info := v.Get("info")
	if info.Truthy() {
		a.Vendor, a.Architecture, a.Description = str(info.Get("vendor")), str(info.Get("architecture")), str(info.Get("description"))
		a.Fallback = info.Get("isFallbackAdapter").Truthy()
	}
	a.Fallback = a.Fallback || v.Get("isFallbackAdapter").Truthy()
	return a, nil
}

// Device is a WebGPU device and its queue.
type Device struct {
	JS, Queue js.Value
	// MaxTextureSide is the device's maxTextureDimension2D.
	MaxTextureSide int

	lost    bool
	lostMsg string
	err     error
	funcs   []js.Func
}

// RequestDevice asks the adapter for a device with its default limits.
// Like RequestAdapter it waits, so it must not run inside a callback.
func (a *Adapter) RequestDevice() (*Device, error) {
	v, err := Await(a.JS.Call("requestDevice", map[string]any{}))
	if err != nil {
		return nil, errors.New("webgpu: requesting a device: " + err.Error())
	}
	d := &Device{JS: v, Queue: v.Get("queue"), MaxTextureSide: v.Get("limits").Get("maxTextureDimension2D").Int()}
	onLost := js.FuncOf(func(_ js.Value, args []js.Value) any {
		d.lost = true
		if len(args) > 0 {
			d.lostMsg = str(args[0].Get("message"))
		}
		return nil
	})
	onError := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if d.err == nil && len(args) > 0 {
			d.err = errors.New("webgpu: " + str(args[0].Get("error").Get("message")))
			js.Global().Get("console").Call("error", d.err.Error())
		}
		return nil
	})
	d.funcs = append(d.funcs, onLost, onError)
	v.Get("lost").Call("then", onLost)
	v.Call("addEventListener", "uncapturederror", onError)
	return d, nil
}

// Lost reports whether the device was lost (and why), after which nothing
// it draws or computes shows; a new adapter and device are needed.
func (d *Device) Lost() (bool, string) { return d.lost, d.lostMsg }

// Err returns the first error the device reported that nothing caught (a
// validation error, running out of memory), or nil.
func (d *Device) Err() error { return d.err }

// Destroy frees the device and everything made on it.
func (d *Device) Destroy() {
	d.JS.Call("destroy")
	for _, f := range d.funcs {
		f.Release()
	}
	d.funcs = nil
}

// Await waits for promise p to settle and returns its value, or its
// rejection as an error. It blocks the calling goroutine while the page's
// event loop runs on, so it must not run inside a js.FuncOf callback.
func Await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	then := js.FuncOf(func(_ js.Value, args []js.Value) any {
		v := js.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		ch <- result{v: v}
		return nil
	})
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "rejected"
		if len(args) > 0 {
			msg = args[0].Call("toString").String()
		}
		ch <- result{err: errors.New(msg)}
		return nil
	})
	defer then.Release()
	defer catch.Release()
	p.Call("then", then, catch)
	r := <-ch
	return r.v, r.err
}

// settle calls f once promise p settles, with its value and true, or with
// undefined and false when p was rejected. Unlike await it never blocks.
func settle(p js.Value, f func(v js.Value, ok bool)) {
	var then, catch js.Func
	done := func(v js.Value, ok bool) {
		then.Release()
		catch.Release()
		f(v, ok)
	}
	then = js.FuncOf(func(_ js.Value, args []js.Value) any {
		v := js.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		done(v, true)
		return nil
	})
	catch = js.FuncOf(func(js.Value, []js.Value) any {
		done(js.Undefined(), false)
		return nil
	})
	p.Call("then", then, catch)
}

// str returns v as a string, "" when it is not one.
func str(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}
