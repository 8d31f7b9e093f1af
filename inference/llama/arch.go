package llama

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/genui/genui/inference/gguf"
)

// Arch is what distinguishes one architecture of the llama family from
// another, registered under the name GGUF files give in
// general.architecture.
type Arch struct {
	Name string
	// NeoX rotates the pairs (i, i+d/2) of each head, as llama.cpp does
	// for Qwen2 (whose converted Q/K weights are not permuted); otherwise
	// the pairs (2i, 2i+1), as for Llama (whose Q/K rows the converter
	// permutes to match).
	NeoX bool
	// QKVBias makes the attention input biases required (Qwen2); without
	// it they are optional (llama.cpp loads them when present).
	QKVBias bool
}

var archs = map[string]Arch{}

// Register makes an architecture loadable; it panics on a second
// registration of a name (a programming error).
func Register(a Arch) {
	if _, dup := archs[a.Name]; dup {
		panic("llama: architecture registered twice: " + a.Name)
	}
	archs[a.Name] = a
}

func init() {
	Register(Arch{Name: "llama"})
	Register(Arch{Name: "qwen2", NeoX: true, QKVBias: true})
}

// Architectures returns the registered architecture names, sorted.
func Architectures() []string {
	names := make([]string, 0, len(archs))
	for n := range archs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ErrArch reports a model whose architecture is not registered.
var ErrArch = errors.New("llama: unsupported architecture")

// Options are a model's hyper-parameters, read from its GGUF metadata
// under llama.cpp's keys ("{arch}.embedding_length", …).
type Options struct {
	Arch          Arch
	Vocab         int     // tokens (rows of token_embd)
	Dim           int     // {arch}.embedding_length
	Layers        int     // {arch}.block_count
	FFN           int     // {arch}.feed_forward_length
	Heads         int     // {arch}.attention.head_count
	KVHeads       int     // {arch}.attention.head_count_kv (default Heads)
	HeadDim       int     // {arch}.attention.key_length (default Dim/Heads)
	ContextLength int     // {arch}.context_length: the trained context
	NormEps       float32 // {arch}.attention.layer_norm_rms_epsilon
	RopeBase      float32 // {arch}.rope.freq_base (default 10000)
	RopeDims      int     // {arch}.rope.dimension_count (default HeadDim)
	// RopeScale multiplies positions before rotation: 1/factor for
	// {arch}.rope.scaling.type "linear" (or the older rope.scale_linear).
	RopeScale float32
}

// ReadOptions reads a model's hyper-parameters from its metadata.
func ReadOptions(f *gguf.File) (Options, error) {
	name, err := f.String("general.architecture")
	if err != nil {
		return Options{}, fmt.Errorf("llama: %w", err)
	}
	a, ok := archs[name]
	if !ok {
		return Options{}, fmt.Errorf("%w %q (have %s)", ErrArch, name, strings.Join(Architectures(), ", "))
	}
	r := reader{f: f, prefix: name + "."}
	o := Options{Arch: a}
	o.Dim = r.int("embedding_length", -1)
	o.Layers = r.int("block_count", -1)
	o.FFN = r.int("feed_forward_length", -1)
	o.Heads = r.int("attention.head_count", -1)
	o.KVHeads = r.int("attention.head_count_kv", o.Heads)
	o.ContextLength = r.int("context_length", -1)
	o.NormEps = r.float("attention.layer_norm_rms_epsilon", math.NaN())
	o.RopeBase = r.float("rope.freq_base", 10000)
	if o.Heads > 0 {
		o.HeadDim = r.int("attention.key_length", o.Dim/o.Heads)
		if v := r.int("attention.value_length", o.HeadDim); v != o.HeadDim {
			r.fail("attention.value_length", fmt.Errorf("%d differs from key_length %d", v, o.HeadDim))
		}
	}
	o.RopeDims = r.int("rope.dimension_count", o.HeadDim)
	o.RopeScale = 1
	typ := "none"
	if s, err := f.String(r.prefix + "rope.scaling.type"); err == nil {
		typ = s
	}
	switch typ {
	case "none":
		if v := r.float("rope.scale_linear", 1); v != 1 {
			o.RopeScale = 1 / v
		}
	case "linear":
		o.RopeScale = 1 / r.float("rope.scaling.factor", 1)
	default:
		r.fail("rope.scaling.type", fmt.Errorf("%q is not supported (none, linear)", typ))
	}
	if r.err != nil {
		return Options{}, r.err
	}
	if emb, ok := f.Tensor(tokenEmbd); ok && len(emb.Dims) == 2 {
		o.Vocab = int(emb.Dims[1])
	}
	return o, o.check()
}

// maxDim bounds every hyper-parameter so that a hostile file cannot make
// products of them overflow or ask for absurd memory before the tensor
// shapes are checked.
const maxDim = 1 << 20

func (o *Options) check() error {
	for _, c := range []struct {
		name string
		v    int
	}{{"embedding_length", o.Dim}, {"block_count", o.Layers}, {"feed_forward_length", o.FFN}, {"attention.head_count", o.Heads},
		{"attention.head_count_kv", o.KVHeads}, {"attention.key_length", o.HeadDim}, {"context_length", o.ContextLength},
		{"rope.dimension_count", o.RopeDims}, {"vocabulary", o.Vocab}} {
		if c.v <= 0 || c.v > maxDim {
			return fmt.Errorf("llama: %s.%s = %d is out of range", o.Arch.Name, c.name, c.v)
		}
	}
	switch {
	case o.Heads%o.KVHeads != 0:
		return fmt.Errorf("llama: %d attention heads do not share %d kv heads evenly", o.Heads, o.KVHeads)
	case o.RopeDims > o.HeadDim || o.RopeDims%2 != 0:
		return fmt.Errorf("llama: rope over %d dimensions of %d-dimension heads", o.RopeDims, o.HeadDim)
	case !(o.NormEps > 0 && o.NormEps < 1):
		return fmt.Errorf("llama: rms epsilon %v is out of range", o.NormEps)
	case !(o.RopeBase > 1) || !(o.RopeScale > 0) || math.IsInf(float64(o.RopeBase), 0) || math.IsInf(float64(o.RopeScale), 0):
		return fmt.Errorf("llama: rope base %v, scale %v", o.RopeBase, o.RopeScale)
	}
	return nil
}

// reader reads "{arch}." keys, keeping the first error.
type reader struct {
	f      *gguf.File
	prefix string
	err    error
}

func (r *reader) fail(key string, err error) {
	if r.err == nil {
		r.err = fmt.Errorf("llama: %s%s: %w", r.prefix, key, err)
	}
}

// int reads an integer key; def < 0 makes it required.
func (r *reader) int(key string, def int) int {
	v, err := r.f.Uint(r.prefix + key)
	switch {
	case errors.Is(err, gguf.ErrMissing) && def >= 0:
		return def
	case err != nil:
		r.fail(key, err)
		return 0
	case v > maxDim:
		r.fail(key, fmt.Errorf("%d is over %d", v, maxDim))
		return 0
	}
	return int(v)
}

// float reads a number key; a NaN default makes it required.
func (r *reader) float(key string, def float64) float32 {
	v, err := r.f.Float(r.prefix + key)
	switch {
	case errors.Is(err, gguf.ErrMissing) && !math.IsNaN(def):
		return float32(def)
	case err != nil:
		r.fail(key, err)
		return 0
	}
	return float32(v)
}
