package canvas

import (
	"strconv"
	"strings"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// This file builds the accessibility mirror's tree from a display list,
// platform-free; mirror_js.go keeps a hidden DOM in step with it.
//
// A canvas is one opaque image to assistive technology, so both canvas
// backends lay a tree of transparent elements over it: one per group of
// the list that means something to a person (a role, an accessible name,
// an interaction, or text of its own), nested as the groups are, each
// placed over its group's bounds so that a screen reader's highlight
// lands on the drawing. Interactive groups become native controls
// (button, a, input, textarea) or focusable elements with their ARIA
// role, in paint order, which is the spec's reading order; text a group
// draws without naming itself becomes static text.

// mnode is one element of the mirror.
type mnode struct {
	key      string // identity across frames: pointer, role and option
	group    *render.Group
	tag      string
	attrs    []attr // set in this order; values are plain text
	text     string // text content
	value    string // the value of an input or textarea
	checked  bool   // the state of a checkbox or radio input
	rect     render.Rect
	children []*mnode
}

// attr is one attribute of an mnode.
type attr struct{ name, value string }

// mirrorTree returns the root of l's mirror: a region named by the
// list's title holding the tree of its groups.
func mirrorTree(l *render.List) *mnode {
	root := &mnode{key: "", tag: "div", rect: render.XYWH(0, 0, l.Width, l.Height)}
	if l.Title != "" {
		root.attrs = []attr{{"role", "region"}, {"aria-label", l.Title}}
	}
	// stack holds, for each open group, the node its content goes into,
	// whether the group names itself (its own text runs are then that
	// name, already said) and whether it is inside a control (whose name
	// says all it draws).
	type frame struct {
		into           *mnode
		named, control bool
	}
	stack := []frame{{into: root}}
	seen := map[string]int{}
	for i := range l.Ops {
		op := &l.Ops[i]
		top := stack[len(stack)-1]
		switch op.Kind {
		case render.OpBegin:
			g := op.Group
			if g == nil || (g.Role == "" && g.Name == "" && g.Interact == render.NotInteractive) {
				stack = append(stack, frame{into: top.into, control: top.control})
				continue
			}
			n := element(g, op.Rect)
			// Radio options share their group's pointer; tell them apart,
			// and any other repeat, by a counter.
			n.key = g.Pointer + "|" + g.Role
			if k := seen[n.key]; k > 0 {
				n.key += "|" + strconv.Itoa(k)
			}
			seen[g.Pointer+"|"+g.Role]++
			top.into.children = append(top.into.children, n)
			stack = append(stack, frame{into: n, named: g.Name != "", control: top.control || g.Interact != render.NotInteractive})
		case render.OpEnd:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case render.OpText:
			if top.named || top.control || strings.TrimSpace(op.Text) == "" {
				continue
			}
			p := top.into
			p.children = append(p.children, &mnode{
				key: p.key + "#" + strconv.Itoa(len(p.children)), tag: "span", text: op.Text, rect: op.Rect,
			})
		}
	}
	return root
}

// element returns the mirror element of group g over r.
func element(g *render.Group, r render.Rect) *mnode {
	n := &mnode{group: g, tag: "div", rect: r}
	role, label := g.Role, g.Name
	switch g.Interact {
	case render.Press:
		n.tag, role = "button", ""
		n.attrs = append(n.attrs, attr{"type", "button"})
	case render.Follow:
		if g.Href != "" && genui.SafeURL(g.Href, false) {
			n.tag, role = "a", ""
			n.attrs = append(n.attrs, attr{"href", g.Href})
		} else {
			n.attrs = append(n.attrs, attr{"tabindex", "0"})
		}
	case render.Edit:
		n.tag, n.value = "input", g.Value
		if g.Type == "textarea" {
			n.tag = "textarea"
		} else {
			typ := "text"
			if role == "searchbox" {
				typ = "search"
			}
			n.attrs = append(n.attrs, attr{"type", typ})
		}
		role = ""
	case render.Toggle:
		n.tag, n.checked = "input", g.Checked
		n.attrs = append(n.attrs, attr{"type", "checkbox"})
		if role != "switch" {
			role = ""
		}
	case render.Choose:
		n.tag, role, n.checked = "input", "", g.Checked
		n.attrs = append(n.attrs, attr{"type", "radio"}, attr{"name", g.Pointer})
	case render.Slide, render.Expand, render.SelectTab:
		n.attrs = append(n.attrs, attr{"tabindex", "0"})
	}
	if role != "" {
		n.attrs = append(n.attrs, attr{"role", role})
	}
	switch {
	case g.Interact == render.NotInteractive && (g.Role == "" || g.Role == "heading" || g.Role == "listitem"):
		// Text a person reads: its name is its content.
		n.text = label
		if g.Role == "" {
			n.tag = "span"
		}
	case label != "":
		n.attrs = append(n.attrs, attr{"aria-label", label})
	}
	if g.Level > 0 && g.Role == "heading" {
		n.attrs = append(n.attrs, attr{"aria-level", strconv.Itoa(g.Level)})
	}
	switch g.Role {
	case "switch":
		n.attrs = append(n.attrs, attr{"aria-checked", strconv.FormatBool(g.Checked)})
	case "tab":
		n.attrs = append(n.attrs, attr{"aria-selected", strconv.FormatBool(g.Checked)})
	case "combobox":
		n.attrs = append(n.attrs, attr{"aria-expanded", "false"}, attr{"aria-haspopup", "listbox"})
		if g.Value != "" {
			n.attrs = append(n.attrs, attr{"aria-valuetext", g.Value})
		}
	case "slider":
		// The group carries the value but not the range: say it as text.
		n.attrs = append(n.attrs, attr{"aria-valuetext", g.Value})
	case "progressbar":
		if v, err := strconv.ParseFloat(strings.TrimSuffix(g.Value, "%"), 64); err == nil {
			n.attrs = append(n.attrs, attr{"aria-valuenow", strconv.FormatFloat(v, 'f', -1, 64)},
				attr{"aria-valuemin", "0"}, attr{"aria-valuemax", "100"})
		}
	}
	if g.Disabled {
		n.attrs = append(n.attrs, attr{"aria-disabled", "true"})
	}
	n.attrs = append(n.attrs, attr{"data-node", g.Pointer})
	return n
}
