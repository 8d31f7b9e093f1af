package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// icon draws one of the built-in line icons (genui.IconNames) at 16, 20,
// 24 or 32 px by size token, in the body colour, the accent for variant
// primary, or its tone's colour. An unknown name draws the "help" icon
// and is reported.
type icon struct{}

func init() { render.Register("icon", icon{}, render.Traits{}) }

func (icon) side(n *genui.Node) float32 { return [...]float32{16, 20, 24, 32}[sizeStep(n)] }

func (k icon) Widths(c *render.Context, b *render.Box) (float32, float32) {
	s := k.side(b.Node)
	return s, s
}

func (k icon) Height(c *render.Context, b *render.Box, w float32) float32 { return k.side(b.Node) }

func (icon) Describe(c *render.Context, b *render.Box) render.Group {
	name := props[genui.Icon](b).Name
	if _, ok := icons[name]; !ok {
		c.Warn(b.Pointer+"/name", "unknown icon; drawn as \"help\"")
	}
	return render.Group{Role: "img", Name: name}
}

// iconColor returns the colour of an icon carrying n's tokens.
func iconColor(t *theme, n *genui.Node) render.Color {
	if n.Variant == genui.Primary {
		return t.c[cPrimary]
	}
	if n.Tone == genui.Neutral {
		return t.c[cFgMuted]
	}
	if tc, ok := t.tones[n.Tone]; ok {
		return tc.solid
	}
	return t.c[cFg]
}

func (k icon) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	s := k.side(b.Node)
	x := b.Rect.X + (b.Rect.W-s)/2
	y := b.Rect.Y + (b.Rect.H-s)/2
	if !drawIcon(p, props[genui.Icon](b).Name, x, y, s, iconColor(t, b.Node)) {
		drawIcon(p, "help", x, y, s, t.c[cFgMuted])
	}
}
