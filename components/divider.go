package components

import "github.com/genui/genui/render"

// divider is a hairline in the border colour: horizontal across a column,
// vertical (as tall as the row) between the children of a row.
type divider struct{}

func init() {
	render.Register("divider", divider{}, render.Traits{Block: true, Surface: true})
}

func (divider) Widths(c *render.Context, b *render.Box) (float32, float32) { return 1, 1 }

func (divider) Height(c *render.Context, b *render.Box, w float32) float32 { return 1 }

func (divider) Describe(c *render.Context, b *render.Box) render.Group {
	return render.Group{Role: "separator"}
}

func (divider) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	r := b.Rect
	if b.Size.W <= 1 { // vertical, between the children of a row
		p.Rect(render.XYWH(r.X, r.Y, 1, r.H), 0, t.c[cBorder])
		return
	}
	p.Rect(render.XYWH(r.X, r.Y+float32(int(r.H/2)), r.W, 1), 0, t.c[cBorder])
}
