package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// The default model: a GGUF file of the source tree and the SHA-256 it
// must have. The app checks every download against the hash the server
// gives it and refuses a file that does not match; serve refuses to
// offer a default file that does not match the hash pinned here.
//
// DefaultModelSHA256 is empty until the trained model is committed;
// serve then offers the file unpinned, with a warning that prints its
// hash, or no model at all when the file is absent (people load their
// own GGUF in the app's settings, or serve is given --model).
const (
	DefaultModelFile   = "web/models/genui.gguf"
	DefaultModelSHA256 = ""
)

// Model is a GGUF file the server offers the app as its default model.
type Model struct {
	Path   string // the file on disk
	Name   string // what the app shows: the file's base name
	SHA256 string // of the file, hex
	Size   int64  // bytes
}

// URL is where the server serves the model: under its hash, so the URL
// names one content forever and caches never go stale.
func (m *Model) URL() string {
	return "/models/" + m.SHA256[:16] + "/" + m.Name
}

// OpenModel hashes the GGUF file at path and, when want is not empty,
// checks it against want.
func OpenModel(path, want string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("server: model: %w", err)
	}
	defer f.Close()
	var magic [4]byte
	if _, err := io.ReadFull(f, magic[:]); err != nil || string(magic[:]) != "GGUF" {
		return nil, fmt.Errorf("server: model %s is not a GGUF file", path)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("server: model: %w", err)
	}
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return nil, fmt.Errorf("server: model: %w", err)
	}
	sum := hex.EncodeToString(h.Sum(nil))
	if want != "" && !strings.EqualFold(sum, want) {
		return nil, fmt.Errorf("server: model %s has SHA-256 %s, want %s: the file is damaged or not the pinned model", path, sum, want)
	}
	name := filepath.Base(path)
	if !safeName(name) {
		name = "model.gguf"
	}
	return &Model{Path: path, Name: name, SHA256: sum, Size: n}, nil
}

// safeName reports whether a file name can go into a URL path as is.
func safeName(s string) bool {
	if s == "" || strings.HasPrefix(s, ".") || len(s) > 128 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}
