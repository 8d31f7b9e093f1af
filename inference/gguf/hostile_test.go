package gguf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// le builds hand-made files, little endian.
type le []byte

func (b le) u32(v uint32) le    { return binary.LittleEndian.AppendUint32(b, v) }
func (b le) u64(v uint64) le    { return binary.LittleEndian.AppendUint64(b, v) }
func (b le) str(s string) le    { return append(b.u64(uint64(len(s))), s...) }
func (b le) zeros(n int) le     { return append(b, make([]byte, n)...) }
func (b le) pad(to int) le      { return b.zeros(to - len(b)) }
func (b le) typ(t ValueType) le { return b.u32(uint32(t)) }

// header starts a v3 file with nt tensors and nkv metadata pairs.
func header(nt, nkv uint64) le { return le("GGUF").u32(3).u64(nt).u64(nkv) }

// tensor appends a tensor description.
func (b le) tensor(name string, t Type, offset uint64, dims ...uint64) le {
	b = b.str(name).u32(uint32(len(dims)))
	for _, d := range dims {
		b = b.u64(d)
	}
	return b.u32(uint32(t)).u64(offset)
}

// hostile is the table of broken and malicious files: each must fail
// with the given sentinel, naming the field, at the given byte offset.
var hostile = []struct {
	name   string
	data   []byte
	err    error
	field  string
	offset int64
}{
	{"empty", nil, ErrMagic, "magic", 0},
	{"short magic", []byte("GG"), ErrMagic, "magic", 0},
	{"wrong magic", le("GGML").u32(3).u64(0).u64(0), ErrMagic, "magic", 0},
	{"version 1", le("GGUF").u32(1).u64(0).u64(0), ErrVersion, "version", 4},
	{"version 4", le("GGUF").u32(4).u64(0).u64(0), ErrVersion, "version", 4},
	{"big endian", le("GGUF").u32(3 << 24).u64(0).u64(0), ErrVersion, "version", 4},
	{"no counts", le("GGUF").u32(3), ErrTruncated, "tensor_count", 8},
	{"2^62 tensors", header(1<<62, 0), ErrLimit, "tensor_count", 8},
	{"2^62 metadata", header(0, 1<<62), ErrLimit, "metadata_kv_count", 16},
	{"tensors past the end", header(1000, 0).zeros(100), ErrTruncated, "tensor_count", 8},
	{"metadata past the end", header(0, 1000).zeros(100), ErrTruncated, "metadata_kv_count", 16},
	{"huge key", header(0, 1).u64(1 << 63).zeros(8), ErrLimit, "metadata 0 key length", 24},
	{"key past the end", header(0, 1).u64(40).zeros(8), ErrTruncated, "metadata 0 key", 24},
	{"duplicate key", header(0, 2).str("a").typ(Uint8).zeros(1).str("a").typ(Uint8).zeros(1),
		ErrDuplicate, "metadata 1 key", 38},
	{"unknown value type", header(0, 1).str("k").typ(13).zeros(8), ErrValueType, `metadata "k" type`, 33},
	{"huge string", header(0, 1).str("k").typ(String).u64(MaxStringLen + 1).zeros(8),
		ErrLimit, `metadata "k" length`, 37},
	{"string past the end", header(0, 1).str("k").typ(String).u64(1000).zeros(8),
		ErrTruncated, `metadata "k"`, 37},
	{"bool 2", header(0, 1).str("k").typ(Bool).append(2), ErrValue, `metadata "k"`, 37},
	{"no value", header(0, 1).str("k").typ(Uint64).zeros(4), ErrTruncated, `metadata "k"`, 37},
	{"unknown array type", header(0, 1).str("k").typ(Array).u32(99).u64(0),
		ErrValueType, `metadata "k" array type`, 37},
	{"huge array", header(0, 1).str("k").typ(Array).typ(Uint8).u64(1 << 40),
		ErrLimit, `metadata "k" array length`, 41},
	{"array past the end", header(0, 1).str("k").typ(Array).typ(Uint64).u64(1000).zeros(80),
		ErrTruncated, `metadata "k" array length`, 41},
	{"array string past the end", header(0, 1).str("k").typ(Array).typ(String).u64(2).str("ab").u64(50).zeros(8),
		ErrTruncated, `metadata "k"[1]`, 67},
	{"array bool 7", header(0, 1).str("k").typ(Array).typ(Bool).u64(3).append(1, 0, 7),
		ErrValue, `metadata "k"[2]`, 51},
	{"arrays too deep", header(0, 1).str("k").typ(Array).
		typ(Array).u64(1).typ(Array).u64(1).typ(Array).u64(1).typ(Array).u64(1).typ(Uint8).u64(0),
		ErrLimit, `metadata "k"[0][0][0][0]`, 85},
	{"alignment 48", header(0, 1).str("general.alignment").typ(Uint32).u32(48),
		ErrLayout, `metadata "general.alignment"`, 49},
	{"alignment 0", header(0, 1).str("general.alignment").typ(Uint32).u32(0),
		ErrLayout, `metadata "general.alignment"`, 49},
	{"alignment as uint64", header(0, 1).str("general.alignment").typ(Uint64).u64(32),
		ErrLayout, `metadata "general.alignment"`, 49},
	{"long tensor name", header(1, 0).tensor(strings.Repeat("x", 64), F32, 0, 1),
		ErrLimit, "tensor 0 name length", 24},
	{"duplicate tensor", header(2, 0).tensor("a", F32, 0, 1).tensor("a", F32, 32, 1).pad(128),
		ErrDuplicate, "tensor 1 name", 57},
	{"five dims", header(1, 0).tensor("a", F32, 0, 1, 1, 1, 1, 1), ErrLimit, `tensor 0 "a" n_dims`, 33},
	{"dims overflow", header(1, 0).tensor("a", F32, 0, 1<<32, 1<<32).pad(128),
		ErrShape, `tensor 0 "a" dimensions`, 37},
	{"dim over int64", header(1, 0).tensor("a", I8, 0, 1<<63).pad(128),
		ErrShape, `tensor 0 "a" dimensions`, 37},
	{"bytes overflow", header(1, 0).tensor("a", F64, 0, 1<<62).pad(128),
		ErrShape, `tensor 0 "a" dimensions`, 37},
	{"unknown tensor type", header(1, 0).tensor("a", 99, 0, 1).pad(128),
		ErrTensorType, `tensor 0 "a" type`, 45},
	{"retired tensor type", header(1, 0).tensor("a", 4, 0, 32).pad(128),
		ErrTensorType, `tensor 0 "a" type`, 45},
	{"partial block", header(1, 0).tensor("a", Q4_K, 0, 128, 2).pad(512),
		ErrShape, `tensor 0 "a" dimensions`, 37},
	{"unaligned offset", header(1, 0).tensor("a", F32, 4, 1).pad(128),
		ErrLayout, `tensor 0 "a" offset`, 49},
	{"data past the end", header(1, 0).tensor("a", F32, 0, 100).pad(128),
		ErrLayout, `tensor 0 "a" offset`, 49},
	{"offset past the end", header(1, 0).tensor("a", F32, 1<<40, 1).pad(128),
		ErrLayout, `tensor 0 "a" offset`, 49},
	{"offset wraps", header(1, 0).tensor("a", F32, 1<<64-32, 16).pad(128),
		ErrLayout, `tensor 0 "a" offset`, 49},
	{"overlap", header(3, 0).tensor("a", F32, 0, 16).tensor("b", F32, 64, 8).tensor("c", F32, 32, 16).pad(256),
		ErrLayout, `tensor 2 "c" offset`, 115},
	{"overlap past empty", header(3, 0).tensor("a", F32, 0, 16).tensor("b", F32, 32, 0).tensor("c", F32, 32, 16).pad(256),
		ErrLayout, `tensor 2 "c" offset`, 115},
	{"no data section", header(1, 0).tensor("a", F32, 0, 1), ErrTruncated, "data section", 57},
	{"truncated tensor info", header(1, 0).str("abcdefghijklmnopqrst").u32(2).u64(4),
		ErrTruncated, `tensor 0 "abcdefghijklmnopqrst" ne[1]`, 64},
}

