package canvas

import (
	"math"
	"strconv"

	"github.com/genui/genui/render"
)

// This file turns a display list into Canvas2D calls, platform-free: the
// js/wasm renderer only replays the plan, so what it draws and how many
// calls it makes are tested natively.
//
// Every shape becomes SVG path data handed to one `new Path2D(d)`: the
// same geometry the SVG backend writes, one crossing of the Go–JS boundary
// per shape instead of one per segment. Consecutive fills (or strokes) of
// one style whose bounds do not meet share one path and one call; shapes
// that meet are kept apart, because a shared non-zero path would merge
// their overlap instead of painting it twice.

// cmdKind is what one planned call does.
type cmdKind uint8

const (
	cmdFill   cmdKind = iota // fill path d with color (non-zero)
	cmdStroke                // stroke path d: color, width, round or miter joins
	cmdText                  // fillText(text, x, y) in font and color
	cmdImage                 // drawImage of the picture at url covering rect, clipped to radius
)

// cmd is one planned draw call.
type cmd struct {
	kind   cmdKind
	color  render.Color
	width  float32 // stroke width
	round  bool    // round caps and joins (paths) rather than miter joins (borders)
	d      string  // path data
	text   string  // the run, or the picture's URL
	x, y   float32 // text origin on the baseline
	font   render.Font
	rect   render.Rect // the picture's box
	radius float32     // the picture's corner radius
}

// planner builds the calls of a frame; its buffers are reused.
type planner struct {
	cmds  []cmd
	path  []byte        // path data of the open call
	open  int           // index of the fill or stroke still taking shapes, or -1
	boxes []render.Rect // bounds of the shapes in cmds[open]
}

// plan returns the calls that draw l, valid until the next plan.
func (p *planner) plan(l *render.List) []cmd {
	p.cmds = p.cmds[:0]
	p.open = -1
	for i := range l.Ops {
		op := &l.Ops[i]
		switch op.Kind {
		case render.OpRect:
			p.rect(op)
		case render.OpText:
			if op.Text != "" && op.Fill.Visible() && op.Font.Size > 0 {
				p.flush()
				p.cmds = append(p.cmds, cmd{kind: cmdText, text: op.Text, x: op.Rect.X, y: op.Baseline, font: op.Font, color: op.Fill})
			}
		case render.OpPath:
			if len(op.Path) == 0 {
				continue
			}
			b := op.Path.Bounds()
			if op.Fill.Visible() {
				p.shape(cmd{kind: cmdFill, color: op.Fill}, b, op.Path, render.Rect{}, 0)
			}
			if op.Stroke.Visible() && op.StrokeWidth > 0 {
				p.shape(cmd{kind: cmdStroke, color: op.Stroke, width: op.StrokeWidth, round: true}, b.Inset(-op.StrokeWidth), op.Path, render.Rect{}, 0)
			}
		case render.OpImage:
			if op.Text != "" && op.Rect.W > 0 && op.Rect.H > 0 {
				p.flush()
				p.cmds = append(p.cmds, cmd{kind: cmdImage, text: op.Text, rect: op.Rect, radius: op.Radius})
			}
		}
	}
	p.flush()
	return p.cmds
}

// rect plans a rectangle as SVG draws it: with a border, the fill and the
// border both follow the rectangle inset by half the border's width.
func (p *planner) rect(op *render.Op) {
	r, rad := op.Rect, op.Radius
	if !(r.W > 0 && r.H > 0) {
		return
	}
	border := op.Stroke.Visible() && op.StrokeWidth > 0
	if border {
		r = r.Inset(op.StrokeWidth / 2)
		rad = max(rad-op.StrokeWidth/2, 0)
	}
	rad = min(max(rad, 0), r.W/2, r.H/2)
	if op.Fill.Visible() {
		p.shape(cmd{kind: cmdFill, color: op.Fill}, op.Rect, nil, r, rad)
	}
	if border {
		p.shape(cmd{kind: cmdStroke, color: op.Stroke, width: op.StrokeWidth}, op.Rect, nil, r, rad)
	}
}

// shape adds a shape drawn by c (path, or when it is nil the rectangle r
// with corners of radius rad) to the open call when it has c's style and
// the shape meets none of its shapes, or starts a new call.
func (p *planner) shape(c cmd, bounds render.Rect, path render.Path, r render.Rect, rad float32) {
	if p.open >= 0 {
		o := &p.cmds[p.open]
		if o.kind == c.kind && o.color == c.color && o.width == c.width && o.round == c.round && !p.meets(bounds) {
			p.path = append(p.path, ' ')
		} else {
			p.flush()
		}
	}
	if p.open < 0 {
		p.cmds = append(p.cmds, c)
		p.open = len(p.cmds) - 1
		p.boxes = p.boxes[:0]
		p.path = p.path[:0]
	}
	p.boxes = append(p.boxes, bounds)
	if path != nil {
		p.pathData(path)
	} else {
		p.roundRect(r, rad)
	}
}

