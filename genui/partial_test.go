package genui

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// nodesByPointer maps the JSON Pointer of every node under sp's root to
// the node.
func nodesByPointer(sp *Spec) map[string]*Node {
	m := map[string]*Node{}
	var walk func(n *Node, p string)
	walk = func(n *Node, p string) {
		m[p] = n
		for i, k := range n.Children {
			walk(k, p+"/children/"+strconv.Itoa(i))
		}
		if n.Fallback != nil {
			walk(n.Fallback, p+"/fallback")
		}
	}
	if sp.Root != nil {
		walk(sp.Root, "/root")
	}
	return m
}

func marshalNode(t testing.TB, n *Node) string {
	t.Helper()
	b, err := n.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkPrefixes checks ParsePartial on the prefixes of a spec that
// validates, every stride-th of them from the one of length from, and
// the whole text: no error, a result that validates once it has a root, and
// complete nodes equal to the final spec's nodes at the same pointer.
func checkPrefixes(t testing.TB, data []byte, from, stride int) {
	full, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	final := map[string]string{}
	for p, n := range nodesByPointer(full) {
		final[p] = marshalNode(t, n)
	}
	for i := from; i <= len(data); i += stride {
		sp, err := ParsePartial(data[:i])
		if err != nil {
			t.Fatalf("prefix %d %q: %v", i, data[:i], err)
		}
		if sp.Root == nil {
			continue
		}
		if err := sp.Validate().Err(); err != nil {
			out, _ := Marshal(sp)
			t.Fatalf("prefix %d %q gives a spec that does not validate: %v\n%s", i, data[:i], err, out)
		}
		checkComplete(t, sp.Root, "/root", final, i)
	}
	sp, _ := ParsePartial(data)
	if got, want := mustMarshal(t, sp), mustMarshal(t, full); got != want {
		t.Fatalf("the whole text: ParsePartial gives\n%s\nParse gives\n%s", got, want)
	}
	for p, n := range nodesByPointer(sp) {
		if !n.Complete() {
			t.Errorf("the whole text: %s is not complete", p)
		}
	}
}

// checkComplete checks that the complete nodes at or under n (at pointer
// p) are as final has them: it compares the largest complete subtrees.
func checkComplete(t testing.TB, n *Node, p string, final map[string]string, prefix int) {
	if n.Complete() {
		if got := marshalNode(t, n); got != final[p] {
			t.Fatalf("prefix %d: complete node %s is\n%s\nbut ends as\n%s", prefix, p, got, final[p])
		}
		return
	}
	for i, k := range n.Children {
		checkComplete(t, k, p+"/children/"+strconv.Itoa(i), final, prefix)
	}
	if n.Fallback != nil {
		checkComplete(t, n.Fallback, p+"/fallback", final, prefix)
	}
}

func mustMarshal(t testing.TB, sp *Spec) string {
	t.Helper()
	b, err := Marshal(sp)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestParsePartialPrefixes checks every prefix of the small specs in
// testdata and some 400 prefixes of each other spec (FuzzParsePartial
// tries the others).
func TestParsePartialPrefixes(t *testing.T) {
	for name, data := range specFiles(t) {
		if Validate(data).Err() != nil {
			continue
		}
		stride := 1
		if !strings.HasPrefix(name, "testdata/") || len(data) > 4<<10 {
			stride = len(data)/400 + 1
		}
		t.Run(name, func(t *testing.T) { checkPrefixes(t, data, len(data)%stride, stride) })
	}
}

func TestParsePartial(t *testing.T) {
	const pre = `{"version":1,"root":{"type":"column","children":[`
	for _, tc := range []struct {
		name, in, want string
	}{
		{"nothing", ``, `{"version":1}`},
		{"version not whole", `{"version":1`, `{"version":1}`},
		{"title so far", `{"version":1,"title":"Sign`, `{"version":1,"title":"Sign"}`},
		{"key not whole", `{"version":1,"tit`, `{"version":1}`},
		{"type not whole", pre + `{"type":"tex`, `{"version":1,"root":{"type":"column"}}`},
		{"type whole, text to come", pre + `{"type":"text"`, `{"version":1,"root":{"type":"column","children":[{"type":"text","text":""}]}}`},
		{"text so far", pre + `{"type":"text","text":"Hello, wor`, `{"version":1,"root":{"type":"column","children":[{"type":"text","text":"Hello, wor"}]}}`},
		{"half a UTF-8 sequence", pre + `{"type":"text","text":"caf` + "\xc3", `{"version":1,"root":{"type":"column","children":[{"type":"text","text":"caf"}]}}`},
		{"half an escape", pre + `{"type":"text","text":"a\u00`, `{"version":1,"root":{"type":"column","children":[{"type":"text","text":"a"}]}}`},
		{"a backslash", pre + `{"type":"text","text":"a\`, `{"version":1,"root":{"type":"column","children":[{"type":"text","text":"a"}]}}`},
		{"half a surrogate pair", pre + `{"type":"text","text":"a\ud83d`, `{"version":1,"root":{"type":"column","children":[{"type":"text","text":"a"}]}}`},
		{"whole surrogate pair", pre + `{"type":"text","text":"a\ud83d\ude00`, `{"version":1,"root":{"type":"column","children":[{"type":"text","text":"a😀"}]}}`},
		{"number not whole", pre + `{"type":"heading","text":"a","level":2`, `{"version":1,"root":{"type":"column","children":[{"type":"heading","text":"a"}]}}`},
		{"number whole", pre + `{"type":"heading","text":"a","level":2 `, `{"version":1,"root":{"type":"column","children":[{"type":"heading","text":"a","level":2}]}}`},
		{"literal not whole", pre + `{"type":"switch","label":"a","checked":tr`, `{"version":1,"root":{"type":"column","children":[{"type":"switch","label":"a"}]}}`},
		{"enum not whole", pre + `{"type":"button","text":"Go","variant":"prim`, `{"version":1,"root":{"type":"column","children":[{"type":"button","text":"Go"}]}}`},
		{"enum whole", pre + `{"type":"button","text":"Go","variant":"primary"`, `{"version":1,"root":{"type":"column","children":[{"type":"button","text":"Go","variant":"primary"}]}}`},
		{"URL not whole", pre + `{"type":"image","src":"https://exa`, `{"version":1,"root":{"type":"column","children":[{"type":"image"}]}}`},
		{"required enum to come", pre + `{"type":"icon"`, `{"version":1,"root":{"type":"column"}}`},
		{"required array to come", pre + `{"type":"select","label":"Pick","options":[`, `{"version":1,"root":{"type":"column"}}`},
		{"required array begun", pre + `{"type":"select","label":"Pick","options":["Fr`, `{"version":1,"root":{"type":"column","children":[{"type":"select","label":"Pick","options":["Fr"]}]}}`},
		{"datum not whole", pre + `{"type":"chart","data":[{"label":"Jan","value":1},{"label":"Feb"`, `{"version":1,"root":{"type":"column","children":[{"type":"chart","data":[{"label":"Jan","value":1}]}]}}`},
		{"rows so far", pre + `{"type":"table","rows":[["a","b"],["c`, `{"version":1,"root":{"type":"column","children":[{"type":"table","rows":[["a","b"],["c"]]}]}}`},
		{"unknown type, no fallback yet", `{"version":2,"root":{"type":"carousel","children":[{"type":"text","text":"a"}]`, `{"version":2}`},
		{"unknown type, fallback begun", `{"version":2,"root":{"type":"carousel","fallback":{"type":"divider"`, `{"version":2,"root":{"type":"carousel","fallback":{"type":"divider"}}}`},
		{"unknown type, version 1", `{"version":1,"root":{"type":"carousel","fallback":{"type":"divider"`, `{"version":1}`},
		{"unknown type, version to come", `{"root":{"type":"carousel","fallback":{"type":"divider"}`, `{"version":2,"root":{"type":"carousel","fallback":{"type":"divider"}}}`},
		{"after a comma", pre + `{"type":"divider"},`, `{"version":1,"root":{"type":"column","children":[{"type":"divider"}]}}`},
		{"unknown fields so far", `{"version":2,"root":{"type":"carousel","opts":{"a":[1,"x`, `{"version":2}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sp, err := ParsePartial([]byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := mustMarshal(t, sp); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			if sp.Root != nil {
				if err := sp.Validate().Err(); err != nil {
					t.Errorf("does not validate: %v", err)
				}
			}
		})
	}
}

func TestParsePartialErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"version":1,"root":{"type":"text","text":5,`, `genui: line 1, column 43: /root/text: expected a string, got the number 5`},
		{`{"version":1,"root":[`, `genui: line 1, column 21: /root: expected a node (a JSON object), got an array`},
		{`{"version":1,,`, `genui: line 1, column 14: expected a string key, found ','`},
		{`{"version":1}}`, `genui: line 1, column 14: unexpected '}' after the end of the top-level value`},
	} {
		if _, err := ParsePartial([]byte(tc.in)); err == nil || err.Error() != tc.want {
			t.Errorf("ParsePartial(%s):\n got %v\nwant %s", tc.in, err, tc.want)
		}
	}
}

// TestStreamChunking feeds specs to a Stream in random chunks: after each
// chunk the spec equals ParsePartial's for the same text (so the chunks do
// not matter), and a node complete in one result is the same *Node in
// every later one.
func TestStreamChunking(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for name, data := range specFiles(t) {
		t.Run(name, func(t *testing.T) {
			for range 2 {
				var s Stream
				seen := map[*Node]string{} // complete nodes and their pointers
				for at := 0; at < len(data); {
					n := min(len(data)-at, 1+r.IntN(40))
					if _, err := s.Write(data[at : at+n]); err != nil {
						t.Fatal(err)
					}
					at += n
					sp, err := s.Spec()
					if err != nil {
						t.Fatal(err)
					}
					want, _ := ParsePartial(data[:at])
					if got, w := mustMarshal(t, sp), mustMarshal(t, want); got != w {
						t.Fatalf("after %d bytes the stream gives\n%s\nParsePartial gives\n%s", at, got, w)
					}
					now := nodesByPointer(sp)
					for n, p := range seen {
						if now[p] != n {
							t.Fatalf("after %d bytes the complete node %s was replaced", at, p)
						}
					}
					for p, n := range now {
						if n.Complete() {
							seen[n] = p
						}
					}
				}
			}
		})
	}
}

func ExampleParsePartial() {
	text := `{"version":1,"root":{"type":"card","title":"Sign in","children":[{"type":"input","label":"Email"},{"type":"button","text":"Log`
	sp, err := ParsePartial([]byte(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	out, _ := Marshal(sp)
	fmt.Println(string(out))
	for _, n := range sp.Root.Children {
		fmt.Println(n.Type, n.Complete())
	}
	// Output:
	// {"version":1,"root":{"type":"card","title":"Sign in","children":[{"type":"input","label":"Email"},{"type":"button","text":"Log"}]}}
	// input true
	// button false
}

func ExampleStream() {
	var s Stream
	for _, chunk := range []string{`{"version":1,"root":{"type":"row","children":[{"type":"badge","text":"N`, `ew"},{"type":"ic`, `on","name":"star"}]}}`} {
		s.Write([]byte(chunk))
		sp, _ := s.Spec()
		var types []string
		for _, n := range sp.Root.Children {
			types = append(types, fmt.Sprintf("%s(complete %v)", n.Type, n.Complete()))
		}
		fmt.Println(strings.Join(types, " "))
	}
	// Output:
	// badge(complete false)
	// badge(complete true)
	// badge(complete true) icon(complete true)
}
