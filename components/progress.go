package components

import (
	"strconv"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// progress is an 8 px rounded track filled to its value (0–100) in the
// accent colour (or its tone's), under a row with its label and the
// percentage.
type progress struct{}

const progressTrack = 8

func init() { render.Register("progress", progress{}, render.Traits{Block: true, Grow: 1}) }

// value returns the percentage, clamped to 0–100.
func (progress) value(b *render.Box) float64 {
	return min(max(render.Finite(props[genui.Progress](b).Value, 0), 0), 100)
}

func (k progress) percent(b *render.Box) string {
	return strconv.FormatFloat(k.value(b), 'f', -1, 64) + "%"
}

func (k progress) Widths(c *render.Context, b *render.Box) (float32, float32) {
	lmin, lmax := widths(props[genui.Progress](b).Label, typeLabel)
	pw := typeSM.font.Width(k.percent(b))
	return max(lmin+pw+8, 80), max(lmax+pw+8, 240)
}

func (k progress) Height(c *render.Context, b *render.Box, w float32) float32 {
	if props[genui.Progress](b).Label == "" {
		return progressTrack
	}
	return textsOf(b).set(0, props[genui.Progress](b).Label, typeLabel, k.labelWidth(b, w)).Height() + 8 + progressTrack
}

func (k progress) labelWidth(b *render.Box, w float32) float32 {
	return w - typeSM.font.Width(k.percent(b)) - 8
}

func (k progress) Describe(c *render.Context, b *render.Box) render.Group {
	return render.Group{Role: "progressbar", Name: props[genui.Progress](b).Label, Value: k.percent(b)}
}

func (k progress) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	r := b.Rect
	y := r.Y
	if label := props[genui.Progress](b).Label; label != "" {
		par := textsOf(b).set(0, label, typeLabel, k.labelWidth(b, b.Size.W))
		p.Paragraph(par, render.XYWH(r.X, y, par.Width, par.Height()), render.AlignLeft, t.c[cFg])
		pc := k.percent(b)
		p.Text(r.X+r.W-typeSM.font.Width(pc), y+typeSM.font.Baseline(typeSM.line), pc, typeSM.font, t.c[cFgMuted])
		y += par.Height() + 8
	}
	track := render.XYWH(r.X, y, r.W, progressTrack)
	p.Rect(track, radiusFull, t.c[cMuted])
	fill := t.c[cPrimary]
	if tc, ok := t.tones[b.Node.Tone]; ok {
		fill = tc.solid
	}
	if v := float32(k.value(b)); v > 0 {
		p.Rect(render.XYWH(track.X, track.Y, max(track.W*v/100, progressTrack), track.H), radiusFull, fill)
	}
}
