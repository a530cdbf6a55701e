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
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from factcli.clauses import ADJECTIVE_ENDINGS, FINITE
from factcli.dates import find_dates
from factcli.names import (
    CLUB_TOKENS,
    CLUB_YEAR,
    KNOWN_ORGS,
    NAME_TOKEN,
    NOT_NAMES,
    ORG_INTRO_SUFFIX,
    ORG_INTROS,
    ORG_NAME_SUFFIX,
    PAPER_SUFFIX,
    ROLE_SUFFIX,
    TITLES,
)
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


CURRENCIES = frozenset("Euro Dollar Cent Franken Pfund Rubel Yen Yuan Lira Kronen".split())
DATELINE_AFTER = re.compile(r"\s*(?:\([\w/ ]{2,20}\)\s*)?[–—-]\s")
DATELINE_AGENCY = re.compile(r"\s*\([\w/ ]{2,20}\)\s*[–—-]\s")  # "Kiel (dpa) – ": the agency makes it certain
# A place name in a dateline: "Jüterbog", "Bad Belzig", "Frankfurt/Main".
PLACE_WORD = re.compile(r"^[A-ZÄÖÜ][\w'’.-]*(?:/[A-ZÄÖÜ][\w.-]*)?$")
DATELINE_VOTE = 1000  # a dateline outvotes any number of model labels for its place
# The head of an institution's name that a "für …" tail completes: "Bundesamt für Migration und
# Flüchtlinge", "Deutsches Institut für Wirtschaftsforschung", "Ministerium für Umwelt".
INSTITUTION_HEAD = re.compile(
    r"(?:amt|amts|amtes|institut|instituts|ministerium|ministeriums|agentur|zentrum|zentrums|zentrale|"
    r"verband|verbands|verbandes|stiftung|behörde|kommission|akademie|anstalt|kammer|büro|büros|"
    r"dienst|dienstes|komitee|komitees|beauftragte|beauftragten|gesellschaft)$"
)
# Names of federal and state bodies: "Bundesagentur für Arbeit" is one even where the model saw nothing.
FEDERAL_HEAD = re.compile(r"^(?:Bundes|Landes)[a-zäöüß]{3,}$")
MAX_TAIL = 8  # tokens of a "für …" tail at most
# Endings of German common nouns and adjectives that no personal name has.
COMMON_NOUN_SUFFIX = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|tion|ität|ismus|ment|nis|tum|ischem|ischen|ische|ischer|liche|lichen|airline|nahme)$"
)


