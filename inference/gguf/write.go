package gguf

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Writer writes a GGUF v3 file, little endian, as llama.cpp writes one:
// the header first, then each tensor's data in the order of the header,
// each starting at a multiple of the alignment, zero-padded after. It
// streams: only the header is buffered, so a model is never held twice.
type Writer struct {
	bw      *bufio.Writer
	tensors []TensorInfo // what the header promised, with sizes
	align   uint64
	cur     int    // the tensor being written
	written uint64 // bytes of tensor cur written so far
	err     error  // the first write error; sticky
	scratch [8]byte
}

// NewWriter validates the metadata and tensor descriptions, then writes
// the header to w. Only Name, Type and Dims of each tensor are used; the
// writer lays the data out itself (general.alignment, if kv sets it, must
// be a uint32 power of two). Write the data next with WriteTensor or Write,
// then Close.
func NewWriter(w io.Writer, kv []KV, tensors []TensorInfo) (*Writer, error) {
	wr := &Writer{bw: bufio.NewWriterSize(w, 1<<16), align: DefaultAlignment}
	if len(kv) > MaxMetadata {
		return nil, fmt.Errorf("gguf: write: %d metadata pairs, over MaxMetadata (%d)", len(kv), MaxMetadata)
	}
	if len(tensors) > MaxTensors {
		return nil, fmt.Errorf("gguf: write: %d tensors, over MaxTensors (%d)", len(tensors), MaxTensors)
	}
	keys := make(map[string]bool, len(kv))
	for _, p := range kv {
		if err := checkKV(p, keys); err != nil {
			return nil, err
		}
		if p.Key == "general.alignment" {
			a, ok := p.Value.(uint32)
			if !ok || a == 0 || a&(a-1) != 0 {
				return nil, fmt.Errorf("gguf: write: general.alignment must be a uint32 power of two, not %T %v", p.Value, p.Value)
			}
			wr.align = uint64(a)
		}
	}
	names := make(map[string]bool, len(tensors))
	wr.tensors = make([]TensorInfo, len(tensors))
	var off uint64
	for i, t := range tensors {
		switch {
		case len(t.Name) > MaxTensorNameLen:
			return nil, fmt.Errorf("gguf: write: tensor %d name %q is longer than MaxTensorNameLen (%d)", i, t.Name, MaxTensorNameLen)
		case names[t.Name]:
			return nil, fmt.Errorf("gguf: write: tensor %q: %w", t.Name, ErrDuplicate)
		case len(t.Dims) > MaxDims:
			return nil, fmt.Errorf("gguf: write: tensor %q has %d dimensions, over MaxDims (%d)", t.Name, len(t.Dims), MaxDims)
		}
		names[t.Name] = true
		size, err := tensorBytes(t.Type, t.Dims)
		if err != nil {
			return nil, fmt.Errorf("gguf: write: tensor %q: %w", t.Name, err)
		}
		wr.tensors[i] = TensorInfo{Name: t.Name, Type: t.Type, Dims: t.Dims, Offset: off, size: size}
		off = alignUp(off+size, wr.align)
	}
	wr.header(kv)
	if wr.err != nil {
		return nil, fmt.Errorf("gguf: write: %w", wr.err)
	}
	return wr, nil
}

// Write creates a GGUF file on w from metadata and tensors whose Data hold
// their bytes: NewWriter, WriteTensor for each, Close.
func Write(w io.Writer, kv []KV, tensors []TensorInfo) error {
	wr, err := NewWriter(w, kv, tensors)
	if err != nil {
		return err
	}
	for _, t := range tensors {
		if err := wr.WriteTensor(t.Data); err != nil {
			return err
		}
	}
	return wr.Close()
}

// WriteTensor writes all the data of the next tensor.
func (w *Writer) WriteTensor(data []byte) error {
	if w.cur >= len(w.tensors) {
		return errors.New("gguf: write: every tensor is already written")
	}
	t := &w.tensors[w.cur]
	if t.size == 0 && len(data) == 0 {
		w.cur++
		return nil
	}
	if w.written != 0 || uint64(len(data)) != t.size {
		return fmt.Errorf("gguf: write: tensor %q takes %d bytes, got %d (after %d)", t.Name, t.size, len(data), w.written)
	}
	_, err := w.Write(data)
	return err
}

// Write writes the next bytes of tensor data, as if the tensors' data were
// one stream: it crosses from one tensor to the next, writing the padding
// between them, so a tensor can be produced piece by piece.
func (w *Writer) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 && w.err == nil {
		w.skipEmpty()
		if w.cur >= len(w.tensors) {
			return n, fmt.Errorf("gguf: write: %d bytes past the last tensor", len(p))
		}
		t := &w.tensors[w.cur]
		k := int(min(uint64(len(p)), t.size-w.written))
		w.write(p[:k])
		n += k
		p = p[k:]
		w.written += uint64(k)
		if w.written == t.size {
			w.pad(t.size)
			w.cur++
			w.written = 0
		}
	}
	if w.err != nil {
		return n, fmt.Errorf("gguf: write: %w", w.err)
	}
	return n, nil
}

