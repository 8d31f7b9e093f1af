package render

// Grid lays children out in equal columns, row by row; every child of a
// row is as tall as the row's tallest. When the columns would be narrower
// than the widest child's min-content width, Grid uses fewer columns (down
// to one), so a four-column grid of cards still reads on a phone.
type Grid struct {
	Columns int     // the most columns (at least 1)
	Gap     float32 // between columns and between rows
}

// Widths returns the min-content and max-content widths of a grid of kids.
func (g Grid) Widths(c *Context, kids []*Box) (minW, maxW float32) {
	var widest float32
	for _, k := range kids {
		kmin, kmax := c.Widths(k)
		minW, widest = max(minW, kmin), max(widest, kmax)
	}
	n := float32(min(g.cols(), max(len(kids), 1)))
	return minW, widest*n + g.Gap*(n-1)
}

func (g Grid) cols() int { return max(g.Columns, 1) }

// columnsAt returns how many columns the grid uses at width w.
func (g Grid) columnsAt(c *Context, kids []*Box, w float32) int {
	var need float32
	for _, k := range kids {
		kmin, _ := c.Widths(k)
		need = max(need, kmin)
	}
	n := min(g.cols(), max(len(kids), 1))
	for n > 1 && (w-g.Gap*float32(n-1))/float32(n) < need {
		n--
	}
	return n
}

// Height returns the height of a grid of kids w wide.
func (g Grid) Height(c *Context, kids []*Box, w float32) float32 {
	n := g.columnsAt(c, kids, w)
	cw := g.cellWidth(w, n)
	var h float32
	for r := 0; r < len(kids); r += n {
		if r > 0 {
			h += g.Gap
		}
		h += g.rowHeight(c, kids[r:min(r+n, len(kids))], cw)
	}
	return h
}

// Arrange places kids in a grid w wide.
func (g Grid) Arrange(c *Context, kids []*Box, w float32) {
	n := g.columnsAt(c, kids, w)
	cw := g.cellWidth(w, n)
	var y float32
	for r := 0; r < len(kids); r += n {
		row := kids[r:min(r+n, len(kids))]
		rh := g.rowHeight(c, row, cw)
		for i, k := range row {
			c.Place(k, float32(i)*(cw+g.Gap), y, cw, rh)
		}
		y += rh + g.Gap
	}
}

func (g Grid) cellWidth(w float32, n int) float32 {
	return max((w-g.Gap*float32(n-1))/float32(n), 0)
}

func (g Grid) rowHeight(c *Context, row []*Box, cw float32) float32 {
	var h float32
	for _, k := range row {
		h = max(h, c.Height(k, cw))
	}
	return h
}
