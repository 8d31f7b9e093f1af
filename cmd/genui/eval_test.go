package main

import (
	"strings"
	"testing"
)

// TestEvalCommand runs two cases of each set with a random-weight model:
// the two reports and their speeds are printed.
func TestEvalCommand(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", "eval", "--model", randomModel(t), "--limit", "2", "--max-tokens", "120")
	if code != 0 {
		t.Fatalf("code %d, stderr %s", code, stderr)
	}
	for _, want := range []string{"describe ", "refine ", "lang en "} {
		if !strings.Contains("\n"+stdout, "\n"+want) {
			t.Errorf("no line starting %q in\n%s", want, stdout)
		}
	}
	if n := strings.Count(stdout, "speed: "); n != 2 {
		t.Errorf("%d speed lines in\n%s", n, stdout)
	}
	if n := strings.Count(stderr, "[2/2]"); n != 2 {
		t.Errorf("progress: %s", stderr)
	}
	code, stdout, _ = runCmd(t, "", "eval", "--model", randomModel(t), "--set", "refine", "--limit", "1", "--max-tokens", "100")
	if code != 0 || strings.Contains(stdout, "describe") || !strings.Contains(stdout, "refine") {
		t.Errorf("--set refine: code %d\n%s", code, stdout)
	}
	if code, _, stderr := runCmd(t, "", "eval", "--set", "both"); code != 2 || !strings.Contains(stderr, "usage:") {
		t.Errorf("--set both: code %d, stderr %q", code, stderr)
	}
}
