package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/genui/genui/genui"
)

const newsletter = `{"version":1,"title":"Newsletter","root":{"type":"column","gap":"md","children":[{"type":"heading","text":"Join the newsletter","level":2},{"type":"form","action":"subscribe","children":[{"type":"input","inputType":"email","label":"Email","required":true},{"type":"checkbox","label":"Send me offers"},{"type":"button","text":"Subscribe","action":"submit","variant":"primary"}]}]}}`

// TestRefineCommand runs refine with a random-weight model: whatever the
// patch, the command prints a valid spec, or fails saying the patch makes
// none; with --patch it prints the patch either way.
func TestRefineCommand(t *testing.T) {
	model := randomModel(t)
	spec := filepath.Join(t.TempDir(), "spec.json")
	if err := os.WriteFile(spec, []byte(newsletter), 0o644); err != nil {
		t.Fatal(err)
	}
	outcomes := map[int]int{}
	for _, seed := range []string{"1", "2", "3", "4", "5", "6"} {
		code, stdout, stderr := runCmd(t, "", "refine", "--model", model, "--seed", seed, "--temperature", "1", "--max-tokens", "200", spec, "make it pop")
		outcomes[code]++
		switch code {
		case 0:
			if err := genui.Validate([]byte(strings.TrimSpace(stdout))).Err(); err != nil {
				t.Errorf("seed %s: %s: %v", seed, stdout, err)
			}
		case 1:
			if !strings.Contains(stderr, "does not make a valid spec") {
				t.Errorf("seed %s: stderr %q", seed, stderr)
			}
		default:
			t.Errorf("seed %s: code %d, stderr %q", seed, code, stderr)
		}
		code, stdout, stderr = runCmd(t, newsletter, "refine", "--model", model, "--seed", seed, "--temperature", "1", "--max-tokens", "200", "--patch", "-", "make it pop")
		if _, err := genui.ParsePatch([]byte(strings.TrimSpace(stdout))); err != nil || code > 1 {
			t.Errorf("seed %s, --patch: code %d, %q: %v (stderr %q)", seed, code, stdout, err, stderr)
		}
	}
	t.Logf("exit codes: %v", outcomes)
}

// TestRefineDefaultModel refines with the embedded model (not a case of
// the evaluation set).
func TestRefineDefaultModel(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the default model: not in -short")
	}
	code, stdout, stderr := runCmd(t, newsletter, "refine", "-", "remove the offers checkbox")
	if code != 0 {
		t.Fatalf("code %d, stderr %s", code, stderr)
	}
	if strings.Contains(stdout, "offers") || genui.Validate([]byte(strings.TrimSpace(stdout))).Err() != nil {
		t.Errorf("refined: %s", stdout)
	}
}

func TestRefineUsage(t *testing.T) {
	for _, args := range [][]string{
		{"refine"},
		{"refine", "spec.json"},
		{"refine", "spec.json", "a", "b"},
		{"refine", "--max-tokens", "0", "spec.json", "x"},
	} {
		if code, _, stderr := runCmd(t, "", args...); code != 2 || !strings.Contains(stderr, "usage:") {
			t.Errorf("%q: code %d, stderr %q", args, code, stderr)
		}
	}
	if code, _, stderr := runCmd(t, `{"version":1}`, "refine", "-", "x"); code != 1 || !strings.Contains(stderr, "root") {
		t.Errorf("invalid spec: code %d, stderr %q", code, stderr)
	}
}
