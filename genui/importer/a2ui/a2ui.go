package a2ui

import (
	"fmt"
	"strconv"

	"github.com/tidwall/gjson"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
)

// Name is the format's name in package importer.
const Name = "a2ui"

// Version is the protocol version this package reads.
const Version = "v0.9"

var messageKeys = []string{"createSurface", "updateComponents", "updateDataModel", "deleteSurface"}

func init() {
	importer.Register(importer.Format{Name: Name, Sniff: Sniff, Import: Import})
}

// Sniff reports whether data holds A2UI messages: a message object, an
// array of them, an object with a "messages" array (as the basic
// catalog's examples are stored), or a JSON Lines stream of them.
func Sniff(data []byte) bool {
	v := first(data)
	if v.IsArray() {
		v = v.Get("0")
	}
	if v.Get("messages").IsArray() {
		v = v.Get("messages.0")
	}
	return isMessage(v)
}

// first returns the first JSON value of data without checking the rest.
func first(data []byte) gjson.Result {
	i := 0
	for i < len(data) && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t') {
		i++
	}
	return gjson.ParseBytes(data[i:])
}

func isMessage(v gjson.Result) bool {
	if !v.IsObject() {
		return false
	}
	for _, k := range messageKeys {
		if v.Get(k).Exists() {
			return true
		}
	}
	return false
}

// Import converts A2UI v0.9 messages into the genui spec of one surface:
// the first one created (or updated) that is not deleted by a later
// message. Components and data-model updates are applied in order, as a
// client would, and the tree is read from the component "root".
func Import(data []byte) (*importer.Result, error) {
	src, err := importer.Check(Name, data)
	if err != nil {
		return nil, err
	}
	var msgs []gjson.Result
	var ptrs []string
	vals := importer.Values(src)
	for i, v := range vals {
		base := ""
		if len(vals) > 1 {
			base = "/" + strconv.Itoa(i) // a JSON Lines stream: the line's index
		}
		switch {
		case v.IsArray():
			j := 0
			v.ForEach(func(_, m gjson.Result) bool {
				msgs, ptrs = append(msgs, m), append(ptrs, base+"/"+strconv.Itoa(j))
				j++
				return true
			})
		case v.Get("messages").IsArray():
			j := 0
			v.Get("messages").ForEach(func(_, m gjson.Result) bool {
				msgs, ptrs = append(msgs, m), append(ptrs, base+"/messages/"+strconv.Itoa(j))
				j++
				return true
			})
		default:
			msgs, ptrs = append(msgs, v), append(ptrs, base)
		}
	}
	c := &conv{comps: map[string]comp{}}
	if err := c.apply(msgs, ptrs); err != nil {
		return nil, err
	}
	root := c.tree()
	sp := c.b.Finish("", c.title, root)
	return &importer.Result{Spec: sp, Format: Name, Warnings: c.b.Warnings}, nil
}

// comp is one component definition as the last update left it.
type comp struct {
	v   gjson.Result
	ptr string
}

// conv is one conversion in progress: the surface's state, then the tree.
type conv struct {
	b       importer.Builder
	surface string
	comps   map[string]comp
	data    any // the data model, as JSON values (map[string]any, []any, …)
	title   string
	nodes   int             // nodes instantiated, bounding template expansion
	active  map[string]bool // components being built (id and scope), against reference cycles
}

// apply runs the messages against one surface.
func (c *conv) apply(msgs []gjson.Result, ptrs []string) error {
	known := false
	for i, m := range msgs {
		p := ptrs[i]
		if !isMessage(m) {
			c.b.Warn(p, "not an A2UI message (want one of createSurface, updateComponents, updateDataModel, deleteSurface); ignored")
			continue
		}
		known = true
		if v := m.Get("version"); v.Exists() && v.String() != Version {
			c.b.Warn(p+"/version", "protocol version %q is not %s; read as %s", v.String(), Version, Version)
		}
		for _, k := range messageKeys {
			body := m.Get(k)
			if !body.Exists() {
				continue
			}
			c.message(k, body, p+"/"+k)
		}
	}
	if !known {
		return fmt.Errorf("%s: no A2UI messages found", Name)
	}
	if c.surface == "" {
		return fmt.Errorf("%s: no surface is created or updated", Name)
	}
	return nil
}

// message applies one message of kind k.
func (c *conv) message(k string, body gjson.Result, ptr string) {
	id := body.Get("surfaceId").String()
	if c.surface == "" && k != "deleteSurface" {
		c.surface = id
	}
	if id != c.surface {
		c.b.Warn(ptr+"/surfaceId", "surface %q is not imported; only the first surface, %q, is", id, c.surface)
		return
	}
	switch k {
	case "createSurface":
		if body.Get("theme").Exists() {
			c.b.Warn(ptr+"/theme", "surface themes are not carried; genui draws in its own theme")
		}
	case "updateComponents":
		i := 0
		body.Get("components").ForEach(func(_, v gjson.Result) bool {
			p := ptr + "/components/" + strconv.Itoa(i)
			i++
			cid := v.Get("id").String()
			if cid == "" || !v.IsObject() {
				c.b.Warn(p, "component without an id ignored")
				return true
			}
			c.comps[cid] = comp{v, p}
			return true
		})
	case "updateDataModel":
		c.data = setPath(c.data, body.Get("path").String(), body.Get("value"))
	case "deleteSurface":
		c.b.Warn(ptr, "the surface is deleted by this message; its last state is imported")
	}
}

// tree builds the genui tree from the component "root".
func (c *conv) tree() *genui.Node {
	c.active = map[string]bool{}
	if _, ok := c.comps["root"]; !ok {
		return c.b.Placeholder("", "surface without a root", "No component has the id \"root\" yet.")
	}
	n := c.build("root", "/", "", 1)
	if n == nil {
		return importer.New(&genui.Column{})
	}
	return n
}

// nodeBudget bounds the nodes a surface may instantiate through templates,
// so a template over a large array, or templates nested in templates,
// cannot blow up.
const nodeBudget = genui.MaxNodes
