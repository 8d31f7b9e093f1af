package adaptivecards

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
)

// Name is the format's name in package importer.
const Name = "adaptivecards"

// NewestVersion is the newest Adaptive Cards schema version this package
// reads fully; a card claiming a newer one imports with a warning.
const NewestVersion = "1.6"

// botContentType is how the Bot Framework labels a card in an attachment.
const botContentType = "application/vnd.microsoft.card.adaptive"

func init() {
	importer.Register(importer.Format{Name: Name, Sniff: Sniff, Import: Import})
}

// Sniff reports whether data is an Adaptive Card: a JSON object whose
// "type" is "AdaptiveCard", or a Bot Framework attachment holding one.
func Sniff(data []byte) bool {
	keys := importer.TopKeys(data, 64)
	for _, k := range keys {
		switch k {
		case "type":
			return strings.EqualFold(gjson.GetBytes(data, "type").String(), "AdaptiveCard")
		case "contentType":
			return gjson.GetBytes(data, "contentType").String() == botContentType
		}
	}
	return false
}

// Import converts an Adaptive Card (or a Bot Framework attachment holding
// one) into a genui spec. See the package documentation for the mapping.
func Import(data []byte) (*importer.Result, error) {
	src, err := importer.Check(Name, data)
	if err != nil {
		return nil, err
	}
	vals := importer.Values(src)
	if len(vals) != 1 || !vals[0].IsObject() {
		return nil, fmt.Errorf("%s: want one JSON object, an Adaptive Card", Name)
	}
	card, ptr := vals[0], ""
	if card.Get("contentType").String() == botContentType {
		card, ptr = card.Get("content"), "/content"
	}
	if !strings.EqualFold(card.Get("type").String(), "AdaptiveCard") {
		return nil, fmt.Errorf("%s: %s: \"type\" is %s, not \"AdaptiveCard\"", Name, orRoot(ptr+"/type"), card.Get("type").Raw)
	}
	c := &conv{}
	root := c.card(card, ptr, 1)
	sp := c.b.Finish(ptr, c.title, root)
	return &importer.Result{Spec: sp, Format: Name, Warnings: c.b.Warnings}, nil
}

func orRoot(ptr string) string {
	if ptr == "" {
		return "/"
	}
	return ptr
}

// conv is one conversion in progress.
type conv struct {
	b     importer.Builder
	title string // the first heading's text, the spec's title
}

// card converts an AdaptiveCard object at ptr: the root card, or the card
// of an Action.ShowCard.
func (c *conv) card(v gjson.Result, ptr string, depth int) *genui.Node {
	if ver := v.Get("version").String(); ver != "" && newer(ver, NewestVersion) {
		c.b.Warn(ptr+"/version", "version %s is newer than %s; elements this importer does not know use their fallback", ver, NewestVersion)
	}
	if strings.Contains(v.Raw, "${") {
		c.b.Warn(ptr, "template expressions (${…}) are not evaluated; bind the data with the Adaptive Cards templating SDK first")
	}
	c.unsupported(v, ptr, "AdaptiveCard", "selectAction", "backgroundImage", "refresh", "authentication")
	if v.Get("rtl").Bool() {
		c.b.Warn(ptr+"/rtl", "right-to-left layout is not supported; the card is laid out left to right")
	}
	body := v.Get("body")
	kids := c.elements(body, ptr+"/body", depth+1)
	actions, shown := c.actions(v.Get("actions"), ptr+"/actions", depth+1)
	if actions != nil {
		kids = append(kids, actions)
	}
	kids = append(kids, shown...)
	n := importer.New(&genui.Card{})
	n.Size = genui.Small // Adaptive Cards pad about 16 px, genui's small card
	n.Gap = gapOf(body)
	n.Children = kids
	return n
}

// unsupported warns about each named member v has, which the importer
// drops.
func (c *conv) unsupported(v gjson.Result, ptr, typ string, names ...string) {
	for _, name := range names {
		if m := v.Get(gjson.Escape(name)); m.Exists() && m.Type != gjson.Null {
			c.b.Warn(ptr+"/"+name, "%s.%s is not supported and is dropped", typ, name)
		}
	}
}

// newer reports whether dotted version a is newer than b ("1.10" > "1.6").
func newer(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < max(len(as), len(bs)); i++ {
		var x, y int
		if i < len(as) {
			x, _ = strconv.Atoi(as[i])
		}
		if i < len(bs) {
			y, _ = strconv.Atoi(bs[i])
		}
		if x != y {
			return x > y
		}
	}
	return false
}

// is reports whether v is the string want, ignoring case (Adaptive Cards
// enums are case-insensitive).
func is(v gjson.Result, want string) bool {
	return v.Type == gjson.String && strings.EqualFold(v.Str, want)
}

// gapOf returns the gap token that matches the spacing of the elements in
// arr: Adaptive Cards put 8 px between elements by default, "none" 0,
// "small" 4, "medium" 20, "large" 30. The most common spacing wins.
func gapOf(arr gjson.Result) genui.Gap {
	count := map[genui.Gap]int{}
	i := 0
	arr.ForEach(func(_, e gjson.Result) bool {
		if i > 0 {
			count[spacingGap(e.Get("spacing"))]++
		}
		i++
		return true
	})
	best, n := genui.GapSM, 0
	for _, g := range []genui.Gap{genui.GapSM, genui.GapNone, genui.GapXS, genui.GapMD, genui.GapLG, genui.GapXL} {
		if count[g] > n {
			best, n = g, count[g]
		}
	}
	return best
}

func spacingGap(v gjson.Result) genui.Gap {
	switch strings.ToLower(v.String()) {
	case "none":
		return genui.GapNone
	case "small":
		return genui.GapXS
	case "medium":
		return genui.GapMD
	case "large":
		return genui.GapLG
	case "extralarge":
		return genui.GapXL
	}
	return genui.GapSM
}

// align maps a horizontalAlignment to an align token.
func align(v gjson.Result) genui.Align {
	switch strings.ToLower(v.String()) {
	case "center":
		return genui.AlignCenter
	case "right":
		return genui.AlignEnd
	case "left":
		return genui.AlignStart
	}
	return ""
}

// justify maps a verticalContentAlignment or a horizontalAlignment (of a
// ColumnSet) to a justify value.
func justify(v gjson.Result) genui.Justify {
	switch strings.ToLower(v.String()) {
	case "center":
		return genui.JustifyCenter
	case "bottom", "right":
		return genui.JustifyEnd
	}
	return ""
}

// styleTone maps a container style to the tone of a tinted card; ok is
// false for the default style, which draws no surface.
func styleTone(v gjson.Result) (genui.Tone, bool) {
	switch strings.ToLower(v.String()) {
	case "emphasis":
		return genui.Neutral, true
	case "good":
		return genui.Success, true
	case "attention":
		return genui.DangerTone, true
	case "warning":
		return genui.Warning, true
	case "accent":
		return genui.Info, true
	}
	return "", false
}
