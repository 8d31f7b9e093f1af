package gguf

import "fmt"

// ValueType is the type of a metadata value as a GGUF file stores it
// (enum gguf_type).
type ValueType uint32

// The metadata value types.
const (
	Uint8   ValueType = 0
	Int8    ValueType = 1
	Uint16  ValueType = 2
	Int16   ValueType = 3
	Uint32  ValueType = 4
	Int32   ValueType = 5
	Float32 ValueType = 6
	Bool    ValueType = 7
	String  ValueType = 8
	Array   ValueType = 9
	Uint64  ValueType = 10
	Int64   ValueType = 11
	Float64 ValueType = 12
)

var valueTypeNames = [...]string{
	Uint8: "uint8", Int8: "int8", Uint16: "uint16", Int16: "int16",
	Uint32: "uint32", Int32: "int32", Float32: "float32", Bool: "bool",
	String: "string", Array: "array", Uint64: "uint64", Int64: "int64",
	Float64: "float64",
}

// String returns the type's name: "uint32", "string", "array", …
func (t ValueType) String() string {
	if int(t) < len(valueTypeNames) {
		return valueTypeNames[t]
	}
	return fmt.Sprintf("value_type(%d)", uint32(t))
}

// size returns the bytes of a fixed-size value, or the fewest bytes a
// variable-size one takes (a string's length, an array's type and count).
func (t ValueType) size() int {
	switch t {
	case Uint8, Int8, Bool:
		return 1
	case Uint16, Int16:
		return 2
	case Uint32, Int32, Float32:
		return 4
	case Uint64, Int64, Float64, String:
		return 8
	case Array:
		return 4 + 8
	}
	return 0
}

// KV is one metadata key/value pair. Value holds a Go value of the types
// File.Get documents.
type KV struct {
	Key   string
	Value any
}

// ValueTypeOf returns the GGUF type that stores the Go value v and, for an
// array, the type of its elements. It fails for Go types GGUF cannot hold.
// An []any is an array of arrays; its elements must themselves be arrays.
func ValueTypeOf(v any) (typ, elem ValueType, err error) {
	switch v.(type) {
	case uint8:
		return Uint8, 0, nil
	case int8:
		return Int8, 0, nil
	case uint16:
		return Uint16, 0, nil
	case int16:
		return Int16, 0, nil
	case uint32:
		return Uint32, 0, nil
	case int32:
		return Int32, 0, nil
	case uint64:
		return Uint64, 0, nil
	case int64:
		return Int64, 0, nil
	case float32:
		return Float32, 0, nil
	case float64:
		return Float64, 0, nil
	case bool:
		return Bool, 0, nil
	case string:
		return String, 0, nil
	case []uint8:
		return Array, Uint8, nil
	case []int8:
		return Array, Int8, nil
	case []uint16:
		return Array, Uint16, nil
	case []int16:
		return Array, Int16, nil
	case []uint32:
		return Array, Uint32, nil
	case []int32:
		return Array, Int32, nil
	case []uint64:
		return Array, Uint64, nil
	case []int64:
		return Array, Int64, nil
	case []float32:
		return Array, Float32, nil
	case []float64:
		return Array, Float64, nil
	case []bool:
		return Array, Bool, nil
	case []string:
		return Array, String, nil
	case []any:
		return Array, Array, nil
	}
	return 0, 0, fmt.Errorf("gguf: a metadata value cannot be a %T", v)
}
