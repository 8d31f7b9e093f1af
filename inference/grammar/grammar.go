package grammar

import (
	"errors"
	"fmt"
)

// ErrUnsupported marks a schema that uses a JSON Schema feature this
// package does not compile (see the package documentation for the subset).
var ErrUnsupported = errors.New("grammar: unsupported schema feature")

// ErrSchema marks a schema that is malformed or admits no document within
// the limits.
var ErrSchema = errors.New("grammar: invalid schema")

// SchemaError is a compile error located at a JSON Pointer of the schema
// document ("#/$defs/node/properties/children"). It wraps ErrUnsupported or
// ErrSchema.
type SchemaError struct {
	Pointer string // where in the schema, "#" for the root
	Msg     string
	Err     error // ErrUnsupported or ErrSchema
}

func (e *SchemaError) Error() string {
	return fmt.Sprintf("grammar: schema at %s: %s", e.Pointer, e.Msg)
}

func (e *SchemaError) Unwrap() error { return e.Err }

// Options bound what the grammar generates, so that every generation
// terminates. The zero value uses the defaults named below.
type Options struct {
	// MaxNesting is the deepest nesting of objects and arrays a document
	// may reach (the top-level value is at 1). Default 128.
	MaxNesting int
	// MaxString bounds strings whose schema sets no maxLength. Default 4096.
	MaxString int
	// MaxItems bounds arrays whose schema sets no maxItems, and the members
	// of objects whose keys are free (additionalProperties as a schema).
	// Default 1000.
	MaxItems int
	// MaxNumberDigits is the most digits a generated number may have
	// (integer and fraction digits together). Numbers are written in plain
	// decimal notation (no exponent); with at most 15 digits every value
	// converts to float64 and back unchanged, so bound checks done here on
	// exact decimals agree with any validator's float64 comparisons.
	// Default 15, at most 18.
	MaxNumberDigits int
	// CountRunes measures string lengths (maxLength, minLength, MaxString)
	// in code points, as JSON Schema defines them. By default they are
	// measured in UTF-8 bytes of the decoded string, which is never more
	// than the code points: the bound is safe for any validator and exact
	// for validators (like genui's) that count bytes.
	CountRunes bool
	// Count limits the instances of one $defs entry (for a UI spec, the
	// node definition): how many a document may hold and how deeply they
	// may nest in each other.
	Count *CountLimit
}

// CountLimit limits the instances of the schema at "#/$defs/" + Def (or
// "#/definitions/" + Def).
type CountLimit struct {
	Def      string
	MaxCount int // most instances in a document
	MaxDepth int // most instances nested in each other (the outermost is at depth 1)
}

// Defaults of Options.
const (
	DefaultMaxNesting      = 128
	DefaultMaxString       = 4096
	DefaultMaxItems        = 1000
	DefaultMaxNumberDigits = 15
	maxNumberDigits        = 18
)

// limits are Options with the defaults filled in.
type limits struct {
	nesting, str, items, digits int
	runes                       bool
	count                       CountLimit
	counted                     bool
}

func (o *Options) limits() (limits, error) {
	l := limits{nesting: DefaultMaxNesting, str: DefaultMaxString, items: DefaultMaxItems, digits: DefaultMaxNumberDigits}
	if o == nil {
		return l, nil
	}
	set := func(dst *int, v int, name string, most int) error {
		switch {
		case v < 0 || v > most:
			return fmt.Errorf("grammar: option %s = %d is out of range [0, %d]", name, v, most)
		case v > 0:
			*dst = v
		}
		return nil
	}
	const huge = 1 << 30
	if err := set(&l.nesting, o.MaxNesting, "MaxNesting", 1<<16); err != nil {
		return l, err
	}
	if err := set(&l.str, o.MaxString, "MaxString", huge); err != nil {
		return l, err
	}
	if err := set(&l.items, o.MaxItems, "MaxItems", huge); err != nil {
		return l, err
	}
	if err := set(&l.digits, o.MaxNumberDigits, "MaxNumberDigits", maxNumberDigits); err != nil {
		return l, err
	}
	l.runes = o.CountRunes
	if c := o.Count; c != nil {
		if c.Def == "" || c.MaxCount <= 0 || c.MaxDepth <= 0 || c.MaxCount > huge || c.MaxDepth > huge {
			return l, fmt.Errorf("grammar: option Count needs a Def name and positive MaxCount and MaxDepth")
		}
		l.count, l.counted = *c, true
	}
	return l, nil
}

