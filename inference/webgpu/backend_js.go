package webgpu

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"syscall/js"
)

// gpuBackend is a plan made into GPU objects: a buffer per plan buffer,
// a pipeline per kernel, a bind group per dispatch, all made once.
type gpuBackend struct {
	p          *plan
	dev, queue js.Value
	bufs       []js.Value
	pipes      []js.Value // per dispatch
	groups     []js.Value // per dispatch
	readback   js.Value
	scratch    js.Value // Uint8Array for uploads and read-backs
	bytes      []byte
	err        error
	onError    js.Func
}

// GPUBufferUsage flags.
const (
	usageMapRead  = 0x0001
	usageCopySrc  = 0x0004
	usageCopyDst  = 0x0008
	usageUniform  = 0x0040
	usageStorage  = 0x0080
	mapModeRead   = 0x0001
	scratchMinCap = 1 << 16
)

func openBackend(p *plan) (backend, string, bool, error) {
	a, err := requestAdapter()
	if err != nil {
		return nil, "", false, err
	}
	dev, err := a.requestDevice()
	if err != nil {
		return nil, "", false, err
	}
	g := &gpuBackend{p: p, dev: dev, queue: dev.Get("queue")}
	if err := g.build(); err != nil {
		dev.Call("destroy")
		return nil, "", false, err
	}
	g.onError = js.FuncOf(func(_ js.Value, args []js.Value) any {
		if g.err == nil && len(args) > 0 {
			g.err = errors.New("webgpu: " + str(args[0].Get("error").Get("message")))
		}
		return nil
	})
	dev.Call("addEventListener", "uncapturederror", g.onError)
	return g, strings.TrimSpace(a.desc), a.fallback, nil
}

// build makes the buffers, pipelines and bind groups, and reports the
// first validation or memory error (a shader that does not compile, a
// buffer over the device's limits).
func (g *gpuBackend) build() error {
	g.dev.Call("pushErrorScope", "out-of-memory")
	g.dev.Call("pushErrorScope", "validation")
	var biggest int64
	for _, b := range g.p.buffers {
		var usage int
		switch b.kind {
		case bufWeights:
			usage = usageStorage
		case bufUniform:
			usage = usageUniform
		case bufStep:
			usage = usageCopyDst
			if b.name == "step" {
				usage |= usageUniform
			} else {
				usage |= usageStorage
			}
		case bufOutput:
			usage = usageStorage | usageCopySrc
			biggest = max(biggest, b.bytes)
		default:
			usage = usageStorage
		}
		g.bufs = append(g.bufs, g.buffer(b.bytes, usage, b.init))
	}
	g.readback = g.buffer(biggest, usageMapRead|usageCopyDst, nil)
	g.scratch = js.Global().Get("Uint8Array").New(scratchMinCap)
	pipes := map[string]js.Value{}
	for _, d := range g.p.dispatches {
		src := source(d.kernel)
		pipe, ok := pipes[src]
		if !ok {
			mod := g.dev.Call("createShaderModule", map[string]any{"code": src})
			if err := compileErrors(mod, d.kernel.name); err != nil {
				return err
			}
			pipe = g.dev.Call("createComputePipeline", map[string]any{
				"layout":  "auto",
				"compute": map[string]any{"module": mod, "entryPoint": "main"},
			})
			pipes[src] = pipe
		}
		var entries []any
		if strings.Contains(src, "step.") {
			entries = append(entries, entry(0, g.bufs[g.p.step]))
		}
		for i, b := range d.bindings {
			entries = append(entries, entry(i+1, g.bufs[b]))
		}
		g.pipes = append(g.pipes, pipe)
		g.groups = append(g.groups, g.dev.Call("createBindGroup", map[string]any{
			"layout":  pipe.Call("getBindGroupLayout", 0),
			"entries": entries,
		}))
	}
	for _, scope := range []string{"validation", "out-of-memory"} {
		e, err := await(g.dev.Call("popErrorScope"))
		if err != nil {
			return err
		}
		if e.Truthy() {
			return fmt.Errorf("webgpu: %s error building the forward pass: %s", scope, str(e.Get("message")))
		}
	}
	return nil
}

