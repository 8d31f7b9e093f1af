package components_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/genui/genui/components"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
	"github.com/genui/genui/render/svg"
)

var update = flag.Bool("update", false, "rewrite the golden SVGs under testdata/golden")

const (
	specDir   = "../testdata/specs"
	goldenDir = "../testdata/golden"
)

// goldenCase is one rendering checked byte for byte: every spec in light,
// and the composites in dark too.
type goldenCase struct {
	spec, golden string
	theme        *render.Theme
}

func goldenCases(t *testing.T) []goldenCase {
	specs, err := filepath.Glob(filepath.Join(specDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(specs) < 40 {
		t.Fatalf("%d specs in %s, want at least 40", len(specs), specDir)
	}
	var cs []goldenCase
	for _, s := range specs {
		name := strings.TrimSuffix(filepath.Base(s), ".json")
		cs = append(cs, goldenCase{s, filepath.Join(goldenDir, name+".svg"), components.Light})
		if strings.HasPrefix(name, "composite-") {
			cs = append(cs, goldenCase{s, filepath.Join(goldenDir, name+".dark.svg"), components.Dark})
		}
	}
	return cs
}

// TestGolden renders every spec of testdata/specs at 480 px and compares
// the SVG with testdata/golden byte for byte; go test -update rewrites the
// goldens, to be reviewed like code.
func TestGolden(t *testing.T) {
	cases := goldenCases(t)
	want := map[string]bool{}
	for _, c := range cases {
		want[filepath.Base(c.golden)] = true
		t.Run(filepath.Base(c.golden), func(t *testing.T) {
			data, err := os.ReadFile(c.spec)
			if err != nil {
				t.Fatal(err)
			}
			// lenient-* specs test what Parse accepts and Validate refuses
			// (unknown types, unsafe values); they may draw with warnings.
			lenient := strings.HasPrefix(filepath.Base(c.spec), "lenient-")
			if errs := genui.Validate(data); !lenient && errs.Err() != nil {
				t.Errorf("spec is not valid:\n%v", errs)
			}
			spec, err := genui.Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			l := render.Layout(spec, render.Options{Width: 480, Theme: c.theme})
			if len(l.Warnings) > 0 && !lenient {
				t.Errorf("warnings: %v", l.Warnings)
			}
			var got bytes.Buffer
			if err := svg.Encode(&got, l, nil); err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.WriteFile(c.golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			golden, err := os.ReadFile(c.golden)
			if err != nil {
				t.Fatalf("%v (run go test ./components -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), golden) {
				t.Errorf("output differs from %s at %s (go test ./components -update rewrites it; review the diff)",
					c.golden, firstDiff(got.Bytes(), golden))
			}
		})
	}
	// No golden file outlives its spec.
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.svg"))
	for _, f := range files {
		if !want[filepath.Base(f)] {
			if *update {
				os.Remove(f)
			} else {
				t.Errorf("%s has no spec", f)
			}
		}
	}
}

// firstDiff names the first line where a and b differ.
func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  got  " + la[i] + "\n  want " + lb[i]
		}
	}
	return "line " + strconv.Itoa(min(len(la), len(lb))+1) + " (one output is longer)"
}
