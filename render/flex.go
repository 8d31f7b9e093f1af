package render

import "github.com/genui/genui/genui"

// Axis is the main axis of a Flex.
type Axis uint8

// Axes.
const (
	Vertical   Axis = iota // a column: children top to bottom
	Horizontal             // a row: children left to right
)

// Flex lays children out along an axis, in the manner of CSS flexbox and
// Yoga, reduced to what specs can say:
//
//   - A column gives each child its full width (Block nodes, and any node
//     under align "stretch") or its natural width placed start, centre or
//     end; free height, when the column is taller than its content, goes
//     to Spring children or else is distributed by Justify.
//   - A row gives each child its max-content width; children with Grow
//     share the rest in proportion (basis zero, so equal Grow means equal
//     width, never less than min-content). When a line holds a Spring
//     (a spacer), the springs alone take the free width and every other
//     child keeps its natural width, so a spacer pushes rather than
//     splitting the line with its neighbours. When the children are too wide
//     they shrink towards their min-content widths in proportion to their
//     natural widths; when even that does not fit, the row breaks onto
//     more lines (as with Wrap, which breaks as soon as natural widths do
//     not fit) rather than overflow. Children sit centred on each line, or
//     stretched to its height when they are Surfaces.
//
// Every pass is linear in the children; Widths and Height results are
// cached per box, so nested flexes cost one measurement per node per width.
type Flex struct {
	Axis    Axis
	Gap     float32       // between children, and between lines of a row
	Align   genui.Align   // cross-axis placement; "" lets each child's traits decide
	Justify genui.Justify // main-axis distribution of free space
	Wrap    bool          // break a row as soon as natural widths overflow
	Padding Insets        // inside the container, around the children
}

// Widths returns the min-content and max-content widths of a container
// laying kids out with f.
func (f Flex) Widths(c *Context, kids []*Box) (minW, maxW float32) {
	for i, k := range kids {
		kmin, kmax := c.Widths(k)
		minW = max(minW, kmin) // rows break onto more lines rather than overflow
		if f.Axis == Horizontal {
			if i > 0 {
				maxW += f.Gap
			}
			maxW += kmax
		} else {
			maxW = max(maxW, kmax)
		}
	}
	px := f.Padding.Left + f.Padding.Right
	return minW + px, maxW + px
}

// Height returns the height of a container w wide laying kids out with f.
func (f Flex) Height(c *Context, kids []*Box, w float32) float32 {
	py := f.Padding.Top + f.Padding.Bottom
	avail := max(w-f.Padding.Left-f.Padding.Right, 0)
	var h float32
	if f.Axis == Vertical {
		for i, k := range kids {
			if i > 0 {
				h += f.Gap
			}
			h += c.Height(k, f.columnWidth(c, k, avail))
		}
		return h + py
	}
	widths := make([]float32, len(kids))
	for i, ln := range f.rowLines(c, kids, avail, widths) {
		if i > 0 {
			h += f.Gap
		}
		h += ln.height
	}
	return h + py
}

// Arrange places kids for a container of size w×h laying them out with f.
func (f Flex) Arrange(c *Context, kids []*Box, w, h float32) {
	avail := max(w-f.Padding.Left-f.Padding.Right, 0)
	inner := max(h-f.Padding.Top-f.Padding.Bottom, 0)
	if f.Axis == Vertical {
		f.arrangeColumn(c, kids, avail, inner)
		return
	}
	widths := make([]float32, len(kids))
	lines := f.rowLines(c, kids, avail, widths)
	if len(lines) == 1 {
		lines[0].height = max(lines[0].height, inner)
	}
	y := f.Padding.Top
	for _, ln := range lines {
		f.arrangeLine(c, kids[ln.start:ln.end], widths[ln.start:ln.end], lineGrows(kids[ln.start:ln.end]), avail, y, ln.height)
		y += ln.height + f.Gap
	}
}