// meets reports whether bounds touch a shape of the open call (with a
// pixel to spare for anti-aliasing).
func (p *planner) meets(b render.Rect) bool {
	b = b.Inset(-1)
	for _, o := range p.boxes {
		if b.X < o.X+o.W && o.X < b.X+b.W && b.Y < o.Y+o.H && o.Y < b.Y+b.H {
			return true
		}
	}
	return false
}

// flush closes the open call, giving it its path data.
func (p *planner) flush() {
	if p.open >= 0 {
		p.cmds[p.open].d = string(p.path)
		p.open = -1
	}
}

// roundRect writes r with corners of radius rad as path data: circular
// arcs, as SVG's <rect rx> draws them.
func (p *planner) roundRect(r render.Rect, rad float32) {
	x0, y0, x1, y1 := r.X, r.Y, r.X+r.W, r.Y+r.H
	if rad <= 0 {
		p.cmdPts('M', x0, y0)
		p.cmdPts('H', x1)
		p.cmdPts('V', y1)
		p.cmdPts('H', x0)
		p.path = append(p.path, 'Z')
		return
	}
	arc := func(x, y float32) {
		p.path = append(p.path, 'A')
		p.number(rad)
		p.path = append(p.path, ' ')
		p.number(rad)
		p.path = append(p.path, " 0 0 1 "...)
		p.number(x)
		p.path = append(p.path, ' ')
		p.number(y)
	}
	p.cmdPts('M', x0+rad, y0)
	p.cmdPts('H', x1-rad)
	arc(x1, y0+rad)
	p.cmdPts('V', y1-rad)
	arc(x1-rad, y1)
	p.cmdPts('H', x0+rad)
	arc(x0, y1-rad)
	p.cmdPts('V', y0+rad)
	arc(x0+rad, y0)
	p.path = append(p.path, 'Z')
}

// pathData writes a render.Path as SVG path data.
func (p *planner) pathData(path render.Path) {
	for i, s := range path {
		if i > 0 {
			p.path = append(p.path, ' ')
		}
		switch s.Verb {
		case render.MoveTo:
			p.cmdPts('M', s.P[0].X, s.P[0].Y)
		case render.LineTo:
			p.cmdPts('L', s.P[0].X, s.P[0].Y)
		case render.QuadTo:
			p.cmdPts('Q', s.P[0].X, s.P[0].Y, s.P[1].X, s.P[1].Y)
		case render.CubeTo:
			p.cmdPts('C', s.P[0].X, s.P[0].Y, s.P[1].X, s.P[1].Y, s.P[2].X, s.P[2].Y)
		case render.Close:
			p.path = append(p.path, 'Z')
		}
	}
}

func (p *planner) cmdPts(c byte, vs ...float32) {
	p.path = append(p.path, c)
	for i, v := range vs {
		if i > 0 {
			p.path = append(p.path, ' ')
		}
		p.number(v)
	}
}

// number writes v rounded to 1/1000 of a CSS pixel, in its shortest form,
// by integer arithmetic; values that are not finite, or too large to
// matter on a page, become 0, so no path data ever breaks.
func (p *planner) number(v float32) {
	f := math.Round(float64(v) * 1000)
	if !(math.Abs(f) < 1e15) || f == 0 {
		p.path = append(p.path, '0')
		return
	}
	n := int64(f)
	if n < 0 {
		p.path = append(p.path, '-')
		n = -n
	}
	p.path = strconv.AppendInt(p.path, n/1000, 10)
	if frac := n % 1000; frac != 0 {
		digits := [4]byte{'.', byte('0' + frac/100), byte('0' + frac/10%10), byte('0' + frac%10)}
		k := 4
		for digits[k-1] == '0' {
			k--
		}
		p.path = append(p.path, digits[:k]...)
	}
}

// cssColor returns c as a CSS colour: #rrggbb, or rgba() when translucent.
func cssColor(c render.Color) string {
	if c.A == 0xff {
		const digits = "0123456789abcdef"
		b := [7]byte{'#', digits[c.R>>4], digits[c.R&15], digits[c.G>>4], digits[c.G&15], digits[c.B>>4], digits[c.B&15]}
		return string(b[:])
	}
	return "rgba(" + strconv.Itoa(int(c.R)) + "," + strconv.Itoa(int(c.G)) + "," + strconv.Itoa(int(c.B)) + "," +
		strconv.FormatFloat(float64(c.A)/255, 'f', 4, 64) + ")"
}
