package gguf

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// sampleKV has a value of every type, arrays of every element type and an
// array of arrays.
func sampleKV() []KV {
	return []KV{
		{"general.architecture", "llama"},
		{"general.alignment", uint32(64)},
		{"u8", uint8(200)}, {"i8", int8(-100)},
		{"u16", uint16(60000)}, {"i16", int16(-30000)},
		{"u32", uint32(4000000000)}, {"i32", int32(-2000000000)},
		{"u64", uint64(1 << 60)}, {"i64", int64(-1 << 60)},
		{"f32", float32(1.5)}, {"f64", math.Pi},
		{"yes", true}, {"no", false}, {"empty", ""},
		{"au8", []uint8{1, 2, 3}}, {"ai8", []int8{-1, 2}},
		{"au16", []uint16{1, 65535}}, {"ai16", []int16{-2, 3}},
		{"au32", []uint32{7}}, {"ai32", []int32{-7, 0, 7}},
		{"au64", []uint64{1 << 63}}, {"ai64", []int64{-1}},
		{"af32", []float32{0.25, -2}}, {"af64", []float64{1e300}},
		{"abool", []bool{true, false, true}},
		{"astr", []string{"a", "", "ünïcödé", "<0x0A>"}},
		{"aarr", []any{[]int32{1, 2}, []string{"x"}, []any{[]bool{true}}}},
		{"anone", []string{}},
	}
}

// sampleTensors has tensors of plain and block types, of 1 to 4 dims,
// with sizes that need padding.
func sampleTensors() []TensorInfo {
	mk := func(name string, t Type, dims ...uint64) TensorInfo {
		ti := TensorInfo{Name: name, Type: t, Dims: dims}
		n, err := tensorBytes(t, dims)
		if err != nil {
			panic(err)
		}
		ti.Data = make([]byte, n)
		for i := range ti.Data {
			ti.Data[i] = byte(i*7 + len(name))
		}
		return ti
	}
	return []TensorInfo{
		mk("token_embd.weight", F16, 8, 3),
		mk("output_norm.weight", F32, 5),
		mk("blk.0.attn_q.weight", Q8_0, 64, 2),
		mk("blk.0.ffn_down.weight", Q4_K, 256, 1, 1, 2),
		mk("empty", F32, 0),
		mk("scalar", BF16),
	}
}

func encode(t testing.TB, kv []KV, tensors []TensorInfo) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, kv, tensors); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	kv, tensors := sampleKV(), sampleTensors()
	data := encode(t, kv, tensors)
	f, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if f.Version != 3 || f.Alignment != 64 || f.DataOffset%64 != 0 {
		t.Errorf("version %d, alignment %d, data offset %d", f.Version, f.Alignment, f.DataOffset)
	}
	if !reflect.DeepEqual(f.KV, kv) {
		t.Errorf("metadata differ:\n got %#v\nwant %#v", f.KV, kv)
	}
	for _, p := range kv {
		if v, ok := f.Get(p.Key); !ok || !reflect.DeepEqual(v, p.Value) {
			t.Errorf("Get(%q) = %#v, %v", p.Key, v, ok)
		}
	}
	if len(f.Tensors) != len(tensors) {
		t.Fatalf("%d tensors, want %d", len(f.Tensors), len(tensors))
	}
	for i, want := range tensors {
		got, ok := f.Tensor(want.Name)
		if !ok || got != &f.Tensors[i] {
			t.Fatalf("Tensor(%q) not found at %d", want.Name, i)
		}
		if got.Type != want.Type || !reflect.DeepEqual(got.Dims, want.Dims) || !bytes.Equal(got.Data, want.Data) {
			t.Errorf("tensor %q: %v %v %d bytes, want %v %v %d bytes", want.Name, got.Type, got.Dims, len(got.Data), want.Type, want.Dims, len(want.Data))
		}
		if got.Offset%64 != 0 {
			t.Errorf("tensor %q at unaligned offset %d", got.Name, got.Offset)
		}
		if len(got.Data) > 0 && &got.Data[0] != &data[f.DataOffset+int64(got.Offset)] {
			t.Errorf("tensor %q data were copied", got.Name)
		}
	}
	// Writing what was read gives the same bytes.
	if again := encode(t, f.KV, f.Tensors); !bytes.Equal(again, data) {
		t.Error("re-encoding a parsed file changed it")
	}
	if len(data)%64 != 0 {
		t.Errorf("file of %d bytes is not padded to the alignment", len(data))
	}
}

