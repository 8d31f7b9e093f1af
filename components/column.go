package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// column stacks its children top to bottom, 12 px apart by default.
type column struct{}

func init() {
	render.Register("column", column{}, render.Traits{Block: true, Grow: 1, Surface: true})
}

func (column) flex(b *render.Box) render.Flex {
	p := props[genui.Column](b)
	return render.Flex{Axis: render.Vertical, Gap: gapOf(b.Node, 12), Align: b.Node.Align, Justify: p.Justify}
}

func (k column) Widths(c *render.Context, b *render.Box) (float32, float32) {
	return k.flex(b).Widths(c, b.Children)
}

func (k column) Height(c *render.Context, b *render.Box, w float32) float32 {
	return k.flex(b).Height(c, b.Children, w)
}

func (k column) Arrange(c *render.Context, b *render.Box, w, h float32) {
	k.flex(b).Arrange(c, b.Children, w, h)
}

func (column) Describe(c *render.Context, b *render.Box) render.Group { return render.Group{} }

func (column) Paint(p *render.Painter, b *render.Box) {}
