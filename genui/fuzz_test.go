package genui

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// The fuzz targets run a spec's prefixes through the whole pipeline, so
// one run is slow for a fuzz target: minimizing an input at the default
// -fuzzminimizetime (60s) stalls the engine. Run them as
//
//	go test ./genui -run '^$' -fuzz '^FuzzParsePartial$' -fuzztime 60s -fuzzminimizetime 2s

// addSeeds adds the spec files to a fuzz target's corpus, besides the
// committed corpus in testdata/fuzz.
func addSeeds(f *testing.F) {
	for _, data := range specFiles(f) {
		f.Add(data)
	}
}

// wellFormedPointer reports whether p is a JSON Pointer (RFC 6901): empty,
// or reference tokens each after a '/', with '~' only in "~0" and "~1".
func wellFormedPointer(p string) bool {
	if p == "" {
		return true
	}
	if p[0] != '/' {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '~' && (i+1 == len(p) || p[i+1] != '0' && p[i+1] != '1') {
			return false
		}
	}
	return true
}

func FuzzValidate(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		es := Validate(data)
		for _, e := range es {
			if !wellFormedPointer(e.Pointer) || e.Msg == "" || e.Line < 1 || e.Column < 1 {
				t.Fatalf("malformed error %#v", e)
			}
			if strings.HasPrefix(e.Msg, "warning") || e.Error() == "" {
				t.Fatalf("malformed message %q", e.Msg)
			}
		}
		sp, err := Parse(data)
		if es.Err() != nil {
			return
		}
		// A valid spec parses, and its canonical form is valid too.
		if err != nil {
			t.Fatalf("Validate accepts what Parse refuses: %v", err)
		}
		out, err := Marshal(sp)
		if err != nil {
			t.Fatal(err)
		}
		if err := Validate(out).Err(); err != nil {
			t.Fatalf("the canonical form of a valid spec does not validate: %v\n%s", err, out)
		}
	})
}

// FuzzParsePartial checks ParsePartial on every prefix of valid specs: the
// input itself when it is one, and always a spec generated from the input
// bytes, so that every run exercises the property.
func FuzzParsePartial(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := ParsePartial(data); err != nil && Validate(data).Err() == nil {
			t.Fatalf("ParsePartial refuses a valid spec: %v", err)
		}
		// Some 200 prefixes a spec, chosen by the input's length, so that
		// a run stays fast and the runs together try every prefix.
		if len(data) <= 64<<10 && Validate(data).Err() == nil {
			stride := len(data)/200 + 1
			checkPrefixes(t, data, len(data)%stride, stride)
		}
		g := generator{entropy: data}
		gen, err := Marshal(g.spec())
		if err != nil {
			t.Fatal(err)
		}
		if g.next(2) == 0 {
			var b bytes.Buffer
			json.Indent(&b, gen, "", " ")
			gen = b.Bytes()
		}
		if err := Validate(gen).Err(); err != nil {
			t.Fatalf("a generated spec does not validate: %v\n%s", err, gen)
		}
		stride := len(gen)/200 + 1
		checkPrefixes(t, gen, len(data)%stride, stride)
	})
}

// generator builds a valid spec from the descriptors, making each choice
// from the next byte of entropy (0 once it runs out).
type generator struct {
	entropy []byte
	nodes   int
}

func (g *generator) next(n int) int {
	if len(g.entropy) == 0 {
		return 0
	}
	b := g.entropy[0]
	g.entropy = g.entropy[1:]
	return int(b) % n
}

func (g *generator) spec() *Spec {
	return &Spec{Version: Version, Title: g.text(), Root: g.node("", 1)}
}

// node makes a node, of type only when only is not "".
func (g *generator) node(only string, depth int) *Node {
	g.nodes++
	c := Catalog[g.next(len(Catalog))]
	if only != "" {
		c, _ = Lookup(only)
	}
	d := descs[c.Name]
	n := &Node{Type: c.Name, Props: c.New()}
	props := reflect.ValueOf(n.Props).Elem()
	tokens := reflect.ValueOf(&n.Tokens).Elem()
	for i := range d.fields {
		f := &d.fields[i]
		switch {
		case f.Name == "type":
		case f.Kind == NodesField && c.Kind == Either && props.FieldByName("Items").Len() > 0:
			// A list holds items or children, not both.
		case f.Kind == NodesField:
			for range g.next(4) {
				if depth < 4 && g.nodes < 16 {
					n.Children = append(n.Children, g.node(f.NodeType, depth+1))
				}
			}
		case f.Kind == NodeField:
			if g.next(8) == 0 && depth < 4 {
				n.Fallback = g.node("", depth+1)
			}
		case !f.Required && g.next(3) == 0:
		case f.where == inTokens:
			tokens.Field(f.index).SetString(f.Values[g.next(len(f.Values))])
		case f.where == inNode:
			n.ID = g.text()
		default:
			g.value(f, props.Field(f.index))
		}
	}
	return n
}

// value sets v to a valid value of f.
func (g *generator) value(f *Field, v reflect.Value) {
	switch f.Kind {
	case StringField:
		switch {
		case f.Values != nil:
			v.SetString(f.Values[g.next(len(f.Values))])
		case f.URL != NoURL:
			urls := []string{"https://example.com/a.png?x=1&y=2", "/img/b.png", "c d.png", "data:image/png;base64,AAAA"}
			v.SetString(urls[g.next(len(urls)-1+int(f.URL-LinkURL))])
		default:
			v.SetString(g.text())
		}
	case IntegerField, NumberField:
		nums := []float64{0, 1, 2, 4, 12, 1.5, -3, 100, 1e-7, 12345.678, 1e21}
		x := nums[g.next(len(nums))]
		if f.Kind == IntegerField {
			x = float64(int(x))
		}
		if f.HasMin {
			x = max(x, f.Min)
		}
		if f.HasMax {
			x = min(x, f.Max)
		}
		if f.Kind == IntegerField {
			v.SetInt(int64(x))
		} else {
			v.SetFloat(x)
		}
	case BoolField:
		v.SetBool(g.next(2) == 0)
	case StringsField, StringRowsField, ObjectsField:
		n := f.MinItems + g.next(4)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			switch el := s.Index(i); f.Kind {
			case StringsField:
				el.SetString(g.text())
			case StringRowsField:
				g.value(&Field{Kind: StringsField, MaxItems: MaxItems}, el)
			default:
				for j := range f.Elem {
					g.value(&f.Elem[j], el.Field(f.Elem[j].index))
				}
			}
		}
		v.Set(s)
	}
}

// text makes a short string of pieces that stress the encoder and the
// prefix closer: escapes, multi-byte UTF-8, a surrogate pair, markup.
func (g *generator) text() string {
	pieces := []string{"a", "Sign in", " ", "é", "日本", "😀", `"`, `\`, "\n", "\t", "<b>", "&amp;", "\u2028", "\x01", "/"}
	var b strings.Builder
	for range g.next(6) {
		b.WriteString(pieces[g.next(len(pieces))])
	}
	return b.String()
}
