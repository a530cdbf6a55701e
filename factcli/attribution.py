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
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter, itemgetter

from factcli.analysis import ParsedArticle
from factcli.clauses import clause_subject, phrase_at
from factcli.entities import strip_titles
from factcli.model import Claim, Entity, Mention, Speaker, Stance
from factcli.names import ROLE_SUFFIX, TITLES
from factcli.outlets import canonical_outlet
from factcli.provenance import (
    ADDRESSEE_CHARS,
    OUTLET_HEARD,
    RELAY_CUES,
    addressee_of,
    cited_outlets,
    dateline_agency,
    is_credit_line,
    lead_outlet,
    listed_sources,
    outlets_spoken_to,
)
from factcli.quotes import CONTESTED_PATTERN, RELATIVE, QuoteMention, find_quotes

# Verbs of denial in the frame around a statement ("dementierte", "wies ... zurück").
DENIAL_FRAME = re.compile(
    r"(?<!\w)(?:dementi\w*|bestreit\w*|bestritt\w*|abgestritten|zurückgewiesen|zurückzuweisen|zurückweis\w*|"
    r"(?:wies|weist|wiesen|weisen)\b[^.!?]{0,120}?\bzurück|widersprach\w*|widerspricht|widersprech\w*|"
    r"(?:streitet|streiten|stritt|stritten)\b[^.!?]{0,120}?\bab\b|"
    r"leugne\w*|geleugnet|verneint\w*)(?!\w)",
    re.IGNORECASE,
)
# What a speaker says when denying: "Nein, das stimmt nicht", "unwahr", "absolut falsch".
DENIAL_CONTENT = re.compile(
    r"(?<!\w)(?:stimmt\s+nicht|stimmt\s+so\s+nicht|nicht\s+wahr|unwahr\w*|verlogen\w*|gelogen|"
    # "Das ist falsch", "falsche Behauptungen"; not "falscher Berichterstattung wegen", "falschliegen"
    r"falsch(?!\w)|falsch(?:e|er|en|es|em)\s+[\w-]*(?:behauptung|bericht|information|angabe|darstellung|"
    r"meldung|vorwürf|anschuldigung|nachricht)(?:e|en|n|s|es)?(?!\w)|"
    r"lüge\w*|frei\s+erfunden|erfunden|haltlos\w*|unsinn|fake\s+news|entbehr\w*\s+jeder\s+grundlage|"
    r"absurd\w*|tr[ei]ff\w*\s+(?:so\s+)?nicht\s+zu|entspr\w*\s+nicht\s+(?:der\s+Wahrheit|den\s+Tatsachen)|"
    r"(?:kann|könne|konnte)\s+(?:\w+\s+)?keine\s+Rede\s+sein|(?:ist|sei|war)\s+nichts\s+dran|"
    r"aus\s+der\s+Luft\s+gegriffen)(?!\w)",
    re.IGNORECASE,
)
# "nicht falsch", "bestritt die Vorwürfe nicht": a negated denial asserts.
NEGATION = re.compile(r"(?<!\w)(?:nicht|nie|keineswegs|keinesfalls)(?!\w)", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:.!?]")
REPORTING_VERB = re.compile(r"(?<!\w)(?:berichte\w*|meldete\w*|meldet|schrieb\w*|schreibt|enthüllte\w*)(?!\w)")
DENIED_OUTLET = re.compile(r"\(([^()]+)\)$")  # "Bericht (New York Times)": the outlet of the denied report
MAX_TARGET_LOOKBACK = 400  # "Der Spiegel berichtete … . Das Amt wies den Bericht zurück."
# Objects a denial targets ("dementierte den Bericht", "wies die Vorwürfe zurück").
DENIAL_TARGETS = re.compile(
    r"(?<!\w)(?:den|die|diese|diesen|das|dieses)\s+(?P<target>Berichte?|Bericht\w*|Vorwürfe?|Aussage\w*|"
    r"Darstellung\w*|Informationen?|Meldung\w*|Angaben|Behauptung\w*|Anschuldigung\w*)(?!\w)"
)
# A sentence opening with an unnamed role: "Ein Kranich-Sprecher wollte …" (a definite role,
# "Der Sprecher", points back to a name instead).
ROLE_OPENING = re.compile(r"\s*(?:Ein|Eine)\s+(?:[a-zäöüß][\w-]*\s+){0,2}(?P<role>[A-ZÄÖÜ][\w-]*)(?=\s)")
MAX_HEADING_WORDS = 15
SENTENCE_INSIDE = re.compile(r"[a-zäöüß]{3}[.!?]\s+\S")  # a sentence ends inside the line
HEADING_ENDS = frozenset('.!?:;"“”»«)…\'')
# Adverbs that point back to the source named before ("Demnach soll …"): not speakers themselves.
ANAPHORIC_SOURCES = frozenset({"Demnach", "demnach", "Demzufolge", "demzufolge", "Danach", "Dem zufolge"})
PRONOUNS = frozenset({"er", "sie", "ihm", "ihr", "ihn", "dieser", "jener", "Er", "Sie", "Ihm", "Ihr", "Ihn"})
# Common nouns for an outlet named before ("laut der Zeitung", "sagte er dem Blatt").
MEDIA_NOUNS = (
    r"(?:Zeitung|Blatt(?:es)?|Magazin|Nachrichtenmagazin|Sender|Agentur|Nachrichtenagentur|Wochenzeitung|"
    r"Tageszeitung|Wochenmagazin|Portal)"
)
MEDIA_ANAPHOR = re.compile(r"^(?:der|die|das|dem|den|des)\s+" + MEDIA_NOUNS + "$", re.IGNORECASE)
# "Das Unternehmen teilte mit", "Die Gewerkschaft erklärte": a common noun for a body named before.
# Each noun with the kind of body it names; nouns of one kind stand for each other.
BODY_KINDS = {
    **dict.fromkeys(
        ("Unternehmen", "Konzern", "Firma", "Hersteller", "Autobauer", "Fluggesellschaft", "Airline", "Bank"), "company"
    ),
    "Gewerkschaft": "union",
    "Partei": "party",
    **dict.fromkeys(("Ministerium", "Behörde"), "authority"),
    **dict.fromkeys(("Verband", "Verein", "Organisation", "Stiftung", "Institut"), "association"),
    "Klinik": "hospital",
}
# Unions and parties are few and known by name; "die Gewerkschaft" never means a company.
NAMED_KINDS = {
    "union": re.compile(
        r"Gewerkschaft|\b(?:GDL|EVG|DGB|GEW|NGG|UFO|IG Metall|IG BCE|Verdi|ver\.di|Marburger Bund|"
        r"Vereinigung Cockpit)\b"
    ),
    "party": re.compile(r"Partei|\b(?:SPD|CDU|CSU|FDP|AfD|BSW|Grünen?|Linke|ÖVP|SPÖ|FPÖ|NEOS|SVP|Freie Wähler)\b"),
}
BODY_ANAPHOR = re.compile(r"^(?:[Dd]as|[Dd]er|[Dd]ie)\s+(?P<noun>" + "|".join(BODY_KINDS) + ")$")
MAX_BODY_DISTANCE = 1500  # characters back to the body an anaphor may name
# "Eine Sprecherin des Unternehmens": a spokesperson named by the body they speak for
ROLE_OF_BODY = re.compile(
    r"(?:(?:[Ee]in|[Ee]ine|[Dd]er|[Dd]ie)\s+)?((?=[A-ZÄÖÜ])[\w-]*[Ss]precher(?:in)?\s+(?:des|der|von|vom)\s+\S.*)$"
)
ROLE_IN_BODY = re.compile(
    r"(?:(?:[Dd]er|[Dd]ie|[Dd]es|[Dd]em|[Dd]en)\s+)?((?:[a-zäöüß][\w-]*\s+){0,2}(?P<role>[A-ZÄÖÜ][\w-]*)"
    r"\s+(?:des|der|von|vom)\s+\S.*)$"
)
SPOKESPERSON = re.compile(r"sprecher(?:in)?$", re.IGNORECASE)
# "Thomas Brandl, der Geschäftsführer der Kliniken, …": an apposition's article and role say the
# person's gender; a role followed by a name is the next person of a list ("X, die Ärztin Eva Roth")
GENDERED_APPOSITION = re.compile(
    r",\s+(?P<article>der|die)\s+(?:[a-zäöüß][\w-]*\s+)?(?P<role>[A-ZÄÖÜ][\w-]*)(?![\w-]|\s+[A-ZÄÖÜ])"
)
PRONOUN_GENDER = {"er": "m", "ihm": "m", "ihn": "m", "dieser": "m", "jener": "m", "sie": "f", "ihr": "f"}
# Role words that are masculine ("Minister", "Sprecher", "Präsident"); "-e" roles ("Vorsitzende") are either.
MALE_ROLE_ENDINGS = ("er", "ent", "or", "eur", "ef", "ant", "ist", "at", "ar", "är", "ge", "om", "ig", "nz")
# Unnamed people and groups as sources: "zwei darüber unterrichtete Personen", "ungenannte Beamte".
ANONYMOUS = re.compile(
    r"(?<!\w)(?:Person(?:en)?|Beamte[nr]?|Quellen?|Insider[n]?|Kreise[n]?|Mitarbeiter[n]?|Vertreter[n]?|"
    r"Diplomaten?|Informanten?|Regierungsbeamte[nr]?|Geheimdienstmitarbeiter[n]?|Eingeweihte[n]?|"
    r"[A-ZÄÖÜ]\w+(?:kreise[n]?|quellen?)"  # "Aus Feuerwehrkreisen", "Sicherheitsquellen"
    # "ein mit den Plänen vertrauter Manager", "ein ungenannter Diplomat": unnamed on purpose
    r"|(?:vertraute[nrs]?|unterrichtete[nrs]?|ungenannte[nrs]?|anonyme[nrs]?)\s+[A-ZÄÖÜ]\w+)(?!\w)"
)
# Groups an article speaks of in general: "Kritiker", "Viele Experten", "Diese Unterstützer".
GROUP_SPEAKER = re.compile(
    r"(?:(?:Viele|Einige|Manche|Andere|Diese|Zahlreiche|Die)\s+)?(?:[\w-]+-)?(?:Kritiker|Analysten|Experten|"
    r"Beobachter|Unterstützer|Befürworter|Gegner|Anhänger|Fans|Nutzer|Anwohner|Bürger|Wähler|Ökonomen|Fachleute)"
    r"(?:\*innen|innen|:innen)?$"
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
    r"lehnte\b[^.!?]{0,60}?\b(?:Stellungnahme|Kommentar)\w*\s+ab"
    # "Die Polizei wollte dies nicht bestätigen", "wollte sich dazu nicht äußern"
    r"|(?:wollte|wollten|will|wollen|konnte|konnten|kann|können)\b[^.!?]{0,60}?\bnicht\s+"
    r"(?:bestätigen|äußern|kommentieren|beziffern|nennen))(?!\w)",
    re.IGNORECASE,
)
PERSON_PRONOUN = re.compile(r"(?<!\w)(?:er|ihm|ihn|seine[mnrs]?)(?!\w)")
# "Der schwerreiche Unternehmer": a described person, usually the one the article is about.
PERSON_DESCRIPTION = re.compile(r"^(?:Der|Die)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][\w-]*(?:er|in)\b")
# Outlets cited for one statement: "zitiert die Zeit", "laut dem WSJ", "sagte er der Zeit".
SOURCE_AFTER_OUTLET = re.compile(
    r"(?<!\w)(?:(?:unter\s+Berufung\s+auf|beruft\s+sich\s+(?:dabei\s+)?auf)\s+(?P<source>[^,.;:]{3,90}?)"
    r"(?=\s+(?:berichtet\w*|meldet\w*|gemeldet|schrieb\w*|schreibt|geschrieben|mitteilte|mitgeteilt|erfuhr|erfahren|"
    r"hieß|heißt)\b|[,.;:]|$)"
    r"|mit\s+(?P<listed>[^,.;:]{3,90}?)\s+als\s+Quellen?(?!\w)"
    # "erfuhr das Handelsblatt aus Unternehmenskreisen": circles the outlet heard it from
    r"|(?<=\s)aus\s+(?P<circles>(?:[a-zäöüß]+en\s+)?[A-ZÄÖÜ][\w-]*[kK]reisen)(?!\w))"
)
SOURCE_GROUPS = ("source", "listed", "circles")  # SOURCE_AFTER_OUTLET's alternatives; one of them matched
FRAGMENT_LOOKBACK = 20  # claims starting before a quoted phrase that may hold it
NEAR_FRAME_CHARS = 250  # a speaker further away was carried over, not part of this sentence's frame
IMPERSONAL_REPORT = re.compile(r"(?<!\w)(?:hieß|heißt)\s+es(?!\w)|(?<!\w)es\s+(?:hieß|heißt)(?!\w)")
# Sentence adverbs a quotation model sometimes takes for a speaker.
NOT_SPEAKERS = frozenset(
    "Dennoch Zudem Auch Jedoch Allerdings Außerdem Damit Dabei Demnach Deshalb Daher Trotzdem Dazu Zuvor Später "
    "Nun Jetzt Bisher Inzwischen Stattdessen Insbesondere".split()
)
# A report as the source: "laut einem Bericht", "einem Zeitungsbericht zufolge", "nach Informationen der".
REPORT_SOURCE = re.compile(
    r"(?<!\w)(?:(?:laut|nach|gemäß)\s+(?:einem|dem|einer|der|den|diesem)?\s*\w*(?:[Bb]ericht|[Bb]erichten|"
    r"Informationen|Angaben|Recherchen)\b|\w*(?:[Bb]ericht|[Bb]erichten|Informationen|Angaben)\s+zufolge)"
)
# "seiner Einschätzung nach", "nach ihren Worten": a possessive source names the person it refers to.
POSSESSIVE_SOURCE = re.compile(
    r"^(?:seine[mnr]?|ihre[mnr]?)\s+(?:Einschätzung|Meinung|Ansicht|Auffassung|Überzeugung|Darstellung|"
    r"Worten|Angaben|Aussage|Sicht)$"
)
# The dative article right before an outlet that follows a speaker's name ("X der Zeitung").
# A sentence that refers to a report, whose outlet the article may name only further on.
REPORT_REFERENCE = re.compile(
    r"(?<!\w)\w*(?:[Bb]ericht|[Zz]eitung|[Mm]edien|Enthüllung|Recherche|Informationen|Angaben)"
)
SOURCE_OF_BODY = re.compile(
    r"^(?:[a-zäöüß]+\s+)?(?:Angaben|Informationen|Erkenntnissen?|Berechnungen|Schätzungen|Zählungen?|Aussagen?|"
    r"Auskunft|Darstellung|Ansicht|Meinung|Auffassung|Einschätzung)\s+der\s+(?P<body>[A-ZÄÖÜ][^,;:]*)$"
)
REPORT_NOUNS = re.compile(r"^(?:\w+\s+)?\w*(?:[Bb]ericht\w*|Informationen|Angaben|Recherchen|Meldung\w*)$")
SPEECH_VERBS = re.compile(
    r"(?<!\w)(?:(?:sagte|erklärte|betonte|bekräftigte|teilte|berichtete|meinte|warnte|fügte|räumte|bestätigte|"
    r"versicherte|beteuerte|dementierte|äußerte|kündigte|forderte|zitierte)n?|sagt|erklärt|betont|"
    r"bekräftigt|berichtet|schrieb|schrieben|schreibt|bestritt|bestritten|wies|wiesen|zitiert|hieß|heißt)(?!\w)"
)
# Negated assurances and restrictions are denials: "versicherte, er habe nie …", "lediglich einmal".
ASSURANCE_CUES = re.compile(
    r"(?<!\w)(?:bekräftig\w*|betont\w*|versicher\w*|beteuer\w*|stellte\w*\s+klar|klarstell\w*|unterstrich\w*)",
    re.IGNORECASE,
)
# "nicht nur", "nicht mehr als", "nicht zuletzt" qualify an assertion; they deny nothing.
STRONG_NEGATION = re.compile(
    r"(?<!\w)(?:nicht(?!\s+(?:nur|mehr\s+als|weniger\s+als|zuletzt)\b)|kein\w*|weder|nie|niemals|nichts)(?!\w)",
    re.IGNORECASE,
)
RESTRICTION = re.compile(r"(?<!\w)(?:lediglich|nur|bloß)\s+(?:einmal|ein\s+einziges\s+Mal|ein\s+Mal)(?!\w)")
# Opening marks and the marks that close them (German „…“, ‚…‘, »…«; Swiss and French «…»).
MARK_PAIRS = {"„": "“”", "‚": "‘’", "»": "«", "«": "»", "›": "‹", "‹": "›", '"': '"', "'": "'", "“": "”"}
OPENING_MARKS = "„»‚›\"'"  # straight marks open and close
CLOSING_MARKS = "“”«‘’‹\"'"
LIST_MARKS = "•·*–—-|>"
# A sentence ends at a full stop, question or exclamation mark (perhaps inside closing quotation
# marks) before a space, or at a blank line; a colon does not end it.
SENTENCE_END = re.compile(r"[.!?][“”\"»«']?\s|\n\s*\n")


