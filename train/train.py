"""Trains genui's default model: a byte-level BPE tokenizer and a small
llama-architecture transformer that turns a description into a genui spec
(and a spec plus an instruction into a JSON Patch).

The corpus comes from the Go generator (train/cmd/corpus): one JSON object a
line with "input" (the prompt text, as genui/prompt.go formats it) and
"output" (the target text). The loss is taken on the output only.

Writes to OUTDIR:
  tokenizer.json             the trained tokenizer (Hugging Face format)
  config.json, model.safetensors   a Hugging Face LlamaForCausalLM checkpoint
                             (float16), which `genui convert` turns into GGUF
  train.csv                  step, tokens seen, seconds, train loss, lr
  eval.csv                   step, held-out loss
  samples.txt                greedy continuations of held-out prompts

Usage: python3 train/train.py CORPUS.jsonl OUTDIR [--minutes 9] [--dim 384] ...
"""

import argparse
import json
import math
import os
import random
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

try:
    from torch.nn.attention.flex_attention import create_block_mask, flex_attention
except ImportError:  # older PyTorch: a dense boolean mask does the same, slower
    create_block_mask = flex_attention = None


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("corpus")
    p.add_argument("out")
    p.add_argument("--minutes", type=float, default=9.0, help="wall-clock budget for the optimisation loop")
    p.add_argument("--vocab", type=int, default=8192)
    p.add_argument("--dim", type=int, default=384)
    p.add_argument("--layers", type=int, default=8)
    p.add_argument("--heads", type=int, default=6)
    p.add_argument("--kv-heads", type=int, default=2)
    p.add_argument("--ffn", type=int, default=1024)
    p.add_argument("--ctx", type=int, default=1024)
    p.add_argument("--batch-tokens", type=int, default=131072, help="tokens a step (a multiple of --ctx)")
    p.add_argument("--lr", type=float, default=3e-3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--specials", default="", help="comma-separated special tokens (default: from the corpus header)")
    p.add_argument("--no-compile", dest="compile", action="store_false", help="run eagerly (no torch.compile)")
    return p.parse_args()


# The pre-tokenizer of Qwen2 (llama.cpp: tokenizer.ggml.pre = "qwen2"):
# digits one by one, letters with one leading non-letter, punctuation runs.
QWEN2 = r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""


def train_tokenizer(texts, vocab, specials):
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(QWEN2), behavior="isolated", invert=False),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)])
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab, special_tokens=specials, show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(texts, trainer)
    return tok


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-5):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return F.rms_norm(x, (x.shape[-1],), self.weight, self.eps)


def rope_tables(ctx, head_dim, base, device):
    inv = 1.0 / (base ** (torch.arange(0, head_dim, 2, device=device).float() / head_dim))
    t = torch.arange(ctx, device=device).float()
    freqs = torch.outer(t, inv)
    emb = torch.cat([freqs, freqs], dim=-1)
    return emb.cos(), emb.sin()


def rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat([-x[..., h:], x[..., :h]], dim=-1)


class Block(nn.Module):
    """One llama decoder layer, parameter names as Hugging Face's Llama."""

    def __init__(self, a):
        super().__init__()
        hd = a.dim // a.heads
        self.heads, self.kv, self.hd = a.heads, a.kv_heads, hd
        self.input_layernorm = RMSNorm(a.dim)
        self.post_attention_layernorm = RMSNorm(a.dim)
        self.self_attn = nn.Module()
        self.self_attn.q_proj = nn.Linear(a.dim, a.heads * hd, bias=False)
        self.self_attn.k_proj = nn.Linear(a.dim, a.kv_heads * hd, bias=False)
        self.self_attn.v_proj = nn.Linear(a.dim, a.kv_heads * hd, bias=False)
        self.self_attn.o_proj = nn.Linear(a.heads * hd, a.dim, bias=False)
        self.mlp = nn.Module()
        self.mlp.gate_proj = nn.Linear(a.dim, a.ffn, bias=False)
        self.mlp.up_proj = nn.Linear(a.dim, a.ffn, bias=False)
        self.mlp.down_proj = nn.Linear(a.ffn, a.dim, bias=False)

    def forward(self, x, cos, sin, mask):
        b, t, _ = x.shape
        at = self.self_attn
        h = self.input_layernorm(x)
        q = at.q_proj(h).view(b, t, self.heads, self.hd).transpose(1, 2)
        k = at.k_proj(h).view(b, t, self.kv, self.hd).transpose(1, 2)
        v = at.v_proj(h).view(b, t, self.kv, self.hd).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        if mask is None:
            o = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
        elif isinstance(mask, torch.Tensor):
            o = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, enable_gqa=True)
        else:
            o = flex_attention(q, k, v, block_mask=mask, enable_gqa=True)
        x = x + at.o_proj(o.transpose(1, 2).reshape(b, t, -1))
        h = self.post_attention_layernorm(x)
        m = self.mlp
        return x + m.down_proj(F.silu(m.gate_proj(h)) * m.up_proj(h))


