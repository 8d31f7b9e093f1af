// Package grammartest holds what the tests of constrained decoding share:
// an independent JSON Schema validator, written from the specification
// over encoding/json's generic values and sharing no code with package
// grammar, so that a document the grammar generated is checked by
// something that did not generate it.
package grammartest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"net/netip"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Validator checks documents against a JSON Schema. It knows the keywords
// package grammar compiles: type, enum, const, allOf, anyOf, oneOf, not, $ref
// (local), properties, required, additionalProperties, items, minItems,
// maxItems, minLength, maxLength (code points), pattern (RE2), format
// (date, time, date-time, uuid, ipv4, email, hostname, uri), minimum,
// maximum, exclusiveMinimum, exclusiveMaximum (exactly, on big.Rat).
type Validator struct {
	root any
}

// New returns a validator of schema.
func New(schema []byte) (*Validator, error) {
	var root any
	d := json.NewDecoder(bytes.NewReader(schema))
	d.UseNumber()
	if err := d.Decode(&root); err != nil {
		return nil, err
	}
	return &Validator{root: root}, nil
}

// Check validates a document: it must be compact JSON (no white space
// outside strings), valid UTF-8, its numbers float64s, and valid against
// the schema. Errors name the JSON Pointer of the failing value.
func (v *Validator) Check(doc []byte) error {
	var c bytes.Buffer
	if err := json.Compact(&c, doc); err != nil {
		return fmt.Errorf("not JSON: %v", err)
	}
	if !bytes.Equal(c.Bytes(), doc) {
		return fmt.Errorf("not compact")
	}
	if !utf8.Valid(doc) {
		return fmt.Errorf("not UTF-8")
	}
	var x any
	d := json.NewDecoder(bytes.NewReader(doc))
	d.UseNumber()
	if err := d.Decode(&x); err != nil {
		return err
	}
	return v.validate(v.root, x, "")
}

func (v *Validator) resolve(ref string) (any, error) {
	if !strings.HasPrefix(ref, "#") {
		return nil, fmt.Errorf("remote $ref %q", ref)
	}
	cur := v.root
	if ref == "#" {
		return cur, nil
	}
	for _, seg := range strings.Split(ref[2:], "/") {
		seg = strings.ReplaceAll(strings.ReplaceAll(seg, "~1", "/"), "~0", "~")
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("bad $ref %q", ref)
		}
		if cur, ok = m[seg]; !ok {
			return nil, fmt.Errorf("bad $ref %q", ref)
		}
	}
	return cur, nil
}

// rat is n exactly; encoding/json checked the syntax.
func rat(n json.Number) *big.Rat {
	r, _ := new(big.Rat).SetString(string(n))
	return r
}

func typeOf(x any) string {
	switch t := x.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	case json.Number:
		if rat(t).IsInt() {
			return "integer"
		}
		return "number"
	}
	return "?"
}

