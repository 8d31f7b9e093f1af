package adaptivecards

import (
	"strconv"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
)

// elements converts the array of elements at ptr. A separator becomes a
// divider before its element; hidden elements are left out with a warning.
func (c *conv) elements(arr gjson.Result, ptr string, depth int) []*genui.Node {
	if !arr.Exists() || arr.Type == gjson.Null {
		return nil
	}
	if !arr.IsArray() {
		c.b.Warn(ptr, "want an array of elements, got %s; left out", kind(arr))
		return nil
	}
	var out []*genui.Node
	i := 0
	arr.ForEach(func(_, e gjson.Result) bool {
		p := ptr + "/" + strconv.Itoa(i)
		i++
		if e.Get("isVisible").Type == gjson.False {
			c.b.Warn(p, "hidden element (isVisible: false) left out; genui has no toggled visibility")
			return true
		}
		n := c.element(e, p, depth)
		if n == nil {
			return true
		}
		if e.Get("separator").Bool() && len(out) > 0 {
			out = append(out, importer.New(&genui.Divider{}))
		}
		out = append(out, n)
		return true
	})
	return out
}

func kind(v gjson.Result) string {
	switch v.Type {
	case gjson.String:
		return "a string"
	case gjson.Number:
		return "a number"
	case gjson.True, gjson.False:
		return "a boolean"
	case gjson.Null:
		return "null"
	}
	if v.IsArray() {
		return "an array"
	}
	return "an object"
}

// element converts one element; nil when it draws nothing.
func (c *conv) element(v gjson.Result, ptr string, depth int) *genui.Node {
	if !v.IsObject() {
		c.b.Warn(ptr, "want an element object, got %s; left out", kind(v))
		return nil
	}
	if depth > importer.MaxDepth/4 {
		return c.b.Placeholder(ptr, "deep nesting", "elements nested this deeply are not shown")
	}
	typ := v.Get("type").String()
	var n *genui.Node
	switch strings.ToLower(typ) {
	case "textblock":
		n = c.textBlock(v, ptr)
	case "richtextblock":
		n = c.richText(v, ptr)
	case "image":
		n = c.image(v, ptr)
	case "container":
		n = c.container(v, ptr, depth)
	case "columnset":
		n = c.columnSet(v, ptr, depth)
	case "factset":
		n = c.factSet(v, ptr)
	case "imageset":
		n = c.imageSet(v, ptr)
	case "actionset":
		var shown []*genui.Node
		n, shown = c.actions(v.Get("actions"), ptr+"/actions", depth)
		if len(shown) > 0 {
			col := importer.New(&genui.Column{})
			col.Children = append([]*genui.Node{n}, shown...)
			n = col
		}
	case "table":
		n = c.table(v, ptr, depth)
	case "input.text":
		n = c.inputText(v, ptr)
	case "input.number":
		n = c.inputNumber(v, ptr)
	case "input.date":
		n = c.inputDateTime(v, ptr, genui.InputDate)
	case "input.time":
		n = c.inputDateTime(v, ptr, genui.InputTime)
	case "input.toggle":
		n = c.inputToggle(v, ptr)
	case "input.choiceset":
		n = c.choiceSet(v, ptr)
	case "media":
		what := v.Get("altText").String()
		if what == "" {
			what = "a video or audio clip"
		}
		return c.b.Placeholder(ptr, "Media", what)
	default:
		return c.fallback(v, ptr, depth, typ)
	}
	if n == nil {
		return nil
	}
	if id := v.Get("id").String(); id != "" && n.ID == "" && !strings.HasPrefix(strings.ToLower(typ), "input.") {
		n.ID = c.b.ID(ptr+"/id", id)
	}
	return n
}

// fallback handles an element of a type this importer does not know: its
// fallback element, nothing when the fallback is "drop", or a placeholder.
func (c *conv) fallback(v gjson.Result, ptr string, depth int, typ string) *genui.Node {
	fb := v.Get("fallback")
	switch {
	case is(fb, "drop"):
		c.b.Warn(ptr, "element type %q is not supported; dropped as its fallback says", typ)
		return nil
	case fb.IsObject():
		c.b.Warn(ptr, "element type %q is not supported; its fallback is shown", typ)
		return c.element(fb, ptr+"/fallback", depth+1)
	}
	if typ == "" {
		typ = "element without a type"
	}
	return c.b.Placeholder(ptr, strconv.Quote(typ), "An Adaptive Cards element genui cannot show.")
}

// container converts a Container: a column, or a tinted card when it has
// a style.
func (c *conv) container(v gjson.Result, ptr string, depth int) *genui.Node {
	c.unsupported(v, ptr, "Container", "selectAction", "backgroundImage")
	items := v.Get("items")
	kids := c.elements(items, ptr+"/items", depth+1)
	if len(kids) == 0 {
		return nil
	}
	return c.box(v, kids, gapOf(items))
}

