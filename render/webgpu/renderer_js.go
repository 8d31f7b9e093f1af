package webgpu

import (
	"encoding/binary"
	"errors"
	"math"
	"syscall/js"

	"github.com/genui/genui/render"
	"github.com/genui/genui/render/canvas"
)

// WebGPU usage flags (GPUBufferUsage, GPUTextureUsage, GPUShaderStage).
const (
	bufCopyDst = 0x08
	bufVertex  = 0x20
	bufUniform = 0x40

	texCopyDst  = 0x02
	texBinding  = 0x04
	texRenderTo = 0x10

	stageVertex   = 0x1
	stageFragment = 0x2
)

// sampleCount is the multisampling of the pass, which anti-aliases paths.
const sampleCount = 4

// maxArea bounds the canvas in device pixels: with 4× multisampling and a
// stencil, each pixel holds 20 bytes of GPU memory.
const maxArea = 1 << 24

// Renderer draws display lists onto a <canvas> with WebGPU. Its methods
// must be called from one goroutine (the page's); none of them blocks.
type Renderer struct {
	*canvas.Surface
	dev    *Device
	ctx    js.Value // GPUCanvasContext
	format string

	quad, stencil, cover js.Value // pipelines
	solid                js.Value
	layout               js.Value // their bind group layout
	uniform, sampler     js.Value
	bind                 js.Value // the bind group, remade when a texture is
	glyphTex             js.Value
	glyphSide            int
	msaa, depth          js.Value // the pass's multisampled colour and stencil targets
	msaaView, depthView  js.Value
	tw, th               int
	inst, verts, tris    gpuBuffer
	staging              js.Value // a Uint8Array that Go bytes are copied through
	scratch              []byte   // atlas texels on their way to staging
	atlas                glyphAtlas
	images               imageAtlas
	frame                frame
	stats                canvas.Stats
}

// gpuBuffer is a GPU buffer that grows (by doubling) to what a frame needs.
type gpuBuffer struct {
	buf   js.Value
	size  int
	usage int
}

// New returns a WebGPU renderer drawing onto canvas el with device d (see
// RequestAdapter). It lays the accessibility mirror next to el, as
// canvas.NewSurface says. A canvas that has had a "2d" context cannot
// take a WebGPU one: switching backends needs a fresh canvas element.
// New waits for the device to check its pipelines, so like
// RequestAdapter it must run on a goroutine of its own.
func New(el js.Value, d *Device, o canvas.Options) (*Renderer, error) {
	ctx := el.Call("getContext", "webgpu")
	if !ctx.Truthy() {
		return nil, errors.New("webgpu: the canvas gives no webgpu context")
	}
	r := &Renderer{dev: d, ctx: ctx}
	r.format = js.Global().Get("navigator").Get("gpu").Call("getPreferredCanvasFormat").String()
	d.JS.Call("pushErrorScope", "validation")
	ctx.Call("configure", map[string]any{"device": d.JS, "format": r.format, "alphaMode": "premultiplied"})
	r.pipelines()
	r.uniform = d.JS.Call("createBuffer", map[string]any{"size": uniformSize, "usage": bufUniform | bufCopyDst})
	r.sampler = d.JS.Call("createSampler", map[string]any{"magFilter": "linear", "minFilter": "linear"})
	if e, err := Await(d.JS.Call("popErrorScope")); err != nil || e.Truthy() {
		msg := "the device is gone"
		if e.Truthy() {
			msg = str(e.Get("message"))
		}
		return nil, errors.New("webgpu: making the pipelines: " + msg)
	}
	r.inst.usage = bufVertex | bufCopyDst
	r.verts.usage = bufVertex | bufCopyDst
	r.tris.usage = bufVertex | bufCopyDst
	r.Surface = canvas.NewSurface(el, o, r.paint)
	r.Surface.MaxSide = min(r.Surface.MaxSide, d.MaxTextureSide)
	r.Surface.MaxArea = maxArea
	r.images.init(r)
	r.atlas.fallback = newCanvasGlyphs()
	return r, nil
}

// Name returns "webgpu".
func (r *Renderer) Name() string { return "webgpu" }

// Stats counts the work of the last frame.
func (r *Renderer) Stats() canvas.Stats { return r.stats }

// Err returns the first error the device reported, or nil.
func (r *Renderer) Err() error { return r.dev.Err() }

// Release removes the mirror and frees the GPU resources; the device stays.
func (r *Renderer) Release() {
	r.Surface.Release()
	r.images.release()
	for _, t := range []js.Value{r.glyphTex, r.msaa, r.depth, r.images.tex} {
		if t.Truthy() {
			t.Call("destroy")
		}
	}
	for _, b := range []js.Value{r.inst.buf, r.verts.buf, r.tris.buf, r.uniform} {
		if b.Truthy() {
			b.Call("destroy")
		}
	}
	r.ctx.Call("unconfigure")
}

