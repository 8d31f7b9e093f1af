package pipeline

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/genui/genui/genui"
)

// canonical reads a spec of genui's testdata as canonical JSON.
func canonical(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	sp, err := genui.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	canon, err := genui.Marshal(sp)
	if err != nil {
		t.Fatal(err)
	}
	return canon
}

// TestPatchGrammar checks what the refine grammar of the login form
// allows: ops on paths it has, with values of the right kind, and
// nothing else.
func TestPatchGrammar(t *testing.T) {
	g, err := PatchGrammar(canonical(t, "login.json"))
	if err != nil {
		t.Fatal(err)
	}
	const button, form = "/root/children/0/children/3", "/root/children/0"
	for _, c := range []struct {
		patch string
		ok    bool
	}{
		{`[{"op":"replace","path":"` + button + `/variant","value":"danger"}]`, true},
		{`[{"op":"add","path":"` + button + `/size","value":"lg"}]`, true},
		{`[{"op":"add","path":"` + form + `/children/2","value":{"type":"input","inputType":"tel","label":"Phone"}}]`, true},
		{`[{"op":"add","path":"` + form + `/children/-","value":{"type":"divider"}}]`, true},
		{`[{"op":"remove","path":"/root/children/1/tone"},{"op":"remove","path":"` + form + `/children/2"}]`, true},
		{`[{"op":"move","path":"` + form + `/children/0","from":"` + button + `"}]`, true},
		{`[{"op":"copy","path":"/root/children/-","from":"` + button + `"}]`, true},
		{`[{"op":"replace","path":"` + form + `/children/2/type","value":"column"}]`, true}, // a row's fields fit a column
		{`[{"op":"replace","path":"/title","value":"Log in"}]`, true},
		{`[{"op":"replace","path":"` + form + `/children/0/required","value":false}]`, true},
		{`[]`, false},
		{`[{"op":"remove","path":"/root/children/5"`, false},     // no such node
		{`[{"op":"remove","path":"` + button + `/text"`, false},  // required
		{`[{"op":"remove","path":"/root"`, false},                // required
		{`[{"op":"replace","path":"/version"`, false},            // not the model's to change
		{`[{"op":"add","path":"` + button + `/variant"`, false},  // there already: replace it
		{`[{"op":"add","path":"` + button + `/children"`, false}, // a button holds no children
		{`[{"op":"add","path":"` + form + `/children/5"`, false}, // past the end
		{`[{"op":"move","path":"` + form + `/children/0","from":"/root"`, false},
		{`[{"op":"replace","path":"/root/children/1/type","value":"x"}]`, true}, // widened: see below
		{`[{"op":"replace","path":"/title","value":5`, false},                   // no number lives in this spec
		{`[{"op":"test"`, false},
		{`[{"path":"/title"`, false},
		{`[{"op":"remove","path":"/title","value":1`, false},
	} {
		m := g.NewMatcher()
		if ok := m.Advance([]byte(c.patch)) && (!strings.HasSuffix(c.patch, "]") || m.Complete()); ok != c.ok {
			t.Errorf("%s: accepted %v, want %v", c.patch, ok, c.ok)
		}
	}
	// The replace of a text node's type with "x" above passes the grammar
	// because replace's string values are widened to free text (the
	// spec's texts are replaced too); Refine's validation refuses it.
}

// sampleValue is a small valid value of what w wants.
func sampleValue(w want) string {
	switch w.class {
	case '{':
		switch {
		case w.ref == tabWant.ref:
			return `{"type":"tab","title":"T"}`
		case w.node:
			return `{"type":"divider"}`
		}
		return `{"label":"a","value":1}`
	case '"':
		if w.enum != nil {
			return strconv.Quote(w.enum[0])
		}
		return `"x"`
	case '0':
		switch {
		case w.hasMin:
			return strconv.FormatFloat(w.min, 'g', -1, 64)
		case w.hasMax && w.max < 0:
			return strconv.FormatFloat(w.max, 'g', -1, 64)
		}
		return "0"
	case 't':
		return "true"
	}
	if w.minItems > 0 {
		return "[" + sampleValue(*w.item) + "]"
	}
	return "[]"
}