// box wraps kids in a column, or in a card tinted by v's style; the
// vertical content alignment becomes the column's justify.
func (c *conv) box(v gjson.Result, kids []*genui.Node, gap genui.Gap) *genui.Node {
	var n *genui.Node
	if tone, ok := styleTone(v.Get("style")); ok {
		n = importer.New(&genui.Card{})
		n.Tone, n.Size = tone, genui.Small
	} else {
		n = importer.New(&genui.Column{Justify: justify(v.Get("verticalContentAlignment"))})
	}
	n.Gap, n.Children = gap, kids
	return n
}

// columnSet converts a ColumnSet to a row of its columns. A column of
// "auto" or pixel width holding one element becomes that element, so it
// keeps its natural width; weighted columns share the row equally.
func (c *conv) columnSet(v gjson.Result, ptr string, depth int) *genui.Node {
	c.unsupported(v, ptr, "ColumnSet", "selectAction")
	var kids []*genui.Node
	weights := map[string]bool{}
	i := 0
	v.Get("columns").ForEach(func(_, col gjson.Result) bool {
		p := ptr + "/columns/" + strconv.Itoa(i)
		i++
		if col.Get("isVisible").Type == gjson.False {
			c.b.Warn(p, "hidden column (isVisible: false) left out")
			return true
		}
		if w := col.Get("width"); w.Type == gjson.Number || w.Type == gjson.String && isNumber(w.Str) {
			weights[strconv.FormatFloat(w.Float(), 'g', -1, 64)] = true
		}
		n := c.column(col, p, depth+1)
		if n == nil {
			return true
		}
		if col.Get("separator").Bool() && len(kids) > 0 {
			c.b.Warn(p+"/separator", "vertical separators between columns are not supported")
		}
		kids = append(kids, n)
		return true
	})
	if len(weights) > 1 {
		c.b.Warn(ptr+"/columns", "column weights are not supported; weighted columns share the row equally")
	}
	if len(kids) == 0 {
		return nil
	}
	row := importer.New(&genui.Row{Justify: justify(v.Get("horizontalAlignment"))})
	row.Gap = genui.GapMD
	row.Children = kids
	if tone, ok := styleTone(v.Get("style")); ok {
		card := importer.New(&genui.Card{})
		card.Tone, card.Size = tone, genui.Small
		card.Children = []*genui.Node{row}
		return card
	}
	return row
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// column converts one Column of a ColumnSet. An empty column is a spacer.
func (c *conv) column(v gjson.Result, ptr string, depth int) *genui.Node {
	if !v.IsObject() {
		c.b.Warn(ptr, "want a Column object, got %s; left out", kind(v))
		return nil
	}
	c.unsupported(v, ptr, "Column", "selectAction", "backgroundImage")
	items := v.Get("items")
	kids := c.elements(items, ptr+"/items", depth+1)
	if len(kids) == 0 {
		return importer.New(&genui.Spacer{})
	}
	w := strings.ToLower(v.Get("width").String())
	_, styled := styleTone(v.Get("style"))
	if len(kids) == 1 && !styled && (w == "auto" || strings.HasSuffix(w, "px")) {
		return kids[0]
	}
	n := c.box(v, kids, gapOf(items))
	if id := v.Get("id").String(); id != "" {
		n.ID = c.b.ID(ptr+"/id", id)
	}
	return n
}

// factSet converts a FactSet to a table of title and value rows.
func (c *conv) factSet(v gjson.Result, ptr string) *genui.Node {
	var rows [][]string
	i := 0
	v.Get("facts").ForEach(func(_, f gjson.Result) bool {
		p := ptr + "/facts/" + strconv.Itoa(i)
		i++
		rows = append(rows, []string{
			c.b.Text(p+"/title", importer.PlainText(f.Get("title").String()), 0),
			c.b.Text(p+"/value", importer.PlainText(expandFunctions(f.Get("value").String())), 0),
		})
		return len(rows) < genui.MaxItems
	})
	if len(rows) == 0 {
		return nil
	}
	return importer.New(&genui.Table{Rows: rows})
}

// imageSet converts an ImageSet to a grid of its images: four columns of
// small images, three of medium, two of large.
func (c *conv) imageSet(v gjson.Result, ptr string) *genui.Node {
	var kids []*genui.Node
	i := 0
	v.Get("images").ForEach(func(_, im gjson.Result) bool {
		if n := c.image(im, ptr+"/images/"+strconv.Itoa(i)); n != nil {
			kids = append(kids, n)
		}
		i++
		return true
	})
	if len(kids) == 0 {
		return nil
	}
	cols := 3
	switch strings.ToLower(v.Get("imageSize").String()) {
	case "small":
		cols = 4
	case "large":
		cols = 2
	}
	n := importer.New(&genui.Grid{Columns: min(cols, len(kids))})
	n.Gap = genui.GapSM
	n.Children = kids
	return n
}

// image converts an Image: an avatar when its style is "person", else an
// image, its size token from the card's size (small and medium are
// thumbnails, large a wider one, auto and stretch the column's width).
func (c *conv) image(v gjson.Result, ptr string) *genui.Node {
	if !v.IsObject() {
		c.b.Warn(ptr, "want an Image object, got %s; left out", kind(v))
		return nil
	}
	c.unsupported(v, ptr, "Image", "selectAction")
	src := c.b.URL(ptr+"/url", v.Get("url").String(), true)
	alt := c.b.Text(ptr+"/altText", v.Get("altText").String(), 0)
	size := strings.ToLower(v.Get("size").String())
	if is(v.Get("style"), "person") {
		n := importer.New(&genui.Avatar{Text: alt, Src: src})
		switch size {
		case "small":
			n.Size = genui.Medium
		case "medium":
			n.Size = genui.Large
		default:
			n.Size = genui.XLarge
		}
		n.Align = align(v.Get("horizontalAlignment"))
		return n
	}
	n := importer.New(&genui.Image{Src: src, Alt: alt})
	switch size {
	case "small", "medium":
		n.Size = genui.Small
	case "large":
		n.Size = genui.Medium
	}
	if w := strings.ToLower(v.Get("width").String()); strings.HasSuffix(w, "px") && n.Size == "" {
		if px, err := strconv.ParseFloat(strings.TrimSuffix(w, "px"), 64); err == nil && px <= 320 {
			n.Size = genui.Small
			if px > 160 {
				n.Size = genui.Medium
			}
		}
	}
	n.Align = align(v.Get("horizontalAlignment"))
	return n
}

// table converts a Table: a genui table when every cell holds only text,
// else a grid of its cells (genui tables hold strings).
func (c *conv) table(v gjson.Result, ptr string, depth int) *genui.Node {
	header := true
	if h := v.Get("firstRowAsHeader"); h.Exists() {
		header = h.Bool()
	} else if h := v.Get("firstRowAsHeaders"); h.Exists() {
		header = h.Bool()
	}
	var rows [][]string
	textOnly, cols := true, 0
	ri := 0
	v.Get("rows").ForEach(func(_, r gjson.Result) bool {
		var cells []string
		ci := 0
		r.Get("cells").ForEach(func(_, cell gjson.Result) bool {
			s, ok := c.cellText(cell, ptr+"/rows/"+strconv.Itoa(ri)+"/cells/"+strconv.Itoa(ci))
			textOnly = textOnly && ok
			cells = append(cells, s)
			ci++
			return len(cells) < genui.MaxItems
		})
		cols = max(cols, len(cells))
		rows = append(rows, cells)
		ri++
		return len(rows) < genui.MaxItems
	})
	if len(rows) == 0 {
		return nil
	}
	if textOnly {
		t := &genui.Table{Rows: rows}
		if header {
			t.Columns, t.Rows = rows[0], rows[1:]
		}
		return importer.New(t)
	}
	c.b.Warn(ptr, "a table whose cells hold more than text is shown as a grid of its cells")
	g := importer.New(&genui.Grid{Columns: min(max(cols, 1), 12)})
	g.Gap = genui.GapSM
	ri = 0
	v.Get("rows").ForEach(func(_, r gjson.Result) bool {
		ci := 0
		r.Get("cells").ForEach(func(_, cell gjson.Result) bool {
			p := ptr + "/rows/" + strconv.Itoa(ri) + "/cells/" + strconv.Itoa(ci)
			col := importer.New(&genui.Column{})
			col.Gap = genui.GapXS
			col.Children = c.elements(cell.Get("items"), p+"/items", depth+1)
			if len(col.Children) == 0 {
				col = importer.New(&genui.Spacer{})
			}
			g.Children = append(g.Children, col)
			ci++
			return true
		})
		for ; ci < cols; ci++ {
			g.Children = append(g.Children, importer.New(&genui.Spacer{}))
		}
		ri++
		return true
	})
	return g
}

// cellText returns the text of a table cell and whether the cell holds
// nothing but text.
func (c *conv) cellText(cell gjson.Result, ptr string) (string, bool) {
	var parts []string
	ok := true
	cell.Get("items").ForEach(func(_, it gjson.Result) bool {
		switch strings.ToLower(it.Get("type").String()) {
		case "textblock":
			parts = append(parts, importer.PlainText(expandFunctions(it.Get("text").String())))
		case "richtextblock":
			parts = append(parts, richTextString(it))
		default:
			ok = false
		}
		return true
	})
	return c.b.Text(ptr, strings.Join(parts, "\n"), 0), ok
}