// alignOf returns how child k is placed on the cross axis.
func (f Flex) alignOf(k *Box) genui.Align {
	t := k.reg.traits
	if _, container := k.reg.comp.(Container); !container && !t.AlignsText && validAlign(k.Node.Align) {
		return k.Node.Align // a leaf's own token places it
	}
	if validAlign(f.Align) {
		return f.Align
	}
	if f.Axis == Vertical {
		if t.Block {
			return genui.AlignStretch
		}
		return genui.AlignStart
	}
	if t.Surface {
		return genui.AlignStretch
	}
	return genui.AlignCenter
}

func validAlign(a genui.Align) bool {
	switch a {
	case genui.AlignStart, genui.AlignCenter, genui.AlignEnd, genui.AlignStretch:
		return true
	}
	return false
}

// columnWidth returns the width of child k in a column avail wide.
func (f Flex) columnWidth(c *Context, k *Box, avail float32) float32 {
	if k.reg.traits.AlignsText || f.alignOf(k) == genui.AlignStretch {
		return avail
	}
	_, kmax := c.Widths(k)
	return min(kmax, avail)
}

func (f Flex) arrangeColumn(c *Context, kids []*Box, avail, inner float32) {
	widths := make([]float32, len(kids))
	var content float32
	springs := 0
	for i, k := range kids {
		widths[i] = f.columnWidth(c, k, avail)
		if i > 0 {
			content += f.Gap
		}
		content += c.Height(k, widths[i])
		if k.reg.traits.Spring {
			springs++
		}
	}
	free := max(inner-content, 0)
	y, between, extra := f.Padding.Top, float32(0), float32(0)
	if springs > 0 {
		extra = free / float32(springs)
	} else {
		y, between = justify(f.Justify, y, free, len(kids))
	}
	for i, k := range kids {
		kw := widths[i]
		kh := c.Height(k, kw)
		if k.reg.traits.Spring {
			kh += extra
		}
		x := f.Padding.Left
		a := f.alignOf(k)
		switch a {
		case genui.AlignCenter:
			x += (avail - kw) / 2
		case genui.AlignEnd:
			x += avail - kw
		}
		if k.reg.traits.AlignsText {
			k.TextAlign = textAlign(k.Node.Align, f.Align)
		}
		c.Place(k, x, y, kw, kh)
		y += kh + f.Gap + between
	}
}

// textAlign resolves the text alignment of a node that aligns its text:
// its own token, else its column's.
func textAlign(own, parent genui.Align) TextAlign {
	a := own
	if !validAlign(a) {
		a = parent
	}
	switch a {
	case genui.AlignCenter:
		return AlignCenter
	case genui.AlignEnd:
		return AlignRight
	}
	return AlignLeft
}

// justify returns where the first child starts and the extra space after
// each child when free space is distributed by j among n children.
func justify(j genui.Justify, start, free float32, n int) (first, between float32) {
	switch j {
	case genui.JustifyCenter:
		return start + free/2, 0
	case genui.JustifyEnd:
		return start + free, 0
	case genui.JustifyBetween:
		if n > 1 {
			return start, free / float32(n-1)
		}
	}
	return start, 0
}

type flexLine struct {
	start, end int
	height     float32
}

// rowLines breaks kids into lines avail wide, writes each child's width
// into widths and returns the lines with their heights.
func (f Flex) rowLines(c *Context, kids []*Box, avail float32, widths []float32) []flexLine {
	var lines []flexLine
	for start := 0; start < len(kids); {
		end, used := start, float32(0)
		for end < len(kids) {
			kmin, kmax := c.Widths(kids[end])
			need := kmin
			if f.Wrap && kids[end].grow() == 0 {
				need = kmax
			}
			if end > start {
				need += f.Gap
			}
			if end > start && used+need > avail {
				break
			}
			used += need
			end++
		}
		f.resolveRow(c, kids[start:end], avail, widths[start:end], lineGrows(kids[start:end]))
		var h float32
		for i, k := range kids[start:end] {
			h = max(h, c.Height(k, widths[start+i]))
		}
		lines = append(lines, flexLine{start, end, h})
		start = end
	}
	return lines
}

// lineGrows returns the share of free width each child of a row line
// takes: its Grow, or, when the line holds springs, only theirs.
func lineGrows(kids []*Box) []float32 {
	grows := make([]float32, len(kids))
	springs := false
	for _, k := range kids {
		springs = springs || k.reg.traits.Spring
	}
	for i, k := range kids {
		if !springs || k.reg.traits.Spring {
			grows[i] = max(k.grow(), 0)
		}
	}
	return grows
}

