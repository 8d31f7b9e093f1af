package a2ui

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
)

// build converts component id (in data scope) and what it references.
// A missing component, a reference cycle and the node budget each leave
// a placeholder and a warning.
func (c *conv) build(id, scope, from string, depth int) *genui.Node {
	cm, ok := c.comps[id]
	if !ok {
		return c.b.Placeholder(from, "missing component "+strconv.Quote(id), "No component with this id was sent.")
	}
	key := id + "\x00" + scope
	if c.active[key] || depth > genui.MaxDepth {
		return c.b.Placeholder(cm.ptr, "component "+strconv.Quote(id)+" nested in itself", "The components reference each other in a loop.")
	}
	c.nodes++
	if c.nodes > nodeBudget {
		if c.nodes == nodeBudget+1 {
			c.b.Warn(cm.ptr, "the surface instantiates more than %d components; the rest are left out", nodeBudget)
		}
		return nil
	}
	c.active[key] = true
	defer delete(c.active, key)
	n := c.component(cm.v, scope, cm.ptr, depth)
	if n == nil {
		return nil
	}
	if n.ID == "" {
		if scope != "/" {
			id += "@" + scope // one instance of a template
		}
		n.ID = c.b.ID(cm.ptr+"/id", id)
	}
	return n
}

// children converts a ChildList: an array of ids, or a template
// {"componentId", "path"} instantiated once per item of a data array.
func (c *conv) children(v gjson.Result, scope, ptr string, depth int) []*genui.Node {
	var out []*genui.Node
	add := func(n *genui.Node) {
		if n != nil {
			out = append(out, n)
		}
	}
	switch {
	case v.IsArray():
		v.ForEach(func(_, k gjson.Result) bool {
			add(c.build(k.String(), scope, ptr, depth+1))
			return c.nodes <= nodeBudget
		})
	case v.IsObject():
		tmpl := v.Get("componentId").String()
		at := resolve(scope, v.Get("path").String())
		items, _ := lookup(c.data, at)
		switch list := items.(type) {
		case []any:
			for i := range list {
				add(c.build(tmpl, strings.TrimSuffix(at, "/")+"/"+strconv.Itoa(i), ptr, depth+1))
				if c.nodes > nodeBudget {
					break
				}
			}
		case map[string]any:
			for _, k := range slices.Sorted(maps.Keys(list)) {
				add(c.build(tmpl, importer.Pointer(strings.TrimSuffix(at, "/"), k), ptr, depth+1))
			}
		}
	}
	return out
}

// one converts the single child a component references by id.
func (c *conv) one(v gjson.Result, scope, ptr string, depth int) *genui.Node {
	if v.Type != gjson.String {
		return nil
	}
	return c.build(v.Str, scope, ptr, depth+1)
}

