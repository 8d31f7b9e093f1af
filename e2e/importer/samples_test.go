// Package importer_test renders what the importers make of real-world
// documents: every Adaptive Cards scenario sample becomes a golden PNG,
// reviewed beside what the sample means to show.
package importer_test

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui/importer"
	_ "github.com/genui/genui/genui/importer/adaptivecards"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/raster"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs under testdata/golden")

// samplesDir holds Microsoft's Adaptive Cards scenario samples (MIT
// licensed), laid beside the checkout and never copied into it.
const samplesDir = "../../../shared/testdata/adaptivecards"

// TestAdaptiveCardsSamples imports every sample through importer.Import
// (so format detection is tested too), lays it out at 480 px with no
// renderer warning, and compares a PNG of it with
// testdata/golden/adaptivecards/NAME.png pixel for pixel.
func TestAdaptiveCardsSamples(t *testing.T) {
	samples, _ := filepath.Glob(filepath.Join(samplesDir, "*.json"))
	if len(samples) == 0 {
		t.Skipf("SKIP: no Adaptive Cards samples in %s (they live beside the checkout in shared/testdata/adaptivecards)", samplesDir)
	}
	for _, s := range samples {
		name := strings.TrimSuffix(filepath.Base(s), ".json")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			res, err := importer.Import(data)
			if err != nil {
				t.Fatal(err)
			}
			if res.Format != "adaptivecards" {
				t.Errorf("detected as %q", res.Format)
			}
			l := render.Layout(res.Spec, render.Options{Width: 480, Theme: components.Light})
			if len(l.Warnings) > 0 {
				t.Errorf("renderer warnings: %v", l.Warnings)
			}
			var got bytes.Buffer
			if err := raster.EncodePNG(&got, l, raster.Options{Scale: 1}); err != nil {
				t.Fatal(err)
			}
			checkPNG(t, filepath.Join("testdata", "golden", "adaptivecards", name+".png"), got.Bytes())
		})
	}
}

// checkPNG compares a PNG with the golden at path pixel for pixel, or
// rewrites the golden under -update.
func checkPNG(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if !samePixels(got, want) {
		t.Errorf("%s differs from the rendering (go test -update rewrites it; look at both)", path)
	}
}

func samePixels(a, b []byte) bool {
	ia, err1 := png.Decode(bytes.NewReader(a))
	ib, err2 := png.Decode(bytes.NewReader(b))
	if err1 != nil || err2 != nil || ia.Bounds() != ib.Bounds() {
		return false
	}
	return samePixelsIn(ia, ib)
}

func samePixelsIn(a, b image.Image) bool {
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}
