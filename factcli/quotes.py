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

# The speaker model sees one quote at a time, framed by these marks, in a window of context.
OPEN_MARK, CLOSE_MARK = " ⟦ ", " ⟧ "
WINDOW_BEFORE = 300
WINDOW_AFTER = 150
REPORTED_RULE = True
MAX_INHERIT_GAP = 200  # free indirect speech directly follows its introducing quote

# Sentence-level rules for reported speech the model misses. Konjunktiv I is the grammatical
# mark of indirect speech in German news; Konjunktiv II forms are left out because they are
# as often plain conditionals. Cue phrases attribute a whole sentence to a source.
KONJUNKTIV_I = (
    "sei seien habe werde könne müsse solle wolle dürfe gebe stehe liege gehe komme bleibe "
    "wisse lasse brauche hänge sehe bestehe fehle handle erfolge trage gelte reiche laufe "
    "finde zeige plane arbeite erwarte bedeute beginne verfüge werfe führe halte stelle setze "
    "mache lebe zahle nehme entspreche diene ziele drohe falle helfe biete betreffe betrage "
    "treffe verliere leide erhalte benötige unterstütze lehne wirke existiere funktioniere "
    "profitiere reagiere akzeptiere handele befinde ermittle prüfe kenne denke gelinge"
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
# Reportative "sollen": "Der Täter soll geflohen sein" passes on a claim without naming its source.
REPORTATIVE_SOLL = r"soll(?:en)?\b[^.;:]{3,200}?\b(?:sein|haben|worden)(?=[\s.,;])"
SPEECH_SENTENCE = re.compile(
    r"\b(?:" + "|".join(KONJUNKTIV_I) + r"|(?i:" + "|".join(SOURCE_CUES) + r")|" + REPORTATIVE_SOLL + r")\b"
)
# The frame after a speech verb ends at the first comma or colon ("sagte am Montag, …").
CLAUSE_START = re.compile(r"[,:]\s+")
LEADING_GAP = re.compile(r"[\s,:]*(?:hei(?:ß|ss)t\s+es[\s,:]*)?")
MAX_FRAME_TAIL = 80
# Fallback speaker extraction for source phrases ("laut X", "X zufolge", "nach Angaben X",
# "wie X berichtet", "unter Berufung auf X") when the role model names nobody.
_DET = r"(?:der|die|das|dem|den|des|ein|eine|einem|einer|eines|zwei|drei|mehrere|mehreren)"
_ADJ = r"(?:[a-zäöüß][\w-]*(?:e|en|em|er|es))"
_NAME = r"[A-ZÄÖÜ][\w-]*(?:\.[\w-]+)*(?:\s+[A-ZÄÖÜ][\w-]*(?:\.[\w-]+)*){0,3}"
_GENITIVE = rf"(?:(?:von|vom)\s+(?:{_DET}\s+)?|(?:der|des)\s+)"  # "Sprecher der Polizei", "X von der Y"
_NP = rf"(?:{_DET}\s+)?(?:{_ADJ}\s+){{0,2}}{_NAME}(?:\s+{_GENITIVE}(?:{_ADJ}\s+)?{_NAME})?"
SOURCE_SPEAKER = (
    re.compile(rf"\b[Ll]aut\s+({_NP})"),
    re.compile(rf"(?<![\w-])((?:{_DET}\s+)?(?:{_ADJ}\s+)?{_NAME})\s+zufolge\b"),
    re.compile(rf"\b[Nn]ach\s+Angaben\s+({_NP})"),
    re.compile(rf"\b[Ww]ie\s+({_NP})\s+(?:berichtet|berichtete|meldet|meldete|mitteilte|schreibt|schrieb)"),
    re.compile(rf"\b[Uu]nter\s+Berufung\s+auf\s+({_NP})"),
    re.compile(rf"\b(?:[Ii]n|[Aa]us)\s+({_NP})\s+hei(?:ß|ss)t\s+es\b"),
)
# Finite forms of speech verbs that open or close a quote frame.
CUE_VERBS = (
    "sagte sagten sagt sagen erklärte erklärten erklärt teilte teilten teilt betonte betonten "
    "betont berichtete berichteten berichtet meldete meldeten meldet schrieb schrieben schreibt "
    "warnte warnten warnt forderte forderten fordert kritisierte kritisierten kritisiert "
    "bestätigte bestätigten bestätigt bestritt bestritten bestreitet dementierte dementierten "
    "wies wiesen räumte räumten gab gaben kündigte kündigten verwies verwiesen meinte meinten "
    "meint sprach sprachen versicherte versicherten bekräftigte bekräftigten ergänzte fügte "
    "zitierte zitiert hatte hat hätte kommentierte argumentierte behauptete behaupteten "
    "behauptet beklagte beklagten bezeichnete bezeichneten bezeichnet sieht sah glaubt glaubte "
    "befürchtet befürchten befürchtete hofft hoffte erwartet erwartete rief riefen warf warfen "
    "wirft nannte nannten nennt lobte lobten begründete begründeten appellierte appellierten "
    "erinnerte erinnerten mahnte mahnten drohte drohten verlangte verlangten verlangt empfahl "
    "empfahlen riet rieten schätzte schätzten schätzt wiederholte unterstrich unterstrichen "
    "bekannte gestand gestanden beteuerte beteuerten vermutete vermuteten vermutet sprach "
    "heißt hieß"
).split()
_PRON = r"(?:[Ee]r|[Ss]ie|[Dd]ieser|[Dd]iese)"
_VERB = r"(?:" + "|".join(CUE_VERBS) + r")"
CUE_VERB = re.compile(rf"\b{_VERB}\b")
# "„…“, sagte X" / "„…“, so X" right after a quote; "…, sagte X" after the verb in general.
FRAME_AFTER = re.compile(rf"[\s,]*({_VERB}|so)\s+({_PRON}|{_NP})")
NP_AFTER_VERB = re.compile(rf"\s+({_PRON}|{_NP})")
# German is verb-second: what stands before the finite speech verb is one constituent, the
# subject, unless it is an adverbial or a preposition phrase (then the subject follows the verb).
NOT_SUBJECT_START = frozenset(
    "am im in an auf bei nach vor seit mit für gegen über unter zu zum zur vom von aus durch "
    "während außerdem auch dabei damit zudem doch aber deshalb daher nun jetzt heute gestern "
    "morgen bereits dann so dies das es hier dort zuvor später zuletzt bislang inzwischen "
    "trotzdem allerdings insbesondere erst noch schon wie als wenn weil dass ob laut nachdem "
    "und oder sondern dem den darüber dazu ebenfalls gleichzeitig zunächst weiter weiterhin "
    "ursprünglich kürzlich demnach daraufhin anschließend bisher derzeit".split()
)
MAX_PREFIELD_WORDS = 8
MAX_APPOSITION_WORDS = 16  # "Jan Ek, Sprecher der Stadt, sagte …"
# A frame closing a sentence-level quote (", wie X mitteilte.", ", hieß es.", ", so X.") is not
# part of the quoted content.
TRAILING_FRAME = re.compile(
    r",\s*(?:wie\s[^,]{1,80}?|so\s[^,]{1,80}?|hie(?:ß|ss) es|hei(?:ß|ss)t es[^,]{0,40}?|"
    r"(?:sagte|sagten|erklärte|erklärten|teilte|teilten|betonte|berichtete|meldete)\s[^,]{1,80}?)"
    r"\s*[.!?]?$"
)
# Speech acts reported without their content ("X kritisierte den Plan", "X bezeichnete Y als Z").
REPORTED_VERBS = (
    "kritisierte kritisierten kritisiert forderte forderten fordert bezeichnete bezeichneten "
    "bezeichnet lobte lobten begrüßte begrüßten begrüßt verurteilte verurteilten verurteilt "
    "bestritt bestritten bestreitet dementierte dementierten dementiert warnte warnten warnt "
    "bekräftigte bekräftigten appellierte appellierten beklagte beklagten kündigte kündigten"
).split()
REPORTED_SENTENCE = re.compile(r"\b(?:" + "|".join(REPORTED_VERBS) + r")\b")
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
    """Load the quote and speaker models once; None when the model is not installed."""
    if not (MODEL_DIR / "quotes").is_dir():
        return None
    return spacy.load(MODEL_DIR / "quotes"), spacy.load(MODEL_DIR / "speaker")


def _model_spans(nlp: Language, text: str) -> list[tuple[str, Span]]:
    doc = nlp(text)
    return [(ent.label_, (ent.start_char, ent.end_char)) for ent in doc.ents]


Roles = tuple[Span | None, Span | None]  # (speaker, cue)


def _model_roles(nlp: Language, text: str, quotes: list[Span], sentences: list[Span]) -> list[Roles]:
    """Speaker and cue of each quote, from the speaker model run on a marked window per quote."""
    windows = [marked_window(text, q, sentences) for q in quotes]
    out: list[Roles] = []
    for win, doc in zip(windows, nlp.pipe(w.text for w in windows), strict=True):
        ents = [(e.label_, (e.start_char, e.end_char)) for e in doc.ents]
        out.append((_closest(win, ents, "SPK"), _closest(win, ents, "CUE")))
    return out


def _closest(win: MarkedWindow, ents: list[tuple[str, Span]], label: str) -> Span | None:
    """The `label` span nearest to the marked quote, in article offsets."""
    q0, q1 = win.to_window(win.quote[0]), win.to_window(win.quote[1], is_end=True)
    best: tuple[int, Span] | None = None
    for lab, (a, b) in ents:
        if lab != label:
            continue
        dist = max(q0 - b, a - q1, 0)
        if best is None or dist < best[0]:
            best = (dist, (win.to_article(a), win.to_article(b)))
    return best[1] if best else None


@dataclass(frozen=True, slots=True)
class MarkedWindow:
    """Context around one quote with the quote framed by marks, for the speaker model."""

    text: str
    start: int  # article offset of the window start
    quote: Span  # the quote, in article offsets

    def to_window(self, pos: int, is_end: bool = False) -> int:
        q0, q1 = self.quote
        shift = 0
        if pos > q0 or (pos == q0 and not is_end):
            shift += len(OPEN_MARK)
        if pos > q1 or (pos == q1 and not is_end):
            shift += len(CLOSE_MARK)
        return pos - self.start + shift

    def to_article(self, pos: int) -> int:
        q0, q1 = self.quote
        open_at = q0 - self.start
        close_at = q1 - self.start + len(OPEN_MARK)
        if pos >= close_at + len(CLOSE_MARK):
            pos -= len(CLOSE_MARK)
        elif pos > close_at:
            pos = close_at
        if pos >= open_at + len(OPEN_MARK):
            pos -= len(OPEN_MARK)
        elif pos > open_at:
            pos = open_at
        return pos + self.start


def marked_window(text: str, quote: Span, sentences: list[Span]) -> MarkedWindow:
    """Whole sentences from WINDOW_BEFORE before the quote to WINDOW_AFTER after it."""
    lo, hi = max(0, quote[0] - WINDOW_BEFORE), min(len(text), quote[1] + WINDOW_AFTER)
    start = min([quote[0], *(s[0] for s in sentences if s[0] <= lo < s[1])])
    end = max([quote[1], *(s[1] for s in sentences if s[0] <= hi <= s[1])])
    q0, q1 = quote
    body = text[start:q0] + OPEN_MARK + text[q0:q1] + CLOSE_MARK + text[q1:end]
    return MarkedWindow(body, start, quote)


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
    out = []
    for sent in _sentences(text):
        clause = _clause_after_cue(text, sent)
        if clause or SPEECH_SENTENCE.search(text, sent[0], sent[1]):
            out.append(_trim_frame(text, clause or _skip_leading_source(text, sent)))
    return out


def _skip_leading_source(text: str, sent: Span) -> Span:
    """Drop an opening "Laut X" / "X zufolge" / "Wie X berichtet," : it names the source."""
    for pattern in SOURCE_SPEAKER:
        m = pattern.match(text, sent[0], sent[1])
        if m:
            rest = LEADING_GAP.match(text, m.end(), sent[1])
            start = rest.end() if rest else m.end()
            return (start, sent[1]) if len(text[start : sent[1]].split()) >= 3 else sent
    return sent


def _clause_after_cue(text: str, sent: Span) -> Span | None:
    """The content clause after "X sagte(,) [dass] …": the quote starts after the frame."""
    verb = CUE_VERB.search(text, sent[0], sent[1])
    if verb is None:
        return None
    m = CLAUSE_START.search(text, verb.end(), min(sent[1], verb.end() + MAX_FRAME_TAIL))
    if m is None or len(text[m.end() : sent[1]].split()) < 3:
        return None
    is_dass = text.startswith(("dass", "ob "), m.end())
    if not (is_dass or SPEECH_SENTENCE.search(text, m.end(), sent[1])):
        return None  # without "dass" only Konjunktiv marks the clause as speech
    return m.end(), sent[1]


def _trim_frame(text: str, span: Span) -> Span:
    m = TRAILING_FRAME.search(text, span[0], span[1])
    return (span[0], m.start()) if m and m.start() > span[0] else span


def _add_uncovered(found: list[tuple[QuoteKind, Span]], kind: QuoteKind, spans: list[Span]) -> None:
    for span in spans:
        if not any(_overlaps(span, other) for _, other in found):
            found.append((kind, span))


def _add_nested_direct(found: list[tuple[QuoteKind, Span]], spans: list[Span]) -> None:
    """A quotation inside an indirect quote ("…, dass sie „…“") is a direct quote of its own."""
    for span in spans:
        inside = any(k == "indirect" and o[0] <= span[0] and span[1] <= o[1] and o != span for k, o in found)
        if inside and not any(k == "direct" and _overlaps(span, o) for k, o in found):
            found.append(("direct", span))


def _quote_spans(text: str, model_quotes: list[tuple[str, Span]]) -> list[tuple[QuoteKind, Span]]:
    """Model quotes, then rule quotes (marks, Konjunktiv/cue sentences) no model quote covers."""
    found = [(KIND_OF_LABEL[label], span) for label, span in model_quotes if label in KIND_OF_LABEL]
    _add_uncovered(found, "direct", _direct_candidates(text))
    _add_nested_direct(found, _direct_candidates(text))
    _add_uncovered(found, "indirect", _speech_sentences(text))
    if REPORTED_RULE:
        _add_uncovered(found, "reported", _reported_sentences(text))
    return found


def _reported_sentences(text: str) -> list[Span]:
    return [s for s in _sentences(text) if REPORTED_SENTENCE.search(text, s[0], s[1])]


def _sentence_of(pos: int, sentences: list[Span]) -> Span | None:
    return next((s for s in sentences if s[0] <= pos < s[1]), None)


def _source_roles(text: str, quote: Span, sentences: list[Span]) -> Roles:
    """Speaker and cue of a source phrase ("laut X", "X zufolge") where the quote starts."""
    sent = _sentence_of(quote[0], sentences)
    if sent is None:
        return None, None
    for pattern in SOURCE_SPEAKER:
        m = pattern.search(text, sent[0], sent[1])
        if m:
            cue = (m.start(), m.start(1)) if m.start(1) > m.start() else (m.end(1), m.end())
            return m.span(1), _strip(text, cue)
    return None, None


def _strip(text: str, span: Span) -> Span:
    a, b = span
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum():
        b -= 1
    return a, b


def _frame_roles(text: str, kind: QuoteKind, quote: Span, sentences: list[Span]) -> Roles:
    """Subject and speech verb framing the quote, found by surface patterns."""
    after = FRAME_AFTER.match(text, quote[1], min(len(text), quote[1] + 120))
    if after:
        return after.span(2), after.span(1)
    sent = _sentence_of(quote[0], sentences)
    if sent is None:
        return None, None
    verb = CUE_VERB.search(text, sent[0], quote[0])
    if verb is None and kind == "reported":
        # A reported speech act contains its own verb, and its subject is the speaker.
        verb = REPORTED_SENTENCE.search(text, quote[0], quote[1]) or CUE_VERB.search(text, quote[0], quote[1])
    if verb is None:
        return None, None
    speaker = _subject_of(text, sent[0], verb)
    return (speaker, verb.span()) if speaker else (None, None)


def _subject_of(text: str, sent_start: int, verb: re.Match[str]) -> Span | None:
    """The prefield if it is a noun phrase, else the noun phrase right after the verb."""
    words = text[sent_start : verb.start()].split()
    apposition = "," in text[sent_start : verb.start()]
    short = len(words) <= (MAX_APPOSITION_WORDS if apposition else MAX_PREFIELD_WORDS)
    if words and short and words[0].lower() not in NOT_SUBJECT_START:
        start = sent_start + len(text[sent_start:]) - len(text[sent_start:].lstrip())
        return start, len(text[: verb.start()].rstrip(" ,"))
    m = NP_AFTER_VERB.match(text, verb.end())
    return m.span(1) if m else None


def _starts_sentence(quote: Span, sentences: list[Span]) -> bool:
    return any(s[0] == quote[0] for s in sentences)


def _inherited(text: str, quote: Span, prev: QuoteMention | None, sentences: list[Span]) -> Span | None:
    """Free indirect speech continues the previous quote's speaker ("… sagte X. Es gebe …")."""
    if prev is None or prev.speaker is None or not _starts_sentence(quote, sentences):
        return None
    gap = text[prev.quote[1] : quote[0]]
    if len(gap) > MAX_INHERIT_GAP or "\n\n" in gap:
        return None
    return prev.speaker


def _assign_speakers(text: str, quotes: list[tuple[QuoteKind, Span]], nlp: Language | None) -> list[QuoteMention]:
    """Rules first (explicit frames are reliable); the speaker model for quotes they leave open."""
    sentences = _sentences(text)
    quotes = sorted(quotes, key=lambda q: q[1])
    ruled = [_rule_roles(text, kind, quote, sentences) for kind, quote in quotes]
    open_idx = [i for i, (spk, _) in enumerate(ruled) if spk is None]
    learned: dict[int, Roles] = {}
    if nlp is not None and open_idx:
        found = _model_roles(nlp, text, [quotes[i][1] for i in open_idx], sentences)
        learned = dict(zip(open_idx, found, strict=True))
    out: list[QuoteMention] = []
    for i, (kind, quote) in enumerate(quotes):
        speaker, cue = ruled[i]
        if speaker is None and kind == "indirect":
            speaker = _inherited(text, quote, out[-1] if out else None, sentences)
        if speaker is None:
            speaker, cue = learned.get(i, (None, None))
        out.append(QuoteMention(kind, quote, speaker, cue))
    return out


def _rule_roles(text: str, kind: QuoteKind, quote: Span, sentences: list[Span]) -> Roles:
    roles = _frame_roles(text, kind, quote, sentences)
    return roles if roles[0] else _source_roles(text, quote, sentences)


def find_quotes(text: str) -> list[QuoteMention]:
    """All quotations in `text`, sorted by quote start. Pure function of `text`."""
    pipes = _pipelines()
    if not text.strip():
        return []
    model_quotes = _model_spans(pipes[0], text) if pipes else []
    out = _assign_speakers(text, _quote_spans(text, model_quotes), pipes[1] if pipes else None)
    return sorted(out, key=lambda m: (m.quote[0], m.quote[1]))
