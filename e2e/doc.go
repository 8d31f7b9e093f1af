// Package e2e drives the real app in a real browser: headless Chromium
// (Debian's /usr/bin/chromium) through chromedp, against the same server
// `genui serve` runs (app/server, with the wasm built once per test
// binary and cached like serve's), with a model made for the tests.
//
// The tests skip, loudly, when Chromium is missing, and fail instead when
// GENUI_REQUIRE_BROWSER=1 (set by .ci/run). They cover the first visit
// (the model downloads with visible progress, then loads from the cache),
// streaming generation (partial previews before the end), Stop, the JSON
// pane (edits re-render, errors are located), the gallery across reloads,
// the exports, and working offline with the server gone. They save
// screenshots of the main screen, desktop and phone, light and dark,
// under e2e/artifacts/ (git-ignored).
//
// GENUI_E2E_BENCH=1 adds a benchmark run that prints, without asserting
// them: page open to ready, Generate to the first drawn component and to
// the finished spec, tokens per second, and the page's long tasks (over
// 50 ms, from PerformanceObserver) while the model writes.
//
// The model. When the trained default model (web/models/genui.gguf) is in
// the tree the tests use it and check that the preview shows what the
// prompt asked for. Without it they use a random-weight model built at
// test time (a real byte-level BPE, llama layers, Q8_0): its specs are
// noise, though always valid, so they check instead that the preview
// draws exactly the spec the model wrote.
package e2e
