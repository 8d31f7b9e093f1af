package webgpu

import (
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/webgpu/internal/glyph"
)

// This file is the texture atlases' bookkeeping, platform-free: a shelf
// packer and the glyph atlas, whose pixels live in Go and reach the GPU
// as one upload of the rows a frame changed.

// shelfPacker hands out rectangles of a square texture in shelves (rows
// of the height of their first, tallest-rounded occupant), the packer of
// most glyph caches: glyphs of one size share a shelf, nothing moves, and
// a full atlas is reset rather than defragmented.
type shelfPacker struct {
	size    int
	shelves []shelf
}

type shelf struct{ y, h, x int }

// alloc returns the corner of a free w×h rectangle with a pixel of gap to
// its right and below, or ok false when none is left.
func (p *shelfPacker) alloc(w, h int) (x, y int, ok bool) {
	w, h = w+1, h+1
	if w > p.size || h > p.size {
		return 0, 0, false
	}
	// Shelf heights round up to a multiple of 4 so near sizes share.
	sh := (h + 3) &^ 3
	best := -1
	for i, s := range p.shelves {
		if s.h >= h && s.h <= sh+sh/2 && s.x+w <= p.size && (best < 0 || s.h < p.shelves[best].h) {
			best = i
		}
	}
	if best < 0 {
		top := 0
		if n := len(p.shelves); n > 0 {
			top = p.shelves[n-1].y + p.shelves[n-1].h
		}
		if top+sh > p.size {
			return 0, 0, false
		}
		p.shelves = append(p.shelves, shelf{y: top, h: sh})
		best = len(p.shelves) - 1
	}
	s := &p.shelves[best]
	x, y = s.x, s.y
	s.x += w
	return x, y, true
}

func (p *shelfPacker) reset(size int) {
	p.size = size
	p.shelves = p.shelves[:0]
}

// glyphKey names one rasterised glyph: a rune of a face at a device size
// (ppem in 1/64 pixels) and a quarter-pixel horizontal offset.
type glyphKey struct {
	face render.Face
	sub  uint8
	ppem int32
	r    rune
}

// glyphSlot is where a glyph's mask sits in the atlas and how it is placed
// relative to its origin's whole pixel; an empty slot draws nothing.
type glyphSlot struct {
	x, y, w, h int16
	ox, oy     int16
}

// glyphRasterizer makes glyph masks; glyph.Rasterizer is one.
type glyphRasterizer interface {
	Glyph(face render.Face, ppem float32, r rune, dx float32, dst []byte) glyph.Mask
}

// Atlas sizes: the glyph atlas starts small and doubles when one frame's
// text does not fit, up to the size every WebGPU device supports.
const (
	atlasMin = 512
	atlasMax = 8192
)

// glyphAtlas caches glyph masks in an R8 texture's pixels, kept here;
// dirty lists what changed since the last upload, one rectangle per
// shelf (glyphs join a shelf left to right, so its new ones are adjacent).
type glyphAtlas struct {
	// fallback rasterises the runes render sets in the CJK fallback face
	// (render.Face.Fallback); nil draws them as the Go face's .notdef box.
	fallback glyphRasterizer
	size     int
	pix      []byte
	pack     shelfPacker
	slots    map[glyphKey]glyphSlot
	raster   glyph.Rasterizer
	scratch  []byte
	dirty    []area
}

func (a *glyphAtlas) init(size int) {
	a.size = size
	a.pix = make([]byte, size*size)
	a.pack.reset(size)
	a.slots = make(map[glyphKey]glyphSlot)
	// Only the texels under slots are ever sampled, so nothing needs
	// uploading until glyphs land.
	a.dirty = a.dirty[:0]
}

// lookup returns k's slot, rasterising it on a miss; full is true when the
// atlas has no room left for it.
func (a *glyphAtlas) lookup(k glyphKey) (s glyphSlot, full bool) {
	if a.size == 0 {
		a.init(atlasMin)
	}
	if s, ok := a.slots[k]; ok {
		return s, false
	}
	var m glyph.Mask
	if a.fallback != nil && k.face.Fallback(k.r) {
		m = a.fallback.Glyph(k.face, float32(k.ppem)/64, k.r, float32(k.sub)/subpixels, a.scratch)
	} else {
		m = a.raster.Glyph(k.face, float32(k.ppem)/64, k.r, float32(k.sub)/subpixels, a.scratch)
	}
	a.scratch = m.Pix[:0]
	if m.W == 0 {
		a.slots[k] = s
		return s, false
	}
	x, y, ok := a.pack.alloc(m.W, m.H)
	if !ok {
		return s, true
	}
	for row := range m.H {
		copy(a.pix[(y+row)*a.size+x:], m.Pix[row*m.W:(row+1)*m.W])
	}
	a.markDirty(area{x, y, m.W, m.H})
	s = glyphSlot{x: int16(x), y: int16(y), w: int16(m.W), h: int16(m.H), ox: int16(m.X), oy: int16(m.Y)}
	a.slots[k] = s
	return s, false
}

// area is a rectangle of texels.
type area struct{ x, y, w, h int }

// markDirty records that r changed, merging it with the rest of its shelf.
func (a *glyphAtlas) markDirty(r area) {
	for i := range a.dirty {
		d := &a.dirty[i]
		if d.y == r.y { // the same shelf
			x1 := max(d.x+d.w, r.x+r.w)
			d.x = min(d.x, r.x)
			d.w, d.h = x1-d.x, max(d.h, r.h)
			return
		}
	}
	a.dirty = append(a.dirty, r)
}

// reset empties the atlas, doubling it when grow is set (up to atlasMax).
func (a *glyphAtlas) reset(grow bool) {
	size := max(a.size, atlasMin)
	if grow {
		size = min(size*2, atlasMax)
	}
	a.init(size)
}

// takeDirty appends the areas changed since the last call to dst and
// forgets them.
func (a *glyphAtlas) takeDirty(dst []area) []area {
	dst = append(dst, a.dirty...)
	a.dirty = a.dirty[:0]
	return dst
}

// pixels appends the texels of r to dst, row by row.
func (a *glyphAtlas) pixels(dst []byte, r area) []byte {
	for y := r.y; y < r.y+r.h; y++ {
		dst = append(dst, a.pix[y*a.size+r.x:y*a.size+r.x+r.w]...)
	}
	return dst
}
