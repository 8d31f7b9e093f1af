package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/inference/grammar/grammartest"
)

// randomModel writes a random-weight model with a 2048-token cut of the
// 32k test vocabulary and returns its path.
func randomModel(t *testing.T) string {
	t.Helper()
	shape := grammartest.Tiny
	shape.Vocab, shape.Seed = 2048, 3
	data, err := grammartest.Model(filepath.Join("..", "..", "inference", "testdata", "vocab32k.gguf"), shape)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "random.gguf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestGenerateCommand(t *testing.T) {
	model := randomModel(t)
	code, stdout, stderr := runCmd(t, "", "generate", "--model", model, "--seed", "4", "--temperature", "1.5", "--max-tokens", "150", "a login form")
	if code != 0 {
		t.Fatalf("code %d, stderr %s", code, stderr)
	}
	if errs := genui.Validate([]byte(strings.TrimSpace(stdout))); errs.Err() != nil {
		t.Fatalf("%s: %v", stdout, errs)
	}

	code, stdout, stderr = runCmd(t, "", "generate", "--model", model, "--seed", "5", "--max-tokens", "120", "--stream", "a card")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if code != 0 || len(lines) < 2 {
		t.Fatalf("code %d, %d lines, stderr %s", code, len(lines), stderr)
	}
	for i, l := range lines {
		if errs := genui.Validate([]byte(l)); errs.Err() != nil {
			t.Fatalf("line %d: %s: %v", i, l, errs)
		}
	}

	schema := filepath.Join("..", "..", "inference", "grammar", "testdata", "schemas", "order.json")
	code, stdout, stderr = runCmd(t, "", "generate", "--model", model, "--seed", "6", "--max-tokens", "300", "--schema", schema, "an order")
	if code != 0 {
		t.Fatalf("code %d, stderr %s", code, stderr)
	}
	data, _ := os.ReadFile(schema)
	v, err := grammartest.New(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Check([]byte(strings.TrimSpace(stdout))); err != nil {
		t.Fatalf("%s: %v", stdout, err)
	}
}

func TestGenerateUsage(t *testing.T) {
	for _, args := range [][]string{
		{"generate"},
		{"generate", "--model", "m.gguf"},
		{"generate", "--model", "m.gguf", "--max-tokens", "0", "x"},
	} {
		if code, _, stderr := runCmd(t, "", args...); code != 2 || !strings.Contains(stderr, "usage:") {
			t.Errorf("%q: code %d, stderr %q", args, code, stderr)
		}
	}
	code, _, stderr := runCmd(t, "", "generate", "--model", randomModel(t), "--max-tokens", "5", "x")
	if code != 1 || !strings.Contains(stderr, "max tokens") {
		t.Errorf("tiny budget: code %d, stderr %q", code, stderr)
	}
}
