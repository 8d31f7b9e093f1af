package webgpu

import (
	"math"
	"strconv"
	"syscall/js"

	"github.com/genui/genui/render"
	"github.com/genui/genui/render/webgpu/internal/glyph"
)

// canvasGlyphs rasterises the runes render sets in its CJK fallback face
// with the browser's own text rasteriser, on a small 2D canvas, in the
// face's CSS family list: the Go fonts are embedded for internal/glyph,
// but the CJK faces (megabytes) are not, and the browser sets such text in
// the Canvas2D and SVG backends from the same system fonts, so this keeps
// the three alike.
type canvasGlyphs struct {
	ctx  js.Value // a CanvasRenderingContext2D, read back often
	w, h int
	rgba []byte
}

func newCanvasGlyphs() *canvasGlyphs {
	var el js.Value
	if oc := js.Global().Get("OffscreenCanvas"); oc.Truthy() {
		el = oc.New(64, 64)
	} else {
		el = js.Global().Get("document").Call("createElement", "canvas")
		el.Set("width", 64)
		el.Set("height", 64)
	}
	ctx := el.Call("getContext", "2d", map[string]any{"willReadFrequently": true})
	return &canvasGlyphs{ctx: ctx, w: 64, h: 64}
}

// Glyph implements glyphRasterizer.
func (g *canvasGlyphs) Glyph(face render.Face, ppem float32, r rune, dx float32, dst []byte) glyph.Mask {
	if !(ppem > 0) || !g.ctx.Truthy() {
		return glyph.Mask{Pix: dst[:0]}
	}
	ctx := g.ctx
	ctx.Set("font", strconv.Itoa(face.Weight())+" "+strconv.FormatFloat(float64(ppem), 'f', -1, 32)+"px "+face.CSSFamily())
	s := string(r)
	tm := ctx.Call("measureText", s)
	// The ink's box around the origin (dx, 0), a pixel to spare each side.
	x0 := int(math.Floor(float64(dx)-tm.Get("actualBoundingBoxLeft").Float())) - 1
	x1 := int(math.Ceil(float64(dx)+tm.Get("actualBoundingBoxRight").Float())) + 1
	y0 := int(math.Floor(-tm.Get("actualBoundingBoxAscent").Float())) - 1
	y1 := int(math.Ceil(tm.Get("actualBoundingBoxDescent").Float())) + 1
	w, h := x1-x0, y1-y0
	if w <= 2 || h <= 2 || w > 4*glyph.MaxPPEM || h > 4*glyph.MaxPPEM {
		return glyph.Mask{Pix: dst[:0]}
	}
	if w > g.w || h > g.h {
		// Growing the canvas resets its context's state; set the font again.
		g.w, g.h = max(w, g.w), max(h, g.h)
		cv := ctx.Get("canvas")
		cv.Set("width", g.w)
		cv.Set("height", g.h)
		ctx.Set("font", strconv.Itoa(face.Weight())+" "+strconv.FormatFloat(float64(ppem), 'f', -1, 32)+"px "+face.CSSFamily())
	}
	ctx.Call("clearRect", 0, 0, w, h)
	ctx.Set("fillStyle", "#000")
	ctx.Call("fillText", s, float64(dx)-float64(x0), float64(-y0))
	data := ctx.Call("getImageData", 0, 0, w, h).Get("data")
	if cap(g.rgba) < w*h*4 {
		g.rgba = make([]byte, w*h*4)
	}
	g.rgba = g.rgba[:w*h*4]
	js.CopyBytesToGo(g.rgba, data)
	m := glyph.Mask{X: x0, Y: y0, W: w, H: h, Pix: dst[:0]}
	for i := 3; i < len(g.rgba); i += 4 {
		m.Pix = append(m.Pix, g.rgba[i])
	}
	return m
}
