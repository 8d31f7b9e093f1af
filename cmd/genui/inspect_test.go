package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInspect(t *testing.T) {
	path := filepath.Join("..", "..", "inference", "testdata", "models", "qwen2.gguf")
	code, stdout, stderr := runCmd(t, "", "inspect", path)
	if code != 0 {
		t.Fatalf("code %d, stderr %s", code, stderr)
	}
	for _, want := range []string{
		"architecture         qwen2",
		"file type            MOSTLY_F16 (1)",
		"embedding length     256",
		"kv heads             2",
		"rope freq base       1e+06",
		"rms norm eps         1e-06",
		"vocab size           384 (token_embd.weight)",
		"tokenizer            none",
		"tensors (26):",
		"blk.0.attn_q.bias",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "metadata (") {
		t.Error("metadata listed without --metadata")
	}
	_, stdout, _ = runCmd(t, "", "inspect", "--metadata", path)
	found := false
	for line := range strings.Lines(stdout) {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "qwen2.attention.head_count_kv" {
			found = f[1] == "uint32" && f[2] == "2"
		}
	}
	if !found {
		t.Errorf("--metadata lacks head_count_kv uint32 2:\n%s", stdout)
	}
}

func TestInspectBadFile(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.gguf")
	if err := os.WriteFile(bad, []byte("GGUF\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x40"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd(t, "", "inspect", bad)
	if code != 1 || !strings.Contains(stderr, "tensor_count at offset 8") {
		t.Errorf("code %d, stderr %q", code, stderr)
	}
	if code, _, _ := runCmd(t, "", "inspect"); code != 2 {
		t.Errorf("no file: code %d", code)
	}
}
