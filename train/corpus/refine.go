package corpus

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/genui/genui/genui"
)

// Refinement: a spec, a change a person asks for, and the smallest JSON
// Patch that makes it. Edits read the spec's tree, so they apply to any
// screen: "make the submit button red" works wherever there is a button.

// edit is one refinement of a spec.
type edit struct {
	name        string // what kind of change ("recolor", "add_field", …)
	instruction string // what the person asks, in the sample's language
	ops         []genui.PatchOp
}

// item is a node of the spec with its place in the tree.
type item struct {
	n      *genui.Node
	path   string // its JSON Pointer in the spec
	parent *item  // nil for the root
	index  int    // its position among the parent's children
}

// walk lists the nodes of the tree under root in document order.
func walk(root *genui.Node) []*item {
	var out []*item
	var visit func(n *genui.Node, path string, parent *item, index int)
	visit = func(n *genui.Node, path string, parent *item, index int) {
		it := &item{n: n, path: path, parent: parent, index: index}
		out = append(out, it)
		for i, k := range n.Children {
			visit(k, path+"/children/"+strconv.Itoa(i), it, i)
		}
	}
	visit(root, "/root", nil, 0)
	return out
}

// refiner holds what edits look at: the tree and its nodes by type.
type refiner struct {
	g     *gen
	s     *screen
	items []*item
	byTyp map[string][]*item
}

// edits are the kinds of refinement, with how often each is tried.
var edits = []struct {
	name   string
	weight float64
	make   func(r *refiner) (edit, bool)
}{
	{"recolor", 3, (*refiner).recolor},
	{"rename_button", 2, (*refiner).renameButton},
	{"rename_heading", 2, (*refiner).renameHeading},
	{"add_field", 3, (*refiner).addField},
	{"remove", 2.2, (*refiner).remove},
	{"columns", 1.5, (*refiner).columns},
	{"chart_type", 3, (*refiner).chartType},
	{"form_columns", 1.5, (*refiner).formColumns},
	{"add_link", 1, (*refiner).addLink},
	{"required", 1, (*refiner).required},
	{"placeholder", 0.8, (*refiner).placeholder},
	{"relabel", 1.2, (*refiner).relabel},
	{"toggle", 1, (*refiner).toggleDefault},
	{"progress", 1.5, (*refiner).progressValue},
	{"table_row", 2, (*refiner).tableRow},
	{"table_column", 2, (*refiner).tableColumn},
	{"option", 1.5, (*refiner).option},
	{"list_item", 0.8, (*refiner).listItem},
	{"add_button", 1.5, (*refiner).addButton},
	{"move", 1.2, (*refiner).move},
	{"stat_value", 0.8, (*refiner).statValue},
	{"alert_tone", 0.8, (*refiner).alertTone},
	{"heading_size", 0.8, (*refiner).headingSize},
	{"align", 0.7, (*refiner).align},
	{"gap", 0.6, (*refiner).gap},
	{"duplicate", 0.6, (*refiner).duplicate},
	{"direction", 0.8, (*refiner).direction},
	{"add_heading", 0.8, (*refiner).addHeading},
	{"add_alert", 0.8, (*refiner).addAlert},
	{"badge", 2, (*refiner).badgeText},
	{"slider_range", 0.5, (*refiner).sliderRange},
	{"link_href", 0.5, (*refiner).linkHref},
	{"button_size", 0.6, (*refiner).buttonSize},
}

// edit chooses a refinement that applies to s and makes it: every kind of
// edit is tried, and one of those that apply is drawn by weight. Now and
// then two changes of fields are asked for at once.
func (g *gen) edit(s *screen) (edit, bool) {
	r := &refiner{g: g, s: s, items: walk(s.root), byTyp: map[string][]*item{}}
	for _, it := range r.items {
		r.byTyp[it.n.Type] = append(r.byTyp[it.n.Type], it)
	}
	var made []edit
	var weights []float64
	total := 0.0
	for _, e := range edits {
		ed, ok := e.make(r)
		if !ok {
			continue
		}
		ed.name = e.name
		made = append(made, ed)
		weights = append(weights, e.weight)
		total += e.weight
	}
	if len(made) == 0 {
		return edit{}, false
	}
	draw := func() edit {
		x := g.r.Float64() * total
		for i, w := range weights {
			if x < w {
				return made[i]
			}
			x -= w
		}
		return made[len(made)-1]
	}
	ed := draw()
	if g.chance(0.12) {
		if other := draw(); fieldsOnly(ed) && fieldsOnly(other) && disjoint(ed, other) {
			ed = edit{
				name:        "combined",
				instruction: g.l("{%[1]s and %[2]s|%[1]s, and %[2]s|%[1]s; also %[2]s|%[1]s, then %[2]s}", "{%[1]s，然後%[2]s|%[1]s，還有%[2]s|%[1]s，另外%[2]s}", strings.TrimSuffix(ed.instruction, "?"), other.instruction),
				ops:         append(append([]genui.PatchOp{}, ed.ops...), other.ops...),
			}
		}
	}
	if !g.zh {
		ed.instruction = g.roughenInstruction(ed.instruction)
	}
	ed.instruction = tidy(ed.instruction)
	return ed, true
}

// fieldsOnly reports whether an edit only sets or removes fields of nodes,
// so it moves nothing another edit's paths point at.
func fieldsOnly(e edit) bool {
	for _, op := range e.ops {
		last := op.Path[strings.LastIndexByte(op.Path, '/')+1:]
		if op.Op == "move" || op.Op == "copy" || last == "-" || last == "type" || last[0] >= '0' && last[0] <= '9' || strings.Contains(op.Path, "/rows/") {
			return false
		}
	}
	return true
}

