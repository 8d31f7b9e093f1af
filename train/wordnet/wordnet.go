// Package wordnet is a small table of synonyms taken from WordNet 3.0, for
// the phrasing of the training corpus (train/corpus): "make" may read
// "create" or "produce", "remove" may read "get rid of".
//
// The table is synonyms.txt, embedded. It was extracted once from Debian's
// wordnet-base by extract.go, which names the word senses kept (most
// senses of a word are wrong for a request about a UI: "make" as in "make
// money"), so the corpus is reproducible from the repository alone and
// needs no WordNet at run time. WordNet's license is in LICENSE.
package wordnet

import (
	_ "embed"
	"strings"
)

//go:embed synonyms.txt
var table string

var synonyms = parse(table)

// parse reads "headword: word, word, …" lines; # starts a comment.
func parse(text string) map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(text, "\n") {
		head, rest, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		var words []string
		for _, w := range strings.Split(rest, ",") {
			if w = strings.TrimSpace(w); w != "" {
				words = append(words, w)
			}
		}
		m[strings.TrimSpace(head)] = words
	}
	return m
}

// Synonyms returns word and its synonyms, word first, or nil when the
// table does not hold it. The slice is the caller's.
func Synonyms(word string) []string {
	return append([]string(nil), synonyms[word]...)
}