// Grammar is a JSON Schema compiled into a matcher program over the bytes
// of compact JSON. It is immutable and safe for concurrent use; each
// generation runs its own Matcher.
type Grammar struct {
	nodes []node
	tries []trieNode
	root  int32
	lim   limits
	// Bounds the mask cache needs to tell when no token can reach a limit:
	// the bytes that can start a counted instance, the most any closure
	// nests objects and arrays and counted instances, and the most counted
	// instances one frame's closure can hold.
	countFirst       [256]bool
	maxNest, maxDeep int32
	maxFrameNeed     int32
}

type kind uint8

const (
	kObject  kind = iota // fixed properties in schema order
	kTagged              // objects told apart by a const first property
	kMap                 // free keys, one value schema
	kArray               // items of one schema
	kString              // a string with length bounds and maybe a pattern
	kNumber              // a number or integer with bounds
	kLiteral             // one of a set of exact texts (enum, const, booleans, null)
	kUnion               // alternatives told apart by their first byte
	kDoc                 // the document: one value, then nothing
	kPending             // a $ref target being compiled (only during Compile)
)

// node is one compiled schema.
type node struct {
	kind    kind
	ptr     string // JSON Pointer of the schema, for messages
	counted bool   // instances are counted (Options.Count)

	// kObject
	props   []prop
	reqFrom []int32  // reqFrom[i]: the first required property at or after i, len(props) if none
	groups  []uint64 // sets of optional properties that may not all be written (not: {required: […]})
	tab     *objTables
	// kObject (keys), kTagged (prefix and tag values), kLiteral (texts)
	trie     int32
	branches []int32  // kTagged: the object node of each trie payload
	texts    [][]byte // kLiteral: the texts by payload; kTagged: the tag prefixes by payload

	// kArray (items), kMap (values)
	item               int32
	minItems, maxItems int32
	key                int32 // kMap: the string node of keys

	// kString
	minLen, maxLen int32 // minLen in code points, maxLen in Options' unit
	re             *dfa
	reBest         [][]int32 // reBest[k][q]: the shortest way from q to acceptance through k or more code points

	// kNumber
	num *numSpec

	// kUnion
	alt *[256]int32

	// the shortest instance, and what it holds
	min   []byte
	need  int32 // counted instances in min, this value included
	deep  int32 // counted instances nested in min, this value included
	nest  int32 // nesting of objects and arrays in min, this value included ("{}" is 1)
	first [256]bool
	// uses: some state of a frame of this node has a closure that holds
	// objects, arrays or counted instances (recheck must look).
	uses bool
}

func (n *node) minInfo() closeInfo {
	return closeInfo{int32(len(n.min)), n.need, n.deep, n.nest}
}

// prop is one property of an object.
type prop struct {
	key      string
	text     []byte // `"key":`
	value    int32
	required bool
}

// objTables are an object node's closures: sep[w][i] is what ends the
// object once the properties before i are done (w is 1 if one was
// written, so the next needs a comma).
type objTables struct {
	sepText [2][][]byte
	sepInfo [2][]closeInfo
}

// closeInfo describes a closure text: its length, the counted instances it
// holds, how deeply they nest in it, and how deeply objects and arrays
// nest in it.
type closeInfo struct {
	len, need, deep, nest int32
}

// then is the info of a text followed by another.
func (a closeInfo) then(b closeInfo) closeInfo {
	return closeInfo{a.len + b.len, a.need + b.need, max(a.deep, b.deep), max(a.nest, b.nest)}
}