func equalJSON(a, b any) bool {
	na, ok1 := a.(json.Number)
	nb, ok2 := b.(json.Number)
	if ok1 && ok2 {
		return rat(na).Cmp(rat(nb)) == 0
	}
	aa, ok1 := a.([]any)
	ab, ok2 := b.([]any)
	if ok1 && ok2 {
		if len(aa) != len(ab) {
			return false
		}
		for i := range aa {
			if !equalJSON(aa[i], ab[i]) {
				return false
			}
		}
		return true
	}
	ma, ok1 := a.(map[string]any)
	mb, ok2 := b.(map[string]any)
	if ok1 && ok2 {
		if len(ma) != len(mb) {
			return false
		}
		for k := range ma {
			if !equalJSON(ma[k], mb[k]) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

var formatChecks = map[string]func(string) bool{
	"date": func(s string) bool { _, err := time.Parse("2006-01-02", s); return err == nil },
	"time": func(s string) bool {
		_, err := time.Parse("15:04:05Z07:00", s)
		if err != nil {
			_, err = time.Parse("15:04:05.999999999Z07:00", s)
		}
		return err == nil
	},
	"date-time": func(s string) bool { _, err := time.Parse(time.RFC3339Nano, s); return err == nil },
	"uuid":      regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`).MatchString,
	"ipv4": func(s string) bool {
		a, err := netip.ParseAddr(s)
		return err == nil && a.Is4()
	},
	"email": func(s string) bool {
		l, d, _ := strings.Cut(s, "@")
		return strings.Count(s, "@") == 1 && l != "" && d != "" && !strings.ContainsAny(s, " \"<>")
	},
	"hostname": regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$`).MatchString,
	"uri": func(s string) bool {
		i := strings.IndexByte(s, ':')
		return i > 0 && regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*$`).MatchString(s[:i]) && !strings.ContainsAny(s, " <>\"{}|\\^`")
	},
}

func (v *Validator) validate(schema any, x any, at string) error {
	switch s := schema.(type) {
	case bool:
		if !s {
			return fmt.Errorf("%s: schema false", at)
		}
		return nil
	case map[string]any:
		return v.object(s, x, at)
	}
	return fmt.Errorf("%s: bad schema", at)
}

func (v *Validator) object(s map[string]any, x any, at string) error {
	if ref, ok := s["$ref"].(string); ok {
		t, err := v.resolve(ref)
		if err != nil {
			return err
		}
		if err := v.validate(t, x, at); err != nil {
			return err
		}
	}
	if ts, ok := s["type"]; ok {
		var names []string
		switch t := ts.(type) {
		case string:
			names = []string{t}
		case []any:
			for _, e := range t {
				names = append(names, e.(string))
			}
		}
		got, ok := typeOf(x), false
		for _, n := range names {
			ok = ok || n == got || n == "number" && got == "integer"
		}
		if !ok {
			return fmt.Errorf("%s: type %s, want %v", at, got, names)
		}
	}
	if e, ok := s["enum"].([]any); ok {
		found := false
		for _, c := range e {
			found = found || equalJSON(c, x)
		}
		if !found {
			return fmt.Errorf("%s: not in enum", at)
		}
	}
	if c, ok := s["const"]; ok && !equalJSON(c, x) {
		return fmt.Errorf("%s: not the const", at)
	}
	if not, ok := s["not"]; ok && v.validate(not, x, at) == nil {
		return fmt.Errorf("%s: matches the schema of not", at)
	}
	for _, k := range []string{"allOf", "anyOf", "oneOf"} {
		list, ok := s[k].([]any)
		if !ok {
			continue
		}
		n := 0
		for _, sub := range list {
			if v.validate(sub, x, at) == nil {
				n++
			}
		}
		switch {
		case k == "allOf" && n != len(list), k == "anyOf" && n == 0, k == "oneOf" && n != 1:
			return fmt.Errorf("%s: %s matched %d of %d", at, k, n, len(list))
		}
	}
	switch t := x.(type) {
	case string:
		n := utf8.RuneCountInString(t)
		if m, ok := s["maxLength"].(json.Number); ok && int64(n) > mustInt(m) {
			return fmt.Errorf("%s: %d code points > maxLength", at, n)
		}
		if m, ok := s["minLength"].(json.Number); ok && int64(n) < mustInt(m) {
			return fmt.Errorf("%s: %d code points < minLength", at, n)
		}
		if p, ok := s["pattern"].(string); ok && !matches(p, t) {
			return fmt.Errorf("%s: %q does not match %q", at, t, p)
		}
		if f, ok := s["format"].(string); ok && formatChecks[f] != nil && !formatChecks[f](t) {
			return fmt.Errorf("%s: %q is not a %s", at, t, f)
		}
	case json.Number:
		r := rat(t)
		if m, ok := s["minimum"].(json.Number); ok && r.Cmp(rat(m)) < 0 {
			return fmt.Errorf("%s: %s < minimum", at, t)
		}
		if m, ok := s["maximum"].(json.Number); ok && r.Cmp(rat(m)) > 0 {
			return fmt.Errorf("%s: %s > maximum", at, t)
		}
		if m, ok := s["exclusiveMinimum"].(json.Number); ok && r.Cmp(rat(m)) <= 0 {
			return fmt.Errorf("%s: %s <= exclusiveMinimum", at, t)
		}
		if m, ok := s["exclusiveMaximum"].(json.Number); ok && r.Cmp(rat(m)) >= 0 {
			return fmt.Errorf("%s: %s >= exclusiveMaximum", at, t)
		}
		if _, err := strconv.ParseFloat(string(t), 64); err != nil {
			return fmt.Errorf("%s: %s is not a float64", at, t)
		}
	case []any:
		if m, ok := s["maxItems"].(json.Number); ok && int64(len(t)) > mustInt(m) {
			return fmt.Errorf("%s: too many items", at)
		}
		if m, ok := s["minItems"].(json.Number); ok && int64(len(t)) < mustInt(m) {
			return fmt.Errorf("%s: too few items", at)
		}
		if it, ok := s["items"]; ok {
			for i, e := range t {
				if err := v.validate(it, e, at+"/"+strconv.Itoa(i)); err != nil {
					return err
				}
			}
		}
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, ok := t[r.(string)]; !ok {
					return fmt.Errorf("%s: missing %q", at, r)
				}
			}
		}
		for k, e := range t {
			if p, ok := props[k]; ok {
				if err := v.validate(p, e, at+"/"+k); err != nil {
					return err
				}
				continue
			}
			if ap, ok := s["additionalProperties"]; ok {
				if err := v.validate(ap, e, at+"/"+k); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// mustInt reads a count keyword; a schema with a fractional count is the
// test's mistake, read as 0.
func mustInt(n json.Number) int64 {
	i, _ := n.Int64()
	return i
}

// matches reports whether s matches pattern p; a pattern RE2 cannot read
// matches nothing.
func matches(p, s string) bool {
	re, err := regexp.Compile(p)
	return err == nil && re.MatchString(s)
}
