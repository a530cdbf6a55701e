"""Five-fold cross-validation of quote-model recipes inside the whole factcli pipeline.

Each recipe trains one quote model per fold on the other four fifths of quotes-de train.jsonl
(700 documents, folds by a hash of the document id) and is scored on the held-out fifth with
the rules and the shipped speaker model, as `benchmarks/eval_quotes.py` scores (micro-averaged
over the folds). Recipes:
  best      the session-1 recipe: no averaging, 4,500 steps, best checkpoint on the held-out
            fold itself (optimistic: it picks on the data it is scored on)
  averaged  parameter averaging, 3,500 steps, last step (no selection at all; the first voter)
  seed1017, seed2017   the averaged recipe with other seeds
  wide      the averaged recipe, width 128, depth 4, more hash rows, NER hidden width 128
  vote      the ensemble of averaged, seed1017 and seed2017: their majority's quotes that all three
            find at least in part (factcli.quotes.ensemble_spans; shipped)

    python training/quotes/crossval.py [--data DIR] [--work DIR] [--recipes best,averaged]
    python training/quotes/crossval.py --recipes averaged --held-out-speaker [--folds 0,1]

With --held-out-speaker a speaker model is trained per fold too (the shipped recipe: 8,000 steps,
window 3, best checkpoint, here picked on the held-out fold), so nothing scored was seen in
training; the shipped speaker model saw most training documents and flatters the figures.
About 3-6 minutes of training per quote model and fold on one core (15 per speaker model), then a
minute of scoring. dev.jsonl is never read.
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
from convert import quote_spans, read_jsonl, speaker_docs  # noqa: E402

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
RECIPES["seed1017"] = [*RECIPES["averaged"], "--system.seed", "1017"]
RECIPES["seed2017"] = [*RECIPES["averaged"], "--system.seed", "2017"]
RECIPES["wide"] = [
    *RECIPES["averaged"],
    *("--components.tok2vec.model.encode.width", "128", "--components.tok2vec.model.encode.depth", "4"),
    *("--components.tok2vec.model.embed.rows", "[10000,2000,4000,2000]", "--components.ner.model.hidden_width", "128"),
]
PICK = {"best": "model-best"}  # every other recipe ships its last step
VOTERS = {"vote": ("averaged", "seed1017", "seed2017")}
SPEAKER_RECIPE = ["--training.max_steps", "8000", "--components.tok2vec.model.encode.window_size", "3"]


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


def write_speaker_folds(records: list[dict], work: Path) -> None:
    """The speaker model's windows (one per gold quote), split by the same folds."""
    nlp = spacy.blank("de")
    bins = [(DocBin(), DocBin()) for _ in range(FOLDS)]
    for rec in records:
        fold = fold_of(rec["doc"])
        for doc in speaker_docs(nlp, rec["text"], rec["annotations"]):
            for k, (train, held_out) in enumerate(bins):
                (held_out if fold == k else train).add(doc)
    for k, (train, held_out) in enumerate(bins):
        train.to_disk(work / f"spk{k}_train.spacy")
        held_out.to_disk(work / f"spk{k}_held_out.spacy")


def train(recipe: str, k: int, work: Path) -> Path:
    """The quote model of `recipe` for fold k (trained once; a second call reuses it)."""
    out = work / f"{recipe}{k}"
    pick = out / PICK.get(recipe, "model-last")
    if not pick.is_dir():
        args = ["--paths.train", str(work / f"f{k}_train.spacy"), "--paths.dev", str(work / f"f{k}_held_out.spacy")]
        _spacy_train(out, [*args, "--components.tok2vec.model.encode.window_size", "1", *RECIPES[recipe]])
    return pick


def train_speaker(k: int, work: Path) -> Path:
    out = work / f"speaker{k}"
    if not (out / "model-best").is_dir():
        args = ["--paths.train", str(work / f"spk{k}_train.spacy"), "--paths.dev", str(work / f"spk{k}_held_out.spacy")]
        _spacy_train(out, [*args, *SPEAKER_RECIPE])
    return out / "model-best"


def _spacy_train(out: Path, args: list[str]) -> None:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    cmd = [sys.executable, "-m", "spacy", "train", str(HERE / "config.cfg"), "--output", str(out), *args]
    with out.with_suffix(".log").open("w") as log:
        subprocess.run(cmd, check=True, stdout=log, stderr=subprocess.STDOUT, env=env)


def score(models: list[Path], speaker: Path | None, records: list[dict]) -> dict[str, int]:
    """Pipeline counts on `records` with `models` voting as the quote models and `speaker` (default:
    the shipped one) as the speaker model."""
    import factcli.quotes as quotes
    from benchmarks.eval_quotes import evaluate

    pipes = quotes.Pipelines(tuple(spacy.load(m) for m in models), spacy.load(speaker or quotes.MODEL_DIR / "speaker"))
    quotes._pipelines = lambda: pipes  # type: ignore[assignment]  # swap the model for this run
    res = evaluate(records)
    return {"gold": res["n_gold"], "pred": res["n_pred"], "quote": res["matched_quotes"], "joint": res["matched_joint"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--work", type=Path, default=None, help="working folder; models already trained there are reused")
    ap.add_argument("--recipes", default="best,averaged", help=f"of {', '.join([*RECIPES, *VOTERS])}")
    ap.add_argument("--held-out-speaker", action="store_true", help="train a speaker model per fold too")
    ap.add_argument("--folds", default=",".join(map(str, range(FOLDS))), help="score these folds only")
    args = ap.parse_args()
    os.environ["FACTCLI_CACHE"] = "0"  # score the models, not cached results
    work = args.work or Path(tempfile.mkdtemp(prefix="factcli-cv-"))
    work.mkdir(parents=True, exist_ok=True)
    records = list(read_jsonl(args.data / "quotes-de" / "train.jsonl"))
    write_folds(records, work)
    if args.held_out_speaker:
        write_speaker_folds(records, work)
    folds = [int(k) for k in args.folds.split(",")]
    for recipe in args.recipes.split(","):
        total = {"gold": 0, "pred": 0, "quote": 0, "joint": 0}
        for k in folds:
            models = [train(r, k, work) for r in VOTERS.get(recipe, (recipe,))]
            speaker = train_speaker(k, work) if args.held_out_speaker else None
            counts = score(models, speaker, [r for r in records if fold_of(r["doc"]) == k])
            total = {key: total[key] + counts[key] for key in total}
        f1 = {key: 2 * total[key] / (total["gold"] + total["pred"]) for key in ("quote", "joint")}
        print(f"{recipe}: quote F1 {f1['quote']:.4f}, joint F1 {f1['joint']:.4f} ({total})")


if __name__ == "__main__":
    main()
