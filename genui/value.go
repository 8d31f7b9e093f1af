package genui

import (
	"math"
	"reflect"
	"strconv"

	"github.com/tidwall/gjson"
)

// Reading one field's value, for every mode of the decoder. Each reader
// reports whether it set the value: not for a JSON null (outside strict
// mode), a wrong JSON type (an error in every mode), or, in a node still
// being written, a value that would not validate yet.

// field reads the value v of field f into n (or into props) and reports
// whether it was set.
func (d *decoder) field(n *Node, props reflect.Value, f *Field, v gjson.Result, depth int, open bool) bool {
	var dst reflect.Value
	switch f.where {
	case inProps:
		dst = props.Field(f.index)
	case inTokens:
		dst = reflect.ValueOf(&n.Tokens).Elem().Field(f.index)
	}
	switch f.Kind {
	case NodesField:
		kids, ok := d.children(n.Type, f, v, depth, open)
		n.Children = kids
		return ok
	case NodeField:
		n.Fallback = d.node(v, depth+1)
		return n.Fallback != nil
	case StringField:
		s, ok := d.str(f, v, open)
		if ok {
			if f.where == inNode {
				n.ID = s
			} else {
				dst.SetString(s)
			}
		}
		return ok
	}
	return d.value(f, dst, v, open)
}

// value reads v into dst for fields of the component's own struct
// (including chart data elements).
func (d *decoder) value(f *Field, dst reflect.Value, v gjson.Result, open bool) bool {
	switch f.Kind {
	case StringField:
		s, ok := d.str(f, v, open)
		if ok {
			dst.SetString(s)
		}
		return ok
	case IntegerField, NumberField:
		x, ok := d.num(f, v, open)
		if ok {
			if f.Kind == IntegerField {
				dst.SetInt(int64(x))
			} else {
				dst.SetFloat(x)
			}
		}
		return ok
	case BoolField:
		if d.skipNull(v) {
			return false
		}
		if v.Type != gjson.True && v.Type != gjson.False {
			d.fail(v, "expected %s, got %s", f.Kind, describe(v))
			return false
		}
		dst.SetBool(v.Type == gjson.True)
		return true
	case StringsField:
		elem := Field{Kind: StringField, MaxLength: f.MaxLength}
		list, ok := array(d, f, v, open, func(e gjson.Result) (string, bool) { return d.str(&elem, e, open) })
		if ok {
			dst.Set(reflect.ValueOf(list))
		}
		return ok
	case StringRowsField:
		elem := Field{Kind: StringsField, MaxLength: f.MaxLength, MaxItems: f.MaxItems}
		str := Field{Kind: StringField, MaxLength: f.MaxLength}
		rows, ok := array(d, f, v, open, func(e gjson.Result) ([]string, bool) {
			return array(d, &elem, e, open, func(e gjson.Result) (string, bool) { return d.str(&str, e, open) })
		})
		if ok {
			dst.Set(reflect.ValueOf(rows))
		}
		return ok
	case ObjectsField:
		return d.objects(f, dst, v, open)
	}
	panic("genui: no reader for " + f.Kind.String()) // every kind is handled above
}

// str reads a string value of f.
func (d *decoder) str(f *Field, v gjson.Result, open bool) (string, bool) {
	if d.skipNull(v) {
		return "", false
	}
	if v.Type != gjson.String {
		d.fail(v, "expected a string, got %s", describe(v))
		return "", false
	}
	if open && v.Index == d.cut && (f.Values != nil || f.URL != NoURL) {
		return "", false // an enum value or a URL is shown only once it is whole
	}
	if d.mode == strict || open {
		if msg := f.checkString(v.Str); msg != "" {
			if !open {
				d.fail(v, "%s", msg)
			}
			return v.Str, !open
		}
	}
	return v.Str, true
}

