package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// select_ is a closed drop-down under its label: a field showing the
// chosen option (interaction state first, then the spec's value) or a
// muted "Select…", with a chevron at its end.
type select_ struct{}

func init() { render.Register("select", select_{}, render.Traits{Block: true, Grow: 1}) }

func (select_) Widths(c *render.Context, b *render.Box) (float32, float32) {
	natural := float32(120)
	for _, o := range props[genui.Select](b).Options {
		natural = max(natural, typeSM.font.Width(o)+2*fieldPadX+24)
	}
	return fieldWidths(props[genui.Select](b).Label, min(natural, 320))
}

func (select_) Height(c *render.Context, b *render.Box, w float32) float32 {
	return labelHeight(b, props[genui.Select](b).Label, false, w) + fieldHeight(b.Node)
}

func (select_) value(c *render.Context, b *render.Box) string {
	if v, ok := c.State.Value(b.Pointer); ok {
		return v
	}
	return props[genui.Select](b).Value
}

func (k select_) Describe(c *render.Context, b *render.Box) render.Group {
	return render.Group{Role: "combobox", Name: props[genui.Select](b).Label, Interact: render.Expand, Value: k.value(c, b)}
}

func (k select_) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	top := paintLabel(p, b, t, props[genui.Select](b).Label, false)
	h := fieldHeight(b.Node)
	r := render.XYWH(b.Rect.X, b.Rect.Y+top, b.Rect.W, h)
	paintField(p, t, r, p.State.Focused(b.Pointer))
	const iconSide = 16
	drawIcon(p, "chevron-down", r.X+r.W-fieldPadX-iconSide, r.Y+(h-iconSide)/2, iconSide, t.c[cFgMuted])
	s, col := k.value(p.Context, b), t.c[cFg]
	if s == "" {
		s, col = "Select…", t.c[cFgMuted]
	}
	s = render.Ellipsize(firstLine(s), typeSM.font, r.W-2*fieldPadX-iconSide-8)
	p.Text(r.X+fieldPadX, vcenter(typeSM, r.Y, h), s, typeSM.font, col)
}