// resolveRow sets the widths of the children of one row line.
func (f Flex) resolveRow(c *Context, kids []*Box, avail float32, widths, grows []float32) {
	space := max(avail-f.Gap*float32(len(kids)-1), 0)
	var basis, growMin, grow, minSum float32
	for i, k := range kids {
		kmin, kmax := c.Widths(k)
		minSum += kmin
		if g := grows[i]; g > 0 {
			grow += g
			growMin += kmin
			widths[i] = kmin
		} else {
			basis += kmax
			widths[i] = kmax
		}
	}
	switch {
	case basis+growMin <= space:
		if grow > 0 {
			growRow(c, kids, space-basis, grow, widths, grows)
		}
	case minSum <= space:
		shrinkRow(c, kids, space-growMin, widths, grows)
	default:
		// Only a single child can be wider than the line (rowLines breaks
		// before anything else overflows): squeeze it to fit.
		for i, k := range kids {
			kmin, _ := c.Widths(k)
			widths[i] = kmin * space / minSum
		}
	}
}

// growRow shares rest among the growing children by Grow, none below its
// min-content width (CSS's freeze loop).
func growRow(c *Context, kids []*Box, rest, grow float32, widths, grows []float32) {
	frozen := make([]bool, len(kids))
	for {
		share := rest / grow
		changed := false
		for i, k := range kids {
			g := grows[i]
			if g == 0 || frozen[i] {
				continue
			}
			if kmin, _ := c.Widths(k); share*g < kmin {
				widths[i], frozen[i], changed = kmin, true, true
				rest -= kmin
				grow -= g
			}
		}
		if !changed || grow <= 0 {
			break
		}
	}
	for i := range kids {
		if g := grows[i]; g > 0 && !frozen[i] && grow > 0 {
			widths[i] = max(rest, 0) / grow * g
		}
	}
}

// shrinkRow shrinks the children that do not grow so that they take rest,
// each in proportion to its natural width and none below min-content: a
// child that would go below is frozen at its min-content width and the
// others share again (CSS's freeze loop).
func shrinkRow(c *Context, kids []*Box, rest float32, widths, grows []float32) {
	frozen := make([]bool, len(kids))
	for {
		avail, basis := rest, float32(0)
		for i, k := range kids {
			if grows[i] > 0 {
				continue
			}
			if frozen[i] {
				avail -= widths[i]
			} else {
				_, kmax := c.Widths(k)
				basis += kmax
			}
		}
		over := basis - avail
		if over <= 0 || basis <= 0 {
			return
		}
		violated := false
		for i, k := range kids {
			if grows[i] > 0 || frozen[i] {
				continue
			}
			if kmin, kmax := c.Widths(k); kmax-over*kmax/basis < kmin {
				widths[i], frozen[i], violated = kmin, true, true
			}
		}
		if violated {
			continue
		}
		for i, k := range kids {
			if grows[i] == 0 && !frozen[i] {
				_, kmax := c.Widths(k)
				widths[i] = kmax - over*kmax/basis
			}
		}
		return
	}
}

func (f Flex) arrangeLine(c *Context, kids []*Box, widths, grows []float32, avail, y, lineH float32) {
	used := f.Gap * float32(len(kids)-1)
	growing := false
	for i := range kids {
		used += widths[i]
		growing = growing || grows[i] > 0
	}
	x, between := f.Padding.Left, float32(0)
	if !growing {
		x, between = justify(f.Justify, x, max(avail-used, 0), len(kids))
	}
	for i, k := range kids {
		kw := widths[i]
		kh := c.Height(k, kw)
		ky := y
		switch f.alignOf(k) {
		case genui.AlignStretch:
			kh = lineH
		case genui.AlignCenter:
			ky += (lineH - kh) / 2
		case genui.AlignEnd:
			ky += lineH - kh
		}
		c.Place(k, x, ky, kw, kh)
		x += kw + f.Gap + between
	}
}
