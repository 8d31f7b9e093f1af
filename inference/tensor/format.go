package tensor

import (
	"errors"
	"fmt"

	"github.com/genui/genui/inference/gguf"
)

// ErrType reports a tensor type that this package cannot decode or
// compute with (ggml knows more types than the engine implements).
var ErrType = errors.New("tensor: unsupported type")

// dotFunc returns the product of one weight row with the t-th vector of x.
type dotFunc func(row []byte, x *Batch, t int) float32

// format is what the package knows of one ggml type: its reference
// decoder and quantiser, the activation form its kernels read, and its
// product kernels, fast and reference. A faster implementation (SIMD,
// another backend) replaces dot and keeps naive as its test oracle.
type format struct {
	dequant func(dst []float32, src []byte)
	quant   func(dst []byte, src []float32)
	act     actForm
	dot     dotFunc
	naive   dotFunc
}

var formats = [...]*format{
	gguf.F32:  {dequantF32, quantF32, actFloat, dotF32, naiveF32},
	gguf.F16:  {dequantF16, quantF16, actFloat, dotF16, naiveF16},
	gguf.BF16: {dequantBF16, quantBF16, actFloat, dotBF16, naiveBF16},
	gguf.Q4_0: {dequantQ4_0, quantQ4_0, actP16, dotQ4_0, naiveQ4_0},
	gguf.Q4_1: {dequantQ4_1, quantQ4_1, actP16, dotQ4_1, naiveQ4_1},
	gguf.Q5_0: {dequantQ5_0, quantQ5_0, actP16, dotQ5_0, naiveQ5_0},
	gguf.Q5_1: {dequantQ5_1, quantQ5_1, actP16, dotQ5_1, naiveQ5_1},
	gguf.Q8_0: {dequantQ8_0, quantQ8_0, actP32, dotQ8_0, naiveQ8_0},
	gguf.Q4_K: {dequantQ4_K, quantQ4_K, actP16, dotQ4_K, naiveQ4_K},
	gguf.Q5_K: {dequantQ5_K, quantQ5_K, actP16, dotQ5_K, naiveQ5_K},
	gguf.Q6_K: {dequantQ6_K, quantQ6_K, actP16, dotQ6_K, naiveQ6_K},
	gguf.Q8_K: {dequantQ8_K, quantQ8_K, actP32, dotQ8_K, naiveQ8_K},
}

func lookup(t gguf.Type) (*format, error) {
	if int(t) < len(formats) && formats[t] != nil {
		return formats[t], nil
	}
	return nil, fmt.Errorf("%w: %v", ErrType, t)
}

// Supported reports whether the package can decode, quantise and
// multiply tensors of type t.
func Supported(t gguf.Type) bool {
	_, err := lookup(t)
	return err == nil
}

// Types returns the supported types in ggml's numbering order.
func Types() []gguf.Type {
	var ts []gguf.Type
	for t, f := range formats {
		if f != nil {
			ts = append(ts, gguf.Type(t))
		}
	}
	return ts
}

// checkLen checks that n values of type t fill whole blocks and
// returns their size in bytes.
func checkLen(t gguf.Type, n int) (int, error) {
	bs := t.BlockSize()
	if n%bs != 0 {
		return 0, fmt.Errorf("tensor: %d values of %v are not a whole number of %d-value blocks", n, t, bs)
	}
	return n / bs * t.TypeSize(), nil
}

// Quantize codes src as type t in llama.cpp's block layout. len(src)
// must be a multiple of t's block size; a matrix whose rows are, is
// coded row after row by one call.
func Quantize(t gguf.Type, src []float32) ([]byte, error) {
	f, err := lookup(t)
	if err != nil {
		return nil, err
	}
	n, err := checkLen(t, len(src))
	if err != nil {
		return nil, err
	}
	dst := make([]byte, n)
	f.quant(dst, src)
	return dst, nil
}

// QuantizeInto is Quantize writing into dst, which must be exactly the
// size of the coded values.
func QuantizeInto(t gguf.Type, dst []byte, src []float32) error {
	f, err := lookup(t)
	if err != nil {
		return err
	}
	n, err := checkLen(t, len(src))
	if err != nil {
		return err
	}
	if len(dst) != n {
		return fmt.Errorf("tensor: %d values of %v take %d bytes, not %d", len(src), t, n, len(dst))
	}
	f.quant(dst, src)
	return nil
}

// Dequantize decodes len(dst) values of type t from src.
func Dequantize(t gguf.Type, dst []float32, src []byte) error {
	f, err := lookup(t)
	if err != nil {
		return err
	}
	n, err := checkLen(t, len(dst))
	if err != nil {
		return err
	}
	if len(src) < n {
		return fmt.Errorf("tensor: %d values of %v need %d bytes, have %d", len(dst), t, n, len(src))
	}
	f.dequant(dst, src[:n])
	return nil
}
