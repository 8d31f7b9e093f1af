package raster

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomedium"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/genui/genui/render"
)

// TTF returns the TrueType file of face f: the data render's advance table
// was generated from. The genui CLI embeds these in standalone SVGs.
func TTF(f render.Face) []byte {
	switch f {
	case render.Medium:
		return gomedium.TTF
	case render.Bold:
		return gobold.TTF
	case render.Mono:
		return gomono.TTF
	}
	return goregular.TTF
}

var (
	fontsOnce sync.Once
	fonts     [4]*sfnt.Font
)

func face(f render.Face) *sfnt.Font {
	fontsOnce.Do(func() {
		for i := range fonts {
			// The Go fonts ship with x/image and parse; a failure here is
			// a broken build, not bad input.
			ft, err := sfnt.Parse(TTF(render.Face(i)))
			if err != nil {
				panic("raster: parsing the Go fonts: " + err.Error())
			}
			fonts[i] = ft
		}
	})
	if int(f) >= len(fonts) {
		return fonts[render.Regular]
	}
	return fonts[f]
}

// text draws a run glyph by glyph from the fonts' outlines, advancing by
// the widths render measured with: each rune from the Go face, or from the
// CJK font where render sets it in the CJK fallback.
func (d *drawer) text(op *render.Op) {
	f := op.Font
	if f.Size <= 0 || !d.begin(op.Rect, 2) {
		return
	}
	ft := face(f.Face)
	ppem := fixed.Int26_6(f.Size * d.s * 64)
	x := op.Rect.X
	for i := 0; i < len(op.Text); {
		r, n := utf8.DecodeRuneInString(op.Text[i:])
		i += n
		adv := f.RuneWidth(r)
		switch {
		case r == ' ':
		case f.Face.Fallback(r):
			d.cjkGlyph(r, f, x, op.Baseline, adv)
		default:
			d.glyph(ft, r, ppem, x, op.Baseline)
		}
		x += adv
	}
	d.finish(op.Fill)
}

// glyph adds the outline of r with its origin at (x, y) CSS pixels; a rune
// the font lacks draws as its .notdef box.
func (d *drawer) glyph(ft *sfnt.Font, r rune, ppem fixed.Int26_6, x, y float32) {
	gi, err := ft.GlyphIndex(&d.buf, r)
	if err != nil {
		gi = 0
	}
	segs, err := ft.LoadGlyph(&d.buf, gi, ppem, nil)
	if err != nil {
		return
	}
	ox := x*d.s - float32(d.ox)
	oy := y*d.s - float32(d.oy)
	pt := func(p fixed.Point26_6) (float32, float32) {
		return ox + float32(p.X)/64, oy + float32(p.Y)/64
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			d.z.ClosePath()
			d.z.MoveTo(pt(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			d.z.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			d.z.QuadTo(x1, y1, x2, y2)
		case sfnt.SegmentOpCubeTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			x3, y3 := pt(s.Args[2])
			d.z.CubeTo(x1, y1, x2, y2, x3, y3)
		}
	}
	d.z.ClosePath()
}
