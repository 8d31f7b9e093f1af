package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// text is a paragraph: 14/20 by default (12, 16 or 18 px by size token),
// in the body colour, muted for tone "neutral" or variant "secondary",
// coloured by any other tone. Its align token aligns its lines.
type text struct{}

func init() {
	render.Register("text", text{}, render.Traits{Block: true, AlignsText: true})
}

var bodySizes = [...]typeStyle{typeXS, typeSM, typeBase, typeLG}

func (text) style(n *genui.Node) typeStyle { return bodySizes[sizeStep(n)] }

func (k text) Widths(c *render.Context, b *render.Box) (float32, float32) {
	return widths(props[genui.Text](b).Text, k.style(b.Node))
}

func (k text) Height(c *render.Context, b *render.Box, w float32) float32 {
	return textsOf(b).set(0, props[genui.Text](b).Text, k.style(b.Node), w).Height()
}

func (text) Describe(c *render.Context, b *render.Box) render.Group { return render.Group{} }

// textColor returns the colour of body text carrying n's tokens.
func textColor(t *theme, n *genui.Node) render.Color {
	if n.Tone == genui.Neutral || n.Variant == genui.Secondary {
		return t.c[cFgMuted]
	}
	if tc, ok := t.tones[n.Tone]; ok {
		return tc.fg
	}
	return t.c[cFg]
}

func (k text) Paint(p *render.Painter, b *render.Box) {
	par := textsOf(b).set(0, props[genui.Text](b).Text, k.style(b.Node), b.Size.W)
	p.Paragraph(par, b.Rect, b.TextAlign, textColor(themeOf(p.Context), b.Node))
}
