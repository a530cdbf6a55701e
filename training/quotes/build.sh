#!/usr/bin/env bash
# Rebuild factcli/models/de_factcli_quotes from the quotes-de corpus.
#   bash training/quotes/build.sh [DATA_DIR]      (DATA_DIR defaults to ../shared/data)
# Set SPLIT=1 to hold out the validation documents (as used for tuning); the shipped model
# is trained on all of train.jsonl with the settings tuned on that split.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
DATA="${1:-$REPO/../shared/data}"
WORK="${WORK:-$(mktemp -d)}"
OUT="$REPO/factcli/models/de_factcli_quotes"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1  # shared 2-core machines

SPLIT_FLAG="--no-split"
[ "${SPLIT:-0}" = "1" ] && SPLIT_FLAG=""
python "$REPO/training/quotes/convert.py" "$DATA/quotes-de/train.jsonl" "$WORK/corpus" $SPLIT_FLAG
for task in quotes roles; do
  # With --no-split there is no validation set; spaCy still needs one, so score on train.
  dev="$WORK/corpus/${task}_val.spacy"
  [ -f "$dev" ] || dev="$WORK/corpus/${task}_train.spacy"
  python -m spacy train "$REPO/training/quotes/config.cfg" --output "$WORK/$task" \
    --paths.train "$WORK/corpus/${task}_train.spacy" --paths.dev "$dev"
  rm -rf "${OUT:?}/$task"
  mkdir -p "$OUT"
  cp -r "$WORK/$task/model-last" "$OUT/$task"
done
du -sh "$OUT"
