package tokenizer

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pre-tokenizers split text into words before byte-level BPE merges
// within each word. The originals are regular expressions with lookahead,
// which Go's regexp lacks, so each is a hand-written matcher: next(s, i)
// returns the end of the match that starts at i, trying the alternatives
// in order with the greedy, backtracking semantics of the regex engines
// Hugging Face tokenizers uses (Oniguruma, fancy-regex). The end of s is
// the end of the text for lookahead: callers pass one fragment between
// special tokens at a time, as tokenizers and llama.cpp do.
//
// Classes are Unicode's: \p{L} is unicode.L, \p{N} is unicode.N and \s is
// the White_Space property (unicode.IsSpace). Invalid UTF-8 bytes count as
// punctuation, one byte each.

// pretokenizer is one tokenizer.ggml.pre value.
type pretokenizer struct {
	next func(s string, i int) int
	// digits splits every \p{N} rune off before next runs (tokenizers'
	// Digits(individual_digits=True) ahead of the GPT-2 split).
	digits bool
	// ignoreMerges and addBOS are the defaults llama.cpp sets for the name.
	ignoreMerges, addBOS bool
}

// pretokenizers maps the tokenizer.ggml.pre names llama.cpp gives these
// splits to their matchers. "gpt2" is accepted beside llama.cpp's "gpt-2".
var pretokenizers = map[string]pretokenizer{
	"gpt-2":            {next: gpt2Next},
	"gpt2":             {next: gpt2Next},
	"phi-2":            {next: gpt2Next},
	"mpt":              {next: gpt2Next},
	"olmo":             {next: gpt2Next},
	"jais":             {next: gpt2Next},
	"llama-bpe":        {next: llama3Next, ignoreMerges: true, addBOS: true},
	"llama3":           {next: llama3Next, ignoreMerges: true, addBOS: true},
	"llama-v3":         {next: llama3Next, ignoreMerges: true, addBOS: true},
	"falcon3":          {next: llama3Next, ignoreMerges: true, addBOS: true},
	"dbrx":             {next: llama3Next},
	"smaug-bpe":        {next: llama3Next},
	"qwen2":            {next: qwen2Next},
	"deepseek-r1-qwen": {next: qwen2Next},
	"stablelm2":        {next: qwen2Next},
	"megrez":           {next: qwen2Next},
	"smollm":           {next: gpt2Next, digits: true},
	"starcoder":        {next: gpt2Next, digits: true},
	"refact":           {next: gpt2Next, digits: true},
	"codeshell":        {next: gpt2Next, digits: true},
	"command-r":        {next: gpt2Next, digits: true},
	"exaone":           {next: gpt2Next, digits: true},
	"minerva-7b":       {next: gpt2Next, digits: true},
}

// words yields the words of s, a fragment of text between special tokens.
func (p pretokenizer) words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		if !p.digits {
			for i := 0; i < len(s); {
				j := p.next(s, i)
				if !yield(s[i:j]) {
					return
				}
				i = j
			}
			return
		}
		// Each \p{N} rune is a word; the spans between them are split on
		// their own, so lookahead stops before the digit.
		for i := 0; i < len(s); {
			c, n := classAt(s, i)
			e := i + n
			for c != number && e < len(s) {
				c2, n2 := classAt(s, e)
				if c2 == number {
					break
				}
				e += n2
			}
			for span := s[:e]; i < e; {
				j := e
				if c != number {
					j = p.next(span, i)
				}
				if !yield(s[i:j]) {
					return
				}
				i = j
			}
		}
	}
}

func unsupportedPre(name string) error {
	known := slices.Sorted(maps.Keys(pretokenizers))
	return fmt.Errorf("%w: pre-tokenizer %q (this package knows %s)", ErrUnsupported, name, strings.Join(known, ", "))
}

// class is what the patterns ask of a rune.
type class uint8

const (
	other  class = iota // [^\s\p{L}\p{N}], and invalid UTF-8
	letter              // \p{L}
	number              // \p{N}
	space               // \s
)

var asciiClass [utf8.RuneSelf]class

func init() {
	for c := range utf8.RuneSelf {
		asciiClass[c] = classify(rune(c))
	}
}

func classify(r rune) class {
	switch {
	case unicode.IsLetter(r):
		return letter
	case unicode.IsNumber(r):
		return number
	case unicode.IsSpace(r):
		return space
	}
	return other
}

