#!/usr/bin/env bash
# Rebuild the bundled German pipeline factcli/models/de_factcli from the shared data.
#
#   bash training/ner/build.sh [DATA_DIR]        (run from the repo root; `make model`)
#
# DATA_DIR defaults to ../shared/data. Intermediate corpora and training runs go to
# $FACTCLI_BUILD_DIR (default: /tmp/factcli-ner-build), outside the repository, so no
# data ends up in git. Training is pinned to one thread: the build machine is shared.
# FACTCLI_MODEL_OUT overrides the output folder (e.g. to rebuild without replacing it).
# TAGGER_ONLY=1 retrains only the distilled tagger and swaps it into the built pipeline.
# The silver tags need HanTa: pip install -e '.[build]' (what `make model` does).
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

UD_TRAIN_COPIES=3  # the GSD sentences keep their tag conventions against a million silver tokens

train_tagger() {
    "$PY" "$HERE/silver_tags.py" "$DATA_DIR" "$BUILD_DIR"
    for i in $(seq "$UD_TRAIN_COPIES"); do cp "$BUILD_DIR/ud-train.spacy" "$BUILD_DIR/tagger-train/ud-$i.spacy"; done
    "$PY" -m spacy train "$HERE/tagger.cfg" --output "$BUILD_DIR/tagger" \
        --paths.train "$BUILD_DIR/tagger-train" --paths.dev "$BUILD_DIR/ud-heldout.spacy"
}

evaluate_and_swap() {
    "$PY" "$HERE/evaluate.py" "$OUT_DIR.new" --data "$DATA_DIR" --split dev --split test \
        --ud "$BUILD_DIR/ud-heldout.spacy" --speed --json "$BUILD_DIR/scores.json" --write-meta
    rm -rf "$OUT_DIR"
    mv "$OUT_DIR.new" "$OUT_DIR"
    du -sh "$OUT_DIR"
}

if [ "${TAGGER_ONLY:-0}" = 1 ]; then
    echo "== 1/3 convert corpora, silver tags, train the tagger -> $BUILD_DIR"
    "$PY" "$HERE/convert.py" "$DATA_DIR" "$BUILD_DIR"
    train_tagger
    echo "== 2/3 swap the tagger into $OUT_DIR"
    rm -rf "$OUT_DIR.new"
    "$PY" "$HERE/assemble.py" "$OUT_DIR" "$OUT_DIR.new" --swap-tagger --tagger "$BUILD_DIR/tagger/model-last"
    echo "== 3/3 evaluate -> meta.json"
    evaluate_and_swap
    exit 0
fi

echo "== 1/6 convert corpora -> $BUILD_DIR"
"$PY" "$HERE/convert.py" "$DATA_DIR" "$BUILD_DIR"

echo "== 2/6 train NER (dev = GermEval news dev split)"
"$PY" -m spacy train "$HERE/ner.cfg" --output "$BUILD_DIR/ner" \
    --paths.train "$BUILD_DIR/ner-train.spacy" --paths.dev "$BUILD_DIR/ner-dev.spacy"

echo "== 3/6 train tagger/morphologizer/parser on UD German GSD"
"$PY" -m spacy train "$HERE/ud.cfg" --output "$BUILD_DIR/ud" \
    --paths.train "$BUILD_DIR/ud-train.spacy" --paths.dev "$BUILD_DIR/ud-heldout.spacy"

echo "== 4/6 silver tags (HanTa) and the distilled tagger"
train_tagger

echo "== 5/6 assemble -> $OUT_DIR"
# NER: best checkpoint on the dev split; UD and tagger: last checkpoint (the held-out UD set is
# for reporting only, so no checkpoint is chosen on it). Build next to the target and swap
# at the end, so a failed build never leaves the repo without a model.
rm -rf "$OUT_DIR.new"
"$PY" "$HERE/assemble.py" "$BUILD_DIR/ner/model-best" "$OUT_DIR.new" --ud "$BUILD_DIR/ud/model-last" \
    --tagger "$BUILD_DIR/tagger/model-last"

echo "== 6/6 evaluate (NER dev+test, UD held-out, speed) -> meta.json"
evaluate_and_swap
