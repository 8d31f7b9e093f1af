package webgpu

import (
	"encoding/binary"
	"math"
	"unicode/utf8"

	"github.com/genui/genui/render"
	"github.com/genui/genui/render/canvas"
	"github.com/genui/genui/render/webgpu/internal/glyph"
)

// This file turns a display list into one frame's GPU work, platform-free:
// the bytes of the instance and vertex buffers and the few draw calls
// that read them (see shader.go for the pipelines). The js/wasm side only
// uploads and submits what it builds, so draw calls and bytes per frame
// are measured natively.
//
// Rects, glyphs, pictures and the cover quads of paths are instances of
// one quad pipeline. A path is drawn in one of two ways. An opaque stroke,
// or an opaque fill whose outline is one convex polygon, is drawn directly
// as coloured triangles: overlapping pieces only paint the same colour
// twice. Any other path takes two steps: its triangles (tess.go) count its
// winding into the stencil buffer, then a cover quad over its bounds
// paints where the count is not zero and clears it again. Ops are grouped
// into batches so that one draw call serves many of them: painter's order
// only matters where two ops overlap, so each op joins the earliest batch
// of its kind that comes after the last batch it overlaps (Skia and
// Impeller reorder draws the same way). Stencilled paths of one batch
// never overlap one another, so they share a stencil pass.

// subpixels is how many horizontal positions within a pixel glyphs are
// rasterised at, as Skia does for horizontal text.
const subpixels = 4

// Quad kinds, the WGSL shader's Quad.kind.
const (
	kindRect  = iota // a rounded rectangle with an inner border: SDF coverage
	kindGlyph        // a glyph mask from the R8 atlas, tinted with fill
	kindImage        // a picture from the RGBA atlas, clipped to its rounded rect
	kindCover        // a flat quad painting where the stencil is set
)

// instance is one quad, laid out as the shader's vertex buffer reads it:
// 52 bytes (vertex strides need only be multiples of 4).
type instance struct {
	rect   [4]float32 // x, y, w, h in device pixels
	uv     [4]float32 // the atlas texels sampled: x0, y0, x1, y1
	shape  [2]float32 // corner radius and border width, device pixels
	fill   uint32     // colours as RGBA bytes, R first
	stroke uint32
	kind   uint32
}

const instanceSize = 52

// drawKind is which pipeline a draw call uses.
type drawKind uint8

const (
	drawQuads   drawKind = iota // instances [first, first+count)
	drawStencil                 // vertices [first, first+count) into the stencil
	drawCover                   // instances [first, first+count) where the stencil is set
	drawSolid                   // coloured vertices [first, first+count)
)

// drawCmd is one draw call.
type drawCmd struct {
	kind         drawKind
	first, count uint32
}

// box is an axis-aligned bound in device pixels: x0, y0, x1, y1.
type box [4]float32

func (b box) overlaps(c box) bool { return b[0] < c[2] && c[0] < b[2] && b[1] < c[3] && c[1] < b[3] }

func (b box) union(c box) box {
	return box{min(b[0], c[0]), min(b[1], c[1]), max(b[2], c[2]), max(b[3], c[3])}
}

// batchKind is what a batch draws.
type batchKind uint8

const (
	batchQuads   batchKind = iota // instances of the quad pipeline
	batchStencil                  // paths through the stencil: triangles, then covers
	batchSolid                    // paths drawn directly as coloured triangles
)

// batch is a run of ops of one kind that one draw call (two for
// stencilled paths) serves.
type batch struct {
	kind  batchKind
	all   box   // the union of items
	items []box // the bounds of each op in it
	quads []instance
	tris  []pt     // stencil triangles, or solid ones
	cols  []uint32 // the colour of each solid triangle
}

// Batching limits: how many batches back an op looks for a place, and
// how many items of a batch it tests one by one before assuming an overlap.
const (
	maxLookback  = 64
	maxItemTests = 256
)

// imageSlots tells the frame where pictures are in the image atlas.
type imageSlots interface {
	// slot returns the atlas texels holding the picture at url cropped to
	// cover w×h device pixels and scaled to sw×sh texels (w×h, or less
	// when that would not fit the atlas), or ok false while it loads or
	// when it cannot be drawn (the component's backdrop shows instead).
	slot(url string, w, h int) (x, y, sw, sh int, ok bool)
}

