package eval

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"

	"github.com/genui/genui/genui"
)

// node is one node of a spec as the scorer sees it: its type, its fields
// as JSON values, the texts a person sees on it, and where it sits.
type node struct {
	typ    string
	ptr    string         // JSON pointer: "/root/children/1"
	fields map[string]any // own fields, tokens and id; absent ones at their default
	texts  []string       // visible texts, as written
	end    int            // index after its last descendant in the flat list
}

// flatten lists the nodes of spec in reading order (depth first, children
// in order), reading the spec's canonical JSON form so that fields are
// named as the contract names them. Fallbacks are not walked: they stand
// in for a node only where a renderer lacks its type, so they are not what
// a person sees. A nil spec has no nodes.
func flatten(spec *genui.Spec) ([]*node, error) {
	if spec == nil || spec.Root == nil {
		return nil, nil
	}
	data, err := genui.Marshal(spec)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var doc struct {
		Root any `json:"root"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var out []*node
	var walk func(v any, ptr string)
	walk = func(v any, ptr string) {
		obj, ok := v.(map[string]any)
		if !ok {
			return
		}
		typ, _ := obj["type"].(string)
		me := &node{typ: typ, ptr: ptr, fields: map[string]any{}}
		for k, v := range obj {
			if k != "type" && k != "children" && k != "fallback" {
				me.fields[k] = v
			}
		}
		for k, def := range defaults[typ] {
			if _, set := me.fields[k]; !set {
				me.fields[k] = def
			}
		}
		me.texts = visibleTexts(me.fields, nil)
		out = append(out, me)
		kids, _ := obj["children"].([]any)
		for i, c := range kids {
			walk(c, ptr+"/children/"+strconv.Itoa(i))
		}
		me.end = len(out)
	}
	walk(doc.Root, "/root")
	return out, nil
}

// visibleKeys are the JSON keys whose strings a person sees: the spec
// contract's text fields, plus table cells, chart labels, a stat's change
// and an input's current value.
var visibleKeys = map[string]bool{
	"text": true, "label": true, "title": true, "placeholder": true,
	"options": true, "items": true, "columns": true, "rows": true,
	"data": true, "delta": true, "value": true,
}

// visibleTexts appends to dst the strings found under visible keys of
// fields, descending into arrays and objects (a chart's data labels).
func visibleTexts(fields map[string]any, dst []string) []string {
	var add func(v any)
	add = func(v any) {
		switch v := v.(type) {
		case string:
			dst = append(dst, v)
		case []any:
			for _, e := range v {
				add(e)
			}
		case map[string]any:
			dst = visibleTexts(v, dst)
		}
	}
	for _, k := range sortedKeys(fields) {
		if visibleKeys[k] {
			add(fields[k])
		}
	}
	return dst
}

// defaults maps each catalog type to the defaults its fields document
// ("default bar", "number of columns (default 2)"), as JSON values. It is
// read off genui.Fields, so it follows the catalog.
var defaults = buildDefaults()

var defaultRE = regexp.MustCompile(`\bdefault ([^\s()]+)`)

func buildDefaults() map[string]map[string]any {
	out := map[string]map[string]any{}
	for _, c := range genui.Catalog {
		for _, f := range genui.Fields(c.Name) {
			m := defaultRE.FindStringSubmatch(f.Doc)
			if m == nil {
				continue
			}
			var v any
			switch f.Kind {
			case genui.StringField:
				v = m[1]
			case genui.IntegerField, genui.NumberField:
				x, err := strconv.ParseFloat(m[1], 64)
				if err != nil {
					continue // a doc that names no number: no default to assume
				}
				v = x
			default:
				continue
			}
			if out[c.Name] == nil {
				out[c.Name] = map[string]any{}
			}
			out[c.Name][f.Name] = v
		}
	}
	return out
}

// field returns the descriptor of key on a node of type typ (on any
// component, when typ is empty). Structure keys (type, children, fallback)
// are not fields an expectation may name.
func field(typ, key string) (genui.Field, bool) {
	if key == "type" || key == "children" || key == "fallback" {
		return genui.Field{}, false
	}
	for _, c := range genui.Catalog {
		if typ != "" && c.Name != typ {
			continue
		}
		for _, f := range genui.Fields(c.Name) {
			if f.Name == key {
				return f, true
			}
		}
	}
	return genui.Field{}, false
}
