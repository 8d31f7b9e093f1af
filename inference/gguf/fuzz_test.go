package gguf

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the committed fuzz seed corpus")

// seeds are the committed seed corpus of FuzzParse: small valid files and
// every file of the hostile table.
func seeds(t testing.TB) map[string][]byte {
	s := map[string][]byte{
		"valid-all-types": encode(t, sampleKV(), sampleTensors()),
		"valid-empty":     encode(t, nil, nil),
		"valid-metadata":  encode(t, sampleKV(), nil),
		"valid-tensors":   encode(t, []KV{{"general.architecture", "llama"}}, sampleTensors()),
	}
	for _, c := range hostile {
		s["hostile-"+strings.ReplaceAll(c.name, " ", "-")] = c.data
	}
	return s
}

// corpusFile is a seed in the format of go test's fuzzing corpus.
func corpusFile(data []byte) []byte {
	return []byte("go test fuzz v1\n[]byte(" + strconv.Quote(string(data)) + ")\n")
}

// TestFuzzCorpus checks that the committed seed corpus is the one the
// tests describe; go test -run FuzzCorpus -update rewrites it.
func TestFuzzCorpus(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzParse")
	for name, data := range seeds(t) {
		path := filepath.Join(dir, name)
		want := corpusFile(data)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is missing or stale (go test -run FuzzCorpus -update): %v", path, err)
		}
	}
}

// FuzzParse feeds arbitrary bytes to Parse. It must never panic; what it
// accepts must be consistent (tensors inside the buffer, of their
// declared size) and must survive re-encoding: writing a parsed file and
// parsing that gives a file that writes to the same bytes.
func FuzzParse(f *testing.F) {
	for _, data := range seeds(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse(data)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error %v is not an *Error", err)
			}
			return
		}
		for i := range file.Tensors {
			ti := &file.Tensors[i]
			n, err := tensorBytes(ti.Type, ti.Dims)
			if err != nil || uint64(len(ti.Data)) != n {
				t.Fatalf("tensor %q: %d bytes, want %d (%v)", ti.Name, len(ti.Data), n, err)
			}
			if ti.Offset%uint64(file.Alignment) != 0 {
				t.Fatalf("tensor %q at unaligned offset %d", ti.Name, ti.Offset)
			}
		}
		var once bytes.Buffer
		if err := Write(&once, file.KV, file.Tensors); err != nil {
			t.Fatalf("cannot write what was parsed: %v", err)
		}
		again, err := Parse(once.Bytes())
		if err != nil {
			t.Fatalf("cannot parse what was written: %v", err)
		}
		var twice bytes.Buffer
		if err := Write(&twice, again.KV, again.Tensors); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(once.Bytes(), twice.Bytes()) {
			t.Fatal("re-encoding is not stable")
		}
	})
}
