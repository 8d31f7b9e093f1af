package tensor

import "unsafe"

// The kernels read weights in place, from the bytes of the model file,
// as float32, uint16 or uint64 values. These views reinterpret the bytes
// without copying; they rely on a little-endian host (amd64, arm64 and
// wasm all are; see the check in matrix.go) and on the alignment that
// NewMatrix checks for float32 and uint16 data. Unaligned uint64 loads
// are allowed on every target Go supports that is little-endian.

func f32s(b []byte) []float32 {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), len(b)/4)
}

func u16s(b []byte) []uint16 {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Slice((*uint16)(unsafe.Pointer(&b[0])), len(b)/2)
}

// le64 loads the little-endian uint64 at b[i:i+8]; the caller has
// checked that b is long enough (one bounds check per block, not per load).
func le64(b []byte, i int) uint64 {
	return *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), i))
}

// aligned reports whether b starts at a multiple of n bytes.
func aligned(b []byte, n uintptr) bool {
	return len(b) == 0 || uintptr(unsafe.Pointer(&b[0]))%n == 0
}
