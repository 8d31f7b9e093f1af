// Package render lays out a genui spec and paints it into a display list.
//
// The pipeline is spec → boxes → layout → display list → backend:
//
//	l := render.Layout(spec, render.Options{Width: 480, Theme: components.Light})
//	svg.Encode(w, l, nil)            // or raster.EncodePNG, or a canvas backend
//	g := l.HitTest(render.Pt(x, y))  // the control under a click, if any
//	state.Apply(g)                   // and Layout again with Options.State
//
// # Layout
//
// render knows no catalog type: package components registers a Component
// per type (Register, in init, as image formats do), and Layout asks each
// for its min-content and max-content widths, its height at a width, and
// its accessibility description, and lets containers place their children.
// Flex (rows and columns with gap, padding, align, justify, grow and wrap)
// and Grid (N equal columns) are the container layouts, modelled on CSS
// flexbox and Yoga; see their docs for the exact rules. Widths and heights
// are cached per box, so layout is linear in the number of nodes. Edges
// are snapped to whole pixels when painting, so every backend is crisp.
//
// # Text
//
// Text is measured with the advance widths of Go's own fonts (see Face),
// from a table generated out of the TrueType files (fontdata.go, by
// internal/fontgen): the outlines, about 150 KB a face, are needed only by
// the native rasteriser (render/raster), which keeps the js/wasm renderer
// small. What the Go fonts lack, Chinese, Japanese and Korean above all,
// is measured with the advances of Noto Sans CJK TC (a table of about 300
// runs in the same file; ideographs and CJK punctuation are one em, Hangul
// 0.92 em) and set in it: browsers reach it or a face of equal advances
// through Face.CSSFamily, render/raster draws it from an embedded subset.
// The Go fonts have no kerning, and CJK fonts do not kern CJK text, so
// advances alone are exact. Lines break greedily at spaces, between the
// characters of CJK text with its kinsoku rules (no closing punctuation at
// a line's start, no opening bracket at its end) and, inside words too
// long for the line, between runes.
//
// # The display list
//
// A List is plain data: rectangles (rounded or not), text runs, paths,
// images, and groups that carry each node's JSON Pointer, role, accessible
// name and interaction. The SVG, PNG, Canvas and WebGPU backends read it
// alike; so do accessibility mirrors and hit-testing (List.HitTest).
//
// # State
//
// What a person does to a rendered spec (typing, ticking, choosing a tab,
// focus, hover) lives in State, keyed by node pointer, apart from the spec
// and from drawing; Layout takes it as an option.
//
// # Hostile specs
//
// Layout never fails and never refuses a spec. Unknown types render their
// fallback or a labelled placeholder; nodes past genui.MaxDepth and
// genui.MaxNodes, arrays past genui.MaxItems and text past genui.MaxString
// are left out; URLs go through genui.SafeURL (Context.URL); numbers go
// through Finite. Each dropped value is reported in List.Warnings. The
// same spec, width, theme and state always give the same list.
package render
