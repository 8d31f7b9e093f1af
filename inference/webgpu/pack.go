package webgpu

import (
	"encoding/binary"
	"fmt"

	"github.com/genui/genui/inference/gguf"
	"github.com/genui/genui/inference/llama"
	"github.com/genui/genui/inference/tensor"
)

// packed is a weight matrix in the layout the shaders read: ggml's
// blocks are 34 (Q8_0) or 18 (Q4_0) bytes, not a whole number of the
// 32-bit words WGSL loads, so the codes and the scales go into arrays
// of their own. Q8_0 keeps the 32 codes of a block as 8 words (4 int8
// codes each, in order); Q4_0 keeps its 16 bytes as 4 words (values j
// and j+16 in the low and high nibbles of byte j, as ggml stores them).
// Scales become float32. Several matrices with the same columns may be
// stacked, row after row (Q, K and V; gate and up), into one packed
// matrix, so that one dispatch multiplies them all.
type packed struct {
	typ    gguf.Type
	rows   int
	blocks int      // per row
	codes  []uint32 // rows × blocks × words(typ)
	scales []float32
}

// words returns the 32-bit words of codes per block of type t.
func words(t gguf.Type) int {
	if t == gguf.Q4_0 {
		return 4
	}
	return 8
}

// gpuType reports whether the shaders multiply matrices of type t.
func gpuType(t gguf.Type) bool { return t == gguf.Q8_0 || t == gguf.Q4_0 }

// pack stacks the matrices (same type and columns) into one packed
// matrix.
func pack(ms ...*tensor.Matrix) (*packed, error) {
	t, cols := ms[0].Type, ms[0].Cols
	if !gpuType(t) {
		return nil, fmt.Errorf("%w: %v weights", ErrUnsupported, t)
	}
	p := &packed{typ: t, blocks: cols / 32}
	for _, m := range ms {
		if m.Type != t || m.Cols != cols {
			return nil, fmt.Errorf("webgpu: stacking a %d×%d %v matrix on %d-column %v ones", m.Rows, m.Cols, m.Type, cols, t)
		}
		p.rows += m.Rows
	}
	w, size := words(t), t.TypeSize()
	p.codes = make([]uint32, 0, p.rows*p.blocks*w)
	p.scales = make([]float32, 0, p.rows*p.blocks)
	for _, m := range ms {
		for b := 0; b < m.Rows*p.blocks; b++ {
			blk := m.Data[b*size : (b+1)*size]
			p.scales = append(p.scales, tensor.F16ToF32(binary.LittleEndian.Uint16(blk)))
			for k := 0; k < w; k++ {
				p.codes = append(p.codes, binary.LittleEndian.Uint32(blk[2+4*k:]))
			}
		}
	}
	return p, nil
}

// dequantRow decodes row r of p into dst (blocks × 32 values), the way
// the shaders read the layout; the tests compare it with tensor's
// reference decoder.
func (p *packed) dequantRow(r int, dst []float32) {
	w := words(p.typ)
	for b := 0; b < p.blocks; b++ {
		d := p.scales[r*p.blocks+b]
		c := p.codes[(r*p.blocks+b)*w:]
		y := dst[32*b : 32*b+32]
		for j := 0; j < 32; j++ {
			var q int
			if p.typ == gguf.Q8_0 {
				q = int(int8(c[j/4] >> (8 * (j % 4))))
			} else {
				shift := 8*(j%16%4) + 4*(j/16)
				q = int(c[j%16/4]>>shift&0xf) - 8
			}
			y[j] = float32(q) * d
		}
	}
}

// bytes returns the packed matrix's size on the GPU.
func (p *packed) bytes() int64 { return 4 * int64(len(p.codes)+len(p.scales)) }

// matrices lists m's weight matrices (the output once, tied or not).
func matrices(m *llama.Model) []*tensor.Matrix {
	ms := []*tensor.Matrix{m.Embed}
	if m.Output != m.Embed {
		ms = append(ms, m.Output)
	}
	for i := range m.Layers {
		L := &m.Layers[i]
		ms = append(ms, L.Q, L.K, L.V, L.O, L.Gate, L.Up, L.Down)
	}
	return ms
}
