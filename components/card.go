package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// card is a raised surface: a hairline border, 12 px corners, a soft
// shadow, 24 px of padding (16/24/28/32 by size token), an optional title,
// and its children stacked 16 px apart. A tone tints it.
type card struct{}

var cardTitle = ts(render.Bold, 16, 24)

func init() {
	render.Register("card", card{}, render.Traits{Block: true, Grow: 1, Surface: true})
}

func cardPad(n *genui.Node) float32 { return [...]float32{16, 24, 28, 32}[sizeStep(n)] }

// flex returns the layout of the card's children at width w, below its title.
func (card) flex(b *render.Box, w float32) render.Flex {
	pad := cardPad(b.Node)
	gap := gapOf(b.Node, 16)
	top := pad
	if title := props[genui.Card](b).Title; title != "" {
		top += textsOf(b).set(0, title, cardTitle, w-2*pad).Height()
		if len(b.Children) > 0 {
			top += gap
		}
	}
	return render.Flex{
		Axis: render.Vertical, Gap: gap, Align: b.Node.Align,
		Padding: render.Insets{Top: top, Right: pad, Bottom: pad, Left: pad},
	}
}

func (k card) Widths(c *render.Context, b *render.Box) (float32, float32) {
	pad := cardPad(b.Node)
	f := render.Flex{Axis: render.Vertical, Padding: render.Pad(pad)}
	minW, maxW := f.Widths(c, b.Children)
	tmin, tmax := widths(props[genui.Card](b).Title, cardTitle)
	return max(minW, tmin+2*pad), max(maxW, tmax+2*pad)
}

func (k card) Height(c *render.Context, b *render.Box, w float32) float32 {
	return k.flex(b, w).Height(c, b.Children, w)
}

func (k card) Arrange(c *render.Context, b *render.Box, w, h float32) {
	k.flex(b, w).Arrange(c, b.Children, w, h)
}

func (card) Describe(c *render.Context, b *render.Box) render.Group {
	return render.Group{Role: "group", Name: props[genui.Card](b).Title}
}

func (card) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	surface, border, titleCol := t.c[cSurface], t.c[cBorder], t.c[cFg]
	if tc, ok := t.tones[b.Node.Tone]; ok && b.Node.Tone != genui.Neutral {
		surface, border, titleCol = tc.bg, tc.border, tc.fg
	}
	r := b.Rect
	p.Rect(r.Offset(0, 1), t.radius(radiusXL), t.c[cShadow])
	p.Frame(r, t.radius(radiusXL), surface, border, 1)
	if title := props[genui.Card](b).Title; title != "" {
		pad := cardPad(b.Node)
		par := textsOf(b).set(0, title, cardTitle, b.Size.W-2*pad)
		p.Paragraph(par, r.InsetXY(pad, pad), render.AlignLeft, titleCol)
	}
}
