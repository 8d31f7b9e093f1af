package render

import "math"

// Verb is the kind of one path segment.
type Verb uint8

// Path verbs. Arcs are turned into cubic Béziers when they are added, so
// backends only ever see these four plus Close.
const (
	MoveTo Verb = iota // P[0] starts a new subpath
	LineTo             // straight line to P[0]
	QuadTo             // quadratic Bézier: control P[0], end P[1]
	CubeTo             // cubic Bézier: controls P[0], P[1], end P[2]
	Close              // line back to the subpath's start
)

// Seg is one segment of a path; only the points its verb uses are set.
type Seg struct {
	Verb Verb
	P    [3]Point
}

// Path is a sequence of segments in absolute coordinates.
type Path []Seg

// MoveTo starts a new subpath at (x, y).
func (p *Path) MoveTo(x, y float32) { *p = append(*p, Seg{Verb: MoveTo, P: [3]Point{{x, y}}}) }

// LineTo adds a straight line to (x, y).
func (p *Path) LineTo(x, y float32) { *p = append(*p, Seg{Verb: LineTo, P: [3]Point{{x, y}}}) }

// QuadTo adds a quadratic Bézier through control (cx, cy) to (x, y).
func (p *Path) QuadTo(cx, cy, x, y float32) {
	*p = append(*p, Seg{Verb: QuadTo, P: [3]Point{{cx, cy}, {x, y}}})
}

// CubeTo adds a cubic Bézier through controls (c1x, c1y), (c2x, c2y) to (x, y).
func (p *Path) CubeTo(c1x, c1y, c2x, c2y, x, y float32) {
	*p = append(*p, Seg{Verb: CubeTo, P: [3]Point{{c1x, c1y}, {c2x, c2y}, {x, y}}})
}

// Close closes the current subpath.
func (p *Path) Close() { *p = append(*p, Seg{Verb: Close}) }

// Pen returns the current point: where the next segment starts.
func (p Path) Pen() Point {
	start := Point{}
	pen := Point{}
	for _, s := range p {
		switch s.Verb {
		case MoveTo:
			start, pen = s.P[0], s.P[0]
		case LineTo:
			pen = s.P[0]
		case QuadTo:
			pen = s.P[1]
		case CubeTo:
			pen = s.P[2]
		case Close:
			pen = start
		}
	}
	return pen
}

// ArcTo adds a circular arc of radius r around centre (cx, cy) from angle a0
// to angle a1 (radians, clockwise on screen since y points down), as cubic
// Béziers of at most a quarter turn each. It draws a line to the arc's
// start first when the pen is elsewhere (or moves there on an empty path).
func (p *Path) ArcTo(cx, cy, r, a0, a1 float32) {
	sx, sy := cx+r*cos(a0), cy+r*sin(a0)
	if len(*p) == 0 {
		p.MoveTo(sx, sy)
	} else if q := p.Pen(); abs(q.X-sx) > 1e-3 || abs(q.Y-sy) > 1e-3 {
		p.LineTo(sx, sy)
	}
	sweep := a1 - a0
	n := quarters(sweep)
	if n < 1 {
		return
	}
	n = min(n, 64)
	step := sweep / float32(n)
	k := 4.0 / 3.0 * float32(math.Tan(float64(step)/4)) * r
	a := a0
	for range n {
		b := a + step
		ca, sa, cb, sb := cos(a), sin(a), cos(b), sin(b)
		p.CubeTo(cx+r*ca-k*sa, cy+r*sa+k*ca, cx+r*cb+k*sb, cy+r*sb-k*cb, cx+r*cb, cy+r*sb)
		a = b
	}
}