// Close checks that every tensor was written in full and flushes. It does
// not close the underlying writer.
func (w *Writer) Close() error {
	if w.err != nil {
		return fmt.Errorf("gguf: write: %w", w.err)
	}
	if w.written == 0 {
		w.skipEmpty()
	}
	if w.cur < len(w.tensors) {
		t := &w.tensors[w.cur]
		return fmt.Errorf("gguf: write: closed after %d of %d bytes of tensor %q (%d of %d tensors done)", w.written, t.size, t.Name, w.cur, len(w.tensors))
	}
	if err := w.bw.Flush(); err != nil {
		return fmt.Errorf("gguf: write: %w", err)
	}
	return nil
}

// skipEmpty passes over tensors that have no bytes, when none of the
// current tensor is written (a zero-size tensor needs no padding: it
// shares its offset with the next).
func (w *Writer) skipEmpty() {
	for w.cur < len(w.tensors) && w.tensors[w.cur].size == 0 {
		w.cur++
	}
}

func (w *Writer) write(b []byte) {
	if w.err == nil {
		_, w.err = w.bw.Write(b)
	}
}

var zeros [256]byte

// pad writes zeros up to the next multiple of the alignment after n bytes.
func (w *Writer) pad(n uint64) {
	for k := alignUp(n, w.align) - n; k > 0; {
		c := min(k, uint64(len(zeros)))
		w.write(zeros[:c])
		k -= c
	}
}

func (w *Writer) u32(v uint32) { w.write(binary.LittleEndian.AppendUint32(w.scratch[:0], v)) }
func (w *Writer) u64(v uint64) { w.write(binary.LittleEndian.AppendUint64(w.scratch[:0], v)) }
func (w *Writer) str(s string) {
	w.u64(uint64(len(s)))
	if w.err == nil {
		_, w.err = w.bw.WriteString(s)
	}
}

func (w *Writer) header(kv []KV) {
	var n uint64
	w.u32(magic)
	w.u32(3)
	w.u64(uint64(len(w.tensors)))
	w.u64(uint64(len(kv)))
	n += 24
	for _, p := range kv {
		w.str(p.Key)
		t, _, _ := ValueTypeOf(p.Value)
		w.u32(uint32(t))
		n += 8 + uint64(len(p.Key)) + 4 + w.value(p.Value)
	}
	for _, t := range w.tensors {
		w.str(t.Name)
		w.u32(uint32(len(t.Dims)))
		for _, d := range t.Dims {
			w.u64(d)
		}
		w.u32(uint32(t.Type))
		w.u64(t.Offset)
		n += 8 + uint64(len(t.Name)) + 4 + 8*uint64(len(t.Dims)) + 4 + 8
	}
	if len(w.tensors) > 0 {
		w.pad(n)
	}
}

// value writes a value already checked by checkValue and returns its size.
func (w *Writer) value(v any) uint64 {
	var b []byte
	le := binary.LittleEndian
	switch x := v.(type) {
	case string:
		w.str(x)
		return 8 + uint64(len(x))
	case []string:
		n := w.arrayHead(String, len(x))
		for _, s := range x {
			w.str(s)
			n += 8 + uint64(len(s))
		}
		return n
	case []any:
		n := w.arrayHead(Array, len(x))
		for _, e := range x { // each an array: checkValue made sure
			n += w.value(e)
		}
		return n
	case uint8:
		b = []byte{x}
	case int8:
		b = []byte{byte(x)}
	case bool:
		b = []byte{0}
		if x {
			b[0] = 1
		}
	case uint16:
		b = le.AppendUint16(nil, x)
	case int16:
		b = le.AppendUint16(nil, uint16(x))
	case uint32:
		b = le.AppendUint32(nil, x)
	case int32:
		b = le.AppendUint32(nil, uint32(x))
	case float32:
		b = le.AppendUint32(nil, math.Float32bits(x))
	case uint64:
		b = le.AppendUint64(nil, x)
	case int64:
		b = le.AppendUint64(nil, uint64(x))
	case float64:
		b = le.AppendUint64(nil, math.Float64bits(x))
	case []uint8:
		return w.arrayHead(Uint8, len(x)) + w.raw(x)
	case []int8:
		return w.arrayHead(Int8, len(x)) + w.raw(appendAll(nil, x, func(b []byte, v int8) []byte { return append(b, byte(v)) }))
	case []bool:
		return w.arrayHead(Bool, len(x)) + w.raw(appendAll(nil, x, func(b []byte, v bool) []byte {
			if v {
				return append(b, 1)
			}
			return append(b, 0)
		}))
	case []uint16:
		return w.arrayHead(Uint16, len(x)) + w.raw(appendAll(nil, x, le.AppendUint16))
	case []int16:
		return w.arrayHead(Int16, len(x)) + w.raw(appendAll(nil, x, func(b []byte, v int16) []byte { return le.AppendUint16(b, uint16(v)) }))
	case []uint32:
		return w.arrayHead(Uint32, len(x)) + w.raw(appendAll(nil, x, le.AppendUint32))
	case []int32:
		return w.arrayHead(Int32, len(x)) + w.raw(appendAll(nil, x, func(b []byte, v int32) []byte { return le.AppendUint32(b, uint32(v)) }))
	case []float32:
		return w.arrayHead(Float32, len(x)) + w.raw(appendAll(nil, x, func(b []byte, v float32) []byte { return le.AppendUint32(b, math.Float32bits(v)) }))
	case []uint64:
		return w.arrayHead(Uint64, len(x)) + w.raw(appendAll(nil, x, le.AppendUint64))
	case []int64:
		return w.arrayHead(Int64, len(x)) + w.raw(appendAll(nil, x, func(b []byte, v int64) []byte { return le.AppendUint64(b, uint64(v)) }))
	case []float64:
		return w.arrayHead(Float64, len(x)) + w.raw(appendAll(nil, x, func(b []byte, v float64) []byte { return le.AppendUint64(b, math.Float64bits(v)) }))
	}
	return w.raw(b)
}

