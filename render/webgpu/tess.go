package webgpu

import (
	"math"

	"github.com/genui/genui/render"
)

// This file is the path tessellator: platform-free, tested natively. It
// turns a render.Path into triangles for the stencil pass (see frame.go):
// a fill becomes one triangle fan per subpath, whose signed coverage the
// stencil buffer sums into the non-zero winding number; a stroke becomes
// its outline's pieces (a quad per flattened segment, a fan per round join
// and cap), every triangle wound positively, so that their union is
// counted once however the pieces overlap. Curves are flattened with
// Wang's formula to within flattenTol device pixels.

// flattenTol is how far, in device pixels, a flattened curve or arc may
// stray from the true one. A quarter pixel is below what anti-aliasing
// shows at 4× MSAA.
const flattenTol = 0.2

// pt is a point in device pixels.
type pt struct{ x, y float32 }

func (p pt) add(q pt) pt                 { return pt{p.x + q.x, p.y + q.y} }
func (p pt) sub(q pt) pt                 { return pt{p.x - q.x, p.y - q.y} }
func (p pt) mul(s float32) pt            { return pt{p.x * s, p.y * s} }
func (p pt) cross(q pt) float32          { return p.x*q.y - p.y*q.x }
func (p pt) len() float32                { return float32(math.Hypot(float64(p.x), float64(p.y))) }
func lerp(a, b pt, t float32) pt         { return pt{a.x + (b.x-a.x)*t, a.y + (b.y-a.y)*t} }
func devPt(p render.Point, s float32) pt { return pt{p.X * s, p.Y * s} }

// polyline is a flattened subpath: pts[start:end] of its tessellator.
// closed subpaths do not repeat their first point; dot marks a subpath
// that drew segments but has no length (a stroke draws it as a disc, as
// SVG and Canvas do with round caps).
type polyline struct {
	start, end  int
	closed, dot bool
}

// tessellator holds the scratch buffers of path tessellation; its output
// is tris, three points per triangle, appended to across calls.
type tessellator struct {
	pts   []pt
	lines []polyline
	tris  []pt
}

// flatten turns p, scaled by s into device pixels, into polylines.
func (t *tessellator) flatten(p render.Path, s float32) {
	t.pts, t.lines = t.pts[:0], t.lines[:0]
	var pen, start pt
	cur := -1     // start of the subpath being built in pts; -1 when none
	drew := false // the current subpath has segments
	finish := func(closed bool) {
		if cur < 0 {
			return
		}
		n := len(t.pts) - cur
		if closed && n > 1 && near(t.pts[len(t.pts)-1], t.pts[cur]) {
			t.pts = t.pts[:len(t.pts)-1]
			n--
		}
		if n > 1 || drew {
			t.lines = append(t.lines, polyline{start: cur, end: len(t.pts), closed: closed && n > 2, dot: n == 1})
		} else {
			t.pts = t.pts[:cur]
		}
		cur, drew = -1, false
	}
	lineTo := func(q pt) {
		if cur < 0 {
			cur = len(t.pts)
			t.pts = append(t.pts, pen)
			start = pen
		}
		drew = true
		if !near(q, t.pts[len(t.pts)-1]) {
			t.pts = append(t.pts, q)
		}
		pen = q
	}
	for _, seg := range p {
		switch seg.Verb {
		case render.MoveTo:
			finish(false)
			pen = devPt(seg.P[0], s)
			start = pen
			cur = len(t.pts)
			t.pts = append(t.pts, pen)
		case render.LineTo:
			lineTo(devPt(seg.P[0], s))
		case render.QuadTo:
			p0, p1, p2 := pen, devPt(seg.P[0], s), devPt(seg.P[1], s)
			n := curveSteps(p0.sub(p1.mul(2)).add(p2).len(), 0.25)
			for i := 1; i <= n; i++ {
				u := float32(i) / float32(n)
				lineTo(lerp(lerp(p0, p1, u), lerp(p1, p2, u), u))
			}
		case render.CubeTo:
			p0, p1, p2, p3 := pen, devPt(seg.P[0], s), devPt(seg.P[1], s), devPt(seg.P[2], s)
			d := max(p0.sub(p1.mul(2)).add(p2).len(), p1.sub(p2.mul(2)).add(p3).len())
			n := curveSteps(d, 0.75)
			for i := 1; i <= n; i++ {
				u := float32(i) / float32(n)
				a, b, c := lerp(p0, p1, u), lerp(p1, p2, u), lerp(p2, p3, u)
				lineTo(lerp(lerp(a, b, u), lerp(b, c, u), u))
			}
		case render.Close:
			finish(true)
			pen = start
		}
	}
	finish(false)
}

// near reports whether p and q are within 1/1024 of a pixel: the same
// point, give or take the rounding of arcs that come back to their start.
func near(p, q pt) bool {
	d := p.sub(q)
	return d.x*d.x+d.y*d.y < 1.0/(1024*1024)
}

// curveSteps returns how many lines keep a Bézier within flattenTol, by
// Wang's formula: sqrt(k·M/tol) with M the largest second difference of
// the control points and k = 1/4 for quadratics, 3/4 for cubics.
func curveSteps(m, k float32) int {
	n := math.Ceil(math.Sqrt(float64(k * m / flattenTol)))
	if !(n >= 1) { // NaN too
		return 1
	}
	return int(min(n, 512))
}

