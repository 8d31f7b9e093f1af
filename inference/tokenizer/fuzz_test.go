package tokenizer

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The fuzz targets check, for any input: no panic, every id in range,
// Decode(Encode(s)) == s, special tokens rendered back to their text give
// s again, the streaming Decoder gives the same bytes in UTF-8 chunks, and
// the heap-based merge agrees with the textbook O(n²) one below.

func addSeeds(f *testing.F) {
	for _, line := range loadExpected(f).Lines {
		f.Add(line)
	}
}

func FuzzEncodeBPE(f *testing.F) {
	addSeeds(f)
	toks := referenceTokenizers(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range bpeNames {
			tok := toks[name]
			ids := tok.Encode(s, Options{})
			checkIDs(t, name, tok, ids)
			if got := tok.Decode(ids); got != s {
				t.Fatalf("%s: Decode(Encode(%q)) = %q", name, s, got)
			}
			checkStream(t, name, tok, ids)
			if want := naiveBPE(tok, s); !slices.Equal(ids, want) {
				t.Fatalf("%s %q: heap merge %v, naive merge %v", name, s, ids, want)
			}
			ids = tok.Encode(s, Options{ParseSpecial: true, AddSpecial: true})
			checkIDs(t, name, tok, ids)
			if got := render(tok, ids); got != s {
				t.Fatalf("%s: Encode(%q) with special tokens renders as %q", name, s, got)
			}
		}
	})
}

func FuzzEncodeSPM(f *testing.F) {
	addSeeds(f)
	tok := referenceTokenizers(f)["spm"]
	f.Fuzz(func(t *testing.T, s string) {
		ids := tok.Encode(s, Options{AddSpecial: true})
		checkIDs(t, "spm", tok, ids)
		// "▁" in the input decodes as a space, as in sentencepiece.
		if got := tok.Decode(ids); got != s && !strings.Contains(s, "▁") {
			t.Fatalf("Decode(Encode(%q)) = %q", s, got)
		}
		checkStream(t, "spm", tok, ids)
		if want := naiveSPM(tok, s); !slices.Equal(ids[1:], want) {
			t.Fatalf("%q: heap merge %v, naive merge %v", s, ids[1:], want)
		}
		checkIDs(t, "spm", tok, tok.Encode(s, Options{ParseSpecial: true}))
	})
}

func checkIDs(t *testing.T, name string, tok *Tokenizer, ids []int32) {
	t.Helper()
	for _, id := range ids {
		if id < 0 || int(id) >= tok.Len() {
			t.Fatalf("%s: id %d out of range", name, id)
		}
	}
}

// checkStream feeds ids to a Decoder: the chunks are valid UTF-8 where the
// bytes are, and together they are the tokens' bytes.
func checkStream(t *testing.T, name string, tok *Tokenizer, ids []int32) {
	t.Helper()
	var want []byte
	for _, id := range ids {
		want = append(want, tok.TokenBytes(id)...)
	}
	d := tok.NewDecoder()
	var got strings.Builder
	for _, id := range ids {
		s := d.Next(id)
		if utf8.Valid(want) && !utf8.ValidString(s) {
			t.Fatalf("%s: chunk %q is not valid UTF-8", name, s)
		}
		got.WriteString(s)
	}
	got.WriteString(d.Flush())
	if got.String() != string(want) {
		t.Fatalf("%s: streamed %q, want %q", name, got.String(), want)
	}
}

// render is the text of ids with control tokens written out.
func render(tok *Tokenizer, ids []int32) string {
	var b strings.Builder
	for _, id := range ids {
		if tok.IsControl(id) {
			b.WriteString(tok.Token(id))
		} else {
			b.Write(tok.TokenBytes(id))
		}
	}
	return b.String()
}

// naiveBPE encodes s the textbook way: in each word, merge the pair of the
// lowest rank, the leftmost on a tie, rescanning after every merge.
func naiveBPE(tok *Tokenizer, s string) []int32 {
	m := tok.bpe
	var out []int32
	for w := range m.pre.words(s) {
		var syms []int32
		for i := range len(w) {
			syms = append(syms, m.byteID[w[i]])
		}
		for {
			best, rank := -1, uint32(math.MaxUint32)
			for k := 0; k+1 < len(syms); k++ {
				if r, ok := m.merges.get(pairKey(syms[k], syms[k+1])); ok && r < rank {
					best, rank = k, r
				}
			}
			if best < 0 {
				break
			}
			syms = slices.Replace(syms, best, best+2, m.mergeID[rank])
		}
		out = append(out, syms...)
	}
	return out
}

// naiveSPM encodes s the textbook way: merge the neighbours that make the
// piece of the highest score, the leftmost on a tie, rescanning after every
// merge; what is no piece falls back to bytes.
func naiveSPM(tok *Tokenizer, s string) []int32 {
	m := tok.spm
	if s == "" {
		return nil
	}
	text := "▁" + strings.ReplaceAll(s, " ", "▁")
	var syms []string
	for i := 0; i < len(text); {
		_, n := utf8.DecodeRuneInString(text[i:])
		syms = append(syms, text[i:i+n])
		i += n
	}
	for {
		best, score := -1, float32(0)
		for k := 0; k+1 < len(syms); k++ {
			if id, ok := m.pieces[syms[k]+syms[k+1]]; ok && (best < 0 || m.scores[id] > score) {
				best, score = k, m.scores[id]
			}
		}
		if best < 0 {
			break
		}
		syms = slices.Replace(syms, best, best+2, syms[best]+syms[best+1])
	}
	var out []int32
	for _, p := range syms {
		if id, ok := m.pieces[p]; ok {
			out = append(out, id)
			continue
		}
		for i := range len(p) {
			out = append(out, m.byteID[p[i]])
		}
	}
	return out
}
