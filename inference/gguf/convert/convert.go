package convert

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/safetensors"
	"github.com/genui/genui/inference/tensor"
)

// Options say how to convert.
type Options struct {
	// Type is what the matrices are stored as: F32, F16 (the default when
	// zero-valued is not wanted, set it), BF16 or a quantized type that
	// package tensor can code. Vectors (norms, biases) stay F32, as
	// llama.cpp keeps them. A matrix whose rows do not fill whole blocks
	// falls back as llama-quantize does (Q4_K→Q5_0, Q5_K→Q5_1, Q6_K→Q8_0),
	// and to F16 where even that does not fit.
	Type gguf.Type
	// Name is general.name; empty means the folder's name.
	Name string
	// Pre overrides the pre-tokenizer name written to tokenizer.ggml.pre,
	// for a tokenizer.json whose pre-tokenizer is not recognised.
	Pre string
}

// Summary tells what a conversion wrote.
type Summary struct {
	Arch      string
	Tensors   int
	Types     map[gguf.Type]int // how many tensors of each type
	Tokenizer bool              // whether tokenizer metadata were written
}

// Checkpoint converts the Hugging Face checkpoint in dir (config.json,
// model.safetensors or its shards, and tokenizer.json when present) to a
// GGUF file written to w, with llama.cpp's tensor names, metadata keys
// and Q/K layout. Tensors are converted and written one at a time.
func Checkpoint(dir string, w io.Writer, opt Options) (*Summary, error) {
	if !tensor.Supported(opt.Type) {
		return nil, fmt.Errorf("convert: cannot write tensors of type %v", opt.Type)
	}
	ftype, ok := gguf.FileTypeOf(opt.Type)
	if !ok {
		return nil, fmt.Errorf("convert: llama.cpp has no file type for %v weights", opt.Type)
	}
	c, err := readConfig(dir)
	if err != nil {
		return nil, err
	}
	st, err := openCheckpoint(dir)
	if err != nil {
		return nil, err
	}
	ws, err := plan(c, st.has, st.names())
	if err != nil {
		return nil, err
	}
	name := opt.Name
	if name == "" {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return nil, fmt.Errorf("convert: %w", err)
		}
		name = filepath.Base(abs)
	}
	kv := metadata(c, name, ftype)
	sum := &Summary{Arch: c.arch.name, Types: map[gguf.Type]int{}}
	tok, err := readTokenizer(dir, c, opt.Pre)
	if err != nil {
		return nil, err
	}
	if tok != nil {
		kv = append(kv, tok...)
		sum.Tokenizer = true
	}
	infos := make([]gguf.TensorInfo, len(ws))
	for i, wt := range ws {
		src := st.tensor(wt.source)
		if !slices.Equal(src.Shape, wt.shape) {
			return nil, fmt.Errorf("convert: tensor %s has shape %v, the config says %v", wt.source, src.Shape, wt.shape)
		}
		infos[i] = gguf.TensorInfo{Name: wt.name, Type: storeAs(opt.Type, wt.shape), Dims: ggmlDims(wt.shape)}
		sum.Types[infos[i].Type]++
	}
	if extra := ropeFreqs(c); extra != nil {
		infos = append(infos, gguf.TensorInfo{Name: "rope_freqs.weight", Type: gguf.F32, Dims: dims(len(extra))})
		sum.Types[gguf.F32]++
	}
	sum.Tensors = len(infos)
	gw, err := gguf.NewWriter(w, kv, infos)
	if err != nil {
		return nil, err
	}
	for i, wt := range ws {
		data, err := convertTensor(st.tensor(wt.source), wt, infos[i].Type)
		if err != nil {
			return nil, err
		}
		if err := gw.WriteTensor(data); err != nil {
			return nil, err
		}
	}
	if extra := ropeFreqs(c); extra != nil {
		data, err := tensor.Quantize(gguf.F32, extra)
		if err != nil {
			return nil, err
		}
		if err := gw.WriteTensor(data); err != nil {
			return nil, err
		}
	}
	return sum, gw.Close()
}

