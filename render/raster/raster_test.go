package raster

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/color"
	"image/png"
	"testing"

	"github.com/genui/genui/render"
)

func at(img *image.RGBA, x, y int) color.RGBA { return img.RGBAAt(x, y) }

func TestShapes(t *testing.T) {
	red, blue := render.Hex(0xff0000), render.Hex(0x0000ff)
	var ring render.Path
	ring.Circle(50, 10, 6)
	l := &render.List{Width: 80, Height: 40, Background: render.Hex(0xffffff), Ops: []render.Op{
		{Kind: render.OpRect, Rect: render.XYWH(2, 2, 20, 20), Radius: 4, Fill: red, Stroke: blue, StrokeWidth: 2},
		{Kind: render.OpPath, Path: ring, Stroke: blue, StrokeWidth: 2},
		{Kind: render.OpText, Rect: render.XYWH(2, 24, 40, 16), Baseline: 36, Text: "Hi", Font: render.Font{Size: 14}, Fill: render.Hex(0)},
	}}
	img := Draw(l, Options{Scale: 2})
	if img.Bounds().Dx() != 160 || img.Bounds().Dy() != 80 {
		t.Fatalf("size %v", img.Bounds())
	}
	if c := at(img, 24, 24); c != (color.RGBA{255, 0, 0, 255}) {
		t.Errorf("rect fill %v", c)
	}
	if c := at(img, 24, 5); c != (color.RGBA{0, 0, 255, 255}) {
		t.Errorf("rect border %v", c)
	}
	if c := at(img, 0, 0); c != (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("background %v", c)
	}
	// The ring is drawn, its middle is not.
	if c := at(img, 100, 20); c != (color.RGBA{255, 255, 255, 255}) {
		t.Errorf("inside the stroked circle %v", c)
	}
	if c := at(img, 112, 20); c.B < 200 || c.R > 60 {
		t.Errorf("on the stroked circle %v", c)
	}
	// The text leaves dark pixels in its box and none above it.
	dark := 0
	for y := 50; y < 76; y++ {
		for x := 4; x < 40; x++ {
			if at(img, x, y).R < 100 {
				dark++
			}
		}
	}
	if dark < 20 {
		t.Errorf("text drew %d dark pixels", dark)
	}
}

func TestDataImage(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 4, 2))
	for y := range 2 {
		for x := range 4 {
			src.Set(x, y, color.RGBA{0, 200, 0, 255})
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, src)
	url := "data:image/png;base64," + base64.StdEncoding.EncodeToString(buf.Bytes())
	l := &render.List{Width: 20, Height: 20, Background: render.Hex(0xffffff), Ops: []render.Op{
		{Kind: render.OpImage, Rect: render.XYWH(0, 0, 20, 10), Radius: 3, Text: url},
		{Kind: render.OpImage, Rect: render.XYWH(0, 10, 20, 10), Text: "https://example.com/x.png"},
	}}
	img := Draw(l, Options{})
	if c := at(img, 10, 5); c.G < 190 || c.R > 10 {
		t.Errorf("decoded picture %v", c)
	}
	if c := at(img, 0, 0); c.R < 200 {
		t.Errorf("rounded corner not clipped: %v", c)
	}
	if c := at(img, 10, 15); c.R == 255 || c.R != c.G || c.G != c.B {
		t.Errorf("URL picture placeholder %v", c)
	}
}
