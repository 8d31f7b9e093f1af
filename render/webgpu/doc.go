// Package webgpu draws a render.List onto an HTML canvas with WebGPU, and
// picks between it and Canvas2D for a page.
//
// In a browser (js/wasm), on a goroutine of its own (acquiring a device
// waits for the browser):
//
//	r := webgpu.Open(el, canvas.Options{FontURL: "/fonts/"}) // WebGPU on a real adapter, else Canvas2D
//	r.Draw(list, zoom)
//
// or, to use WebGPU whatever the adapter:
//
//	a, err := webgpu.RequestAdapter("")
//	d, err := a.RequestDevice()
//	r, err := webgpu.New(el, d, canvas.Options{})
//
// The picture is the one render/canvas and render/svg draw, and the
// accessibility mirror is render/canvas's (see there).
//
// # How a frame is drawn
//
// One render pass, 4× multisampled, with a stencil buffer, and four
// pipelines over one bind group (shader.go):
//
//   - rects, rounded rects and their borders are instanced quads whose
//     fragment shader computes coverage from the signed distance to the
//     rounded rectangle, anti-aliased analytically;
//   - text is instanced quads sampling an R8 glyph atlas. Glyphs are
//     rasterised in Go from the Go fonts' outlines with exact area
//     coverage (internal/glyph: the outlines and the rasteriser that
//     render/raster draws PNGs with), at a quarter-pixel horizontal offset
//     and on a whole-pixel baseline, as Skia positions horizontal text.
//     Rasterising in Go rather than through an OffscreenCanvas makes the
//     text the same in every browser and in workers, needs no font loading,
//     and puts glyphs exactly at the advances layout measured with. Runes
//     render sets in its CJK fallback face are the exception: those faces
//     are megabytes, not embedded in the renderer, so the browser
//     rasterises them (on an OffscreenCanvas, from the CSS family list the
//     Canvas2D and SVG backends use) at the same positions. The atlas keeps
//     its pixels in Go and uploads only what a frame adds, one rectangle
//     per shelf;
//   - pictures are instanced quads sampling an RGBA atlas into which the
//     browser has cropped and scaled each (createImageBitmap) to the size
//     it is drawn at; pictures from other origins must allow CORS;
//   - paths are tessellated on the CPU (tess.go): a fill into triangle
//     fans, a stroke into its outline's pieces (segment quads, round joins
//     and caps). Opaque strokes and opaque convex fills are drawn directly
//     as coloured triangles; other paths count their non-zero winding
//     number into the stencil, and a cover quad paints where it is not zero
//     and clears it. Multisampling anti-aliases their edges.
//
// Ops are batched (frame.go): painter's order matters only where ops
// overlap, so each op joins the earliest batch of its kind after the last
// batch it overlaps, and stencilled paths of one batch, which never
// overlap, share one stencil pass. A dashboard draws in two or three draw
// calls. The instance and vertex buffers are reused (grown by doubling),
// and once its glyphs and pictures are on the GPU a frame uploads only its
// instances (52 bytes a quad), its path vertices and 16 bytes of uniforms.
//
// The frame building, tessellation, batching and atlas packing are plain
// Go, tested natively; only uploading and submitting touch the browser.
// gpu_js.go, which acquires the adapter and device, depends on nothing
// but syscall/js, for other WebGPU code to share.
package webgpu
