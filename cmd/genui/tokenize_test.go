package main

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

const vocab32k = "../../inference/testdata/vocab32k.gguf"

// TestTokenize checks the ids against those Hugging Face tokenizers gave
// for the same text (inference/testdata/hf/tokenizers/expected.json).
func TestTokenize(t *testing.T) {
	data, err := os.ReadFile("../../inference/testdata/hf/tokenizers/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var e struct {
		Lines []string
		IDs   map[string][][]int32
	}
	if err := json.Unmarshal(data, &e); err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{0, 21, 30} { // "Hello world", emoji, a chat turn with special tokens
		var want []string
		for _, id := range e.IDs["bpe32k"][i] {
			want = append(want, strconv.Itoa(int(id)))
		}
		code, out, errs := runCmd(t, "", "tokenize", "--model", vocab32k, "--ids-only", e.Lines[i])
		if code != 0 || out != strings.Join(want, " ")+"\n" {
			t.Errorf("line %d: code %d, out %q, stderr %q, want %q", i, code, out, errs, want)
		}
	}
	// From standard input, with pieces: the control token by name, then
	// the quoted bytes of each text token, which make up the text.
	code, out, _ := runCmd(t, "<|im_end|> hi, 世界", "tokenize", "--model", vocab32k)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 0 || lines[0] != "      2  <|im_end|>" {
		t.Fatalf("pieces from standard input: code %d, out %q", code, out)
	}
	var text strings.Builder
	for _, l := range lines[1:] {
		_, q, _ := strings.Cut(strings.TrimSpace(l), "  ")
		p, err := strconv.Unquote(q)
		if err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		text.WriteString(p)
	}
	if text.String() != " hi, 世界" {
		t.Errorf("the pieces make %q", text.String())
	}
	code, out, _ = runCmd(t, "", "tokenize", "--model", vocab32k, "--no-parse-special", "--ids-only", "<|im_end|>")
	if code != 0 || strings.HasPrefix(out, "2 ") || len(strings.Fields(out)) < 2 {
		t.Errorf("--no-parse-special: code %d, out %q", code, out)
	}
}

func TestTokenizeErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"tokenize", "hi"}, 2, "want --model"},
		{[]string{"tokenize", "--model", vocab32k, "a", "b"}, 2, "at most one TEXT"},
		{[]string{"tokenize", "--model", "no-such.gguf", "hi"}, 1, "no-such.gguf"},
		{[]string{"tokenize", "--model", "tokenize.go", "hi"}, 1, "not a GGUF file"},
	} {
		code, _, stderr := runCmd(t, "", c.args...)
		if code != c.code || !strings.Contains(stderr, c.msg) {
			t.Errorf("%q: code %d, stderr %q; want %d and %q", c.args, code, stderr, c.code, c.msg)
		}
	}
}
