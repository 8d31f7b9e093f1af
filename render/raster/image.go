package raster

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/draw"
	_ "image/gif"  // data:image/gif pictures
	_ "image/jpeg" // data:image/jpeg pictures
	_ "image/png"  // data:image/png pictures
	"strings"

	xdraw "golang.org/x/image/draw"

	"github.com/genui/genui/render"
)

// placeholderTint is laid over a picture that is only referenced by URL.
var placeholderTint = render.Color{R: 0x80, G: 0x80, B: 0x80, A: 0x14}

// image draws a data: picture scaled to cover the op's rectangle, clipped
// to its rounded corners, or a neutral box for any other URL.
func (d *drawer) image(op *render.Op) {
	src := decodeDataURL(op.Text)
	if src == nil {
		d.rect(&render.Op{Kind: render.OpRect, Rect: op.Rect, Radius: op.Radius, Fill: placeholderTint})
		return
	}
	if !d.begin(op.Rect, 0) {
		return
	}
	sz := d.z.Size()
	area := image.Rect(d.ox, d.oy, d.ox+sz.X, d.oy+sz.Y)
	// The whole destination rectangle in image pixels; cover-fit src into it.
	full := image.Rect(int(op.Rect.X*d.s), int(op.Rect.Y*d.s),
		int((op.Rect.X+op.Rect.W)*d.s), int((op.Rect.Y+op.Rect.H)*d.s))
	sb := src.Bounds()
	if full.Empty() || sb.Empty() {
		return
	}
	crop := sb
	if sb.Dx()*full.Dy() > sb.Dy()*full.Dx() { // src wider: crop its sides
		cw := sb.Dy() * full.Dx() / full.Dy()
		crop.Min.X += (sb.Dx() - cw) / 2
		crop.Max.X = crop.Min.X + cw
	} else {
		ch := sb.Dx() * full.Dy() / full.Dx()
		crop.Min.Y += (sb.Dy() - ch) / 2
		crop.Max.Y = crop.Min.Y + ch
	}
	scaled := image.NewRGBA(full)
	xdraw.CatmullRom.Scale(scaled, full, src, crop, xdraw.Src, nil)
	// Clip to the rounded rectangle through a coverage mask.
	mask := image.NewAlpha(area)
	var p render.Path
	p.RoundRect(op.Rect, op.Radius)
	d.addPath(p)
	d.z.DrawOp = draw.Src
	d.z.Draw(mask, area, image.Opaque, image.Point{})
	draw.DrawMask(d.img, area, scaled, area.Min, mask, area.Min, draw.Over)
}

// decodeDataURL decodes a base64 data:image/png, jpeg or gif URL; nil for
// anything else or on any error.
func decodeDataURL(u string) image.Image {
	rest, ok := strings.CutPrefix(u, "data:")
	if !ok {
		return nil
	}
	meta, data, ok := strings.Cut(rest, ",")
	mt, isB64 := strings.CutSuffix(strings.ToLower(meta), ";base64")
	if !ok || !isB64 {
		return nil
	}
	switch mt {
	case "image/png", "image/jpeg", "image/jpg", "image/gif":
	default:
		return nil
	}
	raw, err := base64.StdEncoding.DecodeString(data)
	if err != nil {
		return nil
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(raw))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > MaxPixels/4 {
		return nil // refuse decompression bombs before decoding
	}
	img, _, err := image.Decode(bytes.NewReader(raw))
	if err != nil {
		return nil
	}
	return img
}
