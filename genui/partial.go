package genui

import (
	"fmt"

	"github.com/tidwall/gjson"
)

// ParsePartial reads a prefix of a spec's JSON text, as it streams from a
// model, and returns the largest valid spec the prefix implies. Whatever
// the split, a prefix of a spec that validates gives a spec that validates
// (once it has a root: until the root's type has arrived Root is nil).
//
// The prefix is closed as the rest of the text would close it: open
// arrays and objects end where they stand and an open string ends after
// its last whole character (never half a UTF-8 sequence, half an escape or
// half a surrogate pair). A member whose key or scalar value (a number,
// true, false, null) is not whole yet is left out. Then, in each node still
// being written (Complete reports false):
//
//   - the node is left out while its "type" is not whole;
//   - a string being written shows its text so far, except enum values and
//     URLs, which are left out until whole;
//   - a value that would not validate yet is left out (an options array
//     still empty, a chart datum still being written);
//   - a required field not written yet stands at its zero value when that
//     validates (a button's text is "" until it arrives); when it would not
//     (an icon's name, a select's options) the node is left out;
//   - a node of an unknown type is left out until it has a fallback.
//
// Until "version" arrives the spec's Version is Version, or Version+1
// when it holds a node of an unknown type (only a newer spec may). Nodes
// whose text has ended are read as Parse reads them and never change as
// more text arrives.
//
// ParsePartial fails, as Parse does, on text that cannot be the start of a
// spec: broken JSON, wrong JSON types, too deep, too long.
func ParsePartial(prefix []byte) (*Spec, error) {
	var d decoder
	return d.partial(prefix)
}

// partial runs ParsePartial with the decoder d, whose done cache (if any)
// it reads and fills.
func (d *decoder) partial(prefix []byte) (*Spec, error) {
	if len(prefix) > MaxSpecBytes {
		return nil, fmt.Errorf("genui: %w", tooLarge(len(prefix)))
	}
	src := string(prefix)
	s := scanner{src: src, maxNesting: maxNesting, prefix: true}
	if e := s.run(); e != nil {
		Errors{e}.locate(src)
		return nil, located(e)
	}
	closed, open, cut := s.close()
	if closed == "" {
		return &Spec{Version: Version}, nil
	}
	d.mode, d.src, d.open, d.cut = partial, closed, open, cut
	sp := d.spec(gjson.Parse(closed))
	if err := d.firstError(); err != nil {
		return nil, err
	}
	return sp, nil
}

// Stream reads a spec's text as it arrives, chunk by chunk. Spec returns
// what ParsePartial returns for the text so far, whatever the chunks, and
// gives back the very same *Node for a node that was complete before: a
// renderer may keep what it derived from a node by its pointer. Complete
// nodes are shared between the specs a Stream returns and must not be
// changed. The zero Stream is ready to use.
type Stream struct {
	text    []byte
	done    map[int]*Node // complete nodes, by the offset of their text
	unknown bool          // a node of an unknown type was kept
}

// Write adds the next chunk of the spec's text. It fails only when the
// text would grow past MaxSpecBytes.
func (s *Stream) Write(p []byte) (int, error) {
	if len(s.text)+len(p) > MaxSpecBytes {
		return 0, fmt.Errorf("genui: %w", tooLarge(len(s.text)+len(p)))
	}
	s.text = append(s.text, p...)
	return len(p), nil
}

// Spec returns the largest valid spec the text so far implies, as
// ParsePartial does, reusing the nodes that were complete before.
func (s *Stream) Spec() (*Spec, error) {
	if s.done == nil {
		s.done = map[int]*Node{}
	}
	// A reused node of an unknown type is not read again, so whether one
	// was kept carries over.
	d := decoder{done: s.done, unknownKept: s.unknown}
	sp, err := d.partial(s.text)
	s.unknown = d.unknownKept
	return sp, err
}

// close completes the prefix the scanner read into JSON text, as described
// at ParsePartial. It returns the text, the offsets of the containers it
// closed (ascending), and the offset of the string it cut short, or -1.
// It returns "" when no container has begun.
func (s *scanner) close() (text string, open []int, cut int) {
	end, cut := len(s.src), -1
	switch s.state {
	case stDone, stNext, stKeyOrEnd, stElemOrEnd:
		// Nothing is pending.
	case stInString:
		end, cut = s.strSafe, s.strStart
	default:
		// A key, a colon, a scalar or the value after a comma is pending:
		// drop the member or element it begins.
		if len(s.stack) == 0 {
			return "", nil, -1
		}
		end = s.stack[len(s.stack)-1].safe
	}
	b := make([]byte, 0, end+1+len(s.stack))
	b = append(b, s.src[:end]...)
	if cut >= 0 {
		b = append(b, '"')
	}
	open = make([]int, len(s.stack))
	for i, f := range s.stack {
		open[i] = f.start
	}
	for i := len(s.stack) - 1; i >= 0; i-- {
		if s.stack[i].obj {
			b = append(b, '}')
		} else {
			b = append(b, ']')
		}
	}
	return string(b), open, cut
}
