package genui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// The checks below judge one value of a field. Strict validation reports
// what they return; ParsePartial uses them to leave out values of a node
// still being written that would not validate yet.

// checkString returns what is wrong with s as a value of f, or "".
func (f *Field) checkString(s string) string {
	if len(s) > f.MaxLength {
		return fmt.Sprintf("string of %d bytes is longer than the maximum %d", len(s), f.MaxLength)
	}
	if f.Values != nil && !slices.Contains(f.Values, s) {
		return badEnum(s, f)
	}
	if f.URL != NoURL {
		return urlProblem(s, f.URL == ImageURL)
	}
	return ""
}

// checkNumber returns what is wrong with x as a value of f, or "".
func (f *Field) checkNumber(x float64) string {
	switch {
	case f.HasMin && x < f.Min:
		return fmt.Sprintf("%s is less than the minimum %s", fmtNum(x), fmtNum(f.Min))
	case f.HasMax && x > f.Max:
		return fmt.Sprintf("%s is more than the maximum %s", fmtNum(x), fmtNum(f.Max))
	}
	return ""
}

// checkItems returns what is wrong with an array of n elements as a value
// of f, or "".
func (f *Field) checkItems(n int) string {
	switch {
	case n < f.MinItems:
		return fmt.Sprintf("needs at least %d %s", f.MinItems, plural(f.MinItems, "element"))
	case n > f.MaxItems:
		return fmt.Sprintf("%d elements are more than the maximum %d", n, f.MaxItems)
	}
	return ""
}

// zeroValid reports whether the zero value of f's kind passes the checks:
// then ParsePartial can stand it in for a required field not written yet.
func (f *Field) zeroValid() bool {
	switch f.Kind {
	case StringField:
		return f.checkString("") == ""
	case IntegerField, NumberField:
		return f.checkNumber(0) == ""
	case BoolField:
		return true
	}
	return f.checkItems(0) == ""
}

// badEnum says that s is not one of f's values, suggesting the closest.
func badEnum(s string, f *Field) string {
	what := enumNoun(f.Enum)
	if s2 := suggest(s, f.Values); s2 != "" {
		return fmt.Sprintf("%q is not a valid %s; did you mean %q?", s, what, s2)
	}
	if len(f.Values) > 12 {
		return fmt.Sprintf("%q is not a valid %s (the schema lists all %d)", s, what, len(f.Values))
	}
	return fmt.Sprintf("%q is not a valid %s (want %s)", s, what, orList(f.Values))
}

// enumNoun turns an enum's Go name into words: "InputType" → "input type".
func enumNoun(name string) string {
	var b strings.Builder
	for i, r := range name {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte(' ')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// orList writes values as `"a", "b" or "c"`.
func orList(values []string) string {
	var b strings.Builder
	for i, v := range values {
		switch {
		case i == 0:
		case i == len(values)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(v))
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// fmtNum formats a number as short as it reads in JSON.
func fmtNum(x float64) string {
	return string(appendFloat(nil, x))
}
