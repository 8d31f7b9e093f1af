// Command worker is the app's inference Web Worker: web/worker.js runs it
// in a dedicated worker, and the page talks to it in app/protocol
// messages. It loads the model (from the Cache Storage, or downloading it
// with progress and checking its SHA-256 before caching it), and runs the
// page's jobs with app/worker's Runner, off the page's thread.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"syscall/js"
	"time"

	"github.com/genui/genui/app/protocol"
	"github.com/genui/genui/app/worker"
	"github.com/genui/genui/genui/pipeline"
)

// modelCache is the Cache Storage cache of verified models. The service
// worker never deletes it; only bytes that passed their check go in.
const modelCache = "genui-models"

// shaHeader carries a cached model's SHA-256, checked when it was stored.
const shaHeader = "X-Genui-Sha256"

// progressEvery is the least time between two progress messages.
const progressEvery = 50 * time.Millisecond

type host struct {
	self js.Value
	run  *worker.Runner
}

func main() {
	h := &host{self: js.Global()}
	h.run = &worker.Runner{Post: h.post, Yield: func() { time.Sleep(time.Millisecond) }}
	onMessage := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) > 0 {
			h.receive(args[0].Get("data"))
		}
		return nil
	})
	pending := h.self.Get("genuiPending")
	h.self.Set("onmessage", onMessage)
	if pending.Truthy() {
		for i := 0; i < pending.Length(); i++ {
			h.receive(pending.Index(i))
		}
	}
	h.self.Set("genuiPending", js.Undefined())
	h.post(protocol.Message{Kind: protocol.Booted})
	select {}
}

func (h *host) post(m protocol.Message) {
	h.self.Call("postMessage", map[string]any{"json": m.Encode()})
}

func (h *host) fail(id int, err error) {
	h.post(protocol.Message{Kind: protocol.Failed, ID: id, Error: err.Error()})
}

// receive handles one message from the page. It must not block: jobs and
// loads run on goroutines, and Stop cancels at once.
func (h *host) receive(data js.Value) {
	if data.Type() != js.TypeObject || data.Get("json").Type() != js.TypeString {
		return
	}
	m, err := protocol.Decode(data.Get("json").String())
	if err != nil {
		h.fail(0, err)
		return
	}
	switch m.Kind {
	case protocol.Load:
		buf := data.Get("buf")
		go func() {
			if err := h.load(m, buf); err != nil {
				h.fail(0, err)
				return
			}
			// Compile the spec's grammar once the page has heard "ready"
			// (wasm runs one goroutine at a time: earlier, it would delay
			// the load), while a person types: the first generation then
			// starts at once.
			pipeline.SpecGrammar()
		}()
	case protocol.Generate:
		go h.run.Run(m)
	case protocol.Stop:
		h.run.Stop(m.ID)
	}
}

// load loads the model a Load message names.
func (h *host) load(m protocol.Message, buf js.Value) error {
	if buf.Truthy() {
		// A person's own file: kept first, so that once the page hears
		// "ready" a reload finds it, then loaded.
		data := bytesOf(js.Global().Get("Uint8Array").New(buf))
		sha, _ := worker.Verify(data, "")
		if len(data) < 4 || string(data[:4]) != "GGUF" {
			return fmt.Errorf("worker: %s is not a GGUF file", m.Model)
		}
		if err := cachePut(m.URL, data, sha); err != nil {
			h.post(protocol.Message{Kind: protocol.Progress, Phase: protocol.PhaseLoad, Error: "the model could not be kept for the next visit: " + err.Error()})
		}
		return h.run.Load(m.Model, data, sha)
	}
	if data, ok := h.cached(m); ok {
		return h.run.Load(m.Model, data, m.SHA256)
	}
	if m.Local {
		return fmt.Errorf("worker: %s is no longer stored in this browser; choose the file again in Settings", m.Model)
	}
	for attempt := 1; ; attempt++ {
		data, err := h.download(m)
		if err != nil {
			return err
		}
		h.post(protocol.Message{Kind: protocol.Progress, Phase: protocol.PhaseVerify, Loaded: int64(len(data)), Total: int64(len(data))})
		sha, err := worker.Verify(data, m.SHA256)
		if err != nil {
			if attempt == 2 {
				return fmt.Errorf("%w; it was downloaded twice and refused both times", err)
			}
			h.post(protocol.Message{Kind: protocol.Progress, Phase: protocol.PhaseRetry, Error: err.Error() + "; downloading it again"})
			continue
		}
		// Stored before it is used: once the page hears "ready", a reload
		// offline finds the model.
		if err := cachePut(m.URL, data, sha); err != nil {
			h.post(protocol.Message{Kind: protocol.Progress, Phase: protocol.PhaseLoad, Error: "the model could not be stored for offline use: " + err.Error()})
		}
		h.post(protocol.Message{Kind: protocol.Progress, Phase: protocol.PhaseLoad, Loaded: int64(len(data)), Total: int64(len(data))})
		return h.run.Load(m.Model, data, sha)
	}
}

