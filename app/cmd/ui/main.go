//go:build js && wasm

// Command ui is the app's page program: go-app's runtime with the
// Studio screen (app/ui). genui serve builds it for GOOS=js GOARCH=wasm
// and serves it; the inference runs in app/cmd/worker's Web Workers.
package main

import (
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/genui/genui/app/ui"
)

func main() {
	// The page's heap is small and every streamed frame allocates; Go's
	// collector on wasm stops the one thread, so collect less often.
	debug.SetGCPercent(400)
	ui.Routes()
	app.RunWhenOnBrowser()
}
