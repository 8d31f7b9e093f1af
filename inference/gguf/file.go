package gguf

import (
	"fmt"
	"math"
)

// File is a parsed GGUF file: its metadata in file order and its tensors,
// whose Data point into the bytes the file was parsed from.
type File struct {
	Version    uint32       // 2 or 3
	Alignment  int          // of tensor data: general.alignment, or DefaultAlignment
	DataOffset int64        // where the tensor data section starts in the file
	KV         []KV         // metadata, in file order
	Tensors    []TensorInfo // in file order

	keys  map[string]int // KV index by key
	names map[string]int // Tensors index by name
	close func() error   // releases a mapping made by Open
}

// TensorInfo describes one tensor and holds its data.
type TensorInfo struct {
	Name string
	Type Type
	// Dims are the dimensions in ggml order: Dims[0] (ne[0]) is the
	// length of a row, the fastest-varying index. A Hugging Face weight
	// of shape [out, in] has Dims [in, out].
	Dims []uint64
	// Offset is where the data start, relative to File.DataOffset.
	Offset uint64
	// Data are the tensor's bytes, a sub-slice of the parsed buffer.
	Data []byte

	size     uint64 // len(Data), known before Data is placed
	offsetAt int    // the file offset of the Offset field, for errors
}

// Elements returns the number of elements of the tensor.
func (t *TensorInfo) Elements() uint64 {
	n := uint64(1)
	for _, d := range t.Dims {
		n *= d
	}
	return n
}

// Get returns the value of a metadata key as a Go value: uint8, int8,
// uint16, int16, uint32, int32, uint64, int64, float32, float64, bool or
// string; an array as []uint8 … []float64, []bool or []string, and an
// array of arrays as []any holding such slices. The slices belong to the
// File: do not modify them.
func (f *File) Get(key string) (any, bool) {
	i, ok := f.keys[key]
	if !ok {
		return nil, false
	}
	return f.KV[i].Value, true
}

// Tensor returns the tensor with the given name.
func (f *File) Tensor(name string) (*TensorInfo, bool) {
	i, ok := f.names[name]
	if !ok {
		return nil, false
	}
	return &f.Tensors[i], true
}

// Close releases the memory mapping of a file opened with Open; the
// tensors' Data must not be used after it. It does nothing for a File
// from Parse.
func (f *File) Close() error {
	if f.close == nil {
		return nil
	}
	c := f.close
	f.close = nil
	return c()
}

// lookup returns the value of key or an error wrapping ErrMissing.
func (f *File) lookup(key string) (any, error) {
	v, ok := f.Get(key)
	if !ok {
		return nil, fmt.Errorf("gguf: metadata key %q: %w", key, ErrMissing)
	}
	return v, nil
}

func wrongType(key string, v any, want string) error {
	t, e, _ := ValueTypeOf(v)
	got := t.String()
	if t == Array {
		got = "array of " + e.String()
	}
	return fmt.Errorf("gguf: metadata key %q is %s, want %s: %w", key, got, want, ErrKeyType)
}

// String returns the string value of key.
func (f *File) String(key string) (string, error) {
	v, err := f.lookup(key)
	if err != nil {
		return "", err
	}
	s, ok := v.(string)
	if !ok {
		return "", wrongType(key, v, "string")
	}
	return s, nil
}

// Uint returns the value of key, which must be an integer of any width
// and sign that is not negative.
func (f *File) Uint(key string) (uint64, error) {
	v, err := f.lookup(key)
	if err != nil {
		return 0, err
	}
	n, ok := asUint(v)
	if !ok {
		return 0, wrongType(key, v, "a non-negative integer")
	}
	return n, nil
}

// Int returns the value of key, which must be an integer of any width and
// sign that fits an int64.
func (f *File) Int(key string) (int64, error) {
	v, err := f.lookup(key)
	if err != nil {
		return 0, err
	}
	if n, ok := asInt(v); ok {
		return n, nil
	}
	return 0, wrongType(key, v, "an integer")
}

// Float returns the value of key, which must be a float32, a float64 or an
// integer.
func (f *File) Float(key string) (float64, error) {
	v, err := f.lookup(key)
	if err != nil {
		return 0, err
	}
	switch x := v.(type) {
	case float32:
		return float64(x), nil
	case float64:
		return x, nil
	}
	if n, ok := asInt(v); ok {
		return float64(n), nil
	}
	if n, ok := asUint(v); ok {
		return float64(n), nil
	}
	return 0, wrongType(key, v, "a number")
}

// Bool returns the bool value of key.
func (f *File) Bool(key string) (bool, error) {
	v, err := f.lookup(key)
	if err != nil {
		return false, err
	}
	b, ok := v.(bool)
	if !ok {
		return false, wrongType(key, v, "bool")
	}
	return b, nil
}

// Strings returns the array of strings of key.
func (f *File) Strings(key string) ([]string, error) {
	return arrayOf[string](f, key, "array of string")
}

// Float32s returns the array of float32 of key (e.g. tokenizer.ggml.scores).
func (f *File) Float32s(key string) ([]float32, error) {
	return arrayOf[float32](f, key, "array of float32")
}

// Int32s returns the array of int32 of key (e.g. tokenizer.ggml.token_type).
func (f *File) Int32s(key string) ([]int32, error) {
	return arrayOf[int32](f, key, "array of int32")
}

func arrayOf[T any](f *File, key, want string) ([]T, error) {
	v, err := f.lookup(key)
	if err != nil {
		return nil, err
	}
	s, ok := v.([]T)
	if !ok {
		return nil, wrongType(key, v, want)
	}
	return s, nil
}

func asUint(v any) (uint64, bool) {
	switch x := v.(type) {
	case uint8:
		return uint64(x), true
	case uint16:
		return uint64(x), true
	case uint32:
		return uint64(x), true
	case uint64:
		return x, true
	}
	if n, ok := asInt(v); ok && n >= 0 {
		return uint64(n), true
	}
	return 0, false
}

func asInt(v any) (int64, bool) {
	switch x := v.(type) {
	case int8:
		return int64(x), true
	case int16:
		return int64(x), true
	case int32:
		return int64(x), true
	case int64:
		return x, true
	case uint8:
		return int64(x), true
	case uint16:
		return int64(x), true
	case uint32:
		return int64(x), true
	case uint64:
		if x <= math.MaxInt64 {
			return int64(x), true
		}
	}
	return 0, false
}
