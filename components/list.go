package components

import (
	"fmt"
	"strconv"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// list is a bulleted list of strings (items) or of nodes (children), 8 px
// apart. A tone turns the bullets into check marks in the tone's colour,
// as feature lists of pricing cards want.
type list struct{}

const listIndent = 22

func init() { render.Register("list", list{}, render.Traits{Block: true}) }

func (list) flex(b *render.Box) render.Flex {
	return render.Flex{Axis: render.Vertical, Gap: gapOf(b.Node, 8), Padding: render.Insets{Left: listIndent}}
}

// items returns the list's strings, at most genui.MaxItems.
func (list) items(b *render.Box) []string {
	items := props[genui.List](b).Items
	return items[:min(len(items), genui.MaxItems)]
}

func (k list) pars(b *render.Box, w float32) []render.Paragraph {
	return wrapAll(b, k.items(b), typeSM, w-listIndent)
}

func (k list) Widths(c *render.Context, b *render.Box) (float32, float32) {
	if len(b.Children) > 0 {
		return k.flex(b).Widths(c, b.Children)
	}
	var minW, maxW float32
	for _, s := range k.items(b) {
		a, z := widths(s, typeSM)
		minW, maxW = max(minW, a), max(maxW, z)
	}
	return minW + listIndent, maxW + listIndent
}

func (k list) Height(c *render.Context, b *render.Box, w float32) float32 {
	if len(b.Children) > 0 {
		return k.flex(b).Height(c, b.Children, w)
	}
	gap := gapOf(b.Node, 8)
	var h float32
	for i, par := range k.pars(b, w) {
		if i > 0 {
			h += gap
		}
		h += par.Height()
	}
	return h
}

func (k list) Arrange(c *render.Context, b *render.Box, w, h float32) {
	k.flex(b).Arrange(c, b.Children, w, h)
}

func (k list) Describe(c *render.Context, b *render.Box) render.Group {
	if len(b.Children) > 0 && len(props[genui.List](b).Items) > 0 {
		c.Warn(b.Pointer+"/items", "a list with children draws them and not its items")
	}
	if n := len(props[genui.List](b).Items); n > genui.MaxItems {
		c.Warn(b.Pointer+"/items", fmt.Sprintf("more than %d items; the rest are not drawn", genui.MaxItems))
	}
	return render.Group{Role: "list"}
}

// marker draws the bullet of an item whose first line spans y to y+line.
func (list) marker(p *render.Painter, b *render.Box, t *theme, x, y, line float32) {
	if tc, ok := t.tones[b.Node.Tone]; ok {
		drawIcon(p, "check", x, y+(line-16)/2, 16, tc.solid)
		return
	}
	p.Rect(render.XYWH(x+5, y+line/2-3, 6, 6), 3, t.c[cFgMuted])
}

func (k list) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	r := b.Rect
	if len(b.Children) > 0 {
		for _, kid := range b.Children {
			line := min(kid.Rect.H, typeSM.line)
			k.marker(p, b, t, r.X, kid.Rect.Y, line)
		}
		return
	}
	gap := gapOf(b.Node, 8)
	y := r.Y
	for i, par := range k.pars(b, b.Size.W) {
		item := render.XYWH(r.X, y, r.W, par.Height())
		p.Begin(&render.Group{Pointer: b.Pointer + "/items/" + strconv.Itoa(i), Type: "list", Role: "listitem"}, item)
		k.marker(p, b, t, r.X, y, typeSM.line)
		p.Paragraph(&par, render.XYWH(r.X+listIndent, y, par.Width, par.Height()), render.AlignLeft, t.c[cFg])
		p.End()
		y += par.Height() + gap
	}
}