// TestPatchPaths checks, on the example specs, that every single
// operation the refine grammar offers (with a small value of the kind its
// path wants) is a patch the grammar accepts, that applies, and that
// leaves a valid spec: the paths exist where they should and the values
// are typed by what lives there. Moves are checked on the login form,
// where they fail only where RFC 6902 says: into the moved node itself,
// or to the end index of the array they leave.
func TestPatchPaths(t *testing.T) {
	for _, name := range []string{"login.json", "catalog.json"} {
		canon := canonical(t, name)
		doc, err := parseOrdered(canon)
		if err != nil {
			t.Fatal(err)
		}
		g, err := PatchGrammar(canon)
		if err != nil {
			t.Fatal(err)
		}
		p := specPaths(doc)
		var patches []string
		for _, tg := range offered(p.add) {
			patches = append(patches, `[{"op":"add","path":"`+tg.path+`","value":`+sampleValue(tg.want)+`}]`)
		}
		for _, tg := range offered(p.replace) {
			if tg.want.enum != nil && strings.HasSuffix(tg.path, "/type") {
				for _, typ := range tg.want.enum {
					patches = append(patches, `[{"op":"replace","path":"`+tg.path+`","value":"`+typ+`"}]`)
				}
				continue
			}
			patches = append(patches, `[{"op":"replace","path":"`+tg.path+`","value":`+sampleValue(tg.want)+`}]`)
		}
		for _, path := range p.remove {
			patches = append(patches, `[{"op":"remove","path":"`+path+`"}]`)
		}
		for _, slot := range p.slots {
			if typeAt(doc, slot[:strings.LastIndexByte(slot, '/')-len("/children")]) != "tabs" { // tabs hold tabs only
				patches = append(patches, `[{"op":"copy","path":"`+slot+`","from":"/root"}]`)
			}
		}
		for _, patch := range patches {
			if m := g.NewMatcher(); !m.Advance([]byte(patch)) || !m.Complete() {
				t.Errorf("%s: the grammar refuses %s", name, patch)
				continue
			}
			out, err := genui.ApplyPatch(canon, []byte(patch))
			if err != nil {
				t.Errorf("%s: %s: %v", name, patch, err)
				continue
			}
			if err := genui.Validate(out).Err(); err != nil {
				t.Errorf("%s: %s: %v", name, patch, err)
			}
		}
		if name != "login.json" {
			continue
		}
		for _, from := range p.nodes {
			for _, slot := range p.slots {
				patch := `[{"op":"move","path":"` + slot + `","from":"` + from + `"}]`
				if m := g.NewMatcher(); !m.Advance([]byte(patch)) || !m.Complete() {
					t.Fatalf("the grammar refuses %s", patch)
				}
				mayFail := strings.HasPrefix(slot, from+"/") || shifted(from, slot, arrayLen(p.slots, from[:strings.LastIndexByte(from, '/')]))
				out, err := genui.ApplyPatch(canon, []byte(patch))
				switch {
				case err != nil && !mayFail:
					t.Errorf("%s: %v", patch, err)
				case err == nil:
					if err := genui.Validate(out).Err(); err != nil {
						t.Errorf("%s: %v", patch, err)
					}
				}
			}
		}
	}
}

// shifted reports whether removing the array element at from moves what
// path names: path runs through a later element of the same array, or is
// the index one past its end (n elements before the removal).
func shifted(from, path string, n int) bool {
	i := strings.LastIndexByte(from, '/')
	arr, at := from[:i+1], from[i+1:]
	rest, ok := strings.CutPrefix(path, arr)
	if !ok {
		return false
	}
	idx, _, _ := strings.Cut(rest, "/")
	j, err := strconv.Atoi(idx)
	k, _ := strconv.Atoi(at)
	return err == nil && (j > k || j == n && !strings.Contains(rest, "/"))
}

// typeAt returns the type of the node at a JSON Pointer of doc.
func typeAt(doc *ordered, ptr string) string {
	v := doc
	for tok := range strings.SplitSeq(strings.TrimPrefix(ptr, "/"), "/") {
		if v.kind == '[' {
			i, _ := strconv.Atoi(tok)
			v = v.vals[i]
			continue
		}
		v = v.get(tok)
	}
	return v.get("type").str
}

// arrayLen is the length of the children array at parent, from its slots
// (its indices up to its length, and "-").
func arrayLen(slots []string, parent string) int {
	n := -1
	for _, s := range slots {
		if rest, ok := strings.CutPrefix(s, parent+"/"); ok && !strings.Contains(rest, "/") && rest != "-" {
			n++
		}
	}
	return n
}
