// genui: starts the inference worker as the page loads, so that its
// program compiles while the page's own does (the two are the slowest
// part of a start). The app adopts the worker when it runs (app/ui,
// pool.spawn) and tells it which model to load; messages the worker sends
// before that wait in window.genuiEarlyWorker.messages.
"use strict";
(() => {
  const env = typeof goappEnv === "object" ? goappEnv : null;
  if (!env || !env.GENUI_WORKER_WASM || !window.Worker) {
    return;
  }
  const worker = new Worker("/web/worker.js", { name: "genui inference" });
  const messages = [];
  worker.onmessage = (event) => messages.push(event.data);
  worker.postMessage({ boot: env.GENUI_WORKER_WASM });
  window.genuiEarlyWorker = { worker, messages };
})();
