package raster

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/genui/genui/render"
)

// ink draws s in face at 20 px (scale 2) and returns the image's dark
// pixels, counted per 20 px cell of the run.
func ink(s string, face render.Face) (cells []int, img []uint8) {
	f := render.Font{Face: face, Size: 20}
	w := f.Width(s)
	l := &render.List{Width: w + 4, Height: 30, Background: render.Hex(0xffffff), Ops: []render.Op{
		{Kind: render.OpText, Rect: render.XYWH(2, 2, w, 26), Baseline: 2 + f.Baseline(26), Text: s, Font: f, Fill: render.Hex(0)},
	}}
	im := Draw(l, Options{Scale: 2})
	cells = make([]int, int(w+4)/20+1)
	for y := range im.Bounds().Dy() {
		for x := range im.Bounds().Dx() {
			if v := im.RGBAAt(x, y).R; v < 128 {
				cells[max(x/2-2, 0)/20]++
			}
			img = append(img, im.RGBAAt(x, y).R)
		}
	}
	return cells, img
}

func TestCJKText(t *testing.T) {
	cells, a := ink("登入", render.Regular)
	// Each ideograph inks its own one-em cell, and nothing past them.
	if cells[0] < 300 || cells[1] < 150 || cells[2] != 0 {
		t.Errorf("dark pixels per em: %v", cells)
	}
	// Real glyphs, not the .notdef box: two ideographs differ from each
	// other and from a rune outside the subset.
	_, b := ink("入登", render.Regular)
	_, box := ink("龘龘", render.Regular)
	if string(a) == string(b) || string(a) == string(box) {
		t.Error("ideographs drew the same picture")
	}
	// Synthetic bold: more ink, within reason.
	bold, _ := ink("登入", render.Bold)
	if r := float32(bold[0]+bold[1]) / float32(cells[0]+cells[1]); r < 1.2 || r > 2 {
		t.Errorf("bold/regular ink %v", r)
	}
}

// TestCJKAdvances checks that the embedded subset sets every rune it has
// at the advance render measures: the PNG agrees with the layout.
func TestCJKAdvances(t *testing.T) {
	ft := cjkFace()
	var b sfnt.Buffer
	ppem := fixed.I(int(ft.UnitsPerEm()))
	f := render.Font{Face: render.Regular, Size: float32(ft.UnitsPerEm())}
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		g, err := ft.GlyphIndex(&b, r)
		if err != nil || g == 0 || !render.Regular.Fallback(r) {
			continue
		}
		a, err := ft.GlyphAdvance(&b, g, ppem, font.HintingNone)
		if err != nil {
			t.Fatal(err)
		}
		if got := f.RuneWidth(r); got != float32(a.Round()) {
			t.Errorf("%U: subset advance %v, render measures %v", r, a.Round(), got)
		}
		n++
	}
	if n < 5400 {
		t.Errorf("the subset sets only %d runes the Go fonts lack", n)
	}
}

// TestCJKCoversSpecs checks that the subset has a glyph for every CJK rune
// of the example specs; when one is added, run go generate ./render/raster.
func TestCJKCoversSpecs(t *testing.T) {
	specs, err := filepath.Glob("../../testdata/specs/*.json")
	if err != nil || len(specs) == 0 {
		t.Fatalf("no specs: %v", err)
	}
	ft := cjkFace()
	var b sfnt.Buffer
	for _, name := range specs {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range string(data) {
			if !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Bopomofo) && !(r >= 0x3000 && r <= 0x303f) && !(r >= 0xff00 && r <= 0xffef) {
				continue
			}
			if g, err := ft.GlyphIndex(&b, r); err != nil || g == 0 {
				t.Errorf("%s: %q (%U) is not in the CJK subset", filepath.Base(name), r, r)
			}
		}
	}
}
