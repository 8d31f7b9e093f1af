//go:build js && wasm

// Command backends is the page half of e2e/backends_test.go: it lays out
// a spec and draws it three ways, with render/canvas (Canvas2D),
// render/webgpu (WebGPU, on whatever adapter the browser gives, SwiftShader
// in the test) and render/svg (as an <img>, rasterised by the browser), so
// the test can compare their pixels and their accessibility mirrors.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"syscall/js"
	"time"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/canvas"
	"github.com/genui/genui/render/svg"
	"github.com/genui/genui/render/webgpu"
)

// page holds the renderers, made once the WebGPU device is there.
type page struct {
	c2d canvas.Backend
	gpu *webgpu.Renderer
	dev *webgpu.Device
	// events lists what the mirrors reported, for the test to read.
	events []string
}

// frameStats is one renderer's work for the first frame of a spec and for
// a frame drawn again once everything it shows has loaded and reached the
// GPU (the steady state of an unchanged or animated spec).
type frameStats struct {
	First, Steady canvas.Stats
}

func main() {
	p := &page{}
	doc := js.Global().Get("document")
	onEvent := func(e canvas.Event) {
		p.events = append(p.events, [...]string{"activate", "input", "focus", "key"}[e.Kind]+" "+e.Group.Pointer+" "+e.Value)
	}
	opts := canvas.Options{FontURL: "/fonts/", OnEvent: onEvent}
	p.c2d = canvas.New(doc.Call("getElementById", "c2d"), opts)
	go func() {
		status := map[string]any{}
		if err := p.startGPU(opts); err != nil {
			status["error"] = err.Error()
		} else {
			status["adapter"] = "ok"
		}
		js.Global().Set("genuiRender", js.FuncOf(p.render))
		js.Global().Set("genuiEvents", js.FuncOf(func(js.Value, []js.Value) any {
			b, _ := json.Marshal(p.events)
			p.events = nil
			return string(b)
		}))
		js.Global().Set("genuiBackends", status)
	}()
	select {}
}

// startGPU makes the WebGPU renderer, on a fallback adapter too: the test
// compares what WebGPU draws, wherever it runs.
func (p *page) startGPU(opts canvas.Options) error {
	a, err := webgpu.RequestAdapter("")
	if err != nil {
		return err
	}
	js.Global().Set("genuiAdapter", map[string]any{"fallback": a.Fallback, "architecture": a.Architecture, "vendor": a.Vendor})
	if p.dev, err = a.RequestDevice(); err != nil {
		return err
	}
	p.gpu, err = webgpu.New(js.Global().Get("document").Call("getElementById", "gpu"), p.dev, opts)
	return err
}

// render is genuiRender(spec, theme, width, zoom): a promise of the
// frames' stats as JSON, settled once all three pictures are on screen.
func (p *page) render(_ js.Value, args []js.Value) any {
	if len(args) < 4 {
		return js.Global().Get("Promise").Call("reject", "genuiRender(spec, theme, width, zoom)")
	}
	spec, theme, width, zoom := args[0].String(), args[1].String(), float32(args[2].Float()), float32(args[3].Float())
	var exec js.Func
	exec = js.FuncOf(func(_ js.Value, pa []js.Value) any {
		exec.Release()
		resolve, reject := pa[0], pa[1]
		go func() {
			out, err := p.draw(spec, theme, width, zoom)
			if err != nil {
				reject.Invoke(js.Global().Get("Error").New(err.Error()))
				return
			}
			resolve.Invoke(out)
		}()
		return nil
	})
	return js.Global().Get("Promise").New(exec)
}

func (p *page) draw(spec, theme string, width, zoom float32) (string, error) {
	s, err := genui.Parse([]byte(spec))
	if err != nil {
		return "", err
	}
	th, ok := components.ThemeNamed(theme)
	if !ok {
		return "", errors.New("unknown theme " + theme)
	}
	l := render.Layout(s, render.Options{Width: width, Theme: th})
	var c2d, gpu frameStats
	p.c2d.Draw(l, zoom)
	c2d.First = p.c2d.Stats()
	p.gpu.Draw(l, zoom)
	gpu.First = p.gpu.Stats()
	if err := p.showSVG(l, zoom); err != nil {
		return "", errors.New("showing the SVG: " + err.Error())
	}
	// Fonts and pictures arrive asynchronously and each redraws its
	// canvas; wait for them, then draw once more with everything cached.
	if _, err := webgpu.Await(js.Global().Get("document").Get("fonts").Get("ready")); err != nil {
		return "", errors.New("waiting for fonts: " + err.Error())
	}
	time.Sleep(300 * time.Millisecond)
	for range 2 { // the first of these may still upload late pictures
		p.c2d.Draw(l, zoom)
		p.gpu.Draw(l, zoom)
	}
	c2d.Steady, gpu.Steady = p.c2d.Stats(), p.gpu.Stats()
	if _, err := webgpu.Await(p.dev.Queue.Call("onSubmittedWorkDone")); err != nil {
		return "", errors.New("waiting for the GPU: " + err.Error())
	}
	if err := p.gpu.Err(); err != nil {
		return "", err
	}
	b, err := json.Marshal(map[string]any{"canvas2d": c2d, "webgpu": gpu, "width": l.Width, "height": l.Height})
	return string(b), err
}

// showSVG puts the SVG backend's document into the page inline, as the
// app shows its previews, referencing the fonts the page serves.
func (p *page) showSVG(l *render.List, zoom float32) error {
	var buf bytes.Buffer
	if err := svg.Encode(&buf, l, &svg.Options{FontURL: "/fonts/"}); err != nil {
		return err
	}
	doc := js.Global().Get("DOMParser").New().Call("parseFromString", buf.String(), "image/svg+xml")
	root := doc.Get("documentElement")
	if root.Get("nodeName").String() != "svg" {
		return errors.New("the SVG does not parse: " + root.Get("textContent").String())
	}
	root.Call("setAttribute", "width", l.Width*zoom)
	root.Call("setAttribute", "height", l.Height*zoom)
	root.Call("setAttribute", "aria-hidden", "true")
	holder := js.Global().Get("document").Call("getElementById", "svg")
	holder.Call("replaceChildren", js.Global().Get("document").Call("importNode", root, true))
	return nil
}
