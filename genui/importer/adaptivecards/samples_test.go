package adaptivecards_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer/adaptivecards"
)

var update = flag.Bool("update", false, "rewrite the goldens under testdata/golden")

// samplesDir holds Microsoft's Adaptive Cards scenario samples (MIT
// licensed), laid beside the checkout and never copied into it.
const samplesDir = "../../../../shared/testdata/adaptivecards"

const goldenDir = "testdata/golden"

// TestSamples imports every scenario sample, checks that the spec
// validates, and compares the spec and the import warnings with the
// goldens (go test -update rewrites them, to be reviewed like code).
// e2e/importer renders each import to a golden PNG.
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
			var pretty bytes.Buffer
			json.Indent(&pretty, spec, "", "  ")
			pretty.WriteByte('\n')
			var warns strings.Builder
			for _, w := range res.Warnings {
				warns.WriteString(w.String() + "\n")
			}
			checkGolden(t, name+".json", pretty.Bytes())
			checkGolden(t, name+".warnings.txt", []byte(warns.String()))
		})
	}
}

// checkGolden compares got with the golden file name, or rewrites it
// under -update.
func checkGolden(t *testing.T, name string, got []byte) {
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
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden (go test -update rewrites it; review the diff)", name)
		t.Logf("got:\n%s", got)
	}
}
