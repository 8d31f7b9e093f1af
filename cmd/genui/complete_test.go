package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/llama/llamatest"
	"github.com/genui/genui/inference/tokenizer"
)

// completeModel writes a random-weight model with a real 32k vocabulary.
func completeModel(t *testing.T) (string, *tokenizer.Tokenizer) {
	t.Helper()
	f, err := gguf.Open(filepath.Join("..", "..", "inference", "testdata", "vocab32k.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, err := tokenizer.FromGGUF(f)
	if err != nil {
		t.Fatal(err)
	}
	tok, err := tokenizer.New(v)
	if err != nil {
		t.Fatal(err)
	}
	data, err := llamatest.Bytes(llamatest.Config{Vocab: 32000, Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 128,
		Context: 256, Type: gguf.Q4_0, Seed: 2, Extra: llamatest.Tokenizer(f)})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "model.gguf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, tok
}

func TestComplete(t *testing.T) {
	model, tok := completeModel(t)
	code, idsOut, stderr := runCmd(t, "", "complete", "--model", model, "--seed", "3", "-n", "12", "--ids", "Hello there")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	fields := strings.Fields(idsOut)
	if len(fields) == 0 || len(fields) > 12 {
		t.Fatalf("ids %q", idsOut)
	}
	var ids []int32
	for _, f := range fields {
		id, err := strconv.Atoi(f)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, int32(id))
	}
	// the same seed again, as text: the text of the same tokens
	code, text, stderr := runCmd(t, "", "complete", "--model", model, "--seed", "3", "-n", "12", "Hello there")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if want := tok.NewDecoder(); text != decodeAll(want, ids)+"\n" {
		t.Fatalf("text %q, want the decoded ids %q", text, decodeAll(tok.NewDecoder(), ids))
	}
	// greedy does not depend on the seed
	_, g1, _ := runCmd(t, "", "complete", "--model", model, "--temperature", "0", "--seed", "1", "-n", "6", "--ids", "x")
	_, g2, _ := runCmd(t, "", "complete", "--model", model, "--temperature", "0", "--seed", "2", "-n", "6", "--ids", "x")
	if g1 != g2 || g1 == "" {
		t.Fatalf("greedy runs differ: %q, %q", g1, g2)
	}
}

func decodeAll(d *tokenizer.Decoder, ids []int32) string {
	var b strings.Builder
	for _, id := range ids {
		b.WriteString(d.Next(id))
	}
	return b.String() + d.Flush()
}

func TestCompleteErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"complete", "text"}, 2, "--model is required"},
		{[]string{"complete", "--model", "m.gguf"}, 2, "want one text"},
		{[]string{"complete", "--model", filepath.Join(t.TempDir(), "none.gguf"), "text"}, 1, "no such file"},
	} {
		code, _, stderr := runCmd(t, "", c.args...)
		if code != c.code || !strings.Contains(stderr, c.msg) {
			t.Errorf("%v: exit %d, stderr %q", c.args, code, stderr)
		}
	}
}