// component converts one component definition.
func (c *conv) component(v gjson.Result, scope, ptr string, depth int) *genui.Node {
	typ := v.Get("component").String()
	txt := func(key string) string { return c.b.Text(ptr+"/"+key, c.text(v.Get(key), scope, ptr+"/"+key), 0) }
	switch typ {
	case "Text":
		return c.textNode(txt("text"), v.Get("variant").String(), ptr)
	case "Image":
		return c.image(v, scope, ptr)
	case "Icon":
		return c.icon(v, scope, ptr)
	case "Video", "AudioPlayer":
		what := txt("description")
		if what == "" {
			what = c.text(v.Get("url"), scope, ptr)
		}
		return c.b.Placeholder(ptr, typ, c.b.Text(ptr, what, 0))
	case "Row", "Column", "List":
		return c.flex(typ, v, scope, ptr, depth)
	case "Card":
		kid := c.one(v.Get("child"), scope, ptr+"/child", depth)
		n := importer.New(&genui.Card{})
		if kid != nil && kid.Type == "column" && kid.Tokens == (genui.Tokens{Gap: kid.Gap}) {
			n.Gap, n.Children = kid.Gap, kid.Children // a card stacks its children itself
		} else if kid != nil {
			n.Children = []*genui.Node{kid}
		}
		return n
	case "Tabs":
		n := importer.New(&genui.Tabs{})
		i := 0
		v.Get("tabs").ForEach(func(_, t gjson.Result) bool {
			p := ptr + "/tabs/" + strconv.Itoa(i)
			i++
			title := c.b.Text(p+"/title", c.text(t.Get("title"), scope, p+"/title"), 200)
			if title == "" {
				title = "Tab " + strconv.Itoa(i)
			}
			tab := importer.New(&genui.Tab{Title: title})
			if kid := c.one(t.Get("child"), scope, p+"/child", depth+1); kid != nil {
				tab.Children = []*genui.Node{kid}
			}
			n.Children = append(n.Children, tab)
			return true
		})
		if len(n.Children) == 0 {
			return nil
		}
		return n
	case "Modal":
		c.b.Warn(ptr, "Modal: its content is shown in a card below its trigger; genui has no dialogs")
		col := importer.New(&genui.Column{})
		if t := c.one(v.Get("trigger"), scope, ptr+"/trigger", depth); t != nil {
			col.Children = append(col.Children, t)
		}
		if k := c.one(v.Get("content"), scope, ptr+"/content", depth); k != nil {
			card := importer.New(&genui.Card{})
			card.Tone = genui.Neutral
			card.Children = []*genui.Node{k}
			col.Children = append(col.Children, card)
		}
		return col
	case "Divider":
		if v.Get("axis").String() == "vertical" {
			c.b.Warn(ptr+"/axis", "vertical dividers are not supported; left out")
			return nil
		}
		return importer.New(&genui.Divider{})
	case "Button":
		return c.button(v, scope, ptr, depth)
	case "TextField":
		return c.textField(v, scope, ptr)
	case "CheckBox":
		return importer.New(&genui.Checkbox{Label: txt("label"), Checked: truthy(c.value(v.Get("value"), scope, ptr+"/value"))})
	case "ChoicePicker":
		return c.choicePicker(v, scope, ptr)
	case "Slider":
		s := &genui.Slider{Label: txt("label"), Max: 100}
		if x, ok := num(c.value(v.Get("min"), scope, ptr+"/min")); ok {
			s.Min = x
		}
		if x, ok := num(c.value(v.Get("max"), scope, ptr+"/max")); ok {
			s.Max = x
		}
		if x, ok := num(c.value(v.Get("value"), scope, ptr+"/value")); ok {
			s.Value = x
		}
		return importer.New(s)
	case "DateTimeInput":
		return c.dateTime(v, scope, ptr)
	}
	return c.b.Placeholder(ptr, "component "+strconv.Quote(typ), "A component outside the A2UI basic catalog.")
}

// textNode converts a Text: variants h1–h5 are headings (h5 is level 4),
// caption is small muted text, and Markdown headings and lists are read.
func (c *conv) textNode(s, variant, ptr string) *genui.Node {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	level := 0
	if len(variant) == 2 && variant[0] == 'h' && variant[1] >= '1' && variant[1] <= '5' {
		level = min(int(variant[1]-'0'), 4)
	}
	if l, text, ok := importer.Heading(s); ok {
		s = text
		if level == 0 {
			level = min(l, 4)
		}
	}
	if level > 0 {
		if c.title == "" && level <= 2 {
			c.title = importer.PlainText(s)
		}
		return importer.New(&genui.Heading{Text: importer.PlainText(s), Level: level})
	}
	if items, ok := importer.ListItems(s); ok {
		return importer.New(&genui.List{Items: items[:min(len(items), genui.MaxItems)]})
	}
	n := importer.New(&genui.Text{Text: importer.PlainText(s)})
	if variant == "caption" {
		n.Size, n.Tone = genui.Small, genui.Neutral
	}
	return n
}

// flex converts a Row, Column or List (a vertical list is a column, a
// horizontal one a wrapping row: A2UI lists are not bulleted).
func (c *conv) flex(typ string, v gjson.Result, scope, ptr string, depth int) *genui.Node {
	kids := c.children(v.Get("children"), scope, ptr+"/children", depth)
	j := justifyOf(v.Get("justify").String())
	var n *genui.Node
	if typ == "Row" || typ == "List" && v.Get("direction").String() == "horizontal" {
		n = importer.New(&genui.Row{Justify: j, Wrap: typ == "List"})
	} else {
		n = importer.New(&genui.Column{Justify: j})
	}
	switch a := v.Get("align").String(); a {
	case "start", "center", "end", "stretch":
		n.Align = genui.Align(a)
	}
	n.Children = kids
	return n
}

