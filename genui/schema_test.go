package genui

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"math/rand/v2"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite schema.json from the descriptors")

func TestSchemaFile(t *testing.T) {
	got := generateSchema()
	if *update {
		if err := os.WriteFile("schema.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, Schema()) {
		t.Fatal("schema.json differs from the schema the descriptors give; run go test ./genui -update and review the diff")
	}
}

func TestSchemaShape(t *testing.T) {
	var doc struct {
		Defs map[string]struct {
			OneOf      []map[string]string        `json:"oneOf"`
			Properties map[string]json.RawMessage `json:"properties"`
			Required   []string                   `json:"required"`
			Additional *bool                      `json:"additionalProperties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(Schema(), &doc); err != nil {
		t.Fatal(err)
	}
	node := doc.Defs["node"]
	if len(node.OneOf) != len(Catalog) {
		t.Fatalf("node has %d branches, want %d", len(node.OneOf), len(Catalog))
	}
	for i, c := range Catalog {
		if ref := node.OneOf[i]["$ref"]; ref != "#/$defs/"+c.Name {
			t.Errorf("branch %d is %q", i, ref)
		}
		def, ok := doc.Defs[c.Name]
		if !ok {
			t.Errorf("no $defs entry for %s", c.Name)
			continue
		}
		if def.Additional == nil || *def.Additional {
			t.Errorf("%s: additionalProperties is not false", c.Name)
		}
		if len(def.Required) == 0 || def.Required[0] != "type" {
			t.Errorf("%s: required %v does not start with type", c.Name, def.Required)
		}
		if string(bytes.ReplaceAll(def.Properties["type"], []byte(" "), nil)) != `{"const":"`+c.Name+`"}` {
			t.Errorf("%s: type is %s", c.Name, def.Properties["type"])
		}
	}
	// Property order is canonical, "type" first: check it in the text,
	// since maps forget order.
	s := Schema()
	for _, c := range Catalog {
		at := bytes.Index(s, []byte(`"type": {"const": "`+c.Name+`"}`))
		for _, f := range Fields(c.Name)[1:] {
			k := bytes.Index(s[at:], []byte(`"`+f.Name+`": `))
			if k < 0 {
				t.Errorf("%s: property %q missing or out of order", c.Name, f.Name)
				break
			}
			at += k
		}
	}
}

// schemaCheck evaluates a JSON value against the schema document, for the
// keywords schema.json uses: enough to test that it says what Validate
// says, without a dependency on a schema validator.
type schemaCheck struct {
	defs     map[string]any
	patterns map[string]*regexp.Regexp
}

func newSchemaCheck(t *testing.T) *schemaCheck {
	var doc map[string]any
	if err := json.Unmarshal(Schema(), &doc); err != nil {
		t.Fatal(err)
	}
	c := &schemaCheck{defs: doc["$defs"].(map[string]any), patterns: map[string]*regexp.Regexp{}}
	c.defs[""] = doc // "#" is the document
	return c
}

func (c *schemaCheck) valid(s map[string]any, v any) bool {
	if ref, ok := s["$ref"].(string); ok && !c.valid(c.defs[strings.TrimPrefix(strings.TrimPrefix(ref, "#"), "/$defs/")].(map[string]any), v) {
		return false
	}
	if branches, ok := s["oneOf"].([]any); ok {
		n := 0
		for _, b := range branches {
			if c.valid(b.(map[string]any), v) {
				n++
			}
		}
		if n != 1 {
			return false
		}
	}
	if k, ok := s["const"]; ok && !reflect.DeepEqual(k, v) {
		return false
	}
	if e, ok := s["enum"].([]any); ok && !slices.Contains(e, v) {
		return false
	}
	if typ, ok := s["type"].(string); ok {
		switch v := v.(type) {
		case map[string]any:
			if typ != "object" {
				return false
			}
		case []any:
			if typ != "array" {
				return false
			}
		case string:
			if typ != "string" {
				return false
			}
		case bool:
			if typ != "boolean" {
				return false
			}
		case float64:
			if typ != "number" && (typ != "integer" || v != math.Trunc(v)) {
				return false
			}
		default:
			return false
		}
	}
	num := func(k string) (float64, bool) { x, ok := s[k].(float64); return x, ok }
	switch v := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		if props == nil {
			break // only a $ref or a oneOf: checked above
		}
		req, _ := s["required"].([]any)
		for _, r := range req {
			if _, ok := v[r.(string)]; !ok {
				return false
			}
		}
		// "type" first: a oneOf branch of another type fails at once,
		// before its children are checked (else the check is exponential).
		if p, ok := props["type"]; ok && v["type"] != nil && !c.valid(p.(map[string]any), v["type"]) {
			return false
		}
		for k, x := range v {
			p, ok := props[k]
			if !ok && s["additionalProperties"] == false || ok && !c.valid(p.(map[string]any), x) {
				return false
			}
		}
	case []any:
		if n, ok := num("maxItems"); ok && float64(len(v)) > n {
			return false
		}
		if n, ok := num("minItems"); ok && float64(len(v)) < n {
			return false
		}
		items, _ := s["items"].(map[string]any)
		for _, x := range v {
			if items != nil && !c.valid(items, x) {
				return false
			}
		}
	case string:
		if n, ok := num("maxLength"); ok && float64(utf8.RuneCountInString(v)) > n {
			return false
		}
		if p, ok := s["pattern"].(string); ok {
			if c.patterns[p] == nil {
				c.patterns[p] = regexp.MustCompile(p)
			}
			if !c.patterns[p].MatchString(v) {
				return false
			}
		}
	case float64:
		if n, ok := num("minimum"); ok && v < n {
			return false
		}
		if n, ok := num("maximum"); ok && v > n {
			return false
		}
	}
	return true
}

// TestSchemaAgreesWithValidate checks that the schema and Validate judge
// specs alike: the spec files, generated specs, and mutations of them.
// Mutations stay clear of what only Validate checks (see Schema).
func TestSchemaAgreesWithValidate(t *testing.T) {
	c := newSchemaCheck(t)
	r := rand.New(rand.NewPCG(7, 8))
	var specs [][]byte
	for _, data := range specFiles(t) {
		specs = append(specs, data)
	}
	for range 50 {
		entropy := make([]byte, 64)
		for i := range entropy {
			entropy[i] = byte(r.IntN(256))
		}
		g := generator{entropy: entropy}
		data, err := Marshal(g.spec())
		if err != nil {
			t.Fatal(err)
		}
		specs = append(specs, data)
	}
	verdicts := map[bool]int{}
	agree := func(data []byte) {
		t.Helper()
		es := Validate(data)
		for _, e := range es {
			if e.Warning {
				return // unknown types falling back: beyond the schema
			}
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		if byValidate, bySchema := es == nil, c.valid(c.defs[""].(map[string]any), v); byValidate != bySchema {
			t.Fatalf("Validate says valid=%v (%v), the schema says valid=%v:\n%s", byValidate, es, bySchema, data)
		}
		verdicts[es == nil]++
	}
	for _, data := range specs {
		agree(data)
		var v map[string]any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		for range 100 {
			m := mutate(r, v)
			data, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			agree(data)
		}
	}
	if verdicts[true] < 1000 || verdicts[false] < 1000 {
		t.Errorf("too few of one verdict to compare: %v", verdicts)
	}
	t.Logf("valid: %d, invalid: %d", verdicts[true], verdicts[false])
}

// mutate returns a copy of the spec v with one change at a random node.
func mutate(r *rand.Rand, v map[string]any) any {
	v = deepCopy(v).(map[string]any)
	var nodes []map[string]any
	var walk func(n map[string]any)
	walk = func(n map[string]any) {
		nodes = append(nodes, n)
		for _, k := range []string{"children", "fallback"} {
			switch x := n[k].(type) {
			case []any:
				for _, kid := range x {
					if kid, ok := kid.(map[string]any); ok {
						walk(kid)
					}
				}
			case map[string]any:
				walk(x)
			}
		}
	}
	root, ok := v["root"].(map[string]any)
	if !ok {
		return v
	}
	walk(root)
	n := nodes[r.IntN(len(nodes))]
	var keys []string
	for k := range n {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	key := keys[r.IntN(len(keys))]
	others := []any{nil, true, 7.0, 2.5, -1000.0, 1000.0, "", "nope", "javascript:alert(1)", []any{}, []any{"a"}, []any{[]any{"a"}}, map[string]any{}, map[string]any{"type": "divider"}, []any{map[string]any{"type": "divider"}}, []any{map[string]any{"label": "a", "value": 1.0}}}
	switch r.IntN(5) {
	case 0:
		delete(n, key)
	case 1:
		n["bogus"] = 1.0
	case 2:
		n[key] = others[r.IntN(len(others))]
	case 3:
		n["type"] = Catalog[r.IntN(len(Catalog))].Name
	case 4:
		f := Fields(n["type"].(string))
		if f == nil {
			return v
		}
		n[f[r.IntN(len(f))].Name] = others[r.IntN(len(others))]
	}
	if typ, _ := n["type"].(string); typ == "list" && n["items"] != nil && n["children"] != nil {
		delete(n, "items") // a list with both: beyond the schema
	}
	return v
}

func deepCopy(v any) any {
	switch v := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[k] = deepCopy(x)
		}
		return m
	case []any:
		s := make([]any, len(v))
		for i, x := range v {
			s[i] = deepCopy(x)
		}
		return s
	}
	return v
}
