// Package raster draws a render.List into an image, natively, for PNG
// export and for looking at renderings in tests.
//
// It fills every shape with golang.org/x/image/vector, the pure-Go
// anti-aliasing rasteriser of the Go project (the one behind
// golang.org/x/image/font's glyph rendering): it is already a dependency
// of the module, accurate (exact area coverage, no supersampling), fast
// enough for page-sized images and needs no cgo, so PNG export works
// wherever Go does. vector only fills; strokes are turned into fills here
// (flattened segments as quads, round joins and caps as discs, all wound
// the same way so their union is clean). Text is drawn from the Go fonts'
// outlines (golang.org/x/image/font/gofont via sfnt) at the advances
// render measured with, so the PNG agrees with the layout to the pixel.
// Runes render sets in its CJK fallback are drawn from an embedded subset
// of Noto Sans CJK TC Regular (fonts/, 1.4 MB, SIL Open Font License):
// Big5's 5,401 frequently used ideographs, CJK punctuation, kana,
// bopomofo and fullwidth forms, and the CJK text of the repository's
// specs. Bold CJK text is the Regular outline thickened, as browsers
// synthesise a missing bold; Medium uses Regular, as browsers do when a
// CJK family has Regular and Bold only. A CJK rune outside the subset
// draws as a box of its measured width. Only this package links the font:
// the browser's renderers leave CJK text to the browser's fonts.
//
// Pictures given as data:image/png, data:image/jpeg or data:image/gif URLs
// are decoded and drawn; pictures referenced by URL are never fetched (no
// network): they become a neutral translucent box over whatever the
// component painted beneath.
package raster

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/vector"

	"github.com/genui/genui/render"
)

// MaxPixels bounds the image Draw makes; a taller page is cut off at the
// bottom.
const MaxPixels = 64 << 20

// Options configure Draw.
type Options struct {
	// Scale is the number of image pixels per CSS pixel (0 means 1); 2
	// gives a sharp image on high-density screens.
	Scale float32
}

