package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// row places its children side by side, 8 px apart by default, vertically
// centred (cards and other surfaces stretch to the row's height).
type row struct{}

func init() {
	render.Register("row", row{}, render.Traits{Block: true, Grow: 1, Surface: true})
}

func (row) flex(b *render.Box) render.Flex {
	p := props[genui.Row](b)
	return render.Flex{Axis: render.Horizontal, Gap: gapOf(b.Node, 8), Align: b.Node.Align, Justify: p.Justify, Wrap: p.Wrap}
}

func (k row) Widths(c *render.Context, b *render.Box) (float32, float32) {
	return k.flex(b).Widths(c, b.Children)
}

func (k row) Height(c *render.Context, b *render.Box, w float32) float32 {
	return k.flex(b).Height(c, b.Children, w)
}

func (k row) Arrange(c *render.Context, b *render.Box, w, h float32) {
	k.flex(b).Arrange(c, b.Children, w, h)
}

func (row) Describe(c *render.Context, b *render.Box) render.Group { return render.Group{} }

func (row) Paint(p *render.Painter, b *render.Box) {}
