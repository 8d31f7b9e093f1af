package components_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/svg"
)

// FuzzRender lays out and encodes whatever genui.Parse accepts, at any
// width and in either theme: no panic, no endless loop, and always
// well-formed SVG. It is seeded with the golden specs.
func FuzzRender(f *testing.F) {
	specs, _ := filepath.Glob(filepath.Join(specDir, "*.json"))
	for _, s := range specs {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint16(480), false)
	}
	f.Fuzz(func(t *testing.T, data []byte, width uint16, dark bool) {
		spec, err := genui.Parse(data)
		if err != nil {
			return
		}
		theme := components.Light
		if dark {
			theme = components.Dark
		}
		l := render.Layout(spec, render.Options{Width: float32(width), Theme: theme})
		var buf bytes.Buffer
		if err := svg.Encode(&buf, l, nil); err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(&buf)
		for {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("not well-formed SVG: %v", err)
			}
		}
	})
}
