"""Reference outputs from independent implementations, for genui's tests.

Runs where PyTorch, transformers, tokenizers and sentencepiece are installed
(the GPU machine; no GPU is needed). It writes, under OUTDIR:

  models/<name>/model.safetensors, config.json   small random-weight Hugging
      Face models (Llama with GQA, Qwen2 with Q/K/V biases and tied output,
      Llama with linear RoPE scaling), every weight exactly representable
      in float16, so genui's GGUF writer can store them without rounding;
  models/<name>/expected.json   the prompt ids, the float32 logits of every
      position and 32 greedy tokens, computed by transformers in float64;
  tokenizers/<name>.json        byte-level BPE tokenizers trained with the
      `tokenizers` library (gpt2, llama-bpe, qwen2, smollm pre-tokenizers; a
      32k one for the constrained-decoding tests) and a SentencePiece BPE
      model with byte fallback (dumped as pieces, scores and types);
  tokenizers/expected.json      the ids each tokenizer gives for every line
      of the test corpus.

Usage: python3 train/reference.py CORPUS.txt TESTLINES.txt OUTDIR
"""

import json
import os
import sys
import traceback

import torch

SEED = 20261124


def fp16_exact_(model, std):
    """Fill every parameter with random values exactly representable in fp16."""
    g = torch.Generator().manual_seed(SEED)
    for name, p in sorted(model.named_parameters()):
        with torch.no_grad():
            if name.endswith("norm.weight") or "layernorm" in name:
                v = 1.0 + 0.2 * torch.randn(p.shape, generator=g)
            elif name.endswith(".bias"):
                v = 0.5 * torch.randn(p.shape, generator=g)
            else:
                fan_in = p.shape[-1]
                v = torch.randn(p.shape, generator=g) * (std / fan_in**0.5)
            p.copy_(v.half().float())


def reference_model(kind, name, out, **cfg):
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.for_model(kind, **cfg)
    config._attn_implementation = "eager"
    torch.manual_seed(SEED)
    model = AutoModelForCausalLM.from_config(config).float()
    print(name, "rope:", getattr(config, "rope_scaling", None), getattr(config, "rope_parameters", None))
    fp16_exact_(model, std=1.6)
    if getattr(config, "tie_word_embeddings", False):
        model.tie_weights()
    model.eval()
    d = os.path.join(out, "models", name)
    os.makedirs(d, exist_ok=True)
    model.save_pretrained(d, safe_serialization=True)

    g = torch.Generator().manual_seed(SEED + 1)
    ids = torch.randint(3, cfg["vocab_size"], (1, 24), generator=g)
    m64 = model.to(torch.float64)
    with torch.no_grad():
        logits = m64(ids).logits[0].float()
        seq = ids.clone()
        greedy = []
        for _ in range(32):
            nxt = int(m64(seq).logits[0, -1].argmax())
            greedy.append(nxt)
            seq = torch.cat([seq, torch.tensor([[nxt]])], dim=1)
    exp = {
        "model": kind,
        "config": cfg,
        "prompt": ids[0].tolist(),
        "logits": [[round(float(x), 7) for x in row] for row in logits],
        "greedy": greedy,
        "transformers": __import__("transformers").__version__,
        "torch": torch.__version__,
    }
    with open(os.path.join(d, "expected.json"), "w") as f:
        json.dump(exp, f)
    print(f"model {name}: {sum(p.numel() for p in model.parameters())} params, greedy {greedy[:8]}…")


# Pre-tokenizer regexes as the original tokenizers define them (and as
# llama.cpp names them in tokenizer.ggml.pre).
GPT2 = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
LLAMA3 = r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""
QWEN2 = r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""


def bpe_tokenizer(corpus, pre, vocab, specials):
    from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    bl = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
    if pre == "gpt2":
        tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    elif pre == "smollm":
        tok.pre_tokenizer = pre_tokenizers.Sequence(
            [pre_tokenizers.Digits(individual_digits=True),
             pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)])
    else:
        rx = {"llama-bpe": LLAMA3, "qwen2": QWEN2}[pre]
        tok.pre_tokenizer = pre_tokenizers.Sequence(
            [pre_tokenizers.Split(Regex(rx), behavior="isolated", invert=False), bl])
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab, special_tokens=specials, show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train([corpus], trainer)
    return tok