@dataclass(frozen=True, slots=True)
class _ArticleFacts:
    """What every claim of an article shares, found once per article."""

    interviewers: frozenset[str]  # outlets only named as the one a person spoke to
    agency: str | None  # the dateline's agency, which relays every claim
    person_ends: frozenset[int]  # where person mentions end, for "sagte Anna Reuß der Zeitung"


def extract_claims(
    parsed: ParsedArticle, *, quotes: Sequence[QuoteMention] | None = None, entities: Sequence[Entity]
) -> list[Claim]:
    """All claims of one article, in text order, with stable ids; `quotes` default to `find_quotes`."""
    text = parsed.article.text
    names = _canonical_names(entities, parsed.article.id)
    quotes = list(quotes) if quotes is not None else find_quotes(text)
    claims: list[Claim] = []
    spoken_to, named = outlets_spoken_to(parsed)
    facts = _ArticleFacts(
        interviewers=spoken_to - named,
        agency=dateline_agency(parsed),
        person_ends=frozenset(m.end for m in parsed.mentions if m.label == "PER"),
    )
    previous_outlets: tuple[str, ...] = ()
    previous_paragraph = -1
    # a heading that passes on hearsay ("Angeblich Kontakte noch in diesem Jahr") is the outlet's
    # own claim; any other heading only sums up what the text attributes
    spoken = [q for q in quotes if not is_heading(text, *q.quote) and not is_credit_line(text, q.quote[0])]
    for quote in sorted([*spoken, *_hearsay(parsed, quotes)], key=lambda q: q.quote):
        # reported speech continues an attribution within a paragraph ("..., sei es um ... gegangen");
        # in plain-text articles a paragraph is one line
        paragraph = text.count("\n", 0, quote.quote[0])
        same_paragraph = paragraph == previous_paragraph
        previous = claims[-1] if claims and same_paragraph else None
        claim, outlets = _claim(
            parsed,
            quote,
            names=names,
            carried=previous_outlets if same_paragraph else (),
            previous_speaker=previous.speaker.name if previous is not None and previous.speaker else None,
            facts=facts,
        )
        written = text[quote.speaker[0] : quote.speaker[1]].strip() if quote.speaker else ""
        if previous is not None and written in ANAPHORIC_SOURCES:
            # "Demnach soll …": the source of the sentence before speaks, through the same relays
            claim = replace(claim, speaker=previous.speaker, relays=previous.relays)
        claims.append(claim)
        previous_outlets, previous_paragraph = outlets, paragraph
    ordered = sorted(claims, key=attrgetter("quote_start"))
    starts = [c.quote_start for c in ordered]
    return [claim for claim in claims if not _fragment_of_another(claim, ordered, starts)]


