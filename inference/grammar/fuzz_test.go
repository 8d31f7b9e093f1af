package grammar

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzCompile feeds arbitrary schema documents to Compile: it must not
// panic, its errors must be *SchemaError values pointing into the schema
// (or name the JSON or option problem), and a grammar it returns must
// produce, from its start, a closure it accepts as a whole document.
func FuzzCompile(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "schemas", "*.json"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		`{}`, `true`, `false`, `[]`, `{"type":"nothing"}`, `{"type":["string","null"],"maxLength":3}`,
		`{"$ref":"#"}`, `{"$ref":"#/$defs/a","$defs":{"a":{"$ref":"#/$defs/a"}}}`,
		`{"oneOf":[{"$ref":"#"},{"type":"null"}]}`, `{"anyOf":[{"type":"string"},{"type":"string"}]}`,
		`{"type":"object","properties":{"a":{"$ref":"#"}},"required":["a"]}`,
		`{"type":"integer","minimum":0.5,"maximum":0.7}`, `{"type":"number","exclusiveMinimum":1e400}`,
		`{"type":"string","pattern":"(a|b)*c\\b"}`, `{"type":"string","pattern":"[","minLength":2}`,
		`{"type":"string","format":"date","minLength":20}`, `{"enum":[]}`, `{"const":{"a":[1,{"b":null}]}}`,
		`{"not":{"required":["a","b"]},"properties":{"a":{},"b":{}}}`, `{"items":{"items":{"items":{}}},"minItems":3}`,
		`{"type":"array","minItems":5,"maxItems":2}`, `{"properties":{"a":false},"required":["a"]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, schema []byte) {
		if len(schema) > 1<<14 {
			return
		}
		g, err := Compile(schema, &Options{MaxNesting: 12, MaxString: 40, MaxItems: 6, Count: nil})
		if err != nil {
			var se *SchemaError
			switch {
			case errors.As(err, &se):
				if !strings.HasPrefix(se.Pointer, "#") || se.Msg == "" || !errors.Is(err, ErrSchema) && !errors.Is(err, ErrUnsupported) {
					t.Fatalf("malformed error %#v", se)
				}
			case !strings.HasPrefix(err.Error(), "grammar: "):
				t.Fatalf("error without the package prefix: %v", err)
			}
			return
		}
		m := g.NewMatcher()
		c := m.Closure(nil)
		if !m.Advance(c) || !m.Complete() {
			t.Fatalf("closure %q of a fresh matcher is not a document", c)
		}
	})
}
