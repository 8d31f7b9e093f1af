package corpus

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// The first samples of seed 1, as the corpus file holds them. The file is
// for people to read in review, and it pins the corpus: a change to the
// generator shows up here, and a machine that generates other bytes (the
// GPU machine runs the command too) fails this test.
func TestGolden(t *testing.T) {
	var b bytes.Buffer
	gn := New(1)
	for i := range uint64(40) {
		sm, err := gn.Sample(i)
		if err != nil {
			t.Fatal(err)
		}
		line, err := sm.MarshalLine()
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
	}
	path := filepath.Join("testdata", "seed1.golden.jsonl")
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("samples differ from %s; run go test -update and review the diff", path)
	}
}

func BenchmarkSample(b *testing.B) {
	gn := New(1)
	i := uint64(0)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gn.Sample(i); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