func (r *Renderer) pipelines() {
	dev := r.dev.JS
	module := dev.Call("createShaderModule", map[string]any{"code": shader})
	r.layout = dev.Call("createBindGroupLayout", map[string]any{"entries": []any{
		map[string]any{"binding": 0, "visibility": stageVertex | stageFragment, "buffer": map[string]any{"type": "uniform"}},
		map[string]any{"binding": 1, "visibility": stageFragment, "texture": map[string]any{"sampleType": "float"}},
		map[string]any{"binding": 2, "visibility": stageFragment, "texture": map[string]any{"sampleType": "float"}},
		map[string]any{"binding": 3, "visibility": stageFragment, "sampler": map[string]any{"type": "filtering"}},
	}})
	layout := dev.Call("createPipelineLayout", map[string]any{"bindGroupLayouts": []any{r.layout}})
	quads := map[string]any{"arrayStride": instanceSize, "stepMode": "instance", "attributes": []any{
		map[string]any{"shaderLocation": 0, "offset": 0, "format": "float32x4"},
		map[string]any{"shaderLocation": 1, "offset": 16, "format": "float32x4"},
		map[string]any{"shaderLocation": 2, "offset": 32, "format": "float32x2"},
		map[string]any{"shaderLocation": 3, "offset": 40, "format": "uint32x3"},
	}}
	premultiplied := map[string]any{"srcFactor": "one", "dstFactor": "one-minus-src-alpha", "operation": "add"}
	stencil := func(compare, pass string) map[string]any {
		return map[string]any{"compare": compare, "passOp": pass, "failOp": "keep", "depthFailOp": "keep"}
	}
	pipeline := func(vertex, fragment string, buffer map[string]any, topology string, target map[string]any, front, back map[string]any) js.Value {
		return dev.Call("createRenderPipeline", map[string]any{
			"layout":    layout,
			"vertex":    map[string]any{"module": module, "entryPoint": vertex, "buffers": []any{buffer}},
			"fragment":  map[string]any{"module": module, "entryPoint": fragment, "targets": []any{target}},
			"primitive": map[string]any{"topology": topology, "cullMode": "none"},
			"depthStencil": map[string]any{
				"format": "stencil8", "stencilFront": front, "stencilBack": back,
				"stencilReadMask": 0xff, "stencilWriteMask": 0xff,
			},
			"multisample": map[string]any{"count": sampleCount},
		})
	}
	blended := map[string]any{"format": r.format, "blend": map[string]any{"color": premultiplied, "alpha": premultiplied}}
	always := stencil("always", "keep")
	r.quad = pipeline("quadVertex", "quadFragment", quads, "triangle-strip", blended, always, always)
	r.cover = pipeline("quadVertex", "quadFragment", quads, "triangle-strip", blended, stencil("not-equal", "zero"), stencil("not-equal", "zero"))
	r.stencil = pipeline("stencilVertex", "stencilFragment",
		map[string]any{"arrayStride": vertexSize, "attributes": []any{map[string]any{"shaderLocation": 0, "offset": 0, "format": "float32x2"}}},
		"triangle-list", map[string]any{"format": r.format, "writeMask": 0},
		stencil("always", "increment-wrap"), stencil("always", "decrement-wrap"))
	r.solid = pipeline("solidVertex", "solidFragment",
		map[string]any{"arrayStride": solidSize, "attributes": []any{
			map[string]any{"shaderLocation": 0, "offset": 0, "format": "float32x2"},
			map[string]any{"shaderLocation": 1, "offset": 8, "format": "uint32"},
		}},
		"triangle-list", blended, always, always)
}

