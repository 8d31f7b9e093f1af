package importer

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/genui/genui/genui"
)

// Builder is what an importer builds a spec with: it collects warnings and
// keeps the spec inside genui's limits, so every importer cuts and reports
// alike. The zero Builder is ready to use.
type Builder struct {
	// Warnings lists what was not carried over exactly, in the order found.
	Warnings []Warning

	ids map[string]bool
}

// Warn records a warning about the source value at ptr.
func (b *Builder) Warn(ptr, format string, args ...any) {
	b.Warnings = append(b.Warnings, Warning{Pointer: ptr, Message: fmt.Sprintf(format, args...)})
}

// New returns a node of p's type holding p.
func New(p genui.Props) *genui.Node { return &genui.Node{Type: p.Type(), Props: p} }

// Text returns s cut to max bytes (on a rune boundary; max ≤ 0 means
// genui.MaxString), with a warning about ptr when it had to cut. Invalid
// UTF-8 becomes U+FFFD.
func (b *Builder) Text(ptr, s string, max int) string {
	if max <= 0 || max > genui.MaxString {
		max = genui.MaxString
	}
	if !utf8.ValidString(s) {
		s = toValidUTF8(s)
	}
	if len(s) <= max {
		return s
	}
	b.Warn(ptr, "text of %d bytes cut to %d", len(s), max)
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

func toValidUTF8(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		out = append(out, r) // a bad byte decodes as utf8.RuneError
	}
	return string(out)
}

// URL returns u when genui.SafeURL allows it (image: as a picture), and
// otherwise "" with a warning about ptr.
func (b *Builder) URL(ptr, u string, image bool) string {
	if u == "" || genui.SafeURL(u, image) && len(u) <= genui.MaxString {
		return u
	}
	b.Warn(ptr, "unsafe or overlong URL dropped")
	return ""
}

// ID returns id as a node id when no other node has it yet; a repeated id
// gets a numbered suffix, with a warning, so ids stay unique.
func (b *Builder) ID(ptr, id string) string {
	if id == "" {
		return ""
	}
	id = b.Text(ptr, id, 200)
	if b.ids == nil {
		b.ids = map[string]bool{}
	}
	if !b.ids[id] {
		b.ids[id] = true
		return id
	}
	for n := 2; ; n++ {
		alt := id + "-" + strconv.Itoa(n)
		if !b.ids[alt] {
			b.ids[alt] = true
			b.Warn(ptr, "id %q is used more than once; this one is %q", id, alt)
			return alt
		}
	}
}

// Placeholder returns a node that shows, in place of something genui
// cannot draw, what was there: a warning-toned alert titled "Not
// supported: WHAT" with detail as its text. It records a warning about
// ptr too.
func (b *Builder) Placeholder(ptr, what, detail string) *genui.Node {
	b.Warn(ptr, "%s is not supported; shown as a placeholder", what)
	n := New(&genui.Alert{Title: b.Text(ptr, "Not supported: "+what, 0), Text: b.Text(ptr, detail, 0)})
	n.Tone = genui.Warning
	return n
}

// Finish returns the spec holding root, cut to genui's limits: nodes
// deeper than genui.MaxDepth and past genui.MaxNodes, and children past
// genui.MaxItems, are left out with a warning (ptr names the document).
func (b *Builder) Finish(ptr, title string, root *genui.Node) *genui.Spec {
	sp := &genui.Spec{Version: genui.Version, Title: b.Text(ptr, title, 0), Root: root}
	nodes, deep, many := 0, false, false
	var walk func(n *genui.Node, depth int)
	walk = func(n *genui.Node, depth int) {
		nodes++
		kids := n.Children[:0]
		for _, k := range n.Children {
			switch {
			case k == nil:
				continue
			case depth+1 > genui.MaxDepth:
				if !deep {
					b.Warn(ptr, "nesting deeper than %d levels cut", genui.MaxDepth)
					deep = true
				}
				n.Children = nil
				return
			case nodes >= genui.MaxNodes:
				if !many {
					b.Warn(ptr, "more than %d nodes; the rest are left out", genui.MaxNodes)
					many = true
				}
				n.Children = kids
				return
			case len(kids) == genui.MaxItems:
				b.Warn(ptr, "more than %d children in one container; the rest are left out", genui.MaxItems)
				n.Children = kids
				return
			}
			kids = append(kids, k)
			walk(k, depth+1)
		}
		n.Children = kids
	}
	if root != nil {
		walk(root, 1)
	}
	return sp
}
