package render

import (
	"fmt"
	"strconv"
)

// ParsePath reads SVG path data ("M3 9l9-7 9 7v11a2 2 0 0 1-2 2H5z") into a
// Path. It understands every SVG 1.1 command (M L H V C S Q T A Z, absolute
// and relative); arcs become cubic Béziers. It is written here rather than
// borrowed because no dependency of the module parses path data, and the
// icon set is authored in this notation. It never panics; on bad data it
// returns an error naming the byte offset.
func ParsePath(d string) (Path, error) {
	pp := pathParser{s: d}
	var p Path
	var start, pen, lastCtl Point
	var cmd, prev byte
	for {
		pp.skipSpace()
		if pp.i >= len(pp.s) {
			return p, nil
		}
		if c := pp.s[pp.i]; isCommand(c) {
			cmd = c
			pp.i++
		} else if cmd == 0 {
			return nil, fmt.Errorf("render: path data: expected a command at offset %d", pp.i)
		}
		rel := cmd >= 'a'
		var base Point
		if rel {
			base = pen
		}
		up := cmd &^ 0x20 // upper case
		nums := argCount(up)
		var v [7]float32
		for i := range nums {
			f, err := pp.number()
			if err != nil {
				return nil, err
			}
			v[i] = f
		}
		ctl := Point{}
		switch up {
		case 'M':
			pen = Point{base.X + v[0], base.Y + v[1]}
			start = pen
			p.MoveTo(pen.X, pen.Y)
			// Further coordinate pairs after a moveto are implicit linetos.
			if rel {
				cmd = 'l'
			} else {
				cmd = 'L'
			}
		case 'L':
			pen = Point{base.X + v[0], base.Y + v[1]}
			p.LineTo(pen.X, pen.Y)
		case 'H':
			pen.X = base.X + v[0]
			p.LineTo(pen.X, pen.Y)
		case 'V':
			pen.Y = base.Y + v[0]
			p.LineTo(pen.X, pen.Y)
		case 'C', 'S':
			var c1 Point
			k := 0
			if up == 'C' {
				c1 = Point{base.X + v[0], base.Y + v[1]}
				k = 2
			} else {
				c1 = pen
				if prev == 'C' || prev == 'S' {
					c1 = Point{2*pen.X - lastCtl.X, 2*pen.Y - lastCtl.Y}
				}
			}
			ctl = Point{base.X + v[k], base.Y + v[k+1]}
			pen = Point{base.X + v[k+2], base.Y + v[k+3]}
			p.CubeTo(c1.X, c1.Y, ctl.X, ctl.Y, pen.X, pen.Y)
		case 'Q', 'T':
			k := 0
			if up == 'Q' {
				ctl = Point{base.X + v[0], base.Y + v[1]}
				k = 2
			} else {
				ctl = pen
				if prev == 'Q' || prev == 'T' {
					ctl = Point{2*pen.X - lastCtl.X, 2*pen.Y - lastCtl.Y}
				}
			}
			pen = Point{base.X + v[k], base.Y + v[k+1]}
			p.QuadTo(ctl.X, ctl.Y, pen.X, pen.Y)
		case 'A':
			if len(p) == 0 {
				p.MoveTo(pen.X, pen.Y)
			}
			pen = Point{base.X + v[5], base.Y + v[6]}
			p.SVGArcTo(v[0], v[1], v[3] != 0, v[4] != 0, pen.X, pen.Y)
		case 'Z':
			p.Close()
			pen = start
		}
		lastCtl, prev = ctl, up
		if up == 'Z' {
			cmd = 0 // a command letter must follow
		}
	}
}

type pathParser struct {
	s string
	i int
}

// argCount returns how many numbers the upper-case command takes.
func argCount(up byte) int {
	switch up {
	case 'H', 'V':
		return 1
	case 'M', 'L', 'T':
		return 2
	case 'S', 'Q':
		return 4
	case 'C':
		return 6
	case 'A':
		return 7
	}
	return 0
}

func isCommand(c byte) bool {
	switch c | 0x20 {
	case 'm', 'l', 'h', 'v', 'c', 's', 'q', 't', 'a', 'z':
		return true
	}
	return false
}

func (pp *pathParser) skipSpace() {
	for pp.i < len(pp.s) {
		switch pp.s[pp.i] {
		case ' ', ',', '\t', '\n', '\r':
			pp.i++
		default:
			return
		}
	}
}

// number reads one number; like SVG it accepts "-7-9" and ".5.5" as two
// numbers each. Arc flags must be separated like other numbers.
func (pp *pathParser) number() (float32, error) {
	pp.skipSpace()
	begin := pp.i
	j := pp.i
	if j < len(pp.s) && (pp.s[j] == '-' || pp.s[j] == '+') {
		j++
	}
	dot, digits := false, false
	for j < len(pp.s) {
		c := pp.s[j]
		if c >= '0' && c <= '9' {
			digits = true
		} else if c == '.' && !dot {
			dot = true
		} else {
			break
		}
		j++
	}
	if j < len(pp.s) && digits && (pp.s[j] == 'e' || pp.s[j] == 'E') {
		k := j + 1
		if k < len(pp.s) && (pp.s[k] == '-' || pp.s[k] == '+') {
			k++
		}
		if k < len(pp.s) && pp.s[k] >= '0' && pp.s[k] <= '9' {
			for k < len(pp.s) && pp.s[k] >= '0' && pp.s[k] <= '9' {
				k++
			}
			j = k
		}
	}
	if !digits {
		return 0, fmt.Errorf("render: path data: expected a number at offset %d", begin)
	}
	f, err := strconv.ParseFloat(pp.s[begin:j], 32)
	if err != nil {
		return 0, fmt.Errorf("render: path data: bad number at offset %d: %w", begin, err)
	}
	pp.i = j
	return float32(f), nil
}
