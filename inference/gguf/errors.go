package gguf

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error the reader returns is an *Error wrapping
// one of these, so callers can test the kind with errors.Is and find the
// position with errors.As.
var (
	ErrMagic      = errors.New("not a GGUF file")
	ErrVersion    = errors.New("unsupported GGUF version")
	ErrTruncated  = errors.New("unexpected end of data")
	ErrLimit      = errors.New("over a limit")
	ErrValueType  = errors.New("unknown metadata value type")
	ErrValue      = errors.New("invalid metadata value")
	ErrTensorType = errors.New("unknown tensor type")
	ErrShape      = errors.New("invalid tensor shape")
	ErrLayout     = errors.New("invalid tensor data layout")
	ErrDuplicate  = errors.New("duplicate name")
)

// Errors of the typed metadata accessors (File.String, File.Uint, …).
var (
	ErrMissing = errors.New("metadata key not found")
	ErrKeyType = errors.New("metadata value has another type")
)

// Error is a positioned parse error: what was being read (Field), where
// it starts in the file (Offset, in bytes) and what is wrong with it.
type Error struct {
	Path   string // the file, when it was opened by path
	Offset int64
	Field  string // e.g. `tensor 3 "blk.0.attn_q.weight" ne[1]`
	Err    error  // wraps one of the sentinel errors
}

func (e *Error) Error() string {
	if e.Path != "" {
		return fmt.Sprintf("gguf: %s: %s at offset %d: %v", e.Path, e.Field, e.Offset, e.Err)
	}
	return fmt.Sprintf("gguf: %s at offset %d: %v", e.Field, e.Offset, e.Err)
}

// Unwrap returns the underlying error, a sentinel or a wrapper of one.
func (e *Error) Unwrap() error { return e.Err }
