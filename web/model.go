// Package web holds the static assets the app serves as they are (styles,
// icons, the worker bootstrap, the embed script) and the default model,
// which it also embeds so the genui binary generates with no file beside it.
package web

import _ "embed"

// DefaultModelName is the default model's file name under web/models/, and
// the last element of the URL the app fetches it from.
const DefaultModelName = "genui-default.q8_0.gguf"

// DefaultModelSHA256 pins the default model: the app refuses (and fetches
// again) a download whose SHA-256 differs, and a test checks the embedded
// file against it.
const DefaultModelSHA256 = "ce588cc9fd8b5a0663ebf09897fee496ea6485c76f0ba1faabdbfe9cd3bb1a0b"

// DefaultModel is the default model file (GGUF, Q8_0), trained by
// train/train.sh; its card is models/README.md.
//
//go:embed models/genui-default.q8_0.gguf
var DefaultModel []byte
