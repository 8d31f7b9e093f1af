package components

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// avatar is a circle, 32, 40, 48 or 64 px by size token, showing the
// person's picture (src) over their initials on a muted disc.
type avatar struct{}

func init() { render.Register("avatar", avatar{}, render.Traits{}) }

func (avatar) side(n *genui.Node) float32 { return [...]float32{32, 40, 48, 64}[sizeStep(n)] }

func (k avatar) Widths(c *render.Context, b *render.Box) (float32, float32) {
	s := k.side(b.Node)
	return s, s
}

func (k avatar) Height(c *render.Context, b *render.Box, w float32) float32 { return k.side(b.Node) }

func (avatar) Describe(c *render.Context, b *render.Box) render.Group {
	name := props[genui.Avatar](b).Text
	if name == "" {
		name = "avatar"
	}
	return render.Group{Role: "img", Name: name}
}

// initials returns the upper-cased first letters of the first and last
// words of name ("Ada Lovelace" → "AL").
func initials(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return ""
	}
	first := func(w string) string {
		r, _ := utf8.DecodeRuneInString(w)
		return string(unicode.ToUpper(r))
	}
	if len(words) == 1 {
		return first(words[0])
	}
	return first(words[0]) + first(words[len(words)-1])
}

func (k avatar) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	pr := props[genui.Avatar](b)
	s := k.side(b.Node)
	r := render.XYWH(b.Rect.X+(b.Rect.W-s)/2, b.Rect.Y+(b.Rect.H-s)/2, s, s)
	fill, fg := t.c[cMuted], t.c[cFg]
	if tc, ok := t.tones[b.Node.Tone]; ok {
		fill, fg = tc.bg, tc.fg
	}
	p.Rect(r, s/2, fill)
	st := ts(render.Medium, s*0.38, s)
	if in := initials(pr.Text); in != "" {
		w := st.font.Width(in)
		p.Text(r.X+(s-w)/2, vcenter(st, r.Y, s), in, st.font, fg)
	} else {
		drawIcon(p, "user", r.X+s*0.2, r.Y+s*0.2, s*0.6, t.c[cFgMuted])
	}
	p.Image(r, s/2, p.URL(b.Pointer+"/src", pr.Src, true))
}
