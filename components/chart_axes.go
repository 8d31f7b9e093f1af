package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// paintAxes draws a bar, line or area chart into plot: tick labels on the
// left, grid lines across, x labels below, the series in the first
// palette colour.
func (k chart) paintAxes(p *render.Painter, b *render.Box, t *theme, plot render.Rect, s series) {
	lo, hi := 0.0, 0.0
	for _, v := range s.values {
		lo, hi = min(lo, v), max(hi, v)
	}
	tk := ticks(lo, hi, max(int(plot.H/48), 2))
	lo, hi = tk[0], tk[len(tk)-1]
	labelW := float32(0)
	for _, v := range tk {
		labelW = max(labelW, axisStyle.font.Width(short(v)))
	}
	xLabelH := axisStyle.line + 6
	area := render.XYWH(plot.X+labelW+8, plot.Y+axisStyle.line/2, plot.W-labelW-8, plot.H-xLabelH-axisStyle.line/2)
	y := func(v float64) float32 { return area.Y + area.H - float32((v-lo)/(hi-lo))*area.H }

	for _, v := range tk {
		gy := float32(int(y(v)))
		col := t.c[cBorder]
		if v == 0 {
			col = t.c[cInput]
		}
		p.Rect(render.XYWH(area.X, gy, area.W, 1), 0, col)
		lbl := short(v)
		p.Text(area.X-8-axisStyle.font.Width(lbl), gy+axisStyle.font.XHeight()/2, lbl, axisStyle.font, t.c[cFgMuted])
	}
	n := len(s.values)
	if n == 0 {
		msg := "No data"
		p.Text(area.X+(area.W-typeSM.font.Width(msg))/2, area.Y+area.H/2, msg, typeSM.font, t.c[cFgMuted])
		return
	}
	slot := area.W / float32(n)
	cx := func(i int) float32 { return area.X + slot*(float32(i)+0.5) }
	col := t.chart[0]
	zero := y(0)
	switch k.kind(b) {
	case genui.ChartBar:
		bw := min(slot*0.6, 48)
		for i, v := range s.values {
			top := y(v)
			bar := render.XYWH(cx(i)-bw/2, min(top, zero), bw, abs32(zero-top))
			if bar.H < 0.5 {
				continue
			}
			p.Fill(topRounded(bar, min(4, bw/4), v < 0), col)
		}
	case genui.ChartLine, genui.ChartArea:
		var line render.Path
		for i, v := range s.values {
			if i == 0 {
				line.MoveTo(cx(i), y(v))
			} else {
				line.LineTo(cx(i), y(v))
			}
		}
		if k.kind(b) == genui.ChartArea {
			fill := append(render.Path(nil), line...)
			fill.LineTo(cx(n-1), zero)
			fill.LineTo(cx(0), zero)
			fill.Close()
			p.Fill(fill, col.Alpha(0.18))
		}
		p.Stroke(line, col, 2)
		if n <= 24 {
			for i, v := range s.values {
				var dot render.Path
				dot.Circle(cx(i), y(v), 3.5)
				p.Fill(dot, t.c[cSurface])
				p.Stroke(dot, col, 2)
			}
		}
	}
	// x labels: every one that fits, else every k-th.
	every := 1
	widest := float32(0)
	for _, l := range s.labels {
		widest = max(widest, axisStyle.font.Width(l))
	}
	for every < n && slot*float32(every) < min(widest, 64)+8 {
		every++
	}
	base := area.Y + area.H + 6 + axisStyle.font.Baseline(axisStyle.line)
	for i := 0; i < n; i += every {
		lbl := render.Ellipsize(s.labels[i], axisStyle.font, slot*float32(every)-4)
		w := axisStyle.font.Width(lbl)
		p.Text(cx(i)-w/2, base, lbl, axisStyle.font, t.c[cFgMuted])
	}
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}
