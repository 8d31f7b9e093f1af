package gguf

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
)

// magic is "GGUF" read as a little-endian uint32.
const magic = 0x46554747

// Parse reads a GGUF file held in data. It copies nothing but the
// metadata: each tensor's Data is a sub-slice of data, so the caller
// must keep data alive and unchanged while it uses the tensors.
//
// Parse checks the whole header and the placement of every tensor against
// len(data); a malformed file gives an *Error naming the field and byte
// offset, and costs time and memory bounded by len(data).
func Parse(data []byte) (*File, error) {
	if uint64(len(data)) > MaxFileSize {
		return nil, fail(0, "file", fmt.Errorf("%w: %d bytes is over MaxFileSize (%d)", ErrLimit, len(data), MaxFileSize))
	}
	d := &decoder{data: data}
	f, err := d.file()
	if err != nil {
		return nil, err
	}
	return f, nil
}

// decoder reads little-endian values from data, tracking the position.
type decoder struct {
	data []byte
	off  int
}

func (d *decoder) left() int { return len(d.data) - d.off }

// fail returns a positioned error for field (built lazily by the caller
// only on failure, so the hot path formats nothing).
func fail(off int, field string, err error) error {
	return &Error{Offset: int64(off), Field: field, Err: err}
}

func truncated(need uint64, left int) error {
	return fmt.Errorf("%w: need %d bytes, %d remain", ErrTruncated, need, left)
}

// u32 and u64 read a fixed-size integer; the caller names the field.
func (d *decoder) u32() (uint32, bool) {
	if d.left() < 4 {
		return 0, false
	}
	v := binary.LittleEndian.Uint32(d.data[d.off:])
	d.off += 4
	return v, true
}

func (d *decoder) u64() (uint64, bool) {
	if d.left() < 8 {
		return 0, false
	}
	v := binary.LittleEndian.Uint64(d.data[d.off:])
	d.off += 8
	return v, true
}

// bytes reads a GGUF string (a uint64 length, then the bytes) of at most
// max bytes and returns it without copying.
func (d *decoder) bytes(max uint64, maxName string, field func() string) ([]byte, error) {
	at := d.off
	n, ok := d.u64()
	if !ok {
		return nil, fail(at, field()+" length", truncated(8, d.left()))
	}
	if n > max {
		return nil, fail(at, field()+" length", fmt.Errorf("%w: %d bytes, over %s (%d)", ErrLimit, n, maxName, max))
	}
	if n > uint64(d.left()) {
		return nil, fail(at, field(), truncated(n, d.left()))
	}
	b := d.data[d.off : d.off+int(n)]
	d.off += int(n)
	return b, nil
}

func (d *decoder) file() (*File, error) {
	v, ok := d.u32()
	if !ok {
		return nil, fail(0, "magic", fmt.Errorf("%w: %w", ErrMagic, truncated(4, len(d.data))))
	}
	if v != magic {
		return nil, fail(0, "magic", fmt.Errorf("%w: the file starts with %q, not \"GGUF\"", ErrMagic, d.data[:4]))
	}
	f := &File{Alignment: DefaultAlignment}
	if f.Version, ok = d.u32(); !ok {
		return nil, fail(4, "version", truncated(4, d.left()))
	}
	switch f.Version {
	case 2, 3:
	case 2 << 24, 3 << 24:
		return nil, fail(4, "version", fmt.Errorf("%w: big-endian files are not supported", ErrVersion))
	default:
		return nil, fail(4, "version", fmt.Errorf("%w %d (2 and 3 are read)", ErrVersion, f.Version))
	}
	nt, ok := d.u64()
	if !ok {
		return nil, fail(8, "tensor_count", truncated(8, d.left()))
	}
	if err := d.count(8, "tensor_count", nt, MaxTensors, "MaxTensors", 8+4+4+8); err != nil {
		return nil, err
	}
	nkv, ok := d.u64()
	if !ok {
		return nil, fail(16, "metadata_kv_count", truncated(8, d.left()))
	}
	if err := d.count(16, "metadata_kv_count", nkv, MaxMetadata, "MaxMetadata", 8+4+1); err != nil {
		return nil, err
	}
	if err := d.metadata(f, int(nkv)); err != nil {
		return nil, err
	}
	if err := d.tensorInfos(f, int(nt)); err != nil {
		return nil, err
	}
	return f, d.place(f)
}

