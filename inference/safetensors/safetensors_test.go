package safetensors

import (
	"encoding/binary"
	"errors"
	"math"
	"path/filepath"
	"strings"
	"testing"
)

// file builds a safetensors file from a JSON header and data bytes.
func file(header string, data []byte) []byte {
	b := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	return append(append(b, header...), data...)
}

func TestParse(t *testing.T) {
	data := make([]byte, 24)
	binary.LittleEndian.PutUint32(data[16:], math.Float32bits(1.5))
	f, err := Parse(file(`{"b":{"dtype":"F32","shape":[2],"data_offsets":[16,24]},`+
		`"__metadata__":{"format":"pt"},"a":{"dtype":"BF16","shape":[2,4],"data_offsets":[0,16]}}  `, data))
	if err != nil {
		t.Fatal(err)
	}
	if f.Metadata["format"] != "pt" || len(f.Tensors) != 2 || f.Tensors[0].Name != "a" {
		t.Fatalf("metadata %v, tensors %+v", f.Metadata, f.Tensors)
	}
	b, ok := f.Tensor("b")
	if !ok || b.DType != "F32" || b.Elements() != 2 || math.Float32frombits(binary.LittleEndian.Uint32(b.Data)) != 1.5 {
		t.Fatalf("tensor b: %+v", b)
	}
	if &b.Data[0] != &f.Tensors[1].Data[0] {
		t.Error("index points at the wrong tensor")
	}
}

// TestReference reads the committed checkpoint written by transformers.
func TestReference(t *testing.T) {
	f, err := Open(filepath.Join("..", "testdata", "hf", "models", "llama-ropescale", "model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	e, ok := f.Tensor("model.embed_tokens.weight")
	if !ok || e.DType != "F32" || len(e.Shape) != 2 || e.Shape[0] != 256 || e.Shape[1] != 64 {
		t.Fatalf("embeddings: %+v", e)
	}
	if len(f.Tensors) != 20 {
		t.Errorf("%d tensors, want 20", len(f.Tensors))
	}
}

var hostile = []struct {
	name, want string
	data       []byte
}{
	{"short", "too short", []byte{1, 2}},
	{"huge header", "MaxHeaderSize", binary.LittleEndian.AppendUint64(nil, 1<<62)},
	{"header past end", "follow the length", binary.LittleEndian.AppendUint64(nil, 100)},
	{"not an object", "want", file(`[1]`, nil)},
	{"bad json", `tensor "a"`, file(`{"a":`, nil)},
	{"trailing", "after the header", file(`{}{}`, nil)},
	{"unknown dtype", "unknown dtype", file(`{"a":{"dtype":"F12","shape":[1],"data_offsets":[0,4]}}`, make([]byte, 4))},
	{"past the end", "outside", file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, make([]byte, 4))},
	{"reversed", "outside", file(`{"a":{"dtype":"F32","shape":[0],"data_offsets":[4,0]}}`, make([]byte, 4))},
	{"size mismatch", "takes 8 bytes", file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}}`, make([]byte, 4))},
	{"overflow", "overflows", file(`{"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,4]}}`, make([]byte, 4))},
	{"offsets count", "not 2", file(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0]}}`, make([]byte, 4))},
	{"many dims", "MaxDims", file(`{"a":{"dtype":"U8","shape":[1,1,1,1,1,1,1,1,1],"data_offsets":[0,1]}}`, make([]byte, 1))},
	{"duplicate", "twice", file(`{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"a":{"dtype":"U8","shape":[1],"data_offsets":[1,2]}}`, make([]byte, 2))},
	{"metadata twice", "twice", file(`{"__metadata__":null,"__metadata__":{}}`, nil)},
	{"overlap", "overlaps", file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, make([]byte, 8))},
	{"negative shape", "tensor \"a\"", file(`{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}`, make([]byte, 4))},
}

func TestHostile(t *testing.T) {
	for _, c := range hostile {
		_, err := Parse(c.data)
		if !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error mentioning %q", c.name, err, c.want)
		}
	}
}

// FuzzParse checks that Parse never panics and that what it accepts is
// consistent: every tensor's data has the size its shape says.
func FuzzParse(f *testing.F) {
	f.Add(file(`{"__metadata__":{"format":"pt"},"a":{"dtype":"F16","shape":[2,2],"data_offsets":[0,8]}}`, make([]byte, 8)))
	for _, c := range hostile {
		f.Add(c.data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse(data)
		if err != nil {
			return
		}
		for i := range file.Tensors {
			tt := &file.Tensors[i]
			if uint64(len(tt.Data)) != tt.Elements()*uint64(tt.DType.Size()) {
				t.Fatalf("tensor %q: %d bytes for shape %v", tt.Name, len(tt.Data), tt.Shape)
			}
			if got, ok := file.Tensor(tt.Name); !ok || got != tt {
				t.Fatalf("index lost %q", tt.Name)
			}
		}
	})
}
