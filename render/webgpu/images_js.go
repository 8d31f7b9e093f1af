package webgpu

import (
	"math"
	"strings"
	"syscall/js"

	"github.com/genui/genui/genui"
)

// imageSide is the side of the picture atlas; no picture is stored larger
// than imageMax a side (the sampler scales it up beyond).
const (
	imageSide = 2048
	imageMax  = 1024
)

// imageAtlas holds pictures, each cropped and scaled by the browser
// (createImageBitmap) to the size it is drawn at, in one RGBA texture, so
// that they draw as instances of the quad pipeline like everything else.
type imageAtlas struct {
	r          *Renderer
	tex        js.Value
	changed    bool // tex was replaced: the bind group must be remade
	pack       shelfPacker
	pics       map[string]*picture
	slots      map[slotKey]*slotVal
	generation int // counts resets, so late bitmaps of an old atlas are dropped
	uploaded   int // bytes copied into tex since the last frame
}

type slotKey struct {
	url  string
	w, h int
}

type slotVal struct {
	x, y, sw, sh int
	ready        bool
}

// picture is one <img> loading or loaded.
type picture struct {
	img           js.Value
	ready, failed bool
	onload, onerr js.Func
}

func (a *imageAtlas) init(r *Renderer) {
	a.r = r
	a.pics = map[string]*picture{}
	a.slots = map[slotKey]*slotVal{}
	// A placeholder until a picture arrives: the bind group needs a texture.
	a.tex = a.texture(1)
	a.changed = true
}

func (a *imageAtlas) texture(side int) js.Value {
	return a.r.dev.JS.Call("createTexture", map[string]any{
		"size": map[string]any{"width": side, "height": side}, "format": "rgba8unorm",
		"usage": texBinding | texCopyDst | texRenderTo, // copyExternalImageToTexture needs all three
	})
}

// slot implements imageSlots: it returns a picture's place once loaded
// and scaled, and starts whatever step is missing otherwise.
func (a *imageAtlas) slot(u string, w, h int) (x, y, sw, sh int, ok bool) {
	p := a.load(u)
	if p == nil || !p.ready {
		return 0, 0, 0, 0, false
	}
	k := slotKey{u, w, h}
	if s := a.slots[k]; s != nil {
		return s.x, s.y, s.sw, s.sh, s.ready
	}
	sw, sh = w, h
	if f := float64(imageMax) / float64(max(w, h)); f < 1 {
		sw, sh = max(int(float64(w)*f), 1), max(int(float64(h)*f), 1)
	}
	x, y, fits := a.pack.alloc(sw, sh)
	if !fits {
		a.reset()
		if x, y, fits = a.pack.alloc(sw, sh); !fits {
			return 0, 0, 0, 0, false
		}
	}
	s := &slotVal{x: x, y: y, sw: sw, sh: sh}
	a.slots[k] = s
	a.scale(p, s, w, h)
	return 0, 0, 0, 0, false
}

// reset empties the atlas (a fresh full-size texture), so every picture
// is scaled and copied again as frames ask for it.
func (a *imageAtlas) reset() {
	a.slots = map[slotKey]*slotVal{}
	a.generation++
	a.fresh()
}

// fresh gives the atlas a new, empty full-size texture.
func (a *imageAtlas) fresh() {
	a.pack.reset(imageSide)
	if a.tex.Truthy() {
		a.tex.Call("destroy")
	}
	a.tex = a.texture(imageSide)
	a.changed = true
}

// load returns the picture at u, starting to load it on first sight; nil
// when u is not a picture URL genui allows.
func (a *imageAtlas) load(u string) *picture {
	if p := a.pics[u]; p != nil {
		return p
	}
	p := &picture{}
	a.pics[u] = p
	if !genui.SafeURL(u, true) {
		p.failed = true
		return nil
	}
	if a.pack.size == 0 {
		a.fresh() // the first picture: the real atlas replaces the placeholder
	}
	p.img = js.Global().Get("Image").New()
	if !strings.HasPrefix(u, "data:") {
		// A picture from another origin must allow it (CORS) to reach the
		// GPU; one that does not fails to load here and is not drawn.
		p.img.Set("crossOrigin", "anonymous")
	}
	p.onload = js.FuncOf(func(js.Value, []js.Value) any {
		p.ready = p.img.Get("naturalWidth").Int() > 0
		p.failed = !p.ready
		a.r.Invalidate()
		return nil
	})
	p.onerr = js.FuncOf(func(js.Value, []js.Value) any {
		p.failed = true
		return nil
	})
	p.img.Set("onload", p.onload)
	p.img.Set("onerror", p.onerr)
	p.img.Set("decoding", "async")
	p.img.Set("src", u)
	return p
}

// scale has the browser crop p to cover w×h (SVG's xMidYMid slice) and
// scale it to the slot's size, then copies it into the atlas and redraws.
func (a *imageAtlas) scale(p *picture, s *slotVal, w, h int) {
	nw, nh := p.img.Get("naturalWidth").Float(), p.img.Get("naturalHeight").Float()
	cw, ch := nw, nh
	sx, sy := 0.0, 0.0
	if nw*float64(h) > nh*float64(w) {
		cw = nh * float64(w) / float64(h)
		sx = (nw - cw) / 2
	} else {
		ch = nw * float64(h) / float64(w)
		sy = (nh - ch) / 2
	}
	gen := a.generation
	bitmap := js.Global().Call("createImageBitmap", p.img,
		math.Floor(sx), math.Floor(sy), math.Max(math.Round(cw), 1), math.Max(math.Round(ch), 1),
		map[string]any{"resizeWidth": s.sw, "resizeHeight": s.sh, "resizeQuality": "high", "premultiplyAlpha": "premultiply"})
	settle(bitmap, func(bmp js.Value, ok bool) {
		if !ok {
			p.failed, p.ready = true, false
			return
		}
		defer bmp.Call("close")
		if gen != a.generation {
			return // the atlas was reset or released meanwhile
		}
		a.r.dev.Queue.Call("copyExternalImageToTexture",
			map[string]any{"source": bmp},
			map[string]any{"texture": a.tex, "origin": map[string]any{"x": s.x, "y": s.y}, "premultipliedAlpha": true},
			map[string]any{"width": s.sw, "height": s.sh})
		s.ready = true
		a.uploaded += s.sw * s.sh * 4
		a.r.Invalidate()
	})
}

// takeUploaded returns the bytes copied into the atlas since the last call.
func (a *imageAtlas) takeUploaded() int {
	n := a.uploaded
	a.uploaded = 0
	return n
}

func (a *imageAtlas) release() {
	for _, p := range a.pics {
		if p.img.Truthy() {
			p.img.Set("onload", js.Null())
			p.img.Set("onerror", js.Null())
			p.onload.Release()
			p.onerr.Release()
		}
	}
	a.pics = nil
	a.generation++
}
