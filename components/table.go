package components

import (
	"fmt"
	"strings"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// table lays out rows of cells under a muted header row inside a bordered
// box with 8 px corners. Columns are sized from their content (max-content
// widths when they fit, shrinking towards min-content when not; cells
// wrap), extra room is shared in proportion, and columns whose cells are
// all numbers are right-aligned. When the words do not fit with 12 px of
// cell padding, the padding tightens to 6 px before words break. At most
// 16 columns and 500 rows are drawn.
type table struct{}

const (
	tableMaxCols = 16
	tableMaxRows = 500
	cellPadX     = 12
	cellPadTight = 6
	cellPadY     = 10
)

var tableHead = ts(render.Medium, 13, 18)

func init() { render.Register("table", table{}, render.Traits{Block: true, Grow: 1}) }

// tableData is the table's layout at one width.
type tableData struct {
	width   float32
	padX    float32              // cell padding on the left and right
	cols    []float32            // column widths
	head    []render.Paragraph   // header cells
	cells   [][]render.Paragraph // body cells by row
	rowH    []float32            // body row heights
	headH   float32
	numeric []bool
}

// shape returns the table's header and rows, cut to the limits, and the
// number of columns.
func (table) shape(b *render.Box) (head []string, rows [][]string, n int) {
	pr := props[genui.Table](b)
	head = pr.Columns[:min(len(pr.Columns), tableMaxCols)]
	rows = pr.Rows[:min(len(pr.Rows), tableMaxRows)]
	n = len(head)
	if n == 0 {
		for _, r := range rows {
			n = max(n, min(len(r), tableMaxCols))
		}
	}
	return head, rows, n
}

func cell(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

// colWidths returns each column's min- and max-content widths, with padX
// of padding on either side.
func (k table) colWidths(b *render.Box, padX float32) (mins, maxs []float32) {
	head, rows, n := k.shape(b)
	mins, maxs = make([]float32, n), make([]float32, n)
	for i := range n {
		a, z := widths(cell(head, i), tableHead)
		for _, r := range rows {
			ra, rz := widths(cell(r, i), typeSM)
			a, z = max(a, ra), max(z, rz)
		}
		mins[i], maxs[i] = min(a, 160)+2*padX, min(z, 360)+2*padX
	}
	return mins, maxs
}

func (k table) Widths(c *render.Context, b *render.Box) (float32, float32) {
	mins, maxs := k.colWidths(b, cellPadX)
	var a, z float32
	for i := range mins {
		a, z = a+mins[i], z+maxs[i]
	}
	return min(a, 240) + 2, z + 2
}

// fit shares avail among columns: max-content plus a proportional share of
// what is left, or shrunk from max- towards min-content, or squeezed.
func fit(mins, maxs []float32, avail float32) []float32 {
	var sumMin, sumMax float32
	for i := range mins {
		sumMin, sumMax = sumMin+mins[i], sumMax+maxs[i]
	}
	out := make([]float32, len(mins))
	for i := range out {
		switch {
		case sumMax <= avail:
			out[i] = maxs[i] + (avail-sumMax)*maxs[i]/sumMax
		case sumMin <= avail:
			out[i] = mins[i] + (avail-sumMin)*(maxs[i]-mins[i])/(sumMax-sumMin)
		default:
			out[i] = mins[i] * avail / sumMin
		}
	}
	return out
}

// numericCell reports whether s reads as a number or an amount.
func numericCell(s string) bool {
	s = strings.TrimSpace(s)
	digits := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case strings.ContainsRune("+-−.,%$€£¥ kKmMbB", r):
		default:
			return false
		}
	}
	return digits
}

