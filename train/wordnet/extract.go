//go:build ignore

// Extract writes synonyms.txt from WordNet 3.0 (Debian's wordnet-base):
// for each headword the corpus phrases with, the lemmas of the word senses
// chosen below, minus the ones that read wrong in a request for a UI.
// Run from the repository root:
//
//	apt-get install -y wordnet-base
//	go run ./train/wordnet/extract.go -dict /usr/share/wordnet -o train/wordnet/synonyms.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// entry chooses senses of a word: pos is WordNet's file suffix ("verb",
// "adj", "noun"), senses are 1-based sense numbers, drop lists lemmas of
// those senses to leave out.
type entry struct {
	word, pos string
	senses    []int
	drop      []string
}

// curated is the hand-picked list. Senses were read with `wn WORD -synsv`
// (or -synsa, -synsn) and kept where their lemmas fit "___ a login form",
// "___ the chart", "keep it ___".
var curated = []entry{
	{"make", "verb", []int{3, 6}, nil},
	{"build", "verb", []int{1}, nil},
	{"create", "verb", []int{6}, nil},
	{"show", "verb", []int{1}, []string{"demo", "demonstrate", "exhibit"}},
	{"display", "verb", []int{1}, []string{"expose"}},
	{"need", "verb", []int{2}, nil},
	{"add", "verb", []int{2}, []string{"supply"}},
	{"remove", "verb", []int{1, 3, 4}, []string{"take", "withdraw", "move out"}},
	{"delete", "verb", []int{1, 2}, []string{"cancel"}},
	{"change", "verb", []int{1, 4}, []string{"shift"}},
	{"put", "verb", []int{1}, []string{"pose", "lay"}},
	{"simple", "adj", []int{2}, []string{"elementary", "unproblematic"}},
	{"neat", "adj", []int{1, 3, 4}, []string{"refined"}},
	{"big", "adj", []int{5}, nil},
	{"small", "adj", []int{2}, []string{"minor", "pocket-size", "pocket-sized", "small-scale"}},
	{"button", "noun", []int{2}, []string{"push"}},
}

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "WordNet dictionary folder")
	out := flag.String("o", "synonyms.txt", "output file")
	flag.Parse()
	var b strings.Builder
	b.WriteString("# Synonyms from WordNet 3.0, chosen senses only (see extract.go; license in LICENSE).\n")
	b.WriteString("# headword: synonyms, the headword first\n")
	for _, e := range curated {
		lemmas, err := senses(*dict, e)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Fprintf(&b, "%s: %s\n", e.word, strings.Join(lemmas, ", "))
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}

// senses returns the headword and the other lemmas of its chosen senses.
func senses(dict string, e entry) ([]string, error) {
	offsets, err := index(filepath.Join(dict, "index."+e.pos), e.word)
	if err != nil {
		return nil, err
	}
	data, err := os.Open(filepath.Join(dict, "data."+e.pos))
	if err != nil {
		return nil, err
	}
	defer data.Close()
	seen := map[string]bool{e.word: true}
	for _, d := range e.drop {
		seen[d] = true
	}
	var others []string
	for _, s := range e.senses {
		if s < 1 || s > len(offsets) {
			return nil, fmt.Errorf("%s has no sense %d", e.word, s)
		}
		if _, err := data.Seek(offsets[s-1], 0); err != nil {
			return nil, err
		}
		line, err := bufio.NewReader(data).ReadString('\n')
		if err != nil {
			return nil, err
		}
		// offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id]…
		f := strings.Fields(line)
		n, err := strconv.ParseInt(f[3], 16, 0)
		if err != nil {
			return nil, fmt.Errorf("%s sense %d: %v", e.word, s, err)
		}
		for i := range int(n) {
			w := strings.ReplaceAll(f[4+2*i], "_", " ")
			if j := strings.IndexByte(w, '('); j > 0 {
				w = w[:j] // adjective markers: "big(p)"
			}
			if !seen[w] {
				seen[w] = true
				others = append(others, w)
			}
		}
	}
	sort.Strings(others)
	return append([]string{e.word}, others...), nil
}

// index returns the synset offsets of word's senses, in sense order.
func index(path, word string) ([]int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	key := strings.ReplaceAll(word, " ", "_") + " "
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, key) {
			continue
		}
		// lemma pos synset_cnt p_cnt [ptr]… sense_cnt tagsense_cnt offset…
		f := strings.Fields(line)
		cnt, _ := strconv.Atoi(f[2])
		var out []int64
		for _, o := range f[len(f)-cnt:] {
			v, err := strconv.ParseInt(o, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("%s: bad offset %q", word, o)
			}
			out = append(out, v)
		}
		return out, nil
	}
	return nil, fmt.Errorf("%s: not in %s", word, path)
}
