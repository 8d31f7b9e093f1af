package genui

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// JSON Patch (RFC 6902) is the refine task's answer: the model reads a spec
// and an instruction and writes the operations that change the spec. The
// code here works on JSON text, not on Spec values, so that a patch may touch
// any member the JSON holds (unknown fields included) and so that a failed
// operation can be named by its JSON Pointer (RFC 6901). It is written by
// hand over a small ordered tree because members must keep their order
// (encoding/json's maps would lose it) and every failure must say where.

// PatchOp is one operation of a JSON Patch.
type PatchOp struct {
	Op    string          // "add", "remove", "replace", "move", "copy" or "test"
	Path  string          // JSON Pointer of the target
	From  string          // JSON Pointer of the source (move and copy)
	Value json.RawMessage // the value (add, replace and test)
}

// PatchError reports the operation of a patch that could not be applied and
// why. The whole patch is then rejected: ApplyPatch is all or nothing.
type PatchError struct {
	Index  int    // the operation's position in the patch, from 0
	Op     string // its "op"
	Path   string // the JSON Pointer the failure is about (path or from)
	Reason string
}

func (e *PatchError) Error() string {
	return fmt.Sprintf("genui: patch operation %d (%s %s): %s", e.Index, e.Op, strconv.Quote(e.Path), e.Reason)
}

// maxPatchDepth bounds the nesting of the JSON this file reads, so that
// hostile input cannot exhaust the stack. Specs nest at most MaxDepth nodes,
// each two JSON levels deep (the node and its "children" array).
const maxPatchDepth = 2*MaxDepth + 8

// maxPatchValues bounds the JSON values a "copy" may grow a document to:
// each copy can double it, so a short patch could otherwise ask for an
// exponential amount of memory. A spec at its limits (MaxNodes nodes of a
// few dozen values each) stays well below it.
const maxPatchValues = 1 << 18

// ApplyPatch applies patch (RFC 6902 JSON text) to doc and returns the new
// document as compact JSON. Members keep their order; "add" appends new
// ones. On failure doc is unchanged and the error is a *PatchError naming
// the operation, or a syntax error for text that is not JSON.
func ApplyPatch(doc, patch []byte) ([]byte, error) {
	ops, err := ParsePatch(patch)
	if err != nil {
		return nil, err
	}
	root, err := parseValue(doc)
	if err != nil {
		return nil, fmt.Errorf("genui: patched document: %w", err)
	}
	for i, op := range ops {
		if root, err = applyOp(root, op); err != nil {
			var pe *PatchError
			if errors.As(err, &pe) {
				pe.Index = i
			}
			return nil, err
		}
	}
	return root.appendTo(nil), nil
}

// ParsePatch reads a JSON Patch: an array of operation objects. It checks
// every operation's shape (a known op, well-formed pointers, the members the
// op needs); whether the targets exist is for ApplyPatch to find out.
// Members an operation does not use are ignored, as RFC 6902 requires.
func ParsePatch(data []byte) ([]PatchOp, error) {
	v, err := parseValue(data)
	if err != nil {
		return nil, fmt.Errorf("genui: patch: %w", err)
	}
	if v.kind != '[' {
		return nil, errors.New("genui: patch: not a JSON array of operations")
	}
	if len(v.arr) > MaxItems {
		return nil, fmt.Errorf("genui: patch: %d operations, more than the %d accepted", len(v.arr), MaxItems)
	}
	ops := make([]PatchOp, len(v.arr))
	for i, o := range v.arr {
		if ops[i], err = parseOp(o); err != nil {
			err.(*PatchError).Index = i
			return nil, err
		}
	}
	return ops, nil
}

// parseOp reads one operation object; its errors are *PatchError.
func parseOp(o *jsonValue) (PatchOp, error) {
	var op PatchOp
	fail := func(ptr, reason string) (PatchOp, error) {
		return PatchOp{}, &PatchError{Op: op.Op, Path: ptr, Reason: reason}
	}
	if o.kind != '{' {
		return fail("", "operation is not a JSON object")
	}
	// need reads the string member key into *dst.
	need := func(key string, dst *string) error {
		m := o.member(key)
		if m == nil {
			_, err := fail(op.Path, fmt.Sprintf("missing %q", key))
			return err
		}
		if m.kind != 0 || json.Unmarshal([]byte(m.lit), dst) != nil {
			_, err := fail(op.Path, fmt.Sprintf("%q is not a string", key))
			return err
		}
		return nil
	}
	if err := need("op", &op.Op); err != nil {
		return PatchOp{}, err
	}
	if err := need("path", &op.Path); err != nil {
		return PatchOp{}, err
	}
	if _, err := splitPointer(op.Path); err != nil {
		return fail(op.Path, err.Error())
	}
	switch op.Op {
	case "add", "replace", "test":
		m := o.member("value")
		if m == nil {
			return fail(op.Path, `missing "value"`)
		}
		op.Value = m.appendTo(nil)
	case "move", "copy":
		if err := need("from", &op.From); err != nil {
			return PatchOp{}, err
		}
		if _, err := splitPointer(op.From); err != nil {
			return fail(op.From, "from: "+err.Error())
		}
	case "remove":
	default:
		return fail(op.Path, fmt.Sprintf("unknown op %q", op.Op))
	}
	return op, nil
}

