package components

import (
	"github.com/genui/genui/genui"
	"github.com/genui/genui/render"
)

// col names a semantic colour of the token table.
type col uint8

// Semantic colours. Components paint with these names only, so a theme is
// one column of the table below.
const (
	cPage         col = iota // page background
	cSurface                 // cards, inputs, popovers
	cMuted                   // quiet fills: secondary buttons, tracks, table headers
	cFg                      // body text and icons
	cFgMuted                 // secondary text, placeholders, axis labels
	cBorder                  // hairlines, card edges, dividers
	cInput                   // input and checkbox edges
	cPrimary                 // primary buttons, checked controls, links
	cPrimaryFg               // text on cPrimary
	cPrimaryHover            // cPrimary under the mouse
	cRing                    // focus ring
	cShadow                  // soft shadow under raised surfaces
	cDanger                  // destructive buttons
	cDangerFg                // text on cDanger
	cThumb                   // switch and slider thumbs
	numCols
)

// tone names the semantic tones; each has four colours in the table.
type toneCols struct {
	fg, bg, border, solid render.Color
}

// tokens is the design token table: every colour's light and dark value
// side by side (Tailwind's zinc neutrals, an indigo accent, and the tones'
// -50/-200/-700 steps in light and their dark equivalents), so the two
// themes cannot drift apart.
var tokens = [numCols][2]render.Color{
	cPage:         {hex(0xffffff), hex(0x09090b)},
	cSurface:      {hex(0xffffff), hex(0x111113)},
	cMuted:        {hex(0xf4f4f5), hex(0x27272a)},
	cFg:           {hex(0x09090b), hex(0xfafafa)},
	cFgMuted:      {hex(0x71717a), hex(0xa1a1aa)},
	cBorder:       {hex(0xe4e4e7), hex(0x27272a)},
	cInput:        {hex(0xd4d4d8), hex(0x3f3f46)},
	cPrimary:      {hex(0x4f46e5), hex(0x6366f1)},
	cPrimaryFg:    {hex(0xffffff), hex(0xffffff)},
	cPrimaryHover: {hex(0x4338ca), hex(0x818cf8)},
	cRing:         {hex(0x4f46e5).Alpha(0.35), hex(0x818cf8).Alpha(0.45)},
	cShadow:       {hex(0x000000).Alpha(0.05), hex(0x000000).Alpha(0.4)},
	cDanger:       {hex(0xdc2626), hex(0xdc2626)},
	cDangerFg:     {hex(0xffffff), hex(0xffffff)},
	cThumb:        {hex(0xffffff), hex(0xfafafa)},
}

// toneTable holds each tone's text, tint, edge and solid colours, light
// and dark.
var toneTable = map[genui.Tone][2]toneCols{
	genui.Neutral: {
		{hex(0x3f3f46), hex(0xf4f4f5), hex(0xe4e4e7), hex(0x52525b)},
		{hex(0xd4d4d8), hex(0x27272a), hex(0x3f3f46), hex(0xa1a1aa)},
	},
	genui.Info: {
		{hex(0x1d4ed8), hex(0xeff6ff), hex(0xbfdbfe), hex(0x2563eb)},
		{hex(0x93c5fd), hex(0x172554), hex(0x1e3a8a), hex(0x3b82f6)},
	},
	genui.Success: {
		{hex(0x15803d), hex(0xf0fdf4), hex(0xbbf7d0), hex(0x16a34a)},
		{hex(0x86efac), hex(0x052e16), hex(0x14532d), hex(0x22c55e)},
	},
	genui.Warning: {
		{hex(0xb45309), hex(0xfffbeb), hex(0xfde68a), hex(0xd97706)},
		{hex(0xfcd34d), hex(0x451a03), hex(0x78350f), hex(0xf59e0b)},
	},
	genui.DangerTone: {
		{hex(0xb91c1c), hex(0xfef2f2), hex(0xfecaca), hex(0xdc2626)},
		{hex(0xfca5a5), hex(0x450a0a), hex(0x7f1d1d), hex(0xef4444)},
	},
}

