package render

// placeholderComponent draws a node whose type no component draws and
// which names no fallback: a quiet box that says what is missing, so a
// spec from a newer catalog still lays out and reads.
type placeholderComponent struct{}

var placeholderFont = Font{Face: Regular, Size: 13}

const (
	placeholderPad    = 12
	placeholderLine   = 18
	placeholderMinCap = 120
)

// placeholderLabel returns the text drawn for b.
func placeholderLabel(b *Box) string {
	t := b.Node.Type
	if len(t) > 64 {
		t = Ellipsize(t, placeholderFont, 240)
	}
	return "unknown component “" + t + "”"
}

func (placeholderComponent) Widths(c *Context, b *Box) (float32, float32) {
	minW, maxW := TextWidths(placeholderLabel(b), placeholderFont, placeholderMinCap)
	return minW + 2*placeholderPad, maxW + 2*placeholderPad
}

func (placeholderComponent) par(b *Box, w float32) *Paragraph {
	par, _ := b.Data.(*Paragraph)
	if par == nil {
		par = new(Paragraph)
		b.Data = par
	}
	if par.Width != w-2*placeholderPad || len(par.Lines) == 0 {
		par.SetText(placeholderLabel(b), placeholderFont, placeholderLine, w-2*placeholderPad)
	}
	return par
}

func (pc placeholderComponent) Height(c *Context, b *Box, w float32) float32 {
	return pc.par(b, w).Height() + 2*placeholderPad
}

func (placeholderComponent) Describe(c *Context, b *Box) Group {
	return Group{Role: "group", Name: placeholderLabel(b)}
}

func (pc placeholderComponent) Paint(p *Painter, b *Box) {
	t := p.Theme
	p.Frame(b.Rect, 6, t.Surface, t.Border, 1)
	par := pc.par(b, b.Size.W)
	p.Paragraph(par, b.Rect.InsetXY(placeholderPad, placeholderPad), AlignCenter, t.Text)
}