def _fragment_of_another(claim: Claim, ordered: list[Claim], starts: list[int]) -> bool:
    """A quoted phrase inside another claim by the same speaker ("der Kanzler habe ‚volles
    Vertrauen' in ihn") is part of that claim, not a second one. `ordered` are the claims by start
    (`starts`); the claim holding a phrase is among the few that start just before it."""
    i = bisect_right(starts, claim.quote_start)
    return any(
        other is not claim
        and other.quote_start <= claim.quote_start
        and claim.quote_end <= other.quote_end
        and (other.quote_end - other.quote_start) > (claim.quote_end - claim.quote_start)
        and (other.speaker.name if other.speaker else None) == (claim.speaker.name if claim.speaker else None)
        for other in ordered[max(0, i - FRAGMENT_LOOKBACK) : i]
    )


def is_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies on a title, subheading or ticker line ("+++ 10:10 Uhr: Verdi
    widerspricht +++"): a short line of its own without a closing mark; it sums up, nobody says it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if line.startswith("+++") or line.endswith("+++"):
        return True
    if not line or line[-1] in HEADING_ENDS or len(line.split()) > MAX_HEADING_WORDS:
        return False
    if SENTENCE_INSIDE.search(line):
        return False  # "Er sagte, er sei zufrieden. Rot ist gut": sentences, whatever the last one lacks
    alone_before = line_start == 0 or not text[max(0, line_start - 2) : line_start - 1].strip()
    alone_after = line_end >= len(text) or not text[line_end + 1 : line_end + 2].strip()
    return alone_before and alone_after


def claim_id(article_text: str, start: int, end: int, outlet: str | None = None) -> str:
    """Stable across runs: derived from the article content, its outlet and the claim's offsets
    (the same agency copy printed by two outlets gives two sets of claims)."""
    digest = hashlib.sha1(f"{_text_digest(article_text)}:{start}:{end}".encode())
    if outlet:
        digest.update(f":{outlet}".encode())
    return "c" + digest.hexdigest()[:10]


@lru_cache(maxsize=64)
def _text_digest(text: str) -> str:
    # one hash per article, not one per claim
    return hashlib.sha1(text.encode()).hexdigest()


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
    previous_speaker: str | None,
    facts: _ArticleFacts,
) -> tuple[Claim, tuple[str, ...]]:
    text = parsed.article.text
    start, end = _strip_marks(text, *quote.quote)
    sentence_start, sentence_end = _sentence_bounds(parsed, quote)
    sentence = text[sentence_start:sentence_end].strip()
    own = _sentence_bounds(parsed, QuoteMention(quote.kind, quote.quote, None, None))
    speaker = _speaker(
        parsed, quote, names=names, sentence=(sentence_start, sentence_end), own=own, previous_speaker=previous_speaker
    )
    cue = (text[quote.cue[0] : quote.cue[1]].strip(" ,:") or None) if quote.cue else None
    stance, denies = _stance(text[start:end], sentence, cue, parsed, sentence_start, sentence_end)
    if speaker is not None and speaker.label in ("PER", "ORG", "") and speaker.name != previous_speaker:
        # a new speaker in the paragraph ("Die Opposition kündigte an, …") is not relayed by the
        # outlet the previous speaker talked to; anonymous sources still are
        carried = ()
    relays, outlets = _relays(
        parsed, speaker, sentence_start, sentence_end, content=(start, end), carried=carried, facts=facts
    )
    named_here = {m.key_name for m in _media_in(parsed, sentence_start, sentence_end)}
    if denies and (target := DENIED_OUTLET.search(denies)) and target.group(1) not in named_here:
        # "Der Kreml nannte den Bericht eine Lüge": the outlet whose report is denied does not pass the
        # denial on, unless the sentence says it does ("…, wie der Spiegel schreibt")
        relays = tuple(r for r in relays if r != target.group(1) or r in (relays[0], relays[-1]))
    inside = [m for m in parsed.mentions if sentence_start <= m.start and m.end <= sentence_end]
    implicit = _implicit_person(parsed, inside, sentence, sentence_start, names)
    claim = Claim(
        id=claim_id(text, start, end, parsed.article.outlet),
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
        # overlap, not containment: a date token may take the claim's final stop ("3. Dezember.")
        stated_dates=tuple(
            dict.fromkeys(_date_text(m) for m in inside if m.label == "DATE" and m.start < end and start < m.end)
        ),
    )
    return claim, outlets