class Llama(nn.Module):
    def __init__(self, a, vocab):
        super().__init__()
        self.a = a
        self.embed_tokens = nn.Embedding(vocab, a.dim)
        self.layers = nn.ModuleList([Block(a) for _ in range(a.layers)])
        self.norm = RMSNorm(a.dim)
        cos, sin = rope_tables(a.ctx, a.dim // a.heads, 10000.0, "cpu")
        self.register_buffer("cos", cos, persistent=False)
        self.register_buffer("sin", sin, persistent=False)
        self.apply(self._init)
        for n, p in self.named_parameters():
            if n.endswith("o_proj.weight") or n.endswith("down_proj.weight"):
                nn.init.normal_(p, std=0.02 / math.sqrt(2 * a.layers))

    @staticmethod
    def _init(m):
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)

    def forward(self, ids, pos=None, mask=None):
        """Logits for ids. pos (each token's position in its own example)
        and mask (a flex-attention block mask, or a boolean attention mask,
        keeping every example of a packed row to itself) come together;
        without them the row is one causal sequence."""
        t = ids.shape[1]
        x = self.embed_tokens(ids)
        if pos is None:
            cos, sin = self.cos[:t], self.sin[:t]
        else:
            cos, sin = self.cos[pos].unsqueeze(1), self.sin[pos].unsqueeze(1)
        for layer in self.layers:
            x = layer(x, cos, sin, mask)
        return F.linear(self.norm(x), self.embed_tokens.weight)  # tied output


def pack(examples, ctx, rng, device):
    """Packs whole examples into rows of exactly ctx tokens (fixed shapes:
    one compiled graph, no padding waste). Returns, on device, the token
    ids, the targets (-100 where no loss is taken: prompts and padding), each
    token's position within its example and the example's number within
    the row (-1 for padding). Vectorised: half a million examples pack in
    seconds."""
    import itertools

    import numpy as np

    order = list(range(len(examples)))
    rng.shuffle(order)
    n_ex = len(order)
    lens = np.fromiter((len(examples[i][0]) for i in order), dtype=np.int64, count=n_ex)
    starts = np.fromiter((examples[i][1] for i in order), dtype=np.int64, count=n_ex)
    row = np.empty(n_ex, dtype=np.int64)
    off = np.empty(n_ex, dtype=np.int64)
    dnum = np.empty(n_ex, dtype=np.int64)
    r, used, d = 0, 0, 0
    for j, n in enumerate(lens.tolist()):
        if used + n > ctx:
            r, used, d = r + 1, 0, 0
        row[j], off[j], dnum[j] = r, used, d
        used += n
        d += 1
    nrows = r + 1
    total = int(lens.sum())
    flat = np.fromiter(itertools.chain.from_iterable(examples[i][0] for i in order), dtype=np.int64, count=total)
    first = np.repeat(np.cumsum(lens) - lens, lens)            # where each token's example starts in flat
    local = np.arange(total, dtype=np.int64) - first            # position within the example
    dest = np.repeat(row * ctx + off, lens) + local             # where the token goes in the rows
    ids = np.zeros(nrows * ctx, dtype=np.int64)
    tgt = np.full(nrows * ctx, -100, dtype=np.int64)
    pos = np.zeros(nrows * ctx, dtype=np.int64)
    doc = np.full(nrows * ctx, -1, dtype=np.int64)
    ids[dest] = flat
    pos[dest] = local
    doc[dest] = np.repeat(dnum, lens)
    out = local >= np.repeat(starts, lens)                      # answer tokens: predicted from the token before
    tgt[dest[out] - 1] = flat[out]
    t = lambda x: torch.from_numpy(x.reshape(nrows, ctx)).to(device)
    return t(ids), t(tgt), t(pos), t(doc).int()


