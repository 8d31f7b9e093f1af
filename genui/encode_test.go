package genui

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tidwall/gjson"
)

// specFiles returns the specs of testdata/*.json and, when present, of the
// repository's ../testdata/specs/*.json, by file name.
func specFiles(t testing.TB) map[string][]byte {
	t.Helper()
	own, _ := filepath.Glob("testdata/*.json")
	shared, _ := filepath.Glob("../testdata/specs/*.json")
	files := map[string][]byte{}
	for _, name := range append(own, shared...) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = data
	}
	if len(own) == 0 {
		t.Fatal("no specs in testdata")
	}
	return files
}

func TestMarshalRoundTrip(t *testing.T) {
	for name, data := range specFiles(t) {
		t.Run(name, func(t *testing.T) {
			sp, err := Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			out, err := Marshal(sp)
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(out) {
				t.Fatalf("Marshal wrote invalid JSON: %s", out)
			}
			sp2, err := Parse(out)
			if err != nil {
				t.Fatal(err)
			}
			out2, err := Marshal(sp2)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out, out2) {
				t.Fatalf("not a fixed point:\n%s\n%s", out, out2)
			}
			checkCanonicalOrder(t, gjson.ParseBytes(out).Get("root"), "/root")
			if strings.HasPrefix(name, "testdata/") {
				// These specs write no zero values, so the JSON value
				// must survive exactly, key order aside.
				var a, b any
				if err := json.Unmarshal(data, &a); err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal(out, &b); err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(a, b) {
					t.Errorf("the JSON value changed:\n%s\n%s", data, out)
				}
			}
		})
	}
}

// checkCanonicalOrder checks that the keys of node v and its descendants
// come in the order of Fields, unknown keys right after the component's
// own fields.
func checkCanonicalOrder(t *testing.T, v gjson.Result, ptr string) {
	t.Helper()
	typ := v.Get("type").Str
	rank := map[string]int{}
	unknown := 0
	for i, f := range Fields(typ) {
		rank[f.Name] = 2 * i
		if f.where == inProps || f.Name == "id" {
			unknown = 2*i + 1
		}
	}
	last := -1
	v.ForEach(func(k, val gjson.Result) bool {
		r, ok := rank[k.Str]
		if !ok {
			r = unknown
		}
		if r < last {
			t.Errorf("%s: key %q out of canonical order", ptr, k.Str)
		}
		last = r
		return true
	})
	for i, kid := range v.Get("children").Array() {
		checkCanonicalOrder(t, kid, ptr+"/children/"+string(rune('0'+i)))
	}
	if fb := v.Get("fallback"); fb.Exists() {
		checkCanonicalOrder(t, fb, ptr+"/fallback")
	}
}

