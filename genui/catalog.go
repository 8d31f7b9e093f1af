package genui

// The catalog v1 components' own fields. Field order is the canonical key
// order of the JSON form (after "type" and "id", before the design tokens,
// "children" and "fallback"), and the schema, the validator and the grammar
// are all derived from these declarations by reflection, so they cannot drift.
//
// Tags beyond json:
//
//	schema:"required"      the key must be present
//	schema:"min=N,max=M"   numeric bounds (inclusive)
//	schema:"maxLength=N"   a shorter string limit than MaxString
//	schema:"minItems=N"    array bounds (maxItems defaults to MaxItems)
//	schema:"enum=Name"     a string restricted to EnumValues(Name)
//	schema:"url=link"      a URL a person may follow (https:, http: or relative)
//	schema:"url=image"     a URL of a picture (also data:image/*)
//	doc:"…"                the schema description

// Column stacks its children vertically.
type Column struct {
	Justify Justify `json:"justify,omitempty" doc:"distribution of the children on the vertical axis"`
}

// Row places its children side by side.
type Row struct {
	Justify Justify `json:"justify,omitempty" doc:"distribution of the children on the horizontal axis"`
	Wrap    bool    `json:"wrap,omitempty" doc:"let children flow onto further lines"`
}

// Grid places its children in equal columns.
type Grid struct {
	Columns int `json:"columns,omitempty" schema:"min=1,max=12" doc:"number of columns (default 2)"`
}

// Card is a surface with an optional title that groups its children.
type Card struct {
	Title string `json:"title,omitempty"`
}

// Tabs holds tab nodes of which one is shown at a time.
type Tabs struct{}

// Tab is one page of a tabs node.
type Tab struct {
	Title string `json:"title" schema:"required,maxLength=200"`
}

// Divider is a thin horizontal rule.
type Divider struct{}

// Spacer is empty space that grows to push its siblings apart.
type Spacer struct{}

// Heading is a title line.
type Heading struct {
	Text  string `json:"text" schema:"required"`
	Level int    `json:"level,omitempty" schema:"min=1,max=4" doc:"1 is the largest (default 2)"`
}

// Text is a paragraph of body text.
type Text struct {
	Text string `json:"text" schema:"required"`
}

// Image shows a picture from a URL.
type Image struct {
	Src string `json:"src,omitempty" schema:"url=image" doc:"https:, http:, relative or data:image/* URL"`
	Alt string `json:"alt,omitempty"`
}

// Icon is a glyph from the built-in icon set.
type Icon struct {
	Name string `json:"name" schema:"required,enum=IconName"`
}

// Avatar is a person's picture or initials.
type Avatar struct {
	Text string `json:"text,omitempty" doc:"the person's name"`
	Src  string `json:"src,omitempty" schema:"url=image" doc:"the person's picture"`
}

// Badge is a short label in a pill.
type Badge struct {
	Text string `json:"text" schema:"required,maxLength=200"`
}

// Link is a hyperlink.
type Link struct {
	Text string `json:"text" schema:"required"`
	Href string `json:"href,omitempty" schema:"url=link" doc:"https:, http: or relative URL"`
}

// List is a bulleted list of strings (items) or of nodes (children).
type List struct {
	Items []string `json:"items,omitempty"`
}

// Table shows rows of cells under column headings.
type Table struct {
	Columns []string   `json:"columns,omitempty"`
	Rows    [][]string `json:"rows,omitempty"`
}

// Chart draws a series of labelled values.
type Chart struct {
	ChartType ChartType `json:"chartType,omitempty" schema:"enum=ChartType" doc:"default bar"`
	Title     string    `json:"title,omitempty"`
	Data      []Datum   `json:"data,omitempty"`
}

// Datum is one labelled value of a chart.
type Datum struct {
	Label string  `json:"label" schema:"required,maxLength=200"`
	Value float64 `json:"value" schema:"required"`
}

// Progress is a bar filled to a percentage.
type Progress struct {
	Value float64 `json:"value,omitempty" schema:"min=0,max=100"`
	Label string  `json:"label,omitempty"`
}

// Stat is a key figure with a label and an optional change.
type Stat struct {
	Label string `json:"label,omitempty"`
	Text  string `json:"text" schema:"required,maxLength=200" doc:"the figure"`
	Delta string `json:"delta,omitempty" schema:"maxLength=200" doc:"the change, e.g. +12%"`
}

