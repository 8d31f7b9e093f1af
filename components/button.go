package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// button fires its action (or, inside a form, the form's). Variants:
// primary (solid accent, the default), secondary (surface with a hairline
// edge and soft shadow), ghost (text only) and danger (solid red). Sizes
// are 32, 36, 40 and 44 px tall. The label stays on one line, cut with an
// ellipsis when the button is squeezed.
type button struct{}

func init() { render.Register("button", button{}, render.Traits{}) }

type controlSize struct {
	h, padX float32
	st      typeStyle
}

var buttonSizes = [...]controlSize{
	{32, 12, ts(render.Medium, 13, 18)},
	{36, 16, typeLabel},
	{40, 20, typeLabel},
	{44, 24, ts(render.Medium, 16, 24)},
}

func (button) size(b *render.Box) controlSize { return buttonSizes[sizeStep(b.Node)] }

func (k button) Widths(c *render.Context, b *render.Box) (float32, float32) {
	s := k.size(b)
	w := s.st.font.Width(props[genui.Button](b).Text)
	return min(w, 64) + 2*s.padX, w + 2*s.padX
}

func (k button) Height(c *render.Context, b *render.Box, w float32) float32 { return k.size(b).h }

// buttonAction returns the button's action, or its form's.
func buttonAction(b *render.Box) string {
	if a := props[genui.Button](b).Action; a != "" {
		return a
	}
	if f := ancestor(b, "form", genui.MaxDepth); f != nil {
		return props[genui.Form](f).Action
	}
	return ""
}

func (button) Describe(c *render.Context, b *render.Box) render.Group {
	return render.Group{
		Role: "button", Name: props[genui.Button](b).Text,
		Interact: render.Press, Action: buttonAction(b),
	}
}

func (k button) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	s := k.size(b)
	r := b.Rect
	r.Y += float32(int((r.H - s.h) / 2))
	r.H = s.h
	hover := p.State.Hovered(b.Pointer)
	var fill, edge, fg render.Color
	switch b.Node.Variant {
	case genui.Secondary:
		fill, edge, fg = t.c[cSurface], t.c[cInput], t.c[cFg]
		if hover {
			fill = t.c[cMuted]
		}
		p.Rect(r.Offset(0, 1), t.radius(radiusMD), t.c[cShadow])
	case genui.Ghost:
		fg = t.c[cFg]
		if hover {
			fill = t.c[cMuted]
		}
	case genui.Danger:
		fill, fg = t.c[cDanger], t.c[cDangerFg]
		if hover {
			fill = fill.Mix(hex(0x000000), 0.12)
		}
	default:
		fill, fg = t.c[cPrimary], t.c[cPrimaryFg]
		if hover {
			fill = t.c[cPrimaryHover]
		}
	}
	if p.State.Focused(b.Pointer) {
		p.Frame(r.Inset(-3), t.radius(radiusMD)+3, render.Color{}, t.c[cRing], 2)
	}
	p.Frame(r, t.radius(radiusMD), fill, edge, 1)
	label := render.Ellipsize(props[genui.Button](b).Text, s.st.font, b.Size.W-2*s.padX)
	lw := s.st.font.Width(label)
	p.Text(r.X+(r.W-lw)/2, vcenter(s.st, r.Y, r.H), label, s.st.font, fg)
}
