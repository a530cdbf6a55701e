#!/usr/bin/env bash
# Rebuild factcli/models/de_factcli_quotes from the quotes-de corpus.
#   bash training/quotes/build.sh [DATA_DIR]      (DATA_DIR defaults to ../shared/data)
#
# quotes/, quotes-2/, quotes-3/   three quote models that vote (factcli.quotes.ensemble_spans): all
#           700 training documents, parameter averaging, 3,500 steps, the last step shipped, seeds
#           0, 1017 and 2017. The recipe won the five-fold cross-validation of sessions 11-13
#           (training/quotes/crossval.py); nothing is held out, so no checkpoint is picked.
# speaker/  the speaker model: the validation documents (a fixed hash split of train, see
#           convert.py) are held out and the best checkpoint on them is shipped.
# QUOTE_SEEDS=1 trains the first quote model only (a third of the quote-model time, -0.007 joint F1
# in cross-validation); QUOTE_SEEDS=3, the default, is what is shipped. ONLY=quotes|speaker rebuilds
# one of the two kinds.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
DATA="${1:-$REPO/../shared/data}"
WORK="${WORK:-$(mktemp -d)}"
OUT="$REPO/factcli/models/de_factcli_quotes"
ONLY="${ONLY:-}"
case "${QUOTE_SEEDS:-3}" in 1|3) ;; *) echo "QUOTE_SEEDS must be 1 or 3 (an odd number of voters)" >&2; exit 2 ;; esac
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1  # shared 2-core machines
CONFIG="$REPO/training/quotes/config.cfg"
mkdir -p "$OUT"

if [ "$ONLY" != speaker ]; then
  python "$REPO/training/quotes/convert.py" "$DATA/quotes-de/train.jsonl" "$WORK/all" --no-split
  seeds=(0 1017 2017)
  rm -rf "${OUT:?}"/quotes*
  for i in $(seq 1 "${QUOTE_SEEDS:-3}"); do
    name=quotes; [ "$i" -gt 1 ] && name="quotes-$i"
    # spaCy needs a dev corpus even when it never evaluates: point it at train.
    python -m spacy train "$CONFIG" --output "$WORK/$name" \
      --paths.train "$WORK/all/quotes_train.spacy" --paths.dev "$WORK/all/quotes_train.spacy" \
      --training.max_steps 3500 --training.optimizer.use_averages true --training.eval_frequency 1000000 \
      --components.tok2vec.model.encode.window_size 1 --system.seed "${seeds[$((i - 1))]}"
    cp -r "$WORK/$name/model-last" "$OUT/$name"
  done
fi

if [ "$ONLY" != quotes ]; then
  python "$REPO/training/quotes/convert.py" "$DATA/quotes-de/train.jsonl" "$WORK/split"
  # The speaker model needs a wider view (window 3: about ±18 tokens) to see the quote marks from
  # the speaker; a wider quote model lost precision on validation.
  python -m spacy train "$CONFIG" --output "$WORK/speaker" \
    --paths.train "$WORK/split/speaker_train.spacy" --paths.dev "$WORK/split/speaker_val.spacy" \
    --training.max_steps 8000 --components.tok2vec.model.encode.window_size 3
  rm -rf "${OUT:?}/speaker"
  cp -r "$WORK/speaker/model-best" "$OUT/speaker"
fi
du -sh "$OUT"
