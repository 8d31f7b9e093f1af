package main

import (
	"bufio"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/gguf/convert"
)

func init() {
	register(&command{
		name:  "convert",
		usage: "HF_DIR -o OUT.gguf [--type f32|f16|bf16|q8_0|q4_0|q4_k|q6_k] [--name NAME] [--pre NAME]",
		short: "convert a Hugging Face llama or qwen2 checkpoint to GGUF",
		run:   runConvert,
	})
}

func runConvert(e *env, args []string) error {
	fs := newFlags(e, "convert")
	out := fs.String("o", "", "the GGUF file to write")
	typ := fs.String("type", "f16", "what the weight matrices are stored as")
	name := fs.String("name", "", "general.name (default: the folder's name)")
	pre := fs.String("pre", "", "tokenizer.ggml.pre, for a pre-tokenizer convert does not recognise")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *out == "" {
		return fmt.Errorf("%w: want a checkpoint folder and -o OUT.gguf", errUsage)
	}
	t, err := gguf.ParseType(*typ)
	if err != nil {
		return fmt.Errorf("%w: --type: %v", errUsage, err)
	}
	// Write beside the target and rename, so a failed conversion never
	// leaves a half-written model under the requested name.
	tmp, err := os.CreateTemp(filepath.Dir(*out), "."+filepath.Base(*out)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(tmp, 1<<20)
	sum, err := convert.Checkpoint(pos[0], bw, convert.Options{Type: t, Name: *name, Pre: *pre})
	if err == nil {
		err = bw.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), *out); err != nil {
		return err
	}
	var types []string
	for _, t := range slices.Sorted(maps.Keys(sum.Types)) {
		types = append(types, fmt.Sprintf("%d %v", sum.Types[t], t))
	}
	tok := "no tokenizer.json"
	if sum.Tokenizer {
		tok = "tokenizer included"
	}
	fmt.Fprintf(e.stdout, "wrote %s: %s, %d tensors (%s), %s\n", *out, sum.Arch, sum.Tensors, strings.Join(types, ", "), tok)
	return nil
}
