package render

import (
	"sort"
	"unicode/utf8"
)

//go:generate go run ./internal/fontgen -o fontdata.go

// Face is one of the embedded type faces: Go's own fonts
// (golang.org/x/image/font/gofont), chosen because they are open (BSD),
// ship with the Go module graph already, and cover Latin, Greek and
// Cyrillic in a regular, medium, bold and monospaced face.
type Face uint8

// Faces.
const (
	Regular Face = iota // Go Regular, weight 400
	Medium              // Go Medium, weight 500
	Bold                // Go Bold, weight 700
	Mono                // Go Mono, weight 400
	numFaces
)

// String returns the face's full name, e.g. "Go Medium".
func (f Face) String() string {
	if f >= numFaces {
		return "Go Regular"
	}
	return faceData[f].name
}

// Weight returns the CSS font weight of the face.
func (f Face) Weight() int {
	switch f {
	case Medium:
		return 500
	case Bold:
		return 700
	}
	return 400
}

// Font is a face at a size in CSS pixels.
type Font struct {
	Face Face
	Size float32
}

type runeRange struct {
	lo, hi rune
	off    int // index of lo's advance in advances
}

// faceTable is what render knows of a face: generated from its TrueType
// file by internal/fontgen.
type faceTable struct {
	name                        string
	unitsPerEm, ascent, descent int
	capHeight, xHeight, notdef  int
	ranges                      []runeRange
	advances                    []uint16
	ascii                       [128]float32 // advances of ASCII in ems, zero where absent
}

func init() {
	for i := range faceData {
		t := &faceData[i]
		for r := rune(0); r < 128; r++ {
			if a, ok := t.lookup(r); ok {
				t.ascii[r] = float32(a) / float32(t.unitsPerEm)
			}
		}
	}
}

// lookup returns r's advance in font units.
func (t *faceTable) lookup(r rune) (int, bool) {
	i := sort.Search(len(t.ranges), func(i int) bool { return t.ranges[i].hi >= r })
	if i == len(t.ranges) || t.ranges[i].lo > r {
		return 0, false
	}
	return int(t.advances[t.ranges[i].off+int(r-t.ranges[i].lo)]), true
}

// em returns r's advance in ems; a rune the face lacks measures as the
// face's .notdef box, which is what the rasteriser draws for it.
func (t *faceTable) em(r rune) float32 {
	if r >= 0 && r < 128 {
		if a := t.ascii[r]; a != 0 {
			return a
		}
	}
	if a, ok := t.lookup(r); ok {
		return float32(a) / float32(t.unitsPerEm)
	}
	return float32(t.notdef) / float32(t.unitsPerEm)
}

func (f Font) table() *faceTable {
	if f.Face >= numFaces {
		return &faceData[Regular]
	}
	return &faceData[f.Face]
}

// Width returns the advance width of s set in f.
func (f Font) Width(s string) float32 {
	t := f.table()
	var w float32
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if a := t.ascii[c]; a != 0 {
				w += a
			} else {
				w += t.em(rune(c))
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		w += t.em(r)
		i += n
	}
	return w * f.Size
}

// RuneWidth returns the advance of one rune set in f.
func (f Font) RuneWidth(r rune) float32 { return f.table().em(r) * f.Size }

// Ascent returns the distance from the baseline to the top of the face's tallest glyphs.
func (f Font) Ascent() float32 {
	t := f.table()
	return float32(t.ascent) / float32(t.unitsPerEm) * f.Size
}

// Descent returns the distance from the baseline to the bottom of the face's deepest glyphs.
func (f Font) Descent() float32 {
	t := f.table()
	return float32(t.descent) / float32(t.unitsPerEm) * f.Size
}

// CapHeight returns the height of capital letters above the baseline.
func (f Font) CapHeight() float32 {
	t := f.table()
	return float32(t.capHeight) / float32(t.unitsPerEm) * f.Size
}

// XHeight returns the height of lower-case letters such as x above the baseline.
func (f Font) XHeight() float32 {
	t := f.table()
	return float32(t.xHeight) / float32(t.unitsPerEm) * f.Size
}

// Baseline returns where, below the top of a line box of height lineHeight,
// the baseline of f sits: the glyphs' box centred in the line as CSS does.
func (f Font) Baseline(lineHeight float32) float32 {
	asc, desc := f.Ascent(), f.Descent()
	return (lineHeight-(asc+desc))/2 + asc
}
