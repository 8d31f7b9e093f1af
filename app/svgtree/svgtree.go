// Package svgtree keeps a live SVG drawing in step with a stream of SVG
// documents while changing as little of it as it can.
//
// A streaming preview renders the whole spec again for every few tokens;
// replacing the drawing each time would flicker, lose hover and focus,
// and cost the page a full parse and layout. Instead each new document
// (as render/svg writes it: one escaping path for every output) is parsed
// into a tree of Elements, and a View reconciles that tree with the one
// it drew last: elements are matched by their data-node attribute (the
// JSON Pointer of the spec node they draw), or by position among
// siblings of the same name that have none; subtrees with equal hashes
// are kept as they are, without a look inside; what differs becomes the
// fewest DOM calls this simple algorithm finds (set or remove an
// attribute, set a text, insert, move or remove an element).
//
// The DOM is an interface, so the same code drives the browser's
// document (app/ui) and an in-memory tree in tests.
package svgtree

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
)

// Attr is one attribute.
type Attr struct{ Name, Value string }

// Element is one SVG element: its name, attributes, and either text (for
// <text>, <title>, <style>) or child elements.
type Element struct {
	Name     string
	Attrs    []Attr
	Text     string
	Children []*Element
	// Key is the data-node attribute: the JSON Pointer of the spec node
	// the element draws, empty for the parts of a drawing.
	Key string

	hash uint64
	node Node // the DOM node drawing this element, once mounted
}

// Attr returns the value of the named attribute.
func (e *Element) Attr(name string) (string, bool) {
	for _, a := range e.Attrs {
		if a.Name == name {
			return a.Value, true
		}
	}
	return "", false
}

// MaxDepth bounds the nesting Parse accepts; rendered specs stay far
// below it (genui.MaxDepth levels of groups).
const MaxDepth = 512

// Parse reads an SVG document into its root element. Comments, the XML
// declaration and white space between elements are dropped; namespace
// declarations are left to the DOM (elements are created in the SVG
// namespace). It never panics.
func Parse(doc []byte) (*Element, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = true
	var stack []*Element
	var root *Element
	var text strings.Builder
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("svgtree: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) >= MaxDepth {
				return nil, fmt.Errorf("svgtree: elements nested deeper than %d", MaxDepth)
			}
			e := &Element{Name: qname(t.Name)}
			for _, a := range t.Attr {
				if a.Name.Space == "xmlns" || a.Name.Space == "" && a.Name.Local == "xmlns" {
					continue
				}
				e.Attrs = append(e.Attrs, Attr{qname(a.Name), a.Value})
				if a.Name.Space == "" && a.Name.Local == "data-node" {
					e.Key = a.Value
				}
			}
			if n := len(stack); n > 0 {
				stack[n-1].Children = append(stack[n-1].Children, e)
			} else if root == nil {
				root = e
			} else {
				return nil, errors.New("svgtree: more than one root element")
			}
			stack = append(stack, e)
			text.Reset()
		case xml.EndElement:
			if len(stack) == 0 {
				return nil, errors.New("svgtree: unbalanced end element")
			}
			e := stack[len(stack)-1]
			if qname(t.Name) != e.Name {
				return nil, fmt.Errorf("svgtree: <%s> closed by </%s>", e.Name, qname(t.Name))
			}
			if len(e.Children) == 0 {
				e.Text = text.String()
			}
			text.Reset()
			stack = stack[:len(stack)-1]
		case xml.CharData:
			text.Write(t)
		}
	}
	if root == nil {
		return nil, errors.New("svgtree: no root element")
	}
	if len(stack) > 0 {
		return nil, errors.New("svgtree: unclosed element")
	}
	root.rehash()
	return root, nil
}

func qname(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

// rehash computes the hashes of e's subtree, children first.
func (e *Element) rehash() uint64 {
	h := fnv.New64a()
	io.WriteString(h, e.Name)
	for _, a := range e.Attrs {
		io.WriteString(h, "\x00"+a.Name+"\x01"+a.Value)
	}
	io.WriteString(h, "\x02"+e.Text)
	var b [8]byte
	for _, c := range e.Children {
		x := c.rehash()
		for i := range b {
			b[i] = byte(x >> (8 * i))
		}
		h.Write(b[:])
	}
	e.hash = h.Sum64()
	return e.hash
}
