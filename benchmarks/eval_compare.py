"""Precision and recall of `factcli.compare.relate` on hand-written German claim pairs.

The pairs in benchmarks/data/compare_pairs.jsonl were written for this project (not taken from
the seeds or any article): 20 agree, 22 contradict (quantity, date, polarity, denial), 23 unrelated.
A pair may name the speakers of its claims (`speaker_a`, `speaker_b`), as `claims` would resolve them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcli.attribution import stance_of  # noqa: E402
from factcli.compare import relate  # noqa: E402
from factcli.dates import find_dates  # noqa: E402
from factcli.entities import strip_titles  # noqa: E402
from factcli.model import Claim, Speaker  # noqa: E402
from factcli.nlp import load  # noqa: E402

PAIRS = ROOT / "benchmarks" / "data" / "compare_pairs.jsonl"
LABELS = ("agree", "contradict")


def _claim(text: str, index: int, article: str, speaker: str | None = None) -> Claim:
    doc = load()(text)
    dates = []
    for match in find_dates(text):
        if match.value:
            value = match.value
            dates.append(value.start if value.start == value.end else f"{value.start}/{value.end}")
    return Claim(
        id=f"{article}-{index}",
        article=article,
        outlet=article,
        text=text,
        quote_start=0,
        quote_end=len(text),
        sentence=text,
        speaker=Speaker(name=speaker, label="", start=0, end=0, text=speaker) if speaker else None,
        cue=None,
        type="indirect",
        stance=stance_of(text, text, None),
        relays=(article,),
        entities=tuple(strip_titles(e.text) for e in doc.ents),
        dates=tuple(dates),
    )


def evaluate(path: Path = PAIRS) -> dict[str, object]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    predicted, gold, kinds_right, kinds_total = [], [], 0, 0
    for index, row in enumerate(rows):
        found = relate(
            _claim(row["a"], index, "A", row.get("speaker_a")), _claim(row["b"], index, "B", row.get("speaker_b"))
        )
        label = found[0] if found else "unrelated"
        predicted.append(label)
        gold.append(row["label"])
        if row["label"] == "contradict" and label == "contradict":
            kinds_total += 1
            kinds_right += found is not None and found[1] == row["kind"]
    result: dict[str, object] = {"pairs": len(rows)}
    for label in LABELS:
        tp = sum(p == g == label for p, g in zip(predicted, gold, strict=True))
        fp = sum(p == label != g for p, g in zip(predicted, gold, strict=True))
        fn = sum(g == label != p for p, g in zip(predicted, gold, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[label] = {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                         "support": sum(g == label for g in gold)}  # fmt: skip
    result["contradiction_kind_accuracy"] = round(kinds_right / kinds_total, 3) if kinds_total else 0.0
    return result


if __name__ == "__main__":
    print(json.dumps(evaluate(), ensure_ascii=False, indent=2))
