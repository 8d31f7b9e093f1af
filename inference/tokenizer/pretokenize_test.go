package tokenizer

import (
	"slices"
	"testing"
)

// splits are the words each pre-tokenizer makes of tricky text, as the
// original regular expressions split it (computed with Python's regex
// module, \s spelled \p{White_Space}; tokenizers splits the same).
var splits = []struct {
	text  string
	words [4][]string // gpt2, llama-bpe, qwen2, smollm
}{
	{"it's IT'S it'\u017f", [4][]string{
		{"it", "'s", " IT", "'", "S", " it", "'", "\u017f"},
		{"it", "'s", " IT", "'S", " it", "'\u017f"},
		{"it", "'s", " IT", "'S", " it", "'\u017f"},
		{"it", "'s", " IT", "'", "S", " it", "'", "\u017f"},
	}},
	{"'hello ''s", [4][]string{
		{"'", "hello", " ''", "s"},
		{"'hello", " ''", "s"},
		{"'hello", " ''", "s"},
		{"'", "hello", " ''", "s"},
	}},
	{"a  b", [4][]string{
		{"a", " ", " b"},
		{"a", " ", " b"},
		{"a", " ", " b"},
		{"a", " ", " b"},
	}},
	{"a \t b", [4][]string{
		{"a", " \t", " b"},
		{"a", " \t", " b"},
		{"a", " \t", " b"},
		{"a", " \t", " b"},
	}},
	{"x   ", [4][]string{
		{"x", "   "},
		{"x", "   "},
		{"x", "   "},
		{"x", "   "},
	}},
	{"\n\n  x", [4][]string{
		{"\n\n ", " x"},
		{"\n\n", " ", " x"},
		{"\n\n", " ", " x"},
		{"\n\n ", " x"},
	}},
	{"  \n  x", [4][]string{
		{"  \n ", " x"},
		{"  \n", " ", " x"},
		{"  \n", " ", " x"},
		{"  \n ", " x"},
	}},
	{"a\r\nb", [4][]string{
		{"a", "\r", "\n", "b"},
		{"a", "\r\n", "b"},
		{"a", "\r\n", "b"},
		{"a", "\r", "\n", "b"},
	}},
	{"!!!\n\nfoo", [4][]string{
		{"!!!", "\n", "\n", "foo"},
		{"!!!\n\n", "foo"},
		{"!!!\n\n", "foo"},
		{"!!!", "\n", "\n", "foo"},
	}},
	{" {\n}", [4][]string{
		{" {", "\n", "}"},
		{" {\n", "}"},
		{" {\n", "}"},
		{" {", "\n", "}"},
	}},
	{"12345 678", [4][]string{
		{"12345", " 678"},
		{"123", "45", " ", "678"},
		{"1", "2", "3", "4", "5", " ", "6", "7", "8"},
		{"1", "2", "3", "4", "5", " ", "6", "7", "8"},
	}},
	{" 1a2", [4][]string{
		{" 1", "a", "2"},
		{" ", "1", "a", "2"},
		{" ", "1", "a", "2"},
		{" ", "1", "a", "2"},
	}},
	{"cafe\u0301!", [4][]string{
		{"cafe", "\u0301!"},
		{"cafe", "\u0301!"},
		{"cafe", "\u0301!"},
		{"cafe", "\u0301!"},
	}},
	{"a\u00a0b\u3000c", [4][]string{
		{"a", "\u00a0", "b", "\u3000", "c"},
		{"a", "\u00a0b", "\u3000c"},
		{"a", "\u00a0b", "\u3000c"},
		{"a", "\u00a0", "b", "\u3000", "c"},
	}},
	{"\U0001f600\U0001f600 ok", [4][]string{
		{"\U0001f600\U0001f600", " ok"},
		{"\U0001f600\U0001f600", " ok"},
		{"\U0001f600\U0001f600", " ok"},
		{"\U0001f600\U0001f600", " ok"},
	}},
	{"ab\u2460\u2461 \u216b\u00b2", [4][]string{
		{"ab", "\u2460\u2461", " \u216b\u00b2"},
		{"ab", "\u2460\u2461", " ", "\u216b\u00b2"},
		{"ab", "\u2460", "\u2461", " ", "\u216b", "\u00b2"},
		{"ab", "\u2460", "\u2461", " ", "\u216b", "\u00b2"},
	}},
	{"x\u2028y", [4][]string{
		{"x", "\u2028", "y"},
		{"x", "\u2028y"},
		{"x", "\u2028y"},
		{"x", "\u2028", "y"},
	}},
	{"\t\tif x {", [4][]string{
		{"\t", "\t", "if", " x", " {"},
		{"\t", "\tif", " x", " {"},
		{"\t", "\tif", " x", " {"},
		{"\t", "\t", "if", " x", " {"},
	}},
	{"$1,299.99", [4][]string{
		{"$", "1", ",", "299", ".", "99"},
		{"$", "1", ",", "299", ".", "99"},
		{"$", "1", ",", "2", "9", "9", ".", "9", "9"},
		{"$", "1", ",", "2", "9", "9", ".", "9", "9"},
	}},
	{"  ", [4][]string{
		{"  "},
		{"  "},
		{"  "},
		{"  "},
	}},
}

func TestPretokenizers(t *testing.T) {
	for _, c := range splits {
		for k, name := range []string{"gpt2", "llama-bpe", "qwen2", "smollm"} {
			got := slices.Collect(pretokenizers[name].words(c.text))
			if !slices.Equal(got, c.words[k]) {
				t.Errorf("%s %q:\n got %q\nwant %q", name, c.text, got, c.words[k])
			}
		}
	}
}

// TestPretokenizerStop checks that a range over words that stops early
// sees the first words of the full split.
func TestPretokenizerStop(t *testing.T) {
	for name, p := range pretokenizers {
		for _, c := range splits {
			all := slices.Collect(p.words(c.text))
			for k := range all {
				var got []string
				for w := range p.words(c.text) {
					if len(got) == k {
						break
					}
					got = append(got, w)
				}
				if !slices.Equal(got, all[:k]) {
					t.Fatalf("%s %q: stopping after %d words gave %q", name, c.text, k, got)
				}
			}
		}
	}
}