TIME_WORDS = frozenset(
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Wochenende Morgen Abend Vormittag Nachmittag "
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
NAME_PARTICLE = re.compile(r"^[a-z]{1,3}-[A-ZÄÖÜ]")  # "al-Assad", "el-Baradei", "bin-Salman"


@Language.component("factcli_cleanup")
def clean_entities(doc: Doc) -> Doc:
    """Repair spans a small model gets wrong: edges, sentence breaks, genitive + noun, labels."""
    cleaned = []
    known_words = {token.text for token in doc}
    for ent in doc.ents:
        span = _repaired(ent, known_words)
        if span is not None:
            cleaned.extend(_split_adjacent_people(span))
    doc.ents = filter_spans(cleaned)
    return doc


def _split_adjacent_people(span: Span) -> list[Span]:
    """ "habe Erwin Pröll Mitterlehner angeschrien": two people side by side, subject and object,
    read as one name. Split before the last word when it and the word before it each end another
    person's name in the text ("Erwin Pröll", "Reinhold Mitterlehner")."""
    if span.label_ != "PER" or len(span) < 3:
        return [span]
    surnames = {ent[-1].text for ent in span.doc.ents if ent.label_ == "PER" and ent.start != span.start}
    if span[-1].text in surnames and span[-2].text in surnames:
        doc, cut = span.doc, span.end - 1
        return [Span(doc, span.start, cut, label="PER"), Span(doc, cut, span.end, label="PER")]
    return [span]


def _repaired(ent: Span, known_words: set[str]) -> Span | None:
    doc = ent.doc
    start, end = ent.start, ent.end
    # stop at a sentence-final full stop or a line break inside the span
    for token in doc[start:end]:
        if token.i > start and (token.text in (".", "!", "?") or (token.is_space and "\n" in token.text)):
            end = token.i
            break
    while start < end and (doc[start].is_space or doc[start].is_punct or not doc[start].text[:1].isalnum()):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct or doc[end - 1].pos_ in _NOT_IN_NAMES):
        end -= 1
    # "Raumfahrtunternehmens SpaceX", "Präsident Putin": a role or kind of organisation before a name
    while end - start > 1 and _describes_a_name(doc[start].text) and doc[start + 1].pos_ == "PROPN":
        start += 1
    # "Musks Gespräche": a genitive followed by a common noun, when the name without -s occurs in
    # the text too (so first names like "Andreas" or "Klaus" are not mistaken for genitives)
    for token in doc[start + 1 : end]:
        previous = doc[token.i - 1]
        is_name = previous.pos_ == "PROPN" or previous.tag_ == "NE"
        after_genitive = is_name and previous.text.endswith("s") and previous.text[:-1] in known_words
        if after_genitive and (token.pos_ in ("NOUN", "ADJ") or token.tag_ == "NN" or len(token) >= 12):
            end = token.i
            break
    # a finite verb ends a name: "China hat Musks" is "China" and what it did
    for token in doc[start + 1 : end]:
        if token.text[:1].islower() and token.tag_ in FINITE:
            end = token.i
            break
    # names do not end in a lower-case word ("Musks internationale"), though "dpa" may be one, and
    # "al-Assad", "el-Baradei" are a name's own particle
    while end - start > 1 and doc[end - 1].text[:1].islower() and not NAME_PARTICLE.match(doc[end - 1].text):
        end -= 1
    if end <= start:
        return None
    # "syrische Armee" as a person: an adjective and a common noun describe, they name no one
    # ("französischen Marine" may be an organisation's name, "von Saher" is a person's)
    if ent.label_ == "PER" and end - start == 2 and _lower_adjective(doc[start].text) and doc[start + 1].pos_ == "NOUN":
        return None
    # "IS am Freitag": a time phrase after a name is not part of it ("Frankfurt am Main" is); a
    # title ("Ameise am Freitag") keeps it
    for token in doc[start + 1 : end - 1]:
        if ent.label_ != "MISC" and token.pos_ == "ADP" and doc[token.i + 1].text in TIME_WORDS:
            end = token.i
            break
    if end - start == 1 and _lower_adjective(doc[start].text) and not ent.kb_id_:
        return None  # "russische", "britischen": a lower-case adjective is no name ("ddp", "verdi" are)
    words = doc[start:end]
    if all(t.text.isupper() and t.text in _CAPS_WORDS for t in words):
        return None
    # "FDP Hoteliers", "SVP Wähler": an acronym followed by common nouns is the acronym
    if end - start > 1 and _is_acronym(doc[start].text) and all(t.pos_ == "NOUN" for t in doc[start + 1 : end]):
        end = start + 1
        words = doc[start:end]
    label = ent.label_
    last = words[-1].text
    if label == "PER" and end - start == 1 and COMMON_NOUN_SUFFIX.search(last.lower()):
        return None  # "Regionalairline", "Technischem": a common noun or adjective, not a person
    if end - start == 1 and (last in ORG_INTROS or last in CURRENCIES):
        return None  # "des Unternehmens", "Euro": a kind of organisation or a unit, not a name
    if label == "PER" and _opens_dateline(doc, start, end):
        label = "LOC"  # "Jüterbog (epd) – …": a dateline names the place of the report
    if label != "ORG" and (ORG_NAME_SUFFIX.search(last) or last in KNOWN_ORGS or _is_club(words)):
        label = "ORG"
    return Span(doc, start, end, label=label, kb_id=ent.kb_id_)


def _lower_adjective(word: str) -> bool:
    return word.isalpha() and word.islower() and word.endswith(ADJECTIVE_ENDINGS)