// frame is the work of one frame; its buffers are reused by the next.
type frame struct {
	scale   float32
	w, h    int // device pixels
	batches []batch
	nb      int // batches in use
	inst    []byte
	verts   []byte // stencil vertices
	solid   []byte // coloured vertices
	draws   []drawCmd
	tess    tessellator
	glyphs  []instance // scratch: the glyphs of one text run
	// atlasAreas are the parts of the glyph atlas this frame changed.
	atlasAreas []area
	stats      canvas.Stats
}

// build turns l, drawn at scale device pixels per CSS pixel, into the
// frame's buffers and draw calls, rasterising missing glyphs into g; take
// then collects what of g the frame must upload.
func (f *frame) build(l *render.List, scale float32, g *glyphAtlas, img imageSlots) {
	f.scale = scale
	f.w = max(int(math.Ceil(float64(l.Width*scale))), 1)
	f.h = max(int(math.Ceil(float64(l.Height*scale))), 1)
	for attempt := 0; ; attempt++ {
		if f.ops(l, g, img) || (attempt > 0 && g.size >= atlasMax) {
			break // drawn, or as much text as the largest atlas holds
		}
		// The atlas filled up: start it afresh (bigger from the second
		// time) and rebuild the frame, so every glyph it uses is in it.
		g.reset(attempt > 0)
	}
	f.assemble()
}

// take collects the areas of g changed since the last take (by this and
// any earlier builds) into atlasAreas, and counts the frame's uploads.
func (f *frame) take(g *glyphAtlas) {
	f.atlasAreas = g.takeDirty(f.atlasAreas[:0])
	f.stats.BytesUploaded = len(f.inst) + len(f.verts) + len(f.solid) + uniformSize
	for _, r := range f.atlasAreas {
		f.stats.BytesUploaded += r.w * r.h
	}
}

// ops places every op of l into batches; it returns false when the glyph
// atlas filled up.
func (f *frame) ops(l *render.List, g *glyphAtlas, img imageSlots) bool {
	for i := range f.batches {
		b := &f.batches[i]
		b.items, b.quads, b.tris, b.cols = b.items[:0], b.quads[:0], b.tris[:0], b.cols[:0]
	}
	f.nb = 0
	s := f.scale
	for i := range l.Ops {
		op := &l.Ops[i]
		switch op.Kind {
		case render.OpRect:
			if (!op.Fill.Visible() && (!op.Stroke.Visible() || op.StrokeWidth <= 0)) || !(op.Rect.W > 0 && op.Rect.H > 0) {
				continue
			}
			q := instance{rect: devRect(op.Rect, s), kind: kindRect, fill: rgba(op.Fill)}
			q.shape[0] = max(op.Radius, 0) * s
			if op.Stroke.Visible() && op.StrokeWidth > 0 {
				q.stroke, q.shape[1] = rgba(op.Stroke), op.StrokeWidth*s
			}
			b := f.place(batchQuads, q.bounds(1))
			b.quads = append(b.quads, q)
		case render.OpText:
			if !f.text(op, g) {
				return false
			}
		case render.OpPath:
			if op.Fill.Visible() {
				f.path(op, false)
			}
			if op.Stroke.Visible() && op.StrokeWidth > 0 {
				f.path(op, true)
			}
		case render.OpImage:
			r := devRect(op.Rect, s)
			w, h := int(math.Round(float64(r[2]))), int(math.Round(float64(r[3])))
			if w <= 0 || h <= 0 || img == nil {
				continue
			}
			x, y, sw, sh, ok := img.slot(op.Text, w, h)
			if !ok {
				continue
			}
			q := instance{rect: r, kind: kindImage, uv: [4]float32{float32(x), float32(y), float32(x + sw), float32(y + sh)}}
			q.shape[0] = max(op.Radius, 0) * s
			b := f.place(batchQuads, q.bounds(1))
			b.quads = append(b.quads, q)
		}
	}
	return true
}