def _implicit_person(
    parsed: ParsedArticle,
    inside: list[Mention],
    sentence: str,
    sentence_start: int,
    names: dict[tuple[int, int], tuple[str, str]],
) -> list[str]:
    """The person a sentence without a name refers to: 'reagierte er nicht' -> the last person named;
    'Der schwerreiche Unternehmer reagierte nicht' -> the person the article names most."""
    if any(m.label == "PER" for m in inside):
        return []
    if PERSON_DESCRIPTION.match(sentence.strip()):
        people = Counter(name for (_s, _e), (name, label) in names.items() if label == "PER")
        return [people.most_common(1)[0][0]] if people else []
    if PERSON_PRONOUN.search(sentence):
        person = _last_person_before(sentence_start, names)
        return [person] if person else []
    return []


def _date_text(mention: Mention) -> str:
    if mention.value is None:
        return mention.text
    value = mention.value
    return value.start if value.start == value.end else f"{value.start}/{value.end}"


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The claim's content without the quotation marks around it; a mark that pairs with one
    inside stays ("dass X sich „nicht leisten könne“" keeps its closing mark)."""
    start, end = _strip_space(text, start, end)
    while end - start >= 2 and _marks_enclose(text, start, end):
        start, end = _strip_space(text, start + 1, end - 1)
    if start < end and text[start] in OPENING_MARKS and not any(c in CLOSING_MARKS for c in text[start + 1 : end]):
        start, end = _strip_space(text, start + 1, end)  # a quote running on without its closing mark
    if start < end and text[end - 1] in CLOSING_MARKS and not any(c in OPENING_MARKS for c in text[start : end - 1]):
        start, end = _strip_space(text, start, end - 1)
    return start, end


def _marks_enclose(text: str, start: int, end: int) -> bool:
    """Whether the first and last characters are one pair of quotation marks around the whole
    span: "„A“ und „B“" is two quotes, not one."""
    closers = MARK_PAIRS.get(text[start], "")
    return bool(closers) and text[end - 1] in closers and not any(c in closers for c in text[start + 1 : end - 1])


def _strip_space(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _sentence_bounds(parsed: ParsedArticle, quote: QuoteMention) -> tuple[int, int]:
    """The sentences that hold the quote, and its speaker and cue where they stand next to it."""
    points = [quote.quote[0], quote.quote[1] - 1]
    near = [span for span in (quote.speaker, quote.cue) if span and _gap(span, quote.quote) <= NEAR_FRAME_CHARS]
    points += [p for span in near for p in (span[0], span[1] - 1)]
    low, high = min(points), max(points)
    first, last = _sentence_at(parsed.sentences, low), _sentence_at(parsed.sentences, high)
    return (first[0] if first else low), (last[1] if last else high + 1)


def _sentence_at(sentences: Sequence[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The sentence holding `pos`; sentences are sorted, so a long article costs log n per claim."""
    i = bisect_right(sentences, pos, key=itemgetter(0)) - 1
    return sentences[i] if i >= 0 and sentences[i][0] <= pos < sentences[i][1] else None


def _speaker(
    parsed: ParsedArticle,
    quote: QuoteMention,
    *,
    names: dict[tuple[int, int], tuple[str, str]],
    sentence: tuple[int, int],
    own: tuple[int, int],
    previous_speaker: str | None = None,
) -> Speaker | None:
    """The speaker as an entity where possible; the frame decides when the finder found none.

    `sentence` spans the quote with its nearby frame, `own` only the quote's own sentences;
    `previous_speaker` spoke the claim before in the same paragraph."""
    text = parsed.article.text
    found = _speaker_from_span(parsed, quote.speaker, names=names) if quote.speaker else None
    frame = _frame(text, sentence, quote.quote)
    # "laut einem Bericht", "einem Zeitungsbericht zufolge": the report's outlet is the source
    if (found is None or found.label != "MEDIA") and REPORT_SOURCE.search(text[sentence[0] : sentence[1]]):
        if media := _media_in(parsed, *sentence):
            mention = media[0]
            return Speaker(mention.key_name, "MEDIA", mention.start, mention.end, text[mention.start : mention.end])
        if outlet := next(iter(_primary_outlet(parsed, before=len(text))), None):
            # named only in the title or lead: the offsets are empty, so the text is too
            return Speaker(outlet, "MEDIA", sentence[0], sentence[0], "")
    # "zitiert die Zeit den Kreml-Sprecher Dmitri Peskow": the outlet relays, the person speaks
    if found is not None and found.label == "MEDIA" and re.search(r"zitiert|zitierte", frame):
        person = _person_in(parsed, sentence, names, after=found.end)
        if person:
            return person
    # a speaker carried over from an earlier sentence yields to a source this sentence names itself
    outside = found is not None and not (own[0] <= found.start < own[1]) and _sentence_break(text, found, quote.quote)
    if outside or found is None:
        own_source = SOURCE_AFTER_OUTLET.search(text, own[0], own[1])
        if own_source:
            group = next(name for name in SOURCE_GROUPS if own_source.group(name))
            phrase = own_source.group(group).strip()
            label = "ANON" if ANONYMOUS.search(phrase) else ""
            return Speaker(phrase, label, own_source.start(group), own_source.start(group) + len(phrase), phrase)
        if outside and IMPERSONAL_REPORT.search(text, own[0], own[1]):
            return None  # "hieß es": the source is the report, not the previous speaker
        if outside and found is not None and found.label == "" and found.name != previous_speaker:
            # an unresolved phrase from another sentence is no speaker of this one, unless it spoke
            # the claim before ("…, sagte der Regierungssprecher weiter. Es gebe keine Lücke …")
            found = None
    if found is None:
        # only quotation marks bound a quote exactly; a reported-speech span may hold its frame
        exclude = quote.quote if quote.kind == "direct" else (quote.quote[0], quote.quote[0])
        found = _speaker_in_frame(parsed, sentence, exclude, names)
    return found


