"""Claims: quotations and reported statements, their speakers, stance and relay chain.

The quotation finder (`factcli.quotes`) gives quote, speaker and cue spans. This module turns
them into `Claim` records: resolves the speaker to an entity (pronouns to the last person,
roles like "der Kremlsprecher" to the person named with that role), decides assert or deny,
adds hearsay the finder does not cover ("soll ... haben", "angeblich"), and builds the relay
chain article → outlet(s) → source.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence

from factcli.analysis import ParsedArticle
from factcli.entities import strip_titles
from factcli.model import Claim, Entity, Mention, Speaker, Stance
from factcli.quotes import QuoteMention, find_quotes

# Verbs of denial in the frame around a statement ("dementierte", "wies ... zurück").
DENIAL_FRAME = re.compile(
    r"(?<!\w)(?:dementi\w*|bestreit\w*|bestritt\w*|abgestritten|zurückgewiesen|zurückzuweisen|zurückweis\w*|"
    r"(?:wies|weist|wiesen|weisen)\b[^.!?]{0,120}?\bzurück|widersprach\w*|widerspricht|widersprech\w*|"
    r"leugne\w*|geleugnet|verneint\w*)(?!\w)",
    re.IGNORECASE,
)
# What a speaker says when denying: "Nein, das stimmt nicht", "unwahr", "absolut falsch".
DENIAL_CONTENT = re.compile(
    r"(?<!\w)(?:stimmt\s+nicht|stimmt\s+so\s+nicht|nicht\s+wahr|unwahr\w*|falsch\w*|verlogen\w*|gelogen|"
    r"lüge\w*|frei\s+erfunden|erfunden|haltlos\w*|unsinn|fake\s+news|entbehr\w*\s+jeder\s+grundlage|"
    r"absurd\w*|dementi)(?!\w)",
    re.IGNORECASE,
)
# Objects a denial targets ("dementierte den Bericht", "wies die Vorwürfe zurück").
DENIAL_TARGETS = re.compile(
    r"(?<!\w)(?:den|die|diese|diesen|das|dieses)\s+(?P<target>Berichte?|Bericht\w*|Vorwürfe?|Aussage\w*|"
    r"Darstellung\w*|Informationen?|Meldung\w*|Angaben|Behauptung\w*|Anschuldigung\w*)(?!\w)"
)
PRONOUNS = frozenset({"er", "sie", "ihm", "ihr", "ihn", "dieser", "jener", "Er", "Sie", "Ihm", "Ihr", "Ihn"})
# Unnamed people and groups as sources: "zwei darüber unterrichtete Personen", "ungenannte Beamte".
ANONYMOUS = re.compile(
    r"(?<!\w)(?:Person(?:en)?|Beamte[nr]?|Quellen?|Insider[n]?|Kreise[n]?|Mitarbeiter[n]?|Vertreter[n]?|"
    r"Diplomaten?|Informanten?|Regierungsbeamte[nr]?|Geheimdienstmitarbeiter[n]?|Eingeweihte[n]?)(?!\w)"
)
# Hearsay without a quote: reportative "sollen" with a perfect infinitive, "angeblich", "Berichten zufolge".
HEARSAY = re.compile(
    r"(?<!\w)(?:soll(?:en|te|ten)?\b[^.!?]{0,200}?\b(?:haben|sein|worden\s+sein)(?!\w)|angeblich|"
    r"mutmaßlich|Berichten\s+zufolge)",
    re.IGNORECASE,
)
# A source's silence is a claim too: "reagierte nicht auf Anfragen", "war nicht zu erreichen".
NO_COMMENT = re.compile(
    r"(?<!\w)(?:(?:reagierte|reagierten|antwortete|antworteten|äußerte|äußerten)\b[^.!?]{0,60}?\bnicht"
    r"|ließ\b[^.!?]{0,60}?\bunbeantwortet|nicht\s+zu\s+erreichen|keinen\s+Kommentar|"
    r"lehnte\b[^.!?]{0,60}?\b(?:Stellungnahme|Kommentar)\w*\s+ab)(?!\w)",
    re.IGNORECASE,
)
PERSON_ANAPHORA = re.compile(r"(?<!\w)(?:er|ihm|ihn|seine[mnrs]?|der\s+\w+\s+\w*(?:er|in))(?!\w)")
# Outlets cited for one statement: "zitiert die Zeit", "laut dem WSJ", "sagte er der Zeit".
SOURCE_AFTER_OUTLET = re.compile(
    r"(?:unter\s+Berufung\s+auf|beruft\s+sich\s+(?:dabei\s+)?auf|mit)\s+(?P<source>[^,.;:]{3,90}?)"
    r"(?:\s+als\s+Quellen?|(?=[,.;:]|$))"
)
QUOTE_MARKS = "„“”\"»«‚‘’›‹'"


def extract_claims(
    parsed: ParsedArticle, *, quotes: Sequence[QuoteMention] | None = None, entities: Sequence[Entity]
) -> list[Claim]:
    """All claims of one article, in text order, with stable ids; `quotes` default to `find_quotes`."""
    text = parsed.article.text
    names = _canonical_names(entities, parsed.article.id)
    quotes = list(quotes) if quotes is not None else find_quotes(text)
    claims: list[Claim] = []
    previous_outlets: tuple[str, ...] = ()
    previous_paragraph = -1
    for quote in sorted([*quotes, *_hearsay(parsed, quotes)], key=lambda q: q.quote):
        # reported speech continues an attribution within a paragraph ("..., sei es um ... gegangen")
        paragraph = text.count("\n", 0, quote.quote[0])
        carried = previous_outlets if paragraph == previous_paragraph else ()
        claim, outlets = _claim(parsed, quote, names=names, carried=carried)
        claims.append(claim)
        previous_outlets, previous_paragraph = outlets, paragraph
    claims.sort(key=lambda c: c.quote_start)
    return claims


def claim_id(article_text: str, start: int, end: int) -> str:
    """Stable across runs: derived from the article content and the claim's offsets."""
    digest = hashlib.sha1(f"{hashlib.sha1(article_text.encode()).hexdigest()}:{start}:{end}".encode())
    return "c" + digest.hexdigest()[:10]


