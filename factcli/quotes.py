"""German quotation and speaker detection.

Hybrid: two small spaCy NER models trained on German WikiNews (quotes-de) find quote hulls
(direct / indirect / reported) and speaker and cue mentions; rules then add direct quotes in
quotation marks the model missed and pair every quote with the nearest plausible speaker.
The models live in `factcli/models/de_factcli_quotes/` (recipe: `training/quotes/`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import spacy
from spacy.language import Language

QuoteKind = Literal["direct", "indirect", "reported"]
Span = tuple[int, int]

MODEL_DIR = Path(__file__).resolve().parent / "models" / "de_factcli_quotes"
KIND_OF_LABEL: dict[str, QuoteKind] = {"DQ": "direct", "IQ": "indirect", "RQ": "reported"}

# Opening mark -> closing marks. Straight quotes close themselves; „…“ is the German norm,
# »…« the book style, and some outlets write “…” or «…».
QUOTE_MARKS: dict[str, str] = {"„": '“”"', "»": "«", "«": "»", "“": "”", '"': '"', "‚": "‘’", "›": "‹"}
DIRECT_MIN_WORDS = 4  # shorter quoted strings are mostly names, titles or scare quotes
MAX_QUOTE_CHARS = 2500  # an unclosed mark must not swallow the rest of the article

# Pairing: how far (in characters) a speaker may be from its quote, and what a sentence
# boundary between them costs; a speaker in the next sentence is rarely the right one.
MAX_SPEAKER_GAP = 220
SENTENCE_COST = 120
RIGHT_SIDE_COST = 10  # German frames put the speaker before indirect speech more often
MAX_CUE_GAP = 80
SENTENCE_END = re.compile(r"[.!?][“”«»\"']?\s+(?=[A-ZÄÖÜ„»\"])")

# Sentence-level rules for reported speech the model misses. Konjunktiv I is the grammatical
# mark of indirect speech in German news; Konjunktiv II forms are left out because they are
# as often plain conditionals. Cue phrases attribute a whole sentence to a source.
KONJUNKTIV_I = (
    "sei seien habe werde könne müsse solle wolle dürfe gebe stehe liege gehe komme bleibe "
    "wisse lasse brauche hänge sehe bestehe fehle handle erfolge trage gelte reiche laufe "
    "finde zeige plane arbeite erwarte bedeute beginne verfüge"
).split()
SOURCE_CUES = (
    r"laut",
    r"zufolge",
    r"nach (?:eigenen |offiziellen |ersten |bisherigen )?Angaben",
    r"wie .{1,60}? (?:berichtet|berichtete|mitteilte|meldete|sagte|erklärte)",
    r"unter Berufung auf",
    r"hei(?:ß|ss)t es",
    r"hie(?:ß|ss) es",
)
SPEECH_SENTENCE = re.compile(r"\b(?:" + "|".join(KONJUNKTIV_I) + "|" + "|".join(SOURCE_CUES) + r")\b")
# A full stop after these is not a sentence end.
ABBREVIATIONS = frozenset("Dr Prof St Nr bzw ca vgl sog Mio Mrd Abs Art Str Jh usw etc u.a z.B d.h Gen Hr Fr".split())
SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?][“”«»\"'])|(?<=[.!?]))[ \t]+(?=[A-ZÄÖÜ„»\"])|\s*\n\s*")


@dataclass(frozen=True, slots=True)
class QuoteMention:
    """One quotation: content span, speaker mention and cue, as character offsets into the text."""

    kind: QuoteKind
    quote: Span
    speaker: Span | None
    cue: Span | None


@lru_cache(maxsize=1)
def _pipelines() -> tuple[Language, Language] | None:
    """Load the quote and role models once; None when the model is not installed."""
    if not (MODEL_DIR / "quotes").is_dir():
        return None
    return spacy.load(MODEL_DIR / "quotes"), spacy.load(MODEL_DIR / "roles")


def _model_spans(nlp: Language, text: str) -> list[tuple[str, Span]]:
    doc = nlp(text)
    return [(ent.label_, (ent.start_char, ent.end_char)) for ent in doc.ents]


def _direct_candidates(text: str) -> list[Span]:
    """Spans in quotation marks (marks included) long enough to be speech."""
    out: list[Span] = []
    i = 0
    while i < len(text):
        closers = QUOTE_MARKS.get(text[i])
        if closers is None:
            i += 1
            continue
        end = _find_closer(text, i, closers)
        if end is None:
            i += 1
            continue
        if len(text[i + 1 : end - 1].split()) >= DIRECT_MIN_WORDS:
            out.append((i, end))
        i = end
    return out


def _find_closer(text: str, start: int, closers: str) -> int | None:
    limit = min(len(text), start + MAX_QUOTE_CHARS)
    for j in range(start + 1, limit):
        if text[j] in closers:
            return j + 1
        if text[j] == "\n" and text[j + 1 : j + 2] == "\n":
            return None  # quotes do not run across paragraphs without a closing mark
    return None


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _sentence_breaks(text: str, start: int, end: int) -> int:
    return len(SENTENCE_END.findall(text, start, end)) if end > start else 0


def _speaker_cost(text: str, kind: QuoteKind, quote: Span, spk: Span) -> float | None:
    """Cost of pairing `spk` with `quote`; None when it is out of reach."""
    if quote[0] <= spk[0] and spk[1] <= quote[1]:
        # Inside the hull: the subject of a reported act, or a frame between quote parts.
        return 0.0 if kind == "reported" else 30.0
    if spk[1] <= quote[0]:
        gap = quote[0] - spk[1]
        cost = gap + SENTENCE_COST * _sentence_breaks(text, spk[1], quote[0])
    elif spk[0] >= quote[1]:
        gap = spk[0] - quote[1]
        cost = gap + RIGHT_SIDE_COST + SENTENCE_COST * _sentence_breaks(text, quote[1], spk[0])
    else:
        return 50.0  # partial overlap: a boundary error of one of the models
    return cost if gap <= MAX_SPEAKER_GAP else None


def _pick(text: str, kind: QuoteKind, quote: Span, spans: list[Span]) -> Span | None:
    best: tuple[float, Span] | None = None
    for spk in spans:
        cost = _speaker_cost(text, kind, quote, spk)
        if cost is not None and (best is None or cost < best[0]):
            best = (cost, spk)
    return best[1] if best else None


def _nearest_cue(quote: Span, speaker: Span | None, cues: list[Span]) -> Span | None:
    anchor = speaker or quote
    best: tuple[int, Span] | None = None
    for cue in cues:
        gap = max(anchor[0] - cue[1], cue[0] - anchor[1], 0)
        gap_q = max(quote[0] - cue[1], cue[0] - quote[1], 0)
        dist = min(gap, gap_q)
        if dist <= MAX_CUE_GAP and (best is None or dist < best[0]):
            best = (dist, cue)
    return best[1] if best else None


def _is_break(text: str, pos: int) -> bool:
    """False for the full stop of an abbreviation or an ordinal number ("5. August")."""
    if "\n" in text[pos : pos + 2] or text[pos] != ".":
        return True
    word = text[text.rfind(" ", 0, pos) + 1 : pos]
    return not (word.isdigit() or word in ABBREVIATIONS)


def _sentences(text: str) -> list[Span]:
    out: list[Span] = []
    start = 0
    for m in SENTENCE_BREAK.finditer(text):
        if not _is_break(text, m.start() - 1):
            continue
        if text[start : m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out


def _speech_sentences(text: str) -> list[Span]:
    return [s for s in _sentences(text) if SPEECH_SENTENCE.search(text, s[0], s[1])]


def _add_uncovered(found: list[tuple[QuoteKind, Span]], kind: QuoteKind, spans: list[Span]) -> None:
    for span in spans:
        if not any(_overlaps(span, other) for _, other in found):
            found.append((kind, span))


def _quote_spans(text: str, model_quotes: list[tuple[str, Span]]) -> list[tuple[QuoteKind, Span]]:
    """Model quotes, then rule quotes (marks, Konjunktiv/cue sentences) no model quote covers."""
    found = [(KIND_OF_LABEL[label], span) for label, span in model_quotes if label in KIND_OF_LABEL]
    _add_uncovered(found, "direct", _direct_candidates(text))
    _add_uncovered(found, "indirect", _speech_sentences(text))
    return found


def find_quotes(text: str) -> list[QuoteMention]:
    """All quotations in `text`, sorted by quote start. Pure function of `text`."""
    pipes = _pipelines()
    model_quotes: list[tuple[str, Span]] = []
    roles: list[tuple[str, Span]] = []
    if pipes is not None and text.strip():
        model_quotes = _model_spans(pipes[0], text)
        roles = _model_spans(pipes[1], text)
    speakers = [span for label, span in roles if label == "SPK"]
    cues = [span for label, span in roles if label == "CUE"]
    out = []
    for kind, quote in _quote_spans(text, model_quotes):
        speaker = _pick(text, kind, quote, speakers)
        out.append(QuoteMention(kind, quote, speaker, _nearest_cue(quote, speaker, cues)))
    return sorted(out, key=lambda m: (m.quote[0], m.quote[1]))