func (k table) layout(c *render.Context, b *render.Box, w float32) *tableData {
	if d, ok := b.Data.(*tableData); ok && d.width == w {
		return d
	}
	head, rows, n := k.shape(b)
	d := &tableData{width: w, padX: cellPadX, numeric: make([]bool, n)}
	b.Data = d
	if n == 0 {
		return d
	}
	mins, maxs := k.colWidths(b, cellPadX)
	var need float32
	for _, m := range mins {
		need += m
	}
	if need > w-2 {
		d.padX = cellPadTight
		mins, maxs = k.colWidths(b, cellPadTight)
	}
	d.cols = fit(mins, maxs, w-2)
	for i := range n {
		d.numeric[i] = len(rows) > 0
		for _, r := range rows {
			if s := cell(r, i); s != "" && !numericCell(s) {
				d.numeric[i] = false
			}
		}
	}
	if len(head) > 0 {
		d.head = make([]render.Paragraph, n)
		var h float32
		for i := range n {
			d.head[i].SetText(cell(head, i), tableHead.font, tableHead.line, max(d.cols[i]-2*d.padX, 1))
			h = max(h, d.head[i].Height())
		}
		d.headH = h + 2*cellPadY
	}
	d.cells = make([][]render.Paragraph, len(rows))
	d.rowH = make([]float32, len(rows))
	for j, r := range rows {
		d.cells[j] = make([]render.Paragraph, n)
		h := typeSM.line
		for i := range n {
			d.cells[j][i].SetText(cell(r, i), typeSM.font, typeSM.line, max(d.cols[i]-2*d.padX, 1))
			h = max(h, d.cells[j][i].Height())
		}
		d.rowH[j] = h + 2*cellPadY
	}
	return d
}

func (k table) Height(c *render.Context, b *render.Box, w float32) float32 {
	d := k.layout(c, b, w)
	h := d.headH + 2
	for _, rh := range d.rowH {
		h += rh
	}
	if len(d.cols) == 0 {
		return 2*cellPadY + typeSM.line + 2
	}
	return h + float32(max(len(d.rowH)-1, 0)) // hairlines between rows
}

func (k table) Describe(c *render.Context, b *render.Box) render.Group {
	pr := props[genui.Table](b)
	if len(pr.Rows) > tableMaxRows {
		c.Warn(b.Pointer+"/rows", fmt.Sprintf("more than %d rows; the rest are not drawn", tableMaxRows))
	}
	if len(pr.Columns) > tableMaxCols {
		c.Warn(b.Pointer+"/columns", fmt.Sprintf("more than %d columns; the rest are not drawn", tableMaxCols))
	}
	name := "table"
	if len(pr.Columns) > 0 {
		name = "table: " + strings.Join(pr.Columns[:min(len(pr.Columns), tableMaxCols)], ", ")
	}
	return render.Group{Role: "table", Name: name}
}

func (k table) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	r := b.Rect
	d := k.layout(p.Context, b, b.Size.W)
	p.Frame(r, t.radius(radiusLG), t.c[cSurface], t.c[cBorder], 1)
	if len(d.cols) == 0 {
		p.Text(r.X+cellPadX, r.Y+1+cellPadY+typeSM.font.Baseline(typeSM.line), "No data", typeSM.font, t.c[cFgMuted])
		return
	}
	y := r.Y + 1
	drawRow := func(pars []render.Paragraph, h float32, col render.Color) {
		x := r.X + 1
		for i, par := range pars {
			cw := d.cols[i]
			a := render.AlignLeft
			if d.numeric[i] {
				a = render.AlignRight
			}
			p.Paragraph(&par, render.XYWH(x+d.padX, y+cellPadY, cw-2*d.padX, par.Height()), a, col)
			x += cw
		}
	}
	if d.head != nil {
		p.Fill(topRounded(render.XYWH(r.X+1, y, r.W-2, d.headH), max(t.radius(radiusLG)-1, 0), false), t.c[cMuted].Alpha(0.6))
		drawRow(d.head, d.headH, t.c[cFgMuted])
		y += d.headH
		p.Rect(render.XYWH(r.X+1, y, r.W-2, 1), 0, t.c[cBorder])
		y++
	}
	for j, pars := range d.cells {
		if j > 0 {
			p.Rect(render.XYWH(r.X+1, y, r.W-2, 1), 0, t.c[cBorder])
			y++
		}
		drawRow(pars, d.rowH[j], t.c[cFg])
		y += d.rowH[j]
	}
}