def _opens_dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether the span opens a line and an agency in parentheses or a dash follows ("Kiel (dpa) –")."""
    return _starts_line(doc, start) and bool(DATELINE_AFTER.match(_text_after(doc, end)))


def _starts_line(doc: Doc, i: int) -> bool:
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def _text_after(doc: Doc, end: int) -> str:
    """A few tokens of text after a span ending at token `end`, not doc.text: that would copy the
    whole text for every entity."""
    return doc[end - 1].whitespace_ + doc[end : end + 6].text_with_ws


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 5 and text.isupper() and text.isalpha()


def _is_club(words: Span) -> bool:
    return any(t.text in CLUB_TOKENS for t in words) or (len(words) > 1 and bool(CLUB_YEAR.match(words[-1].text)))


# Parts of speech that never end a name ("SpaceX. Vor", "Ukraine und").
_NOT_IN_NAMES = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "AUX", "PRON", "PART"})
# Upper-case boilerplate ("SAGEN SIE UNS IHRE MEINUNG") is no organisation.
_CAPS_WORDS = frozenset(
    "SIE UNS IHRE IHR WIR DER DIE DAS UND MEHR ALLE NEU JETZT HIER MEINUNG SAGEN LESEN WEITERLESEN KOMMENTARE".split()
)


@Language.component("factcli_orgs")
def tag_organisations(doc: Doc) -> Doc:
    """'das Unternehmen SpaceX', 'Gazprombank', 'Eurasia Group': organisations by form and knowledge."""
    spans = []
    for token in doc:
        if token.ent_type_:
            continue
        previous = doc[token.i - 1] if token.i else None
        introduced = previous is not None and (
            previous.text in ORG_INTROS or bool(ORG_INTRO_SUFFIX.search(previous.text.lower()))
        )
        capitalised = token.text[:1].isupper() and token.is_alpha
        if (
            token.text in KNOWN_ORGS
            or (
                capitalised
                and token.pos_ in ("PROPN", "")
                and bool(ORG_NAME_SUFFIX.search(token.text))
                and len(token) > 6
            )
            or (introduced and capitalised and token.pos_ in ("PROPN", "X", ""))
        ):
            spans.append(Span(doc, token.i, token.i + 1, label="ORG"))
    spans.extend(_newspapers(doc))
    _set_entities(doc, spans, override=False)
    _set_entities(doc, list(_institution_names(doc)), override=True)
    return doc


def _institution_names(doc: Doc) -> Iterator[Span]:
    """Institutions with their "für …" tail: the model often stops at "Bundesamt" in "Bundesamt für
    Sicherheit in der Informationstechnik", and the tail alone becomes junk ("Strahlenschutz" as PER).

    The head is an organisation entity ending in an institution noun, or an untagged federal or state
    body ("Bundesagentur", "Landesamt"); the tail is "für" and one or more noun phrases."""
    if not doc.has_annotation("TAG"):
        return  # without tags a noun phrase cannot be told from the next clause
    for ent in doc.ents:
        # the head may end the entity ("Bundesamt") or sit inside it ("Bundesamt für Migration" of a longer name)
        for head in ent:
            tail = _fuer_tail(doc, head.i + 1) if INSTITUTION_HEAD.search(head.text.lower()) else head.i
            if tail > ent.end:
                yield Span(doc, ent.start, tail, label="ORG")
                break
    for token in doc:
        if not token.ent_type_ and FEDERAL_HEAD.match(token.text) and INSTITUTION_HEAD.search(token.text.lower()):
            tail = _fuer_tail(doc, token.i + 1)
            if tail > token.i + 1:
                yield Span(doc, token.i, tail, label="ORG")


def _fuer_tail(doc: Doc, i: int) -> int:
    """The end of a "für …" tail starting at token i, or i when there is none: "für Migration und
    Flüchtlinge", "für Sicherheit in der Informationstechnik", "für Europäische Wirtschaftsforschung".
    A place after "in" ("Zentrum für Forschung in Mannheim") is where it sits, not its name, and an
    article right after "für" ("dankte dem Bundesamt für die Hilfe") marks an object, not a name."""
    if i >= len(doc) or doc[i].lower_ != "für":
        return i
    end = _noun_phrase(doc, i + 1, proper=True, article=False)
    if end is None:
        return i
    while end < len(doc) and end - i <= MAX_TAIL:
        word = doc[end].lower_
        if word == "und":
            following = _noun_phrase(doc, end + 1, proper=True)
        elif word in ("in", "im"):
            following = _noun_phrase(doc, end + 1, proper=False)
        else:
            break
        if following is None:
            break
        end = following
    return end if end - i <= MAX_TAIL + 1 else i


def _noun_phrase(doc: Doc, i: int, *, proper: bool, article: bool = True) -> int | None:
    """The end of a noun phrase at token i (article, attributive adjectives, a capitalised noun), or None.
    With `proper`, the noun may be a name ("für Europa"); without, only a common noun counts."""
    if article and i < len(doc) and doc[i].tag_ == "ART":
        i += 1
    while i < len(doc) and doc[i].tag_ == "ADJA":
        i += 1
    if i < len(doc) and _is_noun(doc[i], proper=proper):
        return i + 1
    return None


def _is_noun(token: spacy.tokens.Token, *, proper: bool) -> bool:
    """A capitalised noun by its tag; a small tagger calls some long compounds TRUNC
    ("Informationstechnik"), which a capitalised word without a hyphen cannot be."""
    if not (token.text[:1].isupper() and token.is_alpha):
        return False
    return token.tag_ in ("NN", "TRUNC") or (proper and token.tag_ == "NE")


def _newspapers(doc: Doc) -> Iterator[Span]:
    """'Kölner Stadt-Anzeiger', 'Ruhr Nachrichten': one or two names before a newspaper word."""
    for token in doc:
        if token.i == 0 or not PAPER_SUFFIX.match(token.text):
            continue
        start = token.i
        while start > 0 and token.i - start < 2 and _paper_name_word(doc[start - 1]):
            start -= 1
        if start < token.i:
            yield Span(doc, start, token.i + 1, label="ORG")


def _paper_name_word(token: spacy.tokens.Token) -> bool:
    # a sentence-initial capital ("Zahlreiche Nachrichten") proves nothing
    return (
        token.text[:1].isupper() and token.is_alpha and not token.is_sent_start and token.pos_ in ("PROPN", "ADJ", "")
    )


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
    # relabelling a single-token entity by the majority vote needs override
    _set_entities(doc, list(_repeated_names(doc)), override=True)
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


def _describes_a_name(text: str) -> bool:
    return _is_title(text) or text in ORG_INTROS or bool(ORG_INTRO_SUFFIX.search(text.lower()))


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
    """A name found once is the same entity where it recurs: 'Wladimir Putin' ... 'Putin(s)'.

    A dateline ("Jüterbog (epd) – …") names a place for certain, so its label wins for that name
    however often the model calls it a person elsewhere in the text."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for place in _dateline_places(doc):
        votes[place.text]["LOC"] += DATELINE_VOTE
    for ent in doc.ents:
        if ent.label_ in ("PER", "ORG", "LOC"):
            votes[ent.text][ent.label_] += 1
            family = ent[-1]
            # the family name alone, only from a full name and only if it looks like a name
            if (
                ent.label_ == "PER"
                and len(ent) > 1
                and NAME_TOKEN.match(family.text)
                and family.pos_ in ("PROPN", "NOUN", "X", "")
            ):
                votes[family.text]["PER"] += 2
    if not votes:
        return
    labels = {form: counts.most_common(1)[0][0] for form, counts in votes.items()}
    single = {form: label for form, label in labels.items() if " " not in form}
    multi = _by_first_word({tuple(form.split()): label for form, label in labels.items() if " " in form})
    for token in doc:
        if token.ent_type_ and token.ent_iob_ != "B":
            continue
        text = token.text
        genitive = text[:-1] if text.endswith("s") and single.get(text[:-1]) == "PER" else None
        label = single.get(text) or (single[genitive] if genitive else None)
        if label and (not token.ent_type_ or (token.ent_type_ != label and _is_single_token_ent(token))):
            yield Span(doc, token.i, token.i + 1, label=label)
            continue
        if token.ent_type_:
            continue
        for words, multi_label in multi.get(text, ()):
            if tuple(t.text for t in doc[token.i : token.i + len(words)]) == words:
                yield Span(doc, token.i, token.i + len(words), label=multi_label)
                break