// chartTable is the categorical palette of charts, light and dark.
var chartTable = [...][2]render.Color{
	{hex(0x6366f1), hex(0x818cf8)}, // indigo
	{hex(0x14b8a6), hex(0x2dd4bf)}, // teal
	{hex(0xf59e0b), hex(0xfbbf24)}, // amber
	{hex(0xf43f5e), hex(0xfb7185)}, // rose
	{hex(0x0ea5e9), hex(0x38bdf8)}, // sky
	{hex(0xa855f7), hex(0xc084fc)}, // purple
	{hex(0x84cc16), hex(0xa3e635)}, // lime
	{hex(0x64748b), hex(0x94a3b8)}, // slate
}

// The spacing scale (px) of the gap token, and the radii.
var gapScale = map[genui.Gap]float32{
	genui.GapNone: 0, genui.GapXS: 4, genui.GapSM: 8, genui.GapMD: 12, genui.GapLG: 16, genui.GapXL: 24,
}

const (
	radiusSM   = 4
	radiusMD   = 6
	radiusLG   = 8
	radiusXL   = 12
	radiusFull = 9999
)

// typeStyle is one step of the type scale.
type typeStyle struct {
	font render.Font
	line float32 // line height
}

func ts(face render.Face, size, line float32) typeStyle {
	return typeStyle{render.Font{Face: face, Size: size}, line}
}

// The type scale: Tailwind's text-xs … text-3xl sizes and line heights.
var (
	typeXS    = ts(render.Regular, 12, 16)
	typeSM    = ts(render.Regular, 14, 20)
	typeBase  = ts(render.Regular, 16, 24)
	typeLG    = ts(render.Regular, 18, 28)
	typeLabel = ts(render.Medium, 14, 20)
	typeSmall = ts(render.Medium, 12, 16)
)

// theme is one column of the token table, resolved.
type theme struct {
	render.Theme
	dark  bool
	c     [numCols]render.Color
	tones map[genui.Tone]toneCols
	chart []render.Color
	// rmd is the control radius (radiusMD unless the theme sets
	// --genui-radius, css.go); the other radius tokens keep their
	// proportion to it.
	rmd float32
}

func newTheme(name string, i int) *theme {
	t := &theme{dark: i == 1, tones: map[genui.Tone]toneCols{}, rmd: radiusMD}
	for k := range tokens {
		t.c[k] = tokens[k][i]
	}
	for tone, v := range toneTable {
		t.tones[tone] = v[i]
	}
	for _, v := range chartTable {
		t.chart = append(t.chart, v[i])
	}
	t.Theme = render.Theme{Name: name, Padding: 24}
	t.derive()
	return t
}

// derive sets the colours the layout engine reads from the token table.
func (t *theme) derive() {
	t.Page, t.Text, t.Surface, t.Border = t.c[cPage], t.c[cFgMuted], t.c[cMuted], t.c[cInput]
}

// radius returns the theme's size of a radius token; pills stay pills.
func (t *theme) radius(r float32) float32 {
	if r >= radiusFull || t.rmd == radiusMD {
		return r
	}
	return r * t.rmd / radiusMD
}

var (
	lightTheme = newTheme("light", 0)
	darkTheme  = newTheme("dark", 1)

	// Light is the light theme, for render.Options.Theme.
	Light = &lightTheme.Theme
	// Dark is the dark theme, for render.Options.Theme.
	Dark = &darkTheme.Theme
)

// ThemeNames lists the base themes ThemeNamed knows.
var ThemeNames = []string{"light", "dark"}

// ThemeNamed returns the theme called name: "light", "dark", or a base
// theme with tokens overridden ("dark;--genui-accent:#e11d48"; see
// ParseTheme).
func ThemeNamed(name string) (*render.Theme, bool) {
	t := themeByName(name)
	if t == nil {
		return nil, false
	}
	return &t.Theme, true
}

// themeOf returns the token table column the context paints with; a
// theme components does not know paints as Light.
func themeOf(c *render.Context) *theme {
	if c.Theme != nil {
		if t := themeByName(c.Theme.Name); t != nil {
			return t
		}
	}
	return lightTheme
}

// tone returns the colours of tone tn, or of def when tn is not a tone.
func (t *theme) tone(tn, def genui.Tone) toneCols {
	if v, ok := t.tones[tn]; ok {
		return v
	}
	return t.tones[def]
}

func hex(rgb uint32) render.Color { return render.Hex(rgb) }
