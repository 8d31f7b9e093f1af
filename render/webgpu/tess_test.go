package webgpu

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/genui/genui/render"
)

// winding returns what the stencil pass counts at q: the sum over tris of
// +1 for each positively wound triangle holding q and -1 for each
// negatively wound one.
func winding(tris []pt, q pt) int {
	w := 0
	for i := 0; i+2 < len(tris); i += 3 {
		a, b, c := tris[i], tris[i+1], tris[i+2]
		d := b.sub(a).cross(c.sub(a))
		if d == 0 {
			continue
		}
		s1, s2, s3 := b.sub(a).cross(q.sub(a)), c.sub(b).cross(q.sub(b)), a.sub(c).cross(q.sub(c))
		if d > 0 && s1 >= 0 && s2 >= 0 && s3 >= 0 {
			w++
		} else if d < 0 && s1 <= 0 && s2 <= 0 && s3 <= 0 {
			w--
		}
	}
	return w
}

// segDist returns the distance from q to the segment ab.
func segDist(q, a, b pt) float32 {
	ab, aq := b.sub(a), q.sub(a)
	l2 := ab.x*ab.x + ab.y*ab.y
	t := float32(0)
	if l2 > 0 {
		t = min(max((aq.x*ab.x+aq.y*ab.y)/l2, 0), 1)
	}
	return q.sub(a.add(ab.mul(t))).len()
}

// checkRegion samples random points of r and compares the tessellation's
// non-zero coverage with inside, skipping points within margin of the
// boundary, where dist says how far a point is from it.
func checkRegion(t *testing.T, name string, tris []pt, r render.Rect, inside func(pt) bool, dist func(pt) float32) {
	t.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	const margin = flattenTol + 0.05
	bad, tested := 0, 0
	for range 4000 {
		q := pt{r.X + rng.Float32()*r.W, r.Y + rng.Float32()*r.H}
		if dist(q) < margin {
			continue
		}
		tested++
		if got, want := winding(tris, q) != 0, inside(q); got != want {
			if bad < 5 {
				t.Errorf("%s: at %v covered %v, want %v (winding %d)", name, q, got, want, winding(tris, q))
			}
			bad++
		}
	}
	if tested < 1000 {
		t.Errorf("%s: only %d points tested", name, tested)
	}
}

func TestFillPolygonWinding(t *testing.T) {
	// A pentagram, whose centre non-zero fills (winding 2) and even-odd
	// would not, and a square with a square hole wound the other way.
	var star []pt
	for i := range 5 {
		a := -math.Pi/2 + float64(i)*4*math.Pi/5
		star = append(star, pt{float32(50 + 40*math.Cos(a)), float32(50 + 40*math.Sin(a))})
	}
	polys := [][]pt{
		star,
		{{110, 10}, {190, 10}, {190, 90}, {110, 90}},
		{{130, 30}, {130, 70}, {170, 70}, {170, 30}},
	}
	var p render.Path
	var edges [][2]pt
	for _, poly := range polys {
		for i, q := range poly {
			if i == 0 {
				p.MoveTo(q.x, q.y)
			} else {
				p.LineTo(q.x, q.y)
			}
			edges = append(edges, [2]pt{q, poly[(i+1)%len(poly)]})
		}
		p.Close()
	}
	var ts tessellator
	ts.fill(p, 1)
	inside := func(q pt) bool {
		// Non-zero winding of the polygons, by casting a ray to the right.
		w := 0
		for _, e := range edges {
			a, b := e[0], e[1]
			if (a.y <= q.y) != (b.y <= q.y) && a.x+(q.y-a.y)/(b.y-a.y)*(b.x-a.x) > q.x {
				if b.y > a.y {
					w++
				} else {
					w--
				}
			}
		}
		return w != 0
	}
	dist := func(q pt) float32 {
		d := float32(math.Inf(1))
		for _, e := range edges {
			d = min(d, segDist(q, e[0], e[1]))
		}
		return d
	}
	checkRegion(t, "star and holed square", ts.tris, render.XYWH(0, 0, 200, 100), inside, dist)
	if w := winding(ts.tris, pt{50, 52}); w != 2 && w != -2 {
		t.Errorf("the pentagram's centre has winding %d, want ±2", w)
	}
	if w := winding(ts.tris, pt{150, 50}); w != 0 {
		t.Errorf("the hole has winding %d, want 0", w)
	}
}