// text adds a run's glyphs as one item; false when the atlas is full.
func (f *frame) text(op *render.Op, g *glyphAtlas) bool {
	if !op.Fill.Visible() || !(op.Font.Size > 0) {
		return true
	}
	s := f.scale
	size := op.Font.Size * s
	// Glyphs larger than the rasteriser's largest are drawn from masks of
	// that size, stretched by k (and then not snapped to the pixel grid).
	k := float32(1)
	if size > glyph.MaxPPEM {
		k, size = size/glyph.MaxPPEM, glyph.MaxPPEM
	}
	ppem := int32(size*64 + 0.5)
	x := float64(op.Rect.X * s)
	// The baseline snaps to a whole pixel, as Skia's horizontal text does.
	by := float32(math.Round(float64(op.Baseline * s)))
	fill := rgba(op.Fill)
	glyphs := f.glyphs[:0]
	var bounds box
	for i := 0; i < len(op.Text); {
		r, n := utf8.DecodeRuneInString(op.Text[i:])
		i += n
		adv := float64(op.Font.RuneWidth(r) * s)
		if r == ' ' || math.Abs(x) > 1e7 {
			x += adv
			continue
		}
		// The pen's whole pixel and its quarter-pixel offset within it.
		ix := math.Floor(x)
		sub := int(math.Round((x - ix) * subpixels))
		if sub == subpixels {
			ix, sub = ix+1, 0
		}
		if k > 1 {
			ix, sub = x, 0
		}
		slot, full := g.lookup(glyphKey{face: op.Font.Face, sub: uint8(sub), ppem: ppem, r: r})
		if full {
			return false
		}
		x += adv
		if slot.w == 0 {
			continue
		}
		q := instance{kind: kindGlyph, fill: fill,
			rect: [4]float32{float32(ix) + float32(slot.ox)*k, by + float32(slot.oy)*k, float32(slot.w) * k, float32(slot.h) * k},
			uv:   [4]float32{float32(slot.x), float32(slot.y), float32(slot.x + slot.w), float32(slot.y + slot.h)},
		}
		if len(glyphs) == 0 {
			bounds = q.bounds(0)
		} else {
			bounds = bounds.union(q.bounds(0))
		}
		glyphs = append(glyphs, q)
	}
	f.glyphs = glyphs
	if len(glyphs) > 0 {
		b := f.place(batchQuads, bounds)
		b.quads = append(b.quads, glyphs...)
	}
	return true
}

// path adds the fill or the stroke of a path op.
func (f *frame) path(op *render.Op, stroke bool) {
	t := &f.tess
	t.tris = t.tris[:0]
	c := op.Fill
	if stroke {
		t.stroke(op.Path, op.StrokeWidth, f.scale)
		c = op.Stroke
	} else {
		t.fill(op.Path, f.scale)
	}
	if len(t.tris) == 0 {
		return
	}
	bb := box{float32(math.Inf(1)), float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.Inf(-1))}
	for _, p := range t.tris {
		bb = box{min(bb[0], p.x), min(bb[1], p.y), max(bb[2], p.x), max(bb[3], p.y)}
	}
	// Whole pixels around the triangles, clipped to the frame: what the
	// path may touch, and its cover quad; a path wholly outside the frame
	// draws nothing.
	bb = box{
		max(float32(math.Floor(float64(bb[0]))), 0), max(float32(math.Floor(float64(bb[1]))), 0),
		min(float32(math.Ceil(float64(bb[2]))), float32(f.w)), min(float32(math.Ceil(float64(bb[3]))), float32(f.h)),
	}
	if !(bb[0] < bb[2] && bb[1] < bb[3]) {
		return
	}
	if c.A == 0xff && (stroke || t.convex()) {
		b := f.place(batchSolid, bb)
		b.tris = append(b.tris, t.tris...)
		for range len(t.tris) / 3 {
			b.cols = append(b.cols, rgba(c))
		}
		return
	}
	b := f.place(batchStencil, bb)
	b.tris = append(b.tris, t.tris...)
	b.quads = append(b.quads, instance{kind: kindCover, fill: rgba(c), rect: [4]float32{bb[0], bb[1], bb[2] - bb[0], bb[3] - bb[1]}})
}

