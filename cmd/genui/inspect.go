package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/genui/genui/inference/gguf"
)

func init() {
	register(&command{
		name:  "inspect",
		usage: "[--metadata] MODEL.gguf",
		short: "print a GGUF model's architecture, hyper-parameters, tokenizer and tensors",
		run:   runInspect,
	})
}

func runInspect(e *env, args []string) error {
	fs := newFlags(e, "inspect")
	all := fs.Bool("metadata", false, "print every metadata key and value")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: want one model file", errUsage)
	}
	f, err := gguf.Open(pos[0])
	if err != nil {
		return err
	}
	defer f.Close()
	return inspect(e.stdout, pos[0], f, *all)
}

// inspect writes the report of a parsed model.
func inspect(out io.Writer, path string, f *gguf.File, all bool) error {
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	arch, _ := f.String("general.architecture")
	row := func(label string, value any) { fmt.Fprintf(w, "%s\t%v\n", label, value) }
	size := f.DataOffset
	var params uint64
	for i := range f.Tensors {
		t := &f.Tensors[i]
		size = max(size, f.DataOffset+int64(t.Offset)+int64(len(t.Data)))
		params += t.Elements()
	}
	row("file", fmt.Sprintf("%s: GGUF v%d, %d metadata keys, %d tensors, data at byte %d, aligned to %d",
		path, f.Version, len(f.KV), len(f.Tensors), f.DataOffset, f.Alignment))
	row("architecture", orElse(arch, "(general.architecture missing)"))
	if name, err := f.String("general.name"); err == nil {
		row("name", name)
	}
	if ft, err := f.Uint("general.file_type"); err == nil {
		row("file type", fmt.Sprintf("%v (%d)", gguf.FileType(ft), ft))
	}
	row("parameters", fmt.Sprintf("%s in %s of tensor data", humanCount(params), humanBytes(uint64(size-f.DataOffset))))
	for _, h := range []struct{ label, key string }{
		{"context length", "context_length"},
		{"embedding length", "embedding_length"},
		{"block count", "block_count"},
		{"feed forward length", "feed_forward_length"},
		{"attention heads", "attention.head_count"},
		{"kv heads", "attention.head_count_kv"},
		{"key length", "attention.key_length"},
		{"value length", "attention.value_length"},
		{"rope dimensions", "rope.dimension_count"},
		{"rope freq base", "rope.freq_base"},
		{"rope scaling type", "rope.scaling.type"},
		{"rope scaling factor", "rope.scaling.factor"},
		{"rope original context", "rope.scaling.original_context_length"},
		{"rms norm eps", "attention.layer_norm_rms_epsilon"},
		{"norm eps", "attention.layer_norm_epsilon"},
	} {
		if v, ok := f.Get(arch + "." + h.key); ok {
			row(h.label, metaValue(v))
		}
	}
	row("vocab size", inspectVocab(f, arch))
	row("tokenizer", inspectTokenizer(f))
	if err := w.Flush(); err != nil {
		return err
	}
	if all {
		fmt.Fprintf(out, "\nmetadata (%d):\n", len(f.KV))
		for _, kv := range f.KV {
			t, elem, _ := gguf.ValueTypeOf(kv.Value)
			typ := t.String()
			if t == gguf.Array {
				typ = "[" + elem.String() + "]"
			}
			fmt.Fprintf(w, "  %s\t%s\t%s\n", kv.Key, typ, metaValue(kv.Value))
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}
	fmt.Fprintf(out, "\ntensors (%d):\n", len(f.Tensors))
	fmt.Fprintln(w, "  name\ttype\tshape (ne)\tbytes\tfile offset")
	for i := range f.Tensors {
		t := &f.Tensors[i]
		dims := make([]string, len(t.Dims))
		for k, d := range t.Dims {
			dims[k] = fmt.Sprint(d)
		}
		fmt.Fprintf(w, "  %s\t%v\t%s\t%d\t%d\n", t.Name, t.Type, strings.Join(dims, " × "), len(t.Data), f.DataOffset+int64(t.Offset))
	}
	return w.Flush()
}

// inspectVocab is <arch>.vocab_size, else the token list's length, else the
// rows of the token embedding.
func inspectVocab(f *gguf.File, arch string) string {
	if n, err := f.Uint(arch + ".vocab_size"); err == nil {
		return fmt.Sprint(n)
	}
	if toks, err := f.Strings("tokenizer.ggml.tokens"); err == nil {
		return fmt.Sprintf("%d (tokens)", len(toks))
	}
	if t, ok := f.Tensor("token_embd.weight"); ok && len(t.Dims) == 2 {
		return fmt.Sprintf("%d (token_embd.weight)", t.Dims[1])
	}
	return "unknown"
}

// inspectTokenizer summarises the tokenizer.ggml.* keys.
func inspectTokenizer(f *gguf.File) string {
	model, err := f.String("tokenizer.ggml.model")
	if err != nil {
		return "none"
	}
	parts := []string{model}
	if pre, err := f.String("tokenizer.ggml.pre"); err == nil {
		parts[0] += " (pre-tokenizer " + pre + ")"
	}
	if toks, err := f.Strings("tokenizer.ggml.tokens"); err == nil {
		parts = append(parts, fmt.Sprintf("%d tokens", len(toks)))
	}
	if merges, err := f.Strings("tokenizer.ggml.merges"); err == nil {
		parts = append(parts, fmt.Sprintf("%d merges", len(merges)))
	}
	for _, id := range []string{"bos", "eos", "unknown", "padding"} {
		if n, err := f.Uint("tokenizer.ggml." + id + "_token_id"); err == nil {
			parts = append(parts, fmt.Sprintf("%s %d", id, n))
		}
	}
	return strings.Join(parts, ", ")
}

// metaValue formats a metadata value; long arrays and strings are cut short.
func metaValue(v any) string {
	switch x := v.(type) {
	case string:
		if len(x) > 60 {
			return fmt.Sprintf("%q… (%d bytes)", x[:60], len(x))
		}
		return fmt.Sprintf("%q", x)
	case []string:
		if len(x) > 4 {
			return fmt.Sprintf("%q… (%d)", x[:4], len(x))
		}
		return fmt.Sprintf("%q", x)
	}
	s := fmt.Sprint(v)
	if len(s) > 60 {
		s = s[:60] + "…"
	}
	return s
}

func orElse(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// humanCount writes n with a metric suffix: 1.2 M, 135 M, 7.2 G.
func humanCount(n uint64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.1f G", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1f M", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f k", float64(n)/1e3)
	}
	return fmt.Sprint(n)
}

// humanBytes writes n in binary units: 5.3 MiB.
func humanBytes(n uint64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
