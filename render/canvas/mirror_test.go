package canvas

import (
	"fmt"
	"strings"
	"testing"

	"github.com/genui/genui/render"
)

// loginList is a display list shaped like a login form's: a named form
// with a heading, fields, an option group, a paragraph, a link and a
// button, inside groups that only structure the drawing.
func loginList() *render.List {
	l := &render.List{Width: 400, Height: 420, Title: "Sign in"}
	op := func(o render.Op) { l.Ops = append(l.Ops, o) }
	begin := func(g render.Group, r render.Rect) { op(render.Op{Kind: render.OpBegin, Group: &g, Rect: r}) }
	end := func() { op(render.Op{Kind: render.OpEnd}) }
	text := func(s string, x, y float32) {
		op(render.Op{Kind: render.OpText, Text: s, Rect: render.XYWH(x, y, 100, 20), Baseline: y + 15, Font: render.Font{Size: 14}, Fill: render.Hex(0)})
	}
	begin(render.Group{Pointer: "/root", Type: "form", Role: "form", Name: "Sign in"}, render.XYWH(24, 24, 352, 372))
	begin(render.Group{Pointer: "/root/children/0", Type: "heading", Role: "heading", Name: "Sign in", Level: 2}, render.XYWH(24, 24, 352, 28))
	text("Sign in", 24, 24)
	end()
	begin(render.Group{Pointer: "/root/children/1", Type: "column"}, render.XYWH(24, 60, 352, 120))
	begin(render.Group{Pointer: "/root/children/1/children/0", Type: "input", Role: "textbox", Name: "Email", Interact: render.Edit, Value: "ada@example.com"}, render.XYWH(24, 60, 352, 56))
	text("Email", 24, 60)
	end()
	begin(render.Group{Pointer: "/root/children/1/children/1", Type: "textarea", Role: "textbox", Name: "Note", Interact: render.Edit}, render.XYWH(24, 120, 352, 60))
	end()
	end()
	begin(render.Group{Pointer: "/root/children/2", Type: "radio", Role: "radiogroup", Name: "Plan", Value: "Pro"}, render.XYWH(24, 190, 352, 50))
	for i, o := range []string{"Free", "Pro"} {
		begin(render.Group{Pointer: "/root/children/2", Type: "radio", Role: "radio", Name: o, Interact: render.Choose, Value: o, Checked: o == "Pro"}, render.XYWH(24, 190+float32(i)*24, 352, 20))
		text(o, 48, 190+float32(i)*24)
		end()
	}
	end()
	begin(render.Group{Pointer: "/root/children/3", Type: "switch", Role: "switch", Name: "Remember me", Interact: render.Toggle, Checked: true}, render.XYWH(24, 250, 352, 24))
	end()
	begin(render.Group{Pointer: "/root/children/4", Type: "text"}, render.XYWH(24, 280, 352, 40))
	text("By signing in you agree", 24, 280)
	text("to the terms.", 24, 300)
	end()
	begin(render.Group{Pointer: "/root/children/5", Type: "link", Role: "link", Name: "Terms", Interact: render.Follow, Href: "https://example.com/terms"}, render.XYWH(24, 322, 80, 20))
	end()
	begin(render.Group{Pointer: "/root/children/6", Type: "link", Role: "link", Name: "Evil", Interact: render.Follow, Href: "javascript:alert(1)"}, render.XYWH(110, 322, 80, 20))
	end()
	begin(render.Group{Pointer: "/root/children/7", Type: "button", Role: "button", Name: "Continue", Interact: render.Press, Action: "login"}, render.XYWH(24, 350, 352, 40))
	text("Continue", 150, 360)
	end()
	end()
	return l
}

// outline prints the tree one element a line, indented by depth.
func outline(n *mnode, depth int, b *strings.Builder) {
	fmt.Fprintf(b, "%s<%s", strings.Repeat("  ", depth), n.tag)
	for _, a := range n.attrs {
		if a.name != "data-node" {
			fmt.Fprintf(b, " %s=%q", a.name, a.value)
		}
	}
	b.WriteString(">")
	if n.text != "" {
		b.WriteString(n.text)
	}
	if n.value != "" {
		fmt.Fprintf(b, " value=%q", n.value)
	}
	if n.checked {
		b.WriteString(" checked")
	}
	b.WriteString("\n")
	for _, k := range n.children {
		outline(k, depth+1, b)
	}
}

func TestMirrorTree(t *testing.T) {
	var b strings.Builder
	outline(mirrorTree(loginList()), 0, &b)
	want := `<div role="region" aria-label="Sign in">
  <div role="form" aria-label="Sign in">
    <div role="heading" aria-level="2">Sign in
    <input type="text" aria-label="Email"> value="ada@example.com"
    <textarea aria-label="Note">
    <div role="radiogroup" aria-label="Plan">
      <input type="radio" name="/root/children/2" aria-label="Free">
      <input type="radio" name="/root/children/2" aria-label="Pro"> checked
    <input type="checkbox" role="switch" aria-label="Remember me" aria-checked="true"> checked
    <span>By signing in you agree
    <span>to the terms.
    <a href="https://example.com/terms" aria-label="Terms">
    <div tabindex="0" role="link" aria-label="Evil">
    <button type="button" aria-label="Continue">
`
	if got := b.String(); got != want {
		t.Errorf("mirror tree:\n%s\nwant:\n%s", got, want)
	}
}

func TestMirrorKeysAreStableAndUnique(t *testing.T) {
	keys := func(l *render.List) []string {
		var ks []string
		var walk func(n *mnode)
		walk = func(n *mnode) {
			for _, k := range n.children {
				ks = append(ks, k.key)
				walk(k)
			}
		}
		walk(mirrorTree(l))
		return ks
	}
	a := keys(loginList())
	seen := map[string]bool{}
	for _, k := range a {
		if seen[k] {
			t.Errorf("key %q repeats", k)
		}
		seen[k] = true
	}
	// A longer list (the stream went on) keeps the keys it had.
	l := loginList()
	l.Ops = append(l.Ops, render.Op{Kind: render.OpBegin, Group: &render.Group{Pointer: "/root/children/8", Role: "button", Name: "Help", Interact: render.Press}}, render.Op{Kind: render.OpEnd})
	b := keys(l)
	if len(b) != len(a)+1 || strings.Join(b[:len(a)], ",") != strings.Join(a, ",") {
		t.Errorf("keys changed as the list grew:\n%v\n%v", a, b)
	}
}

func TestMirrorHostileList(t *testing.T) {
	// Unbalanced groups, nil groups and empty runs neither panic nor leak
	// text a group already names.
	l := &render.List{Ops: []render.Op{
		{Kind: render.OpEnd},
		{Kind: render.OpBegin},
		{Kind: render.OpText, Text: "  "},
		{Kind: render.OpBegin, Group: &render.Group{Role: "img", Name: "<script>"}},
		{Kind: render.OpText, Text: "drawn label"},
	}}
	var b strings.Builder
	outline(mirrorTree(l), 0, &b)
	if got, want := b.String(), "<div>\n  <div role=\"img\" aria-label=\"<script>\">\n"; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