func justifyOf(s string) genui.Justify {
	switch s {
	case "center":
		return genui.JustifyCenter
	case "end":
		return genui.JustifyEnd
	case "spaceBetween", "spaceAround", "spaceEvenly":
		return genui.JustifyBetween
	}
	return ""
}

// image converts an Image: avatar variant to an avatar, icon and small
// feature variants to small thumbnails, medium feature to a medium one.
func (c *conv) image(v gjson.Result, scope, ptr string) *genui.Node {
	src := c.b.URL(ptr+"/url", c.text(v.Get("url"), scope, ptr+"/url"), true)
	alt := c.b.Text(ptr+"/description", c.text(v.Get("description"), scope, ptr+"/description"), 0)
	if alt == "" {
		alt = c.b.Text(ptr+"/accessibility", c.text(v.Get("accessibility.label"), scope, ptr), 0)
	}
	switch v.Get("variant").String() {
	case "avatar":
		return importer.New(&genui.Avatar{Text: alt, Src: src})
	case "icon", "smallFeature":
		n := importer.New(&genui.Image{Src: src, Alt: alt})
		n.Size = genui.Small
		return n
	case "mediumFeature":
		n := importer.New(&genui.Image{Src: src, Alt: alt})
		n.Size = genui.Medium
		return n
	}
	return importer.New(&genui.Image{Src: src, Alt: alt})
}

// button converts a Button: its label is the text of its child, its
// action the event's name; an openUrl function call becomes a link.
func (c *conv) button(v gjson.Result, scope, ptr string, depth int) *genui.Node {
	label := c.b.Text(ptr+"/child", c.labelOf(v.Get("child").String(), scope, 0), 200)
	if label == "" {
		label = "Button"
	}
	act := v.Get("action")
	if fc := act.Get("functionCall"); fc.Exists() {
		if fc.Get("call").String() == "openUrl" {
			href := c.b.URL(ptr+"/action", c.text(fc.Get("args.url"), scope, ptr+"/action"), false)
			return importer.New(&genui.Link{Text: label, Href: href})
		}
		c.b.Warn(ptr+"/action", "local function %q is not run; the button fires it by name", fc.Get("call").String())
	}
	if act.Get("event.context").Exists() {
		c.b.Warn(ptr+"/action/event/context", "action context is not carried; genui actions report the form's values instead")
	}
	name := act.Get("event.name").String()
	if name == "" {
		name = act.Get("functionCall.call").String()
	}
	n := importer.New(&genui.Button{Text: label, Action: c.b.Text(ptr+"/action", name, 100)})
	switch v.Get("variant").String() {
	case "primary":
		n.Variant = genui.Primary
	case "borderless":
		n.Variant = genui.Ghost
	default:
		n.Variant = genui.Secondary
	}
	return n
}

// labelOf returns the text shown by the component id (a Text, or the
// texts inside a Row or Column), for a button's label.
func (c *conv) labelOf(id, scope string, depth int) string {
	cm, ok := c.comps[id]
	if !ok || depth > 4 {
		return ""
	}
	v := cm.v
	switch v.Get("component").String() {
	case "Text":
		return importer.PlainText(c.text(v.Get("text"), scope, cm.ptr+"/text"))
	case "Icon":
		return ""
	}
	var parts []string
	v.Get("children").ForEach(func(_, k gjson.Result) bool {
		if s := c.labelOf(k.String(), scope, depth+1); s != "" {
			parts = append(parts, s)
		}
		return true
	})
	return strings.Join(parts, " ")
}

