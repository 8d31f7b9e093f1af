package webgpu

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/genui/genui/render"
	"github.com/genui/genui/render/webgpu/internal/glyph"
)

// ids is a picture of which op (by fill colour) shows at each pixel centre.
type ids struct {
	w, h int
	pix  []uint32
}

func newIDs(w, h int) *ids { return &ids{w, h, make([]uint32, w*h)} }

// paintRect paints the pixel centres inside r.
func (m *ids) paintRect(r [4]float32, c uint32) {
	for y := range m.h {
		for x := range m.w {
			px, py := float32(x)+0.5, float32(y)+0.5
			if px >= r[0] && px < r[0]+r[2] && py >= r[1] && py < r[1]+r[3] {
				m.pix[y*m.w+x] = c
			}
		}
	}
}

// paintTris paints the pixel centres inside r where tris wind non-zero.
func (m *ids) paintTris(tris []pt, r [4]float32, c uint32) {
	for y := range m.h {
		for x := range m.w {
			q := pt{float32(x) + 0.5, float32(y) + 0.5}
			if q.x >= r[0] && q.x < r[0]+r[2] && q.y >= r[1] && q.y < r[1]+r[3] && winding(tris, q) != 0 {
				m.pix[y*m.w+x] = c
			}
		}
	}
}

// execute plays f's draw calls the way the GPU does, without
// anti-aliasing: each quad paints its rectangle, each cover quad the
// pixels its stencil pass wound.
func execute(f *frame) *ids {
	m := newIDs(f.w, f.h)
	le := binary.LittleEndian
	quad := func(i uint32) ([4]float32, uint32) {
		b := f.inst[i*instanceSize:]
		var r [4]float32
		for k := range r {
			r[k] = math.Float32frombits(le.Uint32(b[4*k:]))
		}
		return r, le.Uint32(b[40:])
	}
	var tris []pt
	for _, d := range f.draws {
		switch d.kind {
		case drawQuads:
			for i := d.first; i < d.first+d.count; i++ {
				m.paintRect(quad(i))
			}
		case drawStencil:
			tris = tris[:0]
			for i := d.first; i < d.first+d.count; i++ {
				b := f.verts[i*vertexSize:]
				tris = append(tris, pt{math.Float32frombits(le.Uint32(b)), math.Float32frombits(le.Uint32(b[4:]))})
			}
		case drawCover:
			// Paths of a batch never overlap, so each cover may test the
			// winding of the whole batch's triangles.
			for i := d.first; i < d.first+d.count; i++ {
				r, c := quad(i)
				m.paintTris(tris, r, c)
			}
		case drawSolid:
			for i := d.first; i < d.first+d.count; i += 3 {
				var tri []pt
				for k := range uint32(3) {
					b := f.solid[(i+k)*solidSize:]
					tri = append(tri, pt{math.Float32frombits(le.Uint32(b)), math.Float32frombits(le.Uint32(b[4:]))})
				}
				if tri[1].sub(tri[0]).cross(tri[2].sub(tri[0])) < 0 {
					tri[1], tri[2] = tri[2], tri[1]
				}
				m.paintTris(tri, [4]float32{0, 0, float32(m.w), float32(m.h)}, le.Uint32(f.solid[i*solidSize+8:]))
			}
		}
	}
	return m
}

// reference paints l's rects and paths one by one in list order.
func reference(l *render.List, s float32, w, h int) *ids {
	m := newIDs(w, h)
	for _, op := range l.Ops {
		switch op.Kind {
		case render.OpRect:
			m.paintRect(devRect(op.Rect, s), rgba(op.Fill))
		case render.OpPath:
			var t tessellator
			t.fill(op.Path, s)
			m.paintTris(t.tris, [4]float32{0, 0, float32(w), float32(h)}, rgba(op.Fill))
		}
	}
	return m
}

