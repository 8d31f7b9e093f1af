package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConvert(t *testing.T) {
	src := filepath.Join("..", "..", "inference", "testdata", "hf", "models", "llama-ropescale")
	out := filepath.Join(t.TempDir(), "m.gguf")
	code, stdout, stderr := runCmd(t, "", "convert", src, "-o", out)
	if code != 0 || !strings.Contains(stdout, "llama, 20 tensors (5 F32, 15 F16)") {
		t.Fatalf("code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "inference", "testdata", "models", "llama-ropescale.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("convert's output differs from the committed llama-ropescale.gguf")
	}
	code, stdout, _ = runCmd(t, "", "convert", "--type", "q8_0", src, "-o", out)
	if code != 0 || !strings.Contains(stdout, "15 Q8_0") {
		t.Errorf("q8_0: code %d, stdout %q", code, stdout)
	}
}

func TestConvertErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "m.gguf")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"convert", dir}, 2, "want a checkpoint folder"},
		{[]string{"convert", dir, "-o", out, "--type", "q9"}, 2, "unknown tensor type"},
		{[]string{"convert", dir, "-o", out}, 1, "config.json"},
		{[]string{"convert", dir, "-o", out, "--type", "iq2_xs"}, 1, "cannot write tensors of type IQ2_XS"},
	} {
		code, _, stderr := runCmd(t, "", c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%q: code %d, stderr %q", c.args, code, stderr)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a failed conversion left %d files behind", len(entries))
	}
}
