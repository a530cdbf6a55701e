"""Five-fold cross-validation of quote-model recipes inside the whole factcli pipeline.

Each recipe trains one quote model per fold on the other four fifths of quotes-de train.jsonl
(700 documents, folds by a hash of the document id) and is scored on the held-out fifth with
the rules and the shipped speaker model, as `benchmarks/eval_quotes.py` scores (micro-averaged
over the folds). Recipes:
  best      the session-1 recipe: no averaging, 4,500 steps, best checkpoint on the held-out
            fold itself (optimistic: it picks on the data it is scored on)
  averaged  parameter averaging, 3,500 steps, last step (no selection at all)

    python training/quotes/crossval.py [--data DIR] [--work DIR] [--recipes best,averaged]

About 6 minutes of training per recipe and fold on one core, then a minute of scoring.
dev.jsonl is never read.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import DocBin

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))
from convert import quote_spans, read_jsonl  # noqa: E402

FOLDS = 5
RECIPES = {
    "best": ["--training.max_steps", "4500"],
    "averaged": [
        "--training.max_steps",
        "3500",
        "--training.optimizer.use_averages",
        "true",
        "--training.eval_frequency",
        "1000000",
    ],
}
PICK = {"best": "model-best", "averaged": "model-last"}


def fold_of(doc_id: str) -> int:
    return int(hashlib.sha1(("cv" + doc_id).encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def write_folds(records: list[dict], work: Path) -> None:
    nlp = spacy.blank("de")
    docs = []
    for rec in records:  # tokenised once, shared by all folds
        doc = nlp.make_doc(rec["text"])
        doc.ents = quote_spans(doc, rec["annotations"])
        docs.append((fold_of(rec["doc"]), doc))
    for k in range(FOLDS):
        train, held_out = DocBin(), DocBin()
        for fold, doc in docs:
            (held_out if fold == k else train).add(doc)
        train.to_disk(work / f"f{k}_train.spacy")
        held_out.to_disk(work / f"f{k}_held_out.spacy")


def train(recipe: str, k: int, work: Path) -> Path:
    out = work / f"{recipe}{k}"
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    cmd = [sys.executable, "-m", "spacy", "train", str(HERE / "config.cfg"), "--output", str(out)]
    cmd += ["--paths.train", str(work / f"f{k}_train.spacy"), "--paths.dev", str(work / f"f{k}_held_out.spacy")]
    cmd += ["--components.tok2vec.model.encode.window_size", "1", *RECIPES[recipe]]
    with (work / f"{recipe}{k}.log").open("w") as log:
        subprocess.run(cmd, check=True, stdout=log, stderr=subprocess.STDOUT, env=env)
    return out / PICK[recipe]


def score(model: Path, records: list[dict]) -> dict[str, int]:
    """Pipeline counts on `records` with `model` as the quote model."""
    import factcli.quotes as quotes
    from benchmarks.eval_quotes import evaluate

    pipes = quotes.Pipelines((spacy.load(model),), spacy.load(quotes.MODEL_DIR / "speaker"))
    quotes._pipelines = lambda: pipes  # type: ignore[assignment]  # swap the model for this run
    res = evaluate(records)
    return {"gold": res["n_gold"], "pred": res["n_pred"], "quote": res["matched_quotes"], "joint": res["matched_joint"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--recipes", default=",".join(RECIPES))
    args = ap.parse_args()
    os.environ["FACTCLI_CACHE"] = "0"  # score the models, not cached results
    work = args.work or Path(tempfile.mkdtemp(prefix="factcli-cv-"))
    work.mkdir(parents=True, exist_ok=True)
    records = list(read_jsonl(args.data / "quotes-de" / "train.jsonl"))
    write_folds(records, work)
    for recipe in args.recipes.split(","):
        total = {"gold": 0, "pred": 0, "quote": 0, "joint": 0}
        for k in range(FOLDS):
            counts = score(train(recipe, k, work), [r for r in records if fold_of(r["doc"]) == k])
            total = {key: total[key] + counts[key] for key in total}
        f1 = {key: 2 * total[key] / (total["gold"] + total["pred"]) for key in ("quote", "joint")}
        print(f"{recipe}: quote F1 {f1['quote']:.4f}, joint F1 {f1['joint']:.4f} ({total})")


if __name__ == "__main__":
    main()
