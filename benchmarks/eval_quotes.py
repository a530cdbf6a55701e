"""Quote and speaker detection figures for `factcli.quotes` on the quotes-de corpus.

A predicted quote matches a gold quote when their overlap is at least half the length of the
longer of the two (gold: hull of its spans); matching is one-to-one and greedy. The joint score
also requires the speaker to match by the same rule (any gold speaker span; a None speaker
matches an empty gold speaker).

    python benchmarks/eval_quotes.py [--data DIR] [--split dev|train|val]

`val` is the held-out part of train used for tuning (see training/quotes/convert.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
VAL_PERCENT = 15  # must agree with training/quotes/convert.py

Span = tuple[int, int]
Gold = dict[str, Any]


def overlaps_enough(a: Span, b: Span) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * max(a[1] - a[0], b[1] - b[0])


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def speaker_ok(pred: Span | None, gold_spans: list[Span]) -> bool:
    if pred is None:
        return not gold_spans
    return any(overlaps_enough(pred, g) for g in gold_spans)


def greedy_match(preds: list[Any], golds: list[Gold], ok: Callable[[Any, Gold], bool]) -> list[tuple[int, int]]:
    """One-to-one matching, largest quote overlap first."""
    cands = [(overlap(p.quote, g["hull"]), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if ok(p, g)]
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(cands, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def gold_quotes(record: dict) -> list[Gold]:
    out = []
    for ann in record["annotations"]:
        parts = ann["quote"]["spans"]
        if parts:
            hull = (parts[0][0], parts[-1][1])
            speakers = [tuple(s) for s in ann["speaker"]["spans"]]
            out.append({"hull": hull, "speakers": speakers, "type": ann["type"]})
    return out


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def is_validation(doc_id: str) -> bool:
    digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 100 < VAL_PERCENT


def load_split(data: Path, split: str) -> Iterator[dict]:
    src = "train" if split in ("train", "val") else split
    path = data / "quotes-de" / f"{src}.jsonl"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if split == "val" and not is_validation(rec["doc"]):
                continue
            if split == "train" and is_validation(rec["doc"]):
                continue
            yield rec


def evaluate(records: Iterable[dict], find: Callable[[str], list[Any]] | None = None) -> dict:
    """Score `find` (default `factcli.quotes.find_quotes`) on the given records."""
    if find is None:
        from factcli.quotes import find_quotes

        find = find_quotes
    n_pred = n_gold = tp_q = tp_j = 0
    by_type: Counter[str] = Counter()
    found_type: Counter[str] = Counter()
    seconds = 0.0
    words = 0
    for rec in records:
        t0 = time.perf_counter()
        preds = find(rec["text"])
        seconds += time.perf_counter() - t0
        words += len(rec["text"].split())
        golds = gold_quotes(rec)
        quote_pairs = greedy_match(preds, golds, lambda p, g: overlaps_enough(p.quote, g["hull"]))
        joint_pairs = greedy_match(
            preds,
            golds,
            lambda p, g: overlaps_enough(p.quote, g["hull"]) and speaker_ok(p.speaker, g["speakers"]),
        )
        n_pred += len(preds)
        n_gold += len(golds)
        tp_q += len(quote_pairs)
        tp_j += len(joint_pairs)
        by_type.update(g["type"] for g in golds)
        found_type.update(golds[j]["type"] for _, j in quote_pairs)
    return {
        "quote": prf(tp_q, n_pred, tp_q, n_gold),
        "joint": prf(tp_j, n_pred, tp_j, n_gold),
        "recall_by_type": {t: round(found_type[t] / n, 4) for t, n in sorted(by_type.items())},
        "n_pred": n_pred,
        "n_gold": n_gold,
        "matched_quotes": tp_q,
        "matched_joint": tp_j,
        "ms_per_1000_words": round(1000 * seconds / max(words, 1) * 1000, 1),
    }


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="dev", choices=["dev", "train", "val"])
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    res = evaluate(load_split(args.data, args.split))
    q, j = res["quote"], res["joint"]
    print(f"split={args.split} gold={res['n_gold']} predicted={res['n_pred']}")
    print(f"quote  P={q['p']:.3f} R={q['r']:.3f} F1={q['f1']:.3f}")
    print(f"joint  P={j['p']:.3f} R={j['r']:.3f} F1={j['f1']:.3f}")
    for t, r in res["recall_by_type"].items():
        print(f"recall {t:<22} {r:.3f}")
    print(f"speed  {res['ms_per_1000_words']} ms per 1000 words")
    return res


if __name__ == "__main__":
    main()