def _canonical_names(entities: Sequence[Entity], article: str) -> dict[tuple[int, int], tuple[str, str]]:
    """(start, end) of each entity mention in this article -> (canonical name, label)."""
    names: dict[tuple[int, int], tuple[str, str]] = {}
    for entity in entities:
        for mention in entity.mentions:
            if mention.article == article and entity.label != "DATE":
                label = "MEDIA" if entity.is_media else entity.label
                names[(mention.start, mention.end)] = (entity.name, label)
    return names


def _claim(
    parsed: ParsedArticle,
    quote: QuoteMention,
    *,
    names: dict[tuple[int, int], tuple[str, str]],
    carried: tuple[str, ...],
) -> tuple[Claim, tuple[str, ...]]:
    text = parsed.article.text
    start, end = _strip_marks(text, *quote.quote)
    sentence_start, sentence_end = _sentence_bounds(parsed, quote)
    sentence = text[sentence_start:sentence_end].strip()
    speaker = _speaker(parsed, quote, names=names)
    cue = text[quote.cue[0] : quote.cue[1]] if quote.cue else None
    stance, denies = _stance(text[start:end], sentence, cue, parsed, sentence_start, sentence_end)
    relays, outlets = _relays(parsed, speaker, sentence_start, sentence_end, carried=carried)
    inside = [m for m in parsed.mentions if sentence_start <= m.start and m.end <= sentence_end]
    implicit = _implicit_person(parsed, inside, sentence, sentence_start, names)
    claim = Claim(
        id=claim_id(text, start, end),
        article=parsed.article.id,
        outlet=parsed.article.outlet,
        text=text[start:end],
        quote_start=start,
        quote_end=end,
        sentence=sentence,
        speaker=speaker,
        cue=cue,
        type=quote.kind,
        stance=stance,
        relays=relays,
        entities=tuple(
            dict.fromkeys(
                [*(names.get((m.start, m.end), (m.text, ""))[0] for m in inside if m.label != "DATE"), *implicit]
            )
        ),
        dates=tuple(dict.fromkeys(_date_text(m) for m in inside if m.label == "DATE")),
        denies=denies,
    )
    return claim, outlets


