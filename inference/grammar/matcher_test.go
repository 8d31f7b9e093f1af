package grammar

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/genui/genui/inference/grammar/grammartest"
)

// testSchemas are the schemas of testdata/schemas with the options they
// are compiled with.
var testSchemas = []struct {
	name string
	opt  *Options
}{
	{"order.json", nil},
	{"tree.json", &Options{Count: &CountLimit{Def: "node", MaxCount: 40, MaxDepth: 6}}},
	{"kitchen.json", &Options{MaxNesting: 6, MaxString: 50, MaxItems: 5}},
	{"kitchen.json", &Options{MaxNesting: 6, MaxString: 20, MaxItems: 5, CountRunes: true, MaxNumberDigits: 8}},
}

func loadSchema(t testing.TB, name string, opt *Options) (*Grammar, *grammartest.Validator) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "schemas", name))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Compile(data, opt)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	v, err := grammartest.New(data)
	if err != nil {
		t.Fatal(err)
	}
	return g, v
}

// allowedBytes lists the bytes the matcher accepts next.
func allowedBytes(m *Matcher) []byte {
	var out []byte
	for c := 0; c < 256; c++ {
		if m.Accepts([]byte{byte(c)}) {
			out = append(out, byte(c))
		}
	}
	return out
}

// randomDoc walks the grammar byte by byte, choosing uniformly among the
// allowed bytes, and after budget bytes follows the closure. Each prefix's
// closure must complete it.
func randomDoc(t *testing.T, g *Grammar, v *grammartest.Validator, r *rand.Rand, budget int, checkClosures bool) []byte {
	t.Helper()
	m := g.NewMatcher()
	var doc []byte
	for {
		if checkClosures {
			c := m.Closure(nil)
			if len(c) != m.CloseLen() {
				t.Fatalf("after %q: closure %q but CloseLen %d", doc, c, m.CloseLen())
			}
			full := append(append([]byte{}, doc...), c...)
			mc := m.Clone()
			if !mc.Advance(c) || !mc.Complete() {
				t.Fatalf("after %q: closure %q does not complete the document", doc, c)
			}
			if err := v.Check(full); err != nil {
				t.Fatalf("after %q: closed document %s: %v", doc, full, err)
			}
		}
		if m.Complete() && (len(doc) >= budget || r.IntN(8) == 0) {
			return doc
		}
		var next []byte
		if len(doc) >= budget {
			next = m.Closure(nil)[:1]
		} else {
			allowed := allowedBytes(m)
			if len(allowed) == 0 {
				if m.Complete() {
					return doc
				}
				t.Fatalf("dead end after %q", doc)
			}
			forced := m.Forced(nil)
			if only := len(allowed) == 1 && !m.Complete(); only != (len(forced) > 0) || only && forced[0] != allowed[0] {
				t.Fatalf("after %q: allowed %q, forced %q", doc, allowed, forced)
			}
			next = []byte{allowed[r.IntN(len(allowed))]}
		}
		if !m.Advance(next) {
			t.Fatalf("after %q: byte %q allowed but not accepted", doc, next)
		}
		doc = append(doc, next...)
	}
}

func TestRandomWalks(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 40
	}
	for _, s := range testSchemas {
		g, v := loadSchema(t, s.name, s.opt)
		r := rand.New(rand.NewPCG(1, uint64(len(s.name))))
		for i := 0; i < n; i++ {
			doc := randomDoc(t, g, v, r, 20+r.IntN(300), i < n/4)
			if err := v.Check(doc); err != nil {
				t.Fatalf("%s: %s: %v", s.name, doc, err)
			}
		}
	}
}

func TestForced(t *testing.T) {
	g, _ := loadSchema(t, "tree.json", testSchemas[1].opt)
	for _, c := range []struct{ prefix, want string }{
		{``, `{"version":1,"root":{"type":"`},
		{`{"version":1,"root":{"type":"t`, `abs","children":[{"type":"tab","title":"`},
		{`{"version":1,"root":{"type":"g`, `auge"`},
		{`{"version":1,"root":{"type":"gauge","value":10`, ``},
		{`{"version":1,"root":{"type":"gauge","value":100`, ``},
		{`{"version":1,"root":{"type":"label","text":"ab"`, ``},
		{`{"version":1,"root":{"type":"box"}`, `}`},
		{`{"version":1,"root":{"type":"box"}}`, ``},
	} {
		m := g.NewMatcher()
		if !m.Advance([]byte(c.prefix)) {
			t.Fatalf("%q rejected", c.prefix)
		}
		if got := string(m.Forced(nil)); got != c.want {
			t.Errorf("after %q: forced %q, want %q", c.prefix, got, c.want)
		}
	}
}
