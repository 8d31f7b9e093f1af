package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// form stacks its fields 16 px apart; its buttons without an action of
// their own fire the form's.
type form struct{}

func init() {
	render.Register("form", form{}, render.Traits{Block: true, Grow: 1, Surface: true})
}

func (form) flex(b *render.Box) render.Flex {
	return render.Flex{Axis: render.Vertical, Gap: gapOf(b.Node, 16), Align: b.Node.Align}
}

func (k form) Widths(c *render.Context, b *render.Box) (float32, float32) {
	return k.flex(b).Widths(c, b.Children)
}

func (k form) Height(c *render.Context, b *render.Box, w float32) float32 {
	return k.flex(b).Height(c, b.Children, w)
}

func (k form) Arrange(c *render.Context, b *render.Box, w, h float32) {
	k.flex(b).Arrange(c, b.Children, w, h)
}

// Describe names the form after its first heading, else its action.
func (form) Describe(c *render.Context, b *render.Box) render.Group {
	action := props[genui.Form](b).Action
	name := action
	for _, k := range b.Children {
		if h, ok := k.Node.Props.(*genui.Heading); ok && h != nil {
			name = h.Text
			break
		}
	}
	return render.Group{Role: "form", Name: name, Action: action}
}

func (form) Paint(p *render.Painter, b *render.Box) {}
