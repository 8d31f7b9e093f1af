package canvas

import (
	"strconv"
	"syscall/js"

	"github.com/genui/genui/render"
)

// The page's Go fonts: loaded once, whichever renderer asks first; every
// surface drawn before they arrive is drawn again when they do.
var fonts struct {
	started, ready bool
	waiting        []*Surface
	done           js.Func
}

// loadFonts registers the Go fonts as FontFaces of the document (from
// o.Fonts, else from o.FontURL) and has sf redrawn once they are ready.
func loadFonts(o Options, sf *Surface) {
	if fonts.ready {
		return
	}
	fonts.waiting = append(fonts.waiting, sf)
	if fonts.started {
		return
	}
	fonts.started = true
	set := js.Global().Get("document").Get("fonts")
	var loads []any
	for f := range fontFiles {
		face := render.Face(f)
		var src any
		if ttf := o.Fonts[face]; len(ttf) > 0 {
			buf := js.Global().Get("Uint8Array").New(len(ttf))
			js.CopyBytesToJS(buf, ttf)
			src = buf
		} else if u := fontURL(o.FontURL, face); u != "" {
			src = u
		} else {
			continue // the page provides the family, or text falls back
		}
		ff := js.Global().Get("FontFace").New(fontFamily(face), src, map[string]any{"weight": strconv.Itoa(face.Weight())})
		set.Call("add", ff)
		loads = append(loads, ff.Call("load"))
	}
	fonts.done = js.FuncOf(func(js.Value, []js.Value) any {
		fonts.ready = true
		for _, s := range fonts.waiting {
			s.Invalidate()
		}
		fonts.waiting = nil
		fonts.done.Release()
		return nil
	})
	// A face that fails to load leaves its text in the fallback font;
	// redraw either way.
	js.Global().Get("Promise").Call("allSettled", loads).Call("then", fonts.done)
}
