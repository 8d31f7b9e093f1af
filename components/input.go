package components

import (
	"strings"
	"unicode/utf8"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// input is a single-line field under its label. It shows the typed value
// (interaction state first, then the spec's), else the placeholder in the
// muted colour; passwords show dots. Search fields lead with a magnifier;
// password, date and time fields end with an eye, a calendar or a clock.
type input struct{}

func init() { render.Register("input", input{}, render.Traits{Block: true, Grow: 1}) }

func (input) Widths(c *render.Context, b *render.Box) (float32, float32) {
	return fieldWidths(props[genui.Input](b).Label, 280)
}

func (input) Height(c *render.Context, b *render.Box, w float32) float32 {
	pr := props[genui.Input](b)
	return labelHeight(b, pr.Label, pr.Required, w) + fieldHeight(b.Node)
}

// inputValue returns what a field holds: what a person typed, else the spec's value.
func inputValue(c *render.Context, b *render.Box, spec string) string {
	if v, ok := c.State.Value(b.Pointer); ok {
		return v
	}
	return spec
}

func (input) Describe(c *render.Context, b *render.Box) render.Group {
	pr := props[genui.Input](b)
	name := pr.Label
	if name == "" {
		name = pr.Placeholder
	}
	role, value := "textbox", inputValue(c, b, pr.Value)
	switch pr.InputType {
	case genui.InputSearch:
		role = "searchbox"
	case genui.InputPassword:
		value = "" // never hand a password to an accessibility mirror
	}
	return render.Group{Role: role, Name: name, Interact: render.Edit, Value: value}
}

var trailingIcons = map[genui.InputType]string{
	genui.InputPassword: "eye", genui.InputDate: "calendar", genui.InputTime: "clock",
}

func (input) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	pr := props[genui.Input](b)
	top := paintLabel(p, b, t, pr.Label, pr.Required)
	h := fieldHeight(b.Node)
	r := render.XYWH(b.Rect.X, b.Rect.Y+top, b.Rect.W, h)
	paintField(p, t, r, p.State.Focused(b.Pointer))
	x, right := r.X+fieldPadX, r.X+r.W-fieldPadX
	const iconSide = 16
	if pr.InputType == genui.InputSearch {
		drawIcon(p, "search", x, r.Y+(h-iconSide)/2, iconSide, t.c[cFgMuted])
		x += iconSide + 8
	}
	if name, ok := trailingIcons[pr.InputType]; ok {
		drawIcon(p, name, right-iconSide, r.Y+(h-iconSide)/2, iconSide, t.c[cFgMuted])
		right -= iconSide + 8
	}
	s, col := inputValue(p.Context, b, pr.Value), t.c[cFg]
	if s != "" && pr.InputType == genui.InputPassword {
		s = strings.Repeat("•", min(utf8.RuneCountInString(s), 32))
	}
	if s == "" {
		s, col = pr.Placeholder, t.c[cFgMuted]
	}
	s = render.Ellipsize(firstLine(s), typeSM.font, right-x)
	p.Text(x, vcenter(typeSM, r.Y, h), s, typeSM.font, col)
}

// firstLine returns s up to its first line break.
func firstLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		return s[:i]
	}
	return s
}
