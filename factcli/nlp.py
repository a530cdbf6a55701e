"""The German spaCy pipeline every command uses, plus the project's own components.

`load()` prefers the official `de_core_news_sm` where a user has installed it and otherwise uses
the pipeline bundled in `factcli/models/de_factcli` (built by `make model`). On top of either
base it adds three rule components, so behaviour beyond the statistical model is the same:

- `factcli_outlets`: curated news outlets and agencies become ORG entities with the outlet's
  canonical name as `kb_id_` (WSJ -> Wall Street Journal);
- `factcli_titles`: names after titles and roles ("Präsident Putin", "Kremlsprecher Dmitri
  Peskow", "Herr Musk") become PER;
- `factcli_consistency`: a name found once in an article is tagged wherever it recurs;
- `factcli_dates`: German date expressions into `doc.spans["dates"]`, each with an ISO value.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from factcli.dates import find_dates
from factcli.names import NAME_TOKEN, NOT_NAMES, ROLE_SUFFIX, TITLES
from factcli.outlets import find_outlets

OFFICIAL_MODEL = "de_core_news_sm"
BUNDLED_MODEL = Path(__file__).parent / "models" / "de_factcli"
MODEL_ENV = "FACTCLI_MODEL"  # auto | bundled | de_core_news_sm | a path to a spaCy pipeline


class PipelineError(Exception):
    """No usable German pipeline is installed."""


if not Doc.has_extension("reference_date"):
    Doc.set_extension("reference_date", default=None)
if not Span.has_extension("date_value"):
    Span.set_extension("date_value", default=None)


@Language.component("factcli_lines")
def split_at_line_breaks(doc: Doc) -> Doc:
    """Headlines, captions and list items end at a line break even without a full stop."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


@Language.component("factcli_outlets")
def tag_outlets(doc: Doc) -> Doc:
    spans = []
    for match in find_outlets(doc.text):
        span = doc.char_span(match.start, match.end, label="ORG", kb_id=match.name, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["outlets"] = spans
    _set_entities(doc, spans, override=True)
    return doc


@Language.component("factcli_titles")
def tag_names_after_titles(doc: Doc) -> Doc:
    _set_entities(doc, list(_names_after_titles(doc)), override=False)
    return doc


@Language.component("factcli_consistency")
def tag_repeated_names(doc: Doc) -> Doc:
    _set_entities(doc, list(_repeated_names(doc)), override=False)
    return doc


@Language.component("factcli_dates")
def tag_dates(doc: Doc) -> Doc:
    reference: date | None = doc._.reference_date
    spans = []
    for match in find_dates(doc.text, reference=reference):
        span = doc.char_span(match.start, match.end, label="DATE", alignment_mode="expand")
        if span is not None:
            span._.date_value = match.value
            spans.append(span)
    doc.spans["dates"] = spans
    return doc


def _set_entities(doc: Doc, spans: list[Span], *, override: bool) -> None:
    """Merge new spans into doc.ents; `override` lets them replace overlapping entities."""
    if not spans:
        return
    if override:
        taken = {i for span in spans for i in range(span.start, span.end)}
        kept = [ent for ent in doc.ents if not any(i in taken for i in range(ent.start, ent.end))]
        doc.ents = filter_spans([*spans, *kept])
    else:
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        new = [span for span in spans if not any(i in taken for i in range(span.start, span.end))]
        doc.ents = filter_spans([*doc.ents, *new])


def _is_title(token_text: str) -> bool:
    if token_text in TITLES:
        return True
    return len(token_text) > 5 and token_text[0].isupper() and bool(ROLE_SUFFIX.search(token_text.lower()))


def _names_after_titles(doc: Doc) -> Iterator[Span]:
    """'Präsident Putin', 'Kremlsprecher Dmitri Peskow': capitalised words after a role are a PER."""
    tagged = doc.has_annotation("POS")
    for token in doc:
        if not _is_title(token.text) or token.i + 1 >= len(doc):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and _looks_like_name(doc[end], first=end == token.i + 1):
            end += 1
        if end == token.i + 1:
            continue
        # without a tagger, a run followed by another capitalised word may be a noun phrase
        follower = doc[end] if end < len(doc) else None
        if not tagged and follower is not None and follower.text[:1].isupper() and follower.is_alpha:
            continue
        yield Span(doc, token.i + 1, end, label="PER")


def _looks_like_name(token: spacy.tokens.Token, *, first: bool) -> bool:
    if token.text in NOT_NAMES or not NAME_TOKEN.match(token.text) or _is_title(token.text):
        return False
    if token.ent_type_ and token.ent_type_ != "PER":
        return False
    if not token.pos_:
        return True  # no tagger: the shape test above has to do
    # taggers often call an unknown foreign name a noun, so a noun is allowed right after the title
    return token.pos_ in ("PROPN", "X") or (first and token.pos_ == "NOUN")


def _repeated_names(doc: Doc) -> Iterator[Span]:
    """A name found once is the same entity where it recurs: 'Wladimir Putin' ... 'Putin(s)'."""
    forms: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ not in ("PER", "ORG", "LOC"):
            continue
        forms.setdefault(ent.text, ent.label_)
        if ent.label_ == "PER" and len(ent) > 1 and NAME_TOKEN.match(ent[-1].text):
            forms.setdefault(ent[-1].text, "PER")  # the family name alone
    if not forms:
        return
    single = {form: label for form, label in forms.items() if " " not in form}
    multi = {tuple(form.split()): label for form, label in forms.items() if " " in form}
    for token in doc:
        if token.ent_type_:
            continue
        text = token.text
        if text in single or (text.endswith("s") and text[:-1] in single and single[text[:-1]] == "PER"):
            yield Span(doc, token.i, token.i + 1, label=single.get(text) or single[text[:-1]])
            continue
        for words, label in multi.items():
            if tuple(t.text for t in doc[token.i : token.i + len(words)]) == words:
                yield Span(doc, token.i, token.i + len(words), label=label)
                break


def _base_pipeline() -> Language:
    choice = os.environ.get(MODEL_ENV, "auto")
    if choice in ("auto", OFFICIAL_MODEL) and spacy.util.is_package(OFFICIAL_MODEL):
        return spacy.load(OFFICIAL_MODEL)
    if choice == OFFICIAL_MODEL:
        raise PipelineError(f"{OFFICIAL_MODEL} is not installed (pip install it, or unset {MODEL_ENV})")
    path = BUNDLED_MODEL if choice in ("auto", "bundled") else Path(choice)
    if not (path / "meta.json").exists():
        raise PipelineError(f"no German pipeline at {path}; run `make model` to build the bundled one")
    return spacy.load(path)


@cache
def load() -> Language:
    """The one spaCy pipeline for the process, loaded once and with the project's components."""
    nlp = _base_pipeline()
    nlp.add_pipe("factcli_lines", first=True)
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", after="factcli_lines")
    after = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe("factcli_outlets", after=after)
    nlp.add_pipe("factcli_titles", after="factcli_outlets")
    nlp.add_pipe("factcli_consistency", after="factcli_titles")
    nlp.add_pipe("factcli_dates", last=True)
    return nlp


def pipeline_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'de')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse(texts: Iterable[tuple[str, date | None]], *, nlp: Language | None = None) -> Iterator[Doc]:
    """Run the pipeline over (text, article date) pairs; the date anchors relative expressions."""
    nlp = nlp or load()

    def docs() -> Iterator[Doc]:
        for text, reference in texts:
            doc = nlp.make_doc(text)
            doc._.reference_date = reference
            yield doc

    yield from nlp.pipe(docs(), batch_size=16)
