package components

import (
	"math"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// props returns the node's fields as a *T, or a zero T when the node
// carries none or the wrong kind (a hand-built or partial spec).
func props[T any](b *render.Box) *T {
	if p, ok := any(b.Node.Props).(*T); ok && p != nil {
		return p
	}
	return new(T)
}

// gapOf returns the node's gap token in pixels, or def.
func gapOf(n *genui.Node, def float32) float32 {
	if g, ok := gapScale[n.Gap]; ok {
		return g
	}
	return def
}

// sizeStep returns the node's size token as 0 (sm) … 3 (xl); md (1) by default.
func sizeStep(n *genui.Node) int {
	switch n.Size {
	case genui.Small:
		return 0
	case genui.Large:
		return 2
	case genui.XLarge:
		return 3
	}
	return 1
}

// texts keeps the wrapped paragraphs of a box between Height and Paint,
// re-wrapping only when the text, style or width changes.
type texts struct {
	pars [4]render.Paragraph
	src  [4]string
	ok   [4]bool
}

// textsOf returns the box's paragraph cache.
func textsOf(b *render.Box) *texts {
	t, _ := b.Data.(*texts)
	if t == nil {
		t = new(texts)
		b.Data = t
	}
	return t
}

// set returns paragraph slot i holding s in style st broken at width w.
func (t *texts) set(i int, s string, st typeStyle, w float32) *render.Paragraph {
	p := &t.pars[i]
	w = max(w, 1)
	if !t.ok[i] || t.src[i] != s || p.Width != w || p.Font != st.font || p.LineHeight != st.line {
		p.SetText(s, st.font, st.line, w)
		t.src[i], t.ok[i] = s, true
	}
	return p
}

// widths returns the min- and max-content widths of s in st.
func widths(s string, st typeStyle) (float32, float32) {
	return render.TextWidths(s, st.font, minWordCap)
}

// minWordCap bounds the min-content width a single long word (a URL, say)
// claims, so one word cannot force a row apart; longer words break.
const minWordCap = 120

// ancestor returns the nearest enclosing box of type typ within a few
// levels, or nil.
func ancestor(b *render.Box, typ string, levels int) *render.Box {
	for p := b.Parent; p != nil && levels > 0; p, levels = p.Parent, levels-1 {
		if p.Node.Type == typ {
			return p
		}
	}
	return nil
}

// vcenter returns the baseline that centres one line of st in a box of
// height h starting at y.
func vcenter(st typeStyle, y, h float32) float32 {
	return y + (h-st.line)/2 + st.font.Baseline(st.line)
}

// paragraphs keeps the wrapped strings of a box with many (list items,
// radio options) between Height and Paint.
type paragraphs struct {
	pars  []render.Paragraph
	width float32
}

// wrapAll returns items wrapped in style st at width w, cached in b.Data.
func wrapAll(b *render.Box, items []string, st typeStyle, w float32) []render.Paragraph {
	w = max(w, 1)
	d, _ := b.Data.(*paragraphs)
	if d != nil && d.width == w && len(d.pars) == len(items) {
		return d.pars
	}
	if d == nil {
		d = &paragraphs{}
		b.Data = d
	}
	d.width = w
	d.pars = d.pars[:0]
	for _, s := range items {
		var par render.Paragraph
		par.SetText(s, st.font, st.line, w)
		d.pars = append(d.pars, par)
	}
	return d.pars
}

// topRounded returns r as a path with only its top corners rounded by
// rad, or only its bottom ones when flip is set: table headers, chart bars.
func topRounded(r render.Rect, rad float32, flip bool) render.Path {
	rad = min(rad, r.W/2, r.H)
	x0, y0, x1, y1 := r.X, r.Y, r.X+r.W, r.Y+r.H
	var p render.Path
	const q = math.Pi / 2
	if flip { // rounded at the bottom instead (bars below zero)
		p.MoveTo(x0, y0)
		p.LineTo(x1, y0)
		p.ArcTo(x1-rad, y1-rad, rad, 0, q)
		p.ArcTo(x0+rad, y1-rad, rad, q, 2*q)
		p.Close()
		return p
	}
	p.MoveTo(x0, y1)
	p.ArcTo(x0+rad, y0+rad, rad, 2*q, 3*q)
	p.ArcTo(x1-rad, y0+rad, rad, 3*q, 4*q)
	p.LineTo(x1, y1)
	p.Close()
	return p
}
