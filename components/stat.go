package components

import (
	"strings"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// stat is a key figure: a muted label, the figure in bold (20, 28, 32 or
// 36 px by size token, smaller when a narrow column needs it) and its
// change as a green or red pill beside it (below when there is no room).
// Outside a card it draws its own card surface, so a grid of stats reads as
// a dashboard either way.
type stat struct{}

// statFigures are the figure's sizes, largest first; size tokens start at
// xl, lg, md and sm.
var statFigures = [...]typeStyle{
	ts(render.Bold, 36, 44),
	ts(render.Bold, 32, 40),
	ts(render.Bold, 28, 36),
	ts(render.Bold, 24, 32),
	ts(render.Bold, 20, 28),
}

var statStart = [...]int{4, 2, 1, 0} // by sizeStep

// figure returns the largest style, no larger than the size token asks,
// that sets the figure on one line within inner.
func (stat) figure(b *render.Box, inner float32) typeStyle {
	text := props[genui.Stat](b).Text
	for _, st := range statFigures[statStart[sizeStep(b.Node)]:] {
		if st.font.Width(text) <= inner {
			return st
		}
	}
	return statFigures[len(statFigures)-1]
}

const (
	statPad    = 20
	statDeltaH = 22
	statGap    = 8
)

func init() { render.Register("stat", stat{}, render.Traits{Block: true, Grow: 1}) }

// pad returns the stat's padding: none inside a card, which has its own.
func (stat) pad(b *render.Box) float32 {
	if ancestor(b, "card", 3) != nil {
		return 0
	}
	return statPad
}

func (stat) deltaWidth(b *render.Box) float32 {
	d := props[genui.Stat](b).Delta
	if d == "" {
		return 0
	}
	return typeSmall.font.Width(d) + 16
}

// beside reports whether the delta fits beside the figure at width w.
func (k stat) beside(b *render.Box, w float32) bool {
	inner := w - 2*k.pad(b)
	fig := k.figure(b, inner)
	return fig.font.Width(props[genui.Stat](b).Text)+statGap+k.deltaWidth(b) <= inner
}

func (k stat) Widths(c *render.Context, b *render.Box) (float32, float32) {
	pr := props[genui.Stat](b)
	lmin, lmax := widths(pr.Label, typeLabel)
	smallest := statFigures[len(statFigures)-1].font.Width(pr.Text)
	fw := statFigures[statStart[sizeStep(b.Node)]].font.Width(pr.Text)
	dw := k.deltaWidth(b)
	pad := 2 * k.pad(b)
	return max(lmin, min(smallest, minWordCap), dw) + pad, max(lmax, fw+statGap+dw) + pad
}

func (k stat) Height(c *render.Context, b *render.Box, w float32) float32 {
	pr := props[genui.Stat](b)
	inner := w - 2*k.pad(b)
	h := textsOf(b).set(1, pr.Text, k.figure(b, inner), inner).Height()
	if pr.Label != "" {
		h += textsOf(b).set(0, pr.Label, typeLabel, inner).Height() + 4
	}
	if pr.Delta != "" && !k.beside(b, w) {
		h += statGap + statDeltaH
	}
	return h + 2*k.pad(b)
}

func (stat) Describe(c *render.Context, b *render.Box) render.Group {
	pr := props[genui.Stat](b)
	name := pr.Text
	if pr.Label != "" {
		name = pr.Label + ": " + name
	}
	if pr.Delta != "" {
		name += " (" + pr.Delta + ")"
	}
	return render.Group{Role: "group", Name: name}
}

// deltaTone returns the tone of a change: success when it rises, danger
// when it falls, neutral when it does not say.
func deltaTone(d string) genui.Tone {
	d = strings.TrimSpace(d)
	switch {
	case strings.HasPrefix(d, "+"), strings.HasPrefix(d, "↑"), strings.HasPrefix(d, "▲"):
		return genui.Success
	case strings.HasPrefix(d, "-"), strings.HasPrefix(d, "−"), strings.HasPrefix(d, "↓"), strings.HasPrefix(d, "▼"):
		return genui.DangerTone
	}
	return genui.Neutral
}

func (k stat) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	pr := props[genui.Stat](b)
	pad := k.pad(b)
	fig := k.figure(b, b.Size.W-2*pad)
	r := b.Rect
	if pad > 0 {
		p.Rect(r.Offset(0, 1), t.radius(radiusXL), t.c[cShadow])
		p.Frame(r, t.radius(radiusXL), t.c[cSurface], t.c[cBorder], 1)
	}
	inner := b.Size.W - 2*pad
	x, y := r.X+pad, r.Y+pad
	if pr.Label != "" {
		par := textsOf(b).set(0, pr.Label, typeLabel, inner)
		p.Paragraph(par, render.XYWH(x, y, inner, par.Height()), render.AlignLeft, t.c[cFgMuted])
		y += par.Height() + 4
	}
	par := textsOf(b).set(1, pr.Text, fig, inner)
	p.Paragraph(par, render.XYWH(x, y, inner, par.Height()), render.AlignLeft, textColor(t, b.Node))
	if pr.Delta == "" {
		return
	}
	tc := t.tone(deltaTone(pr.Delta), genui.Neutral)
	dw := k.deltaWidth(b)
	var pill render.Rect
	if k.beside(b, b.Size.W) {
		last := par.Lines[len(par.Lines)-1]
		pill = render.XYWH(x+last.Width+statGap, y+par.Height()-fig.line+(fig.line-statDeltaH)/2, dw, statDeltaH)
	} else {
		pill = render.XYWH(x, y+par.Height()+statGap, dw, statDeltaH)
	}
	pill.Y = float32(int(pill.Y))
	p.Frame(pill, radiusFull, tc.bg, tc.border, 1)
	p.Text(pill.X+8, vcenter(typeSmall, pill.Y, pill.H), pr.Delta, typeSmall.font, tc.fg)
}