def doc_mask(doc, flex):
    """The attention mask of packed rows: causal within each example."""
    b, t = doc.shape
    if flex:
        def mod(bi, h, q, k):
            return (doc[bi, q] == doc[bi, k]) & (q >= k)
        return create_block_mask(mod, b, None, t, t, device=doc.device)
    causal = torch.ones(t, t, dtype=torch.bool, device=doc.device).tril()
    return ((doc[:, :, None] == doc[:, None, :]) & causal).unsqueeze(1)


def export_hf(model, a, vocab, tok, specials, out):
    from safetensors.torch import save_file

    sd = {}
    for n, p in model.state_dict().items():
        sd["model." + n] = p.detach().to(torch.float16).contiguous()
    save_file(sd, os.path.join(out, "model.safetensors"), metadata={"format": "pt"})
    eos = tok.token_to_id(specials[-1])
    cfg = {
        "architectures": ["LlamaForCausalLM"], "model_type": "llama",
        "vocab_size": vocab, "hidden_size": a.dim, "intermediate_size": a.ffn,
        "num_hidden_layers": a.layers, "num_attention_heads": a.heads,
        "num_key_value_heads": a.kv_heads, "max_position_embeddings": a.ctx,
        "rms_norm_eps": 1e-5, "rope_theta": 10000.0, "tie_word_embeddings": True,
        "bos_token_id": tok.token_to_id(specials[0]), "eos_token_id": eos,
        "hidden_act": "silu", "torch_dtype": "float16",
    }
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump(cfg, f, indent=1)


@torch.no_grad()
def greedy(model, tok, prompt, eos, n, device):
    ids = tok.encode(prompt, add_special_tokens=False).ids
    for _ in range(n):
        x = torch.tensor([ids[-model.a.ctx:]], device=device)
        with torch.autocast("cuda", dtype=torch.bfloat16):
            nxt = int(model(x)[0, -1].argmax())
        if nxt == eos:
            break
        ids.append(nxt)
    return tok.decode(ids, skip_special_tokens=False)