def sentencepiece_model(corpus, out):
    import sentencepiece as spm

    prefix = os.path.join(out, "tokenizers", "spm")
    spm.SentencePieceTrainer.train(
        input=corpus, model_prefix=prefix, model_type="bpe", vocab_size=4000,
        byte_fallback=True, split_digits=True, character_coverage=0.9995,
        add_dummy_prefix=True, remove_extra_whitespaces=False,
        normalization_rule_name="identity", allow_whitespace_only_pieces=True,
        input_sentence_size=200000, shuffle_input_sentence=False,
        bos_id=1, eos_id=2, unk_id=0, pad_id=-1, max_sentence_length=1 << 16,
        num_threads=8, minloglevel=2)
    sp = spm.SentencePieceProcessor(model_file=prefix + ".model")
    pieces = []
    for i in range(sp.get_piece_size()):
        if sp.is_unknown(i):
            t = 2
        elif sp.is_control(i):
            t = 3
        elif sp.is_byte(i):
            t = 6
        elif sp.is_unused(i):
            t = 5
        else:
            t = 1
        pieces.append({"piece": sp.id_to_piece(i), "score": sp.get_score(i), "type": t})
    with open(prefix + ".json", "w") as f:
        json.dump({"pieces": pieces, "bos": 1, "eos": 2, "unk": 0,
                   "add_dummy_prefix": True}, f, ensure_ascii=False)
    return sp


def tokenizers(corpus, lines, out):
    os.makedirs(os.path.join(out, "tokenizers"), exist_ok=True)
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    made = {}
    for name, pre, vocab in [("gpt2", "gpt2", 2048), ("smollm", "smollm", 2048),
                             ("llama-bpe", "llama-bpe", 4096), ("qwen2", "qwen2", 4096),
                             ("bpe32k", "qwen2", 32000)]:
        tok = bpe_tokenizer(corpus, pre, vocab, specials)
        tok.save(os.path.join(out, "tokenizers", name + ".json"))
        made[name] = tok
        print(f"tokenizer {name}: {tok.get_vocab_size()} tokens")
    sp = sentencepiece_model(corpus, out)
    expected = {"lines": lines, "ids": {}}
    for name, tok in made.items():
        expected["ids"][name] = [tok.encode(l, add_special_tokens=False).ids for l in lines]
        for l, ids in zip(lines, expected["ids"][name]):
            assert tok.decode(ids, skip_special_tokens=False) == l, (name, l)
    expected["ids"]["spm"] = [sp.encode(l) for l in lines]
    with open(os.path.join(out, "tokenizers", "expected.json"), "w") as f:
        json.dump(expected, f, ensure_ascii=False)


def main():
    corpus, testlines, out = sys.argv[1:4]
    with open(testlines, encoding="utf-8") as f:
        lines = f.read().split("\n<<<LINE>>>\n")
    for step in (lambda: tokenizers(corpus, lines, out), models):
        try:
            step(out) if step is models else step()
        except Exception:
            traceback.print_exc()


def models(out):
    reference_model("llama", "llama-gqa", out, vocab_size=384, hidden_size=256,
                    intermediate_size=512, num_hidden_layers=2, num_attention_heads=4,
                    num_key_value_heads=2, max_position_embeddings=512, rms_norm_eps=1e-5,
                    rope_theta=10000.0, tie_word_embeddings=False)
    reference_model("qwen2", "qwen2", out, vocab_size=384, hidden_size=256,
                    intermediate_size=512, num_hidden_layers=2, num_attention_heads=4,
                    num_key_value_heads=2, max_position_embeddings=512, rms_norm_eps=1e-6,
                    rope_theta=1000000.0, tie_word_embeddings=True)
    reference_model("llama", "llama-ropescale", out, vocab_size=256, hidden_size=64,
                    intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                    num_key_value_heads=4, max_position_embeddings=512, rms_norm_eps=1e-5,
                    rope_theta=10000.0, tie_word_embeddings=True,
                    rope_scaling={"rope_type": "linear", "factor": 2.0})


if __name__ == "__main__":
    main()
