package components

import "github.com/genui/genui/render"

// spacer is empty space: in a row it takes the free width (pushing what
// follows to the end); in a column it is as tall as its size token (8, 16,
// 24 or 32 px) and takes any free height.
type spacer struct{}

func init() {
	render.Register("spacer", spacer{}, render.Traits{Grow: 1, Spring: true, Block: true})
}

func (spacer) Widths(c *render.Context, b *render.Box) (float32, float32) { return 0, 0 }

func (spacer) Height(c *render.Context, b *render.Box, w float32) float32 {
	return [...]float32{8, 16, 24, 32}[sizeStep(b.Node)]
}

func (spacer) Describe(c *render.Context, b *render.Box) render.Group { return render.Group{} }

func (spacer) Paint(p *render.Painter, b *render.Box) {}