def _dateline_places(doc: Doc) -> Iterator[Span]:
    """The place that opens a dateline: one to three capitalised words at the start of a line, then an
    agency in parentheses and a dash ("Jüterbog (epd) – "). With only a dash ("Berlin – Das Amt warnt …")
    a heading looks the same ("Merkel – Die Bilanz", "Patrice – ‚Pop ist …'"), so then a sentence must
    follow (a capitalised word, a finite verb on the line) and the model must not have seen a person
    or an organisation there."""
    for token in doc:
        if not _starts_line(doc, token.i):
            continue
        end = token.i
        while end < len(doc) and end - token.i < 3 and _place_word(doc[end]):
            end += 1
        if end == token.i or not _opens_dateline(doc, token.i, end):
            continue
        if DATELINE_AGENCY.match(_text_after(doc, end)) or _dash_dateline(doc, token.i, end):
            yield Span(doc, token.i, end, label="LOC")


def _dash_dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether "X – …" without an agency is a dateline: a sentence follows the dash, and the model did
    not tag X as a person, organisation or other name."""
    if any(t.ent_type_ in ("PER", "ORG", "MISC") for t in doc[start:end]):
        return False
    after_dash = end + 1
    if after_dash >= len(doc) or not (doc[after_dash].text[:1].isupper() and doc[after_dash].is_alpha):
        return False
    return _finite_verb_on_line(doc, after_dash)


def _place_word(token: spacy.tokens.Token) -> bool:
    return bool(PLACE_WORD.match(token.text)) and token.text not in NOT_NAMES and not token.is_punct


def _finite_verb_on_line(doc: Doc, start: int) -> bool:
    for token in doc[start : start + 40]:
        if token.is_space and "\n" in token.text:
            return False
        if token.tag_ in FINITE:
            return True
    return False


def _by_first_word(names: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Multi-word names grouped by their first word, in their original order, so each token is
    compared only with the names it can start rather than with every name of a long article."""
    grouped: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for words, label in names.items():
        if words:  # a name of only spaces starts no token
            grouped[words[0]].append((words, label))
    return grouped