// MarshalPatch writes ops as compact JSON with the members of each operation
// in the order op, path, from, value, no member an op does not use, and
// strings escaped as Marshal escapes a spec's. That is the form the model is
// trained to write.
func MarshalPatch(ops []PatchOp) ([]byte, error) {
	b := []byte{'['}
	for i, op := range ops {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"op":`...)
		b = appendQuoted(b, op.Op)
		b = append(b, `,"path":`...)
		b = appendQuoted(b, op.Path)
		switch op.Op {
		case "move", "copy":
			b = append(b, `,"from":`...)
			b = appendQuoted(b, op.From)
		case "add", "replace", "test":
			v, err := parseValue(op.Value)
			if err != nil {
				return nil, fmt.Errorf("genui: patch operation %d: value: %w", i, err)
			}
			b = append(b, `,"value":`...)
			b = v.appendTo(b)
		case "remove":
		default:
			return nil, &PatchError{Index: i, Op: op.Op, Path: op.Path, Reason: fmt.Sprintf("unknown op %q", op.Op)}
		}
		b = append(b, '}')
	}
	return append(b, ']'), nil
}

// PatchPaths lists the JSON Pointer of every value inside doc (the document
// itself excluded), in document order: the targets a "remove", "replace" or
// "test" may name and the sources of "move" and "copy". The constrained
// decoder offers only these; an "add" may also name a new member of an
// object or an array position up to its length ("-" appends).
func PatchPaths(doc []byte) ([]string, error) {
	root, err := parseValue(doc)
	if err != nil {
		return nil, fmt.Errorf("genui: patch paths: %w", err)
	}
	var paths []string
	var walk func(v *jsonValue, ptr string)
	walk = func(v *jsonValue, ptr string) {
		switch v.kind {
		case '{':
			for _, m := range v.obj {
				p := ptr + "/" + escapeToken(m.key)
				paths = append(paths, p)
				walk(m.val, p)
			}
		case '[':
			for i, e := range v.arr {
				p := ptr + "/" + strconv.Itoa(i)
				paths = append(paths, p)
				walk(e, p)
			}
		}
	}
	walk(root, "")
	return paths, nil
}

// applyOp applies one operation to root and returns the new root. Errors
// are *PatchError with Index left for the caller.
func applyOp(root *jsonValue, op PatchOp) (*jsonValue, error) {
	fail := func(ptr, format string, args ...any) error {
		return &PatchError{Op: op.Op, Path: ptr, Reason: fmt.Sprintf(format, args...)}
	}
	value := func() (*jsonValue, error) {
		v, err := parseValue(op.Value)
		if err != nil {
			return nil, fail(op.Path, "value: %v", err)
		}
		return v, nil
	}
	switch op.Op {
	case "add", "replace":
		v, err := value()
		if err != nil || op.Path == "" {
			return v, err
		}
		mode := insert
		if op.Op == "replace" {
			mode = overwrite
		}
		_, err = edit(root, op.Path, v, mode, fail)
		return root, err
	case "remove":
		_, err := edit(root, op.Path, nil, del, fail)
		return root, err
	case "move", "copy":
		src, err := find(root, op.From, fail)
		if err != nil {
			return nil, err
		}
		switch {
		case op.Op == "copy":
			if n := root.count() + src.count(); n > maxPatchValues {
				return nil, fail(op.From, "the copy would grow the document to %d values, more than the %d accepted", n, maxPatchValues)
			}
			src = src.clone()
		case op.Path == op.From:
			return root, nil
		case strings.HasPrefix(op.Path, op.From+"/"):
			return nil, fail(op.From, "cannot move a value into itself (%s)", strconv.Quote(op.Path))
		default:
			if _, err := edit(root, op.From, nil, del, fail); err != nil {
				return nil, err
			}
		}
		if op.Path == "" {
			return src, nil
		}
		_, err = edit(root, op.Path, src, insert, fail)
		return root, err
	case "test":
		v, err := value()
		if err != nil {
			return nil, err
		}
		got, err := find(root, op.Path, fail)
		if err != nil {
			return nil, err
		}
		if !got.equal(v) {
			return nil, fail(op.Path, "test failed: the value is %s", got.appendTo(nil))
		}
		return root, nil
	}
	return nil, fail(op.Path, "unknown op %q", op.Op)
}

type failFunc func(ptr, format string, args ...any) error

// find returns the value ptr names.
func find(root *jsonValue, ptr string, fail failFunc) (*jsonValue, error) {
	toks, _ := splitPointer(ptr) // checked by ParsePatch
	v := root
	for i, tok := range toks {
		at := joinPointer(toks[:i+1])
		switch v.kind {
		case '{':
			m := v.member(tok)
			if m == nil {
				return nil, fail(at, "no member %q", tok)
			}
			v = m
		case '[':
			n, err := arrayIndex(tok, len(v.arr), false)
			if err != nil {
				return nil, fail(at, "%v", err)
			}
			v = v.arr[n]
		default:
			return nil, fail(at, "%s is not an object or array", strconv.Quote(joinPointer(toks[:i])))
		}
	}
	return v, nil
}

// editMode says what edit does at a location.
type editMode int

const (
	insert    editMode = iota // add a member or insert an element
	overwrite                 // replace an existing value
	del                       // remove an existing value
)

// edit changes the value at ptr (not the document itself) as mode says and
// returns the value it replaced or removed.
func edit(root *jsonValue, ptr string, v *jsonValue, mode editMode, fail failFunc) (*jsonValue, error) {
	toks, _ := splitPointer(ptr)
	if len(toks) == 0 {
		return nil, fail(ptr, "cannot remove the whole document")
	}
	p, err := find(root, joinPointer(toks[:len(toks)-1]), fail)
	if err != nil {
		return nil, err
	}
	tok := toks[len(toks)-1]
	switch p.kind {
	case '{':
		for i, m := range p.obj {
			if m.key != tok {
				continue
			}
			if mode == del {
				p.obj = slices.Delete(p.obj, i, i+1)
			} else {
				p.obj[i].val = v
			}
			return m.val, nil
		}
		if mode != insert {
			return nil, fail(ptr, "no member %q", tok)
		}
		p.obj = append(p.obj, jsonMember{tok, v})
		return nil, nil
	case '[':
		n, err := arrayIndex(tok, len(p.arr), mode == insert)
		if err != nil {
			return nil, fail(ptr, "%v", err)
		}
		switch mode {
		case insert:
			if len(p.arr) >= MaxItems {
				return nil, fail(ptr, "array already holds %d elements", MaxItems)
			}
			p.arr = slices.Insert(p.arr, n, v)
			return nil, nil
		case del:
			old := p.arr[n]
			p.arr = slices.Delete(p.arr, n, n+1)
			return old, nil
		}
		old := p.arr[n]
		p.arr[n] = v
		return old, nil
	}
	return nil, fail(ptr, "its parent is not an object or array")
}

// arrayIndex reads a reference token as an index into an array of length n.
// An insertion (add) may name n itself or "-" (the end).
func arrayIndex(tok string, n int, insert bool) (int, error) {
	if tok == "-" {
		if insert {
			return n, nil
		}
		return 0, fmt.Errorf(`"-" names no element (array has %d)`, n)
	}
	if tok == "" || len(tok) > 1 && tok[0] == '0' || strings.TrimLeft(tok, "0123456789") != "" {
		return 0, fmt.Errorf("%q is not an array index", tok)
	}
	i, err := strconv.Atoi(tok)
	limit := n - 1
	if insert {
		limit = n
	}
	if err != nil || i > limit {
		return 0, fmt.Errorf("index %s out of range (array has %d elements)", tok, n)
	}
	return i, nil
}

// splitPointer splits a JSON Pointer into its unescaped reference tokens.
func splitPointer(ptr string) ([]string, error) {
	if ptr == "" {
		return nil, nil
	}
	if ptr[0] != '/' {
		return nil, errors.New(`a JSON Pointer starts with "/"`)
	}
	toks := strings.Split(ptr[1:], "/")
	for i, t := range toks {
		if !strings.Contains(t, "~") {
			continue
		}
		for j := 0; j < len(t); j++ {
			if t[j] == '~' && (j+1 == len(t) || t[j+1] != '0' && t[j+1] != '1') {
				return nil, fmt.Errorf(`bad escape in %q ("~" must be "~0" or "~1")`, t)
			}
		}
		toks[i] = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
	}
	return toks, nil
}

func joinPointer(toks []string) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteByte('/')
		b.WriteString(escapeToken(t))
	}
	return b.String()
}

func escapeToken(t string) string {
	return strings.ReplaceAll(strings.ReplaceAll(t, "~", "~0"), "/", "~1")
}

// jsonValue is a JSON value with object members in their original order.
type jsonValue struct {
	kind byte // '{' object, '[' array, 0 scalar
	obj  []jsonMember
	arr  []*jsonValue
	lit  string // a scalar's compact JSON text
}

type jsonMember struct {
	key string
	val *jsonValue
}

// member returns the value of an object's member, or nil.
func (v *jsonValue) member(key string) *jsonValue {
	for _, m := range v.obj {
		if m.key == key {
			return m.val
		}
	}
	return nil
}

// count returns the number of JSON values in v, v included.
func (v *jsonValue) count() int {
	n := 1
	for _, m := range v.obj {
		n += m.val.count()
	}
	for _, e := range v.arr {
		n += e.count()
	}
	return n
}

func (v *jsonValue) clone() *jsonValue {
	c := &jsonValue{kind: v.kind, lit: v.lit}
	for _, m := range v.obj {
		c.obj = append(c.obj, jsonMember{m.key, m.val.clone()})
	}
	for _, e := range v.arr {
		c.arr = append(c.arr, e.clone())
	}
	return c
}

// equal is RFC 6902's "test" equality: numbers by value, objects regardless
// of member order.
func (v *jsonValue) equal(w *jsonValue) bool {
	if v.kind != w.kind || len(v.obj) != len(w.obj) || len(v.arr) != len(w.arr) {
		return false
	}
	switch v.kind {
	case '{':
		for _, m := range v.obj {
			o := w.member(m.key)
			if o == nil || !m.val.equal(o) {
				return false
			}
		}
		return true
	case '[':
		for i := range v.arr {
			if !v.arr[i].equal(w.arr[i]) {
				return false
			}
		}
		return true
	}
	if v.lit == w.lit {
		return true
	}
	a, errA := strconv.ParseFloat(v.lit, 64)
	b, errB := strconv.ParseFloat(w.lit, 64)
	return errA == nil && errB == nil && a == b
}

func (v *jsonValue) appendTo(b []byte) []byte {
	switch v.kind {
	case '{':
		b = append(b, '{')
		for i, m := range v.obj {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendQuoted(b, m.key)
			b = append(b, ':')
			b = m.val.appendTo(b)
		}
		return append(b, '}')
	case '[':
		b = append(b, '[')
		for i, e := range v.arr {
			if i > 0 {
				b = append(b, ',')
			}
			b = e.appendTo(b)
		}
		return append(b, ']')
	}
	return append(b, v.lit...)
}

// parseValue reads exactly one JSON value. Duplicate object keys are an
// error: a pointer could not say which one it names.
func parseValue(data []byte) (*jsonValue, error) {
	if len(data) > MaxSpecBytes {
		return nil, fmt.Errorf("%d bytes is more than the %d accepted", len(data), MaxSpecBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := parseNext(dec, 0)
	if err != nil {
		return nil, err
	}
	if rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
		return nil, fmt.Errorf("text after the JSON value at byte %d", len(data)-len(rest))
	}
	return v, nil
}

func parseNext(dec *json.Decoder, depth int) (*jsonValue, error) {
	if depth > maxPatchDepth {
		return nil, fmt.Errorf("nested deeper than %d at byte %d", maxPatchDepth, dec.InputOffset())
	}
	tok, err := dec.Token()
	if err == io.EOF {
		return nil, errors.New("unexpected end of JSON")
	}
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			v := &jsonValue{kind: '{', obj: []jsonMember{}}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				key := k.(string) // the decoder only yields strings as keys
				if v.member(key) != nil {
					return nil, fmt.Errorf("duplicate key %q before byte %d", key, dec.InputOffset())
				}
				e, err := parseNext(dec, depth+1)
				if err != nil {
					return nil, err
				}
				v.obj = append(v.obj, jsonMember{key, e})
			}
			_, err := dec.Token()
			return v, err
		case '[':
			v := &jsonValue{kind: '[', arr: []*jsonValue{}}
			for dec.More() {
				e, err := parseNext(dec, depth+1)
				if err != nil {
					return nil, err
				}
				v.arr = append(v.arr, e)
			}
			_, err := dec.Token()
			return v, err
		}
		return nil, fmt.Errorf("unexpected %q at byte %d", t, dec.InputOffset())
	case string:
		return &jsonValue{lit: string(appendQuoted(nil, t))}, nil
	case json.Number:
		return &jsonValue{lit: t.String()}, nil
	case bool:
		return &jsonValue{lit: strconv.FormatBool(t)}, nil
	case nil:
		return &jsonValue{lit: "null"}, nil
	}
	return nil, fmt.Errorf("unexpected token at byte %d", dec.InputOffset())
}