func (w *Writer) arrayHead(elem ValueType, n int) uint64 {
	w.u32(uint32(elem))
	w.u64(uint64(n))
	return 12
}

func (w *Writer) raw(b []byte) uint64 {
	w.write(b)
	return uint64(len(b))
}

func appendAll[T any](b []byte, s []T, app func([]byte, T) []byte) []byte {
	for _, v := range s {
		b = app(b, v)
	}
	return b
}

// checkKV checks that a pair can be written and that its key is new.
func checkKV(p KV, keys map[string]bool) error {
	switch {
	case len(p.Key) > MaxKeyLen:
		return fmt.Errorf("gguf: write: metadata key of %d bytes, over MaxKeyLen (%d)", len(p.Key), MaxKeyLen)
	case keys[p.Key]:
		return fmt.Errorf("gguf: write: metadata key %q: %w", p.Key, ErrDuplicate)
	}
	keys[p.Key] = true
	if err := checkValue(p.Value, 0); err != nil {
		return fmt.Errorf("gguf: write: metadata key %q: %w", p.Key, err)
	}
	return nil
}

// checkValue checks a value that sits depth arrays deep, with the
// reader's rule: an array may be at most MaxArrayDepth-1 arrays deep.
func checkValue(v any, depth int) error {
	t, _, err := ValueTypeOf(v)
	if err != nil {
		return err
	}
	switch x := v.(type) {
	case string:
		if len(x) > MaxStringLen {
			return fmt.Errorf("%w: a string of %d bytes, over MaxStringLen (%d)", ErrLimit, len(x), MaxStringLen)
		}
	case []string:
		for i, s := range x {
			if len(s) > MaxStringLen {
				return fmt.Errorf("%w: element %d is a string of %d bytes, over MaxStringLen (%d)", ErrLimit, i, len(s), MaxStringLen)
			}
		}
	case []any:
		for i, e := range x {
			if et, _, _ := ValueTypeOf(e); et != Array {
				return fmt.Errorf("element %d of an array of arrays is a %T", i, e)
			}
			if err := checkValue(e, depth+1); err != nil {
				return fmt.Errorf("element %d: %w", i, err)
			}
		}
	}
	if t == Array {
		if depth >= MaxArrayDepth {
			return fmt.Errorf("%w: arrays nest deeper than MaxArrayDepth (%d)", ErrLimit, MaxArrayDepth)
		}
		if n := arrayLen(v); n > MaxArrayLen {
			return fmt.Errorf("%w: an array of %d elements, over MaxArrayLen (%d)", ErrLimit, n, MaxArrayLen)
		}
	}
	return nil
}

func arrayLen(v any) int {
	switch x := v.(type) {
	case []uint8:
		return len(x)
	case []int8:
		return len(x)
	case []uint16:
		return len(x)
	case []int16:
		return len(x)
	case []uint32:
		return len(x)
	case []int32:
		return len(x)
	case []uint64:
		return len(x)
	case []int64:
		return len(x)
	case []float32:
		return len(x)
	case []float64:
		return len(x)
	case []bool:
		return len(x)
	case []string:
		return len(x)
	case []any:
		return len(x)
	}
	return 0
}
