// Package glyph rasterises glyphs of the Go fonts into coverage masks for
// the WebGPU backend's text atlas. It is platform-free and tested natively.
//
// The outlines are the ones render/raster draws PNGs from (Go's fonts,
// embedded by golang.org/x/image/font/gofont, read with sfnt), and the
// rasteriser is the same golang.org/x/image/vector: exact area coverage,
// no hinting. Doing this in Go rather than through an OffscreenCanvas
// keeps WebGPU text identical wherever the wasm runs (a worker, a browser
// without OffscreenCanvas, a test natively), free of the page's font
// loading, and pixel-aligned with the advances render measured with.
//
// This is its own package only because the repository's dependency table
// keeps golang.org/x/image out of render/webgpu itself.
package glyph

import (
	"image"
	"image/draw"
	"math"
	"slices"
	"sync"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomedium"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/genui/genui/render"
)

// MaxPPEM bounds the size glyphs are rasterised at; larger text is drawn
// from masks of this size scaled up by the caller (never reached by specs:
// the largest heading at 8× zoom is smaller).
const MaxPPEM = 512

// Mask is the coverage of one glyph: W×H bytes, row by row, each the share
// of its pixel the glyph covers (0–255). X and Y place its top-left
// corner relative to the whole pixel where the glyph's origin (on the
// baseline) was rounded down to.
type Mask struct {
	X, Y, W, H int
	Pix        []byte
}

var (
	fontsOnce sync.Once
	fonts     [4]*sfnt.Font
)

func font(f render.Face) *sfnt.Font {
	fontsOnce.Do(func() {
		for i, ttf := range [][]byte{goregular.TTF, gomedium.TTF, gobold.TTF, gomono.TTF} {
			// The Go fonts ship with x/image and parse; a failure here is
			// a broken build, not bad input.
			ft, err := sfnt.Parse(ttf)
			if err != nil {
				panic("glyph: parsing the Go fonts: " + err.Error())
			}
			fonts[i] = ft
		}
	})
	if int(f) >= len(fonts) {
		return fonts[render.Regular]
	}
	return fonts[f]
}

// Rasterizer turns glyphs into masks; it keeps scratch buffers, so one
// is not safe for concurrent use.
type Rasterizer struct {
	buf sfnt.Buffer
	z   vector.Rasterizer
	dst image.Alpha // the mask as draw's destination, kept to save an allocation
}

// Glyph rasterises rune r set in face at ppem pixels per em with its
// origin dx pixels (0 ≤ dx < 1) right of a whole pixel; the mask's pixels
// reuse dst's storage. A rune the font lacks draws as its .notdef box, as
// render/raster does; a blank glyph (a space) gives an empty mask.
func (z *Rasterizer) Glyph(face render.Face, ppem float32, r rune, dx float32, dst []byte) Mask {
	if !(ppem > 0) {
		return Mask{Pix: dst[:0]}
	}
	ppem = min(ppem, MaxPPEM)
	dx = min(max(dx, 0), 1)
	ft := font(face)
	gi, err := ft.GlyphIndex(&z.buf, r)
	if err != nil {
		gi = 0
	}
	segs, err := ft.LoadGlyph(&z.buf, gi, fixed.Int26_6(ppem*64+0.5), nil)
	if err != nil || len(segs) == 0 {
		return Mask{Pix: dst[:0]}
	}
	minX, minY := float32(math.Inf(1)), float32(math.Inf(1))
	maxX, maxY := float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, s := range segs {
		n := 1
		switch s.Op {
		case sfnt.SegmentOpQuadTo:
			n = 2
		case sfnt.SegmentOpCubeTo:
			n = 3
		}
		for _, p := range s.Args[:n] {
			x, y := float32(p.X)/64+dx, float32(p.Y)/64
			minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
		}
	}
	m := Mask{X: int(math.Floor(float64(minX))), Y: int(math.Floor(float64(minY)))}
	m.W = int(math.Ceil(float64(maxX))) - m.X
	m.H = int(math.Ceil(float64(maxY))) - m.Y
	if m.W <= 0 || m.H <= 0 {
		return Mask{Pix: dst[:0]}
	}
	ox, oy := dx-float32(m.X), -float32(m.Y)
	pt := func(p fixed.Point26_6) (float32, float32) { return ox + float32(p.X)/64, oy + float32(p.Y)/64 }
	z.z.Reset(m.W, m.H)
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			z.z.ClosePath()
			z.z.MoveTo(pt(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			z.z.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			z.z.QuadTo(x1, y1, x2, y2)
		case sfnt.SegmentOpCubeTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			x3, y3 := pt(s.Args[2])
			z.z.CubeTo(x1, y1, x2, y2, x3, y3)
		}
	}
	z.z.ClosePath()
	m.Pix = slices.Grow(dst[:0], m.W*m.H)[:m.W*m.H]
	z.z.DrawOp = draw.Src
	z.dst = image.Alpha{Pix: m.Pix, Stride: m.W, Rect: image.Rect(0, 0, m.W, m.H)}
	z.z.Draw(&z.dst, z.dst.Rect, image.Opaque, image.Point{})
	return m
}
