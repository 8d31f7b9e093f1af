package tokenizer

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/genui/genui/inference/gguf/convert"
)

// TestConverted reads each reference tokenizer.json through genui convert's
// GGUF metadata and FromGGUF, and checks the ids are still those of
// tokenizers: the path a model converted from Hugging Face takes.
func TestConverted(t *testing.T) {
	e := loadExpected(t)
	for _, name := range bpeNames {
		data, err := os.ReadFile(filepath.Join(hfDir, name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		config := []byte(`{"bos_token": "<|endoftext|>", "eos_token": "<|im_end|>"}`)
		kv, err := convert.Tokenizer(data, config, 0, "")
		if err != nil {
			t.Fatal(err)
		}
		v, err := FromGGUF(parseKV(t, kv...))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		tok := mustNew(t, v)
		bad := 0
		for i, line := range e.Lines {
			if got := tok.Encode(line, Options{ParseSpecial: true}); !slices.Equal(got, e.IDs[name][i]) {
				bad++
				t.Logf("%s line %d %q:\n got %s\nwant %s", name, i, line, pieces(tok, got), pieces(tok, e.IDs[name][i]))
			}
		}
		if bad > 0 {
			t.Errorf("%s (pre %q, ignore merges %v): %d lines differ", name, v.Pre, v.IgnoreMerges, bad)
		}
	}
}
