package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/inference/grammar"
	"github.com/genui/genui/inference/grammar/grammartest"
	"github.com/genui/genui/inference/tokenizer"
)

// specTexts are the compact texts of the example specs of testdata that
// are version 1 (the grammar writes version 1).
func specTexts(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, name := range []string{"login.json", "catalog.json", "dashboard-200.json"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := json.Compact(&b, data); err != nil {
			t.Fatal(err)
		}
		out[name] = b.Bytes()
	}
	return out
}

// TestSpecGrammarClosures checks that the grammar accepts the example
// specs, and that the closure of every prefix of them is a spec that
// Validate accepts.
func TestSpecGrammarClosures(t *testing.T) {
	g, err := SpecGrammar()
	if err != nil {
		t.Fatal(err)
	}
	for name, spec := range specTexts(t) {
		m := g.NewMatcher()
		every := 1
		if len(spec) > 4000 && testing.Short() {
			every = 97
		}
		for i := range spec {
			if i%every == 0 {
				closed := m.Closure(slices.Clone(spec[:i]))
				if errs := genui.Validate(closed); errs.Err() != nil {
					t.Fatalf("%s: prefix %q closed as %q: %v", name, spec[:i], closed[i:], errs)
				}
			}
			if !m.Advance(spec[i : i+1]) {
				t.Fatalf("%s: refused after %q", name, spec[:i+1])
			}
		}
		if !m.Complete() {
			t.Fatalf("%s: not complete", name)
		}
	}
}

// TestSpecGrammarTightened checks what the grammar refuses beyond the
// schema, where Validate is stricter.
func TestSpecGrammarTightened(t *testing.T) {
	g, err := SpecGrammar()
	if err != nil {
		t.Fatal(err)
	}
	const root = `{"version":1,"root":`
	for _, c := range []struct {
		text string
		ok   bool
	}{
		{root + `{"type":"list","items":["a"],"children":[`, false},
		{root + `{"type":"list","items":["a"],"tone":"info"}}`, true},
		{root + `{"type":"list","children":[]}}`, true},
		{`{"version":2`, false},
		{root + `{"type":"link","text":"x","href":"javascript&colon;`, false},
		{root + `{"type":"link","text":"x","href":"/a?javascript&colon;"}}`, true},
		{root + `{"type":"link","text":"x","href":"https://a/\u007f`, false},
		{root + "{\"type\":\"link\",\"text\":\"x\",\"href\":\"https://a/\x7f", false},
		{root + `{"type":"image","src":"data:image/png;base64,AAAA"}}`, true},
		{root + `{"type":"image","src":"data:text/html,x`, false},
		{root + `{"type":"heading","text":"` + strings.Repeat("é", 2048) + `"}}`, true}, // 4096 bytes
		{root + `{"type":"heading","text":"` + strings.Repeat("é", 2048) + `a`, false},
	} {
		m := g.NewMatcher()
		if ok := m.Advance([]byte(c.text)); ok != c.ok {
			t.Errorf("%.120q: accepted %v, want %v", c.text, ok, c.ok)
		}
	}
}

func BenchmarkSpecGrammarCompile(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		s, err := generationSchema()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := grammar.Compile(s, GrammarOptions()); err != nil {
			b.Fatal(err)
		}
	}
}

var (
	benchTokOnce sync.Once
	benchToks    = map[int]*tokenizer.Tokenizer{}
	benchTokErr  error
)

func benchTokenizer(b *testing.B, n int) *tokenizer.Tokenizer {
	benchTokOnce.Do(func() {
		for _, size := range []int{32000, 8000} {
			path := filepath.Join("..", "..", "inference", "testdata", "vocab32k.gguf")
			if benchToks[size], benchTokErr = grammartest.Tokenizer(path, size); benchTokErr != nil {
				return
			}
		}
	})
	if benchTokErr != nil {
		b.Fatal(benchTokErr)
	}
	return benchToks[n]
}