func TestFillCircleAtScale(t *testing.T) {
	var p render.Path
	p.Circle(20, 20, 15) // cubic arcs, drawn at 3× device pixels
	var ts tessellator
	ts.fill(p, 3)
	c := pt{60, 60}
	inside := func(q pt) bool { return q.sub(c).len() < 45 }
	dist := func(q pt) float32 { return float32(math.Abs(float64(q.sub(c).len() - 45))) }
	checkRegion(t, "circle", ts.tris, render.XYWH(0, 0, 120, 120), inside, dist)
}

func TestStrokePolyline(t *testing.T) {
	// An open zigzag with a sharp turn, a reversal and a collinear point:
	// round joins, round caps, overlapping pieces counted once.
	pts := []pt{{10, 10}, {60, 40}, {20, 45}, {70, 45}, {90, 45}, {40, 45}}
	var p render.Path
	for i, q := range pts {
		if i == 0 {
			p.MoveTo(q.x, q.y)
		} else {
			p.LineTo(q.x, q.y)
		}
	}
	const w = 6
	var ts tessellator
	ts.stroke(p, w, 1)
	dist := func(q pt) float32 {
		d := float32(math.Inf(1))
		for i := 1; i < len(pts); i++ {
			d = min(d, segDist(q, pts[i-1], pts[i]))
		}
		return d
	}
	inside := func(q pt) bool { return dist(q) < w/2 }
	edge := func(q pt) float32 { return float32(math.Abs(float64(dist(q) - w/2))) }
	checkRegion(t, "zigzag", ts.tris, render.XYWH(0, 0, 100, 60), inside, edge)
	for i := 0; i+2 < len(ts.tris); i += 3 {
		if d := ts.tris[i+1].sub(ts.tris[i]).cross(ts.tris[i+2].sub(ts.tris[i])); d < 0 {
			t.Fatalf("triangle %d is wound negatively", i/3)
		}
	}
}

func TestStrokeClosedCurveAndDot(t *testing.T) {
	var p render.Path
	p.Circle(30, 30, 20)
	p.MoveTo(80, 30)
	p.LineTo(80, 30) // zero length: a round dot
	var ts tessellator
	ts.stroke(p, 4, 2)
	c, dot := pt{60, 60}, pt{160, 60}
	dist := func(q pt) float32 {
		ring := float32(math.Abs(float64(q.sub(c).len() - 40)))
		return min(ring, q.sub(dot).len())
	}
	inside := func(q pt) bool { return dist(q) < 4 }
	edge := func(q pt) float32 { return float32(math.Abs(float64(dist(q) - 4))) }
	checkRegion(t, "ring and dot", ts.tris, render.XYWH(0, 0, 200, 120), inside, edge)
}

func TestFlattenTolerance(t *testing.T) {
	var p render.Path
	p.MoveTo(0, 0)
	p.CubeTo(0, 100, 100, -50, 100, 50)
	p.QuadTo(150, 150, 200, 50)
	var ts tessellator
	ts.flatten(p, 1)
	if len(ts.lines) != 1 {
		t.Fatalf("%d polylines, want 1", len(ts.lines))
	}
	poly := ts.pts[ts.lines[0].start:ts.lines[0].end]
	// Every point of the true curves lies within the tolerance of the polyline.
	cubic := func(u float32) pt {
		a, b, c, d := pt{0, 0}, pt{0, 100}, pt{100, -50}, pt{100, 50}
		v := 1 - u
		return a.mul(v * v * v).add(b.mul(3 * v * v * u)).add(c.mul(3 * v * u * u)).add(d.mul(u * u * u))
	}
	quad := func(u float32) pt {
		a, b, c := pt{100, 50}, pt{150, 150}, pt{200, 50}
		v := 1 - u
		return a.mul(v * v).add(b.mul(2 * v * u)).add(c.mul(u * u))
	}
	for i := 0; i <= 1000; i++ {
		u := float32(i) / 1000
		for _, q := range []pt{cubic(u), quad(u)} {
			d := float32(math.Inf(1))
			for j := 1; j < len(poly); j++ {
				d = min(d, segDist(q, poly[j-1], poly[j]))
			}
			if d > flattenTol*1.01 {
				t.Fatalf("curve point %v is %.3f px from the polyline", q, d)
			}
		}
	}
	if len(poly) > 120 {
		t.Errorf("%d points: flattening is wasteful", len(poly))
	}
}

