package components

import (
	"strconv"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// tabs shows a segmented strip of its tabs' titles (the shown one raised
// on a muted track) and, 16 px below, the shown tab's page. Which tab is
// shown is interaction state (render.State.Tabs), the first by default.
type tabs struct{}

const (
	tabStripH   = 36
	tabStripPad = 3
)

var tabTitle = typeLabel

func init() {
	render.Register("tabs", tabs{}, render.Traits{Block: true, Grow: 1, Surface: true})
}

// shown returns the index of the shown tab.
func (tabs) shown(c *render.Context, b *render.Box) int {
	i := c.State.Tab(b.Pointer)
	if i < 0 || i >= len(b.Children) {
		return 0
	}
	return i
}

// tabTitleOf returns the strip label of child k, the i-th.
func tabTitleOf(k *render.Box, i int) string {
	if t, ok := k.Node.Props.(*genui.Tab); ok && t != nil && t.Title != "" {
		return t.Title
	}
	return "Tab " + strconv.Itoa(i+1)
}

func (tabs) Widths(c *render.Context, b *render.Box) (float32, float32) {
	var minW, maxW, strip float32
	for i, k := range b.Children {
		kmin, kmax := c.Widths(k)
		minW, maxW = max(minW, kmin), max(maxW, kmax)
		strip += tabTitle.font.Width(tabTitleOf(k, i)) + 24
	}
	return max(minW, float32(len(b.Children))*40), max(maxW, strip+2*tabStripPad)
}

func (k tabs) Height(c *render.Context, b *render.Box, w float32) float32 {
	if len(b.Children) == 0 {
		return tabStripH
	}
	return tabStripH + gapOf(b.Node, 16) + c.Height(b.Children[k.shown(c, b)], w)
}

func (k tabs) Arrange(c *render.Context, b *render.Box, w, h float32) {
	sel := k.shown(c, b)
	top := tabStripH + gapOf(b.Node, 16)
	for i, kid := range b.Children {
		kid.Hidden = i != sel
		if i == sel {
			c.Place(kid, 0, top, w, h-top)
		}
	}
}

func (tabs) Describe(c *render.Context, b *render.Box) render.Group { return render.Group{} }

func (k tabs) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	strip := render.XYWH(b.Rect.X, b.Rect.Y, b.Rect.W, tabStripH)
	p.Begin(&render.Group{Pointer: b.Pointer, Type: "tabs", Role: "tablist"}, strip)
	p.Rect(strip, t.radius(radiusLG), t.c[cMuted])
	n := len(b.Children)
	if n > 0 {
		sel := k.shown(p.Context, b)
		inner := strip.Inset(tabStripPad)
		segW := inner.W / float32(n)
		for i, kid := range b.Children {
			x0, x1 := inner.X+float32(i)*segW, inner.X+float32(i+1)*segW
			seg := render.XYWH(float32(int(x0)), inner.Y, float32(int(x1))-float32(int(x0)), inner.H)
			title := tabTitleOf(kid, i)
			p.Begin(&render.Group{
				Pointer: kid.Pointer, Type: "tab", Role: "tab", Name: title,
				Interact: render.SelectTab, Checked: i == sel, Value: strconv.Itoa(i),
			}, seg)
			col := t.c[cFgMuted]
			if i == sel {
				p.Rect(seg.Offset(0, 1), t.radius(radiusMD), t.c[cShadow])
				p.Rect(seg, t.radius(radiusMD), t.c[cSurface])
				col = t.c[cFg]
			} else if p.State.Hovered(kid.Pointer) {
				col = t.c[cFg]
			}
			label := render.Ellipsize(title, tabTitle.font, seg.W-16)
			lw := tabTitle.font.Width(label)
			p.Text(seg.X+(seg.W-lw)/2, vcenter(tabTitle, seg.Y, seg.H), label, tabTitle.font, col)
			p.End()
		}
	}
	p.End()
}