// SVGArcTo adds an SVG-style elliptical arc ("A rx ry rot large sweep x y")
// from the pen to (x, y); rotation is ignored because every caller draws
// circles and axis-aligned ellipses. It follows the SVG rules for radii too
// small to reach the end point.
func (p *Path) SVGArcTo(rx, ry float32, large, sweep bool, x, y float32) {
	from := p.Pen()
	rx, ry = abs(rx), abs(ry)
	if rx == 0 || ry == 0 || (from.X == x && from.Y == y) {
		p.LineTo(x, y)
		return
	}
	// Endpoint to centre parameterisation (SVG 1.1 appendix F.6.5), no rotation.
	dx, dy := (from.X-x)/2, (from.Y-y)/2
	if l := dx*dx/(rx*rx) + dy*dy/(ry*ry); l > 1 {
		s := float32(math.Sqrt(float64(l)))
		rx, ry = rx*s, ry*s
	}
	num := rx*rx*ry*ry - rx*rx*dy*dy - ry*ry*dx*dx
	den := rx*rx*dy*dy + ry*ry*dx*dx
	co := float32(math.Sqrt(math.Max(0, float64(num/den))))
	if large == sweep {
		co = -co
	}
	cxp, cyp := co*rx*dy/ry, -co*ry*dx/rx
	cx, cy := cxp+(from.X+x)/2, cyp+(from.Y+y)/2
	a0 := atan2((dy-cyp)/ry, (dx-cxp)/rx)
	a1 := atan2((-dy-cyp)/ry, (-dx-cxp)/rx)
	d := a1 - a0
	if sweep && d < 0 {
		d += 2 * math.Pi
	} else if !sweep && d > 0 {
		d -= 2 * math.Pi
	}
	// Draw on a unit circle and scale, so ellipses come out right.
	n := max(quarters(d), 1)
	step := d / float32(n)
	k := 4.0 / 3.0 * float32(math.Tan(float64(step)/4))
	a := a0
	for range n {
		b := a + step
		ca, sa, cb, sb := cos(a), sin(a), cos(b), sin(b)
		p.CubeTo(cx+rx*(ca-k*sa), cy+ry*(sa+k*ca), cx+rx*(cb+k*sb), cy+ry*(sb-k*cb), cx+rx*cb, cy+ry*sb)
		a = b
	}
}

// quarters returns how many cubics of at most a quarter turn an arc of
// sweep radians needs (a hair over a quarter still counts as one).
func quarters(sweep float32) int {
	return int(math.Ceil(float64(abs(sweep))/(math.Pi/2) - 1e-4))
}

// Circle adds a closed circle of radius r around (cx, cy).
func (p *Path) Circle(cx, cy, r float32) {
	p.MoveTo(cx+r, cy)
	p.ArcTo(cx, cy, r, 0, 2*math.Pi)
	p.Close()
}

// RoundRect adds a closed rectangle with corners of radius rad (limited to
// half the shorter side).
func (p *Path) RoundRect(r Rect, rad float32) {
	rad = clampf(rad, 0, min(r.W, r.H)/2)
	x0, y0, x1, y1 := r.X, r.Y, r.X+r.W, r.Y+r.H
	if rad == 0 {
		p.MoveTo(x0, y0)
		p.LineTo(x1, y0)
		p.LineTo(x1, y1)
		p.LineTo(x0, y1)
		p.Close()
		return
	}
	p.MoveTo(x0+rad, y0)
	p.ArcTo(x1-rad, y0+rad, rad, -math.Pi/2, 0)
	p.ArcTo(x1-rad, y1-rad, rad, 0, math.Pi/2)
	p.ArcTo(x0+rad, y1-rad, rad, math.Pi/2, math.Pi)
	p.ArcTo(x0+rad, y0+rad, rad, math.Pi, 3*math.Pi/2)
	p.Close()
}

// Transform returns a copy of p scaled by s around the origin and then moved by (dx, dy).
func (p Path) Transform(s, dx, dy float32) Path {
	q := make(Path, len(p))
	for i, seg := range p {
		for j := range seg.P {
			seg.P[j] = Point{seg.P[j].X*s + dx, seg.P[j].Y*s + dy}
		}
		q[i] = seg
	}
	return q
}

// Bounds returns the rectangle spanned by p's points (control points included).
func (p Path) Bounds() Rect {
	if len(p) == 0 {
		return Rect{}
	}
	minX, minY := float32(math.Inf(1)), float32(math.Inf(1))
	maxX, maxY := float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, s := range p {
		n := [...]int{MoveTo: 1, LineTo: 1, QuadTo: 2, CubeTo: 3, Close: 0}[s.Verb]
		for _, q := range s.P[:n] {
			minX, minY = min(minX, q.X), min(minY, q.Y)
			maxX, maxY = max(maxX, q.X), max(maxY, q.Y)
		}
	}
	if minX > maxX {
		return Rect{}
	}
	return Rect{minX, minY, maxX - minX, maxY - minY}
}

func abs(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}
func cos(a float32) float32      { return float32(math.Cos(float64(a))) }
func sin(a float32) float32      { return float32(math.Sin(float64(a))) }
func atan2(y, x float32) float32 { return float32(math.Atan2(float64(y), float64(x))) }