// Alert is a message box, coloured by its tone.
type Alert struct {
	Title string `json:"title,omitempty"`
	Text  string `json:"text,omitempty"`
}

// Button is a clickable button that fires a named action.
type Button struct {
	Text   string `json:"text" schema:"required,maxLength=200"`
	Action string `json:"action,omitempty" schema:"maxLength=100" doc:"the event name sent when clicked"`
}

// Input is a single-line text field.
type Input struct {
	InputType   InputType `json:"inputType,omitempty" schema:"enum=InputType" doc:"default text"`
	Label       string    `json:"label,omitempty"`
	Placeholder string    `json:"placeholder,omitempty"`
	Value       string    `json:"value,omitempty"`
	Required    bool      `json:"required,omitempty"`
}

// Textarea is a multi-line text field.
type Textarea struct {
	Label       string `json:"label,omitempty"`
	Placeholder string `json:"placeholder,omitempty"`
	Value       string `json:"value,omitempty"`
}

// Checkbox is a box that can be ticked.
type Checkbox struct {
	Label   string `json:"label" schema:"required"`
	Checked bool   `json:"checked,omitempty"`
}

// Switch is an on/off toggle.
type Switch struct {
	Label   string `json:"label" schema:"required"`
	Checked bool   `json:"checked,omitempty"`
}

// Radio is a group of mutually exclusive options.
type Radio struct {
	Label   string   `json:"label,omitempty"`
	Options []string `json:"options" schema:"required,minItems=1"`
	Value   string   `json:"value,omitempty"`
}

// Select is a drop-down of options.
type Select struct {
	Label   string   `json:"label,omitempty"`
	Options []string `json:"options" schema:"required,minItems=1"`
	Value   string   `json:"value,omitempty"`
}

// Slider picks a number in a range.
type Slider struct {
	Label string  `json:"label,omitempty"`
	Min   float64 `json:"min,omitempty"`
	Max   float64 `json:"max,omitempty" doc:"default 100"`
	Step  float64 `json:"step,omitempty" schema:"min=0"`
	Value float64 `json:"value,omitempty"`
}

// Form groups inputs; its buttons submit the form's values with its action.
type Form struct {
	Action string `json:"action,omitempty" schema:"maxLength=100"`
}

func (*Column) Type() string   { return "column" }
func (*Row) Type() string      { return "row" }
func (*Grid) Type() string     { return "grid" }
func (*Card) Type() string     { return "card" }
func (*Tabs) Type() string     { return "tabs" }
func (*Tab) Type() string      { return "tab" }
func (*Divider) Type() string  { return "divider" }
func (*Spacer) Type() string   { return "spacer" }
func (*Heading) Type() string  { return "heading" }
func (*Text) Type() string     { return "text" }
func (*Image) Type() string    { return "image" }
func (*Icon) Type() string     { return "icon" }
func (*Avatar) Type() string   { return "avatar" }
func (*Badge) Type() string    { return "badge" }
func (*Link) Type() string     { return "link" }
func (*List) Type() string     { return "list" }
func (*Table) Type() string    { return "table" }
func (*Chart) Type() string    { return "chart" }
func (*Progress) Type() string { return "progress" }
func (*Stat) Type() string     { return "stat" }
func (*Alert) Type() string    { return "alert" }
func (*Button) Type() string   { return "button" }
func (*Input) Type() string    { return "input" }
func (*Textarea) Type() string { return "textarea" }
func (*Checkbox) Type() string { return "checkbox" }
func (*Switch) Type() string   { return "switch" }
func (*Radio) Type() string    { return "radio" }
func (*Select) Type() string   { return "select" }
func (*Slider) Type() string   { return "slider" }
func (*Form) Type() string     { return "form" }

// Kind says what a component may hold.
type Kind int

// Kinds of component.
const (
	Leaf      Kind = iota // no children
	Container             // any nodes as children
	TabSet                // only "tab" nodes as children
	Either                // items or children (list)
)

// Component describes one entry of the catalog.
type Component struct {
	Name  string       // the "type" value
	Kind  Kind         // what it may hold
	Group string       // "layout", "content" or "input"
	New   func() Props // a zero value of its field struct
	Doc   string       // one sentence for people and the schema
}

