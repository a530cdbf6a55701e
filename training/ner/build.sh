#!/usr/bin/env bash
# Rebuild the bundled German pipeline factcli/models/de_factcli from the shared data.
#
#   bash training/ner/build.sh [DATA_DIR]        (run from the repo root; `make model`)
#
# DATA_DIR defaults to ../shared/data. Intermediate corpora and training runs go to
# $FACTCLI_BUILD_DIR (default: /tmp/factcli-ner-build), outside the repository, so no
# data ends up in git. Training is pinned to one thread: the build machine is shared.
# FACTCLI_MODEL_OUT overrides the output folder (e.g. to rebuild without replacing it).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA_DIR="$(cd "${1:-$REPO_ROOT/../shared/data}" 2>/dev/null && pwd || true)"  # caller-relative
cd "$REPO_ROOT"
BUILD_DIR="${FACTCLI_BUILD_DIR:-/tmp/factcli-ner-build}"
OUT_DIR="${FACTCLI_MODEL_OUT:-factcli/models/de_factcli}"
PY="${PY:-python3}"
HERE="training/ner"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

if [ -z "$DATA_DIR" ] || [ ! -d "$DATA_DIR/ner-de" ] || [ ! -d "$DATA_DIR/ud-de" ]; then
    echo "build.sh: data not found under ${1:-../shared/data} (need ner-de/ and ud-de/)" >&2
    exit 1
fi
mkdir -p "$BUILD_DIR"

echo "== 1/5 convert corpora -> $BUILD_DIR"
"$PY" "$HERE/convert.py" "$DATA_DIR" "$BUILD_DIR"

echo "== 2/5 train NER (dev = GermEval news dev split)"
"$PY" -m spacy train "$HERE/ner.cfg" --output "$BUILD_DIR/ner" \
    --paths.train "$BUILD_DIR/ner-train.spacy" --paths.dev "$BUILD_DIR/ner-dev.spacy"

echo "== 3/5 train tagger/morphologizer/parser on UD German GSD"
"$PY" -m spacy train "$HERE/ud.cfg" --output "$BUILD_DIR/ud" \
    --paths.train "$BUILD_DIR/ud-train.spacy" --paths.dev "$BUILD_DIR/ud-heldout.spacy"

echo "== 4/5 assemble -> $OUT_DIR"
# NER: best checkpoint on the dev split; UD: last checkpoint (its held-out set is for
# reporting only, so no checkpoint is chosen on it). Build next to the target and swap
# at the end, so a failed build never leaves the repo without a model.
rm -rf "$OUT_DIR.new"
"$PY" "$HERE/assemble.py" "$BUILD_DIR/ner/model-best" "$OUT_DIR.new" --ud "$BUILD_DIR/ud/model-last"

echo "== 5/5 evaluate (NER dev+test, UD held-out, speed) -> meta.json"
"$PY" "$HERE/evaluate.py" "$OUT_DIR.new" --data "$DATA_DIR" --split dev --split test \
    --ud "$BUILD_DIR/ud-heldout.spacy" --speed --json "$BUILD_DIR/scores.json" --write-meta
rm -rf "$OUT_DIR"
mv "$OUT_DIR.new" "$OUT_DIR"
du -sh "$OUT_DIR"
