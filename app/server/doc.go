// Package server serves the genui web app: it builds the wasm programs
// the app needs from the source tree when they are missing or stale
// (Build), and serves them with the page, the static assets, the fonts
// and the default model (New), as `genui serve` does.
//
// # Building
//
// Build runs one `go build` for GOOS=js GOARCH=wasm of every Target (the
// page, the inference worker, the embeddable widget), stripped and
// trimmed, gzips each program once at the best compression, and keeps the
// result under the user cache folder in a folder named by a hash of the
// sources, the toolchain and the flags. A start with unchanged sources
// finds the build there and builds nothing; a build is renamed into place
// only when complete, so two servers starting at once never see half of
// one. Progress goes to BuildOptions.Log.
//
// # Serving
//
// Every response carries the security headers (CSP with
// 'wasm-unsafe-eval' and no inline script, nosniff, no referrer, COOP and
// COEP for cross-origin isolation); handlers may overwrite them for their
// own responses (the embed script, meant for other sites, does). Built
// programs are served at content-addressed URLs with immutable caching and
// their precompressed copies; the page and the web folder are revalidated
// (no-cache with a strong ETag), text is gzipped on the fly. Static files
// are read through an os.Root with clean, visible names only, so no URL
// reaches outside the web folder. Limit bounds the requests in flight.
// Brotli is not offered: the standard library has no encoder, and the
// programs are downloaded once, then served by the service worker.
//
// The page itself is go-app's (app.Handler) with the Studio of app/ui,
// a service worker (sw.js) that caches the app shell for offline use and
// leaves the model caches to the app, and the environment the app reads:
// where the worker program and the default model are, and the model's
// SHA-256.
package server