// disjoint reports whether two edits touch different fields.
func disjoint(a, b edit) bool {
	for _, x := range a.ops {
		for _, y := range b.ops {
			if x.Path == y.Path {
				return false
			}
		}
	}
	return true
}

// Patch operations.

func jsonValue(v any) json.RawMessage {
	if n, ok := v.(*genui.Node); ok {
		b, err := n.MarshalJSON()
		if err != nil {
			panic("corpus: " + err.Error()) // nodes built here always marshal
		}
		return b
	}
	b, _ := json.Marshal(v) // strings, numbers and bools always marshal
	return b
}

func opAdd(path string, v any) genui.PatchOp {
	return genui.PatchOp{Op: "add", Path: path, Value: jsonValue(v)}
}

func opReplace(path string, v any) genui.PatchOp {
	return genui.PatchOp{Op: "replace", Path: path, Value: jsonValue(v)}
}

func opRemove(path string) genui.PatchOp { return genui.PatchOp{Op: "remove", Path: path} }

func opMove(from, path string) genui.PatchOp {
	return genui.PatchOp{Op: "move", From: from, Path: path}
}

func opCopy(from, path string) genui.PatchOp {
	return genui.PatchOp{Op: "copy", From: from, Path: path}
}

// set writes a field of a node: "replace" when the spec holds it, "add"
// when it does not (a field at its zero value is left out of the JSON).
func set(it *item, field string, present bool, v any) genui.PatchOp {
	if present {
		return opReplace(it.path+"/"+field, v)
	}
	return opAdd(it.path+"/"+field, v)
}

// Reading nodes.

// text returns what a node shows as its main text: a button's, heading's,
// link's or badge's text, an input's label, a card's title.
func text(n *genui.Node) string {
	switch p := n.Props.(type) {
	case *genui.Button:
		return p.Text
	case *genui.Heading:
		return p.Text
	case *genui.Link:
		return p.Text
	case *genui.Badge:
		return p.Text
	case *genui.Text:
		return p.Text
	case *genui.Input:
		return p.Label
	case *genui.Textarea:
		return p.Label
	case *genui.Select:
		return p.Label
	case *genui.Radio:
		return p.Label
	case *genui.Checkbox:
		return p.Label
	case *genui.Switch:
		return p.Label
	case *genui.Slider:
		return p.Label
	case *genui.Card:
		return p.Title
	case *genui.Stat:
		return p.Label
	case *genui.Alert:
		return p.Title
	case *genui.Chart:
		return p.Title
	case *genui.Progress:
		return p.Label
	}
	return ""
}

// unique returns the items of a type whose text no other item of that
// type shares, so that an instruction can name them without doubt.
func (r *refiner) unique(typ string) []*item {
	count := map[string]int{}
	for _, it := range r.byTyp[typ] {
		count[text(it.n)]++
	}
	var out []*item
	for _, it := range r.byTyp[typ] {
		if t := text(it.n); t != "" && count[t] == 1 {
			out = append(out, it)
		}
	}
	return out
}

// name says how the instruction names an item of the given kind of
// component ("button", "按鈕"): "the button" when it is the only one,
// else by its text, quoted or not.
func (r *refiner) name(it *item, kindEn, kindZh string) string {
	g := r.g
	t := text(it.n)
	if len(r.byTyp[it.n.Type]) == 1 && g.chance(0.5) || t == "" {
		return g.l("the %[1]s", "%[2]s", kindEn, kindZh)
	}
	if b, ok := it.n.Props.(*genui.Button); ok && g.chance(0.3) {
		// People name the one submit or primary button by its role.
		submits, primaries := 0, 0
		for _, o := range r.byTyp["button"] {
			ob := o.n.Props.(*genui.Button)
			if ob.Action == "submit" {
				submits++
			}
			if o.n.Variant == genui.Primary {
				primaries++
			}
		}
		switch {
		case b.Action == "submit" && submits == 1:
			return g.l("the {submit|send} button", "{送出按鈕|提交按鈕}")
		case it.n.Variant == genui.Primary && primaries == 1 && len(r.byTyp["button"]) > 1:
			return g.l("the {primary|main} button", "主要按鈕")
		}
	}
	loose := (it.n.Type == "button" || it.n.Type == "link" || it.n.Type == "input") && len(strings.Fields(t)) <= 3 &&
		strings.IndexFunc(t, func(c rune) bool { return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ') }) < 0
	if !g.zh && loose && g.chance(0.4) {
		return g.l("the %[1]s %[2]s", "", lower(t), kindEn)
	}
	return g.l("{the %[1]s %[2]s|the %[2]s %[1]s}", "%[1]s%[3]s", g.q(t), kindEn, kindZh)
}

// isContainer reports whether a node holds children in the spec's JSON.
func isContainer(n *genui.Node) bool {
	c, ok := genui.Lookup(n.Type)
	return ok && (c.Kind == genui.Container || c.Kind == genui.TabSet)
}

// roughenInstruction makes an English instruction read as typed, as
// descriptions are.
func (g *gen) roughenInstruction(s string) string {
	out := g.roughen(s, terse)
	verb := strings.ToLower(strings.Fields(out + " x")[0])
	if g.chance(0.15) && strings.Contains(" make add remove delete change rename put move set turn center give drop duplicate stack split lay use ", " "+verb+" ") {
		out = g.pick("pls ", "please ", "can you ", "could you ") + out
	}
	return out
}
