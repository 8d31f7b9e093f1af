package adaptivecards

import (
	"strconv"
	"strings"
	"time"

	"github.com/tidwall/gjson"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
)

// textBlock converts a TextBlock. Large or bold text and the "heading"
// style become a heading (Adaptive Cards' extraLarge, large and medium
// sizes are genui's levels 1, 2 and 3; bold body text is level 4); other
// text keeps its size as a size token. A block that is all list items
// becomes a list.
func (c *conv) textBlock(v gjson.Result, ptr string) *genui.Node {
	raw := expandFunctions(v.Get("text").String())
	if strings.TrimSpace(raw) == "" {
		return nil
	}
	if is(v.Get("fontType"), "monospace") {
		c.b.Warn(ptr+"/fontType", "monospace text is set in the body font")
	}
	size := strings.ToLower(v.Get("size").String())
	bold := is(v.Get("weight"), "bolder")
	heading := is(v.Get("style"), "heading")
	var n *genui.Node
	if items, ok := importer.ListItems(raw); ok && !heading {
		for i := range items {
			items[i] = c.b.Text(ptr+"/text", importer.PlainText(items[i]), 0)
		}
		n = importer.New(&genui.List{Items: items[:min(len(items), genui.MaxItems)]})
	} else if heading || bold || size == "large" || size == "extralarge" {
		level := 4
		switch size {
		case "extralarge":
			level = 1
		case "large":
			level = 2
		case "medium":
			level = 3
		default:
			if heading {
				level = 2 // the default heading style is large and bolder
			}
		}
		text := c.b.Text(ptr+"/text", importer.PlainText(raw), 0)
		if c.title == "" && (heading || level <= 2) {
			c.title = text
		}
		n = importer.New(&genui.Heading{Text: text, Level: level})
	} else {
		n = importer.New(&genui.Text{Text: c.b.Text(ptr+"/text", importer.PlainText(raw), 0)})
		n.Size = textSize(size)
	}
	if n.Type != "list" { // a toned list draws check marks, not bullets
		n.Tone = textTone(v)
	}
	n.Align = align(v.Get("horizontalAlignment"))
	return n
}

// textSize maps an Adaptive Cards text size to a text size token.
func textSize(size string) genui.Size {
	switch size {
	case "small":
		return genui.Small
	case "medium":
		return genui.Large
	}
	return ""
}

// textTone maps a text colour (or isSubtle) to a tone: accent is info,
// good success, warning warning, attention danger; subtle text is muted.
// "dark" and "light" have no tone and draw in the body colour.
func textTone(v gjson.Result) genui.Tone {
	switch strings.ToLower(v.Get("color").String()) {
	case "accent":
		return genui.Info
	case "good":
		return genui.Success
	case "warning":
		return genui.Warning
	case "attention":
		return genui.DangerTone
	}
	if v.Get("isSubtle").Bool() {
		return genui.Neutral
	}
	return ""
}

// richText converts a RichTextBlock to one text of its runs; the runs'
// own styles are lost, and a run's selectAction with a warning.
func (c *conv) richText(v gjson.Result, ptr string) *genui.Node {
	i := 0
	v.Get("inlines").ForEach(func(_, in gjson.Result) bool {
		if in.Get("selectAction").Exists() {
			c.b.Warn(ptr+"/inlines/"+strconv.Itoa(i)+"/selectAction", "TextRun.selectAction is not supported and is dropped")
		}
		i++
		return true
	})
	s := richTextString(v)
	if strings.TrimSpace(s) == "" {
		return nil
	}
	n := importer.New(&genui.Text{Text: c.b.Text(ptr+"/inlines", s, 0)})
	n.Align = align(v.Get("horizontalAlignment"))
	return n
}

// richTextString joins the text of a RichTextBlock's inlines.
func richTextString(v gjson.Result) string {
	var b strings.Builder
	v.Get("inlines").ForEach(func(_, in gjson.Result) bool {
		if in.Type == gjson.String {
			b.WriteString(in.Str)
		} else {
			b.WriteString(expandFunctions(in.Get("text").String()))
		}
		return true
	})
	return b.String()
}

// expandFunctions replaces the {{DATE(…)}} and {{TIME(…)}} functions of
// Adaptive Cards text with the date or time they name, written in US
// English and UTC (the card's reader's locale and zone are unknown here).
// A function it cannot read stays as it is.
func expandFunctions(s string) string {
	if !strings.Contains(s, "{{") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "{{")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.Index(s[i:], "}}")
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		call := s[i+2 : i+j]
		if out, ok := dateFunction(call); ok {
			b.WriteString(out)
		} else {
			b.WriteString(s[i : i+j+2])
		}
		s = s[i+j+2:]
	}
}

// dateFunction evaluates DATE(ts[, COMPACT|SHORT|LONG]) or TIME(ts).
func dateFunction(call string) (string, bool) {
	name, args, ok := strings.Cut(strings.TrimSpace(call), "(")
	if !ok || !strings.HasSuffix(args, ")") {
		return "", false
	}
	ts, form, _ := strings.Cut(strings.TrimSuffix(args, ")"), ",")
	t, err := time.Parse(time.RFC3339, strings.TrimSpace(ts))
	if err != nil {
		return "", false
	}
	t = t.UTC()
	switch strings.ToUpper(strings.TrimSpace(name)) {
	case "DATE":
		switch strings.ToUpper(strings.TrimSpace(form)) {
		case "SHORT":
			return t.Format("Mon, Jan 2, 2006"), true
		case "LONG":
			return t.Format("Monday, January 2, 2006"), true
		case "", "COMPACT":
			return t.Format("1/2/2006"), true
		}
	case "TIME":
		return t.Format("3:04 PM"), true
	}
	return "", false
}
