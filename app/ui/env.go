package ui

// Keys of the environment the server passes to the app (go-app's
// Handler.Env, read with app.Getenv): where the worker program and the
// default model are. The model's SHA-256 travels with its URL; the app
// refuses bytes that do not match it.
const (
	EnvWorkerWasm  = "GENUI_WORKER_WASM"  // URL of worker.wasm
	EnvVersion     = "GENUI_VERSION"      // the build's version
	EnvModelURL    = "GENUI_MODEL_URL"    // URL of the default GGUF model; empty: none
	EnvModelSHA256 = "GENUI_MODEL_SHA256" // its SHA-256, hex
	EnvModelSize   = "GENUI_MODEL_SIZE"   // its size in bytes
	EnvModelName   = "GENUI_MODEL_NAME"   // its file name
)

// Fixed URLs of the app's static files.
const (
	// WorkerScript is the Web Worker bootstrap that runs worker.wasm.
	WorkerScript = "/web/worker.js"
	// BootScript starts the first worker while the page loads.
	BootScript = "/web/boot.js"
	// FontURL is where the Go fonts of rendered SVG are served
	// (svg.Options.FontURL).
	FontURL = "/fonts/"
)
