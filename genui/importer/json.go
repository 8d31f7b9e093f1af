package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/tidwall/gjson"

	"github.com/genui/genui/genui"
)

// MaxDepth is how deeply a document's JSON may nest. Adaptive Cards and
// A2UI documents that genui can show nest far less; deeper text is
// refused before anything reads it, so no importer recurses without bound.
const MaxDepth = 256

// Check returns data as a string for gjson when it is at most
// genui.MaxSpecBytes long, nests at most MaxDepth deep and is one or more
// JSON values separated by white space (a JSON Lines stream is several).
// Otherwise it says what is wrong and where ("line 3, column 9: …");
// prefix starts the message ("adaptivecards").
func Check(prefix string, data []byte) (string, error) {
	if len(data) > genui.MaxSpecBytes {
		return "", fmt.Errorf("%s: the document is %d bytes, more than the limit of %d", prefix, len(data), genui.MaxSpecBytes)
	}
	if off := tooDeep(data); off >= 0 {
		line, col := position(data, off)
		return "", fmt.Errorf("%s: line %d, column %d: nested more than %d levels deep", prefix, line, col, MaxDepth)
	}
	src := string(data)
	if !validStream(src) {
		var se *json.SyntaxError
		dec := json.NewDecoder(bytes.NewReader(data))
		for {
			var v json.RawMessage
			err := dec.Decode(&v)
			if errors.As(err, &se) {
				line, col := position(data, int(se.Offset))
				return "", fmt.Errorf("%s: line %d, column %d: %v", prefix, line, col, se)
			}
			if errors.Is(err, io.ErrUnexpectedEOF) {
				line, col := position(data, len(data))
				return "", fmt.Errorf("%s: line %d, column %d: unexpected end of JSON", prefix, line, col)
			}
			if err != nil {
				break
			}
		}
		return "", fmt.Errorf("%s: not JSON", prefix)
	}
	return src, nil
}

// validStream reports whether src holds one or more JSON values separated
// by white space.
func validStream(src string) bool {
	n := 0
	for rest := src; ; n++ {
		i := skipSpace(rest)
		if i == len(rest) {
			return n > 0
		}
		rest = rest[i:]
		end := valueEnd(rest)
		if !gjson.Valid(rest[:end]) {
			return false
		}
		rest = rest[end:]
	}
}

// valueEnd returns where the JSON value at the start of s ends: after its
// closing bracket, or at the first white space for a scalar. The value
// itself is checked by gjson.Valid.
func valueEnd(s string) int {
	if s[0] != '{' && s[0] != '[' {
		inStr := false
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case inStr && c == '\\':
				i++
			case c == '"' && (i == 0 || inStr):
				inStr = !inStr
			case !inStr && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '{' || c == '['):
				return i
			}
		}
		return len(s)
	}
	depth, inStr := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inStr:
			if c == '\\' {
				i++
			} else if c == '"' {
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(s)
}

func skipSpace(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// Values returns the JSON values of a stream that Check accepted.
func Values(src string) []gjson.Result {
	var vs []gjson.Result
	for rest := src; ; {
		i := skipSpace(rest)
		if i == len(rest) {
			return vs
		}
		rest = rest[i:]
		end := valueEnd(rest)
		vs = append(vs, gjson.Parse(rest[:end]))
		rest = rest[end:]
	}
}

// tooDeep returns the offset where data first nests deeper than MaxDepth,
// or -1. It is one linear pass that skips strings.
func tooDeep(data []byte) int {
	depth, inStr := 0, false
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case inStr:
			if c == '\\' {
				i++
			} else if c == '"' {
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == '[' || c == '{':
			depth++
			if depth > MaxDepth {
				return i
			}
		case c == ']' || c == '}':
			depth--
		}
	}
	return -1
}

// position returns the 1-based line and byte column of offset off.
func position(data []byte, off int) (line, col int) {
	line, start := 1, 0
	for i := 0; i < off && i < len(data); i++ {
		if data[i] == '\n' {
			line, start = line+1, i+1
		}
	}
	return line, off - start + 1
}

// TopKeys returns the keys of the top-level JSON object in data, at most
// n of them; nil when data is not an object. It never fails.
func TopKeys(data []byte, n int) []string {
	i := skipSpace(string(data[:min(len(data), 64)]))
	if i >= len(data) || data[i] != '{' {
		return nil
	}
	var keys []string
	gjson.ParseBytes(data).ForEach(func(k, _ gjson.Result) bool {
		keys = append(keys, k.Str)
		return len(keys) < n
	})
	return keys
}

// Pointer appends one reference token to a JSON Pointer, escaped as RFC
// 6901 says.
func Pointer(ptr, token string) string {
	b := []byte(ptr)
	b = append(b, '/')
	for i := 0; i < len(token); i++ {
		switch token[i] {
		case '~':
			b = append(b, '~', '0')
		case '/':
			b = append(b, '~', '1')
		default:
			b = append(b, token[i])
		}
	}
	return string(b)
}
