"""Convert the quotes-de JSONL corpus into spaCy DocBins for the two NER models.

Two models: a *quote* model tags the quote hull (DQ direct, IQ indirect/free
indirect, RQ reported) in the article; a *speaker* model sees one quote at a time,
framed by marks in a window of context (factcli.quotes.marked_window), and tags
that quote's speaker (SPK) and cue (CUE) -- which also handles speakers inside
reported quotes and makes pairing part of what is learned.
The validation split is a deterministic hash of the document id.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repo, for factcli.quotes
from factcli.quotes import _sentences, marked_window

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


def speaker_docs(nlp: spacy.language.Language, text: str, anns: Iterable[dict]) -> Iterator[Doc]:
    sentences = _sentences(text)
    for ann in anns:
        parts = ann["quote"]["spans"]
        if not parts:
            continue
        win = marked_window(text, (parts[0][0], parts[-1][1]), sentences)
        doc = nlp.make_doc(win.text)
        spans = []
        for role, label in (("speaker", "SPK"), ("cue", "CUE")):
            for start, end in ann[role]["spans"]:
                if win.start <= start and end <= win.start + len(win.text):
                    a, b = win.to_window(start), win.to_window(end, is_end=True)
                    span = _span(doc, a, b, label)
                    if span is not None:
                        spans.append(span)
        doc.ents = filter_spans(spans)
        yield doc


def convert(src: Path, out_dir: Path, split_validation: bool) -> None:
    nlp = spacy.blank("de")
    bins = {(task, part): DocBin() for task in ("quotes", "speaker") for part in ("train", "val")}
    for rec in read_jsonl(src):
        part = "val" if split_validation and is_validation(rec["doc"]) else "train"
        doc = nlp.make_doc(rec["text"])
        doc.ents = quote_spans(doc, rec["annotations"])
        bins[("quotes", part)].add(doc)
        for win_doc in speaker_docs(nlp, rec["text"], rec["annotations"]):
            bins[("speaker", part)].add(win_doc)
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
