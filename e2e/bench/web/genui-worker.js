// This engine's worker: the Go wasm of e2e/bench/wasm answers one
// request at a time (see its package doc).
importScripts("/genui/wasm_exec.js");
const go = new Go();
const ready = WebAssembly.instantiateStreaming(fetch("/genui/genui.wasm"), go.importObject)
  .then((r) => { go.run(r.instance); });
onmessage = async (ev) => {
  try {
    await ready;
    postMessage({ ok: true, out: JSON.parse(await genuiBench(JSON.stringify(ev.data))) });
  } catch (e) {
    postMessage({ ok: false, error: String(e && e.stack || e) });
  }
};