// place returns the batch an op of kind k with bounds bb joins: the first
// batch of its kind after the last batch it overlaps, or that batch itself
// when it is of its kind and draws in order (a stencil batch does not: its
// paths share one stencil pass).
func (f *frame) place(k batchKind, bb box) *batch {
	last := -1
	for i := f.nb - 1; i >= 0; i-- {
		if f.nb-1-i >= maxLookback || f.batches[i].overlaps(bb) {
			last = i
			break
		}
	}
	for j := max(last, 0); j < f.nb; j++ {
		b := &f.batches[j]
		if b.kind == k && !(k == batchStencil && j == last) {
			b.add(bb)
			return b
		}
	}
	if f.nb == len(f.batches) {
		f.batches = append(f.batches, batch{})
	}
	b := &f.batches[f.nb]
	f.nb++
	b.kind = k
	b.all = bb
	b.items = append(b.items[:0], bb)
	return b
}

func (b *batch) add(bb box) {
	if len(b.items) == 0 {
		b.all = bb
	} else {
		b.all = b.all.union(bb)
	}
	b.items = append(b.items, bb)
}

// overlaps reports whether anything in b may overlap bb.
func (b *batch) overlaps(bb box) bool {
	if len(b.items) == 0 || !b.all.overlaps(bb) {
		return false
	}
	if len(b.items) > maxItemTests {
		return true
	}
	for _, it := range b.items {
		if it.overlaps(bb) {
			return true
		}
	}
	return false
}

// assemble lays the batches' instances and triangles out in their
// buffers and lists the draw calls over them.
func (f *frame) assemble() {
	f.inst, f.verts, f.solid, f.draws = f.inst[:0], f.verts[:0], f.solid[:0], f.draws[:0]
	f.stats = canvas.Stats{}
	le := binary.LittleEndian
	var quads, verts, solid uint32
	for i := range f.batches[:f.nb] {
		b := &f.batches[i]
		switch b.kind {
		case batchSolid:
			for k, p := range b.tris {
				f.solid = le.AppendUint32(f.solid, math.Float32bits(p.x))
				f.solid = le.AppendUint32(f.solid, math.Float32bits(p.y))
				f.solid = le.AppendUint32(f.solid, b.cols[k/3])
			}
			n := uint32(len(b.tris))
			f.draws = append(f.draws, drawCmd{drawSolid, solid, n})
			solid += n
			f.stats.Triangles += int(n / 3)
			continue
		case batchStencil:
			for _, p := range b.tris {
				f.verts = le.AppendUint32(f.verts, math.Float32bits(p.x))
				f.verts = le.AppendUint32(f.verts, math.Float32bits(p.y))
			}
			n := uint32(len(b.tris))
			f.draws = append(f.draws, drawCmd{drawStencil, verts, n})
			verts += n
			f.stats.Triangles += int(n / 3)
		}
		for _, q := range b.quads {
			f.inst = q.append(f.inst)
		}
		n := uint32(len(b.quads))
		k := drawQuads
		if b.kind == batchStencil {
			k = drawCover
		}
		f.draws = append(f.draws, drawCmd{k, quads, n})
		quads += n
	}
	f.stats.DrawCalls = len(f.draws)
	f.stats.Quads = int(quads)
}

// append writes q in the shader's layout.
func (q *instance) append(b []byte) []byte {
	le := binary.LittleEndian
	for _, v := range q.rect {
		b = le.AppendUint32(b, math.Float32bits(v))
	}
	for _, v := range q.uv {
		b = le.AppendUint32(b, math.Float32bits(v))
	}
	b = le.AppendUint32(b, math.Float32bits(q.shape[0]))
	b = le.AppendUint32(b, math.Float32bits(q.shape[1]))
	b = le.AppendUint32(b, q.fill)
	b = le.AppendUint32(b, q.stroke)
	return le.AppendUint32(b, q.kind)
}

// bounds returns what q may touch, grown by margin device pixels for
// anti-aliasing.
func (q *instance) bounds(margin float32) box {
	return box{q.rect[0] - margin, q.rect[1] - margin, q.rect[0] + q.rect[2] + margin, q.rect[1] + q.rect[3] + margin}
}

func devRect(r render.Rect, s float32) [4]float32 {
	return [4]float32{r.X * s, r.Y * s, r.W * s, r.H * s}
}

// rgba packs c as four bytes, R first.
func rgba(c render.Color) uint32 {
	return uint32(c.R) | uint32(c.G)<<8 | uint32(c.B)<<16 | uint32(c.A)<<24
}
