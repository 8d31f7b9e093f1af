package adaptivecards_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer/adaptivecards"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/raster"
)

var update = flag.Bool("update", false, "rewrite the goldens under testdata/golden")

// samplesDir holds Microsoft's Adaptive Cards scenario samples (MIT
// licensed), laid beside the checkout and never copied into it.
const samplesDir = "../../../../shared/testdata/adaptivecards"

const goldenDir = "testdata/golden"

// TestSamples imports every scenario sample, checks that the spec
// validates and renders without a renderer warning, and compares the
// spec, the import warnings and a 480 px PNG with the goldens
// (go test -update rewrites them, to be reviewed like code).
func TestSamples(t *testing.T) {
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
			if !adaptivecards.Sniff(data) {
				t.Error("Sniff does not recognise the sample")
			}
			res, err := adaptivecards.Import(data)
			if err != nil {
				t.Fatal(err)
			}
			spec, err := genui.Marshal(res.Spec)
			if err != nil {
				t.Fatal(err)
			}
			if errs := genui.Validate(spec); errs.Err() != nil {
				t.Fatalf("imported spec is not valid:\n%v", errs)
			}
			l := render.Layout(res.Spec, render.Options{Width: 480, Theme: components.Light})
			if len(l.Warnings) > 0 {
				t.Errorf("renderer warnings: %v", l.Warnings)
			}
			var pretty bytes.Buffer
			json.Indent(&pretty, spec, "", "  ")
			pretty.WriteByte('\n')
			var warns strings.Builder
			for _, w := range res.Warnings {
				warns.WriteString(w.String() + "\n")
			}
			var pic bytes.Buffer
			if err := raster.EncodePNG(&pic, l, raster.Options{Scale: 1}); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, name+".json", pretty.Bytes(), bytes.Equal)
			checkGolden(t, name+".warnings.txt", []byte(warns.String()), bytes.Equal)
			checkGolden(t, name+".png", pic.Bytes(), samePixels)
		})
	}
}

// checkGolden compares got with the golden file name, or rewrites it
// under -update.
func checkGolden(t *testing.T, name string, got []byte, same func(a, b []byte) bool) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		if err := os.MkdirAll(goldenDir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !same(got, want) {
		t.Errorf("%s differs from the golden (go test -update rewrites it; review the diff)", name)
		if !strings.HasSuffix(name, ".png") {
			t.Logf("got:\n%s", got)
		}
	}
}

// samePixels reports whether two PNGs decode to the same pixels.
func samePixels(a, b []byte) bool {
	ia, err1 := png.Decode(bytes.NewReader(a))
	ib, err2 := png.Decode(bytes.NewReader(b))
	if err1 != nil || err2 != nil || ia.Bounds() != ib.Bounds() {
		return false
	}
	r := ia.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if !sameColor(ia, ib, x, y) {
				return false
			}
		}
	}
	return true
}

func sameColor(a, b image.Image, x, y int) bool {
	r1, g1, b1, a1 := a.At(x, y).RGBA()
	r2, g2, b2, a2 := b.At(x, y).RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}
