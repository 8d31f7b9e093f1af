package tensor

import (
	"encoding/binary"
	"fmt"

	"github.com/genui/genui/inference/gguf"
)

// Matrix is a weight matrix of Rows rows of Cols values, stored row
// after row in the block layout of Type, usually straight from the
// model file's bytes (ggml's ne[0] is Cols, ne[1] is Rows).
type Matrix struct {
	Type       gguf.Type
	Rows, Cols int
	Data       []byte

	stride int // bytes per row
	f      *format
}

// NewMatrix checks that data holds rows×cols values of type t and
// returns the matrix that reads them in place. Float data that is not
// aligned to its element size is copied once.
func NewMatrix(t gguf.Type, rows, cols int, data []byte) (*Matrix, error) {
	f, err := lookup(t)
	if err != nil {
		return nil, err
	}
	if rows <= 0 || cols <= 0 {
		return nil, fmt.Errorf("tensor: matrix of %d×%d", rows, cols)
	}
	stride, err := checkLen(t, cols)
	if err != nil {
		return nil, err
	}
	if f.fast.act != actFloat && cols%32 != 0 {
		return nil, fmt.Errorf("tensor: rows of %d values: quantised products need a multiple of 32", cols)
	}
	if len(data) != rows*stride {
		return nil, fmt.Errorf("tensor: %d×%d %v matrix takes %d bytes, have %d", rows, cols, t, rows*stride, len(data))
	}
	if size := uintptr(t.TypeSize()); f.fast.act == actFloat && !aligned(data, size) {
		data = append(make([]byte, 0, len(data)), data...)
	}
	return &Matrix{Type: t, Rows: rows, Cols: cols, Data: data, stride: stride, f: f}, nil
}

// Row decodes row r into dst (len(dst) == m.Cols): an embedding lookup.
func (m *Matrix) Row(r int, dst []float32) {
	m.f.dequant(dst[:m.Cols], m.Data[r*m.stride:(r+1)*m.stride])
}

// littleEndian guards the in-place views of view.go.
var _ = func() bool {
	if binary.NativeEndian.Uint16([]byte{1, 0}) != 1 {
		panic("tensor: the kernels read weights in place and need a little-endian host")
	}
	return true
}()
