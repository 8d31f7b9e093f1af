package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// badge is a short label in a pill. By default it is muted grey; a tone
// tints it (tinted fill, tone text, hairline edge); variant primary and
// danger make it solid, ghost an outline.
type badge struct{}

func init() { render.Register("badge", badge{}, render.Traits{}) }

type badgeSize struct {
	h, padX float32
	st      typeStyle
}

var badgeSizes = [...]badgeSize{
	{20, 8, ts(render.Medium, 11, 14)},
	{22, 10, ts(render.Medium, 12, 16)},
	{26, 12, ts(render.Medium, 13, 18)},
	{30, 14, ts(render.Medium, 14, 20)},
}

func (badge) size(b *render.Box) badgeSize { return badgeSizes[sizeStep(b.Node)] }

func (k badge) Widths(c *render.Context, b *render.Box) (float32, float32) {
	s := k.size(b)
	w := s.st.font.Width(props[genui.Badge](b).Text) + 2*s.padX
	return min(w, 48+2*s.padX), w
}

func (k badge) Height(c *render.Context, b *render.Box, w float32) float32 { return k.size(b).h }

func (badge) Describe(c *render.Context, b *render.Box) render.Group {
	return render.Group{Name: props[genui.Badge](b).Text}
}

// badgeColors returns fill, edge and text colours for a pill carrying n's tokens.
func badgeColors(t *theme, n *genui.Node) (fill, edge, fg render.Color) {
	switch n.Variant {
	case genui.Primary:
		return t.c[cPrimary], render.Color{}, t.c[cPrimaryFg]
	case genui.Danger:
		return t.c[cDanger], render.Color{}, t.c[cDangerFg]
	case genui.Ghost:
		return render.Color{}, t.c[cBorder], t.c[cFg]
	}
	if tc, ok := t.tones[n.Tone]; ok {
		return tc.bg, tc.border, tc.fg
	}
	return t.c[cMuted], render.Color{}, t.c[cFg]
}

func (k badge) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	s := k.size(b)
	r := b.Rect
	r.H = s.h
	fill, edge, fg := badgeColors(t, b.Node)
	p.Frame(r, radiusFull, fill, edge, 1)
	label := render.Ellipsize(props[genui.Badge](b).Text, s.st.font, b.Size.W-2*s.padX)
	lw := s.st.font.Width(label)
	p.Text(r.X+(r.W-lw)/2, vcenter(s.st, r.Y, r.H), label, s.st.font, fg)
}