def main():
    a = parse_args()
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    rng = random.Random(a.seed)
    torch.manual_seed(a.seed)
    device = "cuda"

    with open(a.corpus, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    specials = [s for s in a.specials.split(",") if s]
    if not specials:
        specials = rows[0]["specials"]
        rows = rows[1:]
    print(f"corpus: {len(rows)} examples, specials {specials} ({time.time()-t0:.0f}s)", flush=True)

    sample = [r["input"] + r["output"] for r in rng.sample(rows, min(len(rows), 150000))]
    tok = train_tokenizer(sample, a.vocab, specials)
    tok.save(os.path.join(a.out, "tokenizer.json"))
    vocab = tok.get_vocab_size()
    print(f"tokenizer: {vocab} tokens ({time.time()-t0:.0f}s)", flush=True)

    enc_in = tok.encode_batch([r["input"] for r in rows], add_special_tokens=False)
    enc_out = tok.encode_batch([r["output"] for r in rows], add_special_tokens=False)
    examples, dropped = [], 0
    for i, o in zip(enc_in, enc_out):
        seq = i.ids + o.ids
        if len(seq) > a.ctx:
            dropped += 1
            continue
        examples.append((seq, len(i.ids)))
    rng.shuffle(examples)
    held = examples[:512]
    examples = examples[512:]
    ntok = sum(len(s) for s, _ in examples)
    print(f"tokenized: {len(examples)} examples, {ntok} tokens, {dropped} over {a.ctx} dropped, "
          f"mean {ntok/len(examples):.0f} ({time.time()-t0:.0f}s)", flush=True)

    model = Llama(a, vocab).to(device)
    nparams = sum(p.numel() for p in model.parameters())
    print(f"model: {nparams/1e6:.2f}M parameters", flush=True)
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    nodecay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": nodecay, "weight_decay": 0.0}],
                            lr=a.lr, betas=(0.9, 0.95), fused=True)
    cmodel = torch.compile(model) if a.compile else model

    ids, tgt, pos, doc = pack(examples, a.ctx, rng, device)
    hids, htgt, hpos, hdoc = pack(held, a.ctx, rng, device)
    per_step = a.batch_tokens // a.ctx
    print(f"packed: {ids.shape[0]} rows of {a.ctx} ({(tgt != -100).sum().item()/1e6:.0f}M target tokens), "
          f"{per_step} rows a step ({time.time()-t0:.0f}s)", flush=True)

    flex = flex_attention is not None

    def loss_of(m, i, t_, p, d, reduction="mean", dense=False):
        nonlocal flex
        try:
            mask = doc_mask(d, flex and not dense)
            with torch.autocast("cuda", dtype=torch.bfloat16):
                logits = m(i, p, mask)
        except Exception as err:  # flex attention unavailable here: fall back once, loudly
            if not flex or dense:
                raise
            print(f"flex attention failed ({err!r}); using a dense mask", flush=True)
            flex = False
            return loss_of(m, i, t_, p, d, reduction, dense)
        return F.cross_entropy(logits.float().view(-1, vocab), t_.view(-1), ignore_index=-100, reduction=reduction)

    budget = a.minutes * 60
    start = time.time()
    log = open(os.path.join(a.out, "train.csv"), "w")
    log.write("step,tokens,seconds,loss,lr\n")
    elog = open(os.path.join(a.out, "eval.csv"), "w")
    elog.write("step,loss\n")
    step, seen, warm = 0, 0, 200
    perm = torch.randperm(ids.shape[0], device=device)
    cursor = 0
    while True:
        el = time.time() - start
        if el > budget:
            break
        frac = el / budget
        lr = a.lr * min(1.0, (step + 1) / warm) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * frac)))
        for g in opt.param_groups:
            g["lr"] = lr
        if cursor + per_step > perm.shape[0]:
            perm = torch.randperm(ids.shape[0], device=device)
            cursor = 0
        b = perm[cursor:cursor + per_step]
        cursor += per_step
        loss = loss_of(cmodel, ids[b], tgt[b], pos[b], doc[b])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        seen += per_step * a.ctx
        step += 1
        if step % 25 == 0:
            log.write(f"{step},{seen},{time.time()-start:.1f},{loss.item():.4f},{lr:.6f}\n")
        if step % 250 == 0:
            model.eval()
            with torch.no_grad():
                tot = 0.0
                for j in range(0, hids.shape[0], per_step):
                    sl = slice(j, j + per_step)
                    # eager with a dense mask: the held-out batch shapes must not recompile the model
                    tot += loss_of(model, hids[sl], htgt[sl], hpos[sl], hdoc[sl], "sum", dense=True).item()
                cnt = (htgt != -100).sum().item()
            model.train()
            elog.write(f"{step},{tot/cnt:.4f}\n")
            elog.flush()
            log.flush()
            print(f"step {step} loss {loss.item():.3f} held-out {tot/cnt:.3f} lr {lr:.2e} "
                  f"{seen/1e6:.0f}M tokens {seen/(time.time()-start)/1e6:.2f}M tok/s", flush=True)
    log.close()
    elog.close()
    print(f"trained {step} steps, {seen/1e6:.0f}M tokens in {time.time()-start:.0f}s", flush=True)

    model.eval()
    export_hf(model, a, vocab, tok, specials, a.out)
    eos = tok.token_to_id(specials[-1])
    with open(os.path.join(a.out, "samples.txt"), "w", encoding="utf-8") as f:
        for r in rng.sample(rows, 6):
            f.write(greedy(model, tok, r["input"], eos, 500, device) + "\n\n")
    print(f"done in {time.time()-t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
