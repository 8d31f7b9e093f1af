package render

import "math"

// Point is a position in CSS pixels; y grows downwards.
type Point struct{ X, Y float32 }

// Pt returns the point (x, y).
func Pt(x, y float32) Point { return Point{x, y} }

// Add returns p moved by q.
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

// Size is a width and a height in CSS pixels.
type Size struct{ W, H float32 }

// Rect is an axis-aligned rectangle: its top-left corner and its size.
type Rect struct {
	X, Y, W, H float32
}

// XYWH returns the rectangle with corner (x, y) and size w×h.
func XYWH(x, y, w, h float32) Rect { return Rect{x, y, w, h} }

// Max returns the bottom-right corner of r.
func (r Rect) Max() Point { return Point{r.X + r.W, r.Y + r.H} }

// Contains reports whether p lies inside r (its right and bottom edges excluded).
func (r Rect) Contains(p Point) bool {
	return p.X >= r.X && p.Y >= r.Y && p.X < r.X+r.W && p.Y < r.Y+r.H
}

// Inset returns r shrunk by d on every side (grown when d is negative). The
// result never has a negative size.
func (r Rect) Inset(d float32) Rect {
	return r.InsetXY(d, d)
}

// InsetXY returns r shrunk by dx on the left and right and dy on the top and bottom.
func (r Rect) InsetXY(dx, dy float32) Rect {
	r.X, r.Y = r.X+dx, r.Y+dy
	r.W, r.H = max(r.W-2*dx, 0), max(r.H-2*dy, 0)
	return r
}

// Offset returns r moved by (dx, dy).
func (r Rect) Offset(dx, dy float32) Rect {
	r.X, r.Y = r.X+dx, r.Y+dy
	return r
}

// Center returns the centre of r.
func (r Rect) Center() Point { return Point{r.X + r.W/2, r.Y + r.H/2} }

// Insets are the widths of a box's four edges (padding).
type Insets struct{ Top, Right, Bottom, Left float32 }

// Pad returns equal insets of d on all four sides.
func Pad(d float32) Insets { return Insets{d, d, d, d} }

// PadXY returns insets of dx left and right and dy top and bottom.
func PadXY(dx, dy float32) Insets { return Insets{dy, dx, dy, dx} }

// Color is a non-premultiplied sRGB colour with alpha.
type Color struct{ R, G, B, A uint8 }

// Hex returns the opaque colour 0xRRGGBB.
func Hex(rgb uint32) Color {
	return Color{uint8(rgb >> 16), uint8(rgb >> 8), uint8(rgb), 0xff}
}

// Alpha returns c with its alpha set to a (0 transparent, 1 opaque).
func (c Color) Alpha(a float32) Color {
	c.A = uint8(clampf(a, 0, 1)*255 + 0.5)
	return c
}

// Mix returns the colour t of the way from c to d (t in [0, 1]), alpha included.
func (c Color) Mix(d Color, t float32) Color {
	t = clampf(t, 0, 1)
	m := func(a, b uint8) uint8 { return uint8(float32(a) + (float32(b)-float32(a))*t + 0.5) }
	return Color{m(c.R, d.R), m(c.G, d.G), m(c.B, d.B), m(c.A, d.A)}
}

// Visible reports whether anything painted in c can be seen.
func (c Color) Visible() bool { return c.A != 0 }

// clampf returns v limited to [lo, hi]; NaN becomes lo.
func clampf(v, lo, hi float32) float32 {
	if !(v >= lo) { // NaN too
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// Finite returns v, or def when v is NaN or infinite. Components use it on
// every number a spec supplies.
func Finite(v float64, def float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return def
	}
	return v
}

// snap rounds v to the pixel grid so edges stay crisp in every backend.
func snap(v float32) float32 { return float32(math.Round(float64(v))) }
