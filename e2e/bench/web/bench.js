// The browser side of the harness (e2e/bench): window.runBench(plan)
// times this engine (Go wasm in a worker) and wllama (llama.cpp in wasm)
// on the same GGUF files and resolves to the results. The Go harness
// drives it through chromedp.
import { Wllama } from "/wllama/esm/index.js";

const log = (s) => { document.getElementById("log").textContent += s + "\n"; };

// genui sends one request to a fresh worker, so every model loads into
// a fresh wasm heap, as in the app.
function genui(req) {
  return new Promise((resolve, reject) => {
    const w = new Worker("/genui-worker.js");
    w.onmessage = (ev) => {
      w.terminate();
      ev.data.ok ? resolve(ev.data.out) : reject(new Error(ev.data.error));
    };
    w.onerror = (e) => { w.terminate(); reject(new Error(e.message)); };
    w.postMessage(req);
  });
}

// wllama loads the model with the given thread count and runs reps
// completions of n tokens past any end token, greedy, returning
// llama.cpp's own timings.
async function wllamaDecode(url, threads, prompt, n, reps) {
  const w = new Wllama({ default: "/wllama/esm/wasm/wllama.wasm" }, { suppressNativeLog: true });
  const blob = await (await fetch(url)).blob();
  await w.loadModel([blob], { n_ctx: 1024, n_batch: 64, n_threads: threads, n_gpu_layers: 0 });
  const out = [];
  try {
    for (let i = 0; i < reps; i++) {
      const r = await w.createCompletion({ prompt, max_tokens: n, temperature: 0, ignore_eos: true, cache_prompt: false });
      const t = r.timings;
      out.push({ promptTokens: t.prompt_n, generated: t.predicted_n, prefillTPS: t.prompt_per_second, decodeTPS: t.predicted_per_second,
        threads: w.getNumThreads(), multithread: w.isMultithread() });
    }
  } finally {
    await w.exit();
  }
  return out;
}

// wllamaSpec has wllama write the spec under the grammar llama.cpp
// makes from the spec's JSON Schema, greedy, and times it from the
// prompt to the end of the document.
async function wllamaSpec(url, threads, prompt, schema, maxTokens) {
  const w = new Wllama({ default: "/wllama/esm/wasm/wllama.wasm" }, { suppressNativeLog: true });
  const blob = await (await fetch(url)).blob();
  await w.loadModel([blob], { n_ctx: 2048, n_batch: 64, n_threads: threads, n_gpu_layers: 0 });
  try {
    const t0 = performance.now();
    const r = await w.createCompletion({ prompt, max_tokens: maxTokens, temperature: 0, json_schema: schema, cache_prompt: false });
    const secs = (performance.now() - t0) / 1000;
    return [{ seconds: secs, spec: r.choices[0].text, generated: r.timings.predicted_n, decodeTPS: r.timings.predicted_per_second }];
  } finally {
    await w.exit();
  }
}

window.runBench = async (plan) => {
  const results = [];
  const hw = navigator.hardwareConcurrency || 1;
  for (const job of plan.jobs) {
    log(`${job.engine} ${job.kind} ${job.url}`);
    let out;
    if (job.engine === "genui" && job.kind === "decode") {
      out = await genui({ op: "decode", url: job.url, prompt: plan.prompt, n: plan.n, reps: plan.reps });
    } else if (job.engine === "genui" && job.kind === "spec") {
      out = await genui({ op: "spec", url: job.url, description: plan.description, maxTokens: plan.maxTokens });
    } else if (job.kind === "decode") {
      out = await wllamaDecode(job.url, job.threads || hw, plan.prompt, plan.n, plan.reps);
    } else {
      out = await wllamaSpec(job.url, job.threads || hw, plan.specPrompt, plan.schema, plan.maxTokens);
    }
    results.push({ ...job, crossOriginIsolated: self.crossOriginIsolated, hardwareConcurrency: hw, runs: out });
  }
  return JSON.stringify(results);
};
window.benchReady = true;