// randomList returns rects and paths strewn over a small page, many
// overlapping, each in its own colour: convex and concave, opaque and
// translucent paths, so that all three ways of drawing are exercised.
func randomList(rng *rand.Rand, n int) *render.List {
	l := &render.List{Width: 64, Height: 48}
	for i := range n {
		c := render.Color{R: uint8(i), G: uint8(i >> 8), B: 7, A: 255}
		x, y := float32(rng.IntN(56)), float32(rng.IntN(40))
		w, h := float32(2+rng.IntN(20)), float32(2+rng.IntN(16))
		if rng.IntN(2) == 0 {
			var p render.Path
			p.MoveTo(x, y)
			p.LineTo(x+w, y+h/3)
			if rng.IntN(2) == 0 {
				p.LineTo(x+w/3, y+h/3) // a notch: concave
			}
			p.LineTo(x+w/3, y+h)
			p.Close()
			if rng.IntN(2) == 0 {
				c.A = 0x80
			}
			l.Ops = append(l.Ops, render.Op{Kind: render.OpPath, Path: p, Fill: c})
		} else {
			l.Ops = append(l.Ops, render.Op{Kind: render.OpRect, Rect: render.XYWH(x, y, w, h), Fill: c})
		}
	}
	return l
}

func TestBatchingKeepsPaintersOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	kinds := map[drawKind]int{}
	defer func() {
		if kinds[drawQuads] == 0 || kinds[drawStencil] == 0 || kinds[drawCover] == 0 || kinds[drawSolid] == 0 {
			t.Errorf("not every kind of draw was tested: %v", kinds)
		}
	}()
	for trial := range 40 {
		l := randomList(rng, 5+trial)
		var f frame
		var g glyphAtlas
		f.build(l, 1, &g, nil)
		f.take(&g)
		got, want := execute(&f), reference(l, 1, f.w, f.h)
		for i := range got.pix {
			if got.pix[i] != want.pix[i] {
				t.Fatalf("trial %d: pixel (%d, %d) shows %#x, painter's order shows %#x (%d draws)",
					trial, i%got.w, i/got.w, got.pix[i], want.pix[i], len(f.draws))
			}
		}
		if len(f.draws) > 2*len(l.Ops) {
			t.Fatalf("trial %d: %d draws for %d ops", trial, len(f.draws), len(l.Ops))
		}
		for _, d := range f.draws {
			kinds[d.kind]++
		}
	}
}

// dashboard returns a list shaped like a dashboard spec's: a page of
// cards, each with text, an icon, a stat and a chart of bars and a line.
func dashboard() *render.List {
	l := &render.List{Width: 960, Height: 720, Background: render.Hex(0xffffff)}
	op := func(o render.Op) { l.Ops = append(l.Ops, o) }
	ink, muted, border := render.Hex(0x09090b), render.Hex(0x71717a), render.Hex(0xe4e4e7)
	accent := render.Hex(0x4f46e5)
	for i := range 6 {
		x, y := float32(24+(i%3)*312), float32(24+(i/3)*348)
		op(render.Op{Kind: render.OpBegin, Rect: render.XYWH(x, y, 296, 332), Group: &render.Group{Role: "group", Name: "card"}})
		op(render.Op{Kind: render.OpRect, Rect: render.XYWH(x, y+1, 296, 332), Radius: 12, Fill: render.Hex(0).Alpha(0.05)})
		op(render.Op{Kind: render.OpRect, Rect: render.XYWH(x, y, 296, 332), Radius: 12, Fill: render.Hex(0xffffff), Stroke: border, StrokeWidth: 1})
		op(render.Op{Kind: render.OpText, Rect: render.XYWH(x+16, y+16, 120, 20), Baseline: y + 31, Text: "Monthly revenue", Font: render.Font{Face: render.Medium, Size: 14}, Fill: muted})
		op(render.Op{Kind: render.OpText, Rect: render.XYWH(x+16, y+40, 120, 36), Baseline: y + 68, Text: "$48,291", Font: render.Font{Face: render.Bold, Size: 28}, Fill: ink})
		var icon render.Path
		icon.Circle(x+268, y+24, 8)
		op(render.Op{Kind: render.OpPath, Path: icon, Stroke: muted, StrokeWidth: 1.5})
		for b := range 8 {
			h := float32(20 + (b*37+i*11)%120)
			var bar render.Path
			bar.RoundRect(render.XYWH(x+16+float32(b)*34, y+300-h, 26, h), 4)
			op(render.Op{Kind: render.OpPath, Path: bar, Fill: accent})
			op(render.Op{Kind: render.OpText, Rect: render.XYWH(x+18+float32(b)*34, y+306, 24, 16), Baseline: y + 318, Text: "Mar", Font: render.Font{Size: 11}, Fill: muted})
		}
		var line render.Path
		line.MoveTo(x+16, y+200)
		for k := 1; k <= 8; k++ {
			line.LineTo(x+16+float32(k)*33, y+200-float32((k*29+i*7)%60))
		}
		op(render.Op{Kind: render.OpPath, Path: line, Stroke: render.Hex(0x16a34a), StrokeWidth: 2})
		op(render.Op{Kind: render.OpEnd})
	}
	return l
}

