package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// radio is a group of options under a label, one per line 8 px apart,
// each a 16 px circle (with an accent dot and edge when chosen) beside its
// text. The chosen option is interaction state first, then the spec's value.
type radio struct{}

func init() { render.Register("radio", radio{}, render.Traits{Block: true}) }

func (radio) options(b *render.Box) []string {
	o := props[genui.Radio](b).Options
	return o[:min(len(o), genui.MaxItems)]
}

func (k radio) Widths(c *render.Context, b *render.Box) (float32, float32) {
	minW, maxW := widths(props[genui.Radio](b).Label, typeLabel)
	for _, o := range k.options(b) {
		a, z := widths(o, typeSM)
		minW, maxW = max(minW, a+toggleBox+toggleGap), max(maxW, z+toggleBox+toggleGap)
	}
	return minW, maxW
}

func (k radio) pars(b *render.Box, w float32) []render.Paragraph {
	return wrapAll(b, k.options(b), typeSM, w-toggleBox-toggleGap)
}

func (k radio) labelHeight(b *render.Box, w float32) float32 {
	label := props[genui.Radio](b).Label
	if label == "" {
		return 0
	}
	var par render.Paragraph
	par.SetText(label, typeLabel.font, typeLabel.line, w)
	return par.Height() + fieldGap
}

func (k radio) Height(c *render.Context, b *render.Box, w float32) float32 {
	h := k.labelHeight(b, w)
	for i, par := range k.pars(b, w) {
		if i > 0 {
			h += 8
		}
		h += par.Height()
	}
	return h
}

func (radio) value(c *render.Context, b *render.Box) string {
	if v, ok := c.State.Value(b.Pointer); ok {
		return v
	}
	return props[genui.Radio](b).Value
}

func (k radio) Describe(c *render.Context, b *render.Box) render.Group {
	return render.Group{Role: "radiogroup", Name: props[genui.Radio](b).Label, Value: k.value(c, b)}
}

func (k radio) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	r := b.Rect
	y := r.Y
	if label := props[genui.Radio](b).Label; label != "" {
		var par render.Paragraph
		par.SetText(label, typeLabel.font, typeLabel.line, b.Size.W)
		p.Paragraph(&par, render.XYWH(r.X, y, b.Size.W, par.Height()), render.AlignLeft, t.c[cFg])
		y += par.Height() + fieldGap
	}
	value := k.value(p.Context, b)
	opts := k.options(b)
	for i, par := range k.pars(b, b.Size.W) {
		on := opts[i] == value
		row := render.XYWH(r.X, y, r.W, par.Height())
		p.Begin(&render.Group{
			Pointer: b.Pointer, Type: "radio", Role: "radio", Name: opts[i],
			Interact: render.Choose, Value: opts[i], Checked: on,
		}, row)
		dot := render.XYWH(r.X, y+(typeSM.line-toggleBox)/2, toggleBox, toggleBox)
		if on {
			p.Frame(dot, radiusFull, t.c[cSurface], t.c[cPrimary], 1.5)
			p.Rect(dot.Inset(4), radiusFull, t.c[cPrimary])
		} else {
			p.Frame(dot, radiusFull, t.c[cSurface], t.c[cInput], 1)
		}
		p.Paragraph(&par, render.XYWH(r.X+toggleBox+toggleGap, y, par.Width, par.Height()), render.AlignLeft, t.c[cFg])
		p.End()
		y += par.Height() + 8
	}
}