// classAt returns the class and byte length of the rune at s[i].
func classAt(s string, i int) (class, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiClass[c], 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 {
		return other, 1
	}
	return classify(r), n
}

// run returns the end of the run of class c that starts at i.
func run(s string, i int, c class) int {
	for i < len(s) {
		ci, n := classAt(s, i)
		if ci != c {
			break
		}
		i += n
	}
	return i
}

// contraction matches 's|'t|'re|'ve|'m|'ll|'d after the apostrophe, at
// s[i:]; it returns the length matched, 0 for none. fold makes it
// case-insensitive as (?i:…) is in Unicode: S, and also ſ (U+017F), whose
// case folding is s.
func contraction(s string, i int, fold bool) int {
	lower := func(j int) byte {
		if j >= len(s) {
			return 0
		}
		c := s[j]
		if fold && c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c
	}
	switch c := lower(i); c {
	case 's', 't', 'm', 'd':
		return 1
	case 'r', 'v':
		if lower(i+1) == 'e' {
			return 2
		}
	case 'l':
		if lower(i+1) == 'l' {
			return 2
		}
	case 0xC5:
		if fold && i+1 < len(s) && s[i+1] == 0xBF { // ſ
			return 2
		}
	}
	return 0
}

// spaceTail ends a whitespace run that starts at i with \s+(?!\S)|\s+: the
// whole run when it reaches the end of s, else all but its last rune (which
// then leads the next word), else the one rune.
func spaceTail(s string, i int) int {
	last, j := i, i
	for j < len(s) {
		c, n := classAt(s, j)
		if c != space {
			break
		}
		last, j = j, j+n
	}
	if j == len(s) || last == i {
		return j
	}
	return last
}

// gpt2Next matches GPT-2's split:
//
//	's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
func gpt2Next(s string, i int) int {
	if s[i] == '\'' {
		if n := contraction(s, i+1, false); n > 0 {
			return i + 1 + n
		}
	}
	if s[i] == ' ' && i+1 < len(s) {
		if c, n := classAt(s, i+1); c != space {
			return run(s, i+1+n, c)
		}
	}
	c, n := classAt(s, i)
	if c != space {
		return run(s, i+n, c)
	}
	return spaceTail(s, i)
}

// llama3Next matches Llama 3's split (maxDigits 3):
//
//	(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}|
//	 ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
func llama3Next(s string, i int) int { return splitNext(s, i, 3) }

// qwen2Next matches Qwen2's split, Llama 3's with \p{N} one digit at a time.
func qwen2Next(s string, i int) int { return splitNext(s, i, 1) }

func splitNext(s string, i, maxDigits int) int {
	if s[i] == '\'' {
		if n := contraction(s, i+1, true); n > 0 {
			return i + 1 + n
		}
	}
	c, n := classAt(s, i)
	// [^\r\n\p{L}\p{N}]?\p{L}+
	if c == letter {
		return run(s, i+n, letter)
	}
	if c != number && s[i] != '\r' && s[i] != '\n' && i+n < len(s) {
		if c2, n2 := classAt(s, i+n); c2 == letter {
			return run(s, i+n+n2, letter)
		}
	}
	// \p{N}{1,maxDigits}
	if c == number {
		j := i + n
		for k := 1; k < maxDigits && j < len(s); k++ {
			c2, n2 := classAt(s, j)
			if c2 != number {
				break
			}
			j += n2
		}
		return j
	}
	// ' ?[^\s\p{L}\p{N}]+[\r\n]*'
	j := i
	if s[i] == ' ' && i+1 < len(s) {
		if c2, _ := classAt(s, i+1); c2 == other {
			j = i + 1
		}
	}
	if c2, n2 := classAt(s, j); c2 == other {
		j = run(s, j+n2, other)
		for j < len(s) && (s[j] == '\r' || s[j] == '\n') {
			j++
		}
		return j
	}
	// \s*[\r\n]+ ends after the run's last CR or LF.
	nl := -1
	for j = i; j < len(s); {
		c2, n2 := classAt(s, j)
		if c2 != space {
			break
		}
		if s[j] == '\r' || s[j] == '\n' {
			nl = j
		}
		j += n2
	}
	if nl >= 0 {
		return nl + 1
	}
	return spaceTail(s, i)
}
