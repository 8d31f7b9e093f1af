package importer_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
)

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"**Bold** and _italic_ and *em*", "Bold and italic and em"},
		{"snake_case_name stays", "snake_case_name stays"},
		{"see [the docs](https://x.test/a_b) now", "see the docs now"},
		{"# Title", "Title"},
		{"- one\n- two", "• one\n• two"},
		{"use `go test` here", "use go test here"},
		{`a \*literal\* star`, "a *literal* star"},
		{"**High**\t50", "High 50"},
		{"2 * 3 = 6", "2 * 3 = 6"},
		{"unclosed **bold", "unclosed **bold"},
	}
	for _, tt := range tests {
		if got := importer.PlainText(tt.in); got != tt.want {
			t.Errorf("PlainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestListItemsAndHeading(t *testing.T) {
	items, ok := importer.ListItems("* first **one**\n\n1. second")
	if !ok || len(items) != 2 || items[0] != "first one" || items[1] != "second" {
		t.Errorf("ListItems = %q, %v", items, ok)
	}
	if _, ok := importer.ListItems("- item\nnot an item"); ok {
		t.Error("a paragraph after an item is not a list")
	}
	if lvl, text, ok := importer.Heading("## Contact *us*"); !ok || lvl != 2 || text != "Contact us" {
		t.Errorf("Heading = %d %q %v", lvl, text, ok)
	}
	if _, _, ok := importer.Heading("#hashtag"); ok {
		t.Error("#hashtag is not a heading")
	}
}

func TestCheck(t *testing.T) {
	deep := strings.Repeat("[", importer.MaxDepth+1) + strings.Repeat("]", importer.MaxDepth+1)
	tests := []struct{ in, want string }{
		{`{"a": 1}`, ""},
		{"{\"a\": 1}\n{\"b\": 2}\n", ""},
		{"{\"a\":\n  tru}", "x: line 2, column 7: invalid character"},
		{deep, "x: line 1, column 257: nested more than 256 levels deep"},
		{"", "x: not JSON"},
		{strings.Repeat(" ", genui.MaxSpecBytes+1), "more than the limit"},
	}
	for _, tt := range tests {
		_, err := importer.Check("x", []byte(tt.in))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("Check(%.40q): %v", tt.in, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("Check(%.40q) = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestImportGenuiSpecAndUnknown(t *testing.T) {
	res, err := importer.Import([]byte(`{"version":1,"root":{"type":"text","text":"hi"}}`))
	if err != nil || res.Format != "genui" || res.Spec.Root.Type != "text" {
		t.Fatalf("genui spec: %v %+v", err, res)
	}
	_, err = importer.Import([]byte(`{"hello":"world"}`))
	if !errors.Is(err, importer.ErrUnknownFormat) {
		t.Errorf("unknown format: %v", err)
	}
}

func TestBuilderFinishCutsToLimits(t *testing.T) {
	var b importer.Builder
	root := importer.New(&genui.Column{})
	n := root
	for range genui.MaxDepth + 10 {
		k := importer.New(&genui.Column{})
		n.Children = []*genui.Node{k}
		n = k
	}
	wide := importer.New(&genui.Column{})
	for range genui.MaxItems + 5 {
		wide.Children = append(wide.Children, importer.New(&genui.Divider{}))
	}
	root.Children = append(root.Children, wide)
	sp := b.Finish("", "t", root)
	if errs := sp.Validate(); errs.Err() != nil {
		t.Fatalf("finished spec does not validate: %v", errs.Err())
	}
	if len(b.Warnings) != 2 {
		t.Errorf("warnings %v, want one for depth and one for width", b.Warnings)
	}
}

func TestBuilderIDsAndText(t *testing.T) {
	var b importer.Builder
	if a, c := b.ID("/a", "x"), b.ID("/b", "x"); a != "x" || c != "x-2" {
		t.Errorf("ids %q %q", a, c)
	}
	if s := b.Text("/t", "h\xffi", 0); s != "h\uFFFDi" {
		t.Errorf("invalid UTF-8 kept: %q", s)
	}
	if s := b.Text("/t", "héllo", 2); s != "h" {
		t.Errorf("cut inside a rune: %q", s)
	}
	if u := b.URL("/u", "javascript:alert(1)", false); u != "" {
		t.Errorf("unsafe URL kept: %q", u)
	}
	if len(b.Warnings) != 3 {
		t.Errorf("warnings: %v", b.Warnings)
	}
}
