package genui

import (
	"encoding/json"
	"os"
	"testing"
)

// The benchmarks read one 202-node dashboard (testdata/dashboard-200.json,
// 17 KB) and set each reader beside encoding/json decoding the same bytes
// into map[string]any, the cost of merely reading the text.

func benchSpec(b *testing.B) []byte {
	data, err := os.ReadFile("testdata/dashboard-200.json")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	return data
}

func BenchmarkUnmarshalStdlib(b *testing.B) {
	data := benchSpec(b)
	for b.Loop() {
		var v map[string]any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	data := benchSpec(b)
	for b.Loop() {
		if es := Validate(data); es != nil {
			b.Fatal(es)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	data := benchSpec(b)
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParsePartial reads the first half of the spec, as a stream does
// after each token.
func BenchmarkParsePartial(b *testing.B) {
	data := benchSpec(b)
	data = data[:len(data)/2]
	for b.Loop() {
		if _, err := ParsePartial(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshal(b *testing.B) {
	data := benchSpec(b)
	sp, err := Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Marshal(sp); err != nil {
			b.Fatal(err)
		}
	}
}
