package tokenizer

import (
	"strings"
	"testing"
)

// BenchmarkEncode encodes the reference corpus (code, prose, CJK, emoji)
// with each reference tokenizer and reports tokens per second.
func BenchmarkEncode(b *testing.B) {
	text := strings.Join(loadExpected(b).Lines, "\n")
	toks := referenceTokenizers(b)
	for _, name := range append(bpeNames, "spm") {
		tok := toks[name]
		b.Run(name, func(b *testing.B) {
			n := len(tok.Encode(text, Options{}))
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				tok.Encode(text, Options{})
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

// BenchmarkEncodeLongWord encodes one 64 KiB word, where merging by
// rescanning would be quadratic.
func BenchmarkEncodeLongWord(b *testing.B) {
	text := strings.Repeat("ab", 1<<15)
	toks := referenceTokenizers(b)
	for _, name := range []string{"bpe32k", "spm"} {
		tok := toks[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				tok.Encode(text, Options{})
			}
		})
	}
}

// BenchmarkDecode decodes the reference corpus's ids.
func BenchmarkDecode(b *testing.B) {
	text := strings.Join(loadExpected(b).Lines, "\n")
	tok := referenceTokenizers(b)["bpe32k"]
	ids := tok.Encode(text, Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tok.Decode(ids)
	}
}
