package components

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// The token table as CSS custom properties. Every colour of the table has
// a name (--genui-accent, --genui-info-bg, --genui-chart-3, …; TokenVars
// lists them all), and --genui-radius sets the corner radius of controls.
// CSS writes a theme's values under those names; a theme name may carry
// overrides in the same syntax ("dark;--genui-accent:#e11d48"), which is
// how <genui-widget> hands the custom properties a host page sets on it
// to the renderer, and how `genui render --theme` takes them.

// colNames are the CSS names of the semantic colours, without "--genui-".
var colNames = [numCols]string{
	cPage: "page", cSurface: "surface", cMuted: "muted", cFg: "text",
	cFgMuted: "text-muted", cBorder: "border", cInput: "input",
	cPrimary: "accent", cPrimaryFg: "accent-fg", cPrimaryHover: "accent-hover",
	cRing: "ring", cShadow: "shadow", cDanger: "danger", cDangerFg: "danger-fg",
	cThumb: "thumb",
}

// toneOrder is the order in which the tones' tokens are listed.
var toneOrder = [...]genui.Tone{genui.Neutral, genui.Info, genui.Success, genui.Warning, genui.DangerTone}

// radiusVar sets the control radius (radiusMD, in px); the other radius
// tokens keep their proportion to it, and pills stay pills.
const radiusVar = "--genui-radius"

// varPrefix starts the name of every token's custom property.
const varPrefix = "--genui-"

// eachColour calls fn with the custom property name and the slot of every
// colour token of t, in the order of the table.
func (t *theme) eachColour(fn func(name string, c *render.Color)) {
	for k := range t.c {
		fn(varPrefix+colNames[k], &t.c[k])
	}
	for _, tn := range toneOrder {
		v := t.tones[tn]
		fn(varPrefix+string(tn)+"-text", &v.fg)
		fn(varPrefix+string(tn)+"-bg", &v.bg)
		fn(varPrefix+string(tn)+"-border", &v.border)
		fn(varPrefix+string(tn)+"-solid", &v.solid)
		t.tones[tn] = v
	}
	for i := range t.chart {
		fn(varPrefix+"chart-"+strconv.Itoa(i+1), &t.chart[i])
	}
}

// TokenVars lists the custom properties of the design tokens, in the
// order CSS writes them: the semantic colours, the tones' text, tint, edge
// and solid colours, the chart palette, then --genui-radius.
var TokenVars = func() []string {
	var names []string
	newTheme("", 0).eachColour(func(name string, _ *render.Color) { names = append(names, name) })
	return append(names, radiusVar)
}()

// CSS returns the tokens of th as custom properties of selector, one
// declaration a line:
//
//	:root {
//	  --genui-page: #ffffff;
//	  …
//	  --genui-radius: 6px;
//	}
//
// Colours are #rrggbb, or #rrggbbaa when translucent. A theme components
// does not know is written as Light.
func CSS(th *render.Theme, selector string) string {
	t := lightTheme
	if th != nil {
		if x := themeByName(th.Name); x != nil {
			t = x
		}
	}
	var b strings.Builder
	b.WriteString(selector + " {\n")
	t.copy().eachColour(func(name string, c *render.Color) {
		b.WriteString("  " + name + ": " + cssColour(*c) + ";\n")
	})
	b.WriteString("  " + radiusVar + ": " + cssNumber(t.rmd) + "px;\n}\n")
	return b.String()
}

// cssColour writes c as #rrggbb, or #rrggbbaa when it is not opaque.
func cssColour(c render.Color) string {
	s := fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
	if c.A != 0xff {
		s += fmt.Sprintf("%02x", c.A)
	}
	return s
}

func cssNumber(v float32) string { return strconv.FormatFloat(float64(v), 'f', -1, 32) }

// Limits of a theme name with overrides.
const (
	maxThemeName   = 4096 // bytes
	maxRadius      = 64   // px, for --genui-radius
	maxThemeCached = 64   // parsed themes kept; past it the cache starts over
)

// ErrTheme is wrapped by every error of ParseTheme.
var ErrTheme = errors.New("components: bad theme")

// ParseTheme reads a theme name: "light" or "dark", optionally followed
// by overrides of its tokens as CSS declarations separated by semicolons:
//
//	dark; --genui-accent: #e11d48; --genui-radius: 4px
//
// A colour is #rgb, #rgba, #rrggbb or #rrggbbaa; the radius is a length
// in px from 0 to 64 (the unit may be left out). A later declaration of a
// name replaces an earlier one. The theme's Name is the canonical form of
// name (its overrides in TokenVars order, values lower case), so equal
// looks have equal names.
func ParseTheme(name string) (*render.Theme, error) {
	t, err := parseTheme(name)
	if err != nil {
		return nil, err
	}
	return &t.Theme, nil
}

