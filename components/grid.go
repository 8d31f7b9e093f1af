package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// grid places its children in equal columns (two by default, at most 12),
// 16 px apart, using fewer columns when the page is too narrow for them.
type grid struct{}

func init() {
	render.Register("grid", grid{}, render.Traits{Block: true, Grow: 1, Surface: true})
}

func (grid) grid(b *render.Box) render.Grid {
	n := props[genui.Grid](b).Columns
	if n <= 0 {
		n = 2
	}
	return render.Grid{Columns: min(n, 12), Gap: gapOf(b.Node, 16)}
}

func (k grid) Widths(c *render.Context, b *render.Box) (float32, float32) {
	return k.grid(b).Widths(c, b.Children)
}

func (k grid) Height(c *render.Context, b *render.Box, w float32) float32 {
	return k.grid(b).Height(c, b.Children, w)
}

func (k grid) Arrange(c *render.Context, b *render.Box, w, h float32) {
	k.grid(b).Arrange(c, b.Children, w)
}

func (grid) Describe(c *render.Context, b *render.Box) render.Group { return render.Group{} }

func (grid) Paint(p *render.Painter, b *render.Box) {}