func (b le) append(p ...byte) le { return append(b, p...) }

func TestHostile(t *testing.T) {
	for _, c := range hostile {
		f, err := Parse(c.data)
		if err == nil {
			t.Errorf("%s: parsed, %d tensors", c.name, len(f.Tensors))
			continue
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%s: %v is not an *Error", c.name, err)
			continue
		}
		if !errors.Is(err, c.err) || e.Field != c.field || e.Offset != c.offset {
			t.Errorf("%s:\n got %v\nwant %v, field %q, offset %d", c.name, err, c.err, c.field, c.offset)
		}
		if !strings.HasPrefix(err.Error(), "gguf: ") {
			t.Errorf("%s: error %q lacks the package prefix", c.name, err)
		}
	}
}

// TestHostileBounded checks that refusing a hostile header costs little
// memory however much it claims.
func TestHostileBounded(t *testing.T) {
	for _, c := range hostile {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for range 10 {
			Parse(c.data)
		}
		runtime.ReadMemStats(&after)
		if n := (after.TotalAlloc - before.TotalAlloc) / 10; n > 64<<10 {
			t.Errorf("%s: %d bytes allocated to refuse a %d-byte file", c.name, n, len(c.data))
		}
	}
}

// TestTruncations parses every prefix of a valid file that cuts into its
// header or tensor data (the padding after the last tensor is optional):
// each fails cleanly.
func TestTruncations(t *testing.T) {
	data := encode(t, sampleKV(), sampleTensors())
	f, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	last := &f.Tensors[len(f.Tensors)-1]
	end := int(f.DataOffset) + int(last.Offset) + len(last.Data)
	for n := range end {
		if _, err := Parse(data[:n]); err == nil {
			t.Fatalf("a file cut to %d of %d bytes parsed", n, len(data))
		} else if !errors.Is(err, ErrTruncated) && !errors.Is(err, ErrLayout) && !errors.Is(err, ErrMagic) {
			t.Fatalf("cut to %d: %v", n, err)
		}
	}
}

