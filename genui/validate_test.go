package genui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// spec wraps a root node's JSON in a version 1 spec.
func spec(root string) string { return `{"version":1,"root":` + root + `}` }

// nest returns a column nested depth deep around inner.
func nest(depth int, inner string) string {
	return strings.Repeat(`{"type":"column","children":[`, depth) + inner + strings.Repeat(`]}`, depth)
}

// many returns a column holding n copies of kid.
func many(n int, kid string) string {
	return `{"type":"column","children":[` + strings.TrimSuffix(strings.Repeat(kid+",", n), ",") + `]}`
}

func TestValidate(t *testing.T) {
	long := strings.Repeat("x", MaxString+1)
	for _, tc := range []struct {
		name string
		in   string
		want []string // every Error(), in order
	}{
		{"valid", spec(`{"type":"text","text":"hi"}`), nil},

		// Broken JSON: one error, with its position.
		{"end of input", `{"version":1,"root":{"type":"text"`, []string{"line 1, column 35: unexpected end of input (at /root/type)"}},
		{"missing colon", "{\"version\":1,\n\"root\" {}}", []string{`line 2, column 8: expected ':' after object key, found '{' (at /root)`}},
		{"trailing comma", spec(`{"type":"text","text":"a",}`), []string{`line 1, column 47: expected a string key, found '}' (at /root)`}},
		{"after the value", spec(`{"type":"divider"}`) + `x`, []string{`line 1, column 40: unexpected 'x' after the end of the top-level value`}},
		{"bad escape", spec(`{"type":"text","text":"a\x"}`), []string{`line 1, column 45: invalid escape "\\x" in string (at /root/text)`}},
		{"control character", spec("{\"type\":\"text\",\"text\":\"a\nb\"}"), []string{`line 1, column 45: control character U+000A in string (escape it) (at /root/text)`}},
		{"invalid UTF-8", spec("{\"type\":\"text\",\"text\":\"a\xffb\"}"), []string{`line 1, column 45: invalid UTF-8 in string (at /root/text)`}},
		{"bad number", spec(`{"type":"heading","text":"a","level":01}`), []string{`line 1, column 59: expected ',' or '}' after object member, found '1' (at /root/level)`}},
		{"bad literal", spec(`{"type":"switch","label":"a","checked":tru}`), []string{`line 1, column 60: invalid literal: expected true, found '}' (at /root/checked)`}},
		{"not an object", `[1]`, []string{`a spec must be a JSON object, not an array`}},

		// The spec's own fields.
		{"no version", `{"root":{"type":"divider"}}`, []string{`/version: the spec is missing required field "version" (1 for this version)`}},
		{"version string", `{"version":"1","root":{"type":"divider"}}`, []string{`/version: expected an integer, got a string`}},
		{"version fraction", `{"version":1.5,"root":{"type":"divider"}}`, []string{`/version: expected an integer, got 1.5`}},
		{"version zero", `{"version":0,"root":{"type":"divider"}}`, []string{`/version: 0 is less than the minimum 1`}},
		{"no root", `{"version":1,"title":"t"}`, []string{`/root: the spec is missing required field "root"`}},
		{"unknown spec field", `{"version":1,"titel":"t","root":{"type":"divider"}}`, []string{`/titel: unknown field "titel" of a spec; did you mean "title"?`}},
		{"duplicate spec field", `{"version":1,"version":1,"root":{"type":"divider"}}`, []string{`/version: duplicate field "version"`}},
		{"root not a node", `{"version":1,"root":"text"}`, []string{`/root: expected a node (a JSON object), got a string`}},

		// Types.
		{"unknown type", spec(many(1, `{"type":"buton","text":"a"}`)), []string{`/root/children/0/type: unknown component "buton"; did you mean "button"?`}},
		{"unknown type, no likely name", spec(`{"type":"carousel"}`), []string{`/root/type: unknown component "carousel"`}},
		{"unknown type, fallback, version 1", spec(`{"type":"carousel","fallback":{"type":"divider"}}`), []string{`/root/type: unknown component "carousel" (a fallback stands in for unknown types only in specs newer than version 1)`}},
		{"unknown type, fallback, version 2", `{"version":2,"root":{"type":"carousel","speed":1,"fallback":{"type":"divider"}}}`, []string{`/root/type: warning: unknown component "carousel" in a version 2 spec: renderers of version 1 show its fallback`}},
		{"unknown type, bad fallback", `{"version":2,"root":{"type":"carousel","fallback":{"type":"text"}}}`, []string{`/root/type: warning: unknown component "carousel" in a version 2 spec: renderers of version 1 show its fallback`, `/root/fallback/text: text is missing required field "text"`}},
		{"no type", spec(`{"text":"a"}`), []string{`/root/type: the node is missing required field "type"`}},
		{"type not a string", spec(`{"type":3}`), []string{`/root/type: expected a string naming a component, got the number 3`}},
		{"case slip", spec(`{"type":"Divider"}`), []string{`/root/type: unknown component "Divider"; did you mean "divider"?`}},

		// Fields.
		{"unknown field", spec(`{"type":"button","txt":"Go"}`), []string{`/root/text: button is missing required field "text"`, `/root/txt: unknown field "txt" of button; did you mean "text"?`}},
		{"unknown field, no likely name", spec(`{"type":"divider","colour":"red"}`), []string{`/root/colour: unknown field "colour" of divider`}},
		{"duplicate field", spec(`{"type":"text","text":"a","text":"b"}`), []string{`/root/text: duplicate field "text"`}},
		{"duplicate type", spec(`{"type":"text","type":"text","text":"b"}`), []string{`/root/type: duplicate field "type"`}},
		{"missing required", spec(`{"type":"select","label":"Pick"}`), []string{`/root/options: select is missing required field "options"`}},
		{"null", spec(`{"type":"text","text":null}`), []string{`/root/text: expected a string, got null`}},
		{"string for bool", spec(`{"type":"switch","label":"a","checked":"yes"}`), []string{`/root/checked: expected a boolean, got a string`}},
		{"number for string", spec(`{"type":"text","text":5}`), []string{`/root/text: expected a string, got the number 5`}},
		{"string for array", spec(`{"type":"list","items":"a"}`), []string{`/root/items: expected an array of strings, got a string`}},
		{"number in array", spec(`{"type":"list","items":["a",2]}`), []string{`/root/items/1: expected a string, got the number 2`}},
		{"row not an array", spec(`{"type":"table","rows":["a"]}`), []string{`/root/rows/0: expected an array of strings, got a string`}},
		{"datum not an object", spec(`{"type":"chart","data":[3]}`), []string{`/root/data/0: expected an object, got the number 3`}},
		{"datum fields", spec(`{"type":"chart","data":[{"lable":"a","value":"1"}]}`), []string{`/root/data/0/label: a datum is missing required field "label"`, `/root/data/0/lable: unknown field "lable" of a datum; did you mean "label"?`, `/root/data/0/value: expected a number, got a string`}},

		// Values.
		{"enum typo", spec(`{"type":"divider","variant":"primay"}`), []string{`/root/variant: "primay" is not a valid variant; did you mean "primary"?`}},
		{"enum, no likely value", spec(`{"type":"input","inputType":"colour"}`), []string{`/root/inputType: "colour" is not a valid input type (want "text", "email", "password", "number", "search", "tel", "url", "date" or "time")`}},
		{"long enum", spec(`{"type":"icon","name":"rocket"}`), []string{`/root/name: "rocket" is not a valid icon name (the schema lists all 64)`}},
		{"below minimum", spec(`{"type":"heading","text":"a","level":0}`), []string{`/root/level: 0 is less than the minimum 1`}},
		{"above maximum", spec(`{"type":"progress","value":100.5}`), []string{`/root/value: 100.5 is more than the maximum 100`}},
		{"not an integer", spec(`{"type":"grid","columns":2.5}`), []string{`/root/columns: expected an integer, got 2.5`}},
		{"out of range", spec(`{"type":"slider","max":1e400}`), []string{`/root/max: number 1e400 is out of range`}},
		{"long string", spec(`{"type":"text","text":"` + long + `"}`), []string{`/root/text: string of 4097 bytes is longer than the maximum 4096`}},
		{"long badge", spec(`{"type":"badge","text":"` + long[:201] + `"}`), []string{`/root/text: string of 201 bytes is longer than the maximum 200`}},
		{"long item", spec(`{"type":"list","items":["a","` + long + `"]}`), []string{`/root/items/1: string of 4097 bytes is longer than the maximum 4096`}},
		{"too few options", spec(`{"type":"radio","options":[]}`), []string{`/root/options: needs at least 1 element`}},
		{"too many items", spec(`{"type":"list","items":[` + strings.TrimSuffix(strings.Repeat(`"a",`, MaxItems+1), ",") + `]}`), []string{`/root/items: 1001 elements are more than the maximum 1000`}},

		// Structure.
		{"children on a leaf", spec(`{"type":"button","text":"a","children":[]}`), []string{`/root/children: button cannot have children`}},
		{"tabs hold tabs", spec(`{"type":"tabs","children":[{"type":"tab","title":"a"},{"type":"text","text":"b"}]}`), []string{`/root/children/1/type: tabs can only hold tab nodes, not "text"`}},
		{"items and children", spec(`{"type":"list","items":["a"],"children":[{"type":"divider"}]}`), []string{`/root/children: list holds items or children, not both`}},
		{"children not an array", spec(`{"type":"row","children":{}}`), []string{`/root/children: expected an array of nodes, got an object`}},
		{"child not a node", spec(`{"type":"row","children":[[]]}`), []string{`/root/children/0: expected a node (a JSON object), got an array`}},
		{"too many children", spec(many(MaxItems+1, `{"type":"divider"}`)), []string{`/root/children: 1001 elements are more than the maximum 1000`}},
		{"deepest", spec(nest(MaxDepth-1, `{"type":"divider"}`)), nil},
		{"too deep", spec(nest(MaxDepth, `{"type":"divider"}`)), []string{`/root` + strings.Repeat(`/children/0`, MaxDepth) + `: nested too deeply: nodes may be at most 64 deep`}},
		{"far too deep", spec(nest(MaxDepth+1, `{"type":"divider"}`)), []string{`line 1, column 1905: nested too deeply (a spec's nodes may be at most 64 deep) (at /root` + strings.Repeat(`/children/0`, MaxDepth) + `/children)`}},
		{"too deep by fallbacks", spec(strings.Repeat(`{"type":"divider","fallback":`, MaxDepth) + `{"type":"divider"}` + strings.Repeat(`}`, MaxDepth)), []string{`/root` + strings.Repeat(`/fallback`, MaxDepth) + `: nested too deeply: nodes may be at most 64 deep`}},
		{"too many nodes", spec(many(5, many(MaxNodes/5, `{"type":"divider"}`))), []string{`/root/children/4/children/994: the spec has more than 5000 nodes`}},

		// URLs.
		{"javascript", spec(`{"type":"link","text":"a","href":"javascript:alert(1)"}`), []string{`/root/href: unsafe URL: scheme "javascript:" is not allowed (want https:, http: or a relative URL)`}},
		{"javascript disguised", spec(`{"type":"link","text":"a","href":" \tJaVa\nScRiPt:alert(1)"}`), []string{`/root/href: unsafe URL: scheme "JaVaScRiPt:" is not allowed (want https:, http: or a relative URL)`}},
		{"character reference", spec(`{"type":"link","text":"a","href":"javascript&#58;alert(1)"}`), []string{`/root/href: unsafe URL: scheme "javascript:" is not allowed (want https:, http: or a relative URL)`}},
		{"named reference", spec(`{"type":"link","text":"a","href":"&#x6A;avascript&colon;alert(1)"}`), []string{`/root/href: unsafe URL: scheme "javascript:" is not allowed (want https:, http: or a relative URL)`}},
		{"control character in URL", spec(`{"type":"image","src":"java\u0000script:x"}`), []string{`/root/src: unsafe URL: it contains a control character`}},
		{"data html", spec(`{"type":"image","src":"data:text/html,<script>alert(1)</script>"}`), []string{`/root/src: unsafe URL: only data:image/* data: URLs are allowed (want https:, http:, a relative URL or data:image/*)`}},
		{"data image link", spec(`{"type":"link","text":"a","href":"data:image/png;base64,AA=="}`), []string{`/root/href: unsafe URL: scheme "data:" is not allowed (want https:, http: or a relative URL)`}},
		{"vbscript", spec(`{"type":"avatar","src":"VBScript:msgbox"}`), []string{`/root/src: unsafe URL: scheme "VBScript:" is not allowed (want https:, http:, a relative URL or data:image/*)`}},
		{"file", spec(`{"type":"image","src":"file:///etc/passwd"}`), []string{`/root/src: unsafe URL: scheme "file:" is not allowed (want https:, http:, a relative URL or data:image/*)`}},
		{"safe URLs", spec(many(1, `{"type":"row","children":[{"type":"image","src":"data:image/png;base64,AA=="},{"type":"image","src":"HTTPS://x.org/a.png"},{"type":"link","text":"a","href":"../a:b?c#d"},{"type":"link","text":"a","href":"//x.org"}]}`)), nil},

		// Every problem, not the first.
		{"several", spec(`{"type":"column","children":[{"type":"buton"},{"type":"heading","text":"a","level":9},{"type":"image","src":"javascript:x"}]}`), []string{
			`/root/children/0/type: unknown component "buton"; did you mean "button"?`,
			`/root/children/1/level: 9 is more than the maximum 4`,
			`/root/children/2/src: unsafe URL: scheme "javascript:" is not allowed (want https:, http:, a relative URL or data:image/*)`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			es := Validate([]byte(tc.in))
			var got []string
			for _, e := range es {
				got = append(got, e.Error())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
			warningsOnly := true
			for _, e := range es {
				warningsOnly = warningsOnly && e.Warning
			}
			if err := es.Err(); (err == nil) != warningsOnly || err != nil && !errors.Is(err, ErrInvalid) {
				t.Errorf("Err() = %v", err)
			}
		})
	}
}

func TestValidateTooLarge(t *testing.T) {
	data := spec(`{"type":"text","text":"` + strings.Repeat(" ", MaxSpecBytes) + `"}`)
	es := Validate([]byte(data))
	if want := fmt.Sprintf("the spec is %d bytes, more than the limit of %d", len(data), MaxSpecBytes); len(es) != 1 || es[0].Error() != want {
		t.Errorf("got %v, want %s", es, want)
	}
	if _, err := Parse([]byte(data)); err == nil {
		t.Error("Parse accepted a spec over MaxSpecBytes")
	}
}

// TestValidateDeepInputIsFast checks that nesting far past MaxDepth is
// refused by the linear scan, before anything recurses: a 3 MB spec
// nested 100,000 deep.
func TestValidateDeepInputIsFast(t *testing.T) {
	const depth = 100_000
	data := []byte(spec(nest(depth, `{"type":"divider"}`)))
	if len(data) < 3_000_000 {
		t.Fatalf("only %d bytes", len(data))
	}
	start := time.Now()
	es := Validate(data)
	_, perr := Parse(data)
	_, pperr := ParsePartial(data[:len(data)/2])
	if d := time.Since(start); d > time.Second {
		t.Errorf("took %v", d)
	}
	if len(es) != 1 || !strings.Contains(es[0].Msg, "nested too deeply") || perr == nil || pperr == nil {
		t.Errorf("Validate: %v\nParse: %v\nParsePartial: %v", es, perr, pperr)
	}
}

func TestSpecValidate(t *testing.T) {
	sp := &Spec{Version: 1, Root: &Node{Type: "column", Children: []*Node{
		{Type: "icon"},
		{Type: "link", Props: &Link{Text: "x", Href: "javascript:x"}},
		{Type: "row", Props: &Row{Justify: "middle"}},
	}}}
	want := []string{
		`/root/children/0/name: "" is not a valid icon name (the schema lists all 64)`,
		`/root/children/1/href: unsafe URL: scheme "javascript:" is not allowed (want https:, http: or a relative URL)`,
		`/root/children/2/justify: "middle" is not a valid justify (want "start", "center", "end" or "between")`,
	}
	es := sp.Validate()
	if es.Error() != strings.Join(want, "\n") {
		t.Errorf("got\n%v\nwant\n%s", es, strings.Join(want, "\n"))
	}
	for _, e := range es {
		if e.Offset != -1 || e.Line != 0 {
			t.Errorf("%v: a spec built in Go has no position, got offset %d line %d", e, e.Offset, e.Line)
		}
	}
	sp.Root.Children = sp.Root.Children[:0]
	if es := sp.Validate(); es != nil {
		t.Errorf("valid spec: %v", es)
	}
}
