package components

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// chart draws its data as a bar, line or area chart (bar by default) with
// a y axis of round ticks, grid lines and x labels, or as a pie or donut
// with a legend beside it (below it on narrow pages). The plot is 160, 200,
// 260 or 320 px tall by size token, under the title. Series colours come
// from the theme's chart palette; numbers are written short (1.2k, 3.4M).
type chart struct{}

const (
	chartMaxPoints = 1000
	chartTitleGap  = 12
	legendRowH     = 20
	legendGap      = 4
	legendMinW     = 140
)

var (
	chartTitle = typeLabel
	axisStyle  = typeXS
)

func init() { render.Register("chart", chart{}, render.Traits{Block: true, Grow: 1}) }

// series is a chart's data made safe: finite values, at most chartMaxPoints.
type series struct {
	labels []string
	values []float64
}

func (chart) series(b *render.Box) series {
	data := props[genui.Chart](b).Data
	data = data[:min(len(data), chartMaxPoints)]
	s := series{make([]string, len(data)), make([]float64, len(data))}
	for i, d := range data {
		s.labels[i], s.values[i] = d.Label, render.Finite(d.Value, 0)
	}
	return s
}

func (chart) kind(b *render.Box) genui.ChartType {
	switch t := props[genui.Chart](b).ChartType; t {
	case genui.ChartLine, genui.ChartArea, genui.ChartPie, genui.ChartDonut:
		return t
	}
	return genui.ChartBar
}

func (k chart) round(b *render.Box) bool {
	t := k.kind(b)
	return t == genui.ChartPie || t == genui.ChartDonut
}

func (chart) plotHeight(n *genui.Node) float32 { return [...]float32{160, 200, 260, 320}[sizeStep(n)] }

func (k chart) titleHeight(b *render.Box, w float32) float32 {
	title := props[genui.Chart](b).Title
	if title == "" {
		return 0
	}
	return textsOf(b).set(0, title, chartTitle, w).Height() + chartTitleGap
}

func (k chart) Widths(c *render.Context, b *render.Box) (float32, float32) {
	tmin, tmax := widths(props[genui.Chart](b).Title, chartTitle)
	return max(tmin, 160), max(tmax, 480)
}

// legendBeside reports whether a round chart w wide has room for its legend
// beside the pie.
func (k chart) legendBeside(b *render.Box, w float32) bool {
	return w >= k.plotHeight(b.Node)+24+legendMinW
}

func (k chart) Height(c *render.Context, b *render.Box, w float32) float32 {
	h := k.titleHeight(b, w) + k.plotHeight(b.Node)
	if k.round(b) && !k.legendBeside(b, w) {
		n := float32(len(k.series(b).values))
		h += 16 + n*legendRowH + max(n-1, 0)*legendGap
	}
	return h
}

var chartNames = map[genui.ChartType]string{
	genui.ChartBar: "bar chart", genui.ChartLine: "line chart", genui.ChartArea: "area chart",
	genui.ChartPie: "pie chart", genui.ChartDonut: "donut chart",
}

// Describe names the chart by its title, kind and first dozen points, so
// the figures reach people who cannot see them.
func (k chart) Describe(c *render.Context, b *render.Box) render.Group {
	pr := props[genui.Chart](b)
	if len(pr.Data) > chartMaxPoints {
		c.Warn(b.Pointer+"/data", fmt.Sprintf("more than %d points; the rest are not drawn", chartMaxPoints))
	}
	var sb strings.Builder
	if pr.Title != "" {
		sb.WriteString(pr.Title + ", ")
	}
	sb.WriteString(chartNames[k.kind(b)])
	s := k.series(b)
	for i := range min(len(s.values), 12) {
		if i == 0 {
			sb.WriteString(": ")
		} else {
			sb.WriteString(", ")
		}
		sb.WriteString(s.labels[i] + " " + strconv.FormatFloat(s.values[i], 'g', 6, 64))
	}
	if len(s.values) > 12 {
		fmt.Fprintf(&sb, ", and %d more", len(s.values)-12)
	}
	return render.Group{Role: "img", Name: sb.String()}
}

func (k chart) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	r := b.Rect
	top := k.titleHeight(b, b.Size.W)
	if top > 0 {
		par := textsOf(b).set(0, props[genui.Chart](b).Title, chartTitle, b.Size.W)
		p.Paragraph(par, render.XYWH(r.X, r.Y, b.Size.W, par.Height()), render.AlignLeft, t.c[cFg])
	}
	plot := render.XYWH(r.X, r.Y+top, r.W, k.plotHeight(b.Node))
	s := k.series(b)
	if k.round(b) {
		k.paintRound(p, b, t, plot, s)
		return
	}
	k.paintAxes(p, b, t, plot, s)
}

// niceStep returns a round step (1, 2 or 5 times a power of ten) near x.
func niceStep(x float64) float64 {
	e := math.Pow(10, math.Floor(math.Log10(x)))
	switch f := x / e; {
	case f < 1.5:
		return e
	case f < 3:
		return 2 * e
	case f < 7:
		return 5 * e
	}
	return 10 * e
}

// ticks returns round tick values spanning lo…hi (which include zero) in
// about n steps.
func ticks(lo, hi float64, n int) []float64 {
	if hi-lo < 1e-12 {
		hi = lo + 1
	}
	step := niceStep((hi - lo) / float64(n))
	first, last := math.Floor(lo/step), math.Ceil(hi/step)
	out := make([]float64, 0, int(last-first)+1)
	for i := first; i <= last; i++ {
		out = append(out, i*step)
	}
	return out
}

// short writes v compactly: 950, 1.2k, 3.4M, 2.1B, 0.25.
func short(v float64) string {
	a := math.Abs(v)
	suffix := ""
	switch {
	case a >= 1e9:
		v, suffix = v/1e9, "B"
	case a >= 1e6:
		v, suffix = v/1e6, "M"
	case a >= 1e4:
		v, suffix = v/1e3, "k"
	}
	prec := 1
	if suffix == "" && a < 1 {
		prec = 2
	}
	s := strconv.FormatFloat(v, 'f', prec, 64)
	s = strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	return s + suffix
}