// BenchmarkSpecMask times token masks along real specs: the tokens of
// the example specs (213 for the login form, 6,366 for a 200-node
// dashboard on the 32k vocabulary) are walked, a mask computed before
// each. One op is all the masks of the specs; the median and the 99th
// percentile of a single mask are reported beside. "cold" starts each op
// with a new Masker (its cache empty: a process's first generation),
// "warm" keeps one (every later generation).
func BenchmarkSpecMask(b *testing.B) {
	g, err := SpecGrammar()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{32000, 8000} {
		tok := benchTokenizer(b, n)
		v, err := grammar.NewVocab(vocabBytes(tok), []int32{tok.EOS()})
		if err != nil {
			b.Fatal(err)
		}
		var docs [][]int32
		for _, spec := range specTexts(b) {
			docs = append(docs, tok.Encode(string(spec), tokenizer.Options{}))
		}
		for _, mode := range []string{"cold", "warm"} {
			b.Run(fmt.Sprintf("vocab%dk/%s", n/1000, mode), func(b *testing.B) {
				k := grammar.NewMasker(g, v)
				mask := make([]uint64, v.Words())
				var times []time.Duration
				walk := func() {
					for _, ids := range docs {
						m := g.NewMatcher()
						for _, id := range ids {
							t0 := time.Now()
							k.Fill(m, mask, -1)
							times = append(times, time.Since(t0))
							if mask[id>>6]&(1<<(id&63)) == 0 || !m.Advance(tok.TokenBytes(id)) {
								b.Fatalf("token %q refused", tok.TokenBytes(id))
							}
						}
					}
				}
				if mode == "warm" {
					walk()
					times = times[:0]
				}
				b.ReportAllocs()
				for b.Loop() {
					if mode == "cold" {
						k = grammar.NewMasker(g, v)
					}
					walk()
				}
				slices.Sort(times)
				b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "ns-median/mask")
				b.ReportMetric(float64(times[len(times)*99/100].Nanoseconds()), "ns-p99/mask")
			})
		}
	}
}

func vocabBytes(tok *tokenizer.Tokenizer) [][]byte {
	out := make([][]byte, tok.Len())
	for id := range out {
		out[id] = tok.TokenBytes(int32(id))
	}
	return out
}

// BenchmarkSpecForced times Matcher.Forced (jump-forward's bytes) after
// each token of the example specs on the 32k vocabulary; one op is all of
// them, the median and 99th percentile of one call beside.
func BenchmarkSpecForced(b *testing.B) {
	g, err := SpecGrammar()
	if err != nil {
		b.Fatal(err)
	}
	tok := benchTokenizer(b, 32000)
	var docs [][]int32
	for _, spec := range specTexts(b) {
		docs = append(docs, tok.Encode(string(spec), tokenizer.Options{}))
	}
	var times []time.Duration
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		for _, ids := range docs {
			m := g.NewMatcher()
			for _, id := range ids {
				m.Advance(tok.TokenBytes(id))
				t0 := time.Now()
				buf = m.Forced(buf[:0])
				times = append(times, time.Since(t0))
			}
		}
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "ns-median/call")
	b.ReportMetric(float64(times[len(times)*99/100].Nanoseconds()), "ns-p99/call")
}

// TestMaxNesting pins maxNesting to the JSON nesting genui's reader
// accepts: one level more is refused as nested too deeply.
func TestMaxNesting(t *testing.T) {
	nested := func(levels int) []byte {
		// The spec object and the root node are two levels.
		inner := strings.Repeat("[", levels-2) + strings.Repeat("]", levels-2)
		return []byte(`{"version":1,"root":{"type":"text","text":"x","extra":` + inner + `}}`)
	}
	tooDeep := func(data []byte) bool {
		return strings.Contains(genui.Validate(data).Error(), "nested too deeply")
	}
	if a, b := tooDeep(nested(maxNesting)), tooDeep(nested(maxNesting+1)); a || !b {
		t.Errorf("maxNesting %d: nested %[1]d deep refused %v, %d deep refused %v", maxNesting, a, maxNesting+1, b)
	}
}
