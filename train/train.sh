#!/usr/bin/env bash
# Reproduces the shipped default model in one command on a machine with an
# NVIDIA GPU, PyTorch, tokenizers and safetensors (about ten minutes on one H100):
#
#   train/train.sh OUTDIR
#
# It generates the corpus (train/cmd/corpus), trains the tokenizer and the
# model (train/train.py), and converts the checkpoint to GGUF with
# `genui convert`. Where Go is not installed (a GPU machine often has none),
# build the two programs elsewhere and point BIN at them:
#
#   CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -o bin/ ./train/cmd/corpus ./cmd/genui
#   BIN=bin train/train.sh OUTDIR
set -euo pipefail
out=${1:?usage: train/train.sh OUTDIR}
cd "$(dirname "$0")/.."
: "${SEED:=1}" "${SAMPLES:=800000}" "${MINUTES:=5.8}"
if [ -z "${BIN:-}" ]; then
	BIN=$(mktemp -d)
	CGO_ENABLED=0 go build -o "$BIN/" ./train/cmd/corpus ./cmd/genui
fi
mkdir -p "$out"
echo "corpus: $SAMPLES samples, seed $SEED" >&2
"$BIN/corpus" -seed "$SEED" -n "$SAMPLES" -workers "$(nproc)" -o "$out/corpus.jsonl"
PYTHONUNBUFFERED=1 python3 train/train.py "$out/corpus.jsonl" "$out" --minutes "$MINUTES" "${@:2}"
"$BIN/genui" convert "$out" -o "$out/genui-default.q8_0.gguf" --type q8_0
"$BIN/genui" inspect "$out/genui-default.q8_0.gguf" | head -20
sha256sum "$out/genui-default.q8_0.gguf"