// count checks a count read at off against its limit and against the
// bytes that remain, each item taking at least min bytes.
func (d *decoder) count(off int, field string, n, limit uint64, limitName string, min uint64) error {
	if n > limit {
		return fail(off, field, fmt.Errorf("%w: %d is over %s (%d)", ErrLimit, n, limitName, limit))
	}
	if n*min > uint64(d.left()) {
		return fail(off, field, fmt.Errorf("%w: %d items need at least %d bytes, %d remain", ErrTruncated, n, n*min, d.left()))
	}
	return nil
}

func (d *decoder) metadata(f *File, n int) error {
	f.KV = make([]KV, 0, n)
	f.keys = make(map[string]int, n)
	for i := range n {
		at := d.off
		kb, err := d.bytes(MaxKeyLen, "MaxKeyLen", func() string { return fmt.Sprintf("metadata %d key", i) })
		if err != nil {
			return err
		}
		key := string(kb)
		if j, dup := f.keys[key]; dup {
			return fail(at, fmt.Sprintf("metadata %d key", i), fmt.Errorf("%w: %q is also metadata %d", ErrDuplicate, key, j))
		}
		field := func() string { return fmt.Sprintf("metadata %q", key) }
		tat := d.off
		t, ok := d.u32()
		if !ok {
			return fail(tat, field()+" type", truncated(4, d.left()))
		}
		v, err := d.value(ValueType(t), tat, 0, field)
		if err != nil {
			return err
		}
		if key == "general.alignment" {
			a, ok := v.(uint32)
			if !ok || a == 0 || a&(a-1) != 0 {
				return fail(tat, field(), fmt.Errorf("%w: the alignment must be a uint32 power of two, not %v %v", ErrLayout, ValueType(t), v))
			}
			f.Alignment = int(a)
		}
		f.keys[key] = len(f.KV)
		f.KV = append(f.KV, KV{Key: key, Value: v})
	}
	return nil
}

// value reads a value of type t whose type field is at tat.
func (d *decoder) value(t ValueType, tat, depth int, field func() string) (any, error) {
	at := d.off
	switch t {
	case String:
		b, err := d.bytes(MaxStringLen, "MaxStringLen", field)
		if err != nil {
			return nil, err
		}
		return string(b), nil
	case Array:
		return d.array(tat, depth, field)
	}
	n := t.size()
	if n == 0 {
		return nil, fail(tat, field()+" type", fmt.Errorf("%w %d", ErrValueType, uint32(t)))
	}
	if d.left() < n {
		return nil, fail(at, field(), truncated(uint64(n), d.left()))
	}
	b := d.data[d.off:]
	d.off += n
	switch t {
	case Uint8:
		return b[0], nil
	case Int8:
		return int8(b[0]), nil
	case Bool:
		if b[0] > 1 {
			return nil, fail(at, field(), fmt.Errorf("%w: a bool is 0 or 1, not %d", ErrValue, b[0]))
		}
		return b[0] == 1, nil
	case Uint16:
		return binary.LittleEndian.Uint16(b), nil
	case Int16:
		return int16(binary.LittleEndian.Uint16(b)), nil
	case Uint32:
		return binary.LittleEndian.Uint32(b), nil
	case Int32:
		return int32(binary.LittleEndian.Uint32(b)), nil
	case Float32:
		return math.Float32frombits(binary.LittleEndian.Uint32(b)), nil
	case Uint64:
		return binary.LittleEndian.Uint64(b), nil
	case Int64:
		return int64(binary.LittleEndian.Uint64(b)), nil
	default: // Float64
		return math.Float64frombits(binary.LittleEndian.Uint64(b)), nil
	}
}