func TestAccessors(t *testing.T) {
	f, err := Parse(encode(t, sampleKV(), nil))
	if err != nil {
		t.Fatal(err)
	}
	if s, err := f.String("general.architecture"); s != "llama" || err != nil {
		t.Errorf("String = %q, %v", s, err)
	}
	for key, want := range map[string]uint64{"u8": 200, "u16": 60000, "u32": 4000000000, "u64": 1 << 60} {
		if n, err := f.Uint(key); n != want || err != nil {
			t.Errorf("Uint(%q) = %d, %v", key, n, err)
		}
	}
	if n, err := f.Int("i32"); n != -2000000000 || err != nil {
		t.Errorf("Int = %d, %v", n, err)
	}
	if _, err := f.Uint("i8"); !errors.Is(err, ErrKeyType) {
		t.Errorf("Uint of a negative: %v", err)
	}
	if x, err := f.Float("f32"); x != 1.5 || err != nil {
		t.Errorf("Float = %v, %v", x, err)
	}
	if x, err := f.Float("u16"); x != 60000 || err != nil {
		t.Errorf("Float of an integer = %v, %v", x, err)
	}
	if b, err := f.Bool("yes"); !b || err != nil {
		t.Errorf("Bool = %v, %v", b, err)
	}
	if s, err := f.Strings("astr"); len(s) != 4 || s[2] != "ünïcödé" || err != nil {
		t.Errorf("Strings = %q, %v", s, err)
	}
	if s, err := f.Float32s("af32"); len(s) != 2 || s[1] != -2 || err != nil {
		t.Errorf("Float32s = %v, %v", s, err)
	}
	if s, err := f.Int32s("ai32"); len(s) != 3 || s[0] != -7 || err != nil {
		t.Errorf("Int32s = %v, %v", s, err)
	}
	_, err = f.String("nope")
	if !errors.Is(err, ErrMissing) || !strings.Contains(err.Error(), `"nope"`) {
		t.Errorf("missing key: %v", err)
	}
	_, err = f.Strings("ai32")
	if !errors.Is(err, ErrKeyType) || !strings.Contains(err.Error(), "array of int32") {
		t.Errorf("wrong type: %v", err)
	}
}

func TestTypes(t *testing.T) {
	// Block layouts of the types the engine computes with, as ggml-common.h
	// declares their structs.
	for _, c := range []struct {
		t           Type
		block, size int
		name        string
	}{
		{F32, 1, 4, "F32"}, {F16, 1, 2, "F16"}, {BF16, 1, 2, "BF16"},
		{Q4_0, 32, 18, "Q4_0"}, {Q8_0, 32, 34, "Q8_0"},
		{Q4_K, 256, 144, "Q4_K"}, {Q6_K, 256, 210, "Q6_K"}, {Q8_K, 256, 292, "Q8_K"},
	} {
		if c.t.BlockSize() != c.block || c.t.TypeSize() != c.size || c.t.String() != c.name {
			t.Errorf("%d: %d %d %q, want %d %d %q", uint32(c.t), c.t.BlockSize(), c.t.TypeSize(), c.t, c.block, c.size, c.name)
		}
		if p, err := ParseType(strings.ToLower(c.name)); p != c.t || err != nil {
			t.Errorf("ParseType(%q) = %v, %v", strings.ToLower(c.name), p, err)
		}
	}
	if Q6_K.RowSize(512) != 420 {
		t.Errorf("Q6_K.RowSize(512) = %d", Q6_K.RowSize(512))
	}
	for _, n := range []Type{4, 5, 31, 32, 33, 36, 37, 38, 42, 1 << 31} {
		if n.Known() || n.BlockSize() != 0 || n.TypeSize() != 0 || n.RowSize(32) != 0 {
			t.Errorf("retired or unknown type %d has a layout", uint32(n))
		}
	}
	if _, err := ParseType("q4_2"); err == nil {
		t.Error("ParseType accepted a retired type")
	}
}