def _sentence_break(text: str, speaker: Speaker, quote: tuple[int, int]) -> bool:
    """Whether a sentence ends between the speaker mention and the quote. The parser splits
    "Der Minister sagte: „…“" at the colon, but that speaker frames the quote."""
    gap = (speaker.end, quote[0]) if speaker.end <= quote[0] else (quote[1], speaker.start)
    return gap[0] < gap[1] and bool(SENTENCE_END.search(text, *gap))


def _is_role_word(word: str) -> bool:
    return word in TITLES or bool(ROLE_SUFFIX.search(word.lower()))


# "Tesla-Chef", "Tesla- und SpaceX-Gründer": organisation names before a hyphen in a role word.
ORG_IN_ROLE = re.compile(r"([\w.]+)-")
ORG_WINDOW = 60  # characters around a person's mention that count as "named with" an organisation
INDEFINITE = re.compile(r"^(?:[Ee]in|[Ee]ine|[Ee]iner|[Ee]ines|[Ee]inem|[Ee]inen)\s")
# Epithets for a person named before: "der 19-Jährige", "der Österreicher", "die Britin".
EPITHET = re.compile(
    r"^(?:\d+-[Jj]ährige[rn]?|(?:US-)?Amerikaner(?:in)?|Österreicher(?:in)?|Schweizer(?:in)?|Deutsche[r]?|"
    r"Franzos(?:e|in)|Brit(?:e|in)|Russ(?:e|in)|Pol(?:e|in)|Türk(?:e|in)|Griech(?:e|in)|Chines(?:e|in)|"
    r"Japaner(?:in)?|Ukrainer(?:in)?|Niederländer(?:in)?|Belgier(?:in)?|Spanier(?:in)?|Italiener(?:in)?|"
    r"Kanadier(?:in)?|Brasilianer(?:in)?|Argentinier(?:in)?|Schwed(?:e|in)|Norweger(?:in)?|Dän(?:e|in)|"
    r"Finn(?:e|in)|Ungar(?:in)?|Tschech(?:e|in)|Iraner(?:in)?|Syrer(?:in)?|Afghan(?:e|in)|Portugiese|"
    r"Portugiesin|Kroat(?:e|in)|Serb(?:e|in)|Slowak(?:e|in)|Rumän(?:e|in)|Bulgar(?:e|in)|Australier(?:in)?|"
    r"Mexikaner(?:in)?|Inder(?:in)?|Israeli|Palästinenser(?:in)?|Ägypter(?:in)?|Nigerianer(?:in)?)$"
)
DEFINITE_ROLE = re.compile(r"^(?:[Dd]er|[Dd]ie|[Dd]es|[Dd]em)\s+(?:[\w-]+\s+){0,3}(?P<role>[\w-]+)$")


def _frame(text: str, sentence: tuple[int, int], quote: tuple[int, int]) -> str:
    return text[sentence[0] : quote[0]] + " " + text[quote[1] : sentence[1]]


def _speaker_from_span(
    parsed: ParsedArticle, span: tuple[int, int], *, names: dict[tuple[int, int], tuple[str, str]]
) -> Speaker | None:
    text = parsed.article.text
    s_start, s_end = span
    while s_start < s_end and (text[s_start].isspace() or text[s_start] in LIST_MARKS):
        s_start += 1  # "• Gazprombank-Vizechef Dmitri Zauers berichtet": the bullet is layout
    # "erklärte Scolik der Frankfurter Allgemeinen": an outlet right after a person's name is the one
    # spoken to, and so a relay, not part of the speaker ("der Sprecher der Zeitung" is a genitive)
    person_ends = {key[1] for key, value in names.items() if value[1] == "PER"}
    for media in _media_in(parsed, s_start + 1, s_end):
        if (name_end := addressee_of(text, media.start, person_ends, since=s_start)) is not None:
            s_end = name_end
            break
    written = text[s_start:s_end]
    # "ein Sprecher der Staatsbahnen, der angab, …": a relative pronoun speaks for its antecedent
    antecedent = _relative_antecedent(text, s_start) if written.strip() in RELATIVE else None
    if antecedent and (resolved := _speaker_from_span(parsed, antecedent, names=names)) is not None:
        return Speaker(resolved.name, resolved.label, s_start, s_end, written)
    # "Eine Sprecherin von Minister X" speaks for X, but is not X: the role with whom it speaks for
    if (role_of := ROLE_OF_BODY.match(written.strip())) and INDEFINITE.match(written.strip()):
        return Speaker(role_of.group(1), "", s_start, s_end, written)
    # an entity inside the speaker phrase names it: "Kremlsprecher Dmitri Peskow", "das WSJ"
    inside = [(key, value) for key, value in names.items() if s_start <= key[0] and key[1] <= s_end]
    # "der Chef der Gruppe Fursan al-Hak": a role held in a body is a person, not the body named after it
    role_in_body = ROLE_IN_BODY.match(written.strip())
    if role_in_body and _is_role_word(role_in_body.group("role")) and not any(v[1] == "PER" for _, v in inside):
        return Speaker(role_in_body.group(1), "", s_start, s_end, written)
    # a place only qualifies the speaker ("Österreichs Wirtschaftsdelegierter"), it does not speak
    named = [item for item in inside if item[1][1] == "PER"] or [item for item in inside if item[1][1] != "LOC"]
    if named:
        name, label = named[0][1]
        return Speaker(name, label, s_start, s_end, written)
    # "nach seiner Einschätzung": the person "seiner" points back to
    if POSSESSIVE_SOURCE.match(written.strip()) and (person := _antecedent(s_start, names, parsed)):
        return Speaker(person, "PER", s_start, s_end, written)
    if written.strip() in PRONOUNS and (unnamed := _unnamed_role_before(parsed, s_start)):
        return Speaker(strip_titles(unnamed), "", s_start, s_end, written)
    if written.strip() in PRONOUNS and (person := _antecedent(s_start, names, parsed, written)):
        return Speaker(person, "PER", s_start, s_end, written)
    # "Ein Polizeisprecher" introduces someone unnamed; only a definite role points to a name
    indefinite = INDEFINITE.match(written.strip()) is not None
    if not indefinite and (role_person := _person_with_role(written, names, text, s_start)):
        return Speaker(role_person, "PER", s_start, s_end, written)
    # "der Banker", "Der Tesla-Gründer", "der Österreicher": a definite role or epithet without a
    # name is the last person named
    role = DEFINITE_ROLE.match(written.strip())
    if role and (_is_role_word(role.group("role")) or EPITHET.match(role.group("role"))):
        person = _person_of_organisation(written, text, names, (s_start, s_end))
        # a spokesperson is seldom the last person named ("Firmenchef X … Der Ministeriumssprecher
        # sagte"): only a name given with the role (above) or the organisation names one
        if person is None and not SPOKESPERSON.search(role.group("role")):
            # the subject-first choice of a pronoun: "Die Gespräche zwischen Musk und Putin … Der
            # Unternehmer reagierte nicht" is Musk, the first one named in that sentence
            person = _antecedent(s_start, names, parsed)
        if person:
            return Speaker(person, "PER", s_start, s_end, written)
    if len(written.split()) > 4 and (verb := SPEECH_VERBS.search(written)):
        s_end = s_start + verb.start()  # "Andere Beamte äußerten sich …": the subject before the verb
        written = text[s_start:s_end].rstrip()
        s_end = s_start + len(written)
    # "Der Spiegel hatte berichtet": an outlet's name as the speaker needs no reporting cue beside it
    if outlet := canonical_outlet(written):
        return Speaker(outlet, "MEDIA", s_start, s_end, written)
    # "Laut der Zeitung …" after "Wie die New York Times berichtete": the outlet named last
    if MEDIA_ANAPHOR.match(written.strip()) and (earlier := _media_in(parsed, 0, s_start)):
        return Speaker(earlier[-1].key_name, "MEDIA", s_start, s_end, written)
    body = BODY_ANAPHOR.match(written.strip())
    if body and (organisation := _body_before(body.group("noun"), names, text, s_start)):
        return Speaker(organisation, "ORG", s_start, s_end, written)
    words = written.split()
    dated = any(m.label == "DATE" and m.start < s_end and s_start < m.end for m in parsed.mentions)
    if dated or (len(words) == 1 and words[0] in NOT_SPEAKERS) or REPORT_NOUNS.match(written.strip()):
        return None  # not a speaker: the frame or the report's outlet decides
    label = "ANON" if ANONYMOUS.search(written) else ""
    if label:
        return Speaker(written.strip(), label, s_start, s_end, written)
    # "Eine Sprecherin des Unternehmens": the role with its body, not the bare genitive "Unternehmens"
    if role_of := ROLE_OF_BODY.match(written.strip()):
        return Speaker(role_of.group(1), label, s_start, s_end, written)
    # "Angaben der Polizei", "nach Schätzungen der Veranstalter": the body the information comes from
    if source_of := SOURCE_OF_BODY.match(written.strip()):
        return Speaker(source_of.group("body"), label, s_start, s_end, written)
    return Speaker(strip_titles(written), label, s_start, s_end, written)