// array reads an array's element type, count and elements into a typed
// slice, after checking the count against the bytes that remain.
func (d *decoder) array(tat, depth int, field func() string) (any, error) {
	if depth >= MaxArrayDepth {
		return nil, fail(tat, field(), fmt.Errorf("%w: arrays nest deeper than MaxArrayDepth (%d)", ErrLimit, MaxArrayDepth))
	}
	eat := d.off
	et, ok := d.u32()
	if !ok {
		return nil, fail(eat, field()+" array type", truncated(4, d.left()))
	}
	e := ValueType(et)
	min := e.size()
	if min == 0 {
		return nil, fail(eat, field()+" array type", fmt.Errorf("%w %d", ErrValueType, et))
	}
	nat := d.off
	n, ok := d.u64()
	if !ok {
		return nil, fail(nat, field()+" array length", truncated(8, d.left()))
	}
	if n > MaxArrayLen {
		return nil, fail(nat, field()+" array length", fmt.Errorf("%w: %d elements, over MaxArrayLen (%d)", ErrLimit, n, MaxArrayLen))
	}
	if n*uint64(min) > uint64(d.left()) {
		return nil, fail(nat, field()+" array length", fmt.Errorf("%w: %d %v elements need at least %d bytes, %d remain", ErrTruncated, n, e, n*uint64(min), d.left()))
	}
	count := int(n)
	body := d.data[d.off:]
	switch e {
	case String:
		return d.strings(count, field)
	case Array:
		out := make([]any, count)
		for i := range out {
			elem := func() string { return fmt.Sprintf("%s[%d]", field(), i) }
			v, err := d.array(d.off, depth+1, elem)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}
	d.off += count * min
	switch e {
	case Uint8:
		return slices.Clone(body[:count]), nil
	case Int8:
		return decodeSlice(body, count, 1, func(b []byte) int8 { return int8(b[0]) }), nil
	case Bool:
		out := make([]bool, count)
		for i, b := range body[:count] {
			if b > 1 {
				return nil, fail(nat+8+i, fmt.Sprintf("%s[%d]", field(), i), fmt.Errorf("%w: a bool is 0 or 1, not %d", ErrValue, b))
			}
			out[i] = b == 1
		}
		return out, nil
	case Uint16:
		return decodeSlice(body, count, 2, binary.LittleEndian.Uint16), nil
	case Int16:
		return decodeSlice(body, count, 2, func(b []byte) int16 { return int16(binary.LittleEndian.Uint16(b)) }), nil
	case Uint32:
		return decodeSlice(body, count, 4, binary.LittleEndian.Uint32), nil
	case Int32:
		return decodeSlice(body, count, 4, func(b []byte) int32 { return int32(binary.LittleEndian.Uint32(b)) }), nil
	case Float32:
		return decodeSlice(body, count, 4, func(b []byte) float32 { return math.Float32frombits(binary.LittleEndian.Uint32(b)) }), nil
	case Uint64:
		return decodeSlice(body, count, 8, binary.LittleEndian.Uint64), nil
	case Int64:
		return decodeSlice(body, count, 8, func(b []byte) int64 { return int64(binary.LittleEndian.Uint64(b)) }), nil
	default: // Float64
		return decodeSlice(body, count, 8, func(b []byte) float64 { return math.Float64frombits(binary.LittleEndian.Uint64(b)) }), nil
	}
}

func decodeSlice[T any](b []byte, n, size int, get func([]byte) T) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = get(b[i*size:])
	}
	return out
}

// strings reads n strings. A first pass checks every length and sums
// them; the second copies all the bytes into one backing string, so a
// 150k-token vocabulary costs two allocations, not 150k.
func (d *decoder) strings(n int, field func() string) ([]string, error) {
	start := d.off
	total := 0
	for i := range n {
		at := d.off
		l, ok := d.u64()
		switch {
		case !ok:
			return nil, fail(at, fmt.Sprintf("%s[%d] length", field(), i), truncated(8, d.left()))
		case l > MaxStringLen:
			return nil, fail(at, fmt.Sprintf("%s[%d] length", field(), i), fmt.Errorf("%w: %d bytes, over MaxStringLen (%d)", ErrLimit, l, MaxStringLen))
		case l > uint64(d.left()):
			return nil, fail(d.off, fmt.Sprintf("%s[%d]", field(), i), truncated(l, d.left()))
		}
		d.off += int(l)
		total += int(l)
	}
	var sb strings.Builder
	sb.Grow(total)
	for off := start; off < d.off; {
		l := int(binary.LittleEndian.Uint64(d.data[off:]))
		sb.Write(d.data[off+8 : off+8+l])
		off += 8 + l
	}
	all := sb.String()
	out := make([]string, n)
	for i, off, pos := 0, start, 0; i < n; i++ {
		l := int(binary.LittleEndian.Uint64(d.data[off:]))
		out[i] = all[pos : pos+l]
		pos += l
		off += 8 + l
	}
	return out, nil
}

