package render

import (
	"math"
	"testing"
)

func TestParsePath(t *testing.T) {
	p, err := ParsePath("M3 9l9-7 9 7v11a2 2 0 0 1-2 2H5z m1 1h.5")
	if err != nil {
		t.Fatal(err)
	}
	want := []Verb{MoveTo, LineTo, LineTo, LineTo, CubeTo, LineTo, Close, MoveTo, LineTo}
	if len(p) != len(want) {
		t.Fatalf("got %d segments %v", len(p), p)
	}
	for i, v := range want {
		if p[i].Verb != v {
			t.Errorf("segment %d: verb %d, want %d", i, p[i].Verb, v)
		}
	}
	if got := p[2].P[0]; got != (Point{21, 9}) {
		t.Errorf("relative l: %v", got)
	}
	if got := p[4].P[2]; abs(got.X-19) > 1e-3 || abs(got.Y-22) > 1e-3 {
		t.Errorf("arc ends at %v, want (19, 22)", got)
	}
	// After z the pen is back at (3, 9); "m1 1" is relative to it.
	if got := p[7].P[0]; got != (Point{4, 10}) {
		t.Errorf("m after z: %v", got)
	}
}

func TestParsePathErrors(t *testing.T) {
	for _, d := range []string{"9 9", "M1", "M1 x", "L1 2 3", "Mz"} {
		if _, err := ParsePath(d); err == nil {
			t.Errorf("ParsePath(%q) succeeded", d)
		}
	}
}

func TestCircleIsRound(t *testing.T) {
	var p Path
	p.Circle(10, 10, 5)
	// Sample each cubic at its middle: it must lie on the circle.
	pen := p[0].P[0]
	for _, s := range p[1:] {
		if s.Verb != CubeTo {
			continue
		}
		mx := (pen.X + 3*s.P[0].X + 3*s.P[1].X + s.P[2].X) / 8
		my := (pen.Y + 3*s.P[0].Y + 3*s.P[1].Y + s.P[2].Y) / 8
		if r := math.Hypot(float64(mx-10), float64(my-10)); math.Abs(r-5) > 0.01 {
			t.Errorf("cubic midpoint at radius %v", r)
		}
		pen = s.P[2]
	}
	if len(p) != 6 { // move, four quarter arcs, close
		t.Errorf("circle has %d segments", len(p))
	}
	if b := p.Bounds(); b.X > 5 || b.Y > 5 || b.X+b.W < 15 || b.Y+b.H < 15 {
		t.Errorf("bounds %v do not hold the circle", b)
	}
}
