// Package safetensors reads the safetensors format of Hugging Face
// checkpoints: an 8-byte little-endian header length, a JSON header that
// maps each tensor name to its dtype, shape and byte range, then the data.
//
// It is hand-written (the format is a page long) so that the converter
// to GGUF needs nothing beyond the standard library, and so that it can
// treat every file as untrusted: the header length, every shape and every
// byte range are checked against the file before use, duplicate names are
// refused, and errors name the tensor at fault. Parse is zero-copy: each
// tensor's Data is a sub-slice of the parsed buffer.
//
// Example:
//
//	f, err := safetensors.Open("model.safetensors")
//	…
//	t, ok := f.Tensor("model.embed_tokens.weight") // t.Shape is [vocab, hidden]
package safetensors

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"os"
	"slices"
	"strings"
)

// MaxHeaderSize bounds the JSON header, as the format's specification
// does (100 MB).
const MaxHeaderSize = 100_000_000

// MaxDims bounds the rank of a tensor.
const MaxDims = 8

// ErrFormat is wrapped by every error about a malformed file.
var ErrFormat = errors.New("safetensors: malformed file")

// DType is a tensor element type as the header names it ("F32", "BF16").
type DType string

// Size returns the bytes of one element, or 0 for an unknown dtype.
func (d DType) Size() int {
	switch d {
	case "BOOL", "U8", "I8", "F8_E4M3", "F8_E5M2":
		return 1
	case "U16", "I16", "F16", "BF16":
		return 2
	case "U32", "I32", "F32":
		return 4
	case "U64", "I64", "F64":
		return 8
	}
	return 0
}

// Tensor is one tensor of a file.
type Tensor struct {
	Name  string
	DType DType
	Shape []uint64 // row-major: the last dimension varies fastest
	Data  []byte

	offset uint64 // of Data in the data section
}

// Elements returns the number of elements of the tensor.
func (t *Tensor) Elements() uint64 {
	n := uint64(1)
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// File is a parsed safetensors file.
type File struct {
	Metadata map[string]string // the optional "__metadata__" entry
	Tensors  []Tensor          // in the order of their data
	index    map[string]int
}

// Tensor returns the tensor with the given name.
func (f *File) Tensor(name string) (*Tensor, bool) {
	i, ok := f.index[name]
	if !ok {
		return nil, false
	}
	return &f.Tensors[i], true
}

// Open reads and parses the file at path.
func Open(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	f, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

type entry struct {
	DType       DType    `json:"dtype"`
	Shape       []uint64 `json:"shape"`
	DataOffsets []uint64 `json:"data_offsets"`
}

// Parse reads a safetensors file held in data, without copying the
// tensors' data.
func Parse(data []byte) (*File, error) {
	if len(data) < 8 {
		return nil, fmt.Errorf("%w: %d bytes, too short for the header length", ErrFormat, len(data))
	}
	n := binary.LittleEndian.Uint64(data)
	if n > MaxHeaderSize {
		return nil, fmt.Errorf("%w: header of %d bytes, over MaxHeaderSize (%d)", ErrFormat, n, MaxHeaderSize)
	}
	if n > uint64(len(data)-8) {
		return nil, fmt.Errorf("%w: header of %d bytes, but %d bytes follow the length", ErrFormat, n, len(data)-8)
	}
	body := data[8+n:]
	f := &File{index: map[string]int{}}
	seenMeta := false
	dec := json.NewDecoder(bytes.NewReader(data[8 : 8+n]))
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("%w: header: %v", ErrFormat, err)
		}
		name := tok.(string) // object keys are strings
		if name == "__metadata__" {
			if seenMeta {
				return nil, fmt.Errorf("%w: __metadata__ appears twice", ErrFormat)
			}
			seenMeta = true
			if err := dec.Decode(&f.Metadata); err != nil {
				return nil, fmt.Errorf("%w: __metadata__: %v", ErrFormat, err)
			}
			continue
		}
		if _, dup := f.index[name]; dup {
			return nil, fmt.Errorf("%w: tensor %q appears twice", ErrFormat, name)
		}
		var e entry
		if err := dec.Decode(&e); err != nil {
			return nil, fmt.Errorf("%w: tensor %q: %v", ErrFormat, name, err)
		}
		t, err := place(name, e, body)
		if err != nil {
			return nil, err
		}
		f.index[name] = len(f.Tensors)
		f.Tensors = append(f.Tensors, t)
	}
	if err := expectDelim(dec, '}'); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: data after the header's JSON object", ErrFormat)
	}
	return f, overlaps(f)
}

func expectDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return fmt.Errorf("%w: header: %v", ErrFormat, err)
	}
	if tok != d {
		return fmt.Errorf("%w: header: want %q, found %v", ErrFormat, d, tok)
	}
	return nil
}

// place checks one header entry against the data and slices its bytes.
func place(name string, e entry, body []byte) (Tensor, error) {
	bad := func(format string, args ...any) (Tensor, error) {
		return Tensor{}, fmt.Errorf("%w: tensor %q: %s", ErrFormat, name, fmt.Sprintf(format, args...))
	}
	size := e.DType.Size()
	switch {
	case size == 0:
		return bad("unknown dtype %q", e.DType)
	case len(e.Shape) > MaxDims:
		return bad("%d dimensions, over MaxDims (%d)", len(e.Shape), MaxDims)
	case len(e.DataOffsets) != 2:
		return bad("data_offsets has %d numbers, not 2", len(e.DataOffsets))
	}
	begin, end := e.DataOffsets[0], e.DataOffsets[1]
	if begin > end || end > uint64(len(body)) {
		return bad("data [%d, %d) outside the %d bytes of data", begin, end, len(body))
	}
	n := uint64(size)
	for _, d := range e.Shape {
		hi, lo := bits.Mul64(n, d)
		if hi != 0 {
			return bad("shape %v overflows", e.Shape)
		}
		n = lo
	}
	if n != end-begin {
		return bad("shape %v of %s takes %d bytes, data_offsets give %d", e.Shape, e.DType, n, end-begin)
	}
	return Tensor{Name: name, DType: e.DType, Shape: e.Shape, Data: body[begin:end:end], offset: begin}, nil
}

// overlaps sorts the tensors by their data and refuses overlapping ones.
func overlaps(f *File) error {
	slices.SortFunc(f.Tensors, func(a, b Tensor) int {
		if c := cmp.Compare(a.offset, b.offset); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	var end uint64
	for i := range f.Tensors {
		t := &f.Tensors[i]
		f.index[t.Name] = i
		if len(t.Data) > 0 && t.offset < end {
			return fmt.Errorf("%w: tensor %q overlaps the tensor before it", ErrFormat, t.Name)
		}
		end = max(end, t.offset+uint64(len(t.Data)))
	}
	return nil
}
