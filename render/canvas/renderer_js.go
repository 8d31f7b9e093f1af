package canvas

import (
	"syscall/js"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// Renderer draws display lists onto a <canvas> with Canvas2D. Its methods
// must be called from one goroutine (the page's); none of them blocks.
type Renderer struct {
	*Surface
	ctx     js.Value
	path2D  js.Value // the Path2D constructor
	planner planner
	pics    pictures
	stats   Stats
	cache   ctxCache
}

// ctxCache is the context state last set, so unchanged state is not set again.
type ctxCache struct {
	fill, stroke, font string
	width              float32
	round              int8 // 1 round caps and joins, 0 miter, -1 unknown
}

// New returns a Canvas2D renderer drawing onto the canvas element el. It
// starts loading the fonts (once per page) and lays the accessibility
// mirror next to el (see NewSurface).
func New(el js.Value, o Options) *Renderer {
	r := &Renderer{path2D: js.Global().Get("Path2D")}
	r.Surface = NewSurface(el, o, r.paint)
	r.ctx = el.Call("getContext", "2d", map[string]any{"alpha": false})
	r.pics.init(r.Surface)
	loadFonts(o, r.Surface)
	return r
}

// Name returns "canvas2d".
func (r *Renderer) Name() string { return "canvas2d" }

// Stats counts the work of the last frame.
func (r *Renderer) Stats() Stats { return r.stats }

// paint draws l at s device pixels per list pixel.
func (r *Renderer) paint(l *render.List, s float32) {
	r.cache = ctxCache{round: -1}
	r.stats = Stats{}
	ctx := r.ctx
	ctx.Call("setTransform", s, 0, 0, s, 0, 0)
	r.setFill(l.Background)
	ctx.Call("fillRect", 0, 0, l.Width, l.Height)
	for _, c := range r.planner.plan(l) {
		switch c.kind {
		case cmdFill:
			r.setFill(c.color)
			ctx.Call("fill", r.path2D.New(c.d))
			r.stats.BytesUploaded += len(c.d)
		case cmdStroke:
			r.setStroke(c)
			ctx.Call("stroke", r.path2D.New(c.d))
			r.stats.BytesUploaded += len(c.d)
		case cmdText:
			if f := cssFont(c.font); f != r.cache.font {
				ctx.Set("font", f)
				r.cache.font = f
			}
			r.setFill(c.color)
			ctx.Call("fillText", c.text, c.x, c.y)
			r.stats.BytesUploaded += len(c.text)
		case cmdImage:
			if !r.image(c) {
				continue
			}
		}
		r.stats.DrawCalls++
	}
}

func (r *Renderer) setFill(c render.Color) {
	if s := cssColor(c); s != r.cache.fill {
		r.ctx.Set("fillStyle", s)
		r.cache.fill = s
	}
}

func (r *Renderer) setStroke(c cmd) {
	if s := cssColor(c.color); s != r.cache.stroke {
		r.ctx.Set("strokeStyle", s)
		r.cache.stroke = s
	}
	if c.width != r.cache.width {
		r.ctx.Set("lineWidth", c.width)
		r.cache.width = c.width
	}
	round := int8(0)
	if c.round {
		round = 1
	}
	if round != r.cache.round {
		if c.round {
			r.ctx.Set("lineJoin", "round")
			r.ctx.Set("lineCap", "round")
		} else {
			// SVG's defaults for the borders of rects.
			r.ctx.Set("lineJoin", "miter")
			r.ctx.Set("lineCap", "butt")
		}
		r.cache.round = round
	}
}

// image draws a loaded picture covering its box, clipped to its rounded
// corners, as the SVG's preserveAspectRatio="xMidYMid slice" does.
func (r *Renderer) image(c cmd) bool {
	img, nw, nh, ok := r.pics.get(c.text)
	if !ok {
		return false
	}
	b := c.rect
	sx, sy, sw, sh := coverCrop(nw, nh, b.W, b.H)
	r.ctx.Call("save")
	var p planner
	p.roundRect(b, min(max(c.radius, 0), b.W/2, b.H/2))
	r.ctx.Call("clip", r.path2D.New(string(p.path)))
	r.ctx.Call("drawImage", img, sx, sy, sw, sh, b.X, b.Y, b.W, b.H)
	r.ctx.Call("restore")
	return true
}

// Release removes the mirror and stops redrawing; the canvas stays.
func (r *Renderer) Release() {
	r.Surface.Release()
	r.pics.release()
}

// pictures loads pictures by URL for drawing.
type pictures struct {
	byURL map[string]*picture
	sf    *Surface // redrawn when a picture arrives
}

type picture struct {
	img           js.Value
	ready, failed bool
	onload, onerr js.Func
}

func (ps *pictures) init(sf *Surface) {
	ps.byURL = map[string]*picture{}
	ps.sf = sf
}

// get returns the loaded picture at u and its natural size, starting to
// load it on first sight; ok is false until it has loaded, and for good
// when it cannot (the component's backdrop shows instead).
func (ps *pictures) get(u string) (img js.Value, w, h float32, ok bool) {
	p := ps.byURL[u]
	if p == nil {
		p = &picture{}
		ps.byURL[u] = p
		if !genui.SafeURL(u, true) {
			p.failed = true
			return js.Value{}, 0, 0, false
		}
		p.img = js.Global().Get("Image").New()
		p.onload = js.FuncOf(func(js.Value, []js.Value) any {
			p.ready = p.img.Get("naturalWidth").Int() > 0
			p.failed = !p.ready
			ps.sf.Invalidate()
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
	}
	if !p.ready {
		return js.Value{}, 0, 0, false
	}
	return p.img, float32(p.img.Get("naturalWidth").Float()), float32(p.img.Get("naturalHeight").Float()), true
}

func (ps *pictures) release() {
	for _, p := range ps.byURL {
		if !p.img.IsUndefined() {
			p.img.Set("onload", js.Null())
			p.img.Set("onerror", js.Null())
			p.onload.Release()
			p.onerr.Release()
		}
	}
	ps.byURL = nil
}