// Draw rasterises l into a new image Scale times its size.
func Draw(l *render.List, o Options) *image.RGBA {
	s := o.Scale
	if !(s > 0) {
		s = 1
	}
	s = min(s, 8)
	w := max(int(math.Ceil(float64(l.Width*s))), 1)
	h := max(int(math.Ceil(float64(l.Height*s))), 1)
	if w*h > MaxPixels {
		h = max(MaxPixels/w, 1)
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	d := &drawer{img: img, s: s, z: vector.NewRasterizer(1, 1)}
	draw.Draw(img, img.Bounds(), image.NewUniform(nrgba(l.Background)), image.Point{}, draw.Src)
	for i := range l.Ops {
		d.op(&l.Ops[i])
	}
	return img
}

// EncodePNG rasterises l and writes it to w as a PNG.
func EncodePNG(w io.Writer, l *render.List, o Options) error {
	return png.Encode(w, Draw(l, o))
}

type drawer struct {
	img *image.RGBA
	s   float32
	z   *vector.Rasterizer
	buf sfnt.Buffer
	// origin of the rasteriser's area in image pixels
	ox, oy    int
	pts       []render.Point // scratch for strokes
	glyphPath render.Path    // scratch for CJK outlines
}

func nrgba(c render.Color) color.NRGBA { return color.NRGBA{c.R, c.G, c.B, c.A} }

func (d *drawer) op(op *render.Op) {
	switch op.Kind {
	case render.OpRect:
		d.rect(op)
	case render.OpText:
		d.text(op)
	case render.OpPath:
		d.path(op)
	case render.OpImage:
		d.image(op)
	}
}

// begin readies the rasteriser for a shape covering r (CSS pixels, plus a
// margin for anti-aliasing) and returns false when r misses the image.
func (d *drawer) begin(r render.Rect, margin float32) bool {
	x0 := int(math.Floor(float64((r.X - margin) * d.s)))
	y0 := int(math.Floor(float64((r.Y - margin) * d.s)))
	x1 := int(math.Ceil(float64((r.X + r.W + margin) * d.s)))
	y1 := int(math.Ceil(float64((r.Y + r.H + margin) * d.s)))
	b := image.Rect(x0, y0, x1, y1).Intersect(d.img.Bounds())
	if b.Empty() {
		return false
	}
	d.ox, d.oy = b.Min.X, b.Min.Y
	d.z.Reset(b.Dx(), b.Dy())
	return true
}

// finish composites what was added to the rasteriser in colour c.
func (d *drawer) finish(c render.Color) {
	if !c.Visible() {
		return
	}
	sz := d.z.Size()
	r := image.Rect(d.ox, d.oy, d.ox+sz.X, d.oy+sz.Y)
	d.z.DrawOp = draw.Over
	d.z.Draw(d.img, r, image.NewUniform(nrgba(c)), image.Point{})
}

// tx maps a CSS pixel point into the rasteriser's area.
func (d *drawer) tx(p render.Point) (float32, float32) {
	return p.X*d.s - float32(d.ox), p.Y*d.s - float32(d.oy)
}

// addPath adds the segments of p to the rasteriser.
func (d *drawer) addPath(p render.Path) {
	started := false
	var start render.Point
	for _, seg := range p {
		switch seg.Verb {
		case render.MoveTo:
			if started {
				d.z.ClosePath()
			}
			x, y := d.tx(seg.P[0])
			d.z.MoveTo(x, y)
			start, started = seg.P[0], true
		case render.LineTo:
			x, y := d.tx(seg.P[0])
			d.z.LineTo(x, y)
		case render.QuadTo:
			x1, y1 := d.tx(seg.P[0])
			x2, y2 := d.tx(seg.P[1])
			d.z.QuadTo(x1, y1, x2, y2)
		case render.CubeTo:
			x1, y1 := d.tx(seg.P[0])
			x2, y2 := d.tx(seg.P[1])
			x3, y3 := d.tx(seg.P[2])
			d.z.CubeTo(x1, y1, x2, y2, x3, y3)
		case render.Close:
			d.z.ClosePath()
			x, y := d.tx(start)
			d.z.MoveTo(x, y)
		}
	}
	if started {
		d.z.ClosePath()
	}
}

// rect fills a rectangle and draws its border inside the edge.
func (d *drawer) rect(op *render.Op) {
	r, rad := op.Rect, op.Radius
	if op.Fill.Visible() && d.begin(r, 1) {
		var p render.Path
		p.RoundRect(r, rad)
		d.addPath(p)
		d.finish(op.Fill)
	}
	if bw := op.StrokeWidth; op.Stroke.Visible() && bw > 0 && d.begin(r, 1) {
		// A ring: the outer outline, and the inner one wound backwards.
		var outer, inner render.Path
		outer.RoundRect(r, rad)
		inner.RoundRect(r.Inset(bw), max(rad-bw, 0))
		d.addPath(outer)
		d.addPath(reversed(inner))
		d.finish(op.Stroke)
	}
}

// reversed returns the closed single-subpath p traversed the other way.
func reversed(p render.Path) render.Path {
	if len(p) == 0 {
		return nil
	}
	// Collect the on-curve points with the segment arriving at each.
	type node struct {
		seg render.Seg // the segment ending at pt (zero for the start)
		pt  render.Point
	}
	var nodes []node
	for _, s := range p {
		switch s.Verb {
		case render.MoveTo, render.LineTo:
			nodes = append(nodes, node{s, s.P[0]})
		case render.QuadTo:
			nodes = append(nodes, node{s, s.P[1]})
		case render.CubeTo:
			nodes = append(nodes, node{s, s.P[2]})
		}
	}
	var q render.Path
	last := nodes[len(nodes)-1].pt
	q.MoveTo(last.X, last.Y)
	for i := len(nodes) - 1; i > 0; i-- {
		s, to := nodes[i].seg, nodes[i-1].pt
		switch s.Verb {
		case render.LineTo:
			q.LineTo(to.X, to.Y)
		case render.QuadTo:
			q.QuadTo(s.P[0].X, s.P[0].Y, to.X, to.Y)
		case render.CubeTo:
			q.CubeTo(s.P[1].X, s.P[1].Y, s.P[0].X, s.P[0].Y, to.X, to.Y)
		}
	}
	q.Close()
	return q
}

func (d *drawer) path(op *render.Op) {
	b := op.Path.Bounds()
	if op.Fill.Visible() && d.begin(b, 1) {
		d.addPath(op.Path)
		d.finish(op.Fill)
	}
	if w := op.StrokeWidth; op.Stroke.Visible() && w > 0 && d.begin(b, w/2+1) {
		d.stroke(op.Path, w)
		d.finish(op.Stroke)
	}
}
