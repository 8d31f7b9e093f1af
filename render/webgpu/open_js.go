package webgpu

import (
	"syscall/js"

	"github.com/genui/genui/render/canvas"
)

// Open returns the renderer to use for canvas el: WebGPU when the browser
// gives a real (not a software fallback) adapter and a device, Canvas2D
// otherwise; WebGPU on a software adapter draws more slowly than Canvas2D.
// It waits for the browser's answers, so it must run on a goroutine of its
// own, never inside a js.FuncOf callback.
func Open(el js.Value, o canvas.Options) canvas.Backend {
	if a, err := RequestAdapter("high-performance"); err == nil && !a.Fallback {
		if d, err := a.RequestDevice(); err == nil {
			if r, err := New(el, d, o); err == nil {
				return r
			}
			d.Destroy()
			// The canvas may hold a webgpu context now, which rules out
			// a 2d one: Canvas2D takes a fresh element in its place.
			fresh := js.Global().Get("document").Call("createElement", "canvas")
			el.Call("replaceWith", fresh)
			el = fresh
		}
	}
	return canvas.New(el, o)
}
