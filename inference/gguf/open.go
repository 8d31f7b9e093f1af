package gguf

import (
	"errors"
	"fmt"
	"math"
	"os"
)

// Open reads the GGUF file at path. Where the system can, it maps the
// file into memory instead of reading it (copy-on-write, so writing to a
// tensor's Data never reaches the file); call Close when the tensors are
// no longer needed. The checks are those of Parse.
func Open(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gguf: %w", err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, fmt.Errorf("gguf: %w", err)
	}
	size := st.Size()
	if size > MaxFileSize || size > math.MaxInt {
		return nil, fmt.Errorf("gguf: %s: %w: %d bytes is over MaxFileSize (%d)", path, ErrLimit, size, MaxFileSize)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("gguf: %s is not a regular file", path)
	}
	data, release, err := load(fh, int(size))
	if err != nil {
		return nil, fmt.Errorf("gguf: %s: %w", path, err)
	}
	f, err := Parse(data)
	if err != nil {
		if release != nil {
			release()
		}
		if e, ok := errors.AsType[*Error](err); ok {
			e.Path = path
		}
		return nil, err
	}
	f.close = release
	return f, nil
}
