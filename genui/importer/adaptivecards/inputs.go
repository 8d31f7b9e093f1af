package adaptivecards

import (
	"slices"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
)

// Inputs keep their Adaptive Cards id as the node id, so the values a
// genui renderer reports for an action are keyed as Action.Submit keys
// them. Validation (regex, min, max, maxLength) is not carried: genui
// inputs only mark a field required.

// validation warns about the validation rules of an input, which genui
// does not enforce.
func (c *conv) validation(v gjson.Result, ptr, typ string) {
	for _, name := range []string{"regex", "min", "max", "maxLength"} {
		if v.Get(name).Exists() {
			c.b.Warn(ptr+"/"+name, "%s.%s validation is not enforced", typ, name)
		}
	}
}

func (c *conv) inputText(v gjson.Result, ptr string) *genui.Node {
	c.validation(v, ptr, "Input.Text")
	label := c.b.Text(ptr+"/label", v.Get("label").String(), 0)
	placeholder := c.b.Text(ptr+"/placeholder", v.Get("placeholder").String(), 0)
	value := c.b.Text(ptr+"/value", v.Get("value").String(), 0)
	var n *genui.Node
	if v.Get("isMultiline").Bool() {
		n = importer.New(&genui.Textarea{Label: label, Placeholder: placeholder, Value: value})
	} else {
		t := genui.InputText
		switch strings.ToLower(v.Get("style").String()) {
		case "tel":
			t = genui.InputTel
		case "url":
			t = genui.InputURL
		case "email":
			t = genui.InputEmail
		case "password":
			t = genui.InputPassword
		}
		n = importer.New(&genui.Input{InputType: t, Label: label, Placeholder: placeholder, Value: value, Required: v.Get("isRequired").Bool()})
	}
	n.ID = c.b.ID(ptr+"/id", v.Get("id").String())
	act := v.Get("inlineAction")
	if !act.IsObject() {
		return n
	}
	// An inline action sits beside its field, as Adaptive Cards draws it.
	btn := c.action(act, ptr+"/inlineAction", 0)
	if btn == nil {
		return n
	}
	row := importer.New(&genui.Row{})
	row.Align = genui.AlignEnd
	row.Children = []*genui.Node{n, btn}
	return row
}

func (c *conv) inputNumber(v gjson.Result, ptr string) *genui.Node {
	c.validation(v, ptr, "Input.Number")
	value := ""
	if x := v.Get("value"); x.Type == gjson.Number {
		value = strconv.FormatFloat(x.Float(), 'f', -1, 64)
	}
	n := importer.New(&genui.Input{
		InputType:   genui.InputNumber,
		Label:       c.b.Text(ptr+"/label", v.Get("label").String(), 0),
		Placeholder: c.b.Text(ptr+"/placeholder", v.Get("placeholder").String(), 0),
		Value:       value,
		Required:    v.Get("isRequired").Bool(),
	})
	n.ID = c.b.ID(ptr+"/id", v.Get("id").String())
	return n
}

func (c *conv) inputDateTime(v gjson.Result, ptr string, t genui.InputType) *genui.Node {
	typ := "Input.Date"
	if t == genui.InputTime {
		typ = "Input.Time"
	}
	c.validation(v, ptr, typ)
	n := importer.New(&genui.Input{
		InputType:   t,
		Label:       c.b.Text(ptr+"/label", v.Get("label").String(), 0),
		Placeholder: c.b.Text(ptr+"/placeholder", v.Get("placeholder").String(), 0),
		Value:       c.b.Text(ptr+"/value", v.Get("value").String(), 0),
		Required:    v.Get("isRequired").Bool(),
	})
	n.ID = c.b.ID(ptr+"/id", v.Get("id").String())
	return n
}

// inputToggle converts an Input.Toggle to a checkbox titled by its title;
// a label of its own (Adaptive Cards 1.3) goes above it as text.
func (c *conv) inputToggle(v gjson.Result, ptr string) *genui.Node {
	on := "true"
	if x := v.Get("valueOn"); x.Exists() {
		on = x.String()
	}
	title := c.b.Text(ptr+"/title", v.Get("title").String(), 0)
	label := c.b.Text(ptr+"/label", v.Get("label").String(), 0)
	if title == "" {
		title, label = label, ""
	}
	box := importer.New(&genui.Checkbox{Label: title, Checked: v.Get("value").String() == on})
	box.ID = c.b.ID(ptr+"/id", v.Get("id").String())
	if label == "" {
		return box
	}
	col := importer.New(&genui.Column{})
	col.Gap = genui.GapSM
	col.Children = []*genui.Node{fieldLabel(label), box}
	return col
}

// fieldLabel is the text of a label above a group of controls.
func fieldLabel(s string) *genui.Node {
	return importer.New(&genui.Heading{Text: s, Level: 4})
}

// choiceSet converts an Input.ChoiceSet: a multi-select to a labelled
// group of checkboxes, an expanded one to radio buttons, any other to a
// select. genui options are their titles, so a chosen value reads back as
// its title.
func (c *conv) choiceSet(v gjson.Result, ptr string) *genui.Node {
	if v.Get("choices.data").Exists() {
		c.b.Warn(ptr+"/choices.data", "dynamic choices (Data.Query) are not fetched")
	}
	if is(v.Get("style"), "filtered") {
		c.b.Warn(ptr+"/style", "filtered (type-ahead) choice sets are shown as a plain select")
	}
	var titles []string
	byValue := map[string]string{}
	i := 0
	v.Get("choices").ForEach(func(_, ch gjson.Result) bool {
		p := ptr + "/choices/" + strconv.Itoa(i)
		i++
		t := c.b.Text(p+"/title", ch.Get("title").String(), 0)
		if t == "" {
			t = c.b.Text(p+"/value", ch.Get("value").String(), 0)
		}
		if t == "" {
			return true
		}
		titles = append(titles, t)
		byValue[ch.Get("value").String()] = t
		return len(titles) < genui.MaxItems
	})
	label := c.b.Text(ptr+"/label", v.Get("label").String(), 0)
	id := v.Get("id").String()
	var chosen []string
	for _, val := range strings.Split(v.Get("value").String(), ",") {
		if t, ok := byValue[strings.TrimSpace(val)]; ok {
			chosen = append(chosen, t)
		}
	}
	if v.Get("isMultiSelect").Bool() {
		col := importer.New(&genui.Column{})
		col.Gap = genui.GapSM
		col.ID = c.b.ID(ptr+"/id", id)
		if label != "" {
			col.Children = append(col.Children, fieldLabel(label))
		}
		for _, t := range titles {
			box := importer.New(&genui.Checkbox{Label: t, Checked: slices.Contains(chosen, t)})
			if id != "" {
				box.ID = c.b.ID(ptr+"/id", id+"."+t)
			}
			col.Children = append(col.Children, box)
		}
		return col
	}
	if len(titles) == 0 {
		return c.b.Placeholder(ptr, "Input.ChoiceSet without choices", label)
	}
	value := ""
	if len(chosen) > 0 {
		value = chosen[0]
	}
	var n *genui.Node
	if is(v.Get("style"), "expanded") {
		n = importer.New(&genui.Radio{Label: label, Options: titles, Value: value})
	} else {
		n = importer.New(&genui.Select{Label: label, Options: titles, Value: value})
	}
	n.ID = c.b.ID(ptr+"/id", id)
	return n
}