MAX_ANTECEDENT_CHARS = 150


def _relative_antecedent(text: str, pronoun_start: int) -> tuple[int, int] | None:
    """The noun phrase that ends at the comma before a relative pronoun: the longest one that starts
    after the clause's previous break ("Dem widersprach ein Sprecher der Bahn, der angab, …")."""
    comma = text.rstrip()[:pronoun_start].rstrip()
    if not comma.endswith(","):
        return None
    end = len(comma) - 1
    lo = max(0, end - MAX_ANTECEDENT_CHARS, *(text.rfind(mark, 0, end) + 1 for mark in ".;:!?,"))
    for word in re.finditer(r"\S+", text[lo:end]):
        if (phrase := phrase_at(text, lo + word.start(), end)) and phrase[1] == end:
            return phrase
    return None


def _body_before(noun: str, names: dict[tuple[int, int], tuple[str, str]], text: str, offset: int) -> str | None:
    """The organisation "das Unternehmen" / "die Gewerkschaft" at `offset` stands for, within
    MAX_BODY_DISTANCE characters before it: the nearest one of that kind ("der Siemens-Konzern", "die
    Gewerkschaft Verdi"), else the nearest one of no known kind, though never for a union or party."""
    before = [
        (start, end, name)
        for (start, end), (name, label) in names.items()
        if label == "ORG" and offset - MAX_BODY_DISTANCE <= start and end <= offset
    ]
    if not before:
        return None
    kinds = {name: _body_kinds(text, name, offset) for _, _, name in before}
    kind = BODY_KINDS[noun]
    same_kind = [item for item in before if kind in kinds[item[2]]]
    # "Der Konzern" after "die Gewerkschaft IG Metall": a body of another kind is not the one meant;
    # one of no stated kind may be, but not for a union or party, which are known by name
    unknown = [item for item in before if not kinds[item[2]]] if kind not in NAMED_KINDS else []
    candidates = same_kind or unknown
    return max(candidates)[2] if candidates else None


def _body_kinds(text: str, name: str, offset: int) -> set[str]:
    """The kinds of body the article gives `name` before `offset`: "der Konzern Siemens" and
    "Siemens-Konzern" make it a company, "die Gewerkschaft IG Metall" a union."""
    escaped = re.escape(name)
    named = {kind for kind, pattern in NAMED_KINDS.items() if pattern.search(name)}
    return named | {
        kind
        for noun, kind in BODY_KINDS.items()
        if re.compile(rf"(?i:\b{noun}\s+(?:[\w-]+\s+)?{escaped}|{escaped}-{noun})(?!\w)").search(text, 0, offset)
    }


def _media_in(parsed: ParsedArticle, start: int, end: int) -> list[Mention]:
    """Mentions of news outlets that start between `start` and `end`."""
    return [m for m in parsed.mentions if m.is_media and start <= m.start < end]


def _person_in(
    parsed: ParsedArticle, sentence: tuple[int, int], names: dict[tuple[int, int], tuple[str, str]], *, after: int
) -> Speaker | None:
    text = parsed.article.text
    for (start, end), (name, label) in sorted(names.items()):
        if label == "PER" and after <= start and end <= sentence[1]:
            return Speaker(name, "PER", start, end, text[start:end])
    return None


def _speaker_in_frame(
    parsed: ParsedArticle,
    sentence: tuple[int, int],
    quote: tuple[int, int],
    names: dict[tuple[int, int], tuple[str, str]],
) -> Speaker | None:
    """'Peskow erklärte, …', 'teilte der Politologe Ian Bremmer mit': a person next to a speech verb."""
    text = parsed.article.text
    for verb in SPEECH_VERBS.finditer(text, sentence[0], sentence[1]):
        if quote[0] <= verb.start() < quote[1]:
            continue
        for (start, end), (name, label) in sorted(names.items()):
            if label not in ("PER", "ORG", "MEDIA") or start < sentence[0] or end > sentence[1]:
                continue
            if quote[0] <= start < quote[1]:
                continue
            between = text[end : verb.start()] if end <= verb.start() else text[verb.end() : start]
            if len(between.split()) <= 3 and not re.search(r"[,;:.]", between):
                return Speaker(name, label, start, end, text[start:end])
        # "betonte der Banker": a role right after the verb
        role = re.match(r"\s+((?:der|die)\s+(?:[\w-]+\s+){0,2}[\w-]+)", text[verb.end() : sentence[1]])
        if role and _is_role_word(role.group(1).split()[-1]):
            start = verb.end() + role.start(1)
            if person := _last_person_before(start, names):
                return Speaker(person, "PER", start, verb.end() + role.end(1), role.group(1))
    return None


def _person_of_organisation(
    written: str, text: str, names: dict[tuple[int, int], tuple[str, str]], own: tuple[int, int]
) -> str | None:
    """'der Tesla- und SpaceX-Gründer', 'der VW-Chef': the person most often named within a few
    words of the organisation in the compound, rather than simply the last person named."""
    organisations = [part for part in ORG_IN_ROLE.findall(written) if part[:1].isupper()]
    if not organisations:
        return None
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, organisations)) + r")(?!\w)")
    counts: dict[str, int] = {}
    for (start, end), (name, label) in names.items():
        if label != "PER":
            continue
        near = pattern.finditer(text, max(0, start - ORG_WINDOW), end + ORG_WINDOW)
        if any(not (own[0] <= m.start() < own[1]) for m in near):  # the role phrase itself does not count
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    leaders = [name for name, count in counts.items() if count == best]
    return leaders[0] if len(leaders) == 1 else None


