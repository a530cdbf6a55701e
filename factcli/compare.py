"""Agreements and contradictions across outlets.

1. Every claim becomes a bag of features: word stems, canonical entities, numbers in one notation
   ("acht", "2,5 Millionen"; not the days and years of dates), frequency words ("einmal" vs
   "regelmäßig"), the resolved dates of the claim's own words (not of its frame, "sagte am
   Donnerstag"), negation, commitment predicates ("geplant" vs "ausgeschlossen") and stance.
2. Blocking: claims are only compared when they share a rare key (a stem or entity that few
   claims have); keys shared by too many claims say nothing and are skipped. The cost therefore
   grows with the number of claims times a bounded block size, not with its square.
3. Pairs above a similarity threshold that share at least two pieces of content (words, entities,
   numbers, dates) are joined into clusters (union-find); within a cluster,
   claims from different articles are related: `contradict` (denial, quantity, date, polarity,
   attribute) or `agree`. A denial aimed at an outlet's report ("dementierte den Bericht" of the
   WSJ) is also linked to the largest cluster of claims relayed through that outlet.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import combinations

from factcli.dates import find_dates
from factcli.entities import name_key
from factcli.model import Claim, Relation, Side
from factcli.names import ROLE_SUFFIX, TITLES

STOPWORDS = frozenset(
    [
        "aber",
        "alle",
        "allem",
        "allen",
        "aller",
        "alles",
        "als",
        "also",
        "am",
        "an",
        "ander",
        "andere",
        "anderen",
        "auch",
        "auf",
        "aus",
        "bei",
        "beim",
        "bin",
        "bis",
        "bisher",
        "bist",
        "da",
        "dabei",
        "dadurch",
        "daher",
        "damit",
        "dann",
        "darauf",
        "darin",
        "darum",
        "das",
        "dass",
        "dem",
        "den",
        "denen",
        "der",
        "des",
        "dessen",
        "deshalb",
        "die",
        "dies",
        "diese",
        "diesem",
        "diesen",
        "dieser",
        "dieses",
        "doch",
        "dort",
        "du",
        "durch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "er",
        "es",
        "etwa",
        "euch",
        "für",
        "gegen",
        "gewesen",
        "hab",
        "habe",
        "haben",
        "hat",
        "hatte",
        "hätte",
        "hatten",
        "hätten",
        "hier",
        "hin",
        "hinein",
        "ich",
        "ihm",
        "ihn",
        "ihnen",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "im",
        "in",
        "ins",
        "ist",
        "ja",
        "jedoch",
        "jetzt",
        "kann",
        "können",
        "könnte",
        "man",
        "mehr",
        "mit",
        "muss",
        "nach",
        "nun",
        "nur",
        "ob",
        "oder",
        "ohne",
        "sehr",
        "sei",
        "seien",
        "sein",
        "seine",
        "seinem",
        "seinen",
        "seiner",
        "seit",
        "sich",
        "sie",
        "sind",
        "so",
        "soll",
        "sollen",
        "sollte",
        "sondern",
        "sowie",
        "über",
        "um",
        "und",
        "uns",
        "unter",
        "vom",
        "von",
        "vor",
        "war",
        "wäre",
        "waren",
        "was",
        "weil",
        "weiter",
        "welche",
        "wenn",
        "wer",
        "werde",
        "werden",
        "wie",
        "wieder",
        "wir",
        "wird",
        "wo",
        "wurde",
        "wurden",
        "zu",
        "zum",
        "zur",
        "zwar",
        "zwischen",
        "laut",
        "zufolge",
        "sagte",
        "sagt",
        "erklärte",
        "berichtete",
        "bericht",
        "berichten",
        "angaben",
        "demnach",
        "angeblich",
        "bereits",
        "schon",
        "noch",
        "immer",
    ]
)
NEGATION = re.compile(r"(?<!\w)(?:nicht(?!\s+nur\b)|kein\w*|nie|niemals|weder|nichts|niemand)(?!\w)", re.IGNORECASE)
# Frequency words: a single event against a recurring one is a quantity conflict.
ONCE = re.compile(r"(?<!\w)(?:einmal|ein\s+einziges\s+mal|einziges?\s+(?:telefonat|gespräch|mal)|lediglich\s+einmal)"
                  r"(?!\w)", re.IGNORECASE)  # fmt: skip
OFTEN = re.compile(r"(?<!\w)(?:regelmäßig\w*|mehrfach|häufig|wiederholt|ständig|oft|mehrere|zahlreiche)(?!\w)",
                   re.IGNORECASE)  # fmt: skip
NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|(?<![\w.,])\d+(?:,\d+)?(?![\d.,]\d)")
# Counts written as words ("acht Tote") are numbers too; "ein"/"eine" is mostly an article.
NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "null _ zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
        "sechzehn siebzehn achtzehn neunzehn zwanzig".split()
    )
    if w != "_"
} | {"dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1000}
QUANTITY = re.compile(
    rf"(?P<num>{NUMBER.pattern}|(?<!\w)(?:{'|'.join(NUMBER_WORDS)})(?!\w))"
    r"(?:\s+(?P<scale>Tausend|Millionen|Million|Mio\.|Milliarden|Milliarde|Mrd\.))?"
)
SCALES = {"Tausend": 1_000, "Million": 10**6, "Millionen": 10**6, "Mio.": 10**6}
SCALES |= {"Milliarde": 10**9, "Milliarden": 10**9, "Mrd.": 10**9}
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")
# A count and the noun it counts: "etwa 900 Flüge", "rund 1.200 ausfallenden Flügen", "800 neue Stellen".
# Up to two inflected attributes may stand between; articles and conjunctions may not ("12 der 30 …").
COUNTED = re.compile(
    QUANTITY.pattern
    + r"(?:\s+(?!(?:der|die|das|den|dem|des|oder|aber|über|unter|wieder|weder|jeder|jede|jedes|diese|seine|ihre)\b)"
    r"[a-zäöüß]+(?:e|en|er|es|em)){0,2}\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,})(?![\w-])"
)
# Units, measures and all-purpose nouns are counted in every kind of story ("12 Prozent", "drei Tage",
# "acht Personen"): sharing one says nothing about the topic.
GENERIC_COUNTED = frozenset(
    """Prozent Prozentpunkte Punkte Mal Male Jahre Jahr Jahren Monate Monaten Wochen Tage Tagen Stunden Minuten
    Sekunden Uhr Euro Dollar Cent Franken Pfund Rubel Yen Meter Kilometer Quadratmeter Hektar Tonnen Kilogramm
    Kilo Gramm Liter Grad Stück Menschen Personen Leute Leuten Fälle Fällen Seiten Teile""".split()
)
UMLAUT_FOLD = str.maketrans("äöü", "aou")
# "Auf Anfragen reagierte er nicht", "war für eine Stellungnahme nicht zu erreichen": no statement
# about the story, so it agrees only with another non-response and contradicts nothing.
NON_RESPONSE = re.compile(
    r"Anfrage\w*\b[^.;]{0,80}?\b(?:nicht|unbeantwortet)\b|\bnicht\s+zu\s+erreichen\b|\bnicht\s+erreichbar\b"
    r"|\b(?:wollte|wollten|will|wollen)\s+sich\s+(?:dazu\s+|zunächst\s+)?nicht\s+äußern\b"
    r"|\blehnte\w*\s+(?:eine|jede)\s+Stellungnahme\s+ab\b|\bäußerte\w*\s+sich\s+(?:dazu\s+|zunächst\s+)?nicht\b"
)
MAX_BLOCK = 40  # a key shared by more claims than this is too common to suggest a match
KEYS_PER_CLAIM = 6  # the rarest stems and entities of a claim used for blocking
MAX_CANDIDATES = 10  # claims one claim is compared with at most, rarest shared keys first
SAME_PROPOSITION = 0.3  # similarity above which two claims say the same thing
ADJACENT_CHARS = 300  # consecutive claims closer than this may continue one account
# Openers that refer back to the previous sentence's event.
CONTINUATION = re.compile(
    r"^(?:Damit|Dabei|Dadurch|Daraufhin|Dafür|Dies|Dieses?|Diese[rmn]?|Das\s+sei|"
    r"(?:Angeblich|Offenbar|Vermutlich|Wohl|Mutmaßlich)\s+als)(?!\w)"
)
POLARITY_SIMILARITY = 0.5  # a negation flips the meaning only of nearly the same words
COUNT_RATIO = 3  # two estimates of one count differ by less than this factor ("etwa 900" / "rund 1.200")
MIN_SHARED_CONTENT = 2  # one shared word ("äußern", "Pläne") is a topic at most, not a proposition
# Predicates that commit for or against an event or report. A negation turns one side into the
# other, so "nicht geplant" (against) and "nicht ausgeschlossen" (for) are opposite commitments,
# while "nicht geplant" and "ausgeschlossen" agree.
COMMIT_FOR = frozenset(["geplant", "vorgesehen", "beabsichtigt", "beschlossen", "bestätigt", "zugesagt"])
COMMIT_AGAINST = frozenset(["ausgeschlossen", "auszuschließen", "dementiert", "abgesagt", "verworfen"])
COMMITMENT = re.compile(r"(?<!\w)(?:" + "|".join(sorted(COMMIT_FOR | COMMIT_AGAINST)) + r")(?!\w)", re.IGNORECASE)
OPEN = ".."  # the open end of an ISO 8601-2 interval ("bis Ende 2028" is ../2028-12-31)
# A resolved date value: an ISO day, a year-less day (--MM-DD) or an open end; a weekday of an
# undated article stays as written ("Donnerstag") and can be compared with nothing.
RESOLVED_DATE = re.compile(r"(?:\d{4}-\d\d-\d\d|--\d\d-\d\d|\.\.)(?:/(?:\d{4}-\d\d-\d\d|\.\.))?")


@dataclass(frozen=True, slots=True)
class Features:
    stems: frozenset[str]
    entities: frozenset[str]
    numbers: frozenset[str]
    once: bool
    often: bool
    negated: bool
    dates: frozenset[str]
    commitment: tuple[str, ...] = ()  # the commitment predicates of the claim, lower case
    non_response: bool = False  # "reagierte nicht auf Anfragen": says nothing about the story itself
    counts: frozenset[tuple[str, str]] = frozenset()  # (counted noun key, number): ("flug", "900")
    source: frozenset[str] = frozenset()  # stems of the speaker's name words, roles left out


def stem(word: str) -> str:
    """A light German stemmer: enough to match 'Gespräche'/'Gesprächen', 'russische'/'russischen'."""
    word = word.lower()
    for suffix in ("ungen", "innen", "ern", "en", "er", "es", "em", "e", "n", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def features(claim: Claim) -> Features:
    text = claim.text
    # words of entity names are counted once, as the entity, not again as word stems
    entity_words = {w.lower() for name in claim.entities for w in WORD.findall(name)}
    stems = frozenset(
        stem(w)
        for w in WORD.findall(text)
        if w.lower() not in STOPWORDS and w.lower().rstrip("s") not in entity_words and w.lower() not in entity_words
    )
    # blanking dates re-reads the text for them: only worth it when there is a number at all
    undated = _without_dates(text) if NUMBER.search(text) else text
    numbers = _quantities(undated)
    return Features(
        stems=stems,
        entities=frozenset(name_key(e) for e in claim.entities),
        numbers=numbers,
        once=bool(ONCE.search(text)),
        often=bool(OFTEN.search(text)),
        negated=bool(NEGATION.search(text)),
        dates=_stated_dates(claim),
        commitment=tuple(dict.fromkeys(m.lower() for m in COMMITMENT.findall(text))),
        non_response=bool(NON_RESPONSE.search(text)),
        counts=_counts(undated),
        source=_source_words(claim),
    )


def _stated_dates(claim: Claim) -> frozenset[str]:
    """The resolved dates the claim itself states. When it was said ("sagte am Donnerstag") is no
    part of what was said, and a weekday of an undated article names no day to compare."""
    dates = claim.dates if claim.stated_dates is None else claim.stated_dates
    return frozenset(d for d in dates if RESOLVED_DATE.fullmatch(d))


def _without_dates(text: str) -> str:
    """The text with its date expressions blanked: the 3 of "am 3. Dezember" is a day, not a count."""
    for match in reversed(find_dates(text)):
        text = text[: match.start] + " " * (match.end - match.start) + text[match.end :]
    return text


def _quantities(text: str) -> frozenset[str]:
    """The counts a claim states, in one notation: "2,5 Millionen" and "2.500.000" are one number,
    "acht" is 8; years are dates, not counts."""
    return frozenset(value for match in QUANTITY.finditer(text) if (value := _value_of(match)) is not None)


def _value_of(match: re.Match[str]) -> str | None:
    """The number a QUANTITY (or COUNTED) match states in one notation; None for a year."""
    num = match.group("num")
    if _is_year(num):
        return None
    value = Decimal(NUMBER_WORDS[num]) if num in NUMBER_WORDS else Decimal(_number(num))
    value *= SCALES.get(match.group("scale") or "", 1)
    return format(value.normalize(), "f")


def _count_key(noun: str) -> str:
    """One key for the singular and plural of a counted noun: "Flug", "Flüge" and "Flügen" are "flug".
    Umlauts are folded because German often forms the plural with one (Baum/Bäume, Platz/Plätze)."""
    return stem(noun).translate(UMLAUT_FOLD)


def _counts(text: str) -> frozenset[tuple[str, str]]:
    """The nouns the claim counts, each with its number: "etwa 900 Flüge" is ("flug", "900").

    Two claims that count the same thing with a number each are about one thing even when they share
    no other word ("Betroffen seien etwa 900 Flüge" / "könnten 1.200 Flüge ausfallen")."""
    out = set()
    for match in COUNTED.finditer(text):
        value = _value_of(match)
        key = _count_key(match.group("noun"))
        if value is not None and key not in GENERIC_COUNT_KEYS:
            out.add((key, value))
    return frozenset(out)


def _source_words(claim: Claim) -> frozenset[str]:
    """Stems of the words naming the claim's speaker, without roles and function words: "die Gewerkschaft
    Kabine" and "Angaben der Gewerkschaft" share "gewerkschaft", while "Ein Sprecher" names nobody in
    particular."""
    if claim.speaker is None:
        return frozenset()
    words = WORD.findall(f"{claim.speaker.name} {claim.speaker.text}")
    return frozenset(
        stem(w) for w in words if w.lower() not in STOPWORDS and w not in TITLES and not ROLE_SUFFIX.search(w.lower())
    )


def _number(text: str) -> str:
    return text.replace(".", "").replace(",", ".")


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2099


GENERIC_COUNT_KEYS = frozenset(_count_key(noun) for noun in GENERIC_COUNTED)


def keys_of(f: Features) -> frozenset[str]:
    return f.stems | frozenset(f"e:{e}" for e in f.entities)


def shares_content(a: Features, b: Features) -> bool:
    """Whether two claims share enough content (words, entities, the same number or date) to state
    one proposition; negation words are no content, "nicht" in both says nothing about the topic.
    A non-response only matches another non-response."""
    if a.non_response != b.non_response:
        return False
    words = {key for key in keys_of(a) & keys_of(b) if not NEGATION.fullmatch(key)}
    return len(words) + len(a.numbers & b.numbers) + len(a.dates & b.dates) >= MIN_SHARED_CONTENT


def counts_link(a: Features, b: Features) -> bool:
    """Whether two claims give one count in other words: they count the same thing with numbers of
    the same order, from the same source or for the same stated day.

    Paraphrased counts share little else ("Betroffen seien etwa 900 Flüge" / "Nach Angaben der
    Gewerkschaft könnten 1.200 Flüge ausfallen"), so the similarity of their words is low. A count
    with one more shared word is no topic ("500 Bäume in Leipzig gefällt" / "Leipzig pflanzt 1.000
    Bäume"), counts far apart count different things ("300 Stellen gestrichen" / "1.500 Stellen
    geschaffen"), and counts on different stated days are different occasions."""
    if a.non_response or b.non_response or not any(_close_counts(a, b, n) for n in _count_nouns(a) & _count_nouns(b)):
        return False
    if a.dates and b.dates and not _dates_overlap(a.dates, b.dates):
        return False
    return bool(a.dates & b.dates or a.source & b.source)


def _close_counts(a: Features, b: Features, noun: str) -> bool:
    """Whether the two claims' numbers for `noun` are of one order (at most COUNT_RATIO apart), as two
    estimates of one count are."""
    values_a = [Decimal(v) for v in _counted(a, noun)]
    values_b = [Decimal(v) for v in _counted(b, noun)]
    return any(x == y or (min(x, y) > 0 and max(x, y) <= COUNT_RATIO * min(x, y)) for x in values_a for y in values_b)


def about_the_same(a: Features, b: Features, score: float) -> bool:
    """Whether two claims are about one thing: similar words with enough shared content, or the same
    counted thing (`counts_link`)."""
    return (score >= SAME_PROPOSITION and shares_content(a, b)) or counts_link(a, b)


def _count_nouns(f: Features) -> set[str]:
    return {noun for noun, _ in f.counts}


def _counted(f: Features, noun: str) -> list[str]:
    """The numbers a claim gives for one counted noun, in order."""
    return sorted(value for counted, value in f.counts if counted == noun)


def _differing_counts(a: Features, b: Features) -> tuple[list[str], list[str]] | None:
    """The numbers of a noun both claims count when they differ ("900 Flüge" vs "1.200 Flüge"), else None."""
    for noun in sorted(_count_nouns(a) & _count_nouns(b)):
        values_a, values_b = _counted(a, noun), _counted(b, noun)
        if not set(values_a) & set(values_b):
            return values_a, values_b
    return None


def similarity(a: Features, b: Features, idf: dict[str, float] | None = None) -> float:
    """Cosine of the claims' word stems and entities, each weighted by its rarity in the corpus.

    Rare shared words say more than common ones: in a pile of articles about Musk and Putin,
    sharing "Musk" says little, sharing "Taiwan" and "Starlink" says a lot.
    """
    ka, kb = keys_of(a), keys_of(b)
    if not a.stems or not b.stems:
        return 0.0

    def weight(key: str) -> float:
        return idf.get(key, 1.0) if idf else 1.0

    shared = sum(weight(k) ** 2 for k in ka & kb)
    norm = (sum(weight(k) ** 2 for k in ka) * sum(weight(k) ** 2 for k in kb)) ** 0.5
    return round(shared / norm, 3) if norm else 0.0


def inverse_frequencies(feats: Sequence[Features]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for f in feats:
        counts.update(keys_of(f))
    total = len(feats)
    return {key: math.log((1 + total) / (1 + n)) + 1.0 for key, n in counts.items()}


def conflict(a: Claim, b: Claim, fa: Features, fb: Features, score: float) -> tuple[str, str] | None:
    """The kind of contradiction between two similar claims and a reason, or None."""
    if a.stance != b.stance:
        denier = a if a.stance == "deny" else b
        return "denial", f"{_who(denier)} denies what the other side asserts"
    if (fa.once and fb.often) or (fb.once and fa.often):
        return "quantity", "a single event on one side, a recurring one on the other"
    differing = _differing_counts(fa, fb)
    if differing:
        return "quantity", f"numbers differ: {', '.join(differing[0])} vs {', '.join(differing[1])}"
    if fa.numbers and fb.numbers and not fa.numbers & fb.numbers:
        return "quantity", f"numbers differ: {', '.join(sorted(fa.numbers))} vs {', '.join(sorted(fb.numbers))}"
    if fa.dates and fb.dates and not _dates_overlap(fa.dates, fb.dates):
        return "date", f"dates differ: {', '.join(sorted(fa.dates))} vs {', '.join(sorted(fb.dates))}"
    if score < POLARITY_SIMILARITY:
        return None  # paraphrases often swap a negation for an antonym: only near-identical wording counts
    sign_a, sign_b = _commitment_sign(fa), _commitment_sign(fb)
    if sign_a and sign_b:
        # both commit for or against: the predicates with their negations decide, not a bare "nicht"
        if sign_a == sign_b:
            return None
        return "polarity", f"opposite commitments: {_commitment_text(fa)} vs {_commitment_text(fb)}"
    if fa.negated != fb.negated:
        return "polarity", "one side negates what the other states"
    return None


def _commitment_sign(f: Features) -> int:
    """+1 when the claim commits for the event, -1 against, 0 without a commitment or with both kinds."""
    kinds = {word in COMMIT_FOR for word in f.commitment}
    if len(kinds) != 1:
        return 0
    sign = 1 if kinds.pop() else -1
    return -sign if f.negated else sign


def _commitment_text(f: Features) -> str:
    words = "/".join(f"'{word}'" for word in f.commitment)
    return f"negated {words}" if f.negated else words


def relate(a: Claim, b: Claim) -> tuple[str, str, float] | None:
    """Pairwise decision (relation, kind, score) for two claims, or None when they are unrelated."""
    fa, fb = features(a), features(b)
    score = similarity(fa, fb)
    if not about_the_same(fa, fb, score):
        return None
    found = conflict(a, b, fa, fb, score)
    return ("contradict", found[0], score) if found else ("agree", "same", score)


def _who(claim: Claim) -> str:
    return claim.speaker.name if claim.speaker else claim.relays[-1]


def _dates_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(_dates_compatible(x, y) for x in a for y in b)


def _dates_compatible(x: str, y: str) -> bool:
    """Whether two date values can name the same time."""
    (xs, xe), (ys, ye) = _bounds(x), _bounds(y)
    if xs.startswith("--") or ys.startswith("--"):
        # a day without a year matches a day with one on month and day; against a span it is unknown
        return xs[-5:] == ys[-5:] if xs == xe and ys == ye else True
    if xs == ys == OPEN:
        return xe == ye  # two deadlines ("bis Ende 2028", "bis Ende 2027") state only their ends
    if xe == ye == OPEN:
        return xs == ys  # two open starts ("ab März") state only their starts
    if OPEN not in (xs, xe, ys, ye) and _is_day_range(xs, xe) and _is_day_range(ys, ye):
        # two stated day ranges ("vom 1. bis 3. Juni", "vom 2. bis 4. Juni") name the same time only
        # when one holds the other; "Anfang Juni" is a span of its own and stays compatible
        return (xs <= ys and ye <= xe) or (ys <= xs and xe <= ye)
    return (xs == OPEN or ye == OPEN or xs <= ye) and (ys == OPEN or xe == OPEN or ys <= xe)


def _is_day_range(start: str, end: str) -> bool:
    """A range of a few days, as stated with two days ("vom 1. bis 3. Juni"), not a month or part of one."""
    return start != end and (date.fromisoformat(end) - date.fromisoformat(start)).days < 7


def _bounds(value: str) -> tuple[str, str]:
    start, _, end = value.partition("/")
    return start, end or start


def candidate_pairs(claims: Sequence[Claim], feats: Sequence[Features]) -> set[tuple[int, int]]:
    """Pairs of claims from different articles that share a rare key.

    Each claim looks at most at MAX_CANDIDATES others, found through its rarest keys first, so
    the number of pairs grows linearly with the corpus however often common words recur."""
    frequency: Counter[str] = Counter()
    # counted nouns ("n:flug") are keys too, tried first: paraphrased counts may share no other rare word
    claim_keys = [sorted(keys_of(f) | {f"n:{noun}" for noun in _count_nouns(f)}) for f in feats]
    for keys in claim_keys:
        frequency.update(keys)
    blocks: dict[str, list[int]] = defaultdict(list)
    rarest: list[list[str]] = []
    for index, keys in enumerate(claim_keys):
        usable = sorted(
            (k for k in keys if 1 < frequency[k] <= MAX_BLOCK), key=lambda k: (not k.startswith("n:"), frequency[k], k)
        )
        rarest.append(usable[:KEYS_PER_CLAIM])
        for key in rarest[-1]:
            blocks[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for index, keys in enumerate(rarest):
        seen = 0
        for key in keys:
            for other in blocks[key]:
                if other == index or claims[other].article == claims[index].article:
                    continue
                pairs.add((min(index, other), max(index, other)))
                seen += 1
                if seen >= MAX_CANDIDATES:
                    break
            if seen >= MAX_CANDIDATES:
                break
    return pairs


def similar_pairs(claims: Sequence[Claim], feats: Sequence[Features]) -> dict[tuple[int, int], float]:
    """Candidate pairs whose similarity says they state the same proposition."""
    idf = inverse_frequencies(feats)
    scored = {pair: similarity(feats[pair[0]], feats[pair[1]], idf) for pair in candidate_pairs(claims, feats)}
    return {pair: score for pair, score in scored.items() if about_the_same(feats[pair[0]], feats[pair[1]], score)}


def cluster(claims: Sequence[Claim], edges: dict[tuple[int, int], float]) -> list[list[int]]:
    """Leader clustering over the strongest edges first: a claim joins a group only when it is
    similar to the group's leader, so chains of weak links ("Musk" … "Putin" … ) cannot merge
    everything into one group."""
    leader_of: dict[int, int] = {}
    for (i, j), _score in sorted(edges.items(), key=lambda item: (-item[1], item[0])):
        if i not in leader_of and j not in leader_of:
            leader_of[i] = leader_of[j] = i
        elif i in leader_of and j not in leader_of and _linked(edges, leader_of[i], j):
            leader_of[j] = leader_of[i]
        elif j in leader_of and i not in leader_of and _linked(edges, leader_of[j], i):
            leader_of[i] = leader_of[j]
    groups: dict[int, list[int]] = defaultdict(list)
    for index, leader in sorted(leader_of.items()):
        groups[leader].append(index)
    return [members for members in groups.values() if len({claims[m].article for m in members}) > 1]


def merge_adjacent(claims: Sequence[Claim], clusters: list[list[int]]) -> list[list[int]]:
    """When a claim continues the previous one ("Damit habe Putin … einen Gefallen tun wollen") and
    the two fall into different clusters, those clusters tell one event."""
    cluster_of = {m: c for c, members in enumerate(clusters) for m in members}
    parent = list(range(len(clusters)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for previous, current in zip(range(len(claims) - 1), range(1, len(claims)), strict=True):
        a, b = claims[previous], claims[current]
        if a.article != b.article or b.quote_start - a.quote_end > ADJACENT_CHARS:
            continue
        if not CONTINUATION.match(b.sentence):
            continue  # only a sentence that points back ("Damit …", "Dies …") continues the account
        if previous in cluster_of and current in cluster_of:
            parent[find(cluster_of[previous])] = find(cluster_of[current])
    merged: dict[int, list[int]] = defaultdict(list)
    for index, members in enumerate(clusters):
        merged[find(index)].extend(members)
    return [sorted(members) for members in merged.values()]


def _linked(edges: dict[tuple[int, int], float], a: int, b: int) -> bool:
    return a == b or (min(a, b), max(a, b)) in edges


def compare(claims: Sequence[Claim]) -> list[Relation]:
    """All agreements and contradictions across the articles of `claims`."""
    feats = [features(c) for c in claims]
    edges = similar_pairs(claims, feats)
    clusters = merge_adjacent(claims, cluster(claims, edges))
    relations: list[Relation] = []
    for members in clusters:
        relations.extend(_relate_cluster(claims, feats, members, edges))
    relations.extend(_report_denials(claims, clusters))
    return _dedupe(relations)


def _relate_cluster(
    claims: Sequence[Claim], feats: Sequence[Features], members: list[int], edges: dict[tuple[int, int], float]
) -> list[Relation]:
    relations = []
    for i, j in combinations(sorted(members), 2):
        score = edges.get((i, j))
        if score is None or claims[i].article == claims[j].article:
            continue  # only directly similar claims are compared
        found = conflict(claims[i], claims[j], feats[i], feats[j], score)
        if found:
            kind, reason = found
            relations.append(_relation("contradict", kind, score, [claims[i]], [claims[j]], reason=reason))
    conflicted = {c for r in relations for c in r.claims}
    agreeing = [m for m in members if claims[m].id not in conflicted and claims[m].stance == "assert"]
    scores = [edges[(i, j)] for i, j in combinations(sorted(agreeing), 2) if (i, j) in edges]
    if len({claims[m].article for m in agreeing}) > 1 and scores:
        per_article: dict[str, list[Claim]] = defaultdict(list)
        for m in agreeing:
            per_article[claims[m].article].append(claims[m])
        origins = {_origin(claims[m]) for m in agreeing}
        reason = f"{len(per_article)} articles state it; {len(origins)} independent origin(s)"
        relations.append(_relation("agree", "same", min(scores), *per_article.values(), reason=reason))
    return relations


def _report_denials(claims: Sequence[Claim], clusters: list[list[int]]) -> list[Relation]:
    """A denial of an outlet's report contradicts the main claim that outlet is relayed for."""
    relations = []
    for denial in (c for c in claims if c.stance == "deny" and c.denies and "(" in c.denies):
        outlet = denial.denies.split("(", 1)[1].rstrip(")") if denial.denies else ""
        relayed = [
            members
            for members in clusters
            if sum(outlet in claims[m].relays[1:] and claims[m].stance == "assert" for m in members) >= 2
        ]
        if not relayed:
            continue
        main = _main_report(claims, relayed, denial.article) or max(relayed, key=len)
        target = [claims[m] for m in main if outlet in claims[m].relays[1:] and claims[m].stance == "assert"]
        what = (denial.denies or "").split(" (", 1)[0]  # "Bericht (Wall Street Journal)" -> "Bericht"
        reason = f"{_who(denial)} denies the {outlet} report ({what}) that the other side relays"
        relations.append(_relation("contradict", "denial", 0.6, [denial], target, reason=reason))
    return relations


def _main_report(claims: Sequence[Claim], relayed: list[list[int]], article: str) -> list[int] | None:
    """'Dementierte den Bericht': the report's main claim is the one the denier's article states first."""
    first: dict[int, int] = {}
    for index, members in enumerate(relayed):
        own = [claims[m].quote_start for m in members if claims[m].article == article]
        if own:
            first[min(own)] = index
    return relayed[first[min(first)]] if first else None


def _origin(claim: Claim) -> str:
    """The first outlet beyond the article's own, else the source: five relays of one WSJ report are one origin."""
    return claim.relays[1] if len(claim.relays) > 1 else claim.relays[0]


def _relation(relation: str, kind: str, score: float, *groups: Iterable[Claim], reason: str) -> Relation:
    sides = [list(group) for group in groups]
    built = [_side(side) for side in sides]
    claim_ids = tuple(cid for side in built for cid in side.claims)
    asserted = [c for side in sides for c in side if c.stance == "assert"] or [c for side in sides for c in side]
    proposition = min(asserted, key=lambda c: len(c.text)).text
    digest = hashlib.sha1(f"{relation}:{kind}:{'|'.join(sorted(claim_ids))}".encode()).hexdigest()[:10]
    return Relation(
        id=f"r{digest}",
        relation=relation,  # type: ignore[arg-type]
        kind=kind,
        score=round(score, 3),
        proposition=proposition,
        claims=claim_ids,
        sides=tuple(built),
        reason=reason,
    )


def _side(claims: list[Claim]) -> Side:
    return Side(
        claims=tuple(c.id for c in claims),
        articles=tuple(dict.fromkeys(c.article for c in claims)),
        outlets=tuple(dict.fromkeys(c.outlet or c.article for c in claims)),
        origins=tuple(dict.fromkeys(_origin(c) for c in claims)),
        text=min(claims, key=lambda c: len(c.text)).text,
    )


def _dedupe(relations: list[Relation]) -> list[Relation]:
    seen: set[str] = set()
    unique = []
    for relation in relations:
        if relation.id not in seen:
            seen.add(relation.id)
            unique.append(relation)
    return sorted(unique, key=lambda r: (r.relation != "contradict", -r.score, r.id))