func TestDashboardFrame(t *testing.T) {
	l := dashboard()
	var f frame
	var g glyphAtlas
	f.build(l, 2, &g, nil)
	f.take(&g)
	ops := 0
	for _, o := range l.Ops {
		if o.Kind != render.OpBegin && o.Kind != render.OpEnd {
			ops++
		}
	}
	first := f.stats
	t.Logf("dashboard at 2×: %d ops → %d draw calls, %d quads, %d triangles, %d bytes uploaded (%d atlas areas)",
		ops, first.DrawCalls, first.Quads, first.Triangles, first.BytesUploaded, len(f.atlasAreas))
	// The six cards do not overlap, so their paths batch across cards:
	// a handful of draw calls, not one per op.
	if first.DrawCalls > 10 {
		t.Errorf("%d draw calls for %d ops", first.DrawCalls, ops)
	}
	if len(f.inst) != first.Quads*instanceSize || len(f.verts)/vertexSize+len(f.solid)/solidSize != first.Triangles*3 {
		t.Errorf("buffers of %d, %d and %d bytes for %d quads and %d triangles", len(f.inst), len(f.verts), len(f.solid), first.Quads, first.Triangles)
	}
	// The next frame of the same list finds every glyph in the atlas and
	// uploads only its instances, vertices and view.
	f.build(l, 2, &g, nil)
	f.take(&g)
	if len(f.atlasAreas) != 0 {
		t.Errorf("second frame uploads atlas areas %v", f.atlasAreas)
	}
	if want := len(f.inst) + len(f.verts) + len(f.solid) + uniformSize; f.stats.BytesUploaded != want {
		t.Errorf("second frame uploads %d bytes, want %d", f.stats.BytesUploaded, want)
	}
	if f.stats.DrawCalls != first.DrawCalls {
		t.Errorf("second frame: %d draw calls, first %d", f.stats.DrawCalls, first.DrawCalls)
	}
}

func TestGlyphAtlasFillsAndGrows(t *testing.T) {
	// Forty sizes of the alphabet overflow the smallest atlas: the frame
	// resets it, grows it and still draws every glyph.
	l := &render.List{Width: 400, Height: 400}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	for i := range 40 {
		l.Ops = append(l.Ops, render.Op{Kind: render.OpText, Text: alphabet, Baseline: float32(10 + i*9),
			Font: render.Font{Size: 8 + float32(i)}, Fill: render.Hex(0)})
	}
	var f frame
	var g glyphAtlas
	f.build(l, 1, &g, nil)
	f.take(&g)
	if g.size <= atlasMin {
		t.Errorf("atlas still %d px", g.size)
	}
	if f.stats.Quads != 40*len(alphabet) {
		t.Errorf("%d glyph quads, want %d", f.stats.Quads, 40*len(alphabet))
	}
	// Every glyph quad samples texels inside the atlas, at its own size.
	le := binary.LittleEndian
	for i := range f.stats.Quads {
		b := f.inst[i*instanceSize:]
		w, h := math.Float32frombits(le.Uint32(b[8:])), math.Float32frombits(le.Uint32(b[12:]))
		u0, v0 := math.Float32frombits(le.Uint32(b[16:])), math.Float32frombits(le.Uint32(b[20:]))
		u1, v1 := math.Float32frombits(le.Uint32(b[24:])), math.Float32frombits(le.Uint32(b[28:]))
		if u1-u0 != w || v1-v0 != h || u1 > float32(g.size) || v1 > float32(g.size) || u0 < 0 || v0 < 0 {
			t.Fatalf("glyph %d: %v×%v quad samples (%v,%v)-(%v,%v) of a %d atlas", i, w, h, u0, v0, u1, v1, g.size)
		}
	}
}