def _last_person_before(
    offset: int, names: dict[tuple[int, int], tuple[str, str]], *, text: str | None = None
) -> str | None:
    """The last person named before `offset`; with `text`, genitive attributes ("auf Putins
    Aufforderung") are passed over, since a following "der Gründer" rarely points back to them."""
    people = _people_before(offset, names, text=text)
    return people[-1][1] if people else None


def _people_before(
    offset: int, names: dict[tuple[int, int], tuple[str, str]], *, text: str | None
) -> list[tuple[tuple[int, int], str]]:
    """People named before `offset`, in text order; with `text`, without genitive attributes."""
    surnames = {value[0].split()[-1] for value in names.values() if value[1] == "PER"} if text else set()
    return sorted(
        (span, value[0])
        for span, value in names.items()
        if value[1] == "PER"
        and span[1] <= offset
        and not (text and _is_genitive(text[span[0] : span[1]], value[0], surnames))
    )


def _antecedent(
    offset: int, names: dict[tuple[int, int], tuple[str, str]], parsed: ParsedArticle, pronoun: str = ""
) -> str | None:
    """The person a pronoun at `offset` points back to: the nearest one before it in its own
    sentence, else the first one of the last sentence that names a person. German puts the
    subject first more often than not, and a pronoun subject continues the previous subject
    ("Musk gab bekannt, mit Putin telefoniert zu haben. Er teilte mit, …" -> Musk, not Putin).
    "er" skips people known to be women and "sie" people known to be men ("Die Ministerin Eva
    Roth wies die Kritik von Jan Holz zurück. „…“, sagte sie." -> Eva Roth)."""
    text = parsed.article.text
    wanted = PRONOUN_GENDER.get(pronoun.strip().lower())
    genders = _genders(names, text) if wanted else {}
    people = [
        (span, name)
        for span, name in _people_before(offset, names, text=text)
        if genders.get(name, wanted) == wanted  # an unknown gender fits either pronoun
    ]
    if not people:
        return None
    own_start = next((s for s, e in parsed.sentences if s <= offset < e), offset)
    if people[-1][0][0] >= own_start:
        return people[-1][1]
    last_sentence = next((s for s, e in parsed.sentences if s <= people[-1][0][0] < e), people[-1][0][0])
    first_span, first_name = next((span, name) for span, name in people if span[0] >= last_sentence)
    # "Schon 1974 war er mit Jane Fonda gereist. … gab er bekannt": the same pronoun before the
    # name in that sentence carries the chain further back
    lead_in = text[last_sentence : first_span[0]].lower()
    if wanted and re.search(rf"(?<!\w){re.escape(pronoun.strip().lower())}(?!\w)", lead_in):
        return _antecedent(last_sentence, names, parsed, pronoun) or first_name
    return first_name


def _genders(names: dict[tuple[int, int], tuple[str, str]], text: str) -> dict[str, str]:
    """ "f" or "m" for the people whose mentions follow words that say so ("Frau", "Ministerin",
    "Herr", "Minister"); people with no such word, or with both, are left out. A role like
    "Vorsitzende" says nothing."""
    votes: dict[str, set[str]] = {}
    for (start, end), (name, label) in names.items():
        if label != "PER":
            continue
        for word in re.findall(r"[\wÄÖÜäöüß-]+", text[max(0, start - 40) : start])[-2:]:
            if word == "Frau" or (word.endswith("in") and _is_role_word(word)):
                votes.setdefault(name, set()).add("f")
            elif word in ("Herr", "Herrn") or (_is_role_word(word) and word.endswith(MALE_ROLE_ENDINGS)):
                votes.setdefault(name, set()).add("m")
        # "Thomas Brandl, der Geschäftsführer, …", "Carola Dietz, die Vorstandschefin, …"
        if apposition := GENDERED_APPOSITION.match(text, end):
            role = apposition.group("role")
            if apposition.group("article") == "die" and role.endswith("in"):
                votes.setdefault(name, set()).add("f")
            elif apposition.group("article") == "der" and role.endswith(MALE_ROLE_ENDINGS):
                votes.setdefault(name, set()).add("m")
    return {name: found.pop() for name, found in votes.items() if len(found) == 1}


def _unnamed_role_before(parsed: ParsedArticle, offset: int) -> str | None:
    """ "Ein Kranich-Sprecher wollte sich nicht äußern. „…“, sagte er.": a pronoun continues the
    unnamed role that opens the sentence before, when neither sentence names a person."""
    sentences = [(s, e) for s, e in parsed.sentences if e <= offset]
    own_start = next((s for s, e in parsed.sentences if s <= offset < e), offset)
    if not sentences or any(m.label == "PER" and sentences[-1][0] <= m.start < offset for m in parsed.mentions):
        return None
    if any(m.label == "PER" and own_start <= m.start < offset for m in parsed.mentions):
        return None
    opening = ROLE_OPENING.match(parsed.article.text, sentences[-1][0], sentences[-1][1])
    if opening is None or not _is_role_word(opening.group("role")):
        return None
    return opening.group(0)


def _is_genitive(written: str, name: str, surnames: set[str]) -> bool:
    """'Putins' for Wladimir Putin, or 'Brands' when a Brand is named elsewhere."""
    return written.endswith("s") and (not name.endswith("s") or written[:-1] in surnames)


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
        # "Polizeisprecher" may be inflected, but "Polizeisprecherin Merle Hansen" is someone else
        before = text[max(0, start - 60) : start]
        if label == "PER" and re.search(rf"{re.escape(role)}(?:s|n|en)?\s+(?:[\w-]+\s+)?$", before):
            candidates.append((abs(start - offset), name))
    return min(candidates)[1] if candidates else None


def stance_of(content: str, sentence: str, cue: str | None) -> Stance:
    """'deny' when the frame uses a verb of denial or the content itself calls something false."""
    frame = sentence.replace(content, " ") if content and content != sentence else sentence
    # the cue is judged in its sentence: "bestritt die Vorwürfe nicht" negates it
    denying_cue = bool(cue and DENIAL_FRAME.search(cue)) and _denies(DENIAL_FRAME, sentence)
    if denying_cue or _denies(DENIAL_FRAME, frame) or _denies(DENIAL_CONTENT, content):
        return "deny"
    if ASSURANCE_CUES.search(cue or frame) and (STRONG_NEGATION.search(content) or RESTRICTION.search(content)):
        return "deny"
    if RESTRICTION.search(content) and SPEECH_VERBS.search(frame):
        return "deny"
    return "assert"


