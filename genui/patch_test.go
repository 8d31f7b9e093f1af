package genui

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// jsonEqual reports whether a and b hold the same JSON value.
func jsonEqual(t *testing.T, a, b string) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal([]byte(a), &x); err != nil {
		t.Fatalf("%s: %v", a, err)
	}
	if err := json.Unmarshal([]byte(b), &y); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	return reflect.DeepEqual(x, y)
}

// The examples of RFC 6902, appendix A.
func TestApplyPatchRFC6902(t *testing.T) {
	for _, c := range []struct {
		name, doc, patch, want string // want "" means the patch must fail
	}{
		{"A.1 add member", `{"foo":"bar"}`, `[{"op":"add","path":"/baz","value":"qux"}]`, `{"baz":"qux","foo":"bar"}`},
		{"A.2 add element", `{"foo":["bar","baz"]}`, `[{"op":"add","path":"/foo/1","value":"qux"}]`, `{"foo":["bar","qux","baz"]}`},
		{"A.3 remove member", `{"baz":"qux","foo":"bar"}`, `[{"op":"remove","path":"/baz"}]`, `{"foo":"bar"}`},
		{"A.4 remove element", `{"foo":["bar","qux","baz"]}`, `[{"op":"remove","path":"/foo/1"}]`, `{"foo":["bar","baz"]}`},
		{"A.5 replace", `{"baz":"qux","foo":"bar"}`, `[{"op":"replace","path":"/baz","value":"boo"}]`, `{"baz":"boo","foo":"bar"}`},
		{"A.6 move member", `{"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}}`,
			`[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]`,
			`{"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}}`},
		{"A.7 move element", `{"foo":["all","grass","cows","eat"]}`, `[{"op":"move","from":"/foo/1","path":"/foo/3"}]`, `{"foo":["all","cows","eat","grass"]}`},
		{"A.8 test", `{"baz":"qux","foo":["a",2,"c"]}`,
			`[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2}]`,
			`{"baz":"qux","foo":["a",2,"c"]}`},
		{"A.9 test fails", `{"baz":"qux"}`, `[{"op":"test","path":"/baz","value":"bar"}]`, ""},
		{"A.10 add nested", `{"foo":"bar"}`, `[{"op":"add","path":"/child","value":{"grandchild":{}}}]`, `{"foo":"bar","child":{"grandchild":{}}}`},
		{"A.11 unknown members", `{"foo":"bar"}`, `[{"op":"add","path":"/baz","value":"qux","xyz":123}]`, `{"foo":"bar","baz":"qux"}`},
		{"A.12 missing parent", `{"foo":"bar"}`, `[{"op":"add","path":"/baz/bat","value":"qux"}]`, ""},
		{"A.13 duplicate op", `{"foo":"bar"}`, `[{"op":"add","path":"/baz","value":"qux","op":"remove"}]`, ""},
		{"A.14 escapes", `{"/":9,"~1":10}`, `[{"op":"test","path":"/~01","value":10}]`, `{"/":9,"~1":10}`},
		{"A.15 string is not number", `{"/":9,"~1":10}`, `[{"op":"test","path":"/~01","value":"10"}]`, ""},
		{"A.16 add array", `{"foo":["bar"]}`, `[{"op":"add","path":"/foo/-","value":["abc","def"]}]`, `{"foo":["bar",["abc","def"]]}`},
		{"copy", `{"a":{"b":1},"c":[]}`, `[{"op":"copy","from":"/a","path":"/c/0"}]`, `{"a":{"b":1},"c":[{"b":1}]}`},
		{"replace root", `{"a":1}`, `[{"op":"replace","path":"","value":[1]}]`, `[1]`},
		{"test number forms", `{"a":1}`, `[{"op":"test","path":"/a","value":1.0}]`, `{"a":1}`},
		{"test unordered object", `{"a":{"x":1,"y":2}}`, `[{"op":"test","path":"/a","value":{"y":2,"x":1}}]`, `{"a":{"x":1,"y":2}}`},
		{"move to itself", `{"a":[1]}`, `[{"op":"move","from":"/a","path":"/a"}]`, `{"a":[1]}`},
	} {
		got, err := ApplyPatch([]byte(c.doc), []byte(c.patch))
		if c.want == "" {
			if err == nil {
				t.Errorf("%s: got %s, want an error", c.name, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !jsonEqual(t, string(got), c.want) {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}

func TestApplyPatchKeepsOrder(t *testing.T) {
	doc := `{"type":"button","id":"go","text":"Go","variant":"primary"}`
	got, err := ApplyPatch([]byte(doc), []byte(`[{"op":"replace","path":"/text","value":"Stop"},{"op":"add","path":"/size","value":"lg"},{"op":"add","path":"/variant","value":"danger"}]`))
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"type":"button","id":"go","text":"Stop","variant":"danger","size":"lg"}`; string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestApplyPatchErrors(t *testing.T) {
	doc := `{"root":{"type":"column","children":[{"type":"text","text":"a"},{"type":"button","text":"b"}]}}`
	for _, c := range []struct {
		patch, want string
	}{
		{`[{"op":"remove","path":"/root/children/2"}]`, `genui: patch operation 0 (remove "/root/children/2"): index 2 out of range (array has 2 elements)`},
		{`[{"op":"test","path":"/root/type","value":"column"},{"op":"replace","path":"/root/title","value":"x"}]`, `genui: patch operation 1 (replace "/root/title"): no member "title"`},
		{`[{"op":"add","path":"/root/children/5","value":{}}]`, `genui: patch operation 0 (add "/root/children/5"): index 5 out of range (array has 2 elements)`},
		{`[{"op":"add","path":"/root/children/01","value":{}}]`, `genui: patch operation 0 (add "/root/children/01"): "01" is not an array index`},
		{`[{"op":"remove","path":"/root/children/-"}]`, `genui: patch operation 0 (remove "/root/children/-"): "-" names no element (array has 2)`},
		{`[{"op":"add","path":"/root/type/x","value":1}]`, `genui: patch operation 0 (add "/root/type/x"): its parent is not an object or array`},
		{`[{"op":"replace","path":"/nope/x","value":1}]`, `genui: patch operation 0 (replace "/nope"): no member "nope"`},
		{`[{"op":"move","from":"/root","path":"/root/children/0"}]`, `genui: patch operation 0 (move "/root"): cannot move a value into itself ("/root/children/0")`},
		{`[{"op":"copy","from":"/root/x","path":"/y"}]`, `genui: patch operation 0 (copy "/root/x"): no member "x"`},
		{`[{"op":"remove","path":""}]`, `genui: patch operation 0 (remove ""): cannot remove the whole document`},
		{`[{"op":"test","path":"/root/children/0/text","value":"b"}]`, `genui: patch operation 0 (test "/root/children/0/text"): test failed: the value is "a"`},
		{`[{"op":"frob","path":"/root"}]`, `genui: patch operation 0 (frob "/root"): unknown op "frob"`},
		{`[{"op":"add","path":"/root/x"}]`, `genui: patch operation 0 (add "/root/x"): missing "value"`},
		{`[{"op":"move","path":"/root/x"}]`, `genui: patch operation 0 (move "/root/x"): missing "from"`},
		{`[{"path":"/root"}]`, `genui: patch operation 0 ( ""): missing "op"`},
		{`[{"op":"remove"}]`, `genui: patch operation 0 (remove ""): missing "path"`},
		{`[{"op":"remove","path":"root"}]`, `genui: patch operation 0 (remove "root"): a JSON Pointer starts with "/"`},
		{`[{"op":"remove","path":"/a~2"}]`, `genui: patch operation 0 (remove "/a~2"): bad escape in "a~2" ("~" must be "~0" or "~1")`},
		{`[{"op":1,"path":"/root"}]`, `genui: patch operation 0 ( ""): "op" is not a string`},
		{`[3]`, `genui: patch operation 0 ( ""): operation is not a JSON object`},
		{`{"op":"remove"}`, `genui: patch: not a JSON array of operations`},
		{`[{"op":"remove","path":"/root"}] x`, `genui: patch: text after the JSON value at byte 33`},
	} {
		_, err := ApplyPatch([]byte(doc), []byte(c.patch))
		if err == nil || err.Error() != c.want {
			t.Errorf("%s:\n got  %v\n want %s", c.patch, err, c.want)
		}
	}
	_, err := ApplyPatch([]byte(doc), []byte(`[{"op":"test","path":"/root/type","value":"column"},{"op":"remove","path":"/x"}]`))
	var pe *PatchError
	if !errors.As(err, &pe) || pe.Index != 1 || pe.Path != "/x" {
		t.Errorf("got %#v, want a *PatchError for operation 1 at /x", err)
	}
	if _, err := ApplyPatch([]byte(`{"a":1,"a":2}`), []byte(`[]`)); err == nil || !strings.Contains(err.Error(), `duplicate key "a"`) {
		t.Errorf("duplicate keys: got %v", err)
	}
	deep := strings.Repeat("[", maxPatchDepth+2) + strings.Repeat("]", maxPatchDepth+2)
	if _, err := ApplyPatch([]byte(deep), []byte(`[]`)); err == nil || !strings.Contains(err.Error(), "nested deeper") {
		t.Errorf("deep document: got %v", err)
	}
}

// A failed patch leaves no half-applied state: the operations before the
// failure are not visible anywhere.
func TestApplyPatchAllOrNothing(t *testing.T) {
	doc := []byte(`{"a":[1,2]}`)
	if _, err := ApplyPatch(doc, []byte(`[{"op":"remove","path":"/a/0"},{"op":"remove","path":"/b"}]`)); err == nil {
		t.Fatal("want an error")
	}
	if string(doc) != `{"a":[1,2]}` {
		t.Errorf("document changed to %s", doc)
	}
}

func TestParsePatch(t *testing.T) {
	ops, err := ParsePatch([]byte(`[{"op":"add","path":"/a","value":{ "x" : [1, 2] }},{"op":"move","path":"/b","from":"/a"},{"op":"remove","path":"/b","value":3}]`))
	if err != nil {
		t.Fatal(err)
	}
	want := []PatchOp{
		{Op: "add", Path: "/a", Value: json.RawMessage(`{"x":[1,2]}`)},
		{Op: "move", Path: "/b", From: "/a"},
		{Op: "remove", Path: "/b"},
	}
	if !reflect.DeepEqual(ops, want) {
		t.Errorf("got %+v\nwant %+v", ops, want)
	}
}

func TestMarshalPatch(t *testing.T) {
	b, err := MarshalPatch([]PatchOp{
		{Op: "replace", Path: "/root/children/0/text", Value: json.RawMessage(`"Save & <close>"`)},
		{Op: "move", Path: "/root/children/0", From: "/root/children/2", Value: json.RawMessage(`1`)},
		{Op: "add", Path: "/root/children/-", Value: json.RawMessage(`{ "type": "divider" }`)},
		{Op: "remove", Path: "/title"},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"op":"replace","path":"/root/children/0/text","value":"Save \u0026 \u003cclose\u003e"},` +
		`{"op":"move","path":"/root/children/0","from":"/root/children/2"},` +
		`{"op":"add","path":"/root/children/-","value":{"type":"divider"}},` +
		`{"op":"remove","path":"/title"}]`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	ops, err := ParsePatch(b)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := MarshalPatch(ops)
	if string(again) != want {
		t.Errorf("round trip: got %s", again)
	}
	if _, err := MarshalPatch([]PatchOp{{Op: "add", Path: "/x", Value: json.RawMessage(`{`)}}); err == nil {
		t.Error("bad value: want an error")
	}
}

func TestPatchPaths(t *testing.T) {
	got, err := PatchPaths([]byte(`{"version":1,"root":{"type":"list","items":["a","b"],"a/b~":{}}}`))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"/version", "/root", "/root/type", "/root/items", "/root/items/0", "/root/items/1", "/root/a~1b~0"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// Every listed path can be tested against the value it names.
	doc := []byte(`{"a":[{"b":null,"c":[true,1.5e3]}],"~":""}`)
	paths, err := PatchPaths(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		patch := fmt.Sprintf(`[{"op":"copy","from":%q,"path":"/copied"},{"op":"test","path":"/copied","value":null},{"op":"remove","path":"/copied"}]`, p)
		_, err := ApplyPatch(doc, []byte(patch))
		var pe *PatchError
		if err != nil && (!errors.As(err, &pe) || pe.Index != 1) {
			t.Errorf("%s: %v", p, err)
		}
	}
	if _, err := PatchPaths([]byte(`{`)); err == nil {
		t.Error("bad JSON: want an error")
	}
}

func FuzzApplyPatch(f *testing.F) {
	f.Add([]byte(`{"foo":["bar","baz"]}`), []byte(`[{"op":"add","path":"/foo/1","value":"qux"}]`))
	f.Add([]byte(`{"a":{"b":[1,2,{"c":"d"}]}}`), []byte(`[{"op":"move","from":"/a/b/2","path":"/e"},{"op":"copy","from":"/e","path":"/a/b/0"}]`))
	f.Add([]byte(`{"/":9,"~1":10}`), []byte(`[{"op":"test","path":"/~01","value":10},{"op":"remove","path":"/~1"}]`))
	f.Add([]byte(`[]`), []byte(`[{"op":"replace","path":"","value":{"x":[]}}]`))
	f.Fuzz(func(t *testing.T, doc, patch []byte) {
		out, err := ApplyPatch(doc, patch)
		if err != nil {
			return
		}
		if !json.Valid(out) {
			t.Fatalf("invalid output %q", out)
		}
		// The output is compact and stable: patching it with nothing
		// gives it back unchanged, and every path it lists exists.
		again, err := ApplyPatch(out, []byte(`[]`))
		if err != nil || string(again) != string(out) {
			t.Fatalf("re-reading %q gave %q, %v", out, again, err)
		}
		if len(out) > 4096 {
			return // copies can grow it; checking each path is quadratic
		}
		paths, err := PatchPaths(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			q, _ := json.Marshal(p)
			if _, err := ApplyPatch(out, []byte(`[{"op":"remove","path":`+string(q)+`}]`)); err != nil {
				t.Fatalf("listed path %s: %v", p, err)
			}
		}
	})
}

// Repeated copies double a document; the patch is refused before memory runs out.
func TestApplyPatchCopyBound(t *testing.T) {
	ops := []string{`{"op":"add","path":"/a","value":[0]}`}
	for range 30 {
		ops = append(ops, `{"op":"copy","from":"/a","path":"/a/-"}`)
	}
	_, err := ApplyPatch([]byte(`{}`), []byte("["+strings.Join(ops, ",")+"]"))
	var pe *PatchError
	if !errors.As(err, &pe) || !strings.Contains(pe.Reason, "would grow the document") {
		t.Errorf("got %v, want a refused copy", err)
	}
	many := "[" + strings.Repeat(`{"op":"test","path":"","value":{}},`, MaxItems) + `{"op":"test","path":"","value":{}}]`
	if _, err := ApplyPatch([]byte(`{}`), []byte(many)); err == nil || !strings.Contains(err.Error(), "operations, more than") {
		t.Errorf("too many operations: got %v", err)
	}
}
