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

// rowsFunc computes dst[i] = row i · the t-th vector of x for the
// len(dst) rows of stride bytes at the start of w: a run of a matrix's
// rows, in one call.
type rowsFunc func(dst []float32, w []byte, stride int, x *Batch, t int)

// kernel is one implementation of a type's product: the activation form
// it reads, its product of one row, and of a run of rows (a loop over
// dot, or a kernel of its own that shares work between rows).
type kernel struct {
	act  actForm
	dot  dotFunc
	rows rowsFunc
}

// eachRow is the rowsFunc that calls dot for each row.
func eachRow(dot dotFunc) rowsFunc {
	return func(dst []float32, w []byte, stride int, x *Batch, t int) {
		for i := range dst {
			dst[i] = dot(w[i*stride:(i+1)*stride], x, t)
		}
	}
}

// format is what the package knows of one ggml type: its reference
// decoder and quantiser, its reference product, and its product
// kernels. plain is the kernel in plain Go; fast is the one the
// products use, plain itself unless a SIMD kernel (simd_*.go) replaced
// it at start-up. fast and plain add their partial sums in the same
// order (order.go), so they give the same bits; exact says that this
// order is the reference's own, so that plain equals naive bit for bit
// too. naive stays the test oracle of every kernel.
type format struct {
	dequant func(dst []float32, src []byte)
	quant   func(dst []byte, src []float32)
	naive   dotFunc
	plain   kernel
	fast    kernel
	exact   bool
}

var formats = [...]*format{
	gguf.F32:  newFormat(dequantF32, quantF32, naiveF32, actFloat, dotF32, false),
	gguf.F16:  newFormat(dequantF16, quantF16, naiveF16, actFloat, dotF16, false),
	gguf.BF16: newFormat(dequantBF16, quantBF16, naiveBF16, actFloat, dotBF16, false),
	gguf.Q4_0: newFormat(dequantQ4_0, quantQ4_0, naiveQ4_0, actP16, dotQ4_0, false),
	gguf.Q4_1: newFormat(dequantQ4_1, quantQ4_1, naiveQ4_1, actP16, dotQ4_1, true),
	gguf.Q5_0: newFormat(dequantQ5_0, quantQ5_0, naiveQ5_0, actP16, dotQ5_0, true),
	gguf.Q5_1: newFormat(dequantQ5_1, quantQ5_1, naiveQ5_1, actP16, dotQ5_1, true),
	gguf.Q8_0: newFormat(dequantQ8_0, quantQ8_0, naiveQ8_0, actP32, dotQ8_0, false),
	gguf.Q4_K: newFormat(dequantQ4_K, quantQ4_K, naiveQ4_K, actP16, dotQ4_K, true),
	gguf.Q5_K: newFormat(dequantQ5_K, quantQ5_K, naiveQ5_K, actP16, dotQ5_K, true),
	gguf.Q6_K: newFormat(dequantQ6_K, quantQ6_K, naiveQ6_K, actP16, dotQ6_K, true),
	gguf.Q8_K: newFormat(dequantQ8_K, quantQ8_K, naiveQ8_K, actP32, dotQ8_K, true),
}

// newFormat is a table entry whose fast kernel is, to begin with, the
// plain one.
func newFormat(dequant func([]float32, []byte), quant func([]byte, []float32), naive dotFunc, act actForm, dot dotFunc, exact bool) *format {
	k := kernel{act, dot, eachRow(dot)}
	return &format{dequant: dequant, quant: quant, naive: naive, plain: k, fast: k, exact: exact}
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