def _implicit_person(
    parsed: ParsedArticle,
    inside: list[Mention],
    sentence: str,
    sentence_start: int,
    names: dict[tuple[int, int], tuple[str, str]],
) -> list[str]:
    """'reagierte er nicht': the person a sentence without a name refers to, by the last one named."""
    if any(m.label == "PER" for m in inside) or not PERSON_ANAPHORA.search(sentence):
        return []
    person = _last_person_before(sentence_start, names, parsed.article.text)
    return [person] if person else []


def _date_text(mention: Mention) -> str:
    if mention.value is None:
        return mention.text
    value = mention.value
    return value.start if value.start == value.end else f"{value.start}/{value.end}"


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in QUOTE_MARKS or text[end - 1].isspace()):
        end -= 1
    return start, end


def _sentence_bounds(parsed: ParsedArticle, quote: QuoteMention) -> tuple[int, int]:
    """The sentences that hold the quote and its speaker and cue."""
    points = [quote.quote[0], quote.quote[1] - 1]
    points += [p for span in (quote.speaker, quote.cue) if span for p in (span[0], span[1] - 1)]
    low, high = min(points), max(points)
    start, end = low, high + 1
    for s_start, s_end in parsed.sentences:
        if s_start <= low < s_end:
            start = s_start
        if s_start <= high < s_end:
            end = s_end
    return start, end


def _speaker(
    parsed: ParsedArticle, quote: QuoteMention, *, names: dict[tuple[int, int], tuple[str, str]]
) -> Speaker | None:
    if quote.speaker is None:
        return None
    text = parsed.article.text
    s_start, s_end = quote.speaker
    written = text[s_start:s_end]
    # an entity inside the speaker phrase names it: "Kremlsprecher Dmitri Peskow", "das WSJ"
    inside = [(span, value) for span, value in names.items() if s_start <= span[0] and span[1] <= s_end]
    if inside:
        people = [item for item in inside if item[1][1] == "PER"] or inside
        name, label = people[0][1]
        return Speaker(name, label, s_start, s_end, written)
    if written.strip() in PRONOUNS and (person := _last_person_before(s_start, names, text)):
        return Speaker(person, "PER", s_start, s_end, written)
    if role_person := _person_with_role(written, names, text, s_start):
        return Speaker(role_person, "PER", s_start, s_end, written)
    label = "ANON" if ANONYMOUS.search(written) else ""
    return Speaker(strip_titles(written) if not label else written.strip(), label, s_start, s_end, written)


def _last_person_before(offset: int, names: dict[tuple[int, int], tuple[str, str]], text: str) -> str | None:
    people = [(span, value[0]) for span, value in names.items() if value[1] == "PER" and span[1] <= offset]
    if not people:
        return None
    return max(people)[1]


def _person_with_role(
    written: str, names: dict[tuple[int, int], tuple[str, str]], text: str, offset: int
) -> str | None:
    """'der Kremlsprecher' -> the person named right after 'Kremlsprecher' elsewhere in the article."""
    words = [w for w in re.findall(r"[\wÄÖÜäöüß-]+", written) if w[:1].isupper()]
    if not words:
        return None
    role = words[-1]
    candidates = []
    for (start, _end), (name, label) in names.items():
        if label == "PER" and re.search(rf"{re.escape(role)}\w*\s+(?:[\w-]+\s+)?$", text[max(0, start - 60) : start]):
            candidates.append((abs(start - offset), name))
    return min(candidates)[1] if candidates else None


