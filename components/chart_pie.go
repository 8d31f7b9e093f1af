package components

import (
	"math"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// paintRound draws a pie or donut chart and its legend. Slices start at
// twelve o'clock and run clockwise, parted by hairlines of the surface
// colour; negative values count as zero. A donut shows the total in its
// hole.
func (k chart) paintRound(p *render.Painter, b *render.Box, t *theme, plot render.Rect, s series) {
	d := plot.H
	beside := k.legendBeside(b, b.Size.W)
	cx := plot.X + d/2
	if !beside {
		cx = plot.X + plot.W/2
	}
	cy := plot.Y + d/2
	outer := d/2 - 2
	inner := float32(0)
	if k.kind(b) == genui.ChartDonut {
		inner = outer * 0.62
	}
	var total float64
	for _, v := range s.values {
		total += max(v, 0)
	}
	if total <= 0 {
		var ring render.Path
		ring.Circle(cx, cy, outer)
		p.Fill(ring, t.c[cMuted])
	} else {
		a := float32(-math.Pi / 2)
		for i, v := range s.values {
			if v <= 0 {
				continue
			}
			sweep := float32(v / total * 2 * math.Pi)
			var slice render.Path
			if inner > 0 {
				slice.ArcTo(cx, cy, outer, a, a+sweep)
				slice.ArcTo(cx, cy, inner, a+sweep, a)
			} else {
				slice.MoveTo(cx, cy)
				slice.ArcTo(cx, cy, outer, a, a+sweep)
			}
			slice.Close()
			col := t.chart[i%len(t.chart)]
			p.Fill(slice, col)
			if sweep < 2*math.Pi-1e-3 {
				p.Stroke(slice, t.c[cSurface], 2)
			}
			a += sweep
		}
	}
	if inner > 0 {
		if total <= 0 {
			var hole render.Path
			hole.Circle(cx, cy, inner)
			p.Fill(hole, t.c[cSurface])
		}
		fig := ts(render.Bold, min(22, inner*0.45), min(28, inner*0.6))
		sum := short(total)
		p.Text(cx-fig.font.Width(sum)/2, cy+fig.font.CapHeight()/2-6, sum, fig.font, t.c[cFg])
		lbl := "Total"
		p.Text(cx-axisStyle.font.Width(lbl)/2, cy+axisStyle.line+3, lbl, axisStyle.font, t.c[cFgMuted])
	}
	// The legend.
	n := float32(len(s.values))
	var lx, ly, lw float32
	if beside {
		lx = plot.X + d + 24
		lw = plot.X + plot.W - lx
		ly = cy - (n*legendRowH+max(n-1, 0)*legendGap)/2
		ly = max(ly, plot.Y)
	} else {
		lx, lw = plot.X, plot.W
		ly = plot.Y + d + 16
	}
	for i, v := range s.values {
		y := ly + float32(i)*(legendRowH+legendGap)
		col := t.chart[i%len(t.chart)]
		p.Rect(render.XYWH(lx, y+(legendRowH-10)/2, 10, 10), 3, col)
		val := short(v)
		if total > 0 && v > 0 {
			val += " (" + short(math.Round(v/total*1000)/10) + "%)"
		}
		vw := typeSM.font.Width(val)
		p.Text(lx+lw-vw, vcenter(typeSM, y, legendRowH), val, typeSM.font, t.c[cFgMuted])
		lbl := render.Ellipsize(s.labels[i], typeSM.font, lw-18-vw-8)
		p.Text(lx+18, vcenter(typeSM, y, legendRowH), lbl, typeSM.font, t.c[cFg])
	}
}
