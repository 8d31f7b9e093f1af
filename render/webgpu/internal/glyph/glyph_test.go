package glyph

import (
	"math"
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/genui/genui/render"
)

// outlineArea returns the area inside r's outline at ppem by the shoelace
// formula over finely flattened segments: what exact area coverage must sum to.
func outlineArea(t *testing.T, face render.Face, ppem float32, r rune) float64 {
	var buf sfnt.Buffer
	ft := font(face)
	gi, err := ft.GlyphIndex(&buf, r)
	if err != nil {
		t.Fatal(err)
	}
	segs, err := ft.LoadGlyph(&buf, gi, fixed.Int26_6(ppem*64+0.5), nil)
	if err != nil {
		t.Fatal(err)
	}
	var area float64
	var pen, start [2]float64
	f := func(p fixed.Point26_6) [2]float64 { return [2]float64{float64(p.X) / 64, float64(p.Y) / 64} }
	edge := func(q [2]float64) {
		area += pen[0]*q[1] - q[0]*pen[1]
		pen = q
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			edge(start)
			pen, start = f(s.Args[0]), f(s.Args[0])
		case sfnt.SegmentOpLineTo:
			edge(f(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			p0, p1, p2 := pen, f(s.Args[0]), f(s.Args[1])
			for i := 1; i <= 64; i++ {
				u := float64(i) / 64
				v := 1 - u
				edge([2]float64{v*v*p0[0] + 2*v*u*p1[0] + u*u*p2[0], v*v*p0[1] + 2*v*u*p1[1] + u*u*p2[1]})
			}
		case sfnt.SegmentOpCubeTo:
			t.Fatal("the Go fonts are TrueType: no cubics expected")
		}
	}
	edge(start)
	return math.Abs(area / 2)
}

func coverage(m Mask) (sum, cx float64) {
	for y := range m.H {
		for x := range m.W {
			c := float64(m.Pix[y*m.W+x]) / 255
			sum += c
			cx += c * (float64(m.X+x) + 0.5)
		}
	}
	return sum, cx / sum
}

func TestGlyphCoverageIsArea(t *testing.T) {
	var z Rasterizer
	for _, c := range []struct {
		face render.Face
		ppem float32
		r    rune
	}{{render.Regular, 13, 'H'}, {render.Bold, 24, 'g'}, {render.Medium, 14.5, 'é'}, {render.Mono, 40, '@'}, {render.Regular, 9, 'ж'}} {
		m := z.Glyph(c.face, c.ppem, c.r, 0.25, nil)
		sum, _ := coverage(m)
		want := outlineArea(t, c.face, c.ppem, c.r)
		// Coverage is quantised to 1/255 per pixel.
		if tol := 0.01*want + float64(m.W*m.H)/255; math.Abs(sum-want) > tol {
			t.Errorf("%v %q at %v px: coverage %.2f px², outline area %.2f", c.face, c.r, c.ppem, sum, want)
		}
		if m.Y >= 0 || m.Y+m.H > int(c.ppem) || m.X < -2 {
			t.Errorf("%v %q at %v px: mask at (%d, %d) %d×%d lies off the baseline's glyph box", c.face, c.r, c.ppem, m.X, m.Y, m.W, m.H)
		}
	}
}

func TestGlyphSubpixelShift(t *testing.T) {
	var z Rasterizer
	m0 := z.Glyph(render.Regular, 13, 'l', 0, nil)
	_, prev := coverage(m0)
	for _, dx := range []float32{0.25, 0.5, 0.75} {
		_, c := coverage(z.Glyph(render.Regular, 13, 'l', dx, nil))
		if c <= prev {
			t.Errorf("dx %v did not move the glyph right", dx)
		}
		prev = c
	}
	// A whole pixel later, the same mask one column on.
	m1 := z.Glyph(render.Regular, 13, 'l', 1, nil)
	if m1.X != m0.X+1 || m1.Y != m0.Y || m1.W != m0.W || string(m1.Pix) != string(m0.Pix) {
		t.Errorf("dx 1: mask at (%d, %d), want (%d, %d) with the same pixels", m1.X, m1.Y, m0.X+1, m0.Y)
	}
}

func TestGlyphBlankAndMissing(t *testing.T) {
	var z Rasterizer
	if m := z.Glyph(render.Regular, 13, ' ', 0, nil); m.W != 0 || m.H != 0 || len(m.Pix) != 0 {
		t.Errorf("space: %+v", m)
	}
	notdef := z.Glyph(render.Regular, 13, 0xe000, 0, nil) // private use: not in the font
	box := z.Glyph(render.Regular, 13, 0xe001, 0, nil)
	if notdef.W == 0 || notdef.W != box.W || string(notdef.Pix) != string(box.Pix) {
		t.Errorf("missing runes do not draw the same .notdef box: %+v %+v", notdef, box)
	}
	for _, ppem := range []float32{0, -3, float32(math.NaN()), float32(math.Inf(1)), 1e9} {
		m := z.Glyph(render.Face(99), ppem, 'W', 0.5, nil)
		if len(m.Pix) != m.W*m.H || m.W > 2*MaxPPEM || m.H > 2*MaxPPEM {
			t.Errorf("ppem %v: %d×%d mask with %d bytes", ppem, m.W, m.H, len(m.Pix))
		}
	}
}

func TestGlyphReusesScratch(t *testing.T) {
	var z Rasterizer
	buf := make([]byte, 0, 4096)
	m := z.Glyph(render.Regular, 13, 'a', 0, buf)
	if &m.Pix[0] != &buf[:1][0] {
		t.Error("the mask did not reuse dst")
	}
	if n := testing.AllocsPerRun(50, func() { z.Glyph(render.Regular, 13, 'a', 0.5, buf) }); n > 0 {
		t.Errorf("%v allocations per glyph with scratch space", n)
	}
}

func BenchmarkGlyph(b *testing.B) {
	var z Rasterizer
	buf := make([]byte, 0, 4096)
	b.ReportAllocs()
	for b.Loop() {
		z.Glyph(render.Regular, 14, 'g', 0.25, buf)
	}
}
