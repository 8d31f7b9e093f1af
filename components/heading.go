package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// heading is a title line: level 1 to 4 (2 by default) set in bold at 28,
// 22, 18 and (medium) 16 px. Its align token aligns its lines.
type heading struct{}

func init() {
	render.Register("heading", heading{}, render.Traits{Block: true, AlignsText: true})
}

var headingStyles = [...]typeStyle{
	ts(render.Bold, 28, 36),
	ts(render.Bold, 22, 30),
	ts(render.Bold, 18, 26),
	ts(render.Medium, 16, 24),
}

// level returns the heading's level, 1–4.
func (heading) level(b *render.Box) int {
	l := props[genui.Heading](b).Level
	if l < 1 || l > 4 {
		return 2
	}
	return l
}

func (k heading) style(b *render.Box) typeStyle { return headingStyles[k.level(b)-1] }

func (k heading) Widths(c *render.Context, b *render.Box) (float32, float32) {
	return widths(props[genui.Heading](b).Text, k.style(b))
}

func (k heading) Height(c *render.Context, b *render.Box, w float32) float32 {
	return textsOf(b).set(0, props[genui.Heading](b).Text, k.style(b), w).Height()
}

func (k heading) Describe(c *render.Context, b *render.Box) render.Group {
	return render.Group{Role: "heading", Name: props[genui.Heading](b).Text, Level: k.level(b)}
}

func (k heading) Paint(p *render.Painter, b *render.Box) {
	par := textsOf(b).set(0, props[genui.Heading](b).Text, k.style(b), b.Size.W)
	p.Paragraph(par, b.Rect, b.TextAlign, textColor(themeOf(p.Context), b.Node))
}