// num reads a number value of f.
func (d *decoder) num(f *Field, v gjson.Result, open bool) (float64, bool) {
	if d.skipNull(v) {
		return 0, false
	}
	if v.Type != gjson.Number {
		d.fail(v, "expected %s, got %s", f.Kind, describe(v))
		return 0, false
	}
	x := v.Num
	switch {
	case math.IsInf(x, 0):
		d.fail(v, "number %s is out of range", shorten(v.Raw))
		return 0, false
	case f.Kind == IntegerField && (x != math.Trunc(x) || math.Abs(x) > 1<<53):
		d.fail(v, "expected an integer, got %s", shorten(v.Raw))
		return 0, false
	}
	if d.mode == strict || open {
		if msg := f.checkNumber(x); msg != "" {
			if !open {
				d.fail(v, "%s", msg)
			}
			return x, !open
		}
	}
	return x, true
}

// array reads an array value of f whose elements elem reads.
func array[T any](d *decoder, f *Field, v gjson.Result, open bool, elem func(gjson.Result) (T, bool)) ([]T, bool) {
	if d.skipNull(v) {
		return nil, false
	}
	if !v.IsArray() {
		d.fail(v, "expected %s, got %s", f.Kind, describe(v))
		return nil, false
	}
	at := len(d.ptr)
	var list []T
	i := 0
	v.ForEach(func(_, e gjson.Result) bool {
		d.ptr = strconv.AppendInt(append(d.ptr, '/'), int64(i), 10)
		if x, ok := elem(e); ok {
			list = append(list, x)
		}
		d.ptr = d.ptr[:at]
		i++
		return true
	})
	if d.mode == strict || open {
		if msg := f.checkItems(len(list)); msg != "" {
			if !open {
				d.fail(v, "%s", msg)
			}
			return list, !open
		}
	}
	if list == nil {
		list = []T{} // present, if empty
	}
	return list, true
}

// children reads the children array of a node of type typ.
func (d *decoder) children(typ string, f *Field, v gjson.Result, depth int, open bool) ([]*Node, bool) {
	return array(d, f, v, open, func(e gjson.Result) (*Node, bool) {
		kid := d.node(e, depth+1)
		if kid != nil && f.NodeType != "" && kid.Type != f.NodeType && d.mode == strict {
			d.errAt(e, string(d.ptr)+"/type", "%s can only hold %s nodes, not %q", typ, f.NodeType, kid.Type)
		}
		return kid, kid != nil
	})
}

// objects reads an array of objects (chart data) into dst, a slice of
// structs that f.Elem describes.
func (d *decoder) objects(f *Field, dst reflect.Value, v gjson.Result, open bool) bool {
	et := dst.Type().Elem()
	list, ok := array(d, f, v, open, func(e gjson.Result) (reflect.Value, bool) {
		return d.object(f.Elem, et, e, open)
	})
	if ok {
		s := reflect.MakeSlice(dst.Type(), len(list), len(list))
		for i, x := range list {
			s.Index(i).Set(x)
		}
		dst.Set(s)
	}
	return ok
}

// object reads one object of an array of objects into a new struct of
// type t. In partial mode an element still being written is left out.
func (d *decoder) object(fields []Field, t reflect.Type, v gjson.Result, open bool) (reflect.Value, bool) {
	if !v.IsObject() {
		d.fail(v, "expected an object, got %s", describe(v))
		return reflect.Value{}, false
	}
	if open && d.isOpen(v.Index) {
		return reflect.Value{}, false
	}
	dst := reflect.New(t).Elem()
	owner := "a " + enumNoun(t.Name())
	at := len(d.ptr)
	var seen uint64
	v.ForEach(func(k, val gjson.Result) bool {
		d.push(k.Str)
		defer d.pop(at)
		fi := field(fields, k.Str)
		if fi < 0 {
			d.unknownField(kv{k, val}, fieldNames(fields), owner)
			return true
		}
		if seen&(1<<fi) != 0 && d.mode == strict {
			d.errAt(k, string(d.ptr), "duplicate field %q", k.Str)
		}
		seen |= 1 << fi
		d.value(&fields[fi], dst.Field(fields[fi].index), val, open)
		return true
	})
	for fi, f := range fields {
		if f.Required && seen&(1<<fi) == 0 && d.mode == strict {
			d.errAt(v, string(d.ptr)+"/"+f.Name, "%s is missing required field %q", owner, f.Name)
		}
	}
	return dst, true
}
