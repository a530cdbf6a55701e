"""Convert the quotes-de JSONL corpus into spaCy DocBins for the two NER models.

Two models because their spans overlap: a *quote* model tags the quote hull
(DQ direct, IQ indirect/free indirect, RQ reported) and a *role* model tags
speaker (SPK) and cue (CUE) spans, which often sit inside reported quotes.
The validation split is a deterministic hash of the document id.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

KIND_LABEL = {
    "Direct": "DQ",
    "Indirect": "IQ",
    "FreeIndirect": "IQ",
    "IndirectFreeIndirect": "IQ",
    "Reported": "RQ",
}
VAL_PERCENT = 15


def is_validation(doc_id: str) -> bool:
    """Deterministic document-level split of train into train/validation."""
    digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 100 < VAL_PERCENT


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def quote_spans(doc: Doc, anns: Iterable[dict]) -> list[Span]:
    out = []
    for ann in anns:
        parts = ann["quote"]["spans"]
        if not parts:
            continue
        span = _span(doc, parts[0][0], parts[-1][1], KIND_LABEL[ann["type"]])
        if span is not None:
            out.append(span)
    return filter_spans(out)


def role_spans(doc: Doc, anns: Iterable[dict]) -> list[Span]:
    out = []
    for ann in anns:
        for role, label in (("speaker", "SPK"), ("cue", "CUE")):
            for start, end in ann[role]["spans"]:
                span = _span(doc, start, end, label)
                if span is not None:
                    out.append(span)
    return filter_spans(out)


def convert(src: Path, out_dir: Path, split_validation: bool) -> None:
    nlp = spacy.blank("de")
    bins = {(task, part): DocBin() for task in ("quotes", "roles") for part in ("train", "val")}
    for rec in read_jsonl(src):
        part = "val" if split_validation and is_validation(rec["doc"]) else "train"
        for task, make in (("quotes", quote_spans), ("roles", role_spans)):
            doc = nlp.make_doc(rec["text"])
            doc.ents = make(doc, rec["annotations"])
            bins[(task, part)].add(doc)
    out_dir.mkdir(parents=True, exist_ok=True)
    for (task, part), db in bins.items():
        if len(db):
            db.to_disk(out_dir / f"{task}_{part}.spacy")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("src", type=Path, help="quotes-de train.jsonl")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--no-split", action="store_true", help="put every document in train")
    args = ap.parse_args()
    convert(args.src, args.out_dir, not args.no_split)


if __name__ == "__main__":
    main()