func TestOpen(t *testing.T) {
	data := encode(t, sampleKV(), sampleTensors())
	path := filepath.Join(t.TempDir(), "m.gguf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	q, _ := f.Tensor("blk.0.attn_q.weight")
	want := sampleTensors()[2].Data
	if !bytes.Equal(q.Data, want) {
		t.Error("tensor data differ")
	}
	q.Data[0]++ // copy-on-write: the file is unchanged
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(path); !bytes.Equal(again, data) {
		t.Error("writing to a tensor changed the file")
	}

	bad := filepath.Join(t.TempDir(), "bad.gguf")
	if err := os.WriteFile(bad, data[:100], 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Open(bad)
	var e *Error
	if !errors.As(err, &e) || e.Path != bad || !errors.Is(err, ErrTruncated) {
		t.Errorf("truncated file: %v", err)
	}
	if _, err := Open(filepath.Join(t.TempDir(), "none.gguf")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	empty := filepath.Join(t.TempDir(), "empty.gguf")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(empty); !errors.Is(err, ErrMagic) {
		t.Errorf("empty file: %v", err)
	}
}

// TestWriterStreams writes the tensors' data in uneven pieces.
func TestWriterStreams(t *testing.T) {
	kv, tensors := sampleKV(), sampleTensors()
	whole := encode(t, kv, tensors)
	var buf bytes.Buffer
	w, err := NewWriter(&buf, kv, tensors)
	if err != nil {
		t.Fatal(err)
	}
	var all []byte
	for _, ti := range tensors {
		all = append(all, ti.Data...)
	}
	for len(all) > 0 {
		n := min(len(all), 37)
		if _, err := w.Write(all[:n]); err != nil {
			t.Fatal(err)
		}
		all = all[n:]
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), whole) {
		t.Error("streamed file differs")
	}
	if _, err := w.Write([]byte{1}); err == nil {
		t.Error("wrote past the last tensor")
	}
}

func TestWriterRefuses(t *testing.T) {
	one := []TensorInfo{{Name: "a", Type: F32, Dims: []uint64{4}}}
	for name, c := range map[string]struct {
		kv      []KV
		tensors []TensorInfo
	}{
		"duplicate key":    {kv: []KV{{"a", uint8(1)}, {"a", uint8(2)}}},
		"bad value":        {kv: []KV{{"a", 3}}},
		"bad alignment":    {kv: []KV{{"general.alignment", uint32(48)}}},
		"alignment type":   {kv: []KV{{"general.alignment", uint64(32)}}},
		"array of non-arr": {kv: []KV{{"a", []any{uint8(1)}}}},
		"deep arrays":      {kv: []KV{{"a", []any{[]any{[]any{[]any{[]int8{}}}}}}}},
		"duplicate tensor": {tensors: append(one, one...)},
		"long name":        {tensors: []TensorInfo{{Name: strings.Repeat("x", 64), Type: F32}}},
		"too many dims":    {tensors: []TensorInfo{{Name: "a", Type: F32, Dims: []uint64{1, 1, 1, 1, 1}}}},
		"unknown type":     {tensors: []TensorInfo{{Name: "a", Type: 4, Dims: []uint64{1}}}},
		"partial block":    {tensors: []TensorInfo{{Name: "a", Type: Q8_0, Dims: []uint64{48}}}},
	} {
		if _, err := NewWriter(&bytes.Buffer{}, c.kv, c.tensors); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	// Found by FuzzParse: an empty array of arrays at the deepest level the
	// reader allows must be writable.
	deepest := []KV{{"a", []any{[]any{[]any{[]any{}}}}}}
	if err := Write(&bytes.Buffer{}, deepest, nil); err != nil {
		t.Errorf("deepest empty array: %v", err)
	}
	w, err := NewWriter(&bytes.Buffer{}, nil, one)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.WriteTensor(make([]byte, 15)); err == nil {
		t.Error("WriteTensor accepted the wrong size")
	}
	if err := w.Close(); err == nil {
		t.Error("Close accepted a missing tensor")
	}
}
