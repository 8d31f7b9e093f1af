package raster

import (
	"math"

	"github.com/genui/genui/render"
)

// stroke adds to the rasteriser the outline of a line of width w along p
// with round caps and joins: each flattened segment as a quad and each
// vertex as a disc. Every piece is wound the same way, and the rasteriser
// clamps accumulated coverage at one, so overlaps merge into one shape.
func (d *drawer) stroke(p render.Path, w float32) {
	hw := w / 2
	for _, poly := range flatten(p, 0.25/d.s) {
		for i, q := range poly {
			d.disc(q, hw)
			if i > 0 {
				d.quad(poly[i-1], q, hw)
			}
		}
	}
}

// flatten turns p into polylines whose points stray at most tol (CSS
// pixels) from the curves; a closed subpath repeats its first point.
func flatten(p render.Path, tol float32) [][]render.Point {
	var out [][]render.Point
	var cur []render.Point
	var pen render.Point
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur)
		}
		cur = nil
	}
	for _, s := range p {
		switch s.Verb {
		case render.MoveTo:
			flush()
			pen = s.P[0]
			cur = []render.Point{pen}
		case render.LineTo:
			if cur == nil {
				cur = []render.Point{pen}
			}
			pen = s.P[0]
			cur = append(cur, pen)
		case render.QuadTo, render.CubeTo:
			if cur == nil {
				cur = []render.Point{pen}
			}
			c0, c1, end := s.P[0], s.P[0], s.P[1]
			if s.Verb == render.CubeTo {
				// Raise the quadratic to a cubic: controls at 2/3 of the way.
				c0, c1, end = s.P[0], s.P[1], s.P[2]
			} else {
				c0 = render.Pt(pen.X+2*(s.P[0].X-pen.X)/3, pen.Y+2*(s.P[0].Y-pen.Y)/3)
				c1 = render.Pt(end.X+2*(s.P[0].X-end.X)/3, end.Y+2*(s.P[0].Y-end.Y)/3)
			}
			n := segments(pen, c0, c1, end, tol)
			for i := 1; i <= n; i++ {
				t := float32(i) / float32(n)
				cur = append(cur, cubicAt(pen, c0, c1, end, t))
			}
			pen = end
		case render.Close:
			if len(cur) > 0 {
				cur = append(cur, cur[0])
				pen = cur[0]
			}
			flush()
			cur = []render.Point{pen}
		}
	}
	flush()
	return out
}

// segments returns how many straight pieces keep a cubic within tol, from
// the bound on its second differences (Wang's formula).
func segments(p0, p1, p2, p3 render.Point, tol float32) int {
	dx := max(abs(p0.X-2*p1.X+p2.X), abs(p1.X-2*p2.X+p3.X))
	dy := max(abs(p0.Y-2*p1.Y+p2.Y), abs(p1.Y-2*p2.Y+p3.Y))
	l := float32(math.Hypot(float64(dx), float64(dy)))
	n := int(math.Ceil(math.Sqrt(float64(3 * l / (4 * tol)))))
	return min(max(n, 1), 256)
}

func cubicAt(p0, p1, p2, p3 render.Point, t float32) render.Point {
	u := 1 - t
	a, b, c, e := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return render.Pt(a*p0.X+b*p1.X+c*p2.X+e*p3.X, a*p0.Y+b*p1.Y+c*p2.Y+e*p3.Y)
}

func abs(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// quad adds the rectangle of half-width hw around segment a→b.
func (d *drawer) quad(a, b render.Point, hw float32) {
	dx, dy := b.X-a.X, b.Y-a.Y
	l := float32(math.Hypot(float64(dx), float64(dy)))
	if l == 0 {
		return
	}
	nx, ny := -dy/l*hw, dx/l*hw
	d.polygon([]render.Point{
		{X: a.X + nx, Y: a.Y + ny}, {X: b.X + nx, Y: b.Y + ny},
		{X: b.X - nx, Y: b.Y - ny}, {X: a.X - nx, Y: a.Y - ny},
	})
}

// disc adds a circle of radius r around c as a polygon fine enough that
// its edge stays within a quarter pixel of the circle.
func (d *drawer) disc(c render.Point, r float32) {
	rp := float64(r * d.s)
	n := 8
	if rp > 0.5 {
		n = int(math.Ceil(math.Pi / math.Acos(max(1-0.25/rp, 0))))
	}
	n = min(max(n, 8), 64)
	pts := d.pts[:0]
	for i := range n {
		a := 2 * math.Pi * float64(i) / float64(n)
		pts = append(pts, render.Pt(c.X+r*float32(math.Cos(a)), c.Y+r*float32(math.Sin(a))))
	}
	d.pts = pts
	d.polygon(pts)
}

// polygon adds a closed polygon, wound clockwise on screen whatever the
// order of pts, so that overlapping pieces add up instead of cancelling.
func (d *drawer) polygon(pts []render.Point) {
	var area float32
	for i, p := range pts {
		q := pts[(i+1)%len(pts)]
		area += p.X*q.Y - q.X*p.Y
	}
	at := func(i int) render.Point {
		if area < 0 {
			return pts[len(pts)-1-i]
		}
		return pts[i]
	}
	x, y := d.tx(at(0))
	d.z.MoveTo(x, y)
	for i := 1; i < len(pts); i++ {
		x, y := d.tx(at(i))
		d.z.LineTo(x, y)
	}
	d.z.ClosePath()
}
