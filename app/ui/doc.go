// Package ui is the app people see: one go-app v10 screen, the Studio,
// where a description becomes a live design that can be refined, varied,
// edited as JSON, played with, kept and exported. It compiles natively
// (the server renders the first HTML from it) and for js/wasm (the page);
// the browser is reached through go-app's Value API only, so nothing here
// imports syscall/js.
//
// # How a design streams in
//
// The model runs in Web Workers (app/cmd/worker), never on the page's
// thread: pool starts them (the first one already started by web/boot.js
// while the page loads), tells them which model to load, and queues jobs
// on them, as many at once as there are workers (one per core, two to
// four). A job's tokens arrive by postMessage; each goes into a
// genui.Stream, and at most every drawEvery milliseconds, on an animation
// frame, the partial spec (closed by the parser, so always a valid spec)
// is laid out (render.Layout), drawn by the preview's Backend, and its
// counters written. The SVG backend (backend.go) reconciles the page's SVG
// with app/svgtree, keyed by each node's JSON Pointer: a node that did not
// change keeps its element, so nothing flickers and nothing remounts.
//
// Those per-frame writes go straight into the page (preview.go), into
// elements go-app renders empty; the rest of the screen is go-app's,
// rendered again only when a state changes. Work that ends later (a job, a
// storage write) dispatches through the Studio's own context.
//
// # Interaction
//
// A surface (surface.go) is one live drawing: spec, render.State and the
// display list. Clicks are hit-tested on the list (render.List.HitTest)
// and applied to the state; text fields and selects get a real, invisible
// form control laid over them (typing, IME, phone keyboards); Tab, Enter,
// Space and the arrows work on the drawing. What a person does is shown in
// the event log, a press with its form's values.
//
// # Backends
//
// Backend is how a drawing reaches the page. SVG is the default and the
// live preview's; RegisterBackend adds others (Canvas 2D, WebGPU) for the
// artboard's frames, chosen in the settings, with a visible indicator.
//
// # Hooks
//
// Automation finds the prompt at #prompt, the Generate button at
// #generate and the preview at #preview, whose data-state is idle,
// loading-model, generating, done or error (the message in data-error);
// the rendered SVG is inside it. data-renders, data-tokens, data-first-ms,
// data-total-ms, data-tps and data-ready-ms carry the counters.
package ui