func TestShelfPacker(t *testing.T) {
	var p shelfPacker
	p.reset(64)
	type r struct{ x, y, w, h int }
	var got []r
	rng := rand.New(rand.NewPCG(5, 6))
	for {
		w, h := 1+rng.IntN(12), 1+rng.IntN(12)
		x, y, ok := p.alloc(w, h)
		if !ok {
			break
		}
		got = append(got, r{x, y, w, h})
	}
	area := 0
	for i, a := range got {
		area += a.w * a.h
		if a.x < 0 || a.y < 0 || a.x+a.w > 64 || a.y+a.h > 64 {
			t.Fatalf("rect %d %+v leaves the atlas", i, a)
		}
		for _, b := range got[:i] {
			if a.x < b.x+b.w && b.x < a.x+a.w && a.y < b.y+b.h && b.y < a.y+a.h {
				t.Fatalf("rects %+v and %+v overlap", a, b)
			}
		}
	}
	if area < 64*64/3 {
		t.Errorf("packed %d px² of 4096 before filling up", area)
	}
	if _, _, ok := p.alloc(65, 1); ok {
		t.Error("a rect wider than the atlas was placed")
	}
}

func BenchmarkDashboardFrame(b *testing.B) {
	l := dashboard()
	var f frame
	var g glyphAtlas
	f.build(l, 2, &g, nil)
	b.ReportAllocs()
	for b.Loop() {
		f.build(l, 2, &g, nil)
		f.take(&g)
	}
}

func TestTextPastTheLargestMask(t *testing.T) {
	// An H at 1000 px is drawn from a mask of glyph.MaxPPEM stretched to
	// its size: as tall as the face's capitals at 1000 px.
	f := render.Font{Size: 1000}
	l := &render.List{Width: 900, Height: 1200, Ops: []render.Op{
		{Kind: render.OpText, Text: "H", Rect: render.XYWH(10, 0, 800, 1200), Baseline: 1000, Font: f, Fill: render.Hex(0)},
	}}
	var fr frame
	var g glyphAtlas
	fr.build(l, 1, &g, nil)
	fr.take(&g)
	if fr.stats.Quads != 1 {
		t.Fatalf("%d quads", fr.stats.Quads)
	}
	h := math.Float32frombits(binary.LittleEndian.Uint32(fr.inst[12:]))
	if cap := f.CapHeight(); math.Abs(float64(h-cap)) > 4 {
		t.Errorf("the H is %v px tall, its capitals %v", h, cap)
	}
}

func TestRebuiltFrameKeepsAtlasUploads(t *testing.T) {
	// A frame built twice (the picture atlas was reset meanwhile) uploads
	// the glyphs the first build added too.
	l := &render.List{Width: 100, Height: 40, Ops: []render.Op{
		{Kind: render.OpText, Text: "Posts", Baseline: 20, Font: render.Font{Size: 14}, Fill: render.Hex(0)},
	}}
	var f frame
	var g glyphAtlas
	f.build(l, 1, &g, nil)
	f.build(l, 1, &g, nil)
	f.take(&g)
	covered := 0
	for _, a := range f.atlasAreas {
		covered += a.w * a.h
	}
	if covered == 0 {
		t.Fatal("the glyphs of the first build are not uploaded")
	}
	for _, s := range g.slots {
		in := s.w == 0
		for _, a := range f.atlasAreas {
			in = in || (int(s.x) >= a.x && int(s.y) >= a.y && int(s.x+s.w) <= a.x+a.w && int(s.y+s.h) <= a.y+a.h)
		}
		if !in {
			t.Errorf("glyph slot %+v is in no uploaded area %v", s, f.atlasAreas)
		}
	}
}

// countingGlyphs stands in for the browser's rasteriser of CJK runes.
type countingGlyphs struct {
	runes []rune
	z     glyph.Rasterizer
}

func (c *countingGlyphs) Glyph(face render.Face, ppem float32, r rune, dx float32, dst []byte) glyph.Mask {
	c.runes = append(c.runes, r)
	return c.z.Glyph(face, ppem, 'W', dx, dst)
}

func TestCJKRunesGoToTheFallback(t *testing.T) {
	l := &render.List{Width: 200, Height: 40, Ops: []render.Op{
		{Kind: render.OpText, Text: "登入 Sign in。", Baseline: 20, Font: render.Font{Size: 14}, Fill: render.Hex(0)},
	}}
	var f frame
	fb := &countingGlyphs{}
	g := glyphAtlas{fallback: fb}
	f.build(l, 1, &g, nil)
	if got := string(fb.runes); got != "登入。" {
		t.Errorf("the fallback rasterised %q, want the CJK runes", got)
	}
	if f.stats.Quads != 9 {
		t.Errorf("%d glyph quads, want 9", f.stats.Quads)
	}
}
