package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// checkbox is a 16 px box with 4 px corners beside its label: the accent
// colour with a white tick when checked (interaction state first, then
// the spec's), a hairline edge when not.
type checkbox struct{}

const (
	toggleBox = 16
	toggleGap = 10
)

func init() { render.Register("checkbox", checkbox{}, render.Traits{}) }

func (checkbox) Widths(c *render.Context, b *render.Box) (float32, float32) {
	a, z := widths(props[genui.Checkbox](b).Label, typeSM)
	return a + toggleBox + toggleGap, z + toggleBox + toggleGap
}

func (checkbox) Height(c *render.Context, b *render.Box, w float32) float32 {
	par := textsOf(b).set(0, props[genui.Checkbox](b).Label, typeSM, w-toggleBox-toggleGap)
	return max(par.Height(), typeSM.line)
}

func (checkbox) checked(c *render.Context, b *render.Box) bool {
	return c.State.IsChecked(b.Pointer, props[genui.Checkbox](b).Checked)
}

func (k checkbox) Describe(c *render.Context, b *render.Box) render.Group {
	return render.Group{Role: "checkbox", Name: props[genui.Checkbox](b).Label, Interact: render.Toggle, Checked: k.checked(c, b)}
}

// paintCheck draws a checkbox square at (x, y).
func paintCheck(p *render.Painter, t *theme, x, y float32, on, focused bool) {
	r := render.XYWH(x, y, toggleBox, toggleBox)
	if focused {
		p.Frame(r.Inset(-3), t.radius(radiusSM)+3, render.Color{}, t.c[cRing], 3)
	}
	if on {
		p.Rect(r, t.radius(radiusSM), t.c[cPrimary])
		drawIcon(p, "check", x+2, y+2, toggleBox-4, t.c[cPrimaryFg])
		return
	}
	p.Frame(r, t.radius(radiusSM), t.c[cSurface], t.c[cInput], 1)
}

func (k checkbox) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	r := b.Rect
	paintCheck(p, t, r.X, r.Y+(typeSM.line-toggleBox)/2, k.checked(p.Context, b), p.State.Focused(b.Pointer))
	par := textsOf(b).set(0, props[genui.Checkbox](b).Label, typeSM, b.Size.W-toggleBox-toggleGap)
	p.Paragraph(par, render.XYWH(r.X+toggleBox+toggleGap, r.Y, par.Width, par.Height()), render.AlignLeft, t.c[cFg])
}
