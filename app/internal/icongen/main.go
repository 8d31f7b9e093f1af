// Command icongen draws the app's icons into web/icons: the SVG icon, the
// 192 and 512 pixel PNGs and the maskable 512 pixel PNG a PWA needs.
//
// The icon is a display list made here by hand (a rounded indigo square,
// a white window frame with two bars of content, and a four-point spark
// over its corner) and drawn by the project's own backends, render/svg
// and render/raster, so the vector and bitmap icons are one picture. The
// maskable variant fills the square edge to edge and shrinks the glyph
// into the central safe zone that launchers never crop.
//
// Run from the repository root after a change:
//
//	go run ./app/internal/icongen
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/genui/genui/render"
	"github.com/genui/genui/render/raster"
	"github.com/genui/genui/render/svg"
)

var (
	indigo = render.Hex(0x4f46e5)
	white  = render.Hex(0xffffff)
	pale   = render.Hex(0xc7d2fe)
)

// icon draws the icon on a 512 square: with rounded corners, or full
// bleed with the glyph at scale for the maskable variant.
func icon(rounded bool, scale float32) *render.List {
	l := &render.List{Width: 512, Height: 512, Title: "genui"}
	radius := float32(0)
	if rounded {
		radius = 116
	}
	l.Ops = append(l.Ops, render.Op{Kind: render.OpRect, Rect: render.XYWH(0, 0, 512, 512), Radius: radius, Fill: indigo})
	var glyph []render.Op
	add := func(op render.Op) { glyph = append(glyph, op) }
	// The window: a frame and its content.
	var frame render.Path
	frame.RoundRect(render.XYWH(104, 148, 280, 236), 36)
	add(render.Op{Kind: render.OpPath, Path: frame, Stroke: white, StrokeWidth: 28})
	add(render.Op{Kind: render.OpRect, Rect: render.XYWH(148, 208, 150, 28), Radius: 14, Fill: white})
	add(render.Op{Kind: render.OpRect, Rect: render.XYWH(148, 262, 96, 28), Radius: 14, Fill: pale})
	add(render.Op{Kind: render.OpRect, Rect: render.XYWH(148, 316, 192, 28), Radius: 14, Fill: pale})
	// The spark: four concave arcs between four points, over the corner,
	// on a disc of the background that cuts the frame cleanly.
	cx, cy, r := float32(384), float32(140), float32(84)
	var halo render.Path
	halo.Circle(cx, cy, r*0.72)
	add(render.Op{Kind: render.OpPath, Path: halo, Fill: indigo})
	var spark render.Path
	spark.MoveTo(cx, cy-r)
	spark.QuadTo(cx+r*0.16, cy-r*0.16, cx+r, cy)
	spark.QuadTo(cx+r*0.16, cy+r*0.16, cx, cy+r)
	spark.QuadTo(cx-r*0.16, cy+r*0.16, cx-r, cy)
	spark.QuadTo(cx-r*0.16, cy-r*0.16, cx, cy-r)
	spark.Close()
	add(render.Op{Kind: render.OpPath, Path: spark, Fill: white})
	for _, op := range glyph {
		if scale != 1 {
			off := 256 * (1 - scale)
			op.Rect = render.XYWH(op.Rect.X*scale+off, op.Rect.Y*scale+off, op.Rect.W*scale, op.Rect.H*scale)
			op.Radius *= scale
			op.StrokeWidth *= scale
			op.Path = op.Path.Transform(scale, off, off)
		}
		l.Ops = append(l.Ops, op)
	}
	return l
}

func main() {
	dir := filepath.Join("web", "icons")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fail(err)
	}
	var b bytes.Buffer
	if err := svg.Encode(&b, icon(true, 1), nil); err != nil {
		fail(err)
	}
	write(filepath.Join(dir, "icon.svg"), b.Bytes())
	for _, p := range []struct {
		name    string
		rounded bool
		glyph   float32
		px      float32
	}{
		{"icon-192.png", true, 1, 192},
		{"icon-512.png", true, 1, 512},
		{"maskable-512.png", false, 0.72, 512},
	} {
		b.Reset()
		if err := raster.EncodePNG(&b, icon(p.rounded, p.glyph), raster.Options{Scale: p.px / 512}); err != nil {
			fail(err)
		}
		write(filepath.Join(dir, p.name), b.Bytes())
	}
}

func write(path string, data []byte) {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("%s: %d bytes\n", path, len(data))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "icongen:", err)
	os.Exit(1)
}
