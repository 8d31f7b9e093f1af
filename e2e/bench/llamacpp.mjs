// The native peer of the harness (e2e/bench): llama.cpp through
// node-llama-cpp's prebuilt linux-x64 binary, CPU only. It reads one
// request as JSON on stdin and prints the results as JSON on stdout:
//   {"op":"decode","model":path,"prompt":text,"n":tokens,"reps":runs,"threads":t}
//   {"op":"spec","model":path,"prompt":text,"schema":{...},"maxTokens":m,"threads":t}
import { getLlama, LlamaGrammarEvaluationState, LlamaLogLevel } from "node-llama-cpp";

const req = JSON.parse(await new Promise((resolve) => {
  let s = "";
  process.stdin.on("data", (d) => { s += d; });
  process.stdin.on("end", () => resolve(s));
}));
const llama = await getLlama({ gpu: false, build: "never", logLevel: LlamaLogLevel.error });
const model = await llama.loadModel({ modelPath: req.model, gpuLayers: 0 });
const now = () => performance.now() / 1000;

// decode evaluates the prompt as one batch, then generates greedily:
// the first token comes with the prompt, each later one costs one
// evaluation, so n tokens past the first time n decode steps. One
// context serves a warm-up run (not counted) and then reps runs, each
// on a cleared sequence.
async function decode() {
  const ctx = await model.createContext({ contextSize: 1024, batchSize: 64, threads: req.threads });
  const tokens = model.tokenize(req.prompt);
  const once = async (n) => {
    const seq = ctx.getSequence();
    const t0 = now();
    let t1 = 0, count = -1;
    for await (const tok of seq.evaluate(tokens, { temperature: 0 })) {
      if (count < 0) t1 = now();
      if (++count === n) break;
    }
    const t2 = now();
    await seq.clearHistory();
    seq.dispose();
    return { promptTokens: tokens.length, generated: count, prefillTPS: tokens.length / (t1 - t0), decodeTPS: count / (t2 - t1) };
  };
  await once(8);
  const out = [];
  for (let r = 0; r < req.reps; r++) out.push(await once(req.n));
  await ctx.dispose();
  return out;
}

// spec generates under the grammar llama.cpp makes from the JSON Schema,
// greedy, until the grammar is complete or an end token, and times it
// from the prompt to the finished document.
async function spec() {
  const grammar = await llama.createGrammarForJsonSchema(req.schema);
  const ctx = await model.createContext({ contextSize: 2048, batchSize: 64, threads: req.threads });
  const seq = ctx.getSequence();
  const t0 = now();
  const tokens = model.tokenize(req.prompt, true);
  const state = new LlamaGrammarEvaluationState({ model, grammar });
  const gen = [];
  for await (const tok of seq.evaluate(tokens, { temperature: 0, grammarEvaluationState: state })) {
    if (model.isSpecialToken(tok) || gen.length >= req.maxTokens) break;
    gen.push(tok); // a complete document leaves only end tokens to sample
  }
  const secs = now() - t0;
  await ctx.dispose();
  return [{ seconds: secs, generated: gen.length, spec: model.detokenize(gen), decodeTPS: gen.length / secs }];
}

const out = req.op === "spec" ? await spec() : await decode();
process.stdout.write(JSON.stringify(out) + "\n");
await model.dispose();
await llama.dispose();
