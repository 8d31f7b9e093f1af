// Package protocol is what the app's page and its inference workers say
// to each other by postMessage: one flat Message type, sent as JSON text
// (with a model's bytes, when there are any, beside it as a transferred
// ArrayBuffer). Both sides are Go (app/ui on the page, app/worker in the
// Web Worker), so one definition keeps them in step.
//
// A conversation:
//
//	page → worker   {"kind":"load","url":"/models/…/genui.gguf","sha256":"…","size":17000000}
//	worker → page   {"kind":"progress","phase":"download","loaded":1048576,"total":17000000}
//	worker → page   {"kind":"ready","model":"genui.gguf","vocab":8192,"context":1024}
//	page → worker   {"kind":"generate","id":1,"task":"describe","prompt":"a login form","seed":7}
//	worker → page   {"kind":"token","id":1,"text":"{\"version\":1,","n":3}
//	worker → page   {"kind":"done","id":1,"text":"{…}","reason":"hook","n":120}
//	page → worker   {"kind":"stop","id":1}
package protocol

import (
	"encoding/json"
	"fmt"
)

// Kind names a message.
type Kind string

// Messages from the page to a worker.
const (
	// Load asks the worker to load a model: the model at URL, through
	// the Cache Storage (downloading it and checking it against SHA256
	// when it is not cached; never downloading when Local is set), or the
	// bytes sent with the message (a person's own GGUF file, named Model,
	// which the worker caches at URL).
	Load Kind = "load"
	// Generate starts job ID: Task describe writes a spec for Prompt;
	// Task refine writes a JSON Patch that applies Prompt to Spec.
	Generate Kind = "generate"
	// Stop cancels job ID; the worker answers with Done (reason "stop").
	Stop Kind = "stop"
)

// Messages from a worker to the page.
const (
	// Booted says the worker's program runs and takes messages.
	Booted Kind = "booted"
	// Progress reports a load's Phase with Loaded of Total bytes.
	Progress Kind = "progress"
	// Ready says a model is loaded: Model, its SHA256 and Size, Vocab,
	// Context, and Millis to load it.
	Ready Kind = "ready"
	// Token carries the Text job ID's latest token releases; N counts the
	// job's tokens so far.
	Token Kind = "token"
	// Done ends job ID: Text is the whole output (a spec, or a refine
	// job's JSON Patch, whose result is in Spec), Reason why it ended, N
	// its tokens, Millis its time and FirstMillis the time to its first
	// token.
	Done Kind = "done"
	// Failed reports an error (of job ID, or of a load when ID is 0).
	Failed Kind = "error"
)

// Tasks of Generate.
const (
	Describe = "describe"
	Refine   = "refine"
)

// Load phases of Progress.
const (
	PhaseDownload = "download" // fetching from the network
	PhaseCache    = "cache"    // reading the cached copy
	PhaseVerify   = "verify"   // checking the SHA-256
	PhaseLoad     = "load"     // building the engine
	PhaseRetry    = "retry"    // the download failed its check and starts again
)

// Reasons of Done beyond inference.Reason's.
const (
	ReasonStop = "stop" // the page stopped the job
)

// Message is every message of the protocol; which fields mean something
// depends on Kind, as the kinds' comments say.
type Message struct {
	Kind Kind `json:"kind"`
	ID   int  `json:"id,omitempty"`

	// Load.
	URL    string `json:"url,omitempty"`
	SHA256 string `json:"sha256,omitempty"`
	Size   int64  `json:"size,omitempty"`
	Model  string `json:"model,omitempty"`
	Local  bool   `json:"local,omitempty"`

	// Generate.
	Task        string  `json:"task,omitempty"`
	Prompt      string  `json:"prompt,omitempty"`
	Spec        string  `json:"spec,omitempty"`
	Seed        uint64  `json:"seed,omitempty"`
	Temperature float32 `json:"temperature,omitempty"`
	MaxTokens   int     `json:"maxTokens,omitempty"`

	// Progress.
	Phase  string `json:"phase,omitempty"`
	Loaded int64  `json:"loaded,omitempty"`
	Total  int64  `json:"total,omitempty"`

	// Ready.
	Vocab   int `json:"vocab,omitempty"`
	Context int `json:"context,omitempty"`

	// Token and Done.
	Text        string  `json:"text,omitempty"`
	N           int     `json:"n,omitempty"`
	Reason      string  `json:"reason,omitempty"`
	Millis      float64 `json:"ms,omitempty"`
	FirstMillis float64 `json:"firstMs,omitempty"`

	// Failed.
	Error string `json:"error,omitempty"`
}

// Encode returns m as JSON text. A message that cannot be encoded (a
// time that is not a finite number) becomes a Failed message saying so.
func (m *Message) Encode() string {
	b, err := json.Marshal(m)
	if err != nil {
		f := Message{Kind: Failed, ID: m.ID, Error: "protocol: " + err.Error()}
		b, _ = json.Marshal(&f)
	}
	return string(b)
}

// Decode reads a message. It never panics; text that is not a message of
// a known kind is an error.
func Decode(text string) (Message, error) {
	var m Message
	if err := json.Unmarshal([]byte(text), &m); err != nil {
		return Message{}, fmt.Errorf("protocol: %w", err)
	}
	switch m.Kind {
	case Load, Generate, Stop, Booted, Progress, Ready, Token, Done, Failed:
		return m, nil
	}
	return Message{}, fmt.Errorf("protocol: unknown message kind %q", m.Kind)
}
