package canvas

import (
	"syscall/js"

	"github.com/genui/genui/render"
)

// Surface is a canvas element as both backends drive it: it sizes the
// canvas for the zoom and the screen's devicePixelRatio, keeps the
// accessibility mirror beside it, remembers the last list and redraws it
// when asked (a font or a picture arrived). A backend embeds one and
// supplies the drawing.
type Surface struct {
	// El is the canvas element.
	El js.Value
	// MaxSide and MaxArea bound the canvas in device pixels; a larger
	// one is drawn at a lower resolution.
	MaxSide, MaxArea int

	mirror  *Mirror
	paint   func(l *render.List, s float32)
	last    *render.List
	zoom    float32
	frame   js.Func
	pending bool
}

// NewSurface returns a surface for canvas el whose frames paint draws, at
// s device pixels per list pixel, onto a canvas already sized for them.
// The mirror goes next to el, so el's parent should be its positioned
// container; el itself is hidden from assistive technology, which reads
// the mirror instead.
func NewSurface(el js.Value, o Options, paint func(l *render.List, s float32)) *Surface {
	sf := &Surface{El: el, MaxSide: 16384, MaxArea: 1 << 25, paint: paint}
	el.Call("setAttribute", "aria-hidden", "true")
	sf.mirror = NewMirror(el, o.OnEvent)
	sf.frame = js.FuncOf(func(js.Value, []js.Value) any {
		sf.pending = false
		if sf.last != nil && sf.paint != nil {
			sf.Draw(sf.last, sf.zoom)
		}
		return nil
	})
	return sf
}

// Draw sizes the canvas, paints l at zoom CSS pixels per list pixel and
// updates the mirror.
func (sf *Surface) Draw(l *render.List, zoom float32) {
	if l == nil || sf.paint == nil {
		return
	}
	sf.last, sf.zoom = l, zoom
	dpr := float32(js.Global().Get("devicePixelRatio").Float())
	s := fitScale(l, zoom, dpr, sf.MaxSide, sf.MaxArea)
	w, h := ceilInt(l.Width*s), ceilInt(l.Height*s)
	if sf.El.Get("width").Int() != w {
		sf.El.Set("width", w)
	}
	if sf.El.Get("height").Int() != h {
		sf.El.Set("height", h)
	}
	st := sf.El.Get("style")
	st.Set("width", px(l.Width*zoom))
	st.Set("height", px(l.Height*zoom))
	sf.paint(l, s)
	sf.mirror.Update(l, zoom)
}

// Invalidate asks for the last list to be drawn again at the next
// animation frame; requests before it coalesce.
func (sf *Surface) Invalidate() {
	if sf.pending || sf.paint == nil {
		return
	}
	sf.pending = true
	js.Global().Call("requestAnimationFrame", sf.frame)
}

// Release removes the mirror; later Draws and redraws do nothing. A
// redraw already requested still calls back, so the small callback is
// kept rather than released (calling a released one is an error).
func (sf *Surface) Release() {
	sf.mirror.Release()
	sf.paint, sf.last = nil, nil
}
