package gguf

import (
	"fmt"
	"math/bits"
	"strings"
)

// Type is a ggml tensor type, numbered as llama.cpp's ggml.h numbers them
// (enum ggml_type); these numbers are what a GGUF file stores.
type Type uint32

// The ggml tensor types. Numbers that ggml retired (4, 5, 31–33, 36–38)
// have no constant and no size: the reader rejects them like any unknown
// number.
const (
	F32     Type = 0
	F16     Type = 1
	Q4_0    Type = 2
	Q4_1    Type = 3
	Q5_0    Type = 6
	Q5_1    Type = 7
	Q8_0    Type = 8
	Q8_1    Type = 9
	Q2_K    Type = 10
	Q3_K    Type = 11
	Q4_K    Type = 12
	Q5_K    Type = 13
	Q6_K    Type = 14
	Q8_K    Type = 15
	IQ2_XXS Type = 16
	IQ2_XS  Type = 17
	IQ3_XXS Type = 18
	IQ1_S   Type = 19
	IQ4_NL  Type = 20
	IQ3_S   Type = 21
	IQ2_S   Type = 22
	IQ4_XS  Type = 23
	I8      Type = 24
	I16     Type = 25
	I32     Type = 26
	I64     Type = 27
	F64     Type = 28
	IQ1_M   Type = 29
	BF16    Type = 30
	TQ1_0   Type = 34
	TQ2_0   Type = 35
	MXFP4   Type = 39
	NVFP4   Type = 40
	Q1_0    Type = 41
)

// qk is QK_K, the number of elements in a super-block of the k-quants.
const qk = 256

// typeInfo is one row of ggml's type traits: the name, the elements per
// block and the bytes per block.
type typeInfo struct {
	name        string
	block, size int
}

// types holds the block layout of every type ggml defines. The sizes are
// the byte counts of ggml's block structs (ggml-common.h), written as the
// sum of their fields so they can be checked against the structs by eye.
var types = [...]typeInfo{
	F32:     {"F32", 1, 4},
	F16:     {"F16", 1, 2},
	Q4_0:    {"Q4_0", 32, 2 + 16},
	Q4_1:    {"Q4_1", 32, 2 + 2 + 16},
	Q5_0:    {"Q5_0", 32, 2 + 4 + 16},
	Q5_1:    {"Q5_1", 32, 2 + 2 + 4 + 16},
	Q8_0:    {"Q8_0", 32, 2 + 32},
	Q8_1:    {"Q8_1", 32, 2 + 2 + 32},
	Q2_K:    {"Q2_K", qk, 2 + 2 + qk/16 + qk/4},
	Q3_K:    {"Q3_K", qk, 2 + qk/4 + qk/8 + 12},
	Q4_K:    {"Q4_K", qk, 2 + 2 + qk/2 + 12},
	Q5_K:    {"Q5_K", qk, 2 + 2 + qk/2 + qk/8 + 12},
	Q6_K:    {"Q6_K", qk, 2 + qk/2 + qk/4 + qk/16},
	Q8_K:    {"Q8_K", qk, 4 + qk + qk/8},
	IQ2_XXS: {"IQ2_XXS", qk, 2 + qk/4},
	IQ2_XS:  {"IQ2_XS", qk, 2 + qk/4 + qk/32},
	IQ3_XXS: {"IQ3_XXS", qk, 2 + qk/4 + qk/8},
	IQ1_S:   {"IQ1_S", qk, 2 + qk/8 + qk/16},
	IQ4_NL:  {"IQ4_NL", 32, 2 + 16},
	IQ3_S:   {"IQ3_S", qk, 2 + qk/4 + qk/8 + qk/32 + 4},
	IQ2_S:   {"IQ2_S", qk, 2 + qk/4 + qk/16},
	IQ4_XS:  {"IQ4_XS", qk, 2 + 2 + qk/2 + qk/64},
	I8:      {"I8", 1, 1},
	I16:     {"I16", 1, 2},
	I32:     {"I32", 1, 4},
	I64:     {"I64", 1, 8},
	F64:     {"F64", 1, 8},
	IQ1_M:   {"IQ1_M", qk, qk/8 + qk/16 + qk/32},
	BF16:    {"BF16", 1, 2},
	TQ1_0:   {"TQ1_0", qk, 2 + 4*13},
	TQ2_0:   {"TQ2_0", qk, 2 + 64},
	MXFP4:   {"MXFP4", 32, 1 + 16},
	NVFP4:   {"NVFP4", 64, 4 + 32},
	Q1_0:    {"Q1_0", 128, 2 + 16},
}

func (t Type) info() typeInfo {
	if int(t) < len(types) {
		return types[t]
	}
	return typeInfo{}
}

// Known reports whether ggml defines t, that is whether its block layout
// is known. It says nothing of whether a kernel can compute with it.
func (t Type) Known() bool { return t.info().block != 0 }

// BlockSize returns the number of elements in one block of t (1 for the
// plain types, 32 for Q8_0, 256 for the k-quants), or 0 if t is unknown.
func (t Type) BlockSize() int { return t.info().block }

// TypeSize returns the number of bytes in one block of t, or 0 if t is
// unknown.
func (t Type) TypeSize() int { return t.info().size }

// RowSize returns the number of bytes of n consecutive elements of type t
// (ggml_row_size). n must be a multiple of t.BlockSize().
func (t Type) RowSize(n int) int {
	i := t.info()
	if i.block == 0 {
		return 0
	}
	return n / i.block * i.size
}

// String returns the type's name as gguf-py spells it ("F32", "Q4_K"), or
// "type(N)" for a number ggml does not define.
func (t Type) String() string {
	if i := t.info(); i.block != 0 {
		return i.name
	}
	return fmt.Sprintf("type(%d)", uint32(t))
}

// ParseType returns the type whose name is s, in any letter case ("q8_0",
// "Q4_K", "bf16").
func ParseType(s string) (Type, error) {
	for t, i := range types {
		if i.block != 0 && strings.EqualFold(i.name, s) {
			return Type(t), nil
		}
	}
	return 0, fmt.Errorf("gguf: unknown tensor type %q", s)
}

// tensorBytes returns the byte size of a tensor of type t with the given
// ggml dimensions. It fails when ne[0] is not a multiple of the block size
// or when the size does not fit in an int64.
func tensorBytes(t Type, dims []uint64) (uint64, error) {
	i := t.info()
	if i.block == 0 {
		return 0, fmt.Errorf("%w %d", ErrTensorType, uint32(t))
	}
	n := uint64(1)
	for k, d := range dims {
		hi, lo := bits.Mul64(n, d)
		if hi != 0 || lo > maxInt64 {
			return 0, fmt.Errorf("%w: the product of the dimensions overflows at ne[%d]", ErrShape, k)
		}
		n = lo
	}
	row := uint64(1) // ne[0]; a tensor of no dimensions is one element
	if len(dims) > 0 {
		row = dims[0]
	}
	if row%uint64(i.block) != 0 {
		return 0, fmt.Errorf("%w: ne[0] = %d is not a multiple of %v's block size %d", ErrShape, row, t, i.block)
	}
	hi, lo := bits.Mul64(n/uint64(i.block), uint64(i.size))
	if hi != 0 || lo > maxInt64 {
		return 0, fmt.Errorf("%w: %d elements of %v overflow a byte count", ErrShape, n, t)
	}
	return lo, nil
}

const maxInt64 = 1<<63 - 1
