// genui's inference worker: a Web Worker that runs worker.wasm (the model,
// its tokenizer and the grammar-constrained decoder, in Go) off the page's
// thread. The page starts it with new Worker("/web/worker.js") and sends
// {boot: URL of worker.wasm} first; messages that arrive while the program
// loads wait in self.genuiPending, which the program drains when it starts.
// Every other message is {json: "…"} (app/protocol), with a model's bytes
// in {buf} when the page sends a file.
"use strict";

importScripts("/wasm_exec.js");

self.genuiPending = [];

function fail(err) {
  self.postMessage({ json: JSON.stringify({ kind: "error", error: "worker: " + String(err && err.message || err) }) });
}

self.onmessage = (event) => {
  const data = event.data;
  if (!data || typeof data.boot !== "string") {
    self.genuiPending.push(data);
    return;
  }
  const go = new Go();
  WebAssembly.instantiateStreaming(fetch(data.boot), go.importObject)
    .then((result) => go.run(result.instance))
    .catch(fail);
};