// storeAs returns the type a tensor of the given Hugging Face shape is
// stored as when the requested type is t.
func storeAs(t gguf.Type, shape []uint64) gguf.Type {
	if len(shape) < 2 {
		return gguf.F32
	}
	row := shape[len(shape)-1]
	try := []gguf.Type{t}
	if f, ok := fallback[t]; ok {
		try = append(try, f)
	}
	for _, t := range append(try, gguf.F16) {
		if row%uint64(t.BlockSize()) == 0 {
			return t
		}
	}
	return gguf.F32
}

// fallback is llama-quantize's replacement for a k-quant when the rows do
// not fill 256-element super-blocks.
var fallback = map[gguf.Type]gguf.Type{gguf.Q4_K: gguf.Q5_0, gguf.Q5_K: gguf.Q5_1, gguf.Q6_K: gguf.Q8_0}

// ggmlDims reverses a row-major shape into ggml's order (ne[0] first).
func ggmlDims(shape []uint64) []uint64 {
	d := slices.Clone(shape)
	slices.Reverse(d)
	return d
}

// sourceTypes maps the safetensors dtypes that hold weights to ggml types.
var sourceTypes = map[safetensors.DType]gguf.Type{"F32": gguf.F32, "F16": gguf.F16, "BF16": gguf.BF16}

// convertTensor decodes a checkpoint tensor to float32, permutes it if it
// is a llama Q or K projection and codes it as t.
func convertTensor(src *safetensors.Tensor, w weight, t gguf.Type) ([]byte, error) {
	from, ok := sourceTypes[src.DType]
	if !ok {
		return nil, fmt.Errorf("convert: tensor %s is %s; F32, F16 and BF16 are converted", src.Name, src.DType)
	}
	x := make([]float32, src.Elements())
	if err := tensor.Dequantize(from, x, src.Data); err != nil {
		return nil, fmt.Errorf("convert: tensor %s: %w", src.Name, err)
	}
	if w.permute != 0 {
		cols := 1
		if len(w.shape) == 2 {
			cols = int(w.shape[1])
		}
		p := make([]float32, len(x))
		permuteRows(p, x, w.permute, cols)
		x = p
	}
	data, err := tensor.Quantize(t, x)
	if err != nil {
		return nil, fmt.Errorf("convert: tensor %s: %w", src.Name, err)
	}
	return data, nil
}

// metadata returns the general.* and architecture keys that
// convert_hf_to_gguf.py writes for the model.
func metadata(c *config, name string, ftype gguf.FileType) []gguf.KV {
	a := c.arch.name
	kv := []gguf.KV{
		{Key: "general.architecture", Value: a},
		{Key: "general.type", Value: "model"},
		{Key: "general.name", Value: name},
		{Key: "general.file_type", Value: uint32(ftype)},
		{Key: "general.quantization_version", Value: uint32(2)},
		{Key: a + ".block_count", Value: uint32(c.Layers)},
	}
	if c.MaxPositions != nil {
		kv = append(kv, gguf.KV{Key: a + ".context_length", Value: uint32(*c.MaxPositions)})
	}
	kv = append(kv,
		gguf.KV{Key: a + ".embedding_length", Value: uint32(c.HiddenSize)},
		gguf.KV{Key: a + ".feed_forward_length", Value: uint32(c.IntermediateSize)},
		gguf.KV{Key: a + ".attention.head_count", Value: uint32(c.Heads)},
		gguf.KV{Key: a + ".attention.head_count_kv", Value: uint32(c.kvHeads)},
	)
	if c.rope.Theta != nil {
		kv = append(kv, gguf.KV{Key: a + ".rope.freq_base", Value: float32(*c.rope.Theta)})
	}
	if c.RMSNormEps != nil {
		kv = append(kv, gguf.KV{Key: a + ".attention.layer_norm_rms_epsilon", Value: float32(*c.RMSNormEps)})
	}
	if c.HeadDim != nil {
		kv = append(kv,
			gguf.KV{Key: a + ".attention.key_length", Value: uint32(c.headDim)},
			gguf.KV{Key: a + ".attention.value_length", Value: uint32(c.headDim)})
	}
	if c.arch.name == "llama" {
		kv = append(kv,
			gguf.KV{Key: a + ".vocab_size", Value: uint32(c.VocabSize)},
			gguf.KV{Key: a + ".rope.dimension_count", Value: uint32(c.headDim)})
	}
	switch c.rope.kind() {
	case "linear":
		kv = append(kv,
			gguf.KV{Key: a + ".rope.scaling.type", Value: "linear"},
			gguf.KV{Key: a + ".rope.scaling.factor", Value: float32(*c.rope.Factor)})
	case "yarn":
		kv = append(kv,
			gguf.KV{Key: a + ".rope.scaling.type", Value: "yarn"},
			gguf.KV{Key: a + ".rope.scaling.factor", Value: float32(*c.rope.Factor)})
		if c.rope.OriginalMaxPosition != nil {
			kv = append(kv, gguf.KV{Key: a + ".rope.scaling.original_context_length", Value: uint32(*c.rope.OriginalMaxPosition)})
		}
	}
	return kv
}

