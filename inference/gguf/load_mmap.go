//go:build linux || darwin || freebsd || netbsd || openbsd

package gguf

import (
	"io"
	"os"
	"syscall"
)

// load maps size bytes of fh privately (copy-on-write) and returns them
// with the function that unmaps them. An empty file is read, not mapped.
func load(fh *os.File, size int) ([]byte, func() error, error) {
	if size == 0 {
		return nil, nil, nil
	}
	data, err := syscall.Mmap(int(fh.Fd()), 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE)
	if err != nil {
		// Some file systems cannot map; read the file instead.
		data = make([]byte, size)
		if _, err := io.ReadFull(fh, data); err != nil {
			return nil, nil, err
		}
		return data, nil, nil
	}
	return data, func() error { return syscall.Munmap(data) }, nil
}