func TestParseKeepsUnknownTypes(t *testing.T) {
	data, err := os.ReadFile("testdata/newer.json")
	if err != nil {
		t.Fatal(err)
	}
	sp, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	c := sp.Root.Children[0]
	if c.Type != "carousel" || c.Props != nil || c.ID != "c1" || c.Tone != Info || len(c.Children) != 2 || c.Fallback == nil {
		t.Fatalf("carousel read as %+v", c)
	}
	if img, ok := c.Fallback.Props.(*Image); !ok || img.Alt != "First slide" {
		t.Fatalf("fallback props %#v", c.Fallback.Props)
	}
	out, err := Marshal(sp)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"type":"carousel","id":"c1","interval":3,"loop":{"on":true,"times":[1,2]},"tone":"info","children":[`
	if !bytes.Contains(out, []byte(want)) {
		t.Errorf("Marshal lost or moved the unknown fields:\n%s\nwant it to contain\n%s", out, want)
	}
}

func TestMarshalCanonical(t *testing.T) {
	sp := &Spec{Version: 1, Title: "T", Root: &Node{
		Type:   "column",
		Tokens: Tokens{Gap: GapLG, Variant: Primary},
		ID:     "main",
		Props:  &Column{Justify: JustifyBetween},
		Children: []*Node{
			{Type: "button", Props: &Button{Text: "<Go & \"see\">\u2028", Action: "go"}},
			{Type: "heading"}, // nil Props: the zero field struct
			{Type: "chart", Props: &Chart{Data: []Datum{{Label: "a", Value: 1e-7}, {Label: "b", Value: 1e21}, {Label: "c", Value: -0.5}}}},
			{Type: "select", Props: &Select{Label: "Pick"}},
			{Type: "slider", Props: &Slider{Max: 10, Step: 0.25}},
			{Type: "text", Props: &Text{Text: "bad \xff byte"}, Fallback: &Node{Type: "divider"}},
		},
	}}
	got, err := Marshal(sp)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"version":1,"title":"T","root":{"type":"column","id":"main","justify":"between","variant":"primary","gap":"lg","children":[` +
		`{"type":"button","text":"\u003cGo \u0026 \"see\"\u003e\u2028","action":"go"},` +
		`{"type":"heading","text":""},` +
		`{"type":"chart","data":[{"label":"a","value":1e-7},{"label":"b","value":1e+21},{"label":"c","value":-0.5}]},` +
		`{"type":"select","label":"Pick","options":[]},` +
		`{"type":"slider","max":10,"step":0.25},` +
		`{"type":"text","text":"bad \ufffd byte","fallback":{"type":"divider"}}]}}`
	if string(got) != want {
		t.Errorf("Marshal:\n got %s\nwant %s", got, want)
	}
	// encoding/json agrees on strings and numbers, and calls our methods.
	viaStd, err := json.Marshal(sp)
	if err != nil {
		t.Fatal(err)
	}
	if string(viaStd) != want {
		t.Errorf("json.Marshal:\n got %s\nwant %s", viaStd, want)
	}
	var back Spec
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatal(err)
	}
	// The invalid byte came back as a real U+FFFD, which needs no escape.
	if again, _ := Marshal(&back); string(again) != strings.Replace(want, `\ufffd`, "\uFFFD", 1) {
		t.Errorf("json.Unmarshal then Marshal:\n got %s\nwant %s", again, want)
	}
}

func TestMarshalErrors(t *testing.T) {
	cycle := &Node{Type: "column"}
	cycle.Children = []*Node{cycle}
	for _, tc := range []struct {
		name string
		root *Node
		want string
	}{
		{"nan", &Node{Type: "progress", Props: &Progress{Value: math.NaN()}}, "genui: marshal: /root/value: NaN cannot be written in JSON"},
		{"inf", &Node{Type: "chart", Props: &Chart{Data: []Datum{{Value: math.Inf(1)}}}}, "genui: marshal: /root/data/0/value: +Inf cannot be written in JSON"},
		{"props of another type", &Node{Type: "button", Props: &Text{Text: "x"}}, "genui: marshal: /root: a button node holds the props of text (*genui.Text)"},
		{"nil child", &Node{Type: "row", Children: []*Node{nil}}, "genui: marshal: /root/children/0: a nil child"},
		{"cycle", cycle, "nested more than 130 nodes deep (is there a cycle?)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Marshal(&Spec{Version: 1, Root: tc.root})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

func TestNodeJSON(t *testing.T) {
	var n Node
	if err := json.Unmarshal([]byte(` {"type":"badge","text":"hi","tone":"success","extra":[1, 2]} `), &n); err != nil {
		t.Fatal(err)
	}
	if b, ok := n.Props.(*Badge); !ok || b.Text != "hi" || n.Tone != Success {
		t.Fatalf("read %+v", n)
	}
	out, err := json.Marshal(&n)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"type":"badge","text":"hi","extra":[1,2],"tone":"success"}`; string(out) != want {
		t.Errorf("got %s, want %s", out, want)
	}
	err = json.Unmarshal([]byte(`{"type":"badge","text":["hi"]}`), &n)
	if want := `genui: line 1, column 24: /text: expected a string, got an array`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}