def _is_single_token_ent(token: spacy.tokens.Token) -> bool:
    doc = token.doc
    return token.ent_iob_ == "B" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")


def _base_pipeline(only: frozenset[str] | None = None) -> Language:
    """The chosen German pipeline; with `only`, every other component is left unloaded."""
    choice = os.environ.get(MODEL_ENV, "auto")
    if choice in ("auto", OFFICIAL_MODEL) and spacy.util.is_package(OFFICIAL_MODEL):
        path = spacy.util.get_package_path(OFFICIAL_MODEL)
        return spacy.load(OFFICIAL_MODEL, exclude=_others(path, only))
    if choice == OFFICIAL_MODEL:
        raise PipelineError(f"{OFFICIAL_MODEL} is not installed (pip install it, or unset {MODEL_ENV})")
    path = BUNDLED_MODEL if choice in ("auto", "bundled") else Path(choice)
    if not (path / "meta.json").exists():
        raise PipelineError(f"no German pipeline at {path}; run `make model` to build the bundled one")
    return spacy.load(path, exclude=_others(path, only))


def _others(path: Path, only: frozenset[str] | None) -> list[str]:
    if only is None:
        return []
    meta = spacy.util.get_model_meta(path)
    return [name for name in meta.get("pipeline", []) if name not in only]


@cache
def load() -> Language:
    """The one spaCy pipeline for the process, loaded once and with the project's components."""
    nlp = _base_pipeline()
    _split_full_stop_after_capital(nlp)
    nlp.add_pipe("factcli_lines", first=True)
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", after="factcli_lines")
    after = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe("factcli_cleanup", after=after)
    nlp.add_pipe("factcli_outlets", after="factcli_cleanup")
    nlp.add_pipe("factcli_orgs", after="factcli_outlets")
    nlp.add_pipe("factcli_titles", after="factcli_orgs")
    nlp.add_pipe("factcli_consistency", after="factcli_titles")
    nlp.add_pipe("factcli_dates", last=True)
    return nlp


def _split_full_stop_after_capital(nlp: Language) -> None:
    """'SpaceX.' at a sentence end is a name and a full stop; 'U.S.' and 'Dr.' stay whole."""
    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=[a-zäöüß][A-ZÄÖÜ])\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search  # type: ignore[union-attr]


def pipeline_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'de')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the doc's sentences, with a false break mended: a sentence cannot begin
    with a lower-case word inside a line after a word without a full stop (the parser sometimes
    cuts "Musk | äußerte sich nicht …")."""
    spans: list[tuple[int, int]] = []
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if spans and text[start : start + 1].islower():
            before = text[spans[-1][0] : start].rstrip()
            if before and before[-1] not in ".!?:;" and "\n" not in text[spans[-1][0] + len(before) : start]:
                spans[-1] = (spans[-1][0], end)
                continue
        spans.append((start, end))
    return spans


def parse(texts: Iterable[tuple[str, date | None]], *, nlp: Language | None = None) -> Iterator[Doc]:
    """Run the pipeline over (text, article date) pairs; the date anchors relative expressions."""
    nlp = nlp or load()

    def docs() -> Iterator[Doc]:
        for text, reference in texts:
            doc = nlp.make_doc(text)
            doc._.reference_date = reference
            yield doc

    yield from nlp.pipe(docs(), batch_size=16)


@cache
def load_tagger() -> Language:
    """Only the part-of-speech tagger of the German pipeline: fast enough to run per quote text."""
    # Loading only these keeps start-up short: the parser, NER and lemmatizer tables are skipped.
    nlp = _base_pipeline(only=frozenset({"tok2vec", "tagger"}))
    _split_full_stop_after_capital(nlp)
    return nlp