// cached returns the cached copy of the model, if the cache holds one
// stored with the hash the message asks for.
func (h *host) cached(m protocol.Message) ([]byte, bool) {
	cache, err := await(js.Global().Get("caches").Call("open", modelCache))
	if err != nil {
		return nil, false
	}
	res, err := await(cache.Call("match", m.URL))
	if err != nil || !res.Truthy() {
		return nil, false
	}
	if m.SHA256 != "" && res.Get("headers").Call("get", shaHeader).String() != m.SHA256 {
		await(cache.Call("delete", m.URL)) // another model under this URL: never used
		return nil, false
	}
	h.post(protocol.Message{Kind: protocol.Progress, Phase: protocol.PhaseCache, Total: m.Size})
	ab, err := await(res.Call("arrayBuffer"))
	if err != nil {
		return nil, false
	}
	data := bytesOf(js.Global().Get("Uint8Array").New(ab))
	if m.Size > 0 && int64(len(data)) != m.Size {
		await(cache.Call("delete", m.URL))
		return nil, false
	}
	return data, true
}

// download fetches the model, reporting progress.
func (h *host) download(m protocol.Message) ([]byte, error) {
	res, err := await(js.Global().Call("fetch", m.URL, map[string]any{"cache": "no-store"}))
	if err != nil {
		return nil, fmt.Errorf("worker: cannot download the model (%v); check the connection and reload", err)
	}
	if !res.Get("ok").Bool() {
		return nil, fmt.Errorf("worker: cannot download the model: the server answered %d %s", res.Get("status").Int(), res.Get("statusText").String())
	}
	total := m.Size
	if total <= 0 {
		total, _ = strconv.ParseInt(res.Get("headers").Call("get", "Content-Length").String(), 10, 64)
	}
	data := make([]byte, 0, max(total, 0))
	reader := res.Get("body").Call("getReader")
	last := time.Time{}
	for {
		chunk, err := await(reader.Call("read"))
		if err != nil {
			return nil, fmt.Errorf("worker: the download broke off after %d bytes: %v", len(data), err)
		}
		if chunk.Get("done").Bool() {
			break
		}
		v := chunk.Get("value")
		n := v.Length()
		data = append(data, make([]byte, n)...)
		js.CopyBytesToGo(data[len(data)-n:], v)
		if time.Since(last) >= progressEvery {
			h.post(protocol.Message{Kind: protocol.Progress, Phase: protocol.PhaseDownload, Loaded: int64(len(data)), Total: total})
			last = time.Now()
		}
	}
	h.post(protocol.Message{Kind: protocol.Progress, Phase: protocol.PhaseDownload, Loaded: int64(len(data)), Total: max(total, int64(len(data)))})
	return data, nil
}

// cachePut stores verified model bytes under url with their hash.
func cachePut(url string, data []byte, sha string) error {
	cache, err := await(js.Global().Get("caches").Call("open", modelCache))
	if err != nil {
		return err
	}
	u8 := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(u8, data)
	res := js.Global().Get("Response").New(u8, map[string]any{"headers": map[string]any{
		"Content-Type": "application/octet-stream", shaHeader: sha,
	}})
	_, err = await(cache.Call("put", url, res))
	return err
}

func bytesOf(u8 js.Value) []byte {
	b := make([]byte, u8.Length())
	js.CopyBytesToGo(b, u8)
	return b
}

// await blocks the calling goroutine until the promise p settles (the
// event loop runs meanwhile) and returns its value or its error.
func await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	arg := func(a []js.Value) js.Value {
		if len(a) == 0 {
			return js.Undefined()
		}
		return a[0]
	}
	then := js.FuncOf(func(_ js.Value, a []js.Value) any { ch <- result{v: arg(a)}; return nil })
	catch := js.FuncOf(func(_ js.Value, a []js.Value) any {
		e := arg(a)
		msg := "unknown error"
		if e.Truthy() {
			msg = e.Call("toString").String()
		}
		ch <- result{err: errors.New(msg)}
		return nil
	})
	defer then.Release()
	defer catch.Release()
	p.Call("then", then, catch)
	r := <-ch
	return r.v, r.err
}