func entry(binding int, buf js.Value) map[string]any {
	return map[string]any{"binding": binding, "resource": map[string]any{"buffer": buf}}
}

// buffer makes a GPU buffer, filled with init when given.
func (g *gpuBackend) buffer(size int64, usage int, init []byte) js.Value {
	size = (max(size, 16) + 3) &^ 3
	desc := map[string]any{"size": size, "usage": usage}
	if init != nil {
		desc["mappedAtCreation"] = true
	}
	b := g.dev.Call("createBuffer", desc)
	if init != nil {
		dst := js.Global().Get("Uint8Array").New(b.Call("getMappedRange"))
		js.CopyBytesToJS(dst, init)
		b.Call("unmap")
	}
	return b
}

// compileErrors waits for a shader module's compilation messages and
// returns its errors.
func compileErrors(mod js.Value, name string) error {
	info, err := await(mod.Call("getCompilationInfo"))
	if err != nil {
		return err
	}
	var errs []string
	msgs := info.Get("messages")
	for i := range msgs.Length() {
		m := msgs.Index(i)
		if str(m.Get("type")) == "error" {
			errs = append(errs, fmt.Sprintf("%d:%d %s", m.Get("lineNum").Int(), m.Get("linePos").Int(), str(m.Get("message"))))
		}
	}
	if errs != nil {
		return fmt.Errorf("webgpu: the %s shader does not compile: %s", name, strings.Join(errs, "; "))
	}
	return nil
}

// write uploads b into buf through the scratch array.
func (g *gpuBackend) write(buf js.Value, b []byte) {
	if g.scratch.Length() < len(b) {
		g.scratch = js.Global().Get("Uint8Array").New(len(b))
	}
	view := g.scratch.Call("subarray", 0, len(b))
	js.CopyBytesToJS(view, b)
	g.queue.Call("writeBuffer", buf, 0, view)
}

func (g *gpuBackend) step(pos, n, t0, out int, ids []uint32, cossin, logits []float32) error {
	if g.err != nil {
		return g.err
	}
	g.write(g.bufs[g.p.step], u32Bytes([]uint32{uint32(pos), uint32(n), uint32(t0), 0}))
	g.write(g.bufs[g.p.ids], u32Bytes(ids))
	g.write(g.bufs[g.p.cossin], f32Bytes(cossin))
	enc := g.dev.Call("createCommandEncoder")
	pass := enc.Call("beginComputePass")
	for i, d := range g.p.dispatches {
		if d.final && out == 0 {
			continue
		}
		x, y := d.workgroups(n, out)
		pass.Call("setPipeline", g.pipes[i])
		pass.Call("setBindGroup", 0, g.groups[i])
		pass.Call("dispatchWorkgroups", x, y)
	}
	pass.Call("end")
	size := 4 * len(logits)
	if out > 0 {
		enc.Call("copyBufferToBuffer", g.bufs[g.p.logits], 0, g.readback, 0, size)
	}
	g.queue.Call("submit", []any{enc.Call("finish")})
	if out == 0 {
		return g.err
	}
	if _, err := await(g.readback.Call("mapAsync", mapModeRead, 0, size)); err != nil {
		return err
	}
	view := js.Global().Get("Uint8Array").New(g.readback.Call("getMappedRange", 0, size))
	if cap(g.bytes) < size {
		g.bytes = make([]byte, size)
	}
	b := g.bytes[:size]
	js.CopyBytesToGo(b, view)
	g.readback.Call("unmap")
	for i := range logits {
		logits[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return g.err
}

func (g *gpuBackend) close() {
	g.dev.Call("destroy")
	g.onError.Release()
}
