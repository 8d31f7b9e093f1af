package render

import "fmt"

// Painter appends ops to the display list being built. Components receive
// one in Paint; its coordinates are absolute page pixels.
type Painter struct {
	*Context
}

// paint appends b's group, its own ops and its visible children's.
func (p *Painter) paint(b *Box) {
	if p.stopped {
		return
	}
	if len(p.list.Ops) >= MaxOps {
		p.stopped = true
		p.Warn(b.Pointer, fmt.Sprintf("the drawing passed %d ops; this and later nodes are not drawn", MaxOps))
		return
	}
	g := b.reg.comp.Describe(p.Context, b)
	g.Pointer, g.Type = b.Pointer, b.Node.Type
	p.Begin(&g, b.Rect)
	b.reg.comp.Paint(p, b)
	for _, k := range b.Children {
		if k.placed && !k.Hidden {
			p.paint(k)
		}
	}
	p.End()
}

// Begin opens a group over r: a node, or an interactive part of one (a
// radio option, a tab). Every Begin needs its End.
func (p *Painter) Begin(g *Group, r Rect) {
	p.list.Ops = append(p.list.Ops, Op{Kind: OpBegin, Rect: r, Group: g})
}

// End closes the innermost open group.
func (p *Painter) End() { p.list.Ops = append(p.list.Ops, Op{Kind: OpEnd}) }

// Rect fills r, its corners rounded by radius.
func (p *Painter) Rect(r Rect, radius float32, fill Color) {
	if !fill.Visible() || r.W <= 0 || r.H <= 0 {
		return
	}
	p.list.Ops = append(p.list.Ops, Op{Kind: OpRect, Rect: r, Radius: radius, Fill: fill})
}

// Frame fills r and draws a border of width bw inside its edge.
func (p *Painter) Frame(r Rect, radius float32, fill, border Color, bw float32) {
	if r.W <= 0 || r.H <= 0 || (!fill.Visible() && (!border.Visible() || bw <= 0)) {
		return
	}
	if !border.Visible() {
		bw = 0
	}
	p.list.Ops = append(p.list.Ops, Op{Kind: OpRect, Rect: r, Radius: radius, Fill: fill, Stroke: border, StrokeWidth: bw})
}

// Text draws s on one line starting at x with its baseline at y.
func (p *Painter) Text(x, baseline float32, s string, f Font, c Color) {
	if s == "" || !c.Visible() {
		return
	}
	asc := f.Ascent()
	p.list.Ops = append(p.list.Ops, Op{
		Kind: OpText, Rect: Rect{x, baseline - asc, f.Width(s), asc + f.Descent()},
		Text: s, Font: f, Baseline: baseline, Fill: c,
	})
}

// TextAlign places lines of text inside their box.
type TextAlign uint8

// Text alignments.
const (
	AlignLeft TextAlign = iota
	AlignCenter
	AlignRight
)

// Paragraph draws par's lines inside r (whose width should be the one par
// was set at), each aligned by a.
func (p *Painter) Paragraph(par *Paragraph, r Rect, a TextAlign, c Color) {
	base := par.Font.Baseline(par.LineHeight)
	for i, ln := range par.Lines {
		x := r.X
		switch a {
		case AlignCenter:
			x += (r.W - ln.Width) / 2
		case AlignRight:
			x += r.W - ln.Width
		}
		p.Text(snapQuarter(x), r.Y+float32(i)*par.LineHeight+snapQuarter(base), ln.Text, par.Font, c)
	}
}

// Fill fills path with c (non-zero winding).
func (p *Painter) Fill(path Path, c Color) {
	if !c.Visible() || len(path) == 0 {
		return
	}
	p.list.Ops = append(p.list.Ops, Op{Kind: OpPath, Path: path, Fill: c})
}

// Stroke draws path with a line of width w in c, round caps and joins.
func (p *Painter) Stroke(path Path, c Color, w float32) {
	if !c.Visible() || w <= 0 || len(path) == 0 {
		return
	}
	p.list.Ops = append(p.list.Ops, Op{Kind: OpPath, Path: path, Stroke: c, StrokeWidth: w})
}

// Image draws the picture at src (checked with Context.URL beforehand)
// covering r, its corners rounded by radius.
func (p *Painter) Image(r Rect, radius float32, src string) {
	if src == "" || r.W <= 0 || r.H <= 0 {
		return
	}
	p.list.Ops = append(p.list.Ops, Op{Kind: OpImage, Rect: r, Radius: radius, Text: src})
}

// snapQuarter rounds v to a quarter pixel: text positions keep sub-pixel
// precision but print short in SVG.
func snapQuarter(v float32) float32 { return snap(v*4) / 4 }