// fill appends the triangle fans of p's subpaths (scaled by s), for the
// stencil pass to count into its non-zero winding number.
func (t *tessellator) fill(p render.Path, s float32) {
	t.flatten(p, s)
	for _, l := range t.lines {
		q := t.pts[l.start:l.end]
		for i := 2; i < len(q); i++ {
			t.tris = append(t.tris, q[0], q[i-1], q[i])
		}
	}
}

// stroke appends the triangles of a line of width w (CSS pixels) along p
// (scaled by s), with round caps and joins, every triangle wound
// positively so that the stencil counts the union once.
func (t *tessellator) stroke(p render.Path, w, s float32) {
	hw := w * s / 2
	if !(hw > 0) {
		return
	}
	t.flatten(p, s)
	for _, l := range t.lines {
		q := t.pts[l.start:l.end]
		if l.dot {
			t.arc(q[0], hw, 0, 2*math.Pi)
			continue
		}
		n := len(q)
		segs := n - 1
		if l.closed {
			segs = n
		}
		for i := range segs {
			a, b := q[i], q[(i+1)%n]
			nrm := normal(b.sub(a)).mul(hw)
			t.tri(a.add(nrm), b.add(nrm), b.sub(nrm))
			t.tri(a.add(nrm), b.sub(nrm), a.sub(nrm))
		}
		// Joins at every vertex where two segments meet.
		for i := range n {
			if !l.closed && (i == 0 || i == n-1) {
				continue
			}
			prev, next := q[(i+n-1)%n], q[(i+1)%n]
			t.join(q[i], q[i].sub(prev), next.sub(q[i]), hw)
		}
		if !l.closed {
			// Round caps: half discs facing away from the line.
			d0 := q[1].sub(q[0])
			a0 := angle(normal(d0))
			t.arc(q[0], hw, a0, math.Pi)
			d1 := q[n-1].sub(q[n-2])
			a1 := angle(normal(d1).mul(-1))
			t.arc(q[n-1], hw, a1, math.Pi)
		}
	}
}

// convex reports whether what flatten left is one simple convex polygon,
// which its triangle fan covers exactly once: every turn the same way, one
// full turn in all.
func (t *tessellator) convex() bool {
	if len(t.lines) != 1 {
		return false
	}
	q := t.pts[t.lines[0].start:t.lines[0].end]
	n := len(q)
	if n < 3 {
		return false
	}
	var sign, total float64
	for i := range n {
		d0, d1 := q[(i+1)%n].sub(q[i]), q[(i+2)%n].sub(q[(i+1)%n])
		c := float64(d0.cross(d1))
		if c == 0 {
			continue
		}
		if sign == 0 {
			sign = math.Copysign(1, c)
		} else if c*sign < 0 {
			return false
		}
		total += math.Atan2(c, float64(d0.x*d1.x+d0.y*d1.y))
	}
	return math.Abs(math.Abs(total)-2*math.Pi) < 1e-3
}

// normal returns d turned a quarter clockwise on screen, of unit length.
func normal(d pt) pt {
	l := d.len()
	if l == 0 {
		return pt{}
	}
	return pt{-d.y / l, d.x / l}
}

func angle(d pt) float32 { return float32(math.Atan2(float64(d.y), float64(d.x))) }

// join fills the wedge a round join adds on the outer side of a turn at
// v from direction d0 to direction d1.
func (t *tessellator) join(v, d0, d1 pt, hw float32) {
	c := d0.cross(d1)
	dot := d0.x*d1.x + d0.y*d1.y
	if c == 0 && dot > 0 {
		return // straight on: the quads already meet
	}
	// The outer side is opposite the turn.
	side := float32(-1)
	if c < 0 {
		side = 1
	}
	n0, n1 := normal(d0).mul(side*hw), normal(d1).mul(side*hw)
	// Most joins of a flattened curve turn so little that one triangle
	// stays within the tolerance of the arc: its sagitta is
	// hw·(1 - cos(turn/2)), and cos(turn/2) = sqrt((1 + cos turn)/2).
	cosT := dot / (d0.len() * d1.len())
	if hw*(1-float32(math.Sqrt(float64(max(1+cosT, 0)/2)))) <= flattenTol {
		t.tri(v, v.add(n0), v.add(n1))
		return
	}
	turn := float32(math.Atan2(float64(c), float64(dot))) // signed, (-π, π]
	t.arc(v, hw, angle(n0), turn)
}

// arc appends a fan around c of radius r from angle a0 sweeping by sweep
// (radians, either sign), fine enough to stay within flattenTol.
func (t *tessellator) arc(c pt, r, a0, sweep float32) {
	step := 2 * math.Acos(math.Max(1-flattenTol/float64(r), -1))
	// At least one piece per quarter turn, so tiny discs stay round.
	n := int(math.Ceil(math.Abs(float64(sweep)) / min(step, math.Pi/2)))
	n = min(max(n, 1), 128)
	prev := c.add(pt{r * cos(a0), r * sin(a0)})
	for i := 1; i <= n; i++ {
		a := a0 + sweep*float32(i)/float32(n)
		next := c.add(pt{r * cos(a), r * sin(a)})
		t.tri(c, prev, next)
		prev = next
	}
}

// tri appends the triangle abc wound positively (clockwise on screen).
func (t *tessellator) tri(a, b, c pt) {
	if b.sub(a).cross(c.sub(a)) < 0 {
		b, c = c, b
	}
	t.tris = append(t.tris, a, b, c)
}

func cos(a float32) float32 { return float32(math.Cos(float64(a))) }
func sin(a float32) float32 { return float32(math.Sin(float64(a))) }