func (d *decoder) tensorInfos(f *File, n int) error {
	f.Tensors = make([]TensorInfo, n)
	f.names = make(map[string]int, n)
	for i := range f.Tensors {
		t := &f.Tensors[i]
		at := d.off
		nb, err := d.bytes(MaxTensorNameLen, "MaxTensorNameLen", func() string { return fmt.Sprintf("tensor %d name", i) })
		if err != nil {
			return err
		}
		t.Name = string(nb)
		if j, dup := f.names[t.Name]; dup {
			return fail(at, fmt.Sprintf("tensor %d name", i), fmt.Errorf("%w: %q is also tensor %d", ErrDuplicate, t.Name, j))
		}
		f.names[t.Name] = i
		field := func() string { return fmt.Sprintf("tensor %d %q", i, t.Name) }
		at = d.off
		nd, ok := d.u32()
		if !ok {
			return fail(at, field()+" n_dims", truncated(4, d.left()))
		}
		if nd > MaxDims {
			return fail(at, field()+" n_dims", fmt.Errorf("%w: %d dimensions, over MaxDims (%d)", ErrLimit, nd, MaxDims))
		}
		dimsAt := d.off
		if nd > 0 {
			t.Dims = make([]uint64, nd)
		}
		for k := range t.Dims {
			if t.Dims[k], ok = d.u64(); !ok {
				return fail(d.off, fmt.Sprintf("%s ne[%d]", field(), k), truncated(8, d.left()))
			}
		}
		at = d.off
		ty, ok := d.u32()
		if !ok {
			return fail(at, field()+" type", truncated(4, d.left()))
		}
		t.Type = Type(ty)
		if !t.Type.Known() {
			return fail(at, field()+" type", fmt.Errorf("%w %d", ErrTensorType, ty))
		}
		size, err := tensorBytes(t.Type, t.Dims)
		if err != nil {
			return fail(dimsAt, field()+" dimensions", err)
		}
		t.size = size
		t.offsetAt = d.off
		if t.Offset, ok = d.u64(); !ok {
			return fail(d.off, field()+" offset", truncated(8, d.left()))
		}
	}
	return nil
}

// place finds the data section after the header and checks that every
// tensor's data is aligned, inside the file and apart from the others.
func (d *decoder) place(f *File) error {
	if len(f.Tensors) == 0 {
		f.DataOffset = int64(min(alignUp(uint64(d.off), uint64(f.Alignment)), uint64(len(d.data))))
		return nil
	}
	start := alignUp(uint64(d.off), uint64(f.Alignment))
	if start > uint64(len(d.data)) {
		return fail(d.off, "data section", fmt.Errorf("%w: the header ends at %d, the data section would start at %d past the end (%d)", ErrTruncated, d.off, start, len(d.data)))
	}
	f.DataOffset = int64(start)
	room := uint64(len(d.data)) - start
	order := make([]int, len(f.Tensors))
	for i := range f.Tensors {
		t := &f.Tensors[i]
		field := func() string { return fmt.Sprintf("tensor %d %q offset", i, t.Name) }
		if t.Offset%uint64(f.Alignment) != 0 {
			return fail(t.offsetAt, field(), fmt.Errorf("%w: %d is not a multiple of the alignment %d", ErrLayout, t.Offset, f.Alignment))
		}
		if end, carry := bits.Add64(t.Offset, t.size, 0); carry != 0 || end > room {
			return fail(t.offsetAt, field(), fmt.Errorf("%w: %d bytes at data offset %d run past the end of the file (data section of %d bytes)", ErrLayout, t.size, t.Offset, room))
		}
		t.Data = d.data[start+t.Offset : start+t.Offset+t.size : start+t.Offset+t.size]
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		ta, tb := &f.Tensors[a], &f.Tensors[b]
		if ta.Offset != tb.Offset {
			return cmpU64(ta.Offset, tb.Offset)
		}
		return cmpU64(ta.size, tb.size)
	})
	var end uint64 // the furthest end of the data seen so far, and whose
	owner := -1
	for _, i := range order {
		t := &f.Tensors[i]
		if t.size > 0 && t.Offset < end {
			p := &f.Tensors[owner]
			return fail(t.offsetAt, fmt.Sprintf("tensor %d %q offset", i, t.Name),
				fmt.Errorf("%w: its data [%d, %d) overlap tensor %d %q [%d, %d)", ErrLayout, t.Offset, t.Offset+t.size, owner, p.Name, p.Offset, p.Offset+p.size))
		}
		if e := t.Offset + t.size; e > end {
			end, owner = e, i
		}
	}
	return nil
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func alignUp(n, a uint64) uint64 { return (n + a - 1) &^ (a - 1) }
