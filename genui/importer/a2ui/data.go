package a2ui

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"
)

// The data model is kept as plain JSON values: map[string]any, []any,
// string, float64, bool and nil.

// decode turns a gjson value into a plain JSON value.
func decode(v gjson.Result) any {
	switch {
	case v.IsObject():
		m := map[string]any{}
		v.ForEach(func(k, e gjson.Result) bool {
			m[k.Str] = decode(e)
			return true
		})
		return m
	case v.IsArray():
		var a []any
		v.ForEach(func(_, e gjson.Result) bool {
			a = append(a, decode(e))
			return true
		})
		return a
	}
	switch v.Type {
	case gjson.String:
		return v.Str
	case gjson.Number:
		return v.Num
	case gjson.True:
		return true
	case gjson.False:
		return false
	}
	return nil
}

// tokens splits a JSON Pointer into its unescaped reference tokens.
func tokens(ptr string) []string {
	ptr = strings.Trim(ptr, "/")
	if ptr == "" {
		return nil
	}
	parts := strings.Split(ptr, "/")
	for i, p := range parts {
		parts[i] = strings.ReplaceAll(strings.ReplaceAll(p, "~1", "/"), "~0", "~")
	}
	return parts
}

// setPath returns root with the value at ptr replaced by v (created along
// the way), or removed when v does not exist, as updateDataModel does.
func setPath(root any, ptr string, v gjson.Result) any {
	toks := tokens(ptr)
	var val any
	if v.Exists() {
		val = decode(v)
	}
	if len(toks) == 0 {
		return val
	}
	return set(root, toks, val, v.Exists())
}

func set(cur any, toks []string, val any, present bool) any {
	tok := toks[0]
	switch c := cur.(type) {
	case []any:
		i, err := strconv.Atoi(tok)
		if err == nil && i >= 0 && i < len(c) {
			if len(toks) == 1 {
				if present {
					c[i] = val
				} else {
					c[i] = nil // keeps the length, as the protocol says
				}
			} else {
				c[i] = set(c[i], toks[1:], val, present)
			}
			return c
		}
		if err == nil && i == len(c) && present && i < 1<<16 {
			if len(toks) == 1 {
				return append(c, val)
			}
			return append(c, set(nil, toks[1:], val, present))
		}
		return c
	case map[string]any:
		if len(toks) == 1 {
			if present {
				c[tok] = val
			} else {
				delete(c, tok)
			}
			return c
		}
		c[tok] = set(c[tok], toks[1:], val, present)
		return c
	}
	if !present {
		return cur
	}
	m := map[string]any{}
	if len(toks) == 1 {
		m[tok] = val
	} else {
		m[tok] = set(nil, toks[1:], val, present)
	}
	return m
}

// lookup returns the value at an absolute pointer.
func lookup(root any, ptr string) (any, bool) {
	cur := root
	for _, tok := range tokens(ptr) {
		switch c := cur.(type) {
		case map[string]any:
			v, ok := c[tok]
			if !ok {
				return nil, false
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			cur = c[i]
		default:
			return nil, false
		}
	}
	return cur, true
}

// resolve turns a path into an absolute pointer: a path starting with '/'
// is absolute, any other is relative to scope (the item of a template).
func resolve(scope, path string) string {
	if strings.HasPrefix(path, "/") {
		return path
	}
	return strings.TrimSuffix(scope, "/") + "/" + path
}

// str converts a JSON value to text as the protocol says: numbers and
// booleans in their usual form, null as "", objects and arrays as JSON.
func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	}
	return toJSON(v)
}

func toJSON(v any) string {
	var b strings.Builder
	writeJSON(&b, v, 0)
	return b.String()
}

func writeJSON(b *strings.Builder, v any, depth int) {
	if depth > 64 {
		b.WriteString("null")
		return
	}
	switch x := v.(type) {
	case map[string]any:
		b.WriteByte('{')
		first := true
		for _, k := range slices.Sorted(maps.Keys(x)) {
			if !first {
				b.WriteByte(',')
			}
			first = false
			b.WriteString(strconv.Quote(k))
			b.WriteByte(':')
			writeJSON(b, x[k], depth+1)
		}
		b.WriteByte('}')
	case []any:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, e, depth+1)
		}
		b.WriteByte(']')
	case string:
		b.WriteString(strconv.Quote(x))
	case nil:
		b.WriteString("null")
	default:
		b.WriteString(str(x))
	}
}

// num converts a JSON value to a number; ok is false when it is none.
func num(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, !math.IsNaN(x) && !math.IsInf(x, 0)
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		return f, err == nil && !math.IsNaN(f) && !math.IsInf(f, 0)
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// truthy converts a JSON value to a boolean.
func truthy(v any) bool {
	switch x := v.(type) {
	case bool:
		return x
	case string:
		return x != "" && x != "false"
	case float64:
		return x != 0
	case nil:
		return false
	}
	return true
}
