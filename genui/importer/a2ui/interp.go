package a2ui

import (
	"strconv"
	"strings"
)

// interpolate evaluates the ${…} expressions of a formatString value:
// data paths (${/abs/path}, ${rel/path}), literals ('text', "text",
// numbers, true, false, null) and function calls with named arguments
// (${formatDate(value:${/when}, format:'MMM d')}). "\${" is a literal
// "${". A malformed expression is kept as written, with a warning.
func (c *conv) interpolate(s, scope, ptr string, depth int) string {
	if depth > maxEval {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		if i > 0 && s[i-1] == '\\' {
			b.WriteString(s[:i-1] + "${")
			s = s[i+2:]
			continue
		}
		b.WriteString(s[:i])
		end := closing(s, i+2)
		if end < 0 {
			c.b.Warn(ptr, "unclosed ${ in formatString; kept as written")
			b.WriteString(s[i:])
			return b.String()
		}
		p := &exprParser{c: c, src: s[i+2 : end], scope: scope, ptr: ptr, depth: depth}
		v, ok := p.expr()
		if !ok || strings.TrimSpace(p.src[p.i:]) != "" {
			c.b.Warn(ptr, "cannot read the expression ${%s}; kept as written", s[i+2:end])
			b.WriteString(s[i : end+1])
		} else {
			b.WriteString(str(v))
		}
		s = s[end+1:]
	}
}

// closing returns the index of the '}' that closes an expression starting
// at s[from], skipping nested ${…} and quoted text; -1 when there is none.
func closing(s string, from int) int {
	depth := 0
	var quote byte
	for i := from; i < len(s); i++ {
		ch := s[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			}
		case ch == '\'' || ch == '"':
			quote = ch
		case ch == '{':
			depth++
		case ch == '}':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// exprParser reads one expression of formatString.
type exprParser struct {
	c     *conv
	src   string
	i     int
	scope string
	ptr   string
	depth int
}

func (p *exprParser) space() {
	for p.i < len(p.src) && (p.src[p.i] == ' ' || p.src[p.i] == '\t') {
		p.i++
	}
}

func (p *exprParser) expr() (any, bool) {
	if p.depth > maxEval {
		return nil, false
	}
	p.space()
	if p.i >= len(p.src) {
		return nil, false
	}
	switch ch := p.src[p.i]; {
	case ch == '\'' || ch == '"':
		j := strings.IndexByte(p.src[p.i+1:], ch)
		if j < 0 {
			return nil, false
		}
		s := p.src[p.i+1 : p.i+1+j]
		p.i += j + 2
		return s, true
	case ch == '$' && strings.HasPrefix(p.src[p.i:], "${"):
		end := closing(p.src, p.i+2)
		if end < 0 {
			return nil, false
		}
		inner := &exprParser{c: p.c, src: p.src[p.i+2 : end], scope: p.scope, ptr: p.ptr, depth: p.depth + 1}
		v, ok := inner.expr()
		p.i = end + 1
		return v, ok
	case ch == '-' || ch >= '0' && ch <= '9':
		j := p.i + 1
		for j < len(p.src) && (p.src[j] >= '0' && p.src[j] <= '9' || p.src[j] == '.' || p.src[j] == 'e' || p.src[j] == 'E') {
			j++
		}
		f, err := strconv.ParseFloat(p.src[p.i:j], 64)
		if err != nil {
			return nil, false
		}
		p.i = j
		return f, true
	}
	j := p.i
	for j < len(p.src) && strings.IndexByte(" \t(),:}", p.src[j]) < 0 {
		j++
	}
	word := p.src[p.i:j]
	p.i = j
	if word == "" {
		return nil, false
	}
	p.space()
	if p.i < len(p.src) && p.src[p.i] == '(' {
		return p.call(word)
	}
	switch word {
	case "true":
		return true, true
	case "false":
		return false, true
	case "null":
		return nil, true
	}
	v, _ := lookup(p.c.data, resolve(p.scope, word))
	return v, true
}

// call reads "(name: expr, …)" after a function name and runs it.
func (p *exprParser) call(name string) (any, bool) {
	p.i++ // (
	args := map[string]any{}
	for {
		p.space()
		if p.i < len(p.src) && p.src[p.i] == ')' {
			p.i++
			break
		}
		j := strings.IndexByte(p.src[p.i:], ':')
		if j < 0 {
			return nil, false
		}
		key := strings.TrimSpace(p.src[p.i : p.i+j])
		p.i += j + 1
		v, ok := p.expr()
		if !ok {
			return nil, false
		}
		args[key] = v
		p.space()
		if p.i < len(p.src) && p.src[p.i] == ',' {
			p.i++
		}
		if p.i >= len(p.src) {
			return nil, false
		}
	}
	if name == "formatString" {
		s, _ := args["value"].(string)
		return p.c.interpolate(s, p.scope, p.ptr, p.depth+1), true
	}
	return p.c.call(name, args, p.ptr), true
}