def _denies(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` finds a denial in `text` that its own clause does not negate."""
    if pattern is DENIAL_FRAME:
        text = CONTESTED_PATTERN.sub(" ", text)  # "Vier Wettkämpfe bestreitet er im Jahr" takes part
    for m in pattern.finditer(text):
        before = CLAUSE_BREAK.split(text[: m.start()])[-1]
        after = CLAUSE_BREAK.split(text[m.end() :])[0]
        negated_verb = pattern is DENIAL_FRAME and NEGATION.search(before + " " + after)
        if not (negated_verb or (pattern is DENIAL_CONTENT and re.search(r"(?i)\b(?:nicht|keineswegs)\s+$", before))):
            return True
    return False


def _stance(
    content: str, sentence: str, cue: str | None, parsed: ParsedArticle, start: int, end: int
) -> tuple[Stance, str | None]:
    if stance_of(content, sentence, cue) == "assert":
        return "assert", None
    target = DENIAL_TARGETS.search(sentence)
    text = parsed.article.text

    def reports(lo: int, hi: int) -> list[str]:
        # an outlet spoken to ("sagte sie dem SPIEGEL") hears the denial; it did not report
        return [m.key_name for m in _media_in(parsed, lo, hi) if addressee_of(text, m.start, set(), since=lo) is None]

    outlets = reports(start, end)
    lookback = max(0, start - MAX_TARGET_LOOKBACK)
    if target is None:
        # "Der Spiegel hatte berichtet, … . „Das ist falsch“, sagte die Sprecherin": a bare denial
        # right after a report denies that report
        reported = reports(lookback, start)
        if reported and not outlets and REPORTING_VERB.search(text, lookback, start):
            return "deny", f"Bericht ({reported[-1]})"
        return "deny", None
    if not outlets:  # "den Bericht" points back to the report named last
        outlets = reports(lookback, start)[-1:]
    what = target.group("target")
    return "deny", f"{what} ({outlets[0]})" if outlets else what


# "sagte sie dem Blatt", "erklärte er gegenüber der Zeitung": the outlet just named was spoken to.
OUTLET_ANAPHOR = re.compile(r"(?<!\w)(?:gegenüber\s+)?(?:dem|der|diesem|dieser)\s+" + MEDIA_NOUNS + r"(?!\w)")


def _relays(
    parsed: ParsedArticle,
    speaker: Speaker | None,
    start: int,
    end: int,
    *,
    content: tuple[int, int],
    carried: tuple[str, ...],
    facts: _ArticleFacts,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Article's outlet → outlets cited in the sentence (or carried from the paragraph) → source."""
    text = parsed.article.text
    own = parsed.article.outlet or parsed.article.id
    outlets = [
        m.key_name
        for m in _media_in(parsed, start, end)
        if not _inside_quote(text, m.start, start) and not _topic_of_content(text, m, content, facts.person_ends)
    ]
    outlets = [o for o in dict.fromkeys(outlets) if o != own]
    if speaker is not None and speaker.label == "MEDIA" and speaker.name not in outlets:
        outlets.append(speaker.name)
    if not outlets and (paper := OUTLET_ANAPHOR.search(text, start, end)):
        # "sagte er dem Blatt": the outlet named last before the sentence, which the person spoke to
        named = _media_in(parsed, 0, paper.start())
        outlets = [named[-1].key_name] if named and named[-1].key_name != own else []
    # "angeblich", "soll … haben": the writer relays someone's report even when a person is named
    hearsay = bool(HEARSAY.search(text, start, end))
    # an unnamed spokesperson answers the article's own questions ("Ein Sprecher sagte, man
    # kommentiere keine Medienberichte"): no earlier report stands between them and the article
    spokesperson = speaker is not None and speaker.label == "" and _is_spokesperson(speaker.text)
    # "Kritiker", "Analysten", "Trump-Unterstützer": a group the article itself sums up, not a report's source
    group = speaker is not None and speaker.label == "" and GROUP_SPEAKER.match(speaker.text.strip()) is not None
    unnamed = speaker is None or (speaker.label in ("ANON", "") and not spokesperson and not group)
    if not outlets and (unnamed or hearsay):
        # "einem Zeitungsbericht zufolge" points ahead to the report the article names later; an
        # interview partner ("sagte X der Zeitung") is no source of what others say
        before = len(text) if REPORT_REFERENCE.search(text, start, end) else start
        outlets = list(carried) or [o for o in _primary_outlet(parsed, before=before) if o not in facts.interviewers]
    agency = facts.agency
    chain = [own, *([agency] if agency and agency not in outlets else []), *outlets]
    if speaker is not None and speaker.name not in chain:
        chain.append(speaker.name)
    # "schrieb das WSJ unter Berufung auf zwei Beamte": the outlet's own source ends the chain
    source = SOURCE_AFTER_OUTLET.search(text[start:end])
    if (speaker is None or speaker.label == "MEDIA") and outlets and source:
        cited = next(source.group(name) for name in SOURCE_GROUPS if source.group(name)).strip()
        bare = re.sub(r"^(?:der|die|das|dem|den|des)\s+", "", cited)
        if canonical_outlet(cited) not in chain and bare not in chain:  # "unter Berufung auf die NYT": a relay
            chain.append(cited)
    return tuple(chain), tuple(outlets)


CITED_CHARS = 30  # "laut der ARD", "berichtete die ARD": how far a relay cue may stand from the outlet


def _topic_of_content(text: str, media: Mention, content: tuple[int, int], person_ends: frozenset[int]) -> bool:
    """An outlet with no relay cue, speech verb or addressee role beside it is what the sentence is
    about, not a step of its chain: "Die Sprache sei zu radikal für ARD und ZDF", "die Serie, die
    RTL plant"; but "laut der ARD", "räumte X in der ARD ein", "sagte sie der Bild" relay."""
    # inside what is claimed only the claim's own words count ("…, sagte X, …" is not beside it)
    lo, hi = content if content[0] <= media.start < content[1] else (0, len(text))
    around = text[max(lo, media.start - CITED_CHARS) : min(hi, media.end + CITED_CHARS)]
    if RELAY_CUES.search(around) or SPEECH_VERBS.search(around) or OUTLET_HEARD.search(around):
        return False
    return addressee_of(text, media.start, person_ends, since=max(0, media.start - ADDRESSEE_CHARS)) is None


def _is_spokesperson(written: str) -> bool:
    """ "Ein Sprecher", "die Sprecherin des Ministeriums": the role word is a spokesperson's."""
    return any(SPOKESPERSON.search(word.strip(".,;:")) for word in written.split()[:3])


def _inside_quote(text: str, offset: int, sentence_start: int) -> bool:
    """An outlet named inside a quotation ("im 'Wall Street Journal' publiziert") is its topic."""
    before = text[sentence_start:offset]
    if before.endswith(("„", "»", '"')):
        before = before[:-1]  # the name itself in marks (der „Guardian“) is a name, not a quotation
    opened = sum(before.count(mark) for mark in "„»") - sum(before.count(mark) for mark in "“«")
    straight = before.count('"') % 2 == 1
    return opened > 0 or straight


def _primary_outlet(parsed: ParsedArticle, *, before: int) -> list[str]:
    """The outlet a report rests on, when its title or lead names one ("WSJ deckt … auf"), else the
    first outlet it cites; either only if named before `before` (an outlet a later sentence of a
    short lead cites for its own claim is no source of what comes before)."""
    first_seen: dict[str, int] = {}
    for mention in parsed.mentions:
        if mention.is_media:
            first_seen.setdefault(mention.key_name, mention.start)
    if (lead := lead_outlet(parsed)) and first_seen.get(lead, -1) < before:
        return [lead]
    # else the first outlet the article cites, if it cites it before this claim (an interview cited
    # further down is no source of what comes before) or in its "Quelle:" line
    listed = listed_sources(parsed.article.text)
    return [name for name in cited_outlets(parsed)[:1] if name in listed or first_seen.get(name, -1) < before]


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
        # "Die Polizei wollte dies nicht bestätigen": who does not answer is the subject
        subject, verb = clause_subject(text, s_start, s_end) if NO_COMMENT.search(sentence) else (None, None)
        found.append(QuoteMention("reported", (s_start + stripped, s_start + len(sentence.rstrip())), subject, verb))
    return found
