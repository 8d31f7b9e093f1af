package canvas

import (
	"math"
	"strconv"

	"github.com/genui/genui/render"
)

// Backend is what both canvas renderers do: this package's Canvas2D
// Renderer and render/webgpu's. render/webgpu's Open picks one.
type Backend interface {
	// Draw draws l at scale CSS pixels per list pixel (the artboard's
	// zoom; devicePixelRatio is applied on top), sizing the canvas to
	// fit, and brings the accessibility mirror up to date.
	Draw(l *render.List, scale float32)
	// Stats counts the work of the last frame.
	Stats() Stats
	// Name is "canvas2d" or "webgpu", for an indicator.
	Name() string
	// Release removes the mirror and frees what the renderer holds; the
	// canvas element stays.
	Release()
}

// Stats count one frame's work.
type Stats struct {
	// DrawCalls are the drawing calls made: Canvas2D fill, stroke,
	// fillText and drawImage calls, or WebGPU draw calls.
	DrawCalls int
	// Quads and Triangles are what WebGPU drew: instanced quads (rects,
	// glyphs, pictures, path covers) and path triangles (stencilled or
	// drawn directly).
	Quads, Triangles int
	// BytesUploaded are the bytes handed to the graphics API: WebGPU
	// buffer and texture writes, or Canvas2D path data and text.
	BytesUploaded int
}

// EventKind is what a person did through the accessibility mirror.
type EventKind uint8

// Event kinds.
const (
	// Activate: a click, Enter or Space on a control (a button pressed, a
	// link followed, a box ticked, an option or tab chosen, a select opened).
	Activate EventKind = iota
	// Input: text typed into a field; Event.Value holds it all.
	Input
	// Focus: the control took the keyboard focus.
	Focus
	// Key: an arrow, Home or End key on a slider, tab or select;
	// Event.Value names it ("ArrowLeft").
	Key
)

// Event is what a person did to a control through the mirror. Group is the
// control's group in the list last drawn; apply it with render.State.Apply
// (Activate), by setting State.Values[Group.Pointer] (Input) or
// State.Focus (Focus), then lay out and draw again.
type Event struct {
	Kind  EventKind
	Group *render.Group
	Value string
}

// Options configure a renderer of either backend.
type Options struct {
	// FontURL is where Go-Regular.ttf, Go-Medium.ttf, Go-Bold.ttf and
	// Go-Mono.ttf are served ("/fonts/"), for Canvas2D text; Fonts, when
	// set, gives the files' bytes instead. With neither, the page must
	// already provide the "Go" and "Go Mono" font families.
	FontURL string
	Fonts   map[render.Face][]byte
	// OnEvent receives what a person does through the accessibility
	// mirror; nil ignores it.
	OnEvent func(Event)
}

// fitScale returns how many device pixels a list pixel takes when l is
// drawn at scale on a screen of dpr device pixels per CSS pixel, reduced
// where needed so that the canvas stays within maxSide pixels a side and
// maxArea pixels in all (browsers refuse or blank larger canvases and
// textures).
func fitScale(l *render.List, scale, dpr float32, maxSide, maxArea int) float32 {
	if !(scale > 0) || scale > 64 {
		scale = 1
	}
	if !(dpr > 0) || dpr > 8 {
		dpr = 1
	}
	s := scale * dpr
	w, h := max(l.Width, 1), max(l.Height, 1)
	s = min(s, float32(maxSide)/w, float32(maxSide)/h)
	if a := w * h * s * s; a > float32(maxArea) {
		s *= float32(math.Sqrt(float64(float32(maxArea) / a)))
	}
	return s
}

// ceilInt returns v rounded up, at least 1.
func ceilInt(v float32) int { return max(int(math.Ceil(float64(v))), 1) }

// px returns v as a CSS length in pixels.
func px(v float32) string {
	return strconv.FormatFloat(math.Round(float64(v)*100)/100, 'f', -1, 64) + "px"
}

// coverCrop returns the part of a w×h picture that, scaled to fill a
// bw×bh box, covers it with its centre kept: SVG's xMidYMid slice.
func coverCrop(w, h, bw, bh float32) (sx, sy, sw, sh float32) {
	sw, sh = w, h
	if w*bh > h*bw { // wider than the box: crop the sides
		sw = h * bw / bh
		sx = (w - sw) / 2
	} else {
		sh = w * bh / bw
		sy = (h - sh) / 2
	}
	return sx, sy, sw, sh
}
