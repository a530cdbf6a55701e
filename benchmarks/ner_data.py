"""German NER evaluation data: loaders, the held-out split and exact-span scoring.

This module is the project's NER evaluation contract. The GermEval 2014 file at hand is
its official *test* set only, so we carve our own split from it:

* GermEval sentences from news sites (any source URL that is not Wikipedia) are split
  by ``int(sha1(" ".join(tokens)), 16) % 4``: 0 and 1 -> ``train``, 2 -> ``dev``
  (tuning, early stopping), 3 -> ``test`` (held out, reporting only).
* All GermEval Wikipedia sentences and all WikiNEuRal (silver) sentences -> ``train``.

The hash depends only on the sentence's tokens, so the split is stable across file
order, machines and Python versions (unlike ``hash()``, which is salted per process).
The model trainer imports :func:`split_of` from here, so both sides always agree.

Labels: GermEval PER/ORG/LOC/OTH map to PER/ORG/LOC/MISC. ``-deriv`` and ``-part``
entities (``B-LOCderiv``, ``B-ORGpart``, ...) are treated as ``O``: we score names,
not derived adjectives ("deutsche") or compounds ("EU-Kommission").
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Split = Literal["train", "dev", "test"]
Source = Literal["germeval-wiki", "germeval-news", "wikineural"]
# (start_char, end_char, label) into the sentence text built by ``sentence_text``.
CharSpan = tuple[int, int, str]

LABELS: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")
SCORED_LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")
# Default data dir: ../shared/data relative to the repository root.
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data"

_GERMEVAL_LABEL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}


@dataclass(frozen=True)
class Sentence:
    """One tokenised sentence with BIO tags already mapped to PER/ORG/LOC/MISC."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]
    source: Source
    url: str = ""

    @property
    def text(self) -> str:
        return sentence_text(self.tokens)

    def char_spans(self) -> list[CharSpan]:
        return bio_to_char_spans(self.tokens, self.tags)


def sentence_text(tokens: Sequence[str]) -> str:
    """Tokens joined by single spaces: the text the model sees in evaluation."""
    return " ".join(tokens)


def _map_germeval_tag(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = _GERMEVAL_LABEL_MAP.get(label)  # None for *deriv / *part
    return f"{prefix}-{mapped}" if mapped else "O"


def _is_wikipedia(url: str) -> bool:
    # Some news URLs are free text like "welt.de vom 30.08.2006", so no URL parsing.
    return "wikipedia.org" in url.lower()


def load_germeval(path: str | Path) -> list[Sentence]:
    """Read GermEval 2014 TSV (``#\\t<url>\\t[date]`` header, then idx/token/outer/inner).

    Only the outer tag column is used; nested (inner) entities are ignored.
    """
    sentences: list[Sentence] = []
    url = ""
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            source: Source = "germeval-wiki" if _is_wikipedia(url) else "germeval-news"
            sentences.append(Sentence(tuple(tokens), tuple(tags), source, url))
        tokens.clear()
        tags.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            cols = line.split("\t")
            # A header line starts with "#\t"; a token "#" has an index in column 0.
            if cols[0] == "#":
                flush()
                url = cols[1] if len(cols) > 1 else ""
                continue
            tokens.append(cols[1])
            tags.append(_map_germeval_tag(cols[2]))
    flush()
    return sentences


def load_wikineural(path: str | Path) -> list[Sentence]:
    """Read WikiNEuRal CoNLL (idx, token, BIO tag; blank line between sentences)."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                if tokens:
                    sentences.append(Sentence(tuple(tokens), tuple(tags), "wikineural"))
                tokens, tags = [], []
                continue
            tokens.append(cols[1])
            tags.append(cols[2])
    if tokens:
        sentences.append(Sentence(tuple(tokens), tuple(tags), "wikineural"))
    return sentences


def split_of(sentence: Sentence) -> Split:
    """The split a sentence belongs to (see module docstring); deterministic."""
    if sentence.source != "germeval-news":
        return "train"
    digest = hashlib.sha1(sentence_text(sentence.tokens).encode("utf-8")).hexdigest()
    bucket = int(digest, 16) % 4
    if bucket == 2:
        return "dev"
    if bucket == 3:
        return "test"
    return "train"


def bio_to_char_spans(tokens: Sequence[str], tags: Sequence[str]) -> list[CharSpan]:
    """Convert BIO tags to character spans over ``sentence_text(tokens)``.

    A stray ``I-X`` (no open ``X`` entity) starts a new entity, the usual lenient
    reading, so dropped ``-deriv``/``-part`` heads never corrupt a neighbour.
    """
    spans: list[CharSpan] = []
    start = end = -1
    label = ""
    offset = 0
    for token, tag in zip(tokens, tags, strict=True):
        tok_start, tok_end = offset, offset + len(token)
        offset = tok_end + 1
        prefix, _, tag_label = tag.partition("-")
        if prefix == "I" and label == tag_label:
            end = tok_end
            continue
        if label:
            spans.append((start, end, label))
            label = ""
        if prefix in ("B", "I") and tag_label:
            start, end, label = tok_start, tok_end, tag_label
    if label:
        spans.append((start, end, label))
    return spans


def iter_corpus(data_dir: str | Path = DEFAULT_DATA_DIR) -> Iterator[Sentence]:
    """All NER sentences at hand (GermEval first, then WikiNEuRal val and test)."""
    ner_dir = Path(data_dir) / "ner-de"
    yield from load_germeval(ner_dir / "germeval2014-test.tsv")
    for name in ("wikineural-de-val.conllu", "wikineural-de-test.conllu"):
        yield from load_wikineural(ner_dir / name)


def sentences_in_split(data_dir: str | Path, split: Split) -> list[Sentence]:
    return [s for s in iter_corpus(data_dir) if split_of(s) == split]


def heldout_news(data_dir: str | Path = DEFAULT_DATA_DIR, split: Split = "test") -> list[tuple[str, list[CharSpan]]]:
    """GermEval news sentences of ``split`` as (text, gold PER/ORG/LOC/MISC char spans)."""
    path = Path(data_dir) / "ner-de" / "germeval2014-test.tsv"
    return [
        (s.text, s.char_spans()) for s in load_germeval(path) if s.source == "germeval-news" and split_of(s) == split
    ]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "fp": fp, "fn": fn, "support": tp + fn}


def score(
    gold: Sequence[Sequence[CharSpan]],
    pred: Sequence[Sequence[CharSpan]],
    labels: Sequence[str] = SCORED_LABELS,
) -> dict[str, dict[str, float]]:
    """Exact-span P/R/F1 per label and micro-averaged over ``labels``.

    ``gold[i]`` and ``pred[i]`` are the spans of sentence ``i``; a prediction counts
    only if start, end and label all match. Spans with other labels are ignored.
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} sentences, pred has {len(pred)}")
    counts = {label: [0, 0, 0] for label in labels}  # tp, fp, fn
    for gold_spans, pred_spans in zip(gold, pred, strict=True):
        g = {s for s in gold_spans if s[2] in counts}
        p = {s for s in pred_spans if s[2] in counts}
        for span in g & p:
            counts[span[2]][0] += 1
        for span in p - g:
            counts[span[2]][1] += 1
        for span in g - p:
            counts[span[2]][2] += 1
    result = {label: _prf(tp, fp, fn) for label, (tp, fp, fn) in counts.items()}
    totals = [sum(c[i] for c in counts.values()) for i in range(3)]
    result["micro"] = _prf(totals[0], totals[1], totals[2])
    return result
