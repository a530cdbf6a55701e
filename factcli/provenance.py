"""Which outlets an article relays, and relay chains from the article to a claim's source.

A chain runs outward: the article's own outlet, then each outlet it cites for the claim, then
the source (a named person, an organisation, or anonymous officials). Photo credits
(`Foto: CNN`, `© IMAGO`) are not relays, and neither is an outlet that is only a topic.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from factcli.analysis import ParsedArticle
from factcli.corpus import SOURCE_LINE
from factcli.outlets import canonical_outlet

# Words in the same sentence that make a named outlet a source of information.
RELAY_CUES = re.compile(
    r"(?<!\w)(?:laut|zufolge|berichte\w*|bericht\w*|schreib\w*|schrieb\w*|meldet\w*|meldung|zitier\w*|"
    r"berufung|beruft|angaben|informationen|heißt es|hieß es|quellen?|publiziert\w*|veröffentlich\w*|"
    r"enthüll\w*|recherche\w*|anfragen?)(?!\w)",
    re.IGNORECASE,
)
# Words beside an outlet that make it one someone spoke or wrote to, or its own staff: "gegenüber
# dem Spiegel", "im Gespräch mit der ARD", "das der Zeitung vorliegt", "die die BIG dem STANDARD
# übermittelte", "sagte ein Sprecher der dpa", "Korrespondent des STANDARD"; and the venue of a
# statement: "spricht sich in der Kronen Zeitung für … aus", "äußert sich in der Zeit" (whole
# forms only: "Die Sprache sei zu radikal für ARD und ZDF" makes no relay).
OUTLET_HEARD = re.compile(
    r"(?<!\w)(?:gegenüber|interview\w*|gespräch\w*|vorlieg\w*|vorlag\w*|übermittel\w*|korrespondent\w*|"
    r"reporter\w*|redakteur\w*|sagte\w*|sagt|erklärte\w*|erklärt|teilte\w*|mitgeteilt|"
    r"spricht|sprach|sprachen|sprechen|äußert|äußern|äußerte|äußerten|geäußert)(?!\w)",
    re.IGNORECASE,
)
# A lead cites a report with a relay cue or by saying what it reveals ("WSJ deckt … auf").
LEAD_CUES = re.compile(
    RELAY_CUES.pattern + "|" + OUTLET_HEARD.pattern + r"|(?<!\w)(?:deckt|decken|deckte|deckten)\s.*?\bauf(?!\w)",
    re.IGNORECASE,
)
CREDIT_WORDS = ("Foto", "Bild", "Fotos", "Bilder", "Grafik", "Video", "Bildquelle", "Bildnachweis", "Fotoquelle")
CREDIT = re.compile(rf"(?:{'|'.join(CREDIT_WORDS)})\s*:\s*[^|\n]{{0,40}}$|©\s*[^|\n]{{0,40}}$", re.IGNORECASE)
# The longest word of CREDIT, its colon and the 40 characters after it; the rest is white space.
CREDIT_MAX_VISIBLE = max(map(len, CREDIT_WORDS)) + 1 + 40


MAX_LEAD_CHARS = 1000  # the title and lead of a news article


# "sagte X der Zeitung", "erklärte X gegenüber dem Sender": the outlet a person spoke to.
ADDRESSEE_ARTICLE = re.compile(r"\s(?:gegenüber\s+)?(?:der|dem)\s+$")
ADDRESSEE_CHARS = 12  # room for " der " before the outlet
# "sagte sie dem Handelsblatt", "Eva Lang sagte der Zeitung": a pronoun or a verb of telling
# before the article also marks the one spoken to
SPEAKER_BEFORE_ADDRESSEE = re.compile(
    r"(?<!\w)(?:er|sie|sagte|sagten|sagt|erklärte|erklärten|erklärt|verriet|versicherte)$"
)


# "sagte X im Interview mit der ARD", "in einem Gespräch mit dem Spiegel": the outlet interviewed X.
INTERVIEW_VENUE = re.compile(r"(?:[Ii]m|[Ii]n\s+einem)\s+(?:Interview|Gespräch)\s+mit\s+(?:der|dem|den)\s+$")
INTERVIEW_VENUE_CHARS = 40


def interviewed_by(text: str, outlet_start: int) -> bool:
    """Whether the outlet at `outlet_start` is named as the one holding an interview."""
    return bool(INTERVIEW_VENUE.search(text, max(0, outlet_start - INTERVIEW_VENUE_CHARS), outlet_start))


def addressee_of(text: str, outlet_start: int, person_ends: AbstractSet[int], *, since: int) -> int | None:
    """The end of the person's name when the outlet at `outlet_start` is the one that person spoke
    to ("erklärte Anna Reuß der Zeitung"), else None."""
    article = ADDRESSEE_ARTICLE.search(text, since, outlet_start)
    name_end = _end_of_word_before(text, article.start()) if article else -1
    told = name_end > 0 and SPEAKER_BEFORE_ADDRESSEE.search(text, max(0, name_end - 12), name_end)
    return name_end if name_end in person_ends or told else None


def _end_of_word_before(text: str, offset: int) -> int:
    """The end of the last word before `offset`, skipping spaces (without copying the text)."""
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return offset


def cited_outlets(parsed: ParsedArticle) -> tuple[str, ...]:
    """Outlets the article cites as a source, in order of first citation, without its own."""
    text = parsed.article.text
    cited: list[str] = []
    for mention in parsed.mentions:
        if not mention.is_media:
            continue
        name = mention.key_name
        if name == parsed.article.outlet or name in cited or is_credit(text, mention.start):
            continue
        sentence = _sentence_around(parsed, mention.start, mention.end)
        if RELAY_CUES.search(sentence):
            cited.append(name)
    for listed in listed_sources(text):
        if listed != parsed.article.outlet and listed not in cited:
            cited.append(listed)
    return tuple(cited)


def article_relays(parsed: ParsedArticle) -> tuple[str, ...]:
    """The outlets an article relays: those it cites, the one its title or lead names, and those
    a person spoke to ("sagte sie dem Handelsblatt"), which are no source of other claims."""
    cited = cited_outlets(parsed)
    lead = lead_outlet(parsed)
    relays = cited if lead is None or lead in cited else (lead, *cited)
    spoken_to, _named = outlets_spoken_to(parsed)
    return tuple(dict.fromkeys([*relays, *sorted(spoken_to)]))


def outlets_spoken_to(parsed: ParsedArticle) -> tuple[frozenset[str], frozenset[str]]:
    """The outlets a person spoke to ("sagte Anna Reuß der Zeitung"), and those named otherwise."""
    text = parsed.article.text
    person_ends = {m.end for m in parsed.mentions if m.label == "PER"}
    spoken_to: set[str] = set()
    named: set[str] = set()
    for media in (m for m in parsed.mentions if m.is_media and m.key_name != parsed.article.outlet):
        addressed = addressee_of(text, media.start, person_ends, since=max(0, media.start - ADDRESSEE_CHARS))
        (spoken_to if addressed is not None or interviewed_by(text, media.start) else named).add(media.key_name)
    return frozenset(spoken_to), frozenset(named)


def lead_outlet(parsed: ParsedArticle) -> str | None:
    """The outlet the title or lead names ("WSJ deckt … auf"), other than the article's own: the
    report the article rests on. The lead is the title line and the paragraph after it, capped for
    pasted texts that lost their line breaks and so are one paragraph."""
    lead_end = min(len(parsed.article.text.split("\n\n", 3)[0]) + 600, MAX_LEAD_CHARS)
    for mention in parsed.mentions:
        if (
            mention.is_media
            and mention.start < lead_end
            and mention.key_name != parsed.article.outlet
            and not is_credit(parsed.article.text, mention.start)  # "Foto: CNN" is no source
            # a report is cited ("WSJ deckt … auf", "laut Spiegel") or an interview held ("STANDARD: Wie
            # …?"); "der ORF zeigt ab Montag …" is a topic
            and (
                LEAD_CUES.search(_sentence_around(parsed, mention.start, mention.end))
                or parsed.article.text.startswith(":", mention.end)
            )
        ):
            return mention.key_name
    return None


# "Berlin (dpa) – ", "WASHINGTON (AP/dpa) - ": the agency whose copy the article prints.
DATELINE_AGENCY = re.compile(
    r"^[A-ZÄÖÜ][\w./-]*(?:[ /][A-ZÄÖÜ][\w./-]*){0,2}\s*\((?P<agencies>[\w/ -]{2,30})\)\s*[–—-]\s", re.MULTILINE
)


def dateline_agency(parsed: ParsedArticle) -> str | None:
    """The news agency of a dateline in the lead: every claim of the article comes through it.
    With several ("AP/dpa"), the last one delivered the copy."""
    match = DATELINE_AGENCY.search(parsed.article.text, 0, MAX_LEAD_CHARS)
    if match is None:
        return None
    names = [canonical_outlet(part) for part in re.split(r"[/,]\s*", match.group("agencies"))]
    known = [name for name in names if name]
    return known[-1] if known and known[-1] != parsed.article.outlet else None


# "(APA, 5.7.2015)", "(dpa/AFP, 3.1.2024)": the agency credit Austrian and German copy ends with.
AGENCY_CREDIT = re.compile(r"\((?P<value>[\w/ .-]{2,30}?),\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\)")


def listed_sources(text: str) -> list[str]:
    """Outlets a "Quelle: Wall Street Journal, Die Zeit" line or an agency credit "(APA, 5.7.2015)"
    names; they source the whole article."""
    listed = []
    for match in [*SOURCE_LINE.finditer(text), *AGENCY_CREDIT.finditer(text)]:
        for part in re.split(r"\s*[,;/]\s*|\s+und\s+", match.group("value")):
            if outlet := canonical_outlet(part):
                listed.append(outlet)
    return listed


def is_credit(text: str, start: int) -> bool:
    """True when the mention sits in a photo or image credit on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    bar = text.find("|", start, line_end)
    end = line_end if bar == -1 else bar
    # a credit ends where the line (or its first field after the mention) does, so only that end
    # is searched: a text without line breaks would otherwise be searched whole for each mention
    return bool(CREDIT.search(text, _credit_start(text, line_start, end), end))


def is_credit_line(text: str, pos: int) -> bool:
    """True when the line holding `pos` is a credit and nothing else ("Bildquelle: picture alliance/AP")."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    return bool(CREDIT.match(text, line_start, len(text) if line_end == -1 else line_end))


def _credit_start(text: str, line_start: int, end: int) -> int:
    """Where a credit ending at `end` can begin at the earliest: a match holds at most
    CREDIT_MAX_VISIBLE characters other than white space."""
    visible = 0
    for i in range(end - 1, line_start - 1, -1):
        if not text[i].isspace():
            visible += 1
            if visible == CREDIT_MAX_VISIBLE:
                return i
    return line_start


def _sentence_around(parsed: ParsedArticle, start: int, end: int) -> str:
    text = parsed.article.text
    for s_start, s_end in parsed.sentences:
        if s_start <= start < s_end:
            return text[s_start : max(s_end, end)]
    return text[max(0, start - 200) : end + 200]
