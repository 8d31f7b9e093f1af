package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// switch_ is an on/off toggle laid out as a settings row: the label on the
// left, a 36×20 track on the right, filled with the accent colour and the
// thumb at the end when on.
type switch_ struct{}

const (
	switchW = 36
	switchH = 20
)

func init() { render.Register("switch", switch_{}, render.Traits{Block: true}) }

func (switch_) Widths(c *render.Context, b *render.Box) (float32, float32) {
	a, z := widths(props[genui.Switch](b).Label, typeSM)
	return a + switchW + 12, z + switchW + 12
}

func (switch_) Height(c *render.Context, b *render.Box, w float32) float32 {
	par := textsOf(b).set(0, props[genui.Switch](b).Label, typeSM, w-switchW-12)
	return max(par.Height(), switchH)
}

func (switch_) on(c *render.Context, b *render.Box) bool {
	return c.State.IsChecked(b.Pointer, props[genui.Switch](b).Checked)
}

func (k switch_) Describe(c *render.Context, b *render.Box) render.Group {
	return render.Group{Role: "switch", Name: props[genui.Switch](b).Label, Interact: render.Toggle, Checked: k.on(c, b)}
}

func (k switch_) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	r := b.Rect
	par := textsOf(b).set(0, props[genui.Switch](b).Label, typeSM, b.Size.W-switchW-12)
	line := max(typeSM.line, switchH)
	p.Paragraph(par, render.XYWH(r.X, r.Y+(line-typeSM.line)/2, par.Width, par.Height()), render.AlignLeft, t.c[cFg])
	track := render.XYWH(r.X+r.W-switchW, r.Y+(line-switchH)/2, switchW, switchH)
	if p.State.Focused(b.Pointer) {
		p.Frame(track.Inset(-3), radiusFull, render.Color{}, t.c[cRing], 3)
	}
	on := k.on(p.Context, b)
	fill, tx := t.c[cInput], track.X+2
	if on {
		fill, tx = t.c[cPrimary], track.X+switchW-switchH+2
	}
	p.Rect(track, radiusFull, fill)
	thumb := render.XYWH(tx, track.Y+2, switchH-4, switchH-4)
	p.Rect(thumb.Offset(0, 1), radiusFull, t.c[cShadow])
	p.Rect(thumb, radiusFull, t.c[cThumb])
}
