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
	if not, ok := s["not"].(map[string]any); ok && c.valid(not, v) {
		return false
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
		req, _ := s["required"].([]any)
		for _, r := range req {
			if _, ok := v[r.(string)]; !ok {
				return false
			}
		}
		props, _ := s["properties"].(map[string]any)
		if props == nil {
			break // a $ref, a oneOf or a "not" of required members: checked above
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

// TestSchemaURLPatterns checks that the schema's URL patterns accept only
// URLs that Validate accepts, however a URL is disguised: hand-picked
// tricks, then every string of up to six pieces drawn from a set of risky
// ones. It also checks that they still accept ordinary URLs.
func TestSchemaURLPatterns(t *testing.T) {
	link, image := regexp.MustCompile(linkPattern), regexp.MustCompile(imagePattern)
	for _, u := range []string{"https://example.com/a?b=1&c=2#d", "HTTP://x", "/img/a.png", "a/b c.html", "?q=1", "#top", "", "mailto-page"} {
		if !link.MatchString(u) || !image.MatchString(u) {
			t.Errorf("%q: refused", u)
		}
	}
	if !image.MatchString("data:image/png;base64,AAAA") || link.MatchString("data:image/png;base64,AAAA") {
		t.Error("data:image/png: wrong verdicts")
	}
	for _, u := range []string{"javascript&colon;alert(1)", "/a&#1;", "https://a/&#127;", "data:image/&#32;", "data:image/&Tab;", "data:image/ ", "java\tscript:x", " javascript:x", "https://a/\x7f", "data:text/html,x"} {
		if link.MatchString(u) || image.MatchString(u) {
			t.Errorf("%q: accepted", u)
		}
	}
	pieces := []string{"javascript", "data", "image/", "png", "https", "http", ":", "/", "?", "#", "&", ";", "colon", "#58", "#x3a", "Tab;", "#32", "#1", " ", "\t", "\n", "\x01", "\x7f", "x", "%3a", "\u00a0"}
	r := rand.New(rand.NewPCG(3, 4))
	accepted := 0
	for range 200000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		u := b.String()
		for _, c := range []struct {
			re    *regexp.Regexp
			image bool
		}{{link, false}, {image, true}} {
			if c.re.MatchString(u) {
				accepted++
				if !SafeURL(u, c.image) {
					t.Fatalf("%q (image %v): the pattern accepts it, Validate does not", u, c.image)
				}
			}
		}
	}
	if accepted < 50000 {
		t.Errorf("only %d random URLs accepted: the check says little", accepted)
	}
}

// TestSchemaListNotBoth checks that the schema, like Validate, refuses a
// list that holds both items and children.
func TestSchemaListNotBoth(t *testing.T) {
	c := newSchemaCheck(t)
	for _, tc := range []struct {
		list string
		ok   bool
	}{
		{`{"type":"list","items":["a"]}`, true},
		{`{"type":"list","children":[{"type":"divider"}]}`, true},
		{`{"type":"list","items":["a"],"children":[{"type":"divider"}]}`, false},
	} {
		data := []byte(`{"version":1,"root":` + tc.list + `}`)
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		if bySchema, byValidate := c.valid(c.defs[""].(map[string]any), v), Validate(data).Err() == nil; bySchema != tc.ok || byValidate != tc.ok {
			t.Errorf("%s: schema %v, Validate %v, want %v", tc.list, bySchema, byValidate, tc.ok)
		}
	}
}
