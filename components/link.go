package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// link is underlined text in the accent colour that follows its href
// (checked with genui.SafeURL; an unsafe one is dropped, the text stays).
type link struct{}

var linkStyle = typeLabel

func init() { render.Register("link", link{}, render.Traits{}) }

func (link) Widths(c *render.Context, b *render.Box) (float32, float32) {
	return widths(props[genui.Link](b).Text, linkStyle)
}

func (link) Height(c *render.Context, b *render.Box, w float32) float32 {
	return textsOf(b).set(0, props[genui.Link](b).Text, linkStyle, w).Height()
}

func (link) Describe(c *render.Context, b *render.Box) render.Group {
	p := props[genui.Link](b)
	return render.Group{
		Role: "link", Name: p.Text, Interact: render.Follow,
		Href: c.URL(b.Pointer+"/href", p.Href, false),
	}
}

func (link) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	col := t.c[cPrimary]
	if p.State.Hovered(b.Pointer) {
		col = t.c[cPrimaryHover]
	}
	par := textsOf(b).set(0, props[genui.Link](b).Text, linkStyle, b.Size.W)
	p.Paragraph(par, b.Rect, render.AlignLeft, col)
	base := linkStyle.font.Baseline(linkStyle.line)
	for i, ln := range par.Lines {
		y := b.Rect.Y + float32(i)*linkStyle.line + float32(int(base)) + 2
		p.Rect(render.XYWH(b.Rect.X, y, ln.Width, 1), 0, col.Alpha(0.5))
	}
}
