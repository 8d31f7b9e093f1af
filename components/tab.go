package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// tab is one page of a tabs node: its children stacked 12 px apart. The
// tabs node draws its title in the tab strip.
type tab struct{}

func init() {
	render.Register("tab", tab{}, render.Traits{Block: true, Grow: 1, Surface: true})
}

func (tab) flex(b *render.Box) render.Flex {
	return render.Flex{Axis: render.Vertical, Gap: gapOf(b.Node, 12), Align: b.Node.Align}
}

func (k tab) Widths(c *render.Context, b *render.Box) (float32, float32) {
	return k.flex(b).Widths(c, b.Children)
}

func (k tab) Height(c *render.Context, b *render.Box, w float32) float32 {
	return k.flex(b).Height(c, b.Children, w)
}

func (k tab) Arrange(c *render.Context, b *render.Box, w, h float32) {
	k.flex(b).Arrange(c, b.Children, w, h)
}

func (tab) Describe(c *render.Context, b *render.Box) render.Group {
	return render.Group{Role: "tabpanel", Name: props[genui.Tab](b).Title}
}

func (tab) Paint(p *render.Painter, b *render.Box) {}
