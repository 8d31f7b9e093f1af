// Package canvas draws a render.List onto an HTML canvas with the Canvas2D
// API, and keeps the accessibility mirror that both canvas backends (this
// one and render/webgpu) lay over their canvas.
//
// In a browser (js/wasm):
//
//	r := canvas.New(el, canvas.Options{FontURL: "/fonts/", OnEvent: handle})
//	r.Draw(list, zoom) // again on every new list or zoom
//	defer r.Release()
//
// # The picture
//
// It looks like the SVG backend's rendering of the same list: the same
// colours, corner radii and inside borders (a border's fill and stroke
// follow the rectangle inset by half its width, as SVG strokes do), text
// with fillText at the list's baselines in the Go fonts registered as
// FontFaces ("Go" at weights 400, 500 and 700, and "Go Mono", the family
// names the SVG uses) and, for what they lack, the CJK faces of
// render.Face.CSSFamily, paths as non-zero fills and round-capped strokes,
// pictures cover-fitted and clipped to their rounded corners. Shapes go to
// the canvas as SVG path data (one Path2D per call), so the geometry is the
// SVG's own. Consecutive shapes of one style that do not meet share a call;
// fill and stroke styles, fonts and line settings are set only when they
// change. The canvas is sized in device pixels (devicePixelRatio times the
// zoom), so it is sharp on high-density screens. Pictures load through the
// page (only URLs genui.SafeURL allows); the frame is redrawn when one
// arrives or when the fonts finish loading.
//
// # The accessibility mirror
//
// A canvas is one image to assistive technology. Mirror keeps a hidden
// tree of transparent elements over it, one per group of the list that
// means something to a person, with the roles and accessible names the
// components gave their groups: buttons are <button>, links <a href>,
// text fields <input> and <textarea>, toggles and options checkbox and
// radio inputs, tabs, sliders and selects focusable elements with their
// ARIA role and state; text a node draws without naming itself is static
// text. The elements sit over their groups' bounds (a screen reader's
// highlight lands on the drawing), take keyboard focus in reading order,
// and show a focus ring; pointer events pass through to the canvas, whose
// owner hit-tests with render.List.HitTest. What a person does through
// them arrives as Events. The tree is reconciled by node pointer, so a
// streamed spec that grows does not remount what was already there, and a
// focused field keeps its focus and caret.
//
// Everything that does not touch the browser (the plan of Canvas2D calls,
// the mirror's tree) is plain Go, tested natively.
package canvas
