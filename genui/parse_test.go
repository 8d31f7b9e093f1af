package genui

import (
	"errors"
	"strings"
	"testing"
)

// TestParseLenient checks that Parse keeps what Validate refuses but a
// renderer copes with, and reads null as absent.
func TestParseLenient(t *testing.T) {
	in := spec(`{"type":"column","variant":"sparkly","children":[
		{"type":"heading","level":9},
		{"type":"image","src":"javascript:alert(1)","alt":null},
		{"type":"button","text":"a","children":[{"type":"divider"}]},
		{"type":"text","text":"first","text":"last"},
		{"type":"icon","name":"rocket","colour":"red"}]}`)
	if Validate([]byte(in)).Err() == nil {
		t.Fatal("the test spec should be invalid")
	}
	sp, err := Parse([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	kids := sp.Root.Children
	switch {
	case sp.Root.Variant != "sparkly":
		t.Errorf("variant %q", sp.Root.Variant)
	case kids[0].Props.(*Heading).Level != 9:
		t.Errorf("level %d", kids[0].Props.(*Heading).Level)
	case kids[1].Props.(*Image).Src != "javascript:alert(1)" || kids[1].Props.(*Image).Alt != "":
		t.Errorf("image %+v", kids[1].Props)
	case len(kids[2].Children) != 0:
		t.Errorf("a button has no Children, got %v", kids[2].Children)
	case kids[3].Props.(*Text).Text != "last":
		t.Errorf("duplicate key: %q, want the last", kids[3].Props.(*Text).Text)
	}
	out, err := Marshal(sp)
	if err != nil {
		t.Fatal(err)
	}
	// What this version does not know is kept as it was read.
	for _, want := range []string{`{"type":"icon","name":"rocket","colour":"red"}`, `{"type":"button","text":"a","children":[{"type":"divider"}]}`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("Marshal lost %s:\n%s", want, out)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{``, `genui: line 1, column 1: unexpected end of input`},
		{`{"version":1,"root":{"type":"text","text":"a"}`, `genui: line 1, column 47: unexpected end of input (at /root)`},
		{"{\"version\":1,\n  \"root\":{\"type\":\"text\" \"text\":\"a\"}}", `genui: line 2, column 25: expected ',' or '}' after object member, found '"' (at /root/type)`},
		{`"spec"`, `genui: line 1, column 1: a spec must be a JSON object, not a string`},
		{spec(`{"type":"switch","label":"a","checked":"yes"}`), `genui: line 1, column 60: /root/checked: expected a boolean, got a string`},
		{spec(`{"type":"grid","columns":1.5}`), `genui: line 1, column 46: /root/columns: expected an integer, got 1.5`},
		{spec(`{"type":"row","children":[{"type":"divider"},"text"]}`), `genui: line 1, column 66: /root/children/1: expected a node (a JSON object), got a string`},
		{spec(`{"type":7}`), `genui: line 1, column 29: /root/type: expected a string naming a component, got the number 7`},
		{spec(nest(MaxDepth+1, `{"type":"divider"}`)), `nested too deeply (a spec's nodes may be at most 64 deep)`},
	} {
		_, err := Parse([]byte(tc.in))
		var e *Error
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.As(err, &e) {
			t.Errorf("Parse(%.60q):\n got %v\nwant %s", tc.in, err, tc.want)
		}
	}
}
