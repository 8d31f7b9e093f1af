package corpus

import (
	"github.com/genui/genui/genui"
)

// Constructors of spec nodes. They keep the screen code close to the tree
// it builds: col(heading("Sign in", 2), form("login", …)).

func node(p genui.Props, kids ...*genui.Node) *genui.Node {
	return &genui.Node{Type: p.Type(), Props: p, Children: kids}
}

func col(kids ...*genui.Node) *genui.Node { return node(&genui.Column{}, kids...) }
func row(kids ...*genui.Node) *genui.Node { return node(&genui.Row{}, kids...) }
func card(title string, kids ...*genui.Node) *genui.Node {
	return node(&genui.Card{Title: title}, kids...)
}

func grid(columns int, kids ...*genui.Node) *genui.Node {
	return node(&genui.Grid{Columns: columns}, kids...)
}

// spread is a row whose children sit at both ends.
func spread(kids ...*genui.Node) *genui.Node {
	return node(&genui.Row{Justify: genui.JustifyBetween}, kids...)
}

// rowEnd is a row of children pushed to its end (a dialog's buttons).
func rowEnd(kids ...*genui.Node) *genui.Node {
	return node(&genui.Row{Justify: genui.JustifyEnd}, kids...)
}

func tabs(kids ...*genui.Node) *genui.Node { return node(&genui.Tabs{}, kids...) }
func tab(title string, kids ...*genui.Node) *genui.Node {
	return node(&genui.Tab{Title: title}, kids...)
}
func divider() *genui.Node { return node(&genui.Divider{}) }
func spacer() *genui.Node  { return node(&genui.Spacer{}) }

func heading(text string, level int) *genui.Node {
	return node(&genui.Heading{Text: text, Level: level})
}
func para(text string) *genui.Node { return node(&genui.Text{Text: text}) }

// muted is secondary body text: a caption, a date, a hint.
func muted(text string) *genui.Node {
	n := para(text)
	n.Size = genui.Small
	return n
}
func image(src, alt string) *genui.Node { return node(&genui.Image{Src: src, Alt: alt}) }
func icon(name string) *genui.Node      { return node(&genui.Icon{Name: name}) }
func avatar(name string) *genui.Node    { return node(&genui.Avatar{Text: name}) }
func badge(text string, tone genui.Tone) *genui.Node {
	n := node(&genui.Badge{Text: text})
	n.Tone = tone
	return n
}
func link(text, href string) *genui.Node { return node(&genui.Link{Text: text, Href: href}) }
func list(items ...string) *genui.Node   { return node(&genui.List{Items: items}) }
func table(columns []string, rows [][]string) *genui.Node {
	return node(&genui.Table{Columns: columns, Rows: rows})
}
func chart(kind genui.ChartType, title string, data []genui.Datum) *genui.Node {
	return node(&genui.Chart{ChartType: kind, Title: title, Data: data})
}
func progress(value float64, label string) *genui.Node {
	return node(&genui.Progress{Value: value, Label: label})
}
func stat(label, figure, delta string) *genui.Node {
	return node(&genui.Stat{Label: label, Text: figure, Delta: delta})
}
func alert(tone genui.Tone, title, text string) *genui.Node {
	n := node(&genui.Alert{Title: title, Text: text})
	n.Tone = tone
	return n
}

func button(text, action string, v genui.Variant) *genui.Node {
	n := node(&genui.Button{Text: text, Action: action})
	n.Variant = v
	return n
}

func input(id string, kind genui.InputType, label, placeholder string, required bool) *genui.Node {
	n := node(&genui.Input{InputType: kind, Label: label, Placeholder: placeholder, Required: required})
	n.ID = id
	return n
}

func textarea(id, label, placeholder string) *genui.Node {
	n := node(&genui.Textarea{Label: label, Placeholder: placeholder})
	n.ID = id
	return n
}

func checkbox(id, label string, checked bool) *genui.Node {
	n := node(&genui.Checkbox{Label: label, Checked: checked})
	n.ID = id
	return n
}

func toggle(id, label string, on bool) *genui.Node {
	n := node(&genui.Switch{Label: label, Checked: on})
	n.ID = id
	return n
}

func radio(id, label string, options []string, value string) *genui.Node {
	n := node(&genui.Radio{Label: label, Options: options, Value: value})
	n.ID = id
	return n
}

func selectBox(id, label string, options []string, value string) *genui.Node {
	n := node(&genui.Select{Label: label, Options: options, Value: value})
	n.ID = id
	return n
}

func slider(id, label string, lo, hi, step, value float64) *genui.Node {
	n := node(&genui.Slider{Label: label, Min: lo, Max: hi, Step: step, Value: value})
	n.ID = id
	return n
}

func form(action string, kids ...*genui.Node) *genui.Node {
	return node(&genui.Form{Action: action}, kids...)
}

// gapped sets a container's gap and returns it.
func gapped(n *genui.Node, gap genui.Gap) *genui.Node {
	n.Gap = gap
	return n
}

// centered aligns a container's children on its cross axis.
func centered(n *genui.Node) *genui.Node {
	n.Align = genui.AlignCenter
	return n
}
