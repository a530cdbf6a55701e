"""Score a spaCy pipeline on the GermEval news split (exact spans) and optionally UD.

Usage: python training/ner/evaluate.py MODEL_DIR [--data DIR] [--split dev|test]
                                       [--ud FILE.spacy] [--speed] [--json OUT]

NER scoring goes through benchmarks.ner_data (the project's evaluation contract):
raw text in, predicted character spans out, so tokenisation errors count as errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))
from benchmarks.ner_data import CharSpan, heldout_news, score  # noqa: E402


def ner_scores(nlp: Language, data_dir: Path, split: str) -> dict[str, Any]:
    data = heldout_news(data_dir, split=split)  # type: ignore[arg-type]
    texts = [t for t, _ in data]
    gold = [g for _, g in data]
    pred: list[list[CharSpan]] = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
    return {"sentences": len(texts), **score(gold, pred)}


def ud_scores(nlp: Language, path: Path) -> dict[str, Any]:
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(d.text), d) for d in docs]
    keys = ("pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
    scores = nlp.evaluate(examples)
    return {k: scores[k] for k in keys if scores.get(k) is not None}


def words_per_second(nlp: Language, data_dir: Path, rounds: int = 3) -> float:
    # Single-process throughput over news text; callers pin BLAS/OMP to one thread.
    texts = [t for t, _ in heldout_news(data_dir, split="dev")]
    texts += [t for t, _ in heldout_news(data_dir, split="test")]
    list(nlp.pipe(texts[:50]))  # warm-up
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        n_words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        best = max(best, n_words / (time.perf_counter() - start))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model", type=Path)
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    parser.add_argument("--split", action="append", choices=["dev", "test"])
    parser.add_argument("--ud", type=Path, help="UD held-out DocBin to score")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--json", type=Path, help="write all scores here")
    parser.add_argument("--write-meta", action="store_true", help="store scores in MODEL/meta.json")
    args = parser.parse_args()

    nlp = spacy.load(args.model)
    result: dict[str, Any] = {"pipeline": nlp.pipe_names}
    for split in args.split or ["dev"]:
        result[f"ner_{split}"] = ner_scores(nlp, args.data, split)
        micro = result[f"ner_{split}"]["micro"]
        print(f"NER {split}: P {micro['p']:.3f} R {micro['r']:.3f} F1 {micro['f1']:.3f}")
    if args.ud:
        result["ud_heldout"] = ud_scores(nlp, args.ud)
        print("UD held-out:", result["ud_heldout"])
    if args.speed:
        result["words_per_second"] = round(words_per_second(nlp, args.data))
        print("words/s:", result["words_per_second"])
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.write_meta:
        # Patch meta.json directly: re-saving the pipeline would be slower and identical.
        meta_path = args.model / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["performance"] = {k: v for k, v in result.items() if k != "pipeline"}
        meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