func TestTessellateHostile(t *testing.T) {
	nan := float32(math.NaN())
	inf := float32(math.Inf(1))
	paths := []render.Path{
		nil,
		{{Verb: render.Close}},
		{{Verb: render.LineTo, P: [3]render.Point{{X: 5, Y: 5}}}}, // no MoveTo: starts at the origin
		{{Verb: render.MoveTo, P: [3]render.Point{{X: nan, Y: 1}}}, {Verb: render.LineTo, P: [3]render.Point{{X: inf, Y: 2}}}},
		{{Verb: render.MoveTo}, {Verb: render.CubeTo, P: [3]render.Point{{X: 1e30, Y: 1e30}, {X: -1e30, Y: 1e30}, {X: 3, Y: 3}}}},
	}
	for i, p := range paths {
		var ts tessellator
		ts.fill(p, 1)
		ts.stroke(p, 2, 1)
		if len(ts.tris)%3 != 0 || len(ts.tris) > 3*4096 {
			t.Errorf("path %d: %d points", i, len(ts.tris))
		}
	}
}

func BenchmarkTessellateChartLine(b *testing.B) {
	var p render.Path
	p.MoveTo(0, 100)
	for i := 1; i <= 24; i++ {
		x := float32(i) * 20
		p.CubeTo(x-13, 100-float32(i%5)*15, x-7, 100-float32((i+2)%5)*15, x, 100-float32((i+1)%5)*15)
	}
	var ts tessellator
	b.ReportAllocs()
	for b.Loop() {
		ts.tris = ts.tris[:0]
		ts.stroke(p, 2, 2)
	}
}

func TestConvex(t *testing.T) {
	poly := func(pts ...float32) render.Path {
		var p render.Path
		p.MoveTo(pts[0], pts[1])
		for i := 2; i < len(pts); i += 2 {
			p.LineTo(pts[i], pts[i+1])
		}
		p.Close()
		return p
	}
	var circle, two render.Path
	circle.Circle(10, 10, 8)
	two.RoundRect(render.XYWH(0, 0, 10, 10), 2)
	two.RoundRect(render.XYWH(20, 0, 10, 10), 2)
	var pentagram []float32
	for i := range 5 {
		a := -math.Pi/2 + float64(i)*4*math.Pi/5
		pentagram = append(pentagram, float32(50+40*math.Cos(a)), float32(50+40*math.Sin(a)))
	}
	for name, c := range map[string]struct {
		p    render.Path
		want bool
	}{
		"square":          {poly(0, 0, 10, 0, 10, 10, 0, 10), true},
		"square reversed": {poly(0, 0, 0, 10, 10, 10, 10, 0), true},
		"collinear":       {poly(0, 0, 5, 0, 10, 0, 10, 10, 0, 10), true},
		"notch":           {poly(0, 0, 10, 0, 5, 5, 10, 10, 0, 10), false},
		"pentagram":       {poly(pentagram...), false},
		"circle":          {circle, true},
		"two subpaths":    {two, false},
		"segment":         {poly(0, 0, 10, 10), false},
	} {
		var ts tessellator
		ts.fill(c.p, 1)
		if got := ts.convex(); got != c.want {
			t.Errorf("%s: convex %v, want %v", name, got, c.want)
		}
	}
}

// FuzzTessellate draws paths made of the fuzzer's bytes: any path, however
// degenerate, tessellates without panicking into whole triangles, and a
// stroke's are all wound positively.
func FuzzTessellate(f *testing.F) {
	f.Add([]byte{0, 10, 10, 1, 50, 10, 3, 60, 40, 20, 50, 10, 10, 4}, float32(2), float32(1))
	f.Add([]byte{2, 0, 0, 2, 5, 5, 4, 4, 1, 255, 255}, float32(0.5), float32(3))
	f.Fuzz(func(t *testing.T, data []byte, w, s float32) {
		var p render.Path
		for len(data) >= 7 && len(p) < 64 {
			v := render.Verb(data[0] % 5)
			var seg render.Seg
			seg.Verb = v
			for i := range seg.P {
				seg.P[i] = render.Pt(float32(int8(data[1+2*i%6]))*4, float32(int8(data[2+2*i%6]))*4)
			}
			p = append(p, seg)
			data = data[7:]
		}
		if !(s > 0 && s <= 8) {
			s = 1
		}
		if !(w >= 0 && w <= 64) {
			w = 1
		}
		var ts tessellator
		ts.fill(p, s)
		n := len(ts.tris)
		ts.stroke(p, w, s)
		if len(ts.tris)%3 != 0 || n%3 != 0 {
			t.Fatalf("%d points, not whole triangles", len(ts.tris))
		}
		for i := n; i+2 < len(ts.tris); i += 3 {
			if d := ts.tris[i+1].sub(ts.tris[i]).cross(ts.tris[i+2].sub(ts.tris[i])); d < 0 {
				t.Fatalf("stroke triangle %d wound negatively (%v)", (i-n)/3, d)
			}
		}
	})
}