// paint draws l at s device pixels per list pixel onto the canvas,
// which the surface has sized.
func (r *Renderer) paint(l *render.List, s float32) {
	if lost, _ := r.dev.Lost(); lost {
		return
	}
	f := &r.frame
	gen := r.images.generation
	f.build(l, s, &r.atlas, &r.images)
	if r.images.generation != gen {
		// The picture atlas was reset while building: slots handed out
		// before it are stale. Build again; pictures come back as their
		// new copies arrive.
		f.build(l, s, &r.atlas, &r.images)
	}
	f.take(&r.atlas)
	r.targets(f.w, f.h)
	r.stats = f.stats
	r.stats.BytesUploaded = r.images.takeUploaded()

	q := r.dev.Queue
	var view [uniformSize]byte
	binary.LittleEndian.PutUint32(view[0:], math.Float32bits(float32(f.w)))
	binary.LittleEndian.PutUint32(view[4:], math.Float32bits(float32(f.h)))
	r.write(view[:], func(n int) { q.Call("writeBuffer", r.uniform, 0, r.staging, 0, n) })
	r.upload(&r.inst, f.inst)
	r.upload(&r.verts, f.verts)
	r.upload(&r.tris, f.solid)
	for _, a := range f.atlasAreas {
		r.scratch = r.atlas.pixels(r.scratch[:0], a)
		r.write(r.scratch, func(n int) {
			q.Call("writeTexture",
				map[string]any{"texture": r.glyphTex, "origin": map[string]any{"x": a.x, "y": a.y}},
				r.staging, map[string]any{"offset": 0, "bytesPerRow": a.w},
				map[string]any{"width": a.w, "height": a.h})
		})
	}

	enc := r.dev.JS.Call("createCommandEncoder")
	bg := l.Background
	a := float64(bg.A) / 255
	pass := enc.Call("beginRenderPass", map[string]any{
		"colorAttachments": []any{map[string]any{
			"view":          r.msaaView,
			"resolveTarget": r.ctx.Call("getCurrentTexture").Call("createView"),
			"clearValue":    []any{float64(bg.R) / 255 * a, float64(bg.G) / 255 * a, float64(bg.B) / 255 * a, a},
			"loadOp":        "clear", "storeOp": "discard",
		}},
		"depthStencilAttachment": map[string]any{
			"view":              r.depthView,
			"stencilClearValue": 0, "stencilLoadOp": "clear", "stencilStoreOp": "discard",
		},
	})
	pass.Call("setBindGroup", 0, r.bind)
	// Set the pipeline and vertex buffer only when they change: batches of
	// one kind follow one another only across path batches.
	var pipe, buf js.Value
	use := func(p, b js.Value) {
		if !p.Equal(pipe) {
			pass.Call("setPipeline", p)
			pipe = p
		}
		if !b.Equal(buf) {
			pass.Call("setVertexBuffer", 0, b)
			buf = b
		}
	}
	for _, d := range f.draws {
		switch d.kind {
		case drawQuads:
			use(r.quad, r.inst.buf)
			pass.Call("draw", 4, d.count, 0, d.first)
		case drawCover:
			use(r.cover, r.inst.buf)
			pass.Call("draw", 4, d.count, 0, d.first)
		case drawStencil:
			use(r.stencil, r.verts.buf)
			pass.Call("draw", d.count, 1, d.first, 0)
		case drawSolid:
			use(r.solid, r.tris.buf)
			pass.Call("draw", d.count, 1, d.first, 0)
		}
	}
	pass.Call("end")
	q.Call("submit", []any{enc.Call("finish")})
}

// targets makes the multisampled colour and stencil targets w×h device
// pixels, the glyph atlas texture as large as the atlas, and the bind
// group over them.
func (r *Renderer) targets(w, h int) {
	dev := r.dev.JS
	rebind := !r.bind.Truthy()
	if w != r.tw || h != r.th {
		for _, t := range []js.Value{r.msaa, r.depth} {
			if t.Truthy() {
				t.Call("destroy")
			}
		}
		size := map[string]any{"width": w, "height": h}
		r.msaa = dev.Call("createTexture", map[string]any{"size": size, "format": r.format, "sampleCount": sampleCount, "usage": texRenderTo})
		r.depth = dev.Call("createTexture", map[string]any{"size": size, "format": "stencil8", "sampleCount": sampleCount, "usage": texRenderTo})
		r.msaaView, r.depthView = r.msaa.Call("createView"), r.depth.Call("createView")
		r.tw, r.th = w, h
	}
	if r.atlas.size != r.glyphSide {
		if r.glyphTex.Truthy() {
			r.glyphTex.Call("destroy")
		}
		r.glyphTex = dev.Call("createTexture", map[string]any{
			"size": map[string]any{"width": r.atlas.size, "height": r.atlas.size}, "format": "r8unorm", "usage": texBinding | texCopyDst,
		})
		// Every glyph in the atlas landed since it took this size, so the
		// frame's changed areas fill the new texture.
		r.glyphSide = r.atlas.size
		rebind = true
	}
	if r.images.changed {
		r.images.changed = false
		rebind = true
	}
	if rebind {
		r.bind = dev.Call("createBindGroup", map[string]any{"layout": r.layout, "entries": []any{
			map[string]any{"binding": 0, "resource": map[string]any{"buffer": r.uniform}},
			map[string]any{"binding": 1, "resource": r.glyphTex.Call("createView")},
			map[string]any{"binding": 2, "resource": r.images.tex.Call("createView")},
			map[string]any{"binding": 3, "resource": r.sampler},
		}})
	}
}

// upload writes b into buffer g, growing it first when b does not fit.
func (r *Renderer) upload(g *gpuBuffer, b []byte) {
	if len(b) == 0 {
		return
	}
	if len(b) > g.size {
		if g.buf.Truthy() {
			g.buf.Call("destroy")
		}
		g.size = max(g.size*2, len(b), 64<<10)
		g.buf = r.dev.JS.Call("createBuffer", map[string]any{"size": g.size, "usage": g.usage})
	}
	r.write(b, func(n int) { r.dev.Queue.Call("writeBuffer", g.buf, 0, r.staging, 0, n) })
}

// write copies b into the staging array and calls send with its length.
func (r *Renderer) write(b []byte, send func(n int)) {
	if !r.staging.Truthy() || r.staging.Get("length").Int() < len(b) {
		r.staging = js.Global().Get("Uint8Array").New(max(len(b), 256<<10))
	}
	js.CopyBytesToJS(r.staging, b)
	send(len(b))
	r.stats.BytesUploaded += len(b)
}
