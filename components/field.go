package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// The parts shared by labelled fields (input, textarea, select): a medium
// label above, 8 px, then a bordered box 32–44 px tall by size token.

const (
	fieldGap  = 8
	fieldPadX = 12
)

var fieldHeights = [...]float32{32, 36, 40, 44}

func fieldHeight(n *genui.Node) float32 { return fieldHeights[sizeStep(n)] }

// A required field's label ends in a red asterisk, for which the label's
// lines leave room.
const requiredMark = "*"

func labelWidth(w float32, required bool) float32 {
	if required {
		return w - typeLabel.font.Width(" "+requiredMark)
	}
	return w
}

// labelHeight returns the height the label takes above a field w wide,
// gap included; 0 without a label.
func labelHeight(b *render.Box, label string, required bool, w float32) float32 {
	if label == "" {
		return 0
	}
	return textsOf(b).set(0, label, typeLabel, labelWidth(w, required)).Height() + fieldGap
}

// paintLabel draws the label at the top of b and returns its height, gap included.
func paintLabel(p *render.Painter, b *render.Box, t *theme, label string, required bool) float32 {
	if label == "" {
		return 0
	}
	par := textsOf(b).set(0, label, typeLabel, labelWidth(b.Size.W, required))
	p.Paragraph(par, render.XYWH(b.Rect.X, b.Rect.Y, b.Size.W, par.Height()), render.AlignLeft, t.c[cFg])
	if required {
		last := par.Lines[len(par.Lines)-1]
		y := b.Rect.Y + float32(len(par.Lines)-1)*typeLabel.line + typeLabel.font.Baseline(typeLabel.line)
		p.Text(b.Rect.X+last.Width+typeLabel.font.Width(" "), y, requiredMark, typeLabel.font, t.c[cDanger])
	}
	return par.Height() + fieldGap
}

// paintField draws the box of a field: a surface with a hairline edge,
// the accent edge and a focus ring when the field has the focus.
func paintField(p *render.Painter, t *theme, r render.Rect, focused bool) {
	edge := t.c[cInput]
	if focused {
		p.Frame(r.Inset(-3), t.radius(radiusMD)+3, render.Color{}, t.c[cRing], 3)
		edge = t.c[cPrimary]
	}
	p.Rect(r.Offset(0, 1), t.radius(radiusMD), t.c[cShadow])
	p.Frame(r, t.radius(radiusMD), t.c[cSurface], edge, 1)
}

// fieldWidths returns the widths of a labelled field whose box is at most
// natural wide.
func fieldWidths(label string, natural float32) (float32, float32) {
	lmin, lmax := widths(label, typeLabel)
	return max(lmin, 80), max(lmax, natural)
}
