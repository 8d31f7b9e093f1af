package genui

// Spec is a whole UI: the document a model writes and a renderer draws.
//
// Its JSON form is {"version":1,"title":"…","root":NODE}. Keys are written
// in the order of the fields below, which is also the order the grammar
// fixes for generation.
type Spec struct {
	Version int    `json:"version"`
	Title   string `json:"title,omitempty"`
	Root    *Node  `json:"root"`

	extra []member // members this version does not know, kept verbatim
}

// Node is one element of the UI tree. Its Type names a component of the
// catalog; Props holds that component's own fields (a *Button for "button",
// and so on). A node whose type this version does not know keeps its Type,
// has nil Props, and is drawn as its Fallback or as a labelled placeholder.
//
// Fields every node may carry (ID, the design Tokens, Children where the
// component is a container, and Fallback) live on Node itself so that tree
// walks need not know the component.
type Node struct {
	Type string
	ID   string
	Tokens
	Props    Props
	Children []*Node
	Fallback *Node

	extra []member // fields this version does not know, kept verbatim
	open  bool     // ParsePartial: the node's text has not ended yet
}

// member is one JSON object member kept as text: its key and its value,
// compacted.
type member struct {
	key, raw string
}

// Tokens are the design tokens any node may carry. Styling is by these
// enums only, never by raw CSS. The zero value of each means "the
// component's default".
type Tokens struct {
	Variant Variant `json:"variant,omitempty" doc:"emphasis of the element"`
	Tone    Tone    `json:"tone,omitempty" doc:"semantic colour of the element"`
	Size    Size    `json:"size,omitempty" doc:"scale of the element"`
	Align   Align   `json:"align,omitempty" doc:"placement on the cross axis (of a container: of its children)"`
	Gap     Gap     `json:"gap,omitempty" doc:"space between a container's children"`
}

// Props is implemented by the per-component field structs of the catalog
// (*Button, *Input, …). Type reports the component name the struct belongs to.
type Props interface {
	Type() string
}

// Variant is the emphasis of an element: primary, secondary, ghost or danger.
type Variant string

// Variants.
const (
	Primary   Variant = "primary"
	Secondary Variant = "secondary"
	Ghost     Variant = "ghost"
	Danger    Variant = "danger"
)

// Tone is the semantic colour of an element.
type Tone string

// Tones.
const (
	Neutral    Tone = "neutral"
	Info       Tone = "info"
	Success    Tone = "success"
	Warning    Tone = "warning"
	DangerTone Tone = "danger"
)

// Size is the scale of an element.
type Size string

// Sizes.
const (
	Small  Size = "sm"
	Medium Size = "md"
	Large  Size = "lg"
	XLarge Size = "xl"
)

// Align places an element (or a container's children) on the cross axis.
type Align string

// Alignments.
const (
	AlignStart   Align = "start"
	AlignCenter  Align = "center"
	AlignEnd     Align = "end"
	AlignStretch Align = "stretch"
)

// Gap is the space between a container's children.
type Gap string

// Gaps.
const (
	GapNone Gap = "none"
	GapXS   Gap = "xs"
	GapSM   Gap = "sm"
	GapMD   Gap = "md"
	GapLG   Gap = "lg"
	GapXL   Gap = "xl"
)

// Justify distributes a row's or column's children on the main axis.
type Justify string

// Justifications.
const (
	JustifyStart   Justify = "start"
	JustifyCenter  Justify = "center"
	JustifyEnd     Justify = "end"
	JustifyBetween Justify = "between"
)

// InputType is the kind of value an input takes.
type InputType string

// Input types.
const (
	InputText     InputType = "text"
	InputEmail    InputType = "email"
	InputPassword InputType = "password"
	InputNumber   InputType = "number"
	InputSearch   InputType = "search"
	InputTel      InputType = "tel"
	InputURL      InputType = "url"
	InputDate     InputType = "date"
	InputTime     InputType = "time"
)

// ChartType is the kind of chart.
type ChartType string

// Chart types.
const (
	ChartBar   ChartType = "bar"
	ChartLine  ChartType = "line"
	ChartArea  ChartType = "area"
	ChartPie   ChartType = "pie"
	ChartDonut ChartType = "donut"
)

// enumValues lists the allowed values of each enum type, in schema order.
var enumValues = map[string][]string{
	"Variant":   {"primary", "secondary", "ghost", "danger"},
	"Tone":      {"neutral", "info", "success", "warning", "danger"},
	"Size":      {"sm", "md", "lg", "xl"},
	"Align":     {"start", "center", "end", "stretch"},
	"Gap":       {"none", "xs", "sm", "md", "lg", "xl"},
	"Justify":   {"start", "center", "end", "between"},
	"InputType": {"text", "email", "password", "number", "search", "tel", "url", "date", "time"},
	"ChartType": {"bar", "line", "area", "pie", "donut"},
	"IconName":  IconNames,
}

// EnumValues returns the allowed values of the named enum type ("Variant",
// "Tone", "InputType", …), or nil when there is no such enum.
func EnumValues(name string) []string {
	v := enumValues[name]
	return append([]string(nil), v...)
}
