package adaptivecards

import (
	"strconv"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
)

// actions converts an array of actions to a wrapping row of buttons and
// links. It also returns the cards of Action.ShowCard actions, which
// genui cannot reveal on a click: they are shown expanded below the row.
func (c *conv) actions(arr gjson.Result, ptr string, depth int) (*genui.Node, []*genui.Node) {
	if !arr.IsArray() {
		if arr.Exists() && arr.Type != gjson.Null {
			c.b.Warn(ptr, "want an array of actions, got %s; left out", kind(arr))
		}
		return nil, nil
	}
	var buttons, shown []*genui.Node
	i := 0
	arr.ForEach(func(_, a gjson.Result) bool {
		p := ptr + "/" + strconv.Itoa(i)
		if n := c.action(a, p, i); n != nil {
			buttons = append(buttons, n)
		}
		if is(a.Get("type"), "Action.ShowCard") && a.Get("card").IsObject() {
			c.b.Warn(p, "Action.ShowCard: its card is shown expanded below the actions; genui cannot reveal it on a click")
			card := c.card(a.Get("card"), p+"/card", depth+1)
			card.Props = &genui.Card{Title: c.b.Text(p+"/title", a.Get("title").String(), 0)}
			card.Tone = genui.Neutral
			shown = append(shown, card)
		}
		i++
		return true
	})
	if len(buttons) == 0 {
		return nil, shown
	}
	row := importer.New(&genui.Row{Wrap: true})
	row.Gap = genui.GapSM
	row.Children = buttons
	return row, shown
}

// action converts one action (the i-th of its set) to a button or, for
// Action.OpenUrl, a link. Submit and Execute buttons fire an action named
// by the verb, the id or the title, in that order of preference; the
// first button of a set is primary unless a style says otherwise.
func (c *conv) action(a gjson.Result, ptr string, i int) *genui.Node {
	if !a.IsObject() {
		c.b.Warn(ptr, "want an action object, got %s; left out", kind(a))
		return nil
	}
	c.unsupported(a, ptr, "Action", "iconUrl", "tooltip")
	if a.Get("isEnabled").Type == gjson.False {
		c.b.Warn(ptr+"/isEnabled", "disabled actions are drawn enabled; genui buttons cannot be disabled")
	}
	title := c.b.Text(ptr+"/title", a.Get("title").String(), 200)
	typ := a.Get("type").String()
	switch strings.ToLower(typ) {
	case "action.openurl":
		href := c.b.URL(ptr+"/url", a.Get("url").String(), false)
		if title == "" {
			title = href
		}
		if title == "" {
			return nil
		}
		return importer.New(&genui.Link{Text: title, Href: href})
	case "action.submit", "action.execute":
		if d := a.Get("data"); d.Exists() && !(d.IsObject() && len(d.Map()) == 0) {
			c.b.Warn(ptr+"/data", "%s data is not carried; genui actions are names (the inputs' values are still reported)", typ)
		}
	case "action.showcard":
	case "action.togglevisibility":
		c.b.Warn(ptr, "Action.ToggleVisibility: its target elements are not toggled")
	default:
		fb := a.Get("fallback")
		switch {
		case is(fb, "drop"):
			c.b.Warn(ptr, "action type %q is not supported; dropped as its fallback says", typ)
			return nil
		case fb.IsObject():
			c.b.Warn(ptr, "action type %q is not supported; its fallback is used", typ)
			return c.action(fb, ptr+"/fallback", i)
		}
		c.b.Warn(ptr, "action type %q is not supported; shown as a plain button", typ)
	}
	name := a.Get("verb").String()
	if name == "" {
		name = a.Get("id").String()
	}
	if name == "" {
		name = title
	}
	if title == "" {
		title = "Submit"
	}
	n := importer.New(&genui.Button{Text: title, Action: c.b.Text(ptr, name, 100)})
	switch strings.ToLower(a.Get("style").String()) {
	case "positive":
		n.Variant = genui.Primary
	case "destructive":
		n.Variant = genui.Danger
	default:
		if i > 0 || is(a.Get("mode"), "secondary") {
			n.Variant = genui.Secondary
		}
	}
	return n
}