func parseTheme(name string) (*theme, error) {
	if len(name) > maxThemeName {
		return nil, fmt.Errorf("%w: the name is longer than %d bytes", ErrTheme, maxThemeName)
	}
	base, decls, _ := strings.Cut(name, ";")
	var t *theme
	switch strings.TrimSpace(base) {
	case "light":
		t = lightTheme.copy()
	case "dark":
		t = darkTheme.copy()
	default:
		return nil, fmt.Errorf("%w: %q is not a theme (want %s)", ErrTheme, strings.TrimSpace(base), strings.Join(ThemeNames, " or "))
	}
	colours := map[string]render.Color{}
	set := map[string]string{}
	for d := range strings.SplitSeq(decls, ";") {
		if strings.TrimSpace(d) == "" {
			continue
		}
		k, v, ok := strings.Cut(d, ":")
		k, v = strings.TrimSpace(k), strings.ToLower(strings.TrimSpace(v))
		if !ok {
			return nil, fmt.Errorf("%w: %q is not a declaration (want --genui-NAME: VALUE)", ErrTheme, strings.TrimSpace(d))
		}
		if k == radiusVar {
			r, err := parseRadius(v)
			if err != nil {
				return nil, err
			}
			t.rmd = r
			set[k] = cssNumber(r)
			continue
		}
		if !slices.Contains(TokenVars, k) {
			return nil, fmt.Errorf("%w: unknown token %q", ErrTheme, k)
		}
		c, err := parseColour(v)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrTheme, k, err)
		}
		colours[k] = c
		set[k] = cssColour(c)
	}
	t.eachColour(func(name string, c *render.Color) {
		if v, ok := colours[name]; ok {
			*c = v
		}
	})
	t.derive()
	t.Name = strings.TrimSpace(base)
	for _, k := range TokenVars {
		if v, ok := set[k]; ok {
			t.Name += ";" + k + ":" + v
		}
	}
	return t, nil
}

// copy returns a theme t's tokens can be changed in without touching t.
func (t *theme) copy() *theme {
	u := *t
	u.tones = make(map[genui.Tone]toneCols, len(t.tones))
	for k, v := range t.tones {
		u.tones[k] = v
	}
	u.chart = slices.Clone(t.chart)
	return &u
}

// parseColour reads #rgb, #rgba, #rrggbb or #rrggbbaa.
func parseColour(s string) (render.Color, error) {
	h, ok := strings.CutPrefix(s, "#")
	n, err := strconv.ParseUint(h, 16, 32)
	if !ok || err != nil || !(len(h) == 3 || len(h) == 4 || len(h) == 6 || len(h) == 8) {
		return render.Color{}, fmt.Errorf("%q is not a colour (want #rgb, #rgba, #rrggbb or #rrggbbaa)", s)
	}
	if len(h) <= 4 { // one digit a channel: 0xf → 0xff
		var wide uint64
		for p := range len(h) {
			d := n >> (4 * p) & 0xf
			wide |= (d<<4 | d) << (8 * p)
		}
		n = wide
	}
	if len(h) == 3 || len(h) == 6 {
		n = n<<8 | 0xff
	}
	return render.Color{R: uint8(n >> 24), G: uint8(n >> 16), B: uint8(n >> 8), A: uint8(n)}, nil
}

// parseRadius reads a length in px ("4", "4px", "2.5px") within [0, maxRadius].
func parseRadius(s string) (float32, error) {
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "px"), 32)
	if err != nil || math.IsNaN(v) || v < 0 || v > maxRadius {
		return 0, fmt.Errorf("%w: %s: %q is not a length from 0 to %dpx", ErrTheme, radiusVar, s, maxRadius)
	}
	return float32(v), nil
}

// custom caches the themes with overrides by the name they were asked
// for: themeOf runs for every node painted, and parsing is not free.
var custom struct {
	sync.Mutex
	m map[string]*theme
}

// themeByName returns the token table column of a theme name, nil when
// the name is not one.
func themeByName(name string) *theme {
	switch name {
	case "light":
		return lightTheme
	case "dark":
		return darkTheme
	}
	if !strings.Contains(name, ";") {
		return nil
	}
	custom.Lock()
	t := custom.m[name]
	custom.Unlock()
	if t != nil {
		return t
	}
	t, err := parseTheme(name)
	if err != nil {
		return nil
	}
	custom.Lock()
	if custom.m == nil || len(custom.m) >= maxThemeCached {
		custom.m = map[string]*theme{}
	}
	custom.m[name] = t
	custom.Unlock()
	return t
}