def stance_of(content: str, sentence: str, cue: str | None) -> Stance:
    """'deny' when the frame uses a verb of denial or the content itself calls something false."""
    frame = sentence.replace(content, " ") if content and content != sentence else sentence
    if DENIAL_FRAME.search(cue or "") or DENIAL_FRAME.search(frame) or DENIAL_CONTENT.search(content):
        return "deny"
    return "assert"


def _stance(
    content: str, sentence: str, cue: str | None, parsed: ParsedArticle, start: int, end: int
) -> tuple[Stance, str | None]:
    if stance_of(content, sentence, cue) == "assert":
        return "assert", None
    target = DENIAL_TARGETS.search(sentence)
    if target is None:
        return "deny", None
    outlets = [m.key.split(":", 1)[1] for m in parsed.mentions if m.is_media and start <= m.start < end]
    what = target.group("target")
    return "deny", f"{what} ({outlets[0]})" if outlets else what


def _relays(
    parsed: ParsedArticle, speaker: Speaker | None, start: int, end: int, *, carried: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Article's outlet → outlets cited in the sentence (or carried from the paragraph) → source."""
    text = parsed.article.text
    own = parsed.article.outlet or parsed.article.id
    outlets = [
        m.key.split(":", 1)[1]
        for m in parsed.mentions
        if m.is_media and start <= m.start < end and not _inside_quote(text, m.start, start)
    ]
    outlets = [o for o in dict.fromkeys(outlets) if o != own]
    if speaker is not None and speaker.label == "MEDIA" and speaker.name not in outlets:
        outlets.append(speaker.name)
    if not outlets and (speaker is None or speaker.label in ("ANON", "")):
        outlets = list(carried) or _primary_outlet(parsed)
    chain = [own, *outlets]
    if speaker is not None and speaker.name not in chain:
        chain.append(speaker.name)
    elif speaker is None and (source := SOURCE_AFTER_OUTLET.search(text[start:end])) and outlets:
        chain.append(source.group("source").strip())
    return tuple(chain), tuple(outlets)


def _inside_quote(text: str, offset: int, sentence_start: int) -> bool:
    """An outlet named inside a quotation ("im 'Wall Street Journal' publiziert") is its topic."""
    before = text[sentence_start:offset]
    opened = sum(before.count(mark) for mark in "„»") - sum(before.count(mark) for mark in "“«")
    straight = before.count('"') % 2 == 1
    return opened > 0 or straight


def _primary_outlet(parsed: ParsedArticle) -> list[str]:
    """The outlet a report rests on, when its title or lead names one ("WSJ deckt … auf")."""
    from factcli.provenance import cited_outlets

    lead_end = len(parsed.article.text.split("\n\n", 3)[0]) + 600
    lead_media = [m.key.split(":", 1)[1] for m in parsed.mentions if m.is_media and m.start < lead_end]
    cited = cited_outlets(parsed)
    for name in lead_media:
        if name != parsed.article.outlet:
            return [name]
    return list(cited[:1])


def _hearsay(parsed: ParsedArticle, quotes: Iterable[QuoteMention]) -> list[QuoteMention]:
    """Sentences no quote covers that report hearsay ("soll ... haben", "angeblich") or a silence."""
    text = parsed.article.text
    covered = [q.quote for q in quotes]
    found = []
    for s_start, s_end in parsed.sentences:
        sentence = text[s_start:s_end]
        if len(sentence.split()) < 5 or sentence.rstrip().endswith("?"):
            continue
        if not HEARSAY.search(sentence) and not NO_COMMENT.search(sentence):
            continue
        if any(q_start < s_end and s_start < q_end for q_start, q_end in covered):
            continue
        stripped = len(sentence) - len(sentence.lstrip())
        found.append(QuoteMention("reported", (s_start + stripped, s_start + len(sentence.rstrip())), None, None))
    return found
