package raster

import (
	_ "embed"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/genui/genui/render"
)

//go:generate fonts/subset.py

// cjkOTF is Noto Sans CJK TC Regular cut down to the frequently used
// Traditional Chinese characters, CJK punctuation, kana, bopomofo and
// fullwidth forms, and the CJK text of the repository's specs; see
// fonts/subset.py and fonts/LICENSE (SIL Open Font License 1.1).
//
//go:embed fonts/NotoSansCJKtc-Regular.subset.otf
var cjkOTF []byte

// cjkFace parses the embedded CJK font once.
var cjkFace = sync.OnceValue(func() *sfnt.Font {
	// The font is embedded; a failure here is a broken build, not bad input.
	f, err := sfnt.Parse(cjkOTF)
	if err != nil {
		panic("raster: parsing the embedded CJK font: " + err.Error())
	}
	return f
})

// boldStroke returns the width of the stroke that thickens CJK glyphs of
// size px set in render.Bold. The subset holds the Regular weight only
// (the Bold one would double its size), so bold is synthesised as Chrome
// does for a family without one: the outline grows on every side, by a
// stroke 1/24 em wide at 9 px falling to 1/32 em at 36 px and above
// (Skia's fake-bold table).
func boldStroke(px float32) float32 {
	t := min(max((px-9)/(36-9), 0), 1)
	return px * (1.0/24 + t*(1.0/32-1.0/24))
}

// cjkGlyph adds the CJK glyph of r with its origin at (x, y) CSS pixels,
// adv wide as render measured it. A rune outside the subset draws as the
// font's .notdef box, stretched to adv.
func (d *drawer) cjkGlyph(r rune, f render.Font, x, y, adv float32) {
	ft := cjkFace()
	ppem := fixed.Int26_6(f.Size * d.s * 64)
	gi, err := ft.GlyphIndex(&d.buf, r)
	if err != nil {
		gi = 0
	}
	sx := float32(1)
	if gi == 0 {
		if a, err := ft.GlyphAdvance(&d.buf, 0, ppem, font.HintingNone); err == nil && a > 0 {
			sx = adv * d.s * 64 / float32(a)
		}
	}
	segs, err := ft.LoadGlyph(&d.buf, gi, ppem, nil)
	if err != nil {
		return
	}
	// The outline in CSS pixels.
	p := d.glyphPath[:0]
	pt := func(q fixed.Point26_6) (float32, float32) {
		return x + float32(q.X)*sx/64/d.s, y + float32(q.Y)/64/d.s
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			if len(p) > 0 {
				p.Close()
			}
			p.MoveTo(pt(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			p.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			p.QuadTo(x1, y1, x2, y2)
		case sfnt.SegmentOpCubeTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			x3, y3 := pt(s.Args[2])
			p.CubeTo(x1, y1, x2, y2, x3, y3)
		}
	}
	if len(p) > 0 {
		p.Close()
	}
	d.glyphPath = p
	if f.Face == render.Bold {
		d.embolden(p, boldStroke(f.Size))
	} else {
		d.addPath(p)
	}
}

// embolden adds outline p grown by w/2 on every side: p filled, and
// stroked w wide with round joins. The stroke's pieces are all wound
// clockwise on screen (see polygon), so p's contours are flattened and
// added wound so that its outer ones are clockwise too: then ink and
// stroke add up and the rasteriser's clamp merges them, while counters
// (wound the other way) stay open where the stroke does not reach.
func (d *drawer) embolden(p render.Path, w float32) {
	polys := flatten(p, 0.25/d.s)
	var area float32
	for _, poly := range polys {
		for i := 1; i < len(poly); i++ {
			area += poly[i-1].X*poly[i].Y - poly[i].X*poly[i-1].Y
		}
	}
	for _, poly := range polys {
		if len(poly) < 3 {
			continue
		}
		for i := range poly {
			q := poly[i]
			if area < 0 {
				q = poly[len(poly)-1-i]
			}
			x, y := d.tx(q)
			if i == 0 {
				d.z.MoveTo(x, y)
			} else {
				d.z.LineTo(x, y)
			}
		}
		d.z.ClosePath()
	}
	d.stroke(p, w)
}
