package components

import (
	"math"
	"strconv"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// slider picks a number: its label and current value on a line, then a
// 6 px track filled in the accent colour up to an 18 px thumb. The value
// is interaction state first, then the spec's, clamped into [min, max]
// (max is 100 when it is not above min) and snapped to step.
type slider struct{}

const (
	sliderTrack = 6
	sliderThumb = 18
)

func init() { render.Register("slider", slider{}, render.Traits{Block: true, Grow: 1}) }

// values returns the slider's range and value, made sane.
func (slider) values(c *render.Context, b *render.Box) (lo, hi, v float64) {
	pr := props[genui.Slider](b)
	lo = render.Finite(pr.Min, 0)
	hi = render.Finite(pr.Max, 0)
	if !(hi > lo) {
		hi = lo + 100
	}
	v = render.Finite(pr.Value, lo)
	if s, ok := c.State.Value(b.Pointer); ok {
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			v = render.Finite(f, v)
		}
	}
	if step := render.Finite(pr.Step, 0); step > 0 && (hi-lo)/step < 1e6 {
		v = lo + math.Round((v-lo)/step)*step
	}
	return lo, hi, min(max(v, lo), hi)
}

func (k slider) text(c *render.Context, b *render.Box) string {
	_, _, v := k.values(c, b)
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func (k slider) Widths(c *render.Context, b *render.Box) (float32, float32) {
	a, z := widths(props[genui.Slider](b).Label, typeLabel)
	vw := typeSM.font.Width(k.text(c, b)) + 8
	return max(a+vw, 80), max(z+vw, 240)
}

func (k slider) labelHeight(c *render.Context, b *render.Box, w float32) float32 {
	label := props[genui.Slider](b).Label
	if label == "" {
		return 0
	}
	vw := typeSM.font.Width(k.text(c, b)) + 8
	return textsOf(b).set(0, label, typeLabel, w-vw).Height() + fieldGap
}

func (k slider) Height(c *render.Context, b *render.Box, w float32) float32 {
	return k.labelHeight(c, b, w) + sliderThumb
}

func (k slider) Describe(c *render.Context, b *render.Box) render.Group {
	return render.Group{Role: "slider", Name: props[genui.Slider](b).Label, Interact: render.Slide, Value: k.text(c, b)}
}

func (k slider) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	r := b.Rect
	top := k.labelHeight(p.Context, b, b.Size.W)
	if label := props[genui.Slider](b).Label; label != "" {
		val := k.text(p.Context, b)
		vw := typeSM.font.Width(val)
		par := textsOf(b).set(0, label, typeLabel, b.Size.W-vw-8)
		p.Paragraph(par, render.XYWH(r.X, r.Y, par.Width, par.Height()), render.AlignLeft, t.c[cFg])
		p.Text(r.X+r.W-vw, r.Y+typeSM.font.Baseline(typeSM.line), val, typeSM.font, t.c[cFgMuted])
	}
	lo, hi, v := k.values(p.Context, b)
	frac := float32((v - lo) / (hi - lo))
	y := r.Y + top
	track := render.XYWH(r.X, y+(sliderThumb-sliderTrack)/2, r.W, sliderTrack)
	p.Rect(track, radiusFull, t.c[cMuted])
	cx := track.X + sliderThumb/2 + (track.W-sliderThumb)*frac
	p.Rect(render.XYWH(track.X, track.Y, cx-track.X, sliderTrack), radiusFull, t.c[cPrimary])
	thumb := render.XYWH(cx-sliderThumb/2, y, sliderThumb, sliderThumb)
	if p.State.Focused(b.Pointer) {
		p.Frame(thumb.Inset(-3), radiusFull, render.Color{}, t.c[cRing], 3)
	}
	p.Rect(thumb.Offset(0, 1), radiusFull, t.c[cShadow])
	p.Frame(thumb, radiusFull, t.c[cThumb], t.c[cPrimary], 2)
}