// textField converts a TextField: longText is a textarea, number and
// obscured are input types; a "required" check marks it required.
func (c *conv) textField(v gjson.Result, scope, ptr string) *genui.Node {
	label := c.b.Text(ptr+"/label", c.text(v.Get("label"), scope, ptr+"/label"), 0)
	value := c.b.Text(ptr+"/value", c.text(v.Get("value"), scope, ptr+"/value"), 0)
	if v.Get("validationRegexp").Exists() {
		c.b.Warn(ptr+"/validationRegexp", "validation patterns are not enforced")
	}
	required := false
	v.Get("checks").ForEach(func(_, ch gjson.Result) bool {
		required = required || ch.Get("call").String() == "required" || ch.Get("condition.call").String() == "required"
		return true
	})
	switch v.Get("variant").String() {
	case "longText":
		return importer.New(&genui.Textarea{Label: label, Value: value})
	case "number":
		return importer.New(&genui.Input{InputType: genui.InputNumber, Label: label, Value: value, Required: required})
	case "obscured":
		return importer.New(&genui.Input{InputType: genui.InputPassword, Label: label, Value: value, Required: required})
	}
	return importer.New(&genui.Input{Label: label, Value: value, Required: required})
}

// choicePicker converts a ChoicePicker: one choice of few options is a
// radio group, of many a select; several choices are a labelled group of
// checkboxes.
func (c *conv) choicePicker(v gjson.Result, scope, ptr string) *genui.Node {
	label := c.b.Text(ptr+"/label", c.text(v.Get("label"), scope, ptr+"/label"), 0)
	var labels []string
	byValue := map[string]string{}
	i := 0
	v.Get("options").ForEach(func(_, o gjson.Result) bool {
		p := ptr + "/options/" + strconv.Itoa(i)
		i++
		l := c.b.Text(p+"/label", c.text(o.Get("label"), scope, p+"/label"), 0)
		if l == "" {
			l = c.b.Text(p+"/value", o.Get("value").String(), 0)
		}
		if l != "" {
			labels = append(labels, l)
			byValue[o.Get("value").String()] = l
		}
		return len(labels) < genui.MaxItems
	})
	var chosen []string
	switch sel := c.value(v.Get("value"), scope, ptr+"/value").(type) {
	case []any:
		for _, x := range sel {
			if l, ok := byValue[str(x)]; ok {
				chosen = append(chosen, l)
			}
		}
	case string:
		if l, ok := byValue[sel]; ok {
			chosen = append(chosen, l)
		}
	}
	if v.Get("variant").String() == "multipleSelection" {
		col := importer.New(&genui.Column{})
		col.Gap = genui.GapSM
		if label != "" {
			col.Children = append(col.Children, importer.New(&genui.Heading{Text: label, Level: 4}))
		}
		for _, l := range labels {
			on := false
			for _, ch := range chosen {
				on = on || ch == l
			}
			col.Children = append(col.Children, importer.New(&genui.Checkbox{Label: l, Checked: on}))
		}
		return col
	}
	if len(labels) == 0 {
		return c.b.Placeholder(ptr, "ChoicePicker without options", label)
	}
	value := ""
	if len(chosen) > 0 {
		value = chosen[0]
	}
	if len(labels) <= 5 {
		return importer.New(&genui.Radio{Label: label, Options: labels, Value: value})
	}
	return importer.New(&genui.Select{Label: label, Options: labels, Value: value})
}

// dateTime converts a DateTimeInput to a date input, a time input, or a
// row of both, splitting an ISO 8601 value between them.
func (c *conv) dateTime(v gjson.Result, scope, ptr string) *genui.Node {
	label := c.b.Text(ptr+"/label", c.text(v.Get("label"), scope, ptr+"/label"), 0)
	value := c.text(v.Get("value"), scope, ptr+"/value")
	date, clock, _ := strings.Cut(value, "T")
	if !strings.Contains(value, "T") && strings.Contains(value, ":") {
		date, clock = "", value
	}
	if len(clock) > 5 {
		clock = clock[:5]
	}
	enableDate := v.Get("enableDate").Bool() || !v.Get("enableTime").Bool()
	enableTime := v.Get("enableTime").Bool()
	d := importer.New(&genui.Input{InputType: genui.InputDate, Label: label, Value: c.b.Text(ptr, date, 64)})
	t := importer.New(&genui.Input{InputType: genui.InputTime, Label: label, Value: c.b.Text(ptr, clock, 64)})
	switch {
	case enableDate && enableTime:
		t.Props.(*genui.Input).Label = ""
		row := importer.New(&genui.Row{})
		row.Align = genui.AlignEnd
		row.Children = []*genui.Node{d, t}
		return row
	case enableTime:
		return t
	}
	return d
}
