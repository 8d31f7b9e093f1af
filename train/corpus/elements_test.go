package corpus

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// numbersOf returns every number of a JSON document.
func numbersOf(t *testing.T, doc []byte) []float64 {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(doc))
	d.UseNumber()
	var out []float64
	for {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		if n, ok := tok.(json.Number); ok {
			f, _ := n.Float64()
			out = append(out, f)
		}
	}
}

// holds reports whether a spec holds value v, a text the description
// gives: in one of its strings up to case, or as one of its numbers (a
// zero may be left out, as the spec's fields omit zero values).
func holds(v string, texts string, numbers []float64) bool {
	if strings.Contains(texts, strings.ToLower(v)) {
		return true
	}
	f, err := strconv.ParseFloat(strings.NewReplacer("%", "", ",", "").Replace(v), 64)
	if err != nil {
		return false
	}
	if f == 0 {
		return true
	}
	for _, n := range numbers {
		if n == f {
			return true
		}
	}
	return false
}

// Every value a description gives unquoted (names, prices, dates,
// figures, loose labels) is in the spec.
func TestValues(t *testing.T) {
	checked, with := 0, 0
	for _, sm := range samples(t, New(3), 5000) {
		if sm.Task != Describe {
			continue
		}
		if len(sm.Values) > 0 {
			with++
		}
		texts := strings.ToLower(strings.Join(stringsOf(t, sm.Spec), "\x00"))
		numbers := numbersOf(t, sm.Spec)
		for _, v := range sm.Values {
			if !holds(v, texts, numbers) {
				t.Errorf("%s %s: %q is not in the spec\n%s\n%s", sm.Kind, sm.Style, v, sm.Text, sm.Spec)
			}
			checked++
		}
	}
	if checked < 5000 || with < 1000 {
		t.Errorf("only %d values in %d descriptions checked", checked, with)
	}
}

// An element list's spec holds what the description lists in the order
// it lists it.
func TestElementOrder(t *testing.T) {
	lists := 0
	for _, sm := range samples(t, New(5), 4000) {
		if sm.Task != Describe || sm.Kind != "element_list" {
			continue
		}
		lists++
		spec := strings.ToLower(string(sm.Spec))
		at := 0
		for _, v := range orderedTexts(sm) {
			raw, _ := json.Marshal(strings.ToLower(v))
			k := strings.Index(spec[at:], strings.Trim(string(raw), `"`))
			if k < 0 {
				t.Errorf("%q is out of order in the spec\n%s\n%s", v, sm.Text, sm.Spec)
				break
			}
			at += k
		}
	}
	if lists < 500 {
		t.Errorf("only %d element lists", lists)
	}
}

// orderedTexts returns the quoted texts and values of a description in
// the order it gives them, leaving out those too short or without a
// letter to be found reliably in the spec.
func orderedTexts(sm Sample) []string {
	var out []string
	for _, t := range sm.given {
		if len([]rune(t)) >= 3 && strings.IndexFunc(t, unicode.IsLetter) >= 0 {
			out = append(out, t)
		}
	}
	return out
}

// controls are the types that go in an element list's form.
var controls = map[string]bool{"input": true, "textarea": true, "select": true, "radio": true, "checkbox": true, "switch": true, "slider": true}

// An element list's spec is grouped the same way every time: a heading
// first, the form controls (but a search bar) in its one form, and in a
// row of buttons the last one the primary unless a colour was asked for.
func TestElementGrouping(t *testing.T) {
	lists := 0
	for _, sm := range samples(t, New(6), 3000) {
		if sm.Task != Describe || sm.Kind != "element_list" {
			continue
		}
		lists++
		var root struct {
			Root map[string]any
		}
		if err := json.Unmarshal(sm.Spec, &root); err != nil {
			t.Fatal(err)
		}
		kids, _ := root.Root["children"].([]any)
		if len(kids) == 0 || kids[0].(map[string]any)["type"] != "heading" {
			t.Errorf("the spec does not start with a heading\n%s", sm.Spec)
		}
		forms := 0
		var visit func(n map[string]any, inForm bool)
		visit = func(n map[string]any, inForm bool) {
			typ := n["type"].(string)
			if typ == "form" {
				forms++
				inForm = true
			}
			if controls[typ] && n["inputType"] != "search" && !inForm {
				t.Errorf("a %s outside the form\n%s\n%s", typ, sm.Text, sm.Spec)
			}
			kids, _ := n["children"].([]any)
			if typ == "row" && len(kids) > 1 {
				last := kids[len(kids)-1].(map[string]any)
				if last["type"] == "button" && last["variant"] == "secondary" && last["tone"] == nil {
					t.Errorf("a row of buttons ends in a secondary one\n%s\n%s", sm.Text, sm.Spec)
				}
			}
			for _, k := range kids {
				visit(k.(map[string]any), inForm)
			}
		}
		visit(root.Root, false)
		if forms > 1 {
			t.Errorf("%d forms\n%s", forms, sm.Spec)
		}
	}
	if lists < 500 {
		t.Errorf("only %d element lists", lists)
	}
}