// Catalog lists catalog v1 in schema order.
var Catalog = []Component{
	{"column", Container, "layout", func() Props { return new(Column) }, "A vertical stack of children."},
	{"row", Container, "layout", func() Props { return new(Row) }, "Children placed side by side."},
	{"grid", Container, "layout", func() Props { return new(Grid) }, "Children placed in equal columns."},
	{"card", Container, "layout", func() Props { return new(Card) }, "A surface with an optional title that groups its children."},
	{"tabs", TabSet, "layout", func() Props { return new(Tabs) }, "Tab nodes of which one is shown at a time."},
	{"tab", Container, "layout", func() Props { return new(Tab) }, "One page of a tabs node."},
	{"divider", Leaf, "layout", func() Props { return new(Divider) }, "A thin horizontal rule."},
	{"spacer", Leaf, "layout", func() Props { return new(Spacer) }, "Empty space that grows to push its siblings apart."},
	{"heading", Leaf, "content", func() Props { return new(Heading) }, "A title line."},
	{"text", Leaf, "content", func() Props { return new(Text) }, "A paragraph of body text."},
	{"image", Leaf, "content", func() Props { return new(Image) }, "A picture from a URL."},
	{"icon", Leaf, "content", func() Props { return new(Icon) }, "A glyph from the built-in icon set."},
	{"avatar", Leaf, "content", func() Props { return new(Avatar) }, "A person's picture or initials."},
	{"badge", Leaf, "content", func() Props { return new(Badge) }, "A short label in a pill."},
	{"link", Leaf, "content", func() Props { return new(Link) }, "A hyperlink."},
	{"list", Either, "content", func() Props { return new(List) }, "A bulleted list of strings (items) or of nodes (children)."},
	{"table", Leaf, "content", func() Props { return new(Table) }, "Rows of cells under column headings."},
	{"chart", Leaf, "content", func() Props { return new(Chart) }, "A series of labelled values drawn as a chart."},
	{"progress", Leaf, "content", func() Props { return new(Progress) }, "A bar filled to a percentage."},
	{"stat", Leaf, "content", func() Props { return new(Stat) }, "A key figure with a label and an optional change."},
	{"alert", Leaf, "content", func() Props { return new(Alert) }, "A message box, coloured by its tone."},
	{"button", Leaf, "input", func() Props { return new(Button) }, "A clickable button that fires a named action."},
	{"input", Leaf, "input", func() Props { return new(Input) }, "A single-line text field."},
	{"textarea", Leaf, "input", func() Props { return new(Textarea) }, "A multi-line text field."},
	{"checkbox", Leaf, "input", func() Props { return new(Checkbox) }, "A box that can be ticked."},
	{"switch", Leaf, "input", func() Props { return new(Switch) }, "An on/off toggle."},
	{"radio", Leaf, "input", func() Props { return new(Radio) }, "A group of mutually exclusive options."},
	{"select", Leaf, "input", func() Props { return new(Select) }, "A drop-down of options."},
	{"slider", Leaf, "input", func() Props { return new(Slider) }, "A number picked from a range."},
	{"form", Container, "input", func() Props { return new(Form) }, "A group of inputs whose buttons submit their values with its action."},
}

// Lookup returns the catalog entry for a type name.
func Lookup(typ string) (Component, bool) {
	for _, c := range Catalog {
		if c.Name == typ {
			return c, true
		}
	}
	return Component{}, false
}

// IconNames is the built-in icon set, in schema order.
var IconNames = []string{
	"home", "search", "user", "users", "settings", "bell", "mail", "lock",
	"key", "calendar", "clock", "heart", "star", "check", "close", "plus",
	"minus", "edit", "trash", "download", "upload", "share", "link", "image",
	"camera", "file", "folder", "chart", "dollar", "cart", "credit-card", "phone",
	"map-pin", "globe", "play", "pause", "skip-back", "skip-forward", "volume", "menu",
	"chevron-left", "chevron-right", "chevron-down", "chevron-up", "arrow-left", "arrow-right", "info", "alert",
	"help", "filter", "refresh", "logout", "message", "send", "eye", "sun",
	"moon", "shield", "bookmark", "tag", "gift", "truck", "music", "video",
}
