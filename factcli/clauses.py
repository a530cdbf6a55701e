"""Subjects of German clauses from part-of-speech tags (STTS), for quote attribution.

German main clauses put the finite verb second: the constituent before it (the prefield) is the
subject unless it is an adverbial, a preposition phrase, a subordinate clause or an object that
a nominative pronoun after the verb gives away ("Den Plan nannte er …"). Subordinate clauses
("…, indem er sagte, …") have their subject right after the conjunction. Noun phrases keep
their genitives, preposition attributes, party labels and appositions ("der Chef der
Bundesagentur für Arbeit, Frank-Jürgen Weise"), and lose relative clauses.

The tags come from the German pipeline's tagger alone (`factcli.nlp.load_tagger`), which is fast.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

Span = tuple[int, int]

FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
# "ai-Bericht", "eBay-Chef", "iPhone": lower-case first letter, a capital after it.
LOWER_INITIAL_NOUN = re.compile(r"[a-zäöü][\w-]*[A-ZÄÖÜ][\w-]*")
NOUNS = frozenset({"NN", "NE", "FM", "XY", "TRUNC"})
PRONOUN_SUBJECTS = frozenset({"PPER", "PIS", "PDS"})
DETERMINERS = frozenset({"ART", "PPOSAT", "PIAT", "PDAT", "PIDAT", "CARD", "PWAT"})
MODIFIERS = frozenset({"ADJA", "ADJD", "CARD", "ADV"})
# A prefield opening with these is an adverbial or a clause, not the subject.
NON_SUBJECT_OPENERS = frozenset(
    {"ADV", "ADJD", "APPR", "APPRART", "APPO", "PROAV", "PAV", "KOUS", "KOUI", "KON", "PWAV", "PTKNEG", "PTKA"}
)
SUBCLAUSE_OPENERS = frozenset({"KOUS", "PRELS", "PRELAT", "PWAV", "PWS"})
NOMINATIVE_PRONOUNS = frozenset({"er", "ich", "wir"})
# Verbs of estimating ("X beziffert Y auf Z") and the nouns they put a figure on.
ESTIMATE_VERBS = frozenset("beziffert bezifferte bezifferten beziffern schätzt schätzte schätzten schätzen".split())
QUANTITY_NOUNS = frozenset(
    "zahl anzahl kosten schaden schäden summe höhe wert investition investitionen anteil umfang verlust verluste "
    "gewinn umsatz preis betrag menge gesamtkosten mehrkosten".split()
)
# Male person nouns by their ending: "der Minister" after a verb is its subject, never a dative.
MALE_PERSON_NOUN = re.compile(
    r"(?:sprecher|minister|präsident|vorsitzende|chef|leiter|kanzler|meister|direktor|führer|sekretär|"
    r"beauftragte|abgeordnete|kommissar|botschafter|gouverneur|senator|richter|anwalt|experte|politiker|"
    r"bischof|papst|trainer|manager|gründer|autor|vertreter)$",
    re.IGNORECASE,
)
# Determiners and pronouns that cannot be nominative: a prefield opening with them is an object
# ("Den Unmut der Partei brachte die Sprecherin zum Ausdruck"), so the subject follows the verb.
# Verbs that answer a report, and the nouns of reports they answer ("Die Vorwürfe wies X zurück").
ANSWERING_VERBS = frozenset(
    "wies wiesen weist weisen dementierte dementierten dementiert dementieren bestritt bestritten bestreitet "
    "bestreiten bestätigte bestätigten bestätigt bestätigen kritisierte kritisierten kritisiert kritisieren "
    "begrüßte begrüßten begrüßt begrüßen kommentierte kommentierten kommentiert".split()
)
NOT_MASCULINE_ARTICLES = frozenset({"die", "das", "diese", "dieses"})  # nominative or accusative alike
REPORT_NOUN_ENDINGS = (
    "vorwürfe", "kritik", "darstellung", "darstellungen", "behauptung", "behauptungen", "anschuldigungen",
    "meldung", "meldungen", "gerücht", "gerüchte", "spekulationen", "berichte", "angaben", "forderung",
    "forderungen", "pläne", "entscheidung", "äußerungen", "aussage", "aussagen",
)  # fmt: skip
COPULAS = frozenset("ist sind war waren sei seien wäre wären bleibt blieb wird wurde scheint gilt".split())
NON_NOMINATIVE = frozenset(
    "den dem einen einem ihm ihnen diesen diesem jenen jenem seinen seinem ihren ihrem unseren unserem "
    "keinen keinem mir uns euch ihn mich dich".split()
)
# Prepositions open an adverbial whatever the tagger says ("Gegenüber Spiegel Online berichtete X").
PREPOSITIONS = frozenset(
    "gegenüber laut nach trotz wegen seit bis ab bei beim mit von vom zu zum zur für gegen ohne um unter über vor "
    "hinter neben zwischen aus an am auf in im durch während angesichts aufgrund infolge entgegen gemäß "
    "dank seitens mittels hinsichtlich bezüglich anlässlich innerhalb außerhalb".split()
)
NOT_NOMINATIVE_OPENERS = NON_NOMINATIVE | PREPOSITIONS
# "es" ("heißt es") and "man" never name a source.
NOT_SPEAKERS = frozenset({"es", "man"})
# "Selbst die Zeitung hatte …": a focus particle before the subject is not part of it.
CONJUNCTIONS_BEFORE_PREFIELD = frozenset("aber und doch denn oder sondern".split())
# Units a number measures an adjective with ("330 Seiten stark", "20 Meter hoch", "drei Jahre alt").
MEASURE_NOUNS = frozenset(
    "seiten meter kilometer zentimeter millimeter tonnen kilogramm kilo gramm liter jahre jahr monate tage "
    "stunden minuten prozent euro dollar mann köpfe stockwerke".split()
)
FOCUS_PARTICLES = frozenset("selbst sogar auch nur gerade allein ausgerechnet einzig lediglich".split())
# "hierbei", "dabei", "darüber", "womit": a pronominal adverb, never a noun phrase.
PRONOMINAL_ADVERB = re.compile(
    r"(?:hier|da|wo)(?:bei|mit|nach|für|gegen|von|vor|zu|durch|neben|zwischen)|(?:hier|dar|wor)(?:auf|aus|in|über|unter|um|an)"
)
# "Des Weiteren verwies X darauf, …": genitive phrases that are adverbs, not a noun-phrase prefield.
ADVERBIAL_GENITIVES = frozenset({("des", "weiteren"), ("des", "öfteren"), ("des", "ferneren"), ("im", "übrigen")})
# Sentence adverbs: a prefield made of one is not the subject ("Dagegen sagte der Minister …").
SENTENCE_ADVERBS = frozenset(
    "außerdem auch dabei damit zudem doch aber deshalb daher nun jetzt heute gestern morgen bereits dann so "
    "hier dort zuvor später zuletzt bislang inzwischen trotzdem allerdings insbesondere erst noch schon "
    "darüber dazu ebenfalls gleichzeitig zunächst weiter weiterhin ursprünglich kürzlich demnach daraufhin "
    "anschließend bisher derzeit dagegen zwar offenbar hingegen jedoch ebenso vielmehr mittlerweile gleichwohl "
    "immerhin nämlich schließlich letztlich indes indessen wiederum unterdessen derweil zusammen gemeinsam "
    "zugleich ganz dennoch etwa jedenfalls freilich ohnehin vielleicht sogar somit also allgemein".split()
)
# ... and those the tagger sometimes takes for nouns when they open a sentence ("Vermutlich").
ADVERBS = SENTENCE_ADVERBS | frozenset("vermutlich offiziell sinngemäß neu".split())
ADJECTIVE_SUFFIXES = ("los", "lich", "ig", "isch", "bar", "sam", "haft")
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # the inflections of an attributive adjective
# Participles that open an adverbial phrase with their object ("Angesprochen auf die Kritik, sagte
# X …", "Gefragt nach den Kosten, …"): the one asked is the subject after the verb.
ADVERBIAL_PARTICIPLES = frozenset(
    "angesprochen befragt gefragt angefragt bezogen konfrontiert verglichen gemessen abgesehen".split()
)
ADVERB_SUFFIXES = ("end", "lich", "isch", "ig", "weise", "mäßig", "lang", "mals", "wärts")
# Head nouns of temporal adverbials: a prefield "Letzte Woche" or "Ende Januar 2006" is not the
# subject ("Ende Januar verkündete der Verband, …").
TIME_NOUNS = frozenset(
    "woche wochen monat monate jahr jahre jahren tag tage tagen wochenende abend morgen vormittag mittag "
    "stunde stunden minute minuten "
    "nachmittag nacht sommer herbst winter frühjahr frühling saison zeit anfang ende mitte montag dienstag "
    "mittwoch donnerstag freitag samstag sonnabend sonntag januar februar märz april mai juni juli august "
    "september oktober november dezember".split()
)
# Words that open a subordinate clause in the prefield ("Als die Polizei kam, sagte …").
SUBORDINATORS = frozenset(
    "wenn während nachdem weil obwohl bevor seitdem sobald falls indem ob dass "
    # an indirect question in the prefield ("Warum die Wahl … fiel, begründete das Gericht …")
    "warum weshalb wieso weswegen wann wohin woher".split()
)
# Preposition attributes that stay with a noun ("der Sprecher von Greenpeace", "im Landtag");
# not "zur"/"zum", which name the addressee ("sagte X zur Nachrichtenagentur dpa").
ATTRIBUTE_PREPOSITIONS = frozenset({"von", "vom", "für", "im", "aus", "beim"})
# Heads of the names of bodies: "vom Berliner Fahrgastverband", "aus dem Innenministerium".
BODY_SUFFIXES = (
    "verband", "verein", "institut", "ministerium", "amt", "partei", "bund", "gewerkschaft", "behörde", "stiftung",
    "gesellschaft", "kommission", "rat", "gericht", "universität", "zentrum", "organisation", "klinik", "konzern",
    "bank", "polizei", "regierung", "fraktion", "agentur", "büro", "senat", "unternehmen",
)
# Suffixes no surname has: nouns ending so are common nouns, whatever the tagger says.
ABSTRACT_NOUN_SUFFIXES = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "tät", "täten",
    "ismus", "nahme", "nahmen", "ment", "mente",
)  # fmt: skip
# Nouns of a source phrase ("nach Angaben von …", "Polizeiangaben aus …"): only "von"/"aus" say whose.
SOURCE_NOUN_ENDINGS = (
    "angaben", "informationen", "ansicht", "meinung", "auskunft", "einschätzung", "auffassung", "darstellung",
    "schätzungen", "berechnungen", "erkenntnissen",
)  # fmt: skip
INDEFINITE_ARTICLES = frozenset("ein eine einen einem einer eines".split())
GENITIVE_ARTICLES = frozenset({"der", "des", "eines", "einer"})
CLAUSE_PUNCT = frozenset({"$,", "$(", "$."})
CLAUSE_PUNCT_OR_ZU = CLAUSE_PUNCT | {"PTKZU"}
# Quotation marks and colons end a prefield: what follows them is quoted, not the clause.
QUOTATION_MARKS = frozenset("„“”\"»«")
# The same marks by side, for a quoted name inside a noun phrase ("die „Rheinpost“"); with the single
# low-high pair, and without “ as an opener, which closes German quotations
OPENING_MARK_TOKENS = frozenset({"„", "»", "«", '"', "‚"})
CLOSING_MARK_TOKENS = frozenset({"“", "”", "«", "»", '"', "‘"})
PREFIELD_STOPS = frozenset({"„", "“", "\"", "»", "«", ":"})
# A form of "werden" with a past participle makes the clause passive: its subject is the one
# spoken to or about ("Israel wurde aufgefordert, …", "Die Männer werden beschuldigt, …").
PASSIVE_AUXILIARIES = frozenset("wird wurde werden wurden".split())
# ... and so does a form of "sein" with a participle and "worden" ("Es war befürchtet worden, …").
PERFECT_PASSIVE_AUXILIARIES = frozenset("ist sind war waren sei seien".split())
# Past participles by form: "vorgeworfen", "angekündigt", "gefordert", "kritisiert" (not "gewinnen").
PARTICIPLE_FORM = re.compile(
    r"^(?:(?:ab|an|auf|aus|bei|ein|fest|frei|her|hin|mit|nach|vor|weg|zu|zurück|dar|nieder)ge[a-zäöüß]{2,}(?:t|en)"
    r"|ge[a-zäöüß]{2,}t|[a-zäöüß]{3,}iert)$"
)
# Quoting is the exception: "X wird mit den Worten zitiert" quotes X.
ACTIVE_SUBJECT_PARTICIPLES = frozenset({"zitiert"})
MAX_APPOSITION_TOKENS = 14
MAX_PARENTHESIS_TOKENS = 6
MAX_QUOTED_NAME_TOKENS = 4  # "die Zeitung „Die Welt“", "der Sender „Radio Free Europe“"
MAX_PREFIELD_TOKENS = 30


@dataclass(frozen=True, slots=True)
class Tagged:
    """Tokens of a text with their STTS tags and character offsets."""

    words: tuple[str, ...]
    tags: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def first_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect_left(self.starts, pos)

    def span(self, i: int, j: int) -> Span:
        """Character span of tokens i..j-1."""
        return self.starts[i], self.ends[j - 1]


# A compound whose last part is capitalised ("OPEC-Generalsekretär", "SPD-Chef") is a noun.
HYPHENATED_NOUN = re.compile(r"[\w.]+-[A-ZÄÖÜ][\w-]*")
# Lower-case particles of Arabic, Dutch and Romance names; not "da", "du", "as", which German
# and English use as words of their own ("weil Merkel da Bedenken hat").
NAME_PARTICLES = frozenset("al el ad ash bin ibn abu van de dos".split())


def _capitalised(*words: str) -> bool:
    return all(w[:1].isupper() for w in words)


@lru_cache(maxsize=8)
def tag_text(text: str) -> Tagged:
    from factcli.nlp import load_tagger

    doc = load_tagger()(text)
    tags = [t.tag_ for t in doc]
    for i in range(1, len(doc) - 1):
        if _past_verb_as_adjective(doc[i].text, tags[i - 1], tags[i], tags[i + 1]) and not _clause_has_finite(tags, i):
            tags[i] = "VVFIN"
    for i, token in enumerate(doc):
        if _mistagged_finite(token.text, tags, i) and _verbless_clause(tags, i):
            tags[i] = "VVFIN"
        elif tags[i] in FINITE and token.text.islower() and token.text.endswith(ADJECTIVE_SUFFIXES):
            tags[i] = "ADJD"  # "kostenlos", "möglich": no finite verb ends like an adjective
        elif PRONOMINAL_ADVERB.fullmatch(token.lower_):
            tags[i] = "PAV"  # "Hierbei erfuhr man …": the small tagger reads some as names
        elif i + 1 < len(doc) and (token.lower_, doc[i + 1].lower_) in ADVERBIAL_GENITIVES:
            tags[i] = tags[i + 1] = "ADV"
        elif tags[i] not in NOUNS and LOWER_INITIAL_NOUN.fullmatch(token.text):
            tags[i] = "NN"  # "ai-Bericht", "eBay", "iPhone": a capital inside a word makes it a noun or name
        elif tags[i] in FINITE and HYPHENATED_NOUN.fullmatch(token.text):
            tags[i] = "NN"  # "OPEC-Generalsekretär" opening a sentence is no verb
        elif token.text in NAME_PARTICLES and 0 < i < len(doc) - 1 and _capitalised(doc[i - 1].text, doc[i + 1].text):
            tags[i] = "NE"  # "Abdalla al Badri", "Rudi van Dijk": a particle inside a name, no preposition
    return Tagged(
        tuple(t.text for t in doc),
        tuple(tags),
        tuple(t.idx for t in doc),
        tuple(t.idx + len(t) for t in doc),
    )


def _past_verb_as_adjective(word: str, before: str, tag: str, after: str) -> bool:
    """A past-tense verb between two nouns, which the small tagger reads as an adjective
    ("… Flüchtlingen sicherte Präsident X zu"); an attributive adjective follows an article."""
    return tag == "ADJA" and word.islower() and word.endswith(("te", "ten")) and before in NOUNS and after in NOUNS


def _mistagged_finite(word: str, tags: list[str], i: int) -> bool:
    """Finite verbs by form that the small tagger reads otherwise: no German infinitive or participle
    ends in -e ("Die Belegschaft erfahre das zu spät", "Der 30. Juni gelte weiterhin"), a plural
    present right after its subject is finite ("Die Veranstalter erklären dagegen, …"), and so are
    the strong past forms of speech verbs ("Vogt widersprach: …")."""
    lower = word.islower()
    if tags[i] == "VVINF" and lower and (word.endswith("e") or _after_subject(tags, i)):
        return True
    if tags[i] == "VVPP" and lower and word.endswith("e"):
        return True
    return word in STRONG_SPEECH_PAST and tags[i] not in FINITE


def _after_subject(tags: list[str], i: int) -> bool:
    """Token i follows a noun and more words of its clause follow it, other than "zu" and the
    infinitive it governs ("… behandeln zu lassen")."""
    return 0 < i < len(tags) - 1 and tags[i - 1] in ("NN", "NE") and tags[i + 1] not in CLAUSE_PUNCT_OR_ZU


def _verbless_clause(tags: list[str], i: int) -> bool:
    """Whether token i is no "zu"-infinitive ("zu lange") and its clause has no finite verb."""
    return (i == 0 or tags[i - 1] != "PTKZU") and not _clause_has_finite(tags, i)


def _clause_has_finite(tags: list[str], i: int) -> bool:
    """Whether the clause around token i already has a finite verb ("Zwei mit den Verhandlungen
    vertraute Personen sagten …": then the -te word is an adjective after all)."""
    before = next((k for k in range(i - 1, -1, -1) if tags[k] in CLAUSE_PUNCT), -1)
    after = next((k for k in range(i + 1, len(tags)) if tags[k] in CLAUSE_PUNCT), len(tags))
    return any(tags[k] in FINITE for k in range(before + 1, after) if k != i)


def clause_subject(
    text: str, start: int, limit: int, speech_verbs: frozenset[str] = frozenset()
) -> tuple[Span | None, Span | None]:
    """Subject and finite verb of the clause framing what follows `limit` (a quote's start),
    searching the sentence text from `start`; the subject is None when there is no clear one.
    A subordinate clause right before `limit` frames it only if it holds one of `speech_verbs`
    ("…, indem er sagte, …"), not a condition ("…, wenn die Hilfe nicht fortgesetzt werde: …")."""
    subject, verb = _clause_subject(tag_text(text), start, limit, speech_verbs)
    if subject is None:
        return None, verb
    subject = with_closed_name(text, subject, limit)
    if text[subject[0] : subject[1]].lower() in NOT_SPEAKERS:
        return None, None  # "heißt es"
    return subject, verb


MAX_NAME_TAIL = 40  # characters from a cut phrase to the closing mark of its quoted name


def with_closed_name(text: str, span: Span, limit: int) -> Span:
    """A phrase cut inside a quoted name runs on to the name's closing mark: "der neue „Rat der
    Offiziere“", "Moritz Wohlrab von der „Aktion Deutschland hilft“" (the tagger reads "hilft" as
    the clause's verb)."""
    phrase = text[span[0] : span[1]]
    if phrase.count("„") <= phrase.count("“"):
        return span
    close = text.find("“", span[1], min(limit, span[1] + MAX_NAME_TAIL))
    if close < 0 or "„" in text[span[1] : close]:
        return span
    return span[0], close + 1


def _clause_subject(
    tg: Tagged, start: int, limit: int, speech_verbs: frozenset[str]
) -> tuple[Span | None, Span | None]:
    first, stop = tg.first_at(start), tg.first_at(limit)
    while first < stop and tg.tags[first] in CLAUSE_PUNCT:
        first += 1
    # "Aber sie demonstrierten damit, …": a coordinating conjunction stands before the prefield,
    # unless the verb follows it at once ("Doch sagte er …", where "doch" is the prefield)
    conjunction = first + 2 < stop and tg.words[first].lower() in CONJUNCTIONS_BEFORE_PREFIELD
    if conjunction and tg.tags[first + 1] not in FINITE:
        first += 1
    if (
        first + 1 < stop
        and tg.words[first].lower() in FOCUS_PARTICLES
        and tg.tags[first + 1] in DETERMINERS | NOUNS | PRONOUN_SUBJECTS
    ):
        first += 1
    cue = _last_finite(tg, first, stop)
    if cue is None:
        return None, None
    opener = _subclause_opener(tg, first, cue)
    opens = _is_subordinator(tg, first) or _temporal_als(tg, first, cue)
    if opener is None and opens and "$," not in tg.tags[first:cue]:
        opener = first  # "Während Shakira erklärte, …", "Als Leung am Sonntag sagte, …"
    framing = all(tg.tags[k] in CLAUSE_PUNCT or tg.tags[k] in ("PTKVZ", "$(") for k in range(cue + 1, stop))
    if opener is not None and framing and any(tg.words[k] in speech_verbs for k in range(opener, stop)):
        return _subordinate_subject(tg, opener, cue), tg.span(cue, cue + 1)
    verb = _main_verb(tg, first, stop)
    if verb is None:
        return None, None
    return _main_subject(tg, first, verb, stop), tg.span(verb, verb + 1)


def _last_finite(tg: Tagged, first: int, stop: int) -> int | None:
    for i in range(stop - 1, first - 1, -1):
        if tg.tags[i] in FINITE:
            return i
    return None


def _opens_subclause(tg: Tagged, i: int, stop: int) -> bool:
    nxt = tg.tags[i] if i < stop else ""
    return nxt in SUBCLAUSE_OPENERS or (nxt == "APPR" and i + 1 < stop and tg.tags[i + 1] in ("PRELS", "PWS"))


def _subclause_opener(tg: Tagged, first: int, verb: int) -> int | None:
    """Index of the conjunction or relative pronoun when `verb` stands in a subordinate clause
    opened after the last comma before it ("…, indem er sagte")."""
    comma = next((i for i in range(verb - 1, first - 1, -1) if tg.tags[i] == "$,"), None)
    if comma is not None and _opens_subclause(tg, comma + 1, verb):
        return comma + 1
    return None


def _is_subordinator(tg: Tagged, i: int) -> bool:
    return tg.tags[i] in ("KOUS", "KOUI") or tg.words[i].lower() in SUBORDINATORS


def _main_verb(tg: Tagged, first: int, stop: int) -> int | None:
    """The finite verb of the main clause: the first one outside subordinate clauses."""
    inside = first < stop and _is_subordinator(tg, first)
    for i in range(first, stop):
        tag = tg.tags[i]
        if tag == "$,":
            inside = _opens_subclause(tg, i + 1, stop)
        elif tag in FINITE and not inside:
            return i
    return None


def _temporal_als(tg: Tagged, first: int, verb: int) -> bool:
    """ "Als Leung am Sonntag sagte, …": "Als" opening a clause whose finite verb comes last is a
    conjunction, which the tagger reads as the preposition of "Als Beispiel nannte die Behörde …"."""
    after = verb + 1
    return tg.words[first] == "Als" and verb > first + 1 and (after >= len(tg.tags) or tg.tags[after] in CLAUSE_PUNCT)


def _subordinate_subject(tg: Tagged, opener: int, verb: int) -> Span | None:
    """ "…, indem er sagte" / "…, da sie befürchten" / "…, in dem er verlangte": the subject
    follows the conjunction or relative pronoun."""
    i = opener + 1
    if tg.tags[opener] == "APPR" and tg.words[opener] != "Als":
        i += 1  # "in dem"
    np = _noun_phrase(tg, i, verb)
    if np is not None:
        return tg.span(*np)
    if tg.tags[opener] == "PRELS":
        return tg.span(opener, opener + 1)  # "…, die von Erschütterungen sprachen": the pronoun itself
    return None


def _main_subject(tg: Tagged, first: int, verb: int, stop: int) -> Span | None:
    prefield = (first, verb)
    after = verb + 1
    while after < stop and tg.tags[after] in ("ADV", "PTKNEG", "PRF") and tg.words[after].islower():
        after += 1  # "sagte jedoch der Minister", "sprach sich der Minister … aus"
    if after < stop and tg.words[after].lower() in NOMINATIVE_PRONOUNS:
        return tg.span(after, after + 1)  # object first: "Den Plan nannte er …"
    if verb > first and _masculine_nominative(tg, after, stop) and (np := _noun_phrase(tg, after, stop)):
        return tg.span(*np)  # object first: "Die Anwendung stellte der SPD-Vorsitzende in Frage"
    if (
        verb == first
        or (tg.tags[first] in NON_SUBJECT_OPENERS | FINITE and not _is_name(tg, first, verb))
        or _is_temporal(tg, first, verb)
        or (verb == first + 1 and _is_adverb(tg, first))
        or _is_subordinator(tg, first)
        or (verb == first + 1 and tg.words[first].lower() in ADVERBS)
        or _adverbial_opener(tg, first)
        or tg.words[first].lower() in NOT_NOMINATIVE_OPENERS
        or (tg.words[first] == "Als" and first + 1 < verb and tg.tags[first + 1] in NOUNS | {"ART", "ADJA"})
        or _demonstrative_object(tg, first, verb, after, stop)
        or _answered_report(tg, first, verb, after, stop)
        or _quantified_object(tg, first, verb)
    ):
        np = _noun_phrase(tg, after, stop)
        if np is None or tg.words[after].lower() in NON_NOMINATIVE:
            return None  # "Pötsch/ADJD beschrieb den Markt …": an object after the verb is no subject
        return tg.span(*np)
    if prefield[1] - prefield[0] > MAX_PREFIELD_TOKENS or not any(
        tg.tags[k] in NOUNS | PRONOUN_SUBJECTS for k in range(*prefield)
    ):
        return None
    end = _without_relative_clauses(tg, *prefield)
    return tg.span(first, end)


def _masculine_nominative(tg: Tagged, i: int, stop: int) -> bool:
    """ "der SPD-Vorsitzende", "der 85-jährige Papst", "der Minister": after "der", a weak adjective
    in -e or a male role noun can only be masculine nominative (the dative and genitive feminine
    would be "der SPD-Vorsitzenden", "der Ministerin")."""
    if tg.words[i] != "der" or i + 1 >= stop:
        return False
    word, tag = tg.words[i + 1], tg.tags[i + 1]
    if tag == "ADJA" or (word[:1].islower() and word.endswith("e")):
        return word.endswith("e")
    return tag == "NN" and bool(MALE_PERSON_NOUN.search(word))


def _quantified_object(tg: Tagged, first: int, verb: int) -> bool:
    """ "Die Kosten bezifferte die Ministerin auf …", "Die Zahl schätzte die Polizei auf …": what an
    estimate puts a figure on is its object; the one who estimates follows the verb."""
    if tg.words[verb].lower() not in ESTIMATE_VERBS:
        return False
    head = next((k for k in range(first, verb) if tg.tags[k] in NOUNS), None)
    return head is not None and tg.words[head].lower() in QUANTITY_NOUNS


def _answered_report(tg: Tagged, first: int, verb: int, after: int, stop: int) -> bool:
    """ "Die Vorwürfe wies Konzernchef Braun zurück", "Das Gerücht dementierte die Firma": a report
    in the prefield of a verb that answers reports is its object when a noun phrase follows the verb
    ("Der Bericht bestätigte …" stays the subject: "Der" is nominative)."""
    if tg.words[verb].lower() not in ANSWERING_VERBS or tg.words[first].lower() not in NOT_MASCULINE_ARTICLES:
        return False
    head = next((k for k in range(first, verb) if tg.tags[k] in NOUNS), None)
    return (
        head is not None
        and tg.words[head].lower().endswith(REPORT_NOUN_ENDINGS)
        and after < stop
        and (tg.tags[after] in DETERMINERS | NOUNS)
    )


def _demonstrative_object(tg: Tagged, first: int, verb: int, after: int, stop: int) -> bool:
    """ "Das kündigte die Gewerkschaft an": a bare "Das"/"Dies" before a verb other than a copula,
    with a noun phrase after the verb, is the object; the noun phrase is the subject."""
    return (
        verb == first + 1
        and tg.words[first].lower() in ("das", "dies")
        and tg.words[verb].lower() not in COPULAS
        and after < stop
        and (tg.tags[after] in ("ART", "PPOSAT", "NE") or tg.words[after] in ("der", "die", "das"))
    )


def _is_name(tg: Tagged, first: int, verb: int) -> bool:
    """A one-word prefield the tagger took for an adverb ("Paolo/ADJD hatte …") is a name when the
    text also has it capitalised inside a sentence, where only nouns and names are."""
    word = tg.words[first]
    if verb != first + 1 or not word[:1].isupper() or word.lower() in ADVERBS:
        return False
    inside = (k for k, w in enumerate(tg.words) if w == word and k not in (0, first))
    return any(tg.tags[k - 1] not in CLAUSE_PUNCT | {"$("} for k in inside)


def _is_adverb(tg: Tagged, first: int) -> bool:
    """ "Unmissverständlich sagt das Gericht …": a capitalised adverb-like word alone in the prefield,
    whatever the tagger says, unless the text uses it as a name elsewhere."""
    word = tg.words[first]
    return word.lower().endswith(ADVERB_SUFFIXES) and tg.tags[first] != "NE" and not _is_name(tg, first, first + 1)


def _is_temporal(tg: Tagged, first: int, verb: int) -> bool:
    """A prefield made of a time phrase ("Letzte Woche", "Ende Januar 2006", "Vergangenen Montag")."""
    nouns = [k for k in range(first, verb) if tg.tags[k] in NOUNS]
    head = nouns[0] if nouns else verb
    time_head = head <= first + 2 and head + 1 < verb and tg.words[head].lower() in TIME_NOUNS
    if time_head and tg.words[head + 1] in ("nach", "vor", "später", "zuvor"):
        return True  # "Wenige Stunden nach dem Putsch erklärte …"
    return (
        bool(nouns)
        and all(tg.words[k].lower() in TIME_NOUNS for k in nouns)
        and all(tg.tags[k] in NOUNS | {"ADJA", "CARD", "ART", "PDAT", "PIAT"} for k in range(first, verb))
    )


def _adverbial_opener(tg: Tagged, first: int) -> bool:
    """ "Passend zu …", "Höhnisch, …": a capitalised adjective or adverb opening the sentence, which
    the tagger may take for a noun; known by its suffix and by what follows it. "Angesprochen auf …",
    "Gefragt nach …": a participle with its object is an adverbial too."""
    word = tg.words[first].lower()
    follows = tg.tags[first + 1] if first + 1 < len(tg.tags) else ""
    if word in ADVERBIAL_PARTICIPLES and follows in ("APPR", "APPRART", "PAV", "ADV"):
        return True
    if word in SENTENCE_ADVERBS and follows in ("APPR", "APPRART"):
        return True  # "Bereits im Juli meldete …": an adverb before a time or place phrase
    return word.endswith(ADVERB_SUFFIXES) and follows in ("APPR", "APPRART", "$,", "ADV", "KOKOM")


def _without_relative_clauses(tg: Tagged, first: int, end: int) -> int:
    """Cut the prefield at its first relative clause ("Der NDR, der … ist, begründete …") or at an
    example of the group it names ("Die Unterstützer, darunter die Grünen, …")."""
    for i in range(first + 1, end - 1):
        if tg.tags[i] == "$," and tg.tags[i + 1] in ("PRELS", "PRELAT", "KOUS") and not _is_apposition(tg, i + 1, end):
            return i
        if tg.tags[i] == "$," and tg.words[i + 1].lower() in ("darunter", "etwa", "insbesondere", "vor"):
            return i
    while end > first and tg.tags[end - 1] in CLAUSE_PUNCT and not _closes_parenthesis(tg, first, end - 1):
        end -= 1
    return end


def _is_apposition(tg: Tagged, i: int, end: int) -> bool:
    """ ", der Justizminister des Landes," is an apposition the tagger took for a relative clause:
    an article and a noun, and no verb before the next comma."""
    close = next((k for k in range(i, end) if tg.tags[k] in CLAUSE_PUNCT), end)
    return (
        tg.words[i].lower() in ("der", "die", "das")
        and i + 1 < close
        and tg.tags[i + 1] in NOUNS | {"ADJA"}
        and not any(tg.tags[k].startswith("V") for k in range(i + 1, close))
    )


def _closes_parenthesis(tg: Tagged, first: int, i: int) -> bool:
    """Whether token i is the ")" of a parenthesis opened inside the phrase ("Oettinger (CDU)")."""
    return tg.words[i] == ")" and "(" in tg.words[first:i]


def _noun_phrase(tg: Tagged, i: int, stop: int) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at token i, with its attributes and apposition."""
    if i >= stop:
        return None
    if tg.tags[i] in PRONOUN_SUBJECTS:
        return i, i + 1
    end = _core(tg, i, stop)
    if end is None:
        return None
    return i, _extend(tg, end, stop, i)


def _core(tg: Tagged, i: int, stop: int) -> int | None:
    """End of determiner + modifiers + nouns starting at i, or None when no noun follows."""
    j = i
    if j < stop and tg.tags[j] in DETERMINERS:
        j += 1
    j = _coordinated_adjectives(tg, j, stop)
    while j < stop and tg.tags[j] in MODIFIERS and not _is_noun_like(tg, j):
        j += 1
    # "die „Rheinpost“": a name in quotation marks after its article, marks included
    quoted = j + 1 < stop and tg.words[j] in OPENING_MARK_TOKENS and _is_noun_like(tg, j + 1)
    if quoted:
        j += 1
    k = j
    while k < stop and (tg.tags[k] in NOUNS or _is_noun_like(tg, k)) and not _noun_after_name(tg, k):
        k += 1
        # "Vorarlbergs Kinder- und Jugendanwalt": a truncated compound joins the noun after "und"
        if k > j and tg.words[k - 1].endswith("-") and _coordinated_noun(tg, k, stop):
            k += 1
    opened = quoted or (j > i and tg.words[j - 1] in OPENING_MARK_TOKENS)  # a tagger may call „ an adjective
    if opened and j < k < stop and tg.words[k] in CLOSING_MARK_TOKENS:
        k += 1
    elif k > j:
        k = _quoted_name_after(tg, k, stop)
    # "der 330 Seiten starke Bericht", "ein 20 Meter hoher Turm": a measure before an adjective
    # belongs to the adjective, and the noun after it heads the phrase
    measured = j > i and tg.tags[j - 1] == "CARD" and k == j + 1 and tg.words[j].lower() in MEASURE_NOUNS
    if measured and k + 1 < stop and _adjective_form(tg, k) and tg.tags[k + 1] in NOUNS:
        k += 2
        while k < stop and tg.tags[k] in NOUNS:
            k += 1
    return k if k > j else None


def _quoted_name_after(tg: Tagged, k: int, stop: int) -> int:
    """ "das Magazin „Nature“", "die Zeitung »Hürriyet«": a name in quotation marks right after a
    common noun is its apposition; the phrase ends after the closing mark. Only a short name whose
    words are all capitalised or numbers: a lower-case word opens a quotation, not a name."""
    if not (k < stop and tg.words[k] in OPENING_MARK_TOKENS and tg.tags[k - 1] == "NN"):
        return k
    for end in range(k + 1, min(stop, k + 1 + MAX_QUOTED_NAME_TOKENS + 1)):
        if tg.words[end] in CLOSING_MARK_TOKENS:
            return end + 1 if end > k + 1 else k
        if not (tg.words[end][:1].isupper() or tg.words[end][:1].isdigit()):
            return k
    return k


def _noun_after_name(tg: Tagged, k: int) -> bool:
    """A common noun right after a name starts a new phrase ("laut Airbus Bestellungen", "von ai
    Disziplinarmaßnahmen"): German joins them with a hyphen, and a genitive name ("Putins Sprecher")
    ends in s. Only nouns with an abstract suffix count: the tagger calls many surnames NN ("Olli Rehn")."""
    if not (k > 0 and tg.tags[k] == "NN" and tg.tags[k - 1] == "NE"):
        return False
    return not tg.words[k - 1].endswith(("s", "'", "’")) and tg.words[k].lower().endswith(ABSTRACT_NOUN_SUFFIXES)


def _coordinated_noun(tg: Tagged, k: int, stop: int) -> bool:
    """Whether token k is "und"/"oder" before a noun (the rest of "Kinder- und Jugendanwalt")."""
    return k + 1 < stop and tg.words[k] in ("und", "oder") and _is_noun_like(tg, k + 1)


def _coordinated_adjectives(tg: Tagged, i: int, stop: int) -> int:
    """Index of the last adjective of "A, B und C" starting at i ("US-amerikanischen, europäischen
    und russischen Beamten"), else i. The small tagger reads some of them as verbs ("deutschen/VVINF"),
    so any word with an adjective ending counts before the last, which must be tagged ADJA."""
    k = i
    while k + 2 < stop and tg.tags[k + 1] in ("$,", "KON") and _adjective_form(tg, k):
        k += 2
    return k if k > i and tg.tags[k] == "ADJA" else i


def _adjective_form(tg: Tagged, i: int) -> bool:
    word = tg.words[i]
    return tg.tags[i] == "ADJA" or (word[:1].islower() and word.endswith(ADJECTIVE_ENDINGS))


def _is_noun_like(tg: Tagged, j: int) -> bool:
    """Capitalised words inside a phrase are names even when the tagger guesses otherwise."""
    word = tg.words[j]
    return tg.tags[j] in NOUNS or (word[:1].isupper() and tg.tags[j] in ("ADJA", "ADJD", "ADV", "VVFIN", "VVPP"))


def _extend(tg: Tagged, end: int, stop: int, start: int | None = None) -> int:
    """Add genitives, preposition attributes, a parenthesis and an apposition to a noun core."""
    end = _attributes(tg, end, stop)
    if start is not None:
        end = _shared_article(tg, start, end, stop)
    return _apposition(tg, end, stop)


def _shared_article(tg: Tagged, start: int, end: int, stop: int) -> int:
    """ "der Künstler und Netzaktivist X", "der Kommissar für Erweiterung und europäische
    Nachbarschaftspolitik X": a second noun under the first one's article names the same one."""
    if not (tg.tags[start] == "ART" and end + 1 < stop and tg.words[end] == "und"):
        return end
    # "die Union und die FDP", "die Polizei und Merkel": two of them; a name may follow a second
    # title the tagger takes for a name ("und Aktivist/NE Peter Maier")
    title_before_name = tg.tags[end + 1] == "NE" and end + 2 < stop and tg.tags[end + 2] in NOUNS
    if tg.tags[end + 1] not in ("NN", "ADJA") and not title_before_name:
        return end
    more = _core(tg, end + 1, stop)
    return _attributes(tg, more, stop) if more is not None else end


def _attributes(tg: Tagged, end: int, stop: int) -> int:
    """End of the genitives, preposition attributes and a short parenthesis after a noun core."""
    while end < stop:
        word, tag = tg.words[end].lower(), tg.tags[end]
        nxt: int | None = None
        if (tag == "ART" and word in GENITIVE_ARTICLES) or tag in NOUNS or _bare_genitive(tg, end, stop):
            nxt = _core(tg, end, stop)
        elif (
            word in ATTRIBUTE_PREPOSITIONS
            and tag in ("APPR", "APPRART")
            and _takes_attribute(tg, end - 1, word)
            and not (end + 1 < stop and tg.tags[end + 1] == "CARD")  # "sprach von 50.000 Menschen"
        ):
            nxt = _core(tg, end + 1, stop)
            if nxt is not None and _is_bare_name(tg, end - 1) and not _names_a_body(tg, end + 1, nxt):
                nxt = None  # "Schnappauf aus Sicherheitsgründen": a name's "aus"/"von" phrase must name a body
        elif word == "(":
            close = next((k for k in range(end, min(stop, end + MAX_PARENTHESIS_TOKENS)) if tg.words[k] == ")"), None)
            nxt = close + 1 if close is not None else None
        if nxt is None:
            break
        end = nxt
    return end


def _bare_genitive(tg: Tagged, i: int, stop: int) -> bool:
    """ "der Verband kommunaler Unternehmen": after a common noun, a plural genitive without article
    opens with a lower-case adjective in -er right before its noun. Not after a name, and not a
    capitalised city adjective: "sagte Merkel Berliner Journalisten" names whom she told."""
    if not (i > 0 and i + 1 < stop and tg.tags[i - 1] == "NN" and tg.tags[i + 1] == "NN"):
        return False
    word = tg.words[i]
    return tg.tags[i] == "ADJA" and word[:1].islower() and word.endswith("er")


def _is_bare_name(tg: Tagged, head: int) -> bool:
    """A name: tagged one, or a capitalised word right after a preposition without an article
    ("laut Schnappauf"), which the small tagger may read as a common noun; source nouns are none."""
    if tg.tags[head] == "NE":
        return True
    after_preposition = head > 0 and tg.tags[head - 1] in ("APPR", "APPRART")
    return after_preposition and tg.tags[head] == "NN" and not tg.words[head].lower().endswith(SOURCE_NOUN_ENDINGS)


def _takes_attribute(tg: Tagged, head: int, preposition: str) -> bool:
    """A common noun takes preposition attributes ("der Sprecher für Umwelt"); after a name only
    "von"/"aus" belong to the phrase ("Obama für die Annahme …" is an object, not the speaker).
    An office's "für" names its field without an indefinite article ("Ministerin für Bildung");
    "für eine höhere Steuer" is what someone argues for."""
    if preposition == "für" and head + 2 < len(tg.words) and tg.words[head + 2].lower() in INDEFINITE_ARTICLES:
        return False
    if tg.words[head].lower().endswith(SOURCE_NOUN_ENDINGS):
        return preposition in ("von", "vom", "aus")  # "nach eigenen Angaben im Süden": where, not whose
    return tg.tags[head] != "NE" or preposition in ("von", "vom", "aus")


def _names_a_body(tg: Tagged, start: int, end: int) -> bool:
    """Whether tokens start..end-1 name a place or organisation ("von der IG Metall", "vom
    Berliner Fahrgastverband", "vom Robert-Koch-Institut"), not a topic ("von der Möglichkeit")."""
    words = tg.words[start:end]
    tags = tg.tags[start:end]
    return any(tag == "NE" or "-" in w or w.lower().endswith(BODY_SUFFIXES) for w, tag in zip(words, tags, strict=True))


def _apposition(tg: Tagged, end: int, stop: int) -> int:
    """ ", der Geschäftsführer des Unternehmens," after a name belongs to the speaker mention."""
    if end + 1 >= stop or tg.tags[end] != "$,":
        return end
    start = end + 1
    if tg.tags[start] not in DETERMINERS | NOUNS | {"ADJA"}:
        return end
    core = _core(tg, start, stop)
    if core is None:
        return end
    close = _place_of_work(tg, _attributes(tg, core, stop), stop)
    if close + 1 < stop and tg.words[close] == "und" and (more := _core(tg, close + 1, stop)) is not None:
        close = _attributes(tg, more, stop)  # "Charles Bouchard, kanadischer General und Kommandeur des Einsatzes"
    if close - start > MAX_APPOSITION_TOKENS:
        return end
    after = _after_time_phrase(tg, close, stop)  # "…, Kommandeur des Einsatzes am Montag."
    if after >= stop or tg.tags[after] in CLAUSE_PUNCT or tg.words[after] in (":",):
        return close
    return end


def _place_of_work(tg: Tagged, i: int, stop: int) -> int:
    """ "Professor am California Institute of Technology": inside an apposition, "am" before a
    name that is no time ("am Montag") names where the person works."""
    is_place = i + 1 < stop and tg.words[i] == "am" and tg.words[i + 1].lower() not in TIME_NOUNS
    if is_place and (core := _core(tg, i + 1, stop)) is not None:
        return _attributes(tg, core, stop)
    return i


def _after_time_phrase(tg: Tagged, i: int, stop: int) -> int:
    """Index after a time phrase at i ("am Montag", "heute"), else i."""
    if i < stop and tg.words[i].lower() in ("heute", "gestern", "vorgestern"):
        return i + 1
    if i + 1 < stop and tg.words[i].lower() in ("am", "im") and tg.words[i + 1].lower() in TIME_NOUNS:
        return i + 2
    return i


def has_finite_verb(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a finite verb by the tagger."""
    tg = tag_text(text)
    return any(tag in FINITE for tag in tg.tags[tg.first_at(start) : tg.first_at(end)])


# Tags that only a clause has: verbs, subordinating conjunctions ("dass", "um"), infinitive "zu"
# and relative pronouns; the conjunctions also catch the verb the small tagger misreads
# ("dass das Auto den Rekord bricht" with "bricht" as an adjective).
CLAUSE_TAGS = ("V", "KOUS", "KOUI", "PTKZU", "PRELS")


def is_clause_like(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a verb form or a word that opens a clause, by the tagger."""
    tg = tag_text(text)
    return any(tag.startswith(CLAUSE_TAGS) for tag in tg.tags[tg.first_at(start) : tg.first_at(end)])


# A finite verb in -e that is no Konjunktiv I: Präteritum (-te), Konjunktiv II (wurde, käme,
# gehöre is lost too), and words the small tagger misreads as verbs (adjectives, -weise adverbs).
NOT_KONJUNKTIV_I = re.compile(r"(?:te|rde|ende|weise|ige|ive|ische|liche|[äöü][^aeiouäöü]*e)$")
NOT_KONJUNKTIV_I_WORDS = frozenset({"infolge", "siehe"})
ADJECTIVE_CONTEXT = frozenset({"ART", "PPOSAT", "PIAT", "PIDAT", "PDAT", "APPR", "APPRART", "ADJA"})


def has_konjunktiv_i(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a third-person Konjunktiv I verb by its form ("Die Sanierung
    dauere …"): a finite verb in -e with no "ich" next to it, which would make it indicative."""
    tg = tag_text(text)
    first, stop = tg.first_at(start), tg.first_at(end)
    for i in range(first, stop):
        word = tg.words[i]
        if not (tg.tags[i] in FINITE and word.islower() and len(word) >= 4 and word.endswith("e")):
            continue
        if NOT_KONJUNKTIV_I.search(word) or word in NOT_KONJUNKTIV_I_WORDS:
            continue
        if i > 0 and tg.tags[i - 1] in ADJECTIVE_CONTEXT:
            continue
        if "ich" not in {w.lower() for w in tg.words[max(first, i - 2) : i + 3]}:
            return True
    return False


def is_passive(text: str, start: int, limit: int) -> bool:
    """Whether the main clause of text[start:limit] is passive: its finite verb is a form of
    "werden" and a past participle follows it in the same clause."""
    tg = tag_text(text)
    first, stop = tg.first_at(start), tg.first_at(limit)
    verb = _main_verb(tg, first, stop)
    if verb is None:
        return False
    auxiliary = tg.words[verb].lower()
    if auxiliary in PERFECT_PASSIVE_AUXILIARIES:
        return any(tg.words[k] == "worden" for k in range(verb + 1, stop))
    if auxiliary not in PASSIVE_AUXILIARIES:
        return False
    if verb == first + 1 and _is_participle(tg, first):
        return tg.words[first].lower() not in ACTIVE_SUBJECT_PARTICIPLES  # "Kritisiert wird, dass …"
    for k in range(verb + 1, stop):
        if tg.tags[k] in CLAUSE_PUNCT and tg.words[k] not in QUOTATION_MARKS:
            return False  # "wurden im „Standard“ als „…“ bezeichnet": a quotation does not end the clause
        if tg.words[k] == "folgt" and tg.words[k - 1] == "wie":
            continue  # "wird X wie folgt zitiert": "as follows", no participle
        if _is_participle(tg, k):
            return tg.words[k] not in ACTIVE_SUBJECT_PARTICIPLES
    return False


def _is_participle(tg: Tagged, i: int) -> bool:
    """A past participle by its tag or, where the small tagger misreads one, by its form: a second
    finite verb, "vorgeworfen" as an infinitive, a prefield "Kritisiert" as a noun."""
    if tg.tags[i] in ("VVPP", "VVFIN"):
        return True
    return tg.tags[i] in ("VVINF", "NN", "ADJD") and bool(PARTICIPLE_FORM.match(tg.words[i].lower()))


def is_main_clause(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole main clause: it has a finite verb and does not open
    with a subordinating conjunction ("Während …") or with its verb ("Galt X …")."""
    tg = tag_text(text)
    first, stop = tg.first_at(start), tg.first_at(end)
    while first < stop and tg.tags[first] in CLAUSE_PUNCT | {"$("}:
        first += 1
    if first >= stop or _is_subordinator(tg, first) or tg.tags[first] in FINITE:
        return False
    return has_finite_verb(text, tg.starts[first], end)


VERB_ENDINGS = frozenset({"VVFIN", "VVPP", "PTKVZ", "VVINF"})
STRONG_SPEECH_PAST = frozenset(
    "widersprach widersprachen bestritt bestritten sprach sprachen schrieb schrieben riet rieten empfahl "
    "empfahlen verwies verwiesen hob hoben gestand gestanden versprach versprachen wies wiesen warf warfen "
    "rief riefen".split()
)


def opens_subclause(text: str, start: int) -> bool:
    """Whether the clause at `start` opens with a conjunction or a relative pronoun ("…, die darin
    bestehen solle, …"), by the tagger; a content clause after a frame opens with its subject."""
    tg = tag_text(text)
    i = tg.first_at(start)
    return i < len(tg.tags) and (_opens_subclause(tg, i, len(tg.tags)) or _is_subordinator(tg, i))


def ends_in_verb(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends in its verb ("X hob hervor", "hatte X versichert", "warnte er"):
    a speech frame that introduces the clause after it, not a clause of its own ("… kamen ums Leben")."""
    tg = tag_text(text)
    first, stop = tg.first_at(start), tg.first_at(end)
    if stop - first < 2:
        return False
    if tg.tags[stop - 1] == "PPER":  # "warnte er": the subject after the verb
        stop -= 1
    return tg.tags[stop - 1] in VERB_ENDINGS


VERB_SECOND_OPENERS = DETERMINERS | NOUNS | PRONOUN_SUBJECTS | {"ADJA", "ADV", "APPR", "APPRART"}
MAX_VERB_SECOND_PREFIELD = 8


def is_verb_second_clause(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a verb-second main clause ("die Preise ließen dem
    Unternehmen keine Wahl"): a short prefield, then a finite verb with words after it. Relative
    clauses ("der das Gesetz entworfen hatte") and appositions end in their verb or have none."""
    tg = tag_text(text)
    first, stop = tg.first_at(start), tg.first_at(end)
    if first >= stop or tg.tags[first] not in VERB_SECOND_OPENERS:
        return False
    if tg.tags[first] == "ART" and first + 1 < stop and tg.tags[first + 1] in FINITE:
        return False  # "der hatte …" is a relative pronoun
    for k in range(first, min(stop, first + MAX_VERB_SECOND_PREFIELD)):
        if tg.tags[k] in CLAUSE_PUNCT or tg.words[k] in PREFIELD_STOPS:
            return False
        if tg.tags[k] in FINITE:
            after = tg.tags[k + 1 : min(stop, k + 3)]
            return k > first and stop - k >= 3 and not any(tag in CLAUSE_PUNCT for tag in after)
    return False


def phrase_at(text: str, start: int, limit: int) -> Span | None:
    """The noun phrase (with attributes and apposition) starting at `start`, ending before `limit`."""
    tg = tag_text(text)
    i, stop = tg.first_at(start), tg.first_at(limit)
    if i >= stop or tg.starts[i] != start:
        return None
    np = _noun_phrase(tg, i, stop)
    return tg.span(*np) if np else None


def without_genitive_after_name(text: str, span: Span) -> Span:
    """A surface-matched phrase cut before a genitive article that follows a name: a name takes no
    genitive, so in "laut Sergei Voznyak der persönliche Sprecher …" the article starts a new phrase."""
    tg = tag_text(text)
    first, stop = tg.first_at(span[0]), tg.first_at(span[1])
    for k in range(first + 1, stop):
        if tg.tags[k] == "ART" and tg.words[k].lower() in GENITIVE_ARTICLES and tg.tags[k - 1] == "NE":
            return span[0], tg.ends[k - 1]
    return span


def main_clause_after(text: str, start: int, end: int) -> int | None:
    """Where a content clause in text[start:end] gives way to the main clause it is the prefield
    of ("dass die Räume vermietet werden sollen, wurden die Redakteure …", "… zu evakuieren,
    erteilten sie …"): the offset of the comma that a finite verb follows directly, or None."""
    tg = tag_text(text)
    first, stop = tg.first_at(start), tg.first_at(end)
    for k in range(first + 1, stop - 1):
        if tg.tags[k] == "$," and tg.tags[k + 1] in FINITE and tg.words[k + 1][:1].islower():
            return tg.starts[k]
    return None


# Plural datives of those a statement is made to ("sagte Scholz Journalisten", "sagte X Berliner
# Reportern"): right after a speaker's noun, without an article, they name the addressees.
ADDRESSEE_NOUNS = frozenset(
    "journalisten reportern medienvertretern pressevertretern zuhörern anhängern unterstützern parteifreunden".split()
)


def without_addressee(text: str, span: Span) -> Span:
    """A speaker mention without the addressees run into it ("Scholz Journalisten" → "Scholz")."""
    tg = tag_text(text)
    first, stop = tg.first_at(span[0]), tg.first_at(span[1])
    if stop - first < 2 or tg.words[stop - 1].lower() not in ADDRESSEE_NOUNS:
        return span
    cut = stop - 1
    city = tg.words[cut - 1]
    if cut - 1 > first and city[:1].isupper() and city.endswith("er") and tg.tags[cut - 2] in NOUNS:
        cut -= 1  # "Merkel Berliner Journalisten", not "der Kanzler Journalisten"
    return (span[0], tg.ends[cut - 1]) if tg.tags[cut - 1] in NOUNS else span
