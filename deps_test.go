// Package genui_test holds repository-wide checks: the dependency table.
package genui_test

import (
	"fmt"
	"go/build"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/genui/genui"

// allowed lists, for each folder of the module (longest prefix wins), the
// imports its packages may have beyond the standard library. "module/x"
// entries allow a folder of this module and everything under it. The table
// is DESIGN.md's dependency arrows: app → components → render → genui;
// genui → inference only for the pipeline; inference knows nothing else.
var allowed = map[string][]string{
	"inference":     {"inference"},
	"genui":         {"genui", "github.com/tidwall/gjson"},
	"render":        {"render", "genui", "golang.org/x/image"},
	"render/svg":    {"render", "genui", "github.com/ajstarks/svgo", "golang.org/x/image"},
	"render/raster": {"render", "genui", "golang.org/x/image"},
	"render/canvas": {"render", "genui"},
	"render/webgpu": {"render", "genui"},
	"components":    {"components", "render", "genui"},
	"eval":          {"eval", "genui", "inference", "components", "render"},
	"app":           {"*"},
	"cmd":           {"*"},
	"e2e":           {"*"},
	"web":           {"*"},
	"train":         {"*"},
	"":              {},

	// The pipeline is where genui meets the engine; genui itself links no
	// engine, so what only reads and renders specs stays small.
	"genui/pipeline": {"genui", "inference"},

	// The WebGPU backend's glyph rasteriser reads the Go fonts' outlines.
	"render/webgpu/internal/glyph": {"render", "golang.org/x/image"},
}

// Imports only some files may have, whatever the table says.
var restricted = map[string]func(pkgDir, file string) bool{
	"syscall/js": func(_, file string) bool { return strings.HasSuffix(file, "_js.go") },
	"github.com/maxence-charriere/go-app/v10/pkg/app": func(dir, _ string) bool {
		return dir == "app" || strings.HasPrefix(dir, "app/")
	},
}

func TestDependencies(t *testing.T) {
	for _, target := range []struct{ goos, goarch string }{{"linux", "amd64"}, {"js", "wasm"}} {
		ctxt := build.Default
		ctxt.GOOS, ctxt.GOARCH = target.goos, target.goarch
		ctxt.CgoEnabled = false
		err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				return nil
			}
			name := d.Name()
			if path != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "node_modules" || name == "artifacts") {
				return filepath.SkipDir
			}
			checkDir(t, &ctxt, filepath.ToSlash(path))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func checkDir(t *testing.T, ctxt *build.Context, dir string) {
	pkg, err := ctxt.ImportDir(dir, 0)
	if err != nil {
		return // no Go files for this target
	}
	rule := dir
	if dir == "." {
		rule = ""
	}
	for rule != "" {
		if _, ok := allowed[rule]; ok {
			break
		}
		rule = filepath.ToSlash(filepath.Dir(rule))
		if rule == "." {
			rule = ""
		}
	}
	files := append(append([]string{}, pkg.GoFiles...), pkg.TestGoFiles...)
	files = append(files, pkg.XTestGoFiles...)
	for _, file := range files {
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, file), nil, parser.ImportsOnly)
		if err != nil {
			t.Errorf("%s/%s: %v", dir, file, err)
			continue
		}
		for _, spec := range f.Imports {
			imp, _ := strconv.Unquote(spec.Path.Value)
			if ok, why := importAllowed(rule, dir, file, imp); !ok {
				t.Errorf("%s/%s (%s/%s) imports %s: %s", dir, file, ctxt.GOOS, ctxt.GOARCH, imp, why)
			}
		}
	}
}

func importAllowed(rule, dir, file, imp string) (bool, string) {
	if only, ok := restricted[imp]; ok && !only(dir, file) {
		return false, "this import is reserved to other files (see restricted in deps_test.go)"
	}
	first := strings.SplitN(imp, "/", 2)[0]
	if !strings.Contains(first, ".") {
		return true, "" // standard library
	}
	for _, a := range allowed[rule] {
		if a == "*" {
			return true, ""
		}
		if strings.Contains(a, ".") {
			if imp == a || strings.HasPrefix(imp, a+"/") {
				return true, ""
			}
			continue
		}
		m := module + "/" + a
		if imp == m || strings.HasPrefix(imp, m+"/") {
			return true, ""
		}
	}
	return false, fmt.Sprintf("not in the allowed table for %q", rule)
}