// ropeFreqs returns the per-dimension frequency factors of Llama 3's
// rope scaling, which llama.cpp reads from a rope_freqs.weight tensor,
// or nil for other rope types.
func ropeFreqs(c *config) []float32 {
	r := c.rope
	if r.kind() != "llama3" {
		return nil
	}
	base := 10000.0
	if r.Theta != nil {
		base = *r.Theta
	}
	low, high, orig := 1.0, 4.0, 8192.0
	if r.LowFreqFactor != nil {
		low = *r.LowFreqFactor
	}
	if r.HighFreqFactor != nil {
		high = *r.HighFreqFactor
	}
	if r.OriginalMaxPosition != nil {
		orig = float64(*r.OriginalMaxPosition)
	}
	factor := *r.Factor
	lowWavelen, highWavelen := orig/low, orig/high
	out := make([]float32, c.headDim/2)
	for i := range out {
		freq := 1 / math.Pow(base, float64(2*i)/float64(c.headDim))
		wavelen := 2 * math.Pi / freq
		switch {
		case wavelen < highWavelen:
			out[i] = 1
		case wavelen > lowWavelen:
			out[i] = float32(factor)
		default:
			smooth := (orig/wavelen - low) / (high - low)
			out[i] = float32(1 / ((1-smooth)/factor + smooth))
		}
	}
	return out
}

// checkpoint is the set of safetensors files of a model.
type checkpoint struct {
	files []*safetensors.File
	where map[string]int // tensor name → file
}

// openCheckpoint reads model.safetensors, or the shards that
// model.safetensors.index.json lists.
func openCheckpoint(dir string) (*checkpoint, error) {
	paths := []string{filepath.Join(dir, "model.safetensors")}
	index, err := os.ReadFile(filepath.Join(dir, "model.safetensors.index.json"))
	switch {
	case err == nil:
		var idx struct {
			WeightMap map[string]string `json:"weight_map"`
		}
		if err := json.Unmarshal(index, &idx); err != nil {
			return nil, fmt.Errorf("convert: model.safetensors.index.json: %w", err)
		}
		seen := map[string]bool{}
		paths = paths[:0]
		for _, f := range idx.WeightMap {
			if !seen[f] && f == filepath.Base(f) {
				seen[f] = true
				paths = append(paths, filepath.Join(dir, f))
			}
		}
		sort.Strings(paths)
	case !errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("convert: %w", err)
	}
	cp := &checkpoint{where: map[string]int{}}
	for _, p := range paths {
		f, err := safetensors.Open(p)
		if err != nil {
			return nil, fmt.Errorf("convert: %w", err)
		}
		for _, t := range f.Tensors {
			if _, dup := cp.where[t.Name]; dup {
				return nil, fmt.Errorf("convert: tensor %s is in two shards", t.Name)
			}
			cp.where[t.Name] = len(cp.files)
		}
		cp.files = append(cp.files, f)
	}
	return cp, nil
}

func (cp *checkpoint) has(name string) bool { _, ok := cp.where[name]; return ok }

func (cp *checkpoint) tensor(name string) *safetensors.Tensor {
	t, _ := cp.files[cp.where[name]].Tensor(name)
	return t
}

func (cp *checkpoint) names() []string {
	var ns []string
	for n := range cp.where {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}
