package a2ui

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/tidwall/gjson"
)

// A2UI properties are dynamic: a literal, {"path": …} into the data model,
// or {"call": …} of a catalog function. genui specs are static, so the
// importer evaluates each against the data model as it stands after the
// messages: what the surface would show on its first frame.

// maxEval bounds how deeply function calls and interpolations may nest.
const maxEval = 16

// value evaluates the dynamic value v in scope (the data pointer of the
// template item being built, "/" outside templates); ptr names v in the
// source for warnings.
func (c *conv) value(v gjson.Result, scope, ptr string) any {
	return c.eval(v, scope, ptr, 0)
}

func (c *conv) eval(v gjson.Result, scope, ptr string, depth int) any {
	if depth > maxEval {
		c.b.Warn(ptr, "function calls nested more than %d deep are not evaluated", maxEval)
		return nil
	}
	if !v.IsObject() {
		return decode(v)
	}
	if p := v.Get("path"); p.Type == gjson.String {
		val, _ := lookup(c.data, resolve(scope, p.Str))
		return val
	}
	if call := v.Get("call"); call.Type == gjson.String {
		args := map[string]any{}
		v.Get("args").ForEach(func(k, a gjson.Result) bool {
			args[k.Str] = c.eval(a, scope, ptr+"/args/"+k.Str, depth+1)
			return true
		})
		if call.Str == "formatString" {
			s, _ := args["value"].(string)
			return c.interpolate(s, scope, ptr, depth+1)
		}
		return c.call(call.Str, args, ptr)
	}
	return decode(v)
}

// text evaluates v as a string.
func (c *conv) text(v gjson.Result, scope, ptr string) string {
	return str(c.value(v, scope, ptr))
}

// call runs a catalog function on evaluated arguments.
func (c *conv) call(name string, args map[string]any, ptr string) any {
	switch name {
	case "formatNumber":
		x, ok := num(args["value"])
		if !ok {
			return ""
		}
		dec := -1
		if d, ok := num(args["decimals"]); ok {
			dec = int(min(max(d, 0), 10))
		}
		grouping := true
		if g, ok := args["grouping"].(bool); ok {
			grouping = g
		}
		return formatNumber(x, dec, grouping)
	case "formatCurrency":
		x, ok := num(args["value"])
		if !ok {
			return ""
		}
		code := strings.ToUpper(str(args["currency"]))
		dec := 2
		if code == "JPY" || code == "KRW" {
			dec = 0
		}
		if d, ok := num(args["decimals"]); ok {
			dec = int(min(max(d, 0), 10))
		}
		s := formatNumber(math.Abs(x), dec, true)
		sym, ok := currencySymbols[code]
		if !ok {
			sym = code + "\u00a0"
		}
		if x < 0 {
			return "-" + sym + s
		}
		return sym + s
	case "formatDate":
		return formatDate(str(args["value"]), str(args["format"]))
	case "pluralize":
		x, _ := num(args["value"])
		if x == 1 {
			if s, ok := args["one"]; ok {
				return str(s)
			}
		}
		if x == 0 {
			if s, ok := args["zero"]; ok {
				return str(s)
			}
		}
		return str(args["other"])
	case "and", "or":
		vals, _ := args["values"].([]any)
		all, anyTrue := true, false
		for _, x := range vals {
			all = all && truthy(x)
			anyTrue = anyTrue || truthy(x)
		}
		if name == "and" {
			return all
		}
		return anyTrue
	case "not":
		return !truthy(args["value"])
	case "required":
		switch x := args["value"].(type) {
		case nil:
			return false
		case string:
			return x != ""
		case []any:
			return len(x) > 0
		}
		return true
	case "length", "numeric", "email", "regex":
		return true // checks do not change what the first frame shows
	case "openUrl":
		return nil
	}
	c.b.Warn(ptr, "function %q is not in the basic catalog; its value is empty", name)
	return nil
}

var currencySymbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩", "CNY": "¥"}

// formatNumber writes x with dec decimals (-1: as many as needed, at most
// three) and, when grouping, commas between thousands (US English).
func formatNumber(x float64, dec int, grouping bool) string {
	var s string
	if dec < 0 {
		s = strconv.FormatFloat(math.Round(x*1000)/1000, 'f', -1, 64)
	} else {
		s = strconv.FormatFloat(x, 'f', dec, 64)
	}
	if !grouping {
		return s
	}
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		return sign + b.String() + "." + frac
	}
	return sign + b.String()
}

// formatDate formats an ISO 8601 date or time with a Unicode TR35
// pattern (yyyy, yy, MMMM, MMM, MM, M, dd, d, EEEE, EEE, HH, H, hh, h,
// mm, ss, a and 'quoted' text), in US English. A value it cannot read is
// returned as it is.
func formatDate(value, pattern string) string {
	var t time.Time
	var err error
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "15:04:05", "15:04"} {
		if t, err = time.Parse(layout, value); err == nil {
			break
		}
	}
	if err != nil {
		return value
	}
	if pattern == "" {
		pattern = "MMM d, yyyy"
	}
	var b strings.Builder
	for i := 0; i < len(pattern); {
		ch := pattern[i]
		if ch == '\'' {
			j := strings.IndexByte(pattern[i+1:], '\'')
			if j < 0 {
				b.WriteString(pattern[i+1:])
				break
			}
			b.WriteString(pattern[i+1 : i+1+j])
			i += j + 2
			continue
		}
		n := 1
		for i+n < len(pattern) && pattern[i+n] == ch {
			n++
		}
		i += n
		switch {
		case ch == 'y' && n == 2:
			b.WriteString(t.Format("06"))
		case ch == 'y':
			b.WriteString(strconv.Itoa(t.Year()))
		case ch == 'M' && n >= 4:
			b.WriteString(t.Format("January"))
		case ch == 'M' && n == 3:
			b.WriteString(t.Format("Jan"))
		case ch == 'M' && n == 2:
			b.WriteString(t.Format("01"))
		case ch == 'M':
			b.WriteString(strconv.Itoa(int(t.Month())))
		case ch == 'd' && n >= 2:
			b.WriteString(t.Format("02"))
		case ch == 'd':
			b.WriteString(strconv.Itoa(t.Day()))
		case ch == 'E' && n >= 4:
			b.WriteString(t.Format("Monday"))
		case ch == 'E':
			b.WriteString(t.Format("Mon"))
		case ch == 'H' && n >= 2:
			b.WriteString(t.Format("15"))
		case ch == 'H':
			b.WriteString(strconv.Itoa(t.Hour()))
		case ch == 'h' && n >= 2:
			b.WriteString(t.Format("03"))
		case ch == 'h':
			b.WriteString(t.Format("3"))
		case ch == 'm':
			b.WriteString(t.Format("04"))
		case ch == 's':
			b.WriteString(t.Format("05"))
		case ch == 'a':
			b.WriteString(t.Format("PM"))
		default:
			b.WriteString(strings.Repeat(string(ch), n))
		}
	}
	return b.String()
}
