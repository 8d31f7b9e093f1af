package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// alert is a message box tinted by its tone (info by default): an icon
// matching the tone, a medium title and the text, 16 px of padding, 8 px
// corners and a hairline edge in the tone's colour.
type alert struct{}

const (
	alertPad  = 16
	alertIcon = 16
	alertGap  = 12
)

func init() { render.Register("alert", alert{}, render.Traits{Block: true, Grow: 1}) }

func (alert) tone(n *genui.Node) genui.Tone {
	if _, ok := toneTable[n.Tone]; ok {
		return n.Tone
	}
	return genui.Info
}

// textWidth returns the width left for the words when the box is w wide.
func (alert) textWidth(w float32) float32 { return w - 2*alertPad - alertIcon - alertGap }

func (k alert) Widths(c *render.Context, b *render.Box) (float32, float32) {
	pr := props[genui.Alert](b)
	tmin, tmax := widths(pr.Title, typeLabel)
	xmin, xmax := widths(pr.Text, typeSM)
	extra := float32(2*alertPad + alertIcon + alertGap)
	return max(tmin, xmin) + extra, max(tmax, xmax) + extra
}

// pars returns the title and text paragraphs at width w.
func (k alert) pars(b *render.Box, w float32) (title, body *render.Paragraph) {
	pr := props[genui.Alert](b)
	tx := textsOf(b)
	tw := k.textWidth(w)
	if pr.Title != "" {
		title = tx.set(0, pr.Title, typeLabel, tw)
	}
	if pr.Text != "" {
		body = tx.set(1, pr.Text, typeSM, tw)
	}
	return title, body
}

func (k alert) Height(c *render.Context, b *render.Box, w float32) float32 {
	title, body := k.pars(b, w)
	h := float32(0)
	if title != nil {
		h += title.Height()
	}
	if body != nil {
		if title != nil {
			h += 4
		}
		h += body.Height()
	}
	return max(h, 20) + 2*alertPad
}

func (k alert) Describe(c *render.Context, b *render.Box) render.Group {
	pr := props[genui.Alert](b)
	name := pr.Title
	if name == "" {
		name = pr.Text
	}
	role := "status"
	if tn := k.tone(b.Node); tn == genui.Warning || tn == genui.DangerTone {
		role = "alert"
	}
	return render.Group{Role: role, Name: name}
}

var alertIcons = map[genui.Tone]string{
	genui.Neutral: "info", genui.Info: "info", genui.Success: "check",
	genui.Warning: "alert", genui.DangerTone: "alert",
}

func (k alert) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	tn := k.tone(b.Node)
	tc := t.tone(tn, genui.Info)
	r := b.Rect
	p.Frame(r, t.radius(radiusLG), tc.bg, tc.border, 1)
	drawIcon(p, alertIcons[tn], r.X+alertPad, r.Y+alertPad+2, alertIcon, tc.solid)
	title, body := k.pars(b, b.Size.W)
	x := r.X + alertPad + alertIcon + alertGap
	y := r.Y + alertPad
	tw := k.textWidth(b.Size.W)
	if title != nil {
		p.Paragraph(title, render.XYWH(x, y, tw, title.Height()), render.AlignLeft, tc.fg)
		y += title.Height() + 4
	}
	if body != nil {
		col := t.c[cFg]
		if title != nil {
			col = col.Mix(tc.fg, 0.5)
		} else {
			col = tc.fg
		}
		p.Paragraph(body, render.XYWH(x, y, tw, body.Height()), render.AlignLeft, col)
	}
}
