package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// textarea is a multi-line field under its label: at least three lines
// tall, growing with its value up to twelve lines (the rest is cut).
type textarea struct{}

const (
	textareaPadY     = 8
	textareaMinLines = 3
	textareaMaxLines = 12
)

func init() { render.Register("textarea", textarea{}, render.Traits{Block: true, Grow: 1}) }

func (textarea) Widths(c *render.Context, b *render.Box) (float32, float32) {
	return fieldWidths(props[genui.Textarea](b).Label, 320)
}

// content returns the paragraph shown in the box and its colour.
func (textarea) content(c *render.Context, b *render.Box, t *theme, w float32) (*render.Paragraph, render.Color) {
	pr := props[genui.Textarea](b)
	s, col := inputValue(c, b, pr.Value), t.c[cFg]
	if s == "" {
		s, col = pr.Placeholder, t.c[cFgMuted]
	}
	par := textsOf(b).set(1, s, typeSM, w-2*fieldPadX)
	if len(par.Lines) > textareaMaxLines {
		par.Lines = par.Lines[:textareaMaxLines]
	}
	return par, col
}

func (k textarea) boxHeight(par *render.Paragraph) float32 {
	return float32(max(len(par.Lines), textareaMinLines))*typeSM.line + 2*textareaPadY
}

func (k textarea) Height(c *render.Context, b *render.Box, w float32) float32 {
	par, _ := k.content(c, b, themeOf(c), w)
	return labelHeight(b, props[genui.Textarea](b).Label, false, w) + k.boxHeight(par)
}

func (textarea) Describe(c *render.Context, b *render.Box) render.Group {
	pr := props[genui.Textarea](b)
	name := pr.Label
	if name == "" {
		name = pr.Placeholder
	}
	return render.Group{Role: "textbox", Name: name, Interact: render.Edit, Value: inputValue(c, b, pr.Value)}
}

func (k textarea) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	top := paintLabel(p, b, t, props[genui.Textarea](b).Label, false)
	par, col := k.content(p.Context, b, t, b.Size.W)
	r := render.XYWH(b.Rect.X, b.Rect.Y+top, b.Rect.W, k.boxHeight(par))
	paintField(p, t, r, p.State.Focused(b.Pointer))
	p.Paragraph(par, render.XYWH(r.X+fieldPadX, r.Y+textareaPadY, par.Width, par.Height()), render.AlignLeft, col)
}
