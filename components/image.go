package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// image shows a picture as wide as its column, with 8 px corners, at the
// picture's own aspect ratio when its header can be read (data: URLs) and
// 16:9 otherwise, never taller than its width. A muted panel with an image
// icon lies beneath, so an unloaded or dropped picture still reads.
// Size tokens sm and md cap the width at 160 and 320 px (thumbnails).
type image struct{}

func init() { render.Register("image", image{}, render.Traits{Block: true}) }

func (image) maxWidth(n *genui.Node) float32 {
	switch n.Size {
	case genui.Small:
		return 160
	case genui.Medium:
		return 320
	}
	return render.MaxWidth
}

// aspect returns height over width.
func (image) aspect(b *render.Box) float32 {
	if w, h, ok := render.ImageSize(props[genui.Image](b).Src); ok {
		return min(max(float32(h)/float32(w), 0.25), 1)
	}
	return 9.0 / 16
}

// Grow lets a full-width picture share a row's free width; a thumbnail
// (size sm or md) keeps its own.
func (k image) Grow(b *render.Box) float32 {
	if k.maxWidth(b.Node) < render.MaxWidth {
		return 0
	}
	return 1
}

// Widths: a thumbnail keeps its width in a row; a full image shrinks to
// 48 px before its row breaks.
func (k image) Widths(c *render.Context, b *render.Box) (float32, float32) {
	maxW := k.maxWidth(b.Node)
	if w, _, ok := render.ImageSize(props[genui.Image](b).Src); ok {
		maxW = min(maxW, float32(w))
	}
	if maxW < render.MaxWidth {
		return maxW, maxW
	}
	return min(48, maxW), maxW
}

func (k image) Height(c *render.Context, b *render.Box, w float32) float32 {
	return float32(int(min(w, k.maxWidth(b.Node)) * k.aspect(b)))
}

func (image) Describe(c *render.Context, b *render.Box) render.Group {
	alt := props[genui.Image](b).Alt
	if alt == "" {
		alt = "image"
	}
	return render.Group{Role: "img", Name: alt}
}

func (k image) Paint(p *render.Painter, b *render.Box) {
	t := themeOf(p.Context)
	r := b.Rect
	r.W = min(r.W, k.maxWidth(b.Node))
	p.Rect(r, t.radius(radiusLG), t.c[cMuted])
	s := min(r.W, r.H) * 0.25
	s = min(max(s, 12), 48)
	drawIcon(p, "image", r.X+(r.W-s)/2, r.Y+(r.H-s)/2, s, t.c[cFgMuted])
	p.Image(r, t.radius(radiusLG), p.URL(b.Pointer+"/src", props[genui.Image](b).Src, true))
}