// TestLimits puts each limit at its value (accepted) and one past it
// (refused with ErrLimit).
func TestLimits(t *testing.T) {
	type limitCase struct {
		name     string
		at, over []byte
	}
	kvFile := func(n int) []byte {
		b := header(0, uint64(n))
		for i := range n {
			b = b.str(fmt.Sprint(i)).typ(Uint8).append(0)
		}
		return b
	}
	tensorFile := func(n int) []byte {
		b := header(uint64(n), 0)
		for i := range n {
			b = b.tensor(fmt.Sprint(i), F32, 0, 0)
		}
		return b.pad(int(alignUp(uint64(len(b)), 32)))
	}
	keyFile := func(n int) []byte { return header(0, 1).str(strings.Repeat("k", n)).typ(Uint8).append(0) }
	stringFile := func(n int) []byte {
		return header(0, 1).str("k").typ(String).u64(uint64(n)).zeros(n)
	}
	arrayFile := func(n int) []byte { return header(0, 1).str("k").typ(Array).typ(Uint8).u64(uint64(n)).zeros(n) }
	depthFile := func(depth int) []byte {
		b := header(0, 1).str("k").typ(Array)
		for range depth - 1 {
			b = b.typ(Array).u64(1)
		}
		return b.typ(Uint8).u64(0)
	}
	dimsFile := func(n int) []byte {
		dims := make([]uint64, n)
		for i := range dims {
			dims[i] = 1
		}
		b := header(1, 0).tensor("a", F32, 0, dims...)
		return b.pad(int(alignUp(uint64(len(b)), 32)) + 32)
	}
	nameFile := func(n int) []byte {
		b := header(1, 0).tensor(strings.Repeat("n", n), F32, 0, 1)
		return b.pad(int(alignUp(uint64(len(b)), 32)) + 32)
	}
	for _, c := range []limitCase{
		{"MaxMetadata", kvFile(MaxMetadata), kvFile(MaxMetadata + 1)},
		{"MaxTensors", tensorFile(MaxTensors), tensorFile(MaxTensors + 1)},
		{"MaxKeyLen", keyFile(MaxKeyLen), keyFile(MaxKeyLen + 1)},
		{"MaxStringLen", stringFile(MaxStringLen), stringFile(MaxStringLen + 1)},
		{"MaxArrayLen", arrayFile(MaxArrayLen), arrayFile(MaxArrayLen + 1)},
		{"MaxArrayDepth", depthFile(MaxArrayDepth), depthFile(MaxArrayDepth + 1)},
		{"MaxDims", dimsFile(MaxDims), dimsFile(MaxDims + 1)},
		{"MaxTensorNameLen", nameFile(MaxTensorNameLen), nameFile(MaxTensorNameLen + 1)},
	} {
		if _, err := Parse(c.at); err != nil {
			t.Errorf("%s: at the limit: %v", c.name, err)
		}
		if _, err := Parse(c.over); !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), c.name) {
			t.Errorf("%s: past the limit: %v", c.name, err)
		}
	}
}

// TestMaxFileSize opens a sparse file one byte over the limit.
func TestMaxFileSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.gguf")
	fh, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	err = fh.Truncate(MaxFileSize + 1)
	fh.Close()
	if err != nil {
		t.Skipf("no sparse file of %d bytes here: %v", int64(MaxFileSize+1), err)
	}
	if _, err := Open(path); !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "MaxFileSize") {
		t.Errorf("Open: %v", err)
	}
}
