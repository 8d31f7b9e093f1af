// Package gallery is the app's collection of saved designs: the Design
// record, the Store a browser keeps them in (IndexedDB, in app/ui), and
// the one-file export and import of the whole collection.
//
// Nothing a person made may be lost: a Store writes each change in one
// transaction (a failed write, a full quota included, leaves the previous
// version in place and returns the error for the app to show), and an
// export read back by Import gives the same designs, byte for byte.
package gallery

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/genui/genui/genui"
)

// Design is one saved design.
type Design struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Prompt string `json:"prompt,omitempty"` // the description it was generated from
	// Spec is the design's spec as compact JSON.
	Spec    json.RawMessage `json:"spec"`
	Created time.Time       `json:"created"`
	Updated time.Time       `json:"updated"`
}

// Limits of what a design and an import may hold.
const (
	MaxName        = 200      // bytes of a name
	MaxPrompt      = 8 << 10  // bytes of a prompt
	MaxImportBytes = 64 << 20 // bytes of an export file
	MaxDesigns     = 10000    // designs in one export file
)

// ErrNotFound reports a design that is not in the store.
var ErrNotFound = errors.New("gallery: no such design")

// Store keeps designs. Each method is one atomic change or read.
type Store interface {
	// List returns every design, most recently updated first.
	List() ([]Design, error)
	// Get returns the design with the ID, or an error wrapping ErrNotFound.
	Get(id string) (Design, error)
	// Put writes designs, all or none: after an error the store holds
	// exactly what it held before.
	Put(ds ...Design) error
	// Delete removes the design with the ID (no error when it is absent).
	Delete(id string) error
}

// NewID returns a fresh random design ID.
func NewID() string {
	var b [9]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// New returns a design of spec (compact JSON) named after its title or,
// without one, the prompt.
func New(spec []byte, prompt string, now time.Time) Design {
	name := ""
	if s, err := genui.Parse(spec); err == nil {
		name = s.Title
	}
	if name == "" {
		name = prompt
	}
	if name == "" {
		name = "Untitled design"
	}
	return Design{ID: NewID(), Name: clip(name, MaxName), Prompt: clip(prompt, MaxPrompt), Spec: compact(spec), Created: now, Updated: now}
}

// Duplicate returns a copy of d with a new ID, named "NAME copy".
func Duplicate(d Design, now time.Time) Design {
	c := d
	c.ID = NewID()
	c.Name = clip(d.Name+" copy", MaxName)
	c.Spec = slices.Clone(d.Spec)
	c.Created, c.Updated = now, now
	return c
}

// Rename returns d named name (trimmed, at most MaxName bytes); an empty
// name is an error.
func Rename(d Design, name string, now time.Time) (Design, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return d, errors.New("gallery: a design needs a name")
	}
	d.Name = clip(name, MaxName)
	d.Updated = now
	return d, nil
}

// Sort orders designs most recently updated first, then by name and ID,
// so that a list is always in the same order.
func Sort(ds []Design) {
	slices.SortFunc(ds, func(a, b Design) int {
		if c := b.Updated.Compare(a.Updated); c != 0 {
			return c
		}
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// fileFormat names an export file's format.
const fileFormat = "genui-gallery"

// file is the export file's JSON.
type file struct {
	Format   string    `json:"format"`
	Version  int       `json:"version"`
	Exported time.Time `json:"exported"`
	Designs  []Design  `json:"designs"`
}

// Export writes designs as one JSON file (indented, specs included).
func Export(ds []Design, now time.Time) ([]byte, error) {
	ds = slices.Clone(ds)
	Sort(ds)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // specs are kept byte for byte
	enc.SetIndent("", "  ")
	if err := enc.Encode(file{Format: fileFormat, Version: 1, Exported: now.UTC(), Designs: ds}); err != nil {
		return nil, fmt.Errorf("gallery: %w", err)
	}
	return b.Bytes(), nil
}

// Import reads an export file. Every design must have an ID, a name and a
// spec that genui.Parse reads; the first that does not fails the whole
// import, naming it, so that a damaged file changes nothing.
func Import(data []byte) ([]Design, error) {
	if len(data) > MaxImportBytes {
		return nil, fmt.Errorf("gallery: the file is %d bytes, more than %d", len(data), MaxImportBytes)
	}
	var f file
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("gallery: not a gallery file: %w", err)
	}
	if f.Format != fileFormat {
		return nil, fmt.Errorf("gallery: not a gallery file (format %q, want %q)", f.Format, fileFormat)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("gallery: gallery file version %d is newer than this app reads (1)", f.Version)
	}
	if len(f.Designs) > MaxDesigns {
		return nil, fmt.Errorf("gallery: %d designs, more than %d", len(f.Designs), MaxDesigns)
	}
	seen := map[string]bool{}
	for i := range f.Designs {
		d := &f.Designs[i]
		if err := check(d); err != nil {
			return nil, fmt.Errorf("gallery: design %d (%q): %w", i+1, clip(d.Name, 60), err)
		}
		if seen[d.ID] {
			return nil, fmt.Errorf("gallery: design %d (%q): ID %s appears twice", i+1, clip(d.Name, 60), d.ID)
		}
		seen[d.ID] = true
		d.Spec = compact(d.Spec)
	}
	return f.Designs, nil
}

// check validates one imported design.
func check(d *Design) error {
	if d.ID == "" || len(d.ID) > 64 || strings.Trim(d.ID, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") != "" {
		return fmt.Errorf("bad ID %q", clip(d.ID, 70))
	}
	if strings.TrimSpace(d.Name) == "" || len(d.Name) > MaxName || !utf8.ValidString(d.Name) {
		return errors.New("a name is required, of at most 200 bytes of UTF-8")
	}
	if len(d.Prompt) > MaxPrompt || !utf8.ValidString(d.Prompt) {
		return errors.New("the prompt is too long or not UTF-8")
	}
	if len(d.Spec) == 0 {
		return errors.New("no spec")
	}
	if _, err := genui.Parse(d.Spec); err != nil {
		return fmt.Errorf("its spec: %w", err)
	}
	return nil
}

// Merge decides what an import writes into a store holding existing:
// designs it does not hold are added; a design it holds under the same ID
// is replaced when the imported copy differs and is newer, and kept
// otherwise (counted in kept).
func Merge(existing, imported []Design) (write []Design, kept int) {
	have := map[string]Design{}
	for _, d := range existing {
		have[d.ID] = d
	}
	for _, d := range imported {
		old, ok := have[d.ID]
		switch {
		case !ok:
			write = append(write, d)
		case Equal(old, d):
			kept++
		case d.Updated.After(old.Updated):
			write = append(write, d)
		default:
			kept++
		}
	}
	return write, kept
}

// Equal reports whether two designs are the same, byte for byte.
func Equal(a, b Design) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Prompt == b.Prompt && bytes.Equal(a.Spec, b.Spec) &&
		a.Created.Equal(b.Created) && a.Updated.Equal(b.Updated)
}

// compact returns spec without insignificant white space (unchanged when
// it is not JSON: Import checks specs before).
func compact(spec []byte) json.RawMessage {
	var b bytes.Buffer
	if err := json.Compact(&b, spec); err != nil {
		return slices.Clone(spec)
	}
	return b.Bytes()
}

// clip cuts s to at most n bytes on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
