"""German quotation and speaker detection.

Hybrid of two small spaCy NER models trained on German WikiNews (quotes-de) and rules:
1. quotes: the quote model's spans, then direct quotes in quotation marks, sentences and clauses
   marked as reported speech (Konjunktiv I, "laut X", "X zufolge", "sagte, dass …") and
   reported speech acts ("X bestritt …") that no earlier span covers;
2. speakers: surface rules over the frame (verb-second subject, "„…“, sagte X", "wie X
   mitteilte", "laut X", passive agent), free indirect speech inherits the previous speaker or
   takes the previous sentence's subject, and the speaker model -- which sees one quote framed
   by marks in its context -- fills in what the rules leave open.
Models: `factcli/models/de_factcli_quotes/{quotes,speaker}`; recipe and figures: `training/quotes/`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Literal

import spacy
from spacy.language import Language

from factcli.clauses import (
    ADJECTIVE_SUFFIXES,
    ADVERBIAL_PARTICIPLES,
    NOT_SPEAKERS,
    PREPOSITIONS,
    SENTENCE_ADVERBS,
    SUBORDINATORS,
    TIME_NOUNS,
    clause_subject,
    ends_in_verb,
    has_finite_verb,
    has_konjunktiv_i,
    is_clause_like,
    is_main_clause,
    is_passive,
    is_verb_second_clause,
    main_clause_after,
    opens_subclause,
    phrase_at,
    without_addressee,
    without_genitive_after_name,
)
from factcli.outlets import canonical_outlet

QuoteKind = Literal["direct", "indirect", "reported"]
Span = tuple[int, int]

MODEL_DIR = Path(__file__).resolve().parent / "models" / "de_factcli_quotes"
KIND_OF_LABEL: dict[str, QuoteKind] = {"DQ": "direct", "IQ": "indirect", "RQ": "reported"}

# Opening mark -> closing marks. Straight quotes close themselves; „…“ is the German norm,
# »…« the book style, and some outlets write “…” or «…».
QUOTE_MARKS: dict[str, str] = {"„": '“”"', "»": "«", "«": "»", "“": "”", '"': '"', "‚": "‘’", "›": "‹"}
# Opening marks that differ from their closers, so that counting both tells an unclosed quotation.
OPENING_MARKS = {"„": "“”", "»": "«"}
DIRECT_MIN_WORDS = 4  # shorter quoted strings are mostly names, titles or scare quotes
MAX_CLOSING_GAP = 3  # ".“" after the last word of a quotation a model span stops short of
NESTED_MIN_WORDS = 1  # inside reported content, one quoted word is already a partial quote
WHOLE_SENTENCE_QUOTE = re.compile(r"[.!?…]\W?$")  # a quote that ends like a sentence
MAX_QUOTE_CHARS = 2500  # an unclosed mark must not swallow the rest of the article
PARTIAL_SHARE = 0.9  # a quote in marks covering less of a speech sentence is a partial quote in it

# The speaker model sees one quote at a time, framed by these marks, in a window of context.
OPEN_MARK, CLOSE_MARK = " ⟦ ", " ⟧ "
WINDOW_BEFORE = 300
WINDOW_AFTER = 150
# ", der Musk bat, " right before the quote: a relative clause that ends in its speech verb.
RELATIVE_FRAME = re.compile(r",\s+(?:der|die|welcher|welche)\s+[^,;:.„“\"]{1,80}?\b(?P<verb>[a-zäöüß]+)\s*,\s*$")
MAX_ANTECEDENT_WORDS = 4
MAX_RUN_GAP = 3  # sentences of one free indirect run: at most ". " between them
MAX_INHERIT_GAP = 200  # free indirect speech directly follows its introducing quote
MAX_RECENT_GAP = 600  # unframed reported speech goes on a report about three sentences back at most
REPORTATIVE_SOLL_WORD = re.compile(r"\bsoll(?:en)?\b")

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
# The verbs of "wie X berichtete" / "wie aus X hervorgeht" source clauses.
WIE_VERBS = (
    r"(?:mitteilte|mitteilten|mitteilt|berichtet|berichtete|berichteten|berichten|meldet|meldete|meldeten|melden|"
    r"erklärte|erklärten|erklärt|sagte|sagten|sagt|schreibt|schrieb|bekannt\s?gab|betonte|bestätigte|angab|angaben|"
    r"erfuhr|verlautete|hervorgeht|hervorging|feststellt|feststellte|veröffentlichte|veröffentlichten|veröffentlicht|"
    r"(?:angegeben|mitgeteilt|berichtet|erklärt|gesagt|bestätigt|bekannt\s?gegeben)\s+(?:hat|hatte|haben|hatten))"
)
# "gemäß X" names a source ("gemäß der Zeitung") unless X is a norm, which is conformed to, not quoted
# ("gemäß der Richtlinie", "gemäß § 5").
NOT_A_NORM = (
    r"(?!\s+(?:§|Art\.|(?:[^\s.,;:]+\s+){0,3}?[^\s.,;:]*(?i:richtlinie|richtlinien|vereinbarung|vertrag|vertrages|"
    r"vertrags|gesetz|gesetzes|gesetzen|regel|regeln|regelung|regelungen|gebot|verordnung|paragraf|paragraph|artikel|"
    r"abkommen|beschluss|satzung|vorgabe|vorgaben|bestimmung|bestimmungen|standard|standards|profil|norm|normen|"
    r"vorschrift|vorschriften|ordnung|statut|statuten|plan|dekret|recht|rechts)\b))"
)
SOURCE_CUES = (
    r"laut",
    r"zufolge",
    r"nach (?:[\w-]+ ){0,3}?[\w-]*(?:angaben|berechnungen|schätzungen|informationen|erkenntnissen|berichten|"
    r"meinung|ansicht|einschätzung|auffassung|darstellung|studie|umfrage|untersuchung|aussagen|"
    r"vorhersage|prognose|zeugenaussagen|auskunft|analyse|bericht|ermittlungen|recherchen|schätzung|berechnung|"
    r"stellungnahme|mitteilung)",
    r"gemäß" + NOT_A_NORM,
    r"dem vernehmen nach",
    r"aus sicht",
    r"wie (?:heute |gestern |am \w+ |jetzt |nun )?bekannt wurde",
    r"wie .{1,60}? " + WIE_VERBS,
    r"unter Berufung auf",
    r"hei(?:ß|ss)t es",
    r"hie(?:ß|ss) es",
)
SOURCE_CUE = re.compile(r"\b(?i:" + "|".join(SOURCE_CUES) + r")\b")
# After a speech verb and a comma, Konjunktiv II marks the clause as reported speech too.
KONJUNKTIV_II = re.compile(r"\b(?:hätte|hätten|wäre|wären|würde|würden|könnten|müssten|sollten|dürften)\b")
# A sentence in Konjunktiv II right after reported speech continues it ("Er sagte, … Damit wäre …").
CONTINUING_KONJUNKTIV_II = re.compile(
    r"\b(?:hätte|hätten|wäre|wären|würde|würden|könnte|könnten|müsste|müssten|dürfte|dürften)\b"
)
# Reportative "sollen": "Der Täter soll geflohen sein" passes on a claim without naming its source.
REPORTATIVE_SOLL = r"soll(?:en)?\b[^.;:]{3,200}?\b(?:sein|haben|worden)(?=[\s.,;])"
# "Jeder Schüler soll … bekommen": "sollen" as the main clause's verb after reported speech passes it on.
MAIN_CLAUSE_SOLL = re.compile(r"(?:[^\s,.;:]+\s+){1,6}?(?:soll|sollen)\s")
KONJUNKTIV_I_WORD = re.compile(r"\b(?:" + "|".join(KONJUNKTIV_I) + r")\b")
SPEECH_SENTENCE = re.compile(
    r"\b(?:" + "|".join(KONJUNKTIV_I) + r"|(?i:" + "|".join(SOURCE_CUES) + r")|" + REPORTATIVE_SOLL + r")\b"
)
# "ich habe", "denke ich": first-person indicative, not Konjunktiv I.
FIRST_PERSON = re.compile(r"\b[Ii]ch\s+$|^\s+ich\b")


def has_speech_mark(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has a Konjunktiv I form, a source cue or reportative "sollen"."""
    for m in SPEECH_SENTENCE.finditer(text, start, end):
        before, after = text[max(start, m.start() - 5) : m.start()], text[m.end() : min(end, m.end() + 5)]
        if not (FIRST_PERSON.search(before) or FIRST_PERSON.search(after)):
            return True
    # verbs outside the list, recognised by their form
    return has_konjunktiv_i(text, start, end)


WONACH = re.compile(r",\s+wonach\s+")
# A relative clause whose cue verb is a participle of a passive or perfect ("…, das zitiert worden war,").
RELATIVE_OPENING = re.compile(r"\s+(?:der|die|das|welche|welcher|welches)\s")
AUXILIARY_AFTER = re.compile(r"\s+(?:worden|wurde|wurden|wird|werden|war|waren|ist|sind|hatte|hatten|hat|haben)\b")
# The frame after a speech verb ends at the first comma or colon ("sagte am Montag, …").
CLAUSE_START = re.compile(r"[,:]\s+")
SOURCE_RELATIVE = re.compile(r",\s+(?:der|die|das|dem|den|deren|dessen|denen)\s[^,.;:]{1,120},")
LEADING_GAP = re.compile(r"[\s,:]*(?:hei(?:ß|ss)t\s+es[\s,:]*)?")
MAX_FRAME_TAIL = 120
# Speakers named by source phrases ("laut X", "X zufolge", "nach Angaben X", "wie X berichtet",
# "unter Berufung auf X", "in X heißt es"); rough noun phrases: determiner, adjectives, names.
_DET = (
    r"(?:der|die|das|dem|den|des|ein|eine|einem|einer|eines|sein|seine|seinem|seinen|seiner|"
    r"ihr|ihre|ihrem|ihren|ihrer|zwei|drei|mehrere|mehreren)"
)
# "der 33-jährige Torwart" too; never a modal or auxiliary ("sollen Medienberichten zufolge")
_ADJ = (
    r"(?:(?!(?:sollen|sollten|werden|wurden|würden|haben|hatten|hätten|können|könnten|müssen|müssten|"
    r"dürfen|dürften|wollen|wollten|waren|wären|seien)\b)[a-zäöüß0-9][\w-]*(?:e|en|em|er|es))"
)
_PARTICLE_NAME = r"(?:al|el|as|ash|ad|at|ar|an|ai|ibn|bin)-[\w’'-]+"  # "el-Baradei", "al-Jazeeras", "ai-Bericht"
# "B.N. Suresh", "Spiegel.de"; not "Struck.Gleichzeitig", where a space between sentences was lost
_DOTTED = r"(?:\.(?![A-ZÄÖÜ][a-zäöüß]{2})[\w-]+)*"
_NAME = (
    rf"(?:[A-ZÄÖÜ][\w’'-]*{_DOTTED}(?:\s+(?:(?:al|el|bin|ibn|abu|van|de|da|di|dos|du)\s+)?[A-ZÄÖÜ][\w’'-]*{_DOTTED}"
    rf"|\s+{_PARTICLE_NAME}){{0,3}}"
    rf"|{_PARTICLE_NAME}"
    r"|[a-z][\w-]*\.(?:de|com|net|org|at|ch|eu|info)\b"  # web sources: "laut spiegel.de"
    r"|(?:taz|dpa|afp|apa|epd|kna|sid|ddp)\b"  # agencies and papers written in lower case
    r"|„[^“„\n]{1,40}“)"  # titles in quotation marks: "laut „tagesschau.de“"
)
# "Sprecher der Polizei", "X von der Y", "Angaben seines Anwalts"
_GENITIVE = rf"(?:(?:von|vom)\s+(?:{_DET}\s+)?|(?:der|des|eines|einer|seines|seiner|ihres|ihrer)\s+)"
# "der in Brüssel ansässige Sprecher", "die seit 2010 amtierende Ministerin": a preposition phrase
# before the participle of an article's noun phrase
_EXTENDED_ATTRIBUTE = (
    r"(?:(?:in|im|seit|aus|am|an|auf|bei|für|nach|mit|von|vom|zum|zur|als)\s+(?:[^\s,.;:„“]+\s+){1,8}?"
    rf"(?={_ADJ}\s))"
)
_NP = (
    rf"(?:{_DET}\s+{_EXTENDED_ATTRIBUTE}?)?(?:{_ADJ}(?:,\s+|\s+(?:und|oder)\s+|\s+)){{0,3}}{_NAME}"
    rf"(?:\s+{_GENITIVE}(?:{_ADJ}\s+)?{_NAME})?"
)
# Nouns of a source phrase, also in compounds ("nach Medienberichten", "Polizeiangaben zufolge").
_SOURCE_NOUNS = (
    r"(?:[A-ZÄÖÜ][\w-]*)?(?i:angaben|informationen|berichten|erkenntnissen|ansicht|meinung|auffassung|"
    r"einschätzung|darstellung|aussagen?|schätzungen|berechnungen|recherchen|ermittlungen|untersuchungen|"
    r"umfragen|worten|auskunft|sicht|bericht|analyse|studie|umfrage|meldung|prognose|vorhersage|mitteilung|"
    r"schätzung|berechnung|stellungnahme)"
)
# "Nach Grupps Meinung", "nach Merkels Worten": a name's genitive before the source noun.
_SAXON_GENITIVE = r"[A-ZÄÖÜ][\w-]*[^\Wß]s\s+(?=[A-ZÄÖÜ])"
# Participles that make "hatte"/"hat" a speech frame ("hatte erklärt, …").
SPEECH_PARTICIPLES = frozenset(
    "gesagt erklärt betont angekündigt aufgefordert gefordert geheißen begründet mitgeteilt berichtet gewarnt "
    "versprochen bestätigt behauptet kritisiert gemeldet geschrieben verlangt angedroht bekräftigt beteuert "
    "eingeräumt zugegeben vorgeworfen dementiert bestritten zurückgewiesen abgelehnt angegeben argumentiert "
    "gedroht gefragt geäußert verkündet erläutert bekanntgegeben bekannt erwidert entgegnet geantwortet "
    "appelliert gebeten empfohlen geraten angeregt vorgeschlagen beschlossen beantragt zugesagt zugesichert "
    "klargestellt unterstrichen hervorgehoben angedeutet vermutet geschätzt befürchtet gehofft gemahnt festgestellt "
    "eingestanden versichert gestellt angeboten signalisiert bekundet aufgerufen angewiesen beauftragt gedrängt "
    "ermahnt".split()
)
# The participles of a document's passive frame; not "bekannt": "Im Mai wurde bekannt, dass …" names a
# time, not a document.
_SPEECH_PARTICIPLE = r"(?:" + "|".join(sorted(SPEECH_PARTICIPLES - {"bekannt"})) + r")"
SOURCE_SPEAKER = (
    re.compile(rf"\b(?:[Ll]aut|[Gg]emäß{NOT_A_NORM})\s+({_NP})"),
    # "Angaben des Instituts von Athen zufolge": the whole source noun phrase.
    re.compile(
        rf"(?<![\w-])((?:{_ADJ}\s+|[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)\s+)?(?:{_SOURCE_NOUNS})"
        rf"(?:\s+(?:{_GENITIVE}|aus\s+)[^,.;:„“]{{1,80}}?)?)\s+zufolge\b"
    ),
    re.compile(rf"(?<![\w-])((?:{_DET}\s+)?(?:{_ADJ}\s+)?{_NAME})\s+zufolge\b"),
    # The annotation convention keeps the noun: "nach Angaben der Polizei" -> "Angaben der Polizei".
    re.compile(
        rf"\b(?:[Nn]ach|[Aa]us)\s+((?:(?:einem|einer|dem|der)\s+|{_SAXON_GENITIVE})?(?:{_ADJ}\s+){{0,2}}(?:{_SOURCE_NOUNS})(?:\s+{_GENITIVE}(?:{_ADJ}\s+){{0,2}}{_NAME}|\s+aus\s+{_NAME}"
        rf"|\s+(?:[a-zäöüß][\w-]*er\s+){{1,2}}{_NAME}|\s+[A-ZÄÖÜ][\w-]*s\b)?)"
    ),
    re.compile(r"\b((?:[Dd]em\s+)?Vernehmen)\s+nach\b"),
    re.compile(
        rf"\b[Ww]ie\s+(?:aus\s+)?({_NP})\s+(?:(?:unter\s+Berufung\s+auf|aus)\s+[^,.;:]{{1,80}}?\s+)?"
        + WIE_VERBS
        + r"\b"
    ),
    re.compile(rf"\b[Uu]nter\s+Berufung\s+auf\s+({_NP})"),
    re.compile(rf"\b(?:[Ii]n|[Aa]us)\s+({_NP})\s+(?:hei(?:ß|ss)t\s+es|hie(?:ß|ss)\s+es|(?:hatte|hat)\s+es\s+gehei(?:ß|ss)en|(?:ist|war)\s+zu\s+hören)\b"),
    # "Im Bericht der Kommission war festgestellt worden, dass …", "So wird in einer Mitteilung
    # gefordert, dass …": what a document says in the passive is that document's
    re.compile(
        rf"\b(?:[Ii]n|[Ii]m)\s+({_NP})\s+(?:wird|wurde|werden|wurden|war|ist)\s+(?:[a-zäöüß]+\s+){{0,4}}?"
        rf"{_SPEECH_PARTICIPLE}(?:\s+worden)?(?=\s*,)"
    ),
    re.compile(rf"\b(?:wird|wurde|werden|wurden)\s+(?:in|im)\s+({_NP})\s+(?:[a-zäöüß]+\s+){{0,4}}?{_SPEECH_PARTICIPLE}(?=\s*,)"),
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
    "empfahlen riet rieten rät empfiehlt schätzte schätzten schätzt wiederholte unterstrich unterstrichen "
    "bekannte gestand gestanden beteuerte beteuerten vermutete vermuteten vermutet heißt hieß "
    "äußerte äußerten entgegnete entgegneten urteilte urteilten erzählte erzählten erzählt antwortete "
    "antworteten verkündete verkündeten stellte stellten hob hoben fragte fragten "
    "bezweifelte bezweifelten bezweifelt vermeldete vermeldeten vermeldet "
    # plural present (and infinitive): "Die Veranstalter erklären dagegen, …"
    "erklären betonen berichten melden bestätigen bestreiten dementieren verweisen meinen versichern "
    "bekräftigen behaupten glauben hoffen erwarten verlangen vermuten äußern entgegnen antworten verkünden bezweifeln "
    "glaubten bemängelte bemängelten bemängelt bemängeln erwähnte erwähnten erwähnt "
    # separable verbs keep their prefix at the end of a subordinate clause ("…, nachdem er mitteilte, …")
    "mitteilte mitteilten hinwies hinwiesen einräumte einräumten zurückwies zurückwiesen klarstellte "
    "klarstellten feststellte feststellten darlegte darlegten bekanntgab bekanntgaben"
).split()
_PRON = r"(?:[Ee]r|[Ss]ie|[Dd]ieser|[Dd]iese)"
# "Wie X (am Montag) mitteilte, …" / "…, wie X berichtete." names the source of the whole sentence;
# X may be any phrase (lower-case web names, appositions, names in quotation marks).
WIE_SOURCE = re.compile(
    r"(?:^|(?<=[\s,(]))[Ww]ie\s+(?:aus\s+(?=[^.;:]{0,110}?\s+hervor(?:geht|ging)\b))?"
    r"((?:der|die|das|dem|ein|eine)?\s*[^\s,.;:](?:[^.;:]|(?<=\d)\.(?=\d)){0,110}?)\s+"  # "vom 17.12.2005"
    + WIE_VERBS
    + r"\b"
)
FIRST_PERSON_OPENING = re.compile(r"(?:Ich|Wir|Mir|Mich|Uns)\b")
# ", wie er angegeben hat, " inside a sentence: a source clause between a lead and its content.
WIE_FRAME_END = re.compile(r",\s+wie\s+[^,.;:]{1,60}?\s+" + WIE_VERBS + r",\s+")
# Adverbials of time and place that end a source phrase ("wie X am Dienstag in Berlin sagte").
TRAILING_ADVERBIAL = re.compile(
    r"(?:,?\s+(?:(?:unter|mit)\s+(?:Berufung|Verweis|Hinweis)\s+auf|"
    r"am|im|in|an|auf|bei|vor|nach|gegenüber|heute|gestern|bereits|zuvor|kürzlich|"
    r"inzwischen|nun|jetzt|außerdem|dazu|zudem|ebenfalls|auch|weiter|später|"
    r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b[^,]*)+$"
)
_VERB = r"(?:" + "|".join(CUE_VERBS) + r")"
CUE_VERB = re.compile(rf"\b{_VERB}\b")
# "…, erklärte, " right before a content clause: its frame is before it.
SPEECH_VERB_BEFORE = re.compile(rf"\b{_VERB},\s*$")
# A sentence opened by a subordinate clause ("Während …", "Als …").
_OPENING_SUBORDINATORS = sorted(word.capitalize() for word in SUBORDINATORS | {"als", "da"})
SENTENCE_SUBORDINATOR = re.compile(r"\s*(?:" + "|".join(_OPENING_SUBORDINATORS) + r")\s")
# Past-tense auxiliaries and modals: after a comma they go on the sentence, they do not frame it.
_AUXILIARY_PAST = (
    r"(?:hätten?|wären?|würden?|könnten?|müssten?|sollten?|dürften?|hatten?|wollten?|konnten?|mussten?|mochten?|"
    r"möchten?)"
)
# "„…“, sagte X" / "„…“, so X" right after a quote; "…, sagte X" after the verb in general.
# An apposition after the name belongs to the speaker mention ("sagte Jan Ek, ein Sprecher der Stadt").
# An apposition has no finite verb: ", die Helfer seien vor Ort" after a frame is more content.
_FINITE_WORD = (
    r"\b(?:sei|seien|habe|haben|hat|ist|sind|war|waren|werde|werden|wird|würde|würden|hätte|hätten|"
    r"könne|müsse|solle|wolle)\b"
)
# It may hold a quoted name ("Mark Ek, der Sprecher der so genannten „EVAC-Ambulanz“").
_APPOSITION = (
    rf"(?:,\s(?![^,.;:]*{_FINITE_WORD})(?:(?:ein|eine|der|die|das)\s|[A-ZÄÖÜ])(?:[^,.;:„“\"]|„[^“]{{1,60}}“){{3,80}}"
    r"(?=[,.]))?"
)
# "„…“, so urteilte X": "so" may come with a past-tense verb, which is then no adjective of X.
_SO_VERB = r"so(?:\s+[a-zäöüß]{3,}ten?(?=\s+[A-ZÄÖÜ]))?"
FRAME_AFTER = re.compile(rf"[\s,]*({_VERB}|erfuhr|erfuhren|{_SO_VERB})\s+({_PRON}|{_NP}{_APPOSITION})")
# A frame closing the quote's sentence inside the quote span ("…, sagte X." / "…, so X weiter, …").
FRAME_IN_SENTENCE = (
    re.compile(rf",\s*({_VERB}|so)\s+({_PRON}|{_NP}{_APPOSITION})(?:\s+[\w.-]+){{0,5}}?\s*[.!?]?[“”\"«»]?$"),
    re.compile(rf",\s*(so)\s+({_NP})(?:\s+weiter)?(?:\s+(?:in|im|am|auf|bei|gegenüber)\s[^,.;:„“]{{1,60}})?,"),
    # interjected with a speech verb: "Sie sei geschockt, sagte die Königin, ihre Gedanken seien …"
    re.compile(rf",\s*({_VERB})\s+({_PRON}|{_NP}{_APPOSITION}),\s"),
)
# A frame between two parts of one quotation: "»Wir haben«, sagte X, »…«".
INTERRUPTING_FRAME = re.compile(rf"[“”«»\"]\s*,\s*({_VERB}|so)\s+({_PRON}|{_NP}{_APPOSITION}),\s*$")
# What follows a closing quotation mark when it is the speech frame, not more of the quote.
FRAME_OPENING = re.compile(r"\s*(?:,|\(|so\s)")
ATTITUDE_NOUN = re.compile(
    r"\b(?:Verdacht|Ansicht|Meinung|Auffassung|Überzeugung|Hoffnung|Befürchtung|Sorge|Eindruck|Vorwurf|Forderung|"
    r"Erwartung|Einschätzung|Standpunkt|Position|Angst|Warnung|Hinweis|Informationen?)\b"
)
# "Für X ist/bleibt …", "Für X gehört zu …": an opening "für" phrase before a copula names whose judgement follows.
_HOLDER_VERBS = (
    "ist sind war waren sei seien bleibt bleiben gilt gelten wäre wären gehört gehören gehörte steht stand zählt "
    "zählen zählte"
).split()
OPINION_HOLDER = re.compile(r"Für\s+(?=\S+\s+\S+[^,.;:]*?\s(?:" + "|".join(_HOLDER_VERBS) + r")\b)")
# "heißt es", "hieß es": impersonal, the prefield is no subject ("Seiner Zeit hieß es, …").
IMPERSONAL_VERBS = frozenset({"heißt", "hieß", "heisst", "hiess"})
# "zitiert X Y": X relays, Y is quoted and so the speaker.
QUOTING_VERBS = frozenset({"zitiert", "zitierte", "zitierten", "zitieren"})
QUOTING_VERB_AFTER = re.compile(r"[\s,]*(" + "|".join(sorted(QUOTING_VERBS)) + r")\s")
# The agent of a passive speech act is its speaker ("Der Plan wurde von X als … bezeichnet").
PASSIVE_AGENT = re.compile(
    rf"\b(?:(?:wurde|wurden|wird|werden)\s+(?:[a-zäöüß][\w-]*\s+){{0,3}}?vo[nm]\s+"
    # "Von der Opposition wurde der Besuch als unangemessen kritisiert": the agent opens the clause
    rf"|(?<![\w-])[Vv]o[nm]\s+(?=(?:{_NP})\s+(?:wurde|wurden|wird|werden)\b))({_NP})"
)
# "„…“, wollen die Demonstranten …": after a direct quote any verb opens the frame.
FRAME_AFTER_ANY = re.compile(
    rf",\s*([a-zäöüß][\w-]+)\s+(?:(?:sich|es|auch|dazu|nun|noch|so)\s+)?({_PRON}|{_NP}{_APPOSITION})"
)
# "…, verlautbarte X": any past-tense verb (not an auxiliary) right after a quote opens its frame.
PAST_FRAME_AFTER = re.compile(
    rf",\s*(?!{_AUXILIARY_PAST}\b)([a-zäöüß]{{3,}}(?:te|ten))\s+({_PRON}|{_NP}{_APPOSITION})"
)
# "Ein Sprecher nach der Sitzung: „…“", "Eva Lind, Präsidentin des Rates: „…“": a colon frame
# without a verb names the speaker first, with its apposition.
COLON_FRAME = re.compile(
    rf"({_NP}(?:,\s(?:(?:ein|eine|der|die|das)\s|[A-ZÄÖÜ])[^:„“\",]{{3,80}})?)(?:\s+[^:„“\"]{{0,60}})?:\s*$"
)
# An interview's answer line: "Hoff: Sehr schlimm. Jede zehnte Brücke …".
INTERVIEW_LINE = re.compile(r"^(?P<label>[A-ZÄÖÜ][\w'’-]+(?:[ \t][A-ZÄÖÜ][\w'’-]+)?):[ \t]+(?P<answer>\S[^\n]*)$", re.M)
# Labels of such lines that are no speaker: the questions, notes and layout of an article.
NOT_INTERVIEW_LABELS = frozenset(
    "Frage Antwort Foto Fotos Bild Quelle Quellen Stand Update Hinweis Anmerkung Info Tipp Fazit Achtung "
    "Wichtig Mehr Video Autor Autorin Von Text Zitat Lesen Kontakt Titel Thema Datum Ort Zeit".split()
)
MIN_INTERVIEW_ANSWERS = 2  # a label answering once is a heading ("Berlin: …"), not an interview partner
MAX_INTERVIEW_PARTNERS = 4
# "… Das berichteten Mitarbeiter des Hilfsdienstes.": the next sentence names the source.
FOLLOWING_SOURCE = re.compile(
    rf"[\s.!?“”\"«»]*(?:Das|Dies)\s+({_VERB})\s+(?:am\s+\w+\s+|(?!{_DET}\s)[a-zäöüß]+\s+)?({_PRON}|{_NP}{_APPOSITION})"
)
# "… Dies geht aus einer Pressemitteilung des Konzerns hervor.": the next sentence names the source.
FOLLOWING_SOURCE_FROM = re.compile(
    r"[\s.!?“”\"«»]*(?:Das|Dies)\s+(geht|ging)\s+(?:[a-zäöüß]+\s+)?aus\s+([^.;:!?\n]{1,150}?)\s+hervor\b"
)
# "„…“, heißt es in einer Erklärung": an impersonal frame whose source is where the words stand.
IMPERSONAL_OPENING = re.compile(r"Es\s+(?:" + "|".join(sorted(IMPERSONAL_VERBS | {"scheint", "schien"})) + r")\b")
INTERJECTED_IMPERSONAL = re.compile(r",\s*(?:so\s+)?h(?:ei|ie)(?:ß|ss)t?\s+es\s*,")
IMPERSONAL_SOURCE_AFTER = re.compile(r"[\s,]*(?:so\s+)?hei(?:ß|ss)t\s+es\s+(?:[a-zäöüß]+\s+)?(?:in|im|auf)\s+")
NP_AFTER_VERB = re.compile(rf"\s+(?:(?:es|sich)\s+)?({_PRON}|{_NP})")
# German is verb-second: what stands before the finite speech verb is one constituent, the
# subject, unless it is an adverbial or a preposition phrase (then the subject follows the verb).
NOT_SUBJECT_START = (
    SENTENCE_ADVERBS
    | SUBORDINATORS
    | ADVERBIAL_PARTICIPLES  # "Angesprochen auf die Kritik, sagte X"
    | frozenset(
        "am im in an auf bei nach vor seit mit für gegen über unter zu zum zur vom von aus durch während dies das es "
        "wie als laut und oder sondern dem den da um gegenüber wegen trotz angesichts abgesehen "
        # a conditional opened by its verb: "Sollte X …, würde Y …"
        "sollte sollten würde würden hätte hätten wäre wären könnte könnten müsste müssten".split()
    )
)
MAX_PREFIELD_WORDS = 8
# Verbs of saying that rarely take a noun object: a noun phrase right after them is the subject.
PURE_SPEECH_VERBS = frozenset(
    "sagte sagten sagt erklärte erklärten erklärt betonte betonten betont berichtete berichteten berichtet "
    "meldete meldeten meldet schrieb schrieben schreibt meinte meinten versicherte versicherten bekräftigte "
    "ergänzte beteuerte beteuerten verkündete verkündeten kündigte kündigten teilte teilten".split()
)
# Verbs whose comma clause is their content in any mood ("kündigte … an" and "teilte … mit" wait
# for their particle), and clause openers that are adverbial, not content.
INDICATIVE_FRAME_VERBS = PURE_SPEECH_VERBS - {"kündigte", "kündigten", "teilte", "teilten"}
NOT_CONTENT_OPENERS = tuple(
    f"{w} " for w in "wie so um als wenn weil nachdem bevor während und aber sondern denn wobei womit".split()
)
SUBJECT_AFTER_SPEECH_VERB = re.compile(
    r"\s+((?:die|das|ein|eine)\s+(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ„][\w“.-]*"
    r"(?:\s+(?:des|der)\s+(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+)?[A-ZÄÖÜ„][\w“.-]*)?(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}"
    r"|[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){1,3})(?=[\s,.:;])"
)
WORD = re.compile(r"[\w„“\"»«.-]+")
AUXILIARIES = frozenset(
    "hat haben hatte hatten ist sind war waren wird werden wurde wurden will wollen wollte wollten kann "
    "können konnte konnten muss müssen musste mussten soll sollen sollte sollten".split()
)
DETERMINERS = frozenset("der die das dem den des ein eine einem einer eines einen".split())
RELATIVE = frozenset("der die das dem den dessen deren welche welcher welches".split())
FUNCTION_WORDS = frozenset(
    "der die das dem den des ein eine einem einer eines einen und oder sowie von vom zu zum zur im in am an "
    "auf aus bei mit für über unter nach vor seit durch gegen um als wie ohne".split()
)
# "„…“, ob ein Verbot …", "„…“, dank dem …": words after a quote's comma that open no frame of it.
NOT_FRAME_VERBS = FUNCTION_WORDS | RELATIVE | SUBORDINATORS | PREPOSITIONS
NP_AFTER_FINITE = re.compile(
    r"\s+((?:der|die|das|dem|den|des|ein|eine|einem|einer)\s+(?:[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+){0,2}"
    r"[\w„“.-]+(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}|[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}|er|sie|man)(?=[\s,.:;])"
)
MAX_APPOSITION_WORDS = 16  # "Jan Ek, Sprecher der Stadt, sagte …"
# A frame closing a sentence-level quote is not part of the quoted content (", wie X mitteilte.",
# ", hieß es.", ", so X.", "…, sagte Jan Ek, Sprecher der Stadt, gestern in einem Interview.").
# Any past-tense verb right after the comma opens such a frame, except auxiliaries and modals.
TRAILING_FRAME = re.compile(
    rf",\s*(?:wie\s[^.!?]{{1,200}}?\s(?:{_VERB}|mitteilte|mitteilten|bekanntgab|angab|angaben|erfuhr|verlautete)"
    rf"|(?:{_VERB}|(?!{_AUXILIARY_PAST}\b)[a-zäöüß]{{3,}}(?:te|ten))\s(?!dass\b|ob\b)(?:[^!?„“\"]|„[^“]{{1,60}}“){{1,200}}?"
    rf"|so\s[^.!?]{{1,120}}?)\s*[.!?]?$"
)
# A sentence closed by a speech frame is reported speech even without Konjunktiv ("Die Kamera ist
# ausgefallen, teilte das Institut mit." / "…, so das Ergebnis einer Studie." / "…, hieß es."); so is
# one that the next sentence attributes ("Das berichtete die Zeitung.").
# "…, erfuhr das Handelsblatt aus Unternehmenskreisen": what an outlet learned closes like a frame too
_FRAMING_VERBS = set(CUE_VERBS) - {"hatte", "hat", "hätte", "sieht", "sah", "rief", "riefen"} | {"erfuhr", "erfuhren"}
_FRAMING_VERB = r"(?:" + "|".join(sorted(_FRAMING_VERBS)) + r")"
CLOSING_FRAME = re.compile(
    rf"(?:,|\s[–-])\s*(?!das\s+hei(?:ß|ss)t\b)(?:(?:das|dies)\s+(?:\w+\s+)?)?(?:{_FRAMING_VERB}|so(?=\s+(?:(?:der|die|das|ein|eine)\b|[A-ZÄÖÜ]|[a-zäöü]+-[A-ZÄÖÜ])))\s(?:[^.!?„“\",;:]|„[^“]{{1,60}}“){{1,150}}?[.!?]?$"
)
ATTRIBUTING_SENTENCE = re.compile(rf"(?:Das|Dies)\s+(?:{_FRAMING_VERB}|geht\s+aus|ging\s+aus)\s")
# "Sein Rivale, so Obama weiter, würde …": a frame interjected into the sentence.
INTERJECTED_FRAME = re.compile(r",\s+so\s+[A-ZÄÖÜ][^,.;:]{1,60}?(?:\s+weiter)?,\s")
# Speech acts reported without their content ("X kritisierte den Plan", "X bezeichnete Y als Z").
REPORTED_VERBS = (
    "kritisierte kritisierten kritisiert forderte forderten fordert bezeichnete bezeichneten "
    "bezeichnet lobte lobten begrüßte begrüßten begrüßt verurteilte verurteilten verurteilt "
    "bestritt bestritten bestreitet dementierte dementierten dementiert warnte warnten warnt "
    "bekräftigte bekräftigten appellierte appellierten beklagte beklagten kündigte kündigten "
    "fordern warnen kritisieren bezeichnen verurteilen begrüßen beklagt beklagen kündigt kündigen angekündigt "
    "bezifferte bezifferten beziffert schätzt schätzte schätzten schätzen begründet begründete begründeten "
    "verweist verwies verwiesen vermutet vermuten vermutete warf warfen wirft werfen bestätigte bestätigten "
    "dementiert widersprach widersprachen widerspricht räumte räumten räumt bemängelte bemängelten bemängelt "
    "würdigte würdigten plädierte plädierten plädiert beschuldigte beschuldigten bezichtigte bezichtigten "
    "lehnte lehnten lehnt nannte nannten klagte klagten riet rieten empfahl empfahlen empfiehlt "
    "wertete werteten wertet werten gewertet"
).split()
# Finite forms of directive speech acts outside the lists above: separable verbs in a subordinate
# clause keep their prefix ("…, der sie aufforderte, …"), "schlug … vor" is split.
DIRECTIVE_VERBS = (
    "aufforderte aufforderten auffordert auffordern aufrief aufriefen drängte drängten drängt beauftragte "
    "beauftragten ankündigte ankündigten vorschlug vorschlugen schlug schlugen vorwarf vorwarfen"
).split()
# Directive speech acts take a "zu"-infinitive as their content ("forderte X auf, … zu beenden").
ZU_CUE_VERB = re.compile(
    r"\b(?:" + "|".join(CUE_VERBS + REPORTED_VERBS) + r"|bat|baten|versprach|versprachen|beschloss|"
    r"beschlossen|beantragte|beantragten|plant|plante|planen|planten|beabsichtigt|beabsichtigte|beabsichtigen|"
    r"entschlossen|entschied|entschieden|erwägt|erwog|vereinbart|vereinbarte|vereinbarten|nachgesagt|geraten|"
    r"beschuldigt|ermahnte|ermahnten|rief|riefen|aufgefordert|angekündigt|vorgeworfen|"
    r"aufgerufen|angewiesen|beauftragt|vorgeschlagen|zugesagt|versprochen|angeboten|"
    + "|".join(DIRECTIVE_VERBS)
    + r"|Vorwurf|Forderung|Aufforderung|Appell|Absicht|Plan|Pläne)\b"
)
ZU_INFINITIVE_END = re.compile(
    r"(\b(?:zu\s+[a-zäöüß]+|(?:ab|an|auf|aus|bei|ein|fest|frei|her|hin|mit|nach|vor|weg|zurück|zusammen|nieder|fort|"
    r"los|dar|statt|teil|weiter|wieder|herab|heraus|hinaus|voran)zu[a-zäöüß]{3,})(?:\s+(?:werden|sein|haben|lassen))?)"
    r"\s*[.!?]?\s*$"
)
# "…, um … zu ersetzen" says why, not what was said.
PURPOSE_CLAUSE = re.compile(r"(?:um|ohne|statt|anstatt)\s")
COORDINATED_VERB = re.compile(r",?\s+und\s+([a-zäöüß]+)\b(?!\s*,)")
# Verb forms that make a subordinate clause a speech frame ("…, indem er sagte, …").
# ("schlug" alone also hits; only with its "vor", which ZU_CUE_VERB does not check, is it speech)
SPEECH_WORDS = frozenset(CUE_VERBS + REPORTED_VERBS + DIRECTIVE_VERBS) - {"hatte", "hat", "hätte", "schlug", "schlugen"}
SPEECH_FORMS = SPEECH_WORDS | SPEECH_PARTICIPLES  # finite forms and participles ("bezeichnet hat")
# "X sprach von einem Erfolg", "X sprach sich für Y aus": speech acts with "sprechen", not "sprach mit Y".
# "X berichtete von Übergriffen", "Gutachter gehen von einem Totalschaden aus" too. "X wies den
# Bericht zurück" costs one or two training quotes (the corpus rarely marks bare denials) but a
# denial is what a fact-checker looks for.
SPEECH_ACT_PHRASES = (
    r"(?:spricht|sprach|sprachen|sprechen)\s+(?:[\w-]+\s+){0,5}?(?:von|sich)"
    r"|berichte(?:t|te|ten|n)\s+(?:[\w-]+\s+){0,3}?(?:von|über)"
    r"|(?:geht|gehen|ging|gingen)\s+(?:[\w-]+\s+){0,6}?(?:von|davon)\b[^.;:]{0,80}\baus"
    r"|(?:warf|warfen|wirft|werfen)\b[^.;:]{1,120}?\bvor"  # "warf ihm … vor", not "wirft Fragen auf"
    r"|(?:regte|regten|regt)\b[^.;:]{1,120}?\ban\b|(?:wies|wiesen|weist)\b[^.;:]{1,120}?\b(?:hin|zurück)\b"
    r"|(?:streitet|streiten|stritt|stritten)\b[^.;:]{1,120}?\bab\b"  # "Der Iran streitet dies ab"
    r"|(?:betrachtet|betrachtete|betrachten|betrachteten)\b[^.;:]{1,120}?\bals\b"
    r"|(?:sicherte|sicherten|sichert)\b[^.;:]{1,120}?\bzu\b|(?:sagte|sagten|sagt)\b[^.;:]{1,120}?\bvoraus\b"
    # "Als Grund gab die Behörde Mängel an": "angeben" closing the sentence states something
    r"|(?:gab|gaben|gibt)\b[^.;:]{1,120}?\ban(?=\s*[.!?])"
    # "Die Kläger halten das Verfahren für verfassungswidrig": a judgement, with its adjective
    r"|(?:hält|halten|hielt|hielten)\b[^.;:!?]{1,120}?\bfür\b(?=[^.;:!?]{1,80}"
    r"(?:[a-zäöüß]+(?:ig|lich|isch|bar|sam|haft)|falsch|richtig|nötig|notwendig|rechtswidrig)\s*[.!?,])"
)
# "berichtet wurde", "erklärt worden war": a speech verb's participle before a passive auxiliary.
PASSIVE_AFTER_CUE = re.compile(r"\s+(?:wurde|wurden|wird|werden|worden)\b")
# Forms of "werfen" count only with their "vor" (SPEECH_ACT_PHRASES).
WERFEN = frozenset("warf warfen wirft werfen".split())
# Forms that mostly report no speech act as a sentence of its own: passives of naming and
# sentencing ("wurde zu … verurteilt", "wird als … bezeichnet") unless an agent is named ("von
# der Ministerin"), and confirmations of facts (on the quotes-de training documents at most one
# in five such sentences is a quote).
NOT_SENTENCE_CUES = frozenset(
    "verurteilt verurteilten bezeichnet angekündigt kritisiert bestätigte bestätigten".split()
)


# "Der Sturm forderte zwölf Todesopfer": a toll, not a demand.
TOLL = r"(?![^.;:!?]{0,60}?\b(?:Menschenleben|Todesopfer|Tote|Toten|Verletzte)\b)"


# "Deutschland bestreitet sein zweites Gruppenspiel", "bestritt seinen Lebensunterhalt": "bestreiten"
# with a contest or a living as its object takes part or pays, it denies nothing.
CONTEST_NOUNS = (
    r"(?:[Ss]piel|[Ss]piele|[Ss]pielen|Partie|Partien|[Ff]inale|Match|Matches|Duell|Duelle|Rennen|Turnier|"
    r"Turniere|Wettkampf|Wettkämpfe|[Kk]ampf|[Kk]ämpfe|Einsatz|Einsätze|Saison|Lebensunterhalt|Leben|Unterhalt)"
)
# the contest after the verb ("bestritt ab 1958 insgesamt 106 Länderspiele") or before it, object
# first ("Vier Wettkämpfe bestreitet er im Jahr")
CONTESTED_AFTER = (
    r"(?:bestreit\w*|bestritt\w*)\s+(?:[^\s,.;:!?]+\s+){0,6}?(?:[A-ZÄÖÜ][\w-]*)?" + CONTEST_NOUNS + r"\b"
)
CONTESTED = CONTESTED_AFTER + r"|(?:[A-ZÄÖÜ][\w-]*)?" + CONTEST_NOUNS + r"\s+(?:bestreit\w*|bestritt\w*)"


CONTESTED_PATTERN = re.compile(CONTESTED)


def _speech_act_pattern(excluded: frozenset[str]) -> re.Pattern[str]:
    verbs = "|".join(v for v in REPORTED_VERBS if v not in excluded | WERFEN)
    # "um sein Abo zu kündigen": an infinitive after "zu" is no one's speech act
    return re.compile(
        r"(?<!\bzu\s)\b(?!" + CONTESTED_AFTER + r")"
        r"(?:(?:" + verbs + r")\b" + TOLL + r"|(?:" + SPEECH_ACT_PHRASES + r")\b)"
    )


REPORTED_SENTENCE = _speech_act_pattern(frozenset())
STRONG_REPORTED_SENTENCE = _speech_act_pattern(NOT_SENTENCE_CUES)
# "Berlin – ", "Rom (dpa) – ", "Kiel, 3. März – ": up to three capitalised words, an agency, a date, a dash.
DATELINE = re.compile(
    r"[A-ZÄÖÜ][\w.-]*(?:[ /][A-ZÄÖÜ][\w.-]*){0,2}(?:\s*\([\w/ ]{2,20}\))?(?:,\s*\d{1,2}\.\s*[\wä]+\.?(?:\s*\d{4})?)?"
    r"\s+[–—-]\s+(?=[A-ZÄÖÜ„\"])"
)
# A full stop after these is not a sentence end.
ABBREVIATIONS = frozenset("Dr Prof St Nr bzw ca vgl sog Mio Mrd Abs Art Str Jh usw etc u.a z.B d.h Gen Hr Fr".split())
# Also "… im Delta. 22 Teams …" (a number after a word's full stop) and "… der Papst.Der Bruder …"
# (a space lost between sentences; a capitalised word follows, not a domain's next part), and
# "… im Angebot. eBay hält …" (a name with a lower-case first letter and a capital inside).
SENTENCE_BREAK = re.compile(
    r"(?:(?<=[.!?][“”«»\"'])|(?<=[.!?]))[ \t]+(?=[A-ZÄÖÜ„»«‚›\"])|(?<=[a-zäöüß]{3}[.!?])[ \t]+(?=\d|[a-z]+[A-Z])"
    r"|(?<=[a-zäöüß]{3}[.!?])(?=[A-ZÄÖÜ][a-zäöüß]{2,}\s)|\s*\n\s*"
)
# A quotation opening in lower case after a full stop goes on with its sentence.
LOWER_CASE_QUOTE_AFTER = re.compile(r"[ \t]+[„»«‚›\"][a-zäöüß]")


@dataclass(frozen=True, slots=True)
class QuoteMention:
    """One quotation: content span, speaker mention and cue, as character offsets into the text."""

    kind: QuoteKind
    quote: Span
    speaker: Span | None
    cue: Span | None


def quote_model_dirs() -> list[Path]:
    """The quote models of the ensemble (`quotes`, `quotes-2`, …), in a fixed order."""
    return sorted(path for path in MODEL_DIR.glob("quotes*") if path.is_dir())


@dataclass(frozen=True, slots=True)
class Pipelines:
    """The quote models, voting together, and the speaker model."""

    quotes: tuple[Language, ...]
    speaker: Language


@lru_cache(maxsize=1)
def _pipelines() -> Pipelines | None:
    """Load the models once; None when they are not installed."""
    dirs = quote_model_dirs()
    if not dirs:
        return None
    return Pipelines(tuple(spacy.load(path) for path in dirs), spacy.load(MODEL_DIR / "speaker"))


def _model_spans(models: tuple[Language, ...], text: str) -> list[tuple[str, Span]]:
    """The quotes the models find together."""
    return ensemble_spans([[(ent.label_, (ent.start_char, ent.end_char)) for ent in nlp(text).ents] for nlp in models])


def ensemble_spans(found: list[list[tuple[str, Span]]]) -> list[tuple[str, Span]]:
    """The quotes of the models' majority vote that every model finds at least in part (one model:
    its own). A quote one model does not see at all is mostly no quote: on held-out training folds
    this is more precise than the majority alone and loses little recall; the majority, not the
    models' intersection, draws the edges (figures in training/quotes/MODEL_CARD.md, "Fourteenth
    round")."""
    if len(found) == 1:
        return found[0]
    agreed = voted_spans(found, len(found))
    majority = voted_spans(found, len(found) // 2 + 1)
    return [(label, span) for label, span in majority if any(_overlaps(span, core) for _, core in agreed)]


def voted_spans(found: list[list[tuple[str, Span]]], quorum: int) -> list[tuple[str, Span]]:
    """Vote of several models' labelled spans, character by character: a quote runs
    where at least `quorum` models put one, and takes the label most of the overlapping spans carry.
    Models trained with other seeds err in different places, so the vote removes many of the
    errors of any one (cross-validated figures in training/quotes/MODEL_CARD.md)."""
    votes: Counter[int] = Counter()
    for spans in found:
        for _, (start, end) in spans:
            votes.update(range(start, end))
    covered = sorted(pos for pos, n in votes.items() if n >= quorum)
    runs: list[Span] = []
    for pos in covered:
        if runs and runs[-1][1] == pos:
            runs[-1] = (runs[-1][0], pos + 1)
        else:
            runs.append((pos, pos + 1))
    out = []
    for start, end in runs:
        labels = Counter(label for spans in found for label, (a, b) in spans if a < end and start < b)
        out.append((labels.most_common(1)[0][0], (start, end)))
    return out


Roles = tuple[Span | None, Span | None]  # (speaker, cue)


def _model_roles(nlp: Language, text: str, quotes: list[Span], sentences: list[Span]) -> list[Roles]:
    """Speaker and cue of each quote, from the speaker model run on a marked window per quote."""
    windows = [marked_window(text, q, sentences) for q in quotes]
    out: list[Roles] = []
    for quote, win, doc in zip(quotes, windows, nlp.pipe(w.text for w in windows), strict=True):
        ents = [(e.label_, (e.start_char, e.end_char)) for e in doc.ents]
        speaker = _closest(win, ents, "SPK")
        if speaker and (_overlaps(speaker, quote) or "\n" in text[speaker[0] : speaker[1]]):
            speaker = None  # a speaker is never part of its own quote nor spread over paragraphs
        out.append((speaker, _closest(win, ents, "CUE")))
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


# "unter dem Motto „…“", "mit dem Titel „…“": a quoted name, not speech.
NAMING_NOUN = re.compile(
    r"\b(?:Motto|Titel|Namen|Name|Slogan|Magazin|Magazins|Magazines|Zeitschrift|Buch|Buches|Film|Films|Album|Song|Lied|"
    r"Auszeichnung|Preis|Stichwort|Schlagzeile|Überschrift|Kampagne|Aktion|Programm|Projekt|Video|Serie|Sendung|"
    r"Roman|Romans|Ausstellung|Studie)\s*$"
)


def _is_named(text: str, span: Span) -> bool:
    """Whether a quotation follows a naming noun ("Motto", "Titel") and so is a name."""
    return bool(NAMING_NOUN.search(text, max(0, span[0] - 40), span[0]))


def _speech_candidates(text: str, min_words: int) -> list[Span]:
    """Spans in quotation marks that may be speech: not names or titles ("„Neues Deutschland“",
    "unter dem Motto „…“")."""
    return [q for q in _direct_candidates(text, min_words) if not _is_title(text, q) and not _is_named(text, q)]


def _direct_candidates(text: str, min_words: int) -> list[Span]:
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
        if len(text[i + 1 : end - 1].split()) >= min_words:
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


ORDINAL_NOUN_AFTER = re.compile(r"\s*(?:Mal|Geburtstag|Jahrestag)\b")
ARTICLE_OR_PRONOUN_AFTER = re.compile(
    r"\s+(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Er|Sie|Es|Wir|Ich|Dies|Diese|Dieser|Dieses)\b"
)


def _is_break(text: str, pos: int) -> bool:
    """False for the full stop of an abbreviation or an ordinal number ("5. August")."""
    if "\n" in text[pos : pos + 2]:
        return True
    if LOWER_CASE_QUOTE_AFTER.match(text, pos + 1):
        return False  # "… sagte, Benedikt XVI. „ist …“": no sentence opens in lower case
    if text[pos] != ".":
        return True
    word = text[text.rfind(" ", 0, pos) + 1 : pos]
    if word.isdigit() and len(word) == 4 and not ORDINAL_NOUN_AFTER.match(text, pos + 1):
        return True  # a year ends the sentence ("… im Jahr 1960. Der …"); "1960. Mal" is rare
    if word.isdigit() and ARTICLE_OR_PRONOUN_AFTER.match(text, pos + 1):
        return True  # "… mit 13. Die Getöteten …": an ordinal comes before a noun, never an article
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
    return [_without_dateline(text, sent) for sent in out]


def _without_dateline(text: str, sent: Span) -> Span:
    """An opening "Berlin (dpa) – " names where the report was filed; the sentence, and with it the
    search for its subject, starts after it. It opens a paragraph, but collected texts often lose
    their line breaks, so any sentence may start with one. A line without a verb after the dash is
    no sentence at all ("VfL Bochum – Bayer Leverkusen 1:2") and is kept."""
    dateline = DATELINE.match(text, sent[0], sent[1])
    if dateline and has_finite_verb(text, dateline.end(), sent[1]):
        return dateline.end(), sent[1]
    return sent


def _speech_sentences(text: str, sentences: list[Span]) -> list[Span]:
    out = []
    for sent in sentences:
        clause = _clause_after_cue(text, sent)
        if clause or has_speech_mark(text, sent[0], sent[1]):
            sentence = _without_leading_frame(text, "indirect", _skip_leading_source(text, sent))
            span = _trim_frame(text, clause or sentence)
            out.append(_cut_coordinated_frame(text, span) if clause else span)
    return out


def _framed_sentences(text: str, sentences: list[Span]) -> list[Span]:
    """Sentences whose speech frame closes them or follows them in the next sentence; the frame
    itself is left out."""
    out = []
    for k, sent in enumerate(sentences):
        frame = CLOSING_FRAME.search(text, sent[0], sent[1])
        if frame and len(text[sent[0] : frame.start()].split()) >= 4 and is_main_clause(text, sent[0], frame.start()):
            out.append((sent[0], frame.start()))
            continue
        if INTERJECTED_FRAME.search(text, sent[0], sent[1]) and is_main_clause(text, *sent):
            out.append(sent)
            continue
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        if (
            nxt
            and "\n\n" not in text[sent[1] : nxt[0]]
            and ATTRIBUTING_SENTENCE.match(text, nxt[0], nxt[1])
            and is_main_clause(text, *sent)
        ):
            out.append(sent)
    return out


def _cut_coordinated_frame(text: str, span: Span) -> Span:
    """The reported clause of "X sagte, es sei …, und verglich …" ends where the frame's
    coordinated second verb starts."""
    for m in COORDINATED_VERB.finditer(text, span[0], span[1]):
        word = m.group(1)
        if word.endswith(("te", "ten")) or word in CUE_VERBS or word in REPORTED_VERBS:
            return span[0], m.start()
    return span


def _skip_leading_source(text: str, sent: Span) -> Span:
    """Drop an opening "Laut X" / "X zufolge" / "Wie X berichtet," : it names the source."""
    for pattern in SOURCE_SPEAKER:
        m = pattern.match(text, sent[0], sent[1])
        if m:
            end = m.end()
            if m.start(1) > m.start():  # "Laut X …": the tagged phrase may run past the surface match
                end = max(end, _full_phrase(text, m.span(1), sent[1])[1])
            # "Nach offiziellen Angaben, die nicht überprüft werden können, waren …": the source's
            # relative clause belongs to it
            if (relative := SOURCE_RELATIVE.match(text, end, sent[1])) is not None:
                end = relative.end()
            rest = LEADING_GAP.match(text, end, sent[1])
            start = rest.end() if rest else end
            return (start, sent[1]) if len(text[start : sent[1]].split()) >= 3 else sent
    return sent


def _clause_after_cue(text: str, sent: Span) -> Span | None:
    """The content clause after "X sagte(,) [dass] …": the quote starts after the frame."""
    wonach = WONACH.search(text, sent[0], sent[1])
    if wonach and len(text[wonach.end() : sent[1]].split()) >= 3:
        return wonach.end(), sent[1]  # "Berichte, wonach …": the content of a report
    verbs = CUE_VERB.finditer(text, sent[0], sent[1])
    verb = next((v for v in verbs if not _in_relative_clause(text, sent[0], v)), None)
    if verb is None:
        return _infinitive_after_cue(text, sent)
    m = CLAUSE_START.search(text, verb.end(), min(sent[1], verb.end() + MAX_FRAME_TAIL))
    if m is None or len(text[m.end() : sent[1]].split()) < 3 or _bare_auxiliary(text, verb, m.start()):
        return None
    if text.startswith(("wie ", "so "), m.end()):
        return None  # "…, wie X mitteilte." closes the frame: the content is before it
    is_dass = text.startswith(("dass", "ob "), m.end())
    if not is_dass and ZU_INFINITIVE_END.search(text, m.end(), sent[1]):
        return _infinitive_after_cue(text, sent)
    marked = is_dass or has_speech_mark(text, m.end(), sent[1]) or KONJUNKTIV_II.search(text, m.end(), sent[1])
    if not (marked or _indicative_content(text, verb, m, sent[1])):
        return None  # without "dass" mostly Konjunktiv marks the clause as speech
    return m.end(), sent[1]


def _in_relative_clause(text: str, sent_start: int, verb: re.Match[str]) -> bool:
    """ "Ein Gutachten, das … zitiert worden war, sei veraltet": a cue verb in a relative clause
    describes a noun; it frames no speech. Nor does an auxiliary closing one ("ToyTalk, das die
    Puppe entwickelt hat, bestätigte …")."""
    comma = text.rfind(",", sent_start, verb.start())
    closing_auxiliary = verb.group(0) in ("hat", "hatte", "hätte") and text.startswith(",", verb.end())
    return (
        comma != -1
        and bool(RELATIVE_OPENING.match(text, comma + 1, verb.start()))
        and (bool(AUXILIARY_AFTER.match(text, verb.end())) or closing_auxiliary)
    )


def _indicative_content(text: str, verb: re.Match[str], clause: re.Match[str], end: int) -> bool:
    """ "X sagte am Donnerstag, die Preise ließen keine Wahl": after a plain speech verb and a
    comma, a verb-second main clause is what was said, even in the indicative."""
    return (
        verb.group(0) in INDICATIVE_FRAME_VERBS
        and text[clause.start()] == ","
        and not has_finite_verb(text, verb.end(), clause.start())
        and not text.startswith(NOT_CONTENT_OPENERS, clause.end())
        and is_verb_second_clause(text, clause.end(), end)
    )


def _bare_auxiliary(text: str, verb: re.Match[str], clause: int) -> bool:
    """ "hatte"/"hat" frames speech only with a speech participle before the comma ("hatte
    erklärt, …"), not "hatte damit begonnen, …" or a subordinate clause's last word."""
    if verb.group(0) not in ("hatte", "hat", "hätte"):
        return False
    words = set(re.findall(r"\w+", text[verb.end() : clause]))
    return not words & SPEECH_PARTICIPLES


def _infinitive_after_cue(text: str, sent: Span) -> Span | None:
    """The infinitive clause after a directive speech act ("X forderte die Regierung auf, … zu tun")."""
    verb = ZU_CUE_VERB.search(text, sent[0], sent[1])
    if verb is None or (verb.group(0) == "angewiesen" and "darauf" in text[sent[0] : verb.start()].split()):
        return None  # "Alle sind darauf angewiesen, … zu …" depend on something; nobody instructed them
    m = CLAUSE_START.search(text, verb.end(), min(sent[1], verb.end() + MAX_FRAME_TAIL))
    if m is None or len(text[m.end() : sent[1]].split()) < 2 or PURPOSE_CLAUSE.match(text, m.end()):
        return None
    if _bare_auxiliary(text, verb, m.start()):
        return None
    end = ZU_INFINITIVE_END.search(text, m.end(), sent[1])
    return (m.end(), end.end(1)) if end else None


def _trim_frame(text: str, span: Span) -> Span:
    m = TRAILING_FRAME.search(text, span[0], span[1])
    if m is None or m.start() <= span[0]:
        return span
    # "Der Vizepräsident, X, zeigte sich …": what precedes is the subject, not content; content is a
    # clause, finite or an infinitive ("…, die Grenze zu öffnen, so X")
    if not (has_finite_verb(text, span[0], m.start()) or ZU_INFINITIVE_END.search(text, span[0], m.start())):
        return span
    return span[0], m.start()


# Lower-case words of foreign names ("People's Alliance for Democracy", "Confederação Brasileira de Futebol").
FOREIGN_NAME_WORDS = frozenset(
    "of the for and at to on a an de la le les du des pour et del da do dos das y e el di".split()
)
TITLE_WORDS = FUNCTION_WORDS | FOREIGN_NAME_WORDS  # lower-case words a title may hold


# "bezeichnete dies als „Unverschämtheit“", "nannte es einen „Militärputsch“": one quoted noun after
# "als" or an indefinite article is a judgement in the speaker's words, not a name.
JUDGEMENT_BEFORE = re.compile(r"\b(?:als|ein|eine|einen|einem|einer|eines)\s$")


def _quoted_judgements(text: str, quotations: list[Span]) -> list[Span]:
    """Those of `quotations` (every span in marks) that are such a judgement."""
    return [
        q
        for q in quotations
        if len(text[q[0] + 1 : q[1] - 1].split()) == 1 and JUDGEMENT_BEFORE.search(text, max(0, q[0] - 8), q[0])
    ]


def _is_title(text: str, span: Span) -> bool:
    """Quoted names and titles ("„Neues Deutschland“") have no lower-case content word, and they open
    with a capital: "„zur Kenntnis“", "„als Hilfssheriffs der Behörden“" are someone's words."""
    words = text[span[0] + 1 : span[1] - 1].split()
    if words and words[0][:1].islower() and words[0][1:] == words[0][1:].lower():
        return False
    return not any(w[:1].islower() and w not in TITLE_WORDS for w in words)


def _add_uncovered(found: list[tuple[QuoteKind, Span]], kind: QuoteKind, spans: list[Span]) -> None:
    for span in spans:
        if not any(_overlaps(span, other) for _, other in found):
            found.append((kind, span))


def _add_around_partial_quotes(
    text: str, found: list[tuple[QuoteKind, Span]], kind: QuoteKind, spans: list[Span]
) -> None:
    """Like `_add_uncovered`, but a direct quote that is only part of the span does not block it:
    "Nach Ansicht von X hat die Fed „auf ganzer Linie versagt“" is reported speech around a quote."""
    for span in spans:
        blockers = [(k, other) for k, other in found if _overlaps(span, other)]
        # "X wies die Berichte zurück: „…“": after a colon the quote is the content, the rest its frame
        inside = all(
            k == "direct" and span[0] <= o[0] and o[1] <= span[1] and not _after_colon(text, o[0]) for k, o in blockers
        )
        if not blockers or (inside and sum(o[1] - o[0] for _, o in blockers) < PARTIAL_SHARE * (span[1] - span[0])):
            found.append((kind, span))


def _after_colon(text: str, pos: int) -> bool:
    return text[max(0, pos - 4) : pos].rstrip().endswith(":")


def _add_nested_direct(
    found: list[tuple[QuoteKind, Span]], spans: list[Span], outer: tuple[QuoteKind, ...] = ("indirect",)
) -> None:
    """A quotation inside an indirect quote ("…, dass sie „…“") is a direct quote of its own."""
    for span in spans:
        inside = any(k in outer and o[0] <= span[0] and span[1] <= o[1] and o != span for k, o in found)
        if inside and not any(k == "direct" and _overlaps(span, o) for k, o in found):
            found.append(("direct", span))


def _without_frame(text: str, kind: QuoteKind, span: Span) -> Span:
    """The model sometimes takes the closing frame into a quote: "„…“, sagte X." ends at the
    closing mark, "…, sagte X." before the comma."""
    if text[span[0]] in QUOTE_MARKS:
        end = _find_closer(text, span[0], QUOTE_MARKS[text[span[0]]])
        tail = text[end : span[1]] if end else ""
        # ... and one that runs on past a line break after its closing mark ends at that mark
        return (span[0], end) if end and end < span[1] and (FRAME_OPENING.match(tail) or "\n" in tail) else span
    return _trim_frame(text, span) if kind == "indirect" else span


def _lead_frame(text: str, span: Span) -> tuple[Span, int] | None:
    """The indicative main clause that opens `span` and introduces a content clause after its comma
    ("Die Staatsanwaltschaft hegt den Verdacht, Ertel könnte …"), and where that content starts.
    Content is a "dass"/"ob" clause, or one in Konjunktiv not opened by a conjunction or relative
    pronoun ("…, die darin bestehen solle" describes a noun)."""
    comma = CLAUSE_START.search(text, span[0], span[1])  # a comma, or a colon ("X widersprach: …")
    if comma is None:
        return None
    lead, content = (span[0], comma.start()), (comma.end(), span[1])
    if has_speech_mark(text, *lead) or KONJUNKTIV_II.search(text, *lead):
        return None  # the lead is reported itself
    if not _is_content(text, content):
        return None
    return (lead, content[0]) if is_main_clause(text, *lead) else None


def _is_content(text: str, content: Span) -> bool:
    """Whether text[content] can be the content of a speech frame: a "dass"/"ob" clause, or one in
    Konjunktiv not opened by a conjunction or relative pronoun."""
    if len(text[content[0] : content[1]].split()) < 3:
        return False
    if text.startswith(("dass ", "ob "), content[0]):
        return True
    konjunktiv = _in_konjunktiv_i(text, *content) or CONTINUING_KONJUNKTIV_II.search(text, *content)
    subclause = opens_subclause(text, content[0]) or text[content[0] : content[1]].split()[0] in ("als", "wie", "wo")
    return bool(konjunktiv) and not subclause


def _without_leading_frame(text: str, kind: QuoteKind, span: Span) -> Span:
    """ "Der Vorsitzende hob hervor, der Schutz dürfe …": an indirect quote that takes in its own
    indicative frame, a main clause ending in its verb, starts where the frame's content starts."""
    if kind != "indirect" or text[span[0]] in QUOTE_MARKS:
        return span
    found = _lead_frame(text, span)
    if found is not None and ends_in_verb(text, *found[0]):
        return found[1], span[1]
    # "Der Konzern plant, zwei Werke zu schließen": a directive or planning verb's infinitive clause
    comma = CLAUSE_START.search(text, span[0], span[1])
    lead_verb = text[span[0] : comma.start()].split()[-1] if comma is not None and comma.start() > span[0] else ""
    if (
        comma is not None
        and ZU_CUE_VERB.fullmatch(lead_verb)
        and lead_verb not in AUXILIARIES
        and is_main_clause(text, span[0], comma.start())
        and ZU_INFINITIVE_END.search(text, comma.end(), span[1])
        and not PURPOSE_CLAUSE.match(text, comma.end())
    ):
        return comma.end(), span[1]
    # "Im Notruf war er zu hören, wie er angegeben hat, er denke, …": the frame is the "wie" source
    # clause, and the content starts after its comma
    source = WIE_FRAME_END.search(text, span[0], span[1])
    if source is not None and _is_content(text, (source.end(), span[1])):
        return source.end(), span[1]
    return span


def _with_closing_mark(span: Span, quotations: list[Span]) -> Span:
    """A model quote that stops just before the closing mark of a quotation it opened ("…, „dass
    wir ihn erwischen werden“") takes the rest of that quotation in."""
    opened = [q for q in quotations if span[0] <= q[0] < span[1] < q[1]]
    if opened and opened[-1][1] - span[1] <= MAX_CLOSING_GAP:
        return span[0], opened[-1][1]
    return span


def _without_trailing_fragment(text: str, span: Span, sentences: list[Span]) -> Span:
    """A model quote that runs into the next sentence and stops inside it ("… innerhalb der EU. Die
    Botschafterin hofft,") ends with the last sentence it holds whole; quotes in marks keep theirs."""
    if text[span[0]] in QUOTE_MARKS:
        return span
    for sent in sentences:
        if span[0] < sent[0] < span[1] < sent[1]:
            return span[0], len(text[: sent[0]].rstrip())
    return span


def _quote_spans(text: str, model_quotes: list[tuple[str, Span]]) -> list[tuple[QuoteKind, Span]]:
    """Model quotes, then rule quotes (marks, Konjunktiv/cue sentences) no model quote covers."""
    sentences = _sentences(text)
    found = [
        (KIND_OF_LABEL[label], span)
        for label, span in model_quotes
        if label in KIND_OF_LABEL and not (label == "DQ" and _is_named(text, span))
        # "Ich habe damals …" outside quotation marks is the writer's or an unmarked interview
        # answer: reported speech shifts the speaker's "ich" to "er"/"sie"
        and not (label != "DQ" and FIRST_PERSON_OPENING.match(text, span[0]))
        # "X-Post – „frauenfeindliches Schwein“" in a teaser line: reported speech is a clause,
        # and a span with neither a verb nor a conjunction is a heading or a label
        and (label == "DQ" or is_clause_like(text, *span))
    ]
    found = [(kind, _without_leading_frame(text, kind, _without_frame(text, kind, span))) for kind, span in found]
    found = [(kind, _without_trailing_fragment(text, span, sentences)) for kind, span in found]
    quotations = _direct_candidates(text, 1)
    found = [(kind, _with_closing_mark(span, quotations)) for kind, span in found]
    clauses = [c for c in (_clause_after_cue(text, s) for s in sentences) if c]
    found = [(kind, _widened(text, kind, span, clauses + sentences)) for kind, span in found]
    marked = _speech_candidates(text, DIRECT_MIN_WORDS)
    _add_uncovered(found, "direct", marked)
    _add_nested_direct(found, marked)
    _add_around_partial_quotes(text, found, "indirect", _speech_sentences(text, sentences))
    _add_around_partial_quotes(text, found, "indirect", _framed_sentences(text, sentences))
    _add_uncovered(found, "reported", _reported_sentences(text, sentences))
    _add_continuations(text, found, sentences)
    # Short quoted phrases inside reported content are partial direct quotes ("forderte einen „Plan“").
    short = [q for q in _speech_candidates(text, NESTED_MIN_WORDS) if q not in marked] + _quoted_judgements(
        text, quotations
    )
    _add_nested_direct(found, short, ("indirect", "reported"))
    _add_uncovered(found, "direct", [q for q in short if _in_speech_act(text, q, sentences)])
    # "„Das ist falsch“, sagte sie.": a short quote its own speech frame follows is speech
    _add_uncovered(found, "direct", [q for q in short if _framed_after(text, q)])
    found = [(kind, _without_main_clause(text, kind, span)) for kind, span in found]
    found = [(kind, _konjunktiv_subclause(text, kind, span)) for kind, span in found]
    # an interview partner's answer is their own words, whatever else was found inside it
    answers = [answer for answer, _label in _interview_answers(text)]
    return [(k, q) for k, q in found if not any(_overlaps(q, a) for a in answers)] + [("direct", a) for a in answers]


@lru_cache(maxsize=4)
def _interview_answers(text: str) -> tuple[tuple[Span, Span], ...]:
    """(answer, label) of each answer line of an interview: "Hoff: Sehr schlimm." where the label
    answers on at least two lines and is named elsewhere in the text ("Ministerin Lena Hoff")."""
    lines = [
        m
        for m in INTERVIEW_LINE.finditer(text)
        if m.group("label") not in NOT_INTERVIEW_LABELS and canonical_outlet(m.group("label")) is None
    ]  # "SPIEGEL: Frau Hoff, …" asks; the outlet's questions are no claims
    counts = Counter(m.group("label") for m in lines)
    # an interview has a few partners; a list of "Name: value" lines is no interview
    partners = [label for label, n in counts.most_common(MAX_INTERVIEW_PARTNERS) if n >= MIN_INTERVIEW_ANSWERS]
    # named as a person elsewhere: after a first name or role ("Ministerin Lena Hoff"), not "in Kiew"
    named = {label for label in partners if re.search(rf"[A-ZÄÖÜ][\w-]+[ \t]+{re.escape(label)}(?![\w-])", text)}
    return tuple((m.span("answer"), m.span("label")) for m in lines if m.group("label") in named)


# ", weil …", ", dass …", ", in deren Haus …": a subordinate clause that can carry reported content.
CONTENT_SUBCLAUSE = re.compile(
    r",\s+(?:(?:weil|da|zumal|obwohl|dass)\s|(?:[a-zäöü]+\s+)?(?:der|die|das|dem|den|deren|dessen|denen)\s)"
)


def _in_konjunktiv_i(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a Konjunktiv I verb, by the word list or by its form."""
    return bool(KONJUNKTIV_I_WORD.search(text, start, end)) or has_konjunktiv_i(text, start, end)


CONTENT_CLAUSE_OPENING = re.compile(r"(?:dass|daß|ob)\s", re.IGNORECASE)


def _konjunktiv_subclause(text: str, kind: QuoteKind, span: Span) -> Span:
    """ "Die Partei begrüßte den Schritt, weil es zeige, dass …": an indicative sentence without a
    speech verb whose only Konjunktiv I stands in a subordinate clause reports only that clause."""
    if kind != "indirect" or text[span[0]] in QUOTE_MARKS or CONTENT_CLAUSE_OPENING.match(text, span[0]):
        return span  # a content clause ("dass …, bis …") is reported as a whole
    sub = CONTENT_SUBCLAUSE.search(text, span[0], span[1])
    if sub is None:
        return span
    head = (span[0], sub.start())
    if _in_konjunktiv_i(text, *head) or KONJUNKTIV_II.search(text, *head):
        return span
    if CUE_VERB.search(text, *head) or SPEECH_SENTENCE.search(text, *head) or not has_finite_verb(text, *head):
        return span
    if not _in_konjunktiv_i(text, sub.end(), span[1]):
        return span
    return _skip_space(text, sub.start() + 1), span[1]


def _without_main_clause(text: str, kind: QuoteKind, span: Span) -> Span:
    """An indirect quote that opens its sentence as a "dass" clause ends where the main clause it
    is the prefield of begins ("dass … sollen, wurden die Redakteure …")."""
    if kind != "indirect" or not text.startswith(("dass ", "Dass "), span[0]):
        return span
    cut = main_clause_after(text, span[0], span[1])
    if cut is None:
        return span
    verb = re.match(r",\s*\w+", text[cut:])
    if verb and _in_konjunktiv_i(text, cut, cut + verb.end()):
        return span  # "dass er krank sei, habe aber …": the content goes on
    return span[0], cut


def _framed_after(text: str, quote: Span) -> bool:
    """Whether a speech frame follows the closing mark: „…“, sagte X / „…“, so X."""
    return text.startswith(",", quote[1]) and bool(FRAME_AFTER.match(text, quote[1], min(len(text), quote[1] + 120)))


def _widened(text: str, kind: QuoteKind, span: Span, clauses: list[Span]) -> Span:
    """ "X sagte, der Staat müsse dafür sorgen, dass …": a model quote that starts at an inner
    "dass" belongs to the content clause the speech verb opens, or to its whole sentence when
    that is reported itself ("Holz verkenne, dass …", after the minister's denial)."""
    if kind != "indirect" or not text.startswith(("dass", "ob "), span[0]):
        return span
    # "Die Entscheidung zeigt, dass …, erklärte X.": a frame closing the sentence frames all of it
    framed = FRAME_AFTER.match(text, span[1], min(len(text), span[1] + 120)) is not None
    for c in clauses:
        if c[0] < span[0] and span[1] <= c[1] + 1:
            if _reported_lead(text, c[0], span[0]):
                return c[0], max(span[1], c[1])
            if framed and not CUE_VERB.search(text, c[0], span[0]):
                return c[0], span[1]
    return span


def _reported_lead(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is reported content itself (Konjunktiv, no speech verb of its own):
    "der Staat müsse dafür sorgen," but not "versicherten aber," or an apposition."""
    lead = text[start:end]
    return not CUE_VERB.search(lead) and bool(has_speech_mark(text, start, end) or KONJUNKTIV_II.search(lead))


def _add_continuations(text: str, found: list[tuple[QuoteKind, Span]], sentences: list[Span]) -> None:
    """Konjunktiv II sentences and main clauses with "sollen" that follow indirect or direct speech in
    the same paragraph continue it."""
    for prev, sent in pairwise(sentences):
        if "\n" in text[prev[1] : sent[0]] or any(_overlaps(sent, span) for _, span in found):
            continue
        continues = any(kind in ("indirect", "direct") and _overlaps(prev, span) for kind, span in found)
        konjunktiv = CONTINUING_KONJUNKTIV_II.search(text, sent[0], sent[1])
        if continues and (konjunktiv or MAIN_CLAUSE_SOLL.match(text, sent[0], sent[1])):
            found.append(("indirect", sent))


def _in_speech_act(text: str, span: Span, sentences: list[Span]) -> bool:
    """A short quotation in a sentence with a speech act ("bezeichnete X als „…“")."""
    sent = _sentence_of(span[0], sentences)
    return sent is not None and bool(REPORTED_SENTENCE.search(text, sent[0], sent[1]))


def _reported_sentences(text: str, sentences: list[Span]) -> list[Span]:
    # "Vier Wettkämpfe bestreitet er im Jahr": a contest taken part in, blanked (same length) so that
    # the object-first order the verb patterns cannot see does not count as a denial
    text = CONTESTED_PATTERN.sub(lambda m: " " * len(m.group(0)), text) if "bestr" in text else text
    return [
        s
        for s in sentences
        if STRONG_REPORTED_SENTENCE.search(text, s[0], s[1])
        or (REPORTED_SENTENCE.search(text, s[0], s[1]) and PASSIVE_AGENT.search(text, s[0], s[1]))
    ]


def _sentence_of(pos: int, sentences: list[Span]) -> Span | None:
    return next((s for s in sentences if s[0] <= pos < s[1]), None)


def _source_roles(text: str, quote: Span, sentences: list[Span]) -> Roles:
    """Speaker and cue of a source phrase ("laut X", "X zufolge") where the quote starts."""
    sent = _sentence_of(quote[0], sentences)
    if sent is None:
        return None, None
    quoted = [(sent[0] + a, sent[0] + b) for a, b in _direct_candidates(text[sent[0] : sent[1]], 1)]
    for pattern in SOURCE_SPEAKER:
        # "„Die Aussichten sind aus unserer Sicht gut“": a source phrase inside marks is the speaker's own words
        found = (m for m in pattern.finditer(text, sent[0], sent[1]) if not any(a < m.start() < b for a, b in quoted))
        if m := next(found, None):
            cue = (m.start(), m.start(1)) if m.start(1) > m.start() else (m.end(1), m.end())
            cue = _strip(text, cue)
            speaker = m.span(1) if m.start(1) == m.start() else _full_phrase(text, m.span(1), sent[1])
            return without_genitive_after_name(text, speaker), (cue if cue[1] > cue[0] else None)
    return None, None


def _full_phrase(text: str, span: Span, limit: int) -> Span:
    """A surface-matched speaker widened to its whole noun phrase ("Mike Downey, Technical
    Product Manager für Flash Authoring"); never shortened."""
    full = phrase_at(text, span[0], limit)
    return full if full and full[1] > span[1] else span


def _strip(text: str, span: Span) -> Span:
    a, b = span
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum():
        b -= 1
    return a, b


WEB_NAME = re.compile(r"([a-z][\w.-]*\.[a-z]{2,4})\s")


def _quoted_person(text: str, verb: Span, limit: int) -> Span | None:
    """The person quoted by "zitiert": "zitiert die Zeit den Sprecher X" -> the second noun phrase
    after the verb, the first when only one follows ("Die Zeit zitiert X mit den Worten …")."""
    start = _skip_space(text, verb[1])
    first = phrase_at(text, start, limit)
    if first is None and (word := WEB_NAME.match(text, start, limit)):
        first = word.span(1)  # "zitiert ndr.de Polizeisprecher X": a web name the tagger splits
    if first is None:
        return None
    second = phrase_at(text, _skip_space(text, first[1]), limit)
    return second or first


def _skip_space(text: str, pos: int) -> int:
    """The position after spaces and closing quotation marks ("zitiert die „Zeit“ X")."""
    while pos < len(text) and text[pos] in ' “”"«»':
        pos += 1
    return pos


def _frame_roles(text: str, kind: QuoteKind, quote: Span, sentences: list[Span]) -> Roles:
    """Subject and speech verb framing the quote, found by surface patterns."""
    sent = _sentence_of(quote[0], sentences)
    # "Als X sagte, dass …, meinte er …": a content clause belongs to the speech verb before it
    framed_before = sent is not None and (
        (text.startswith(("dass ", "ob "), quote[0]) and CUE_VERB.search(text, sent[0], quote[0]) is not None)
        # "Während Shakira erklärte, aufgeregt zu sein, räumte X ein": a subordinate clause's speech verb
        # right before it; the main clause after it frames something else
        or (
            SENTENCE_SUBORDINATOR.match(text, sent[0]) is not None
            and SPEECH_VERB_BEFORE.search(text, sent[0], quote[0]) is not None
        )
    )
    cited = QUOTING_VERB_AFTER.match(text, quote[1], min(len(text), quote[1] + 120))
    if cited and (person := _quoted_person(text, cited.span(1), min(len(text), quote[1] + 200))):
        return person, cited.span(1)
    for frame in (FRAME_AFTER, PAST_FRAME_AFTER):  # "„…“, sagte X", "…, verlautbarte X"
        after = None if framed_before else frame.match(text, quote[1], min(len(text), quote[1] + 120))
        if after:
            sent_after = _sentence_of(after.start(2), sentences)
            return _full_phrase(text, after.span(2), sent_after[1] if sent_after else len(text)), after.span(1)
    after = FRAME_AFTER_ANY.match(text, quote[1], min(len(text), quote[1] + 120))
    if after and kind == "direct" and after.group(1) not in NOT_FRAME_VERBS:
        sent_after = _sentence_of(after.start(2), sentences)
        return _full_phrase(text, after.span(2), sent_after[1] if sent_after else len(text)), after.span(1)
    if sent is None:
        return None, None
    # "Der Aktion vorausgegangen waren Angriffe; die Zeitung berichtete, dass …": the frame's clause
    # starts after a semicolon, and a frame before it is not the quote's ("Sie befürchten …; Aussagen, dass …")
    sent = (max(sent[0], text.rfind(";", sent[0], quote[0]) + 1), sent[1])
    verb = CUE_VERB.search(text, sent[0], quote[0])
    if verb is None and kind == "reported" and (agent := PASSIVE_AGENT.search(text, quote[0], quote[1])):
        return agent.span(1), None
    if verb is None and kind == "reported":
        # A reported speech act contains its own verb, and its subject is the speaker.
        verb = REPORTED_SENTENCE.search(text, quote[0], quote[1]) or CUE_VERB.search(text, quote[0], quote[1])
    if verb is None:
        return None, None
    if PASSIVE_AFTER_CUE.match(text, verb.end()):
        return None, None  # "…, weil berichtet wurde, …": a passive speech verb names nobody; an agent comes later
    if verb.group(0) in IMPERSONAL_VERBS and text.startswith(" es", verb.end()):
        return None, None  # "heißt es": no subject speaks; a source phrase may name one ("In dem Bericht heißt es")
    if verb.group(0) in QUOTING_VERBS and quote[0] > verb.end():
        person = _quoted_person(text, verb.span(), quote[0])
        if person:
            return person, verb.span()
    # "X kritisierte das Gesetz scharf: So sagte Y: „…“": a colon starts a new frame with its own verb
    inner = text.rfind(":", verb.end(), quote[0] - 2)
    if inner > 0 and (later := CUE_VERB.search(text, inner, quote[0])):
        sent, verb = (inner + 1, sent[1]), later
    # The tagged clause analysis first; the surface rules where it finds no clear subject. A
    # reported speech act holds its verb ("Die Tat bezeichnete er als sinnlos"): the whole
    # sentence is the clause.
    limit = quote[0] if quote[0] > verb.end() else sent[1] if kind == "reported" else None
    if limit is not None and is_passive(text, sent[0], limit):
        return None, None  # the subject of a passive frame is spoken to or about; an agent comes later
    speaker = clause_subject(text, sent[0], limit, SPEECH_WORDS)[0] if limit is not None else None
    if speaker is None:
        speaker = _subject_of(text, sent[0], verb)
    if speaker is None and quote[0] > verb.end():
        return _verb_second(text, sent[0], quote[0])
    # The cue is the speech verb nearest the quote ("äußerten sich …, versicherten aber, dass …").
    cue = [m.span() for m in CUE_VERB.finditer(text, verb.start(), quote[0])][-1] if quote[0] > verb.end() else None
    if speaker and _impersonal(text, speaker):
        return None, None  # "erfuhr man, dass …": nobody in particular speaks; others rules may find who
    return (speaker, cue or verb.span()) if speaker else (None, None)


def _subject_of(text: str, sent_start: int, verb: re.Match[str]) -> Span | None:
    """The prefield if it is a noun phrase, else the noun phrase right after the verb."""
    words = text[sent_start : verb.start()].split()
    apposition = "," in text[sent_start : verb.start()]
    short = len(words) <= (MAX_APPOSITION_WORDS if apposition else MAX_PREFIELD_WORDS)
    inverted = SUBJECT_AFTER_SPEECH_VERB.match(text, verb.end()) if verb.group(0) in PURE_SPEECH_VERBS else None
    if inverted and not text[sent_start : verb.start()].rstrip().endswith(","):
        return inverted.span(1)  # "Dagegen beteuerte die Polizei, …": a speech verb's subject follows it
    if words and short and _subject_start(words):
        start = sent_start + len(text[sent_start:]) - len(text[sent_start:].lstrip())
        inner = _verb_second(text, start, verb.start())
        if (
            inner[0]
            and inner[1]
            and (text[inner[1][0] : inner[1][1]] in AUXILIARIES or len(text[inner[1][1] : verb.start()].split()) >= 3)
        ):
            return inner[0]  # "Das Amt hat … angekündigt": the prefield ends at the auxiliary
        return start, len(text[: verb.start()].rstrip(" ,"))
    m = NP_AFTER_VERB.match(text, verb.end())
    return m.span(1) if m else None


def _subject_start(words: list[str]) -> bool:
    """Whether a prefield starting with these words is a noun phrase: "Das Amt", not "Das" or "Dort",
    nor a time phrase ("Wenige Stunden nach dem Putsch")."""
    first = words[0].lower()
    if first in ("das", "die", "der") and len(words) > 1 and words[1][:1].isupper():
        return True
    lowered = [w.lower() for w in words[:3]]
    if any(w in TIME_NOUNS and nxt in ("nach", "vor", "später", "zuvor") for w, nxt in pairwise(lowered)):
        return False
    return first not in NOT_SUBJECT_START and first not in PREPOSITIONS


def _verb_second(text: str, start: int, limit: int) -> Roles:
    """Subject of any finite verb by German verb-second order, without a verb list.

    Nouns and names are capitalised, finite verbs are not: the first lower-case word that is not
    a function word, after a capitalised word, is taken as the finite verb. Its prefield is the
    subject unless it opens with an adverb or preposition; then the noun phrase after the verb is.
    """
    words = [(m.start(), m.end()) for m in WORD.finditer(text, start, limit)]
    if len(words) < 2:
        return None, None
    first = text[words[0][0] : words[0][1]].lower()
    head = [text[a:b] for a, b in words[:3]]
    if not _subject_start(head) and first not in PREPOSITIONS:
        verb_i = 1  # adverb in the prefield: "Hier kritisierte der Minister …"
    else:
        verb_i = 0  # none found
        seen_noun = first not in PREPOSITIONS and first not in FUNCTION_WORDS
        in_relative = False
        for i, (a, b) in enumerate(words[1:], start=1):
            w = text[a:b]
            gap = text[words[i - 1][1] : a]
            if in_relative:
                in_relative = "," not in text[a:b] and "," not in gap
                if in_relative:
                    continue
            if w[0].isupper() or w[0].isdigit():
                seen_noun = True
            elif text[words[i - 1][0] : words[i - 1][1]].lower() in DETERMINERS:
                continue  # an adjective after its article ("des schwedischen Fernsehens")
            elif seen_noun and w not in FUNCTION_WORDS and gap.strip() in ("", ","):
                if "," in gap and w in RELATIVE:
                    in_relative = True  # "Der NDR, der in der ARD … ist, teilte mit"
                    continue
                verb_i = i
                break
        if verb_i == 0 or verb_i > MAX_APPOSITION_WORDS:
            return None, None
    va, vb = words[verb_i]
    if text[va].isupper() or text[va:vb] in FUNCTION_WORDS:
        return None, None
    if _subject_start(head):
        end = len(text[:va].rstrip(" ,"))
        if "," not in text[words[0][0] : end] or text[words[0][0] : end].count(",") <= 2:
            return (words[0][0], end), (va, vb)
        return None, None
    m = NP_AFTER_FINITE.match(text, vb, limit)
    return (m.span(1), (va, vb)) if m else (None, None)


def _starts_sentence(quote: Span, sentences: list[Span]) -> bool:
    return any(s[0] == quote[0] for s in sentences)


def _directly_after(text: str, prev: QuoteMention, quote: Span) -> bool:
    """Whether the quote follows the previous one with nothing but punctuation between them."""
    return not any(ch.isalnum() for ch in text[prev.quote[1] : quote[0]])


def _inherited(text: str, quote: Span, prev: QuoteMention | None, sentences: list[Span]) -> Span | None:
    """Free indirect speech continues the previous quote's speaker ("… sagte X. Es gebe …")."""
    if prev is None or prev.speaker is None or not _starts_sentence(quote, sentences):
        return None
    gap = text[prev.quote[1] : quote[0]]
    if len(gap) > MAX_INHERIT_GAP or "\n\n" in gap:
        return None
    return prev.speaker


def _unframed_report(text: str, quote: Span, sentences: list[Span]) -> bool:
    """Konjunktiv I or reportative "soll" says someone else is being reported, and the sentence names
    no one: no speech verb, no "heißt es", no source phrase ("…, schrieb die Zeitung" that the
    frame rules did not parse is that sentence's own source, not the last speaker)."""
    if not (_in_konjunktiv_i(text, *quote) or REPORTATIVE_SOLL_WORD.search(text, *quote)):
        return False
    sent = _sentence_of(quote[0], sentences) or quote
    words = set(re.findall(r"[a-zäöüß]+", text[sent[0] : sent[1]]))
    return not (words & (SPEECH_FORMS | IMPERSONAL_VERBS)) and SOURCE_CUE.search(text, *sent) is None


def _recent_speaker(quote: Span, before: list[QuoteMention]) -> Span | None:
    """Reported speech no frame attributes goes on the report just before it, when that is near
    ("Nach Polizeiangaben … Die Männer sollen …")."""
    last = before[-1]  # a report with no known source in between breaks the chain
    if quote[0] - last.quote[1] > MAX_RECENT_GAP:
        return None
    return last.speaker


def _previous_subject(text: str, quote: Span, sentences: list[Span]) -> Roles:
    """Free indirect speech after a sentence that introduces it ("Die Polizei bittet um Hilfe.
    Der Mann sei …"): the subject of the previous sentence of the same paragraph."""
    idx = next((k for k, s in enumerate(sentences) if s[0] == quote[0]), None)
    if not idx or IMPERSONAL_OPENING.match(text, quote[0]):
        return None, None  # "Es scheint, X habe …", "Es heißt, …": the sentence says it has no one speaking
    prev = sentences[idx - 1]
    if "\n" in text[prev[1] : quote[0]]:
        return None, None
    agent = PASSIVE_AGENT.search(text, prev[0], prev[1])
    if agent:
        return agent.span(1), None
    # "Diese Nachricht wurde dementiert.", "Er soll geflohen sein.": a passive or reported sentence's
    # subject is what is spoken about
    if is_passive(text, prev[0], prev[1]) or has_speech_mark(text, prev[0], prev[1]):
        return None, None
    return _verb_second(text, prev[0], prev[1])


def _assign_speakers(text: str, quotes: list[tuple[QuoteKind, Span]], nlp: Language | None) -> list[QuoteMention]:
    """Rules first (explicit frames are reliable); for quotes they leave open the previous quote's
    speaker when the quote follows it directly, then the speaker model, then the previous quote's
    speaker across a short gap, then the previous sentence's subject, then, for reported speech,
    the last speaker nearby. On documents it never saw, the speaker model is right about a third of
    the time where the rules find no one; an inherited speaker, about two times in three."""
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
        prev = out[-1] if out else None
        inherited = _inherited(text, quote, prev, sentences) if kind != "reported" else None
        if speaker is None and prev is not None and _directly_after(text, prev, quote):
            speaker = inherited
        if speaker is None:
            speaker, cue = learned.get(i, (None, None))
            if speaker is not None:
                # the model's speakers pass the same check as the rules' ones; "Klagenfurt – Es
                # scheint …": a dateline is the place the report was filed
                speaker = _checked_speaker(text, speaker)
                if speaker is None or _is_dateline(text, speaker):
                    speaker, cue = None, None
        if speaker is None:
            speaker = inherited
        if speaker is None and kind == "indirect":
            speaker, cue = _previous_subject(text, quote, sentences)
            if speaker is not None and not _can_speak(text, speaker):
                speaker, cue = None, None
        if speaker is None and kind == "indirect" and out and _unframed_report(text, quote, sentences):
            speaker = _recent_speaker(quote, out)
        if speaker is not None and _addresses_reader(text, speaker):
            continue  # "Wenn Sie glauben, dass …": what the reader may think is nobody's claim
        out.append(QuoteMention(kind, quote, speaker, cue))
    return [_nested_speaker(m, out) for m in out]


def _is_dateline(text: str, span: Span) -> bool:
    """Whether the mention is the place of a dateline ("Klagenfurt – ", "Rom (dpa) – ")."""
    dateline = DATELINE.match(text, span[0])
    return dateline is not None and text[span[0] : span[1]].strip() in text[dateline.start() : dateline.end()]


def _impersonal(text: str, span: Span) -> bool:
    """ "erfuhr man", "heißt es": an impersonal pronoun names nobody who speaks."""
    return text[span[0] : span[1]].lower() in NOT_SPEAKERS


def _addresses_reader(text: str, span: Span) -> bool:
    """Polite "Sie" inside a sentence ("Wenn Sie glauben, dass …") is the reader, not a source."""
    before = text[max(0, span[0] - 40) : span[0]].rstrip()
    return text[span[0] : span[1]] == "Sie" and bool(before) and before[-1] not in '.!?:„“"»«\n'


def _nested_speaker(mention: QuoteMention, mentions: list[QuoteMention]) -> QuoteMention:
    """A quotation nested in another quote is the outer quote's speaker's words."""
    for outer in mentions:
        q0, q1 = outer.quote
        if outer is not mention and outer.speaker and q0 <= mention.quote[0] and mention.quote[1] <= q1:
            return QuoteMention(mention.kind, mention.quote, outer.speaker, outer.cue)
    return mention


def _frame_in_sentence(text: str, quote: Span, sentences: list[Span]) -> Roles:
    """A speech frame at the end of (or interjected into) the sentence the quote spans."""
    for sent in sentences:
        if not (sent[0] < quote[1] and quote[0] < sent[1]):
            continue
        for pattern in FRAME_IN_SENTENCE:
            m = pattern.search(text, max(quote[0], sent[0]), sent[1])
            if m:
                return _full_phrase(text, m.span(2), sent[1]), m.span(1)
    return None, None


WIE_ARTICLES = frozenset("der die das dem ein eine".split())  # the articles WIE_SOURCE admits


def _wie_roles(text: str, quote: Span, sentences: list[Span]) -> Roles:
    """Speaker and verb of a "wie X mitteilte" clause in the quote's sentence, outside the quote."""
    sent = _sentence_of(quote[0], sentences)
    if sent is None:
        return None, None
    for m in WIE_SOURCE.finditer(text, sent[0], sent[1]):
        if quote[0] <= m.start() < quote[1] and text[quote[0]] in QUOTE_MARKS:
            continue  # inside a direct quote
        a, b = m.span(1)
        cut = TRAILING_ADVERBIAL.search(text, a, b)
        # "wie die in London ansässige Beobachtungsstelle": an adverbial right after the article is
        # inside the noun phrase
        if cut and cut.start() > a and text[a : cut.start()].strip().lower() not in WIE_ARTICLES:
            b = cut.start()
        a, b = _strip_np(text, (a, b))
        if b > a:
            return (a, b), (m.end(1), m.end())
    return None, None


def _strip_np(text: str, span: Span) -> Span:
    a, b = span
    while a < b and text[a] in " ,":
        a += 1
    while b > a and text[b - 1] in " ,":
        b -= 1
    return a, b


def _rule_roles(text: str, kind: QuoteKind, quote: Span, sentences: list[Span]) -> Roles:
    """The speaker and cue of the first rule that finds a speaker, in order of reliability."""
    for _name, (found, cue) in _rule_candidates(text, kind, quote, sentences):
        speaker = _checked_speaker(text, found) if found else None
        if speaker and not _conditional_so(text, (speaker, cue)) and not _in_own_quotation(text, quote, speaker):
            return without_addressee(text, _without_trailing_adverbs(text, speaker)), cue
    return None, None


def _in_own_quotation(text: str, quote: Span, speaker: Span) -> bool:
    """ "„Die Aussichten sind aus unserer Sicht gut“": a source phrase inside the quotation marks
    is the speaker's own words, not a frame."""
    closers = QUOTE_MARKS.get(text[quote[0]])
    end = _find_closer(text, quote[0], closers) if closers else None
    return end is not None and quote[0] < speaker[0] and speaker[1] < end


def _checked_speaker(text: str, span: Span) -> Span | None:
    """A rule's or the model's speaker mention without a label run into it, a circumstance after it or
    a conjunction before it, or None if it cannot speak."""
    span = _without_circumstance(text, _without_label(text, span))
    if lead := LEADING_CONJUNCTION.match(text, span[0], span[1]):
        span = lead.end(), span[1]
    return span if _can_speak(text, span) else None


_WEEKDAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
# "Niessl im Interview", "Pröll im Sommer", "X, Mitgründer von Y, auf Facebook": a time or the
# occasion of speaking after the speaker is an adverbial of the frame ("sagte Pröll im Sommer"), not
# part of the name. Not "vom Dienstag", which dates a source ("Angaben der Polizei vom Dienstag").
TRAILING_CIRCUMSTANCE = re.compile(
    r"\s+(?:(?:am|im)\s+(?:[a-zäöüß]+(?:en|em)\s+)?"
    rf"(?i:{'|'.join(sorted(TIME_NOUNS))}|{_WEEKDAY}(?:abend|morgen|vormittag|nachmittag|mittag|nacht))(?:\s+\d{{4}})?"
    r"|(?:im|in\s+(?:einem|einer|der|dem)|auf|bei)\s+(?:[a-zäöüß]+(?:en|em|er)\s+)?"
    r"[\w-]*(?:Interview|Gespräch|Pressekonferenz|Fernsehen|Radio|Rundfunk|Sendung|Podcast|Talkshow)"
    # "auf Facebook" is where it was said; "Sprecherin bei Facebook" names the employer
    r"|auf\s+(?:Facebook|Twitter|Instagram|LinkedIn|YouTube|TikTok))$"
)


def _without_circumstance(text: str, span: Span) -> Span:
    m = TRAILING_CIRCUMSTANCE.search(text, span[0], span[1])
    if m is None or m.start() <= span[0] or canonical_outlet(text[span[0] : span[1]]) is not None:
        return span  # "Welt am Sonntag" is a paper's name
    return span[0], len(text[: m.start()].rstrip(" ,"))  # "X, Mitgründer von Y, auf Facebook"


def _without_label(text: str, span: Span) -> Span:
    """ "Andere Formen des Protestes: Zuschauer forderten …": a heading or label run into the sentence
    is no part of the speaker."""
    cut = max(text.rfind("\n", span[0], span[1]), text.rfind(": ", span[0], span[1]))
    if cut < 0:
        return span
    start = _skip_space(text, cut + 1)
    return (start, span[1]) if start < span[1] else span


def _without_trailing_adverbs(text: str, span: Span) -> Span:
    """ "Die Opposition hingegen sagte": a sentence adverb after the subject is not part of it."""
    a, b = span
    while (cut := text.rfind(" ", a, b)) > a and text[cut + 1 : b] in SENTENCE_ADVERBS:
        b = cut
    return a, b


CLAUSE_END = re.compile(r"[,.;:!?]|$")


def _conditional_so(text: str, roles: Roles) -> bool:
    """ "…, so eine Anschaffung ansteht": a "so" with a verb of its own after the noun opens a
    conditional clause; the frame "„…“, so der Sprecher." has none."""
    speaker, cue = roles
    if speaker is None or cue is None or text[cue[0] : cue[1]] != "so":
        return False
    end = CLAUSE_END.search(text, speaker[1])
    return has_finite_verb(text, speaker[1], end.start() if end else len(text))


# "Das zeigte sich …", "Vieles spricht dafür": pronouns for things and adverbs speak for nobody, nor
# do object pronouns ("Sperrt ihn ein!")
NOT_SPEAKING_WORDS = frozenset("das dies vieles alles nun was wer ihn ihm mich mir dich dir uns euch".split())
# "Was die Arbeit betrifft, …", "Biomüll zu sammeln, sei …", "zur Sache": a free relative clause,
# an infinitive clause or a phrase with "zum"/"zur" names no one
NAMES_NO_ONE = re.compile(r"(?i:was|zum|zur)\s|.*\bzu\s+[a-zäöüß]+n$", re.DOTALL)
# "hieß es zu Mittag": a phrase with "zu" names no one either, unless it is a noble name (`_noble_name`)
ZU_PHRASE = re.compile(r"(?i:zu)\s+([\w-]+)")
# Words before "zu X" that show it is no noble name: "die zu Jahresbeginn getretene …"
NOT_GIVEN_NAMES = frozenset("der die das den dem des ein eine einer einem einen eines auch und nur bis noch es".split())
# "…, wie Entwickler X schrieb", "sowohl Richterin X als auch …": a conjunction before the speaker
LEADING_CONJUNCTION = re.compile(r"(?:wie|sowohl|weder|entweder)\s+(?=\S)")
# "Jahrhundertelang hat Europa …", "Möglicherweise": one word with an adverb's ending
ADVERB_ENDINGS = ("lang", "weise", "mals", "falls", "wärts", "dings")


# "Relativierend fügt X hinzu", "Abschließend": a present participle used as an adverb; these
# nouns end alike
PARTICIPLE_LIKE_NOUNS = frozenset("abend jugend tugend gegend elend dividend".split())
# "Denn", "Zwar" open the sentence and are no subject; "demnach" is left out, the corpus gives
# the report it points back to that word
NOT_SPEAKING_ADVERBS = (SENTENCE_ADVERBS | frozenset("denn und oder sondern".split())) - {"demnach"}


def _capitalised_mid_sentence(text: str, word: str) -> bool:
    """Whether `word` stands capitalised inside a sentence somewhere in the text: then it is a name
    ("Fritz Lang", "Thomas Behrend"), not an adverb that opens a sentence ("Lang", "Zwar")."""
    if not word[:1].isupper():
        return False
    return any(
        not text[: m.start()].rstrip().endswith((".", "!", "?", ":", "“", "\"", "»")) and text[: m.start()].strip()
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
    )


def _adverb_like(word: str) -> bool:
    """Whether one lower-cased word is an adverb, a conjunction or an adverbial participle."""
    if word in NOT_SPEAKING_ADVERBS or word.endswith(ADVERB_ENDINGS):
        return True
    return word.endswith("end") and len(word) > 6 and word not in PARTICIPLE_LIKE_NOUNS


# "Der Ministerin wird vorgeworfen, …": the one a passive accusation is made against; "Die
# Korrespondentin wurde aufgefordert, …": the one a passive request is made to
ACCUSED = re.compile(
    r"(?:,[^,.;:]{1,80},)?\s+(?:wird|wurde|werden|wurden)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:vorgeworfen|nachgesagt|unterstellt|angelastet|aufgefordert|gebeten|ermahnt|angewiesen|aufgerufen)(?!\w)"
)


def _noble_name(text: str, surname: str) -> bool:
    """Whether "zu <surname>" is a name: the text introduces it after a given name ("Karl-Theodor zu
    Guttenberg"), not after a verb ("hieß es zu Mittag") or a noun with its article ("das Heer zu
    Polizeiaufgaben")."""
    return any(
        m.group(2).lower() not in NOT_GIVEN_NAMES and (m.group(1) or "").lower() not in NOT_GIVEN_NAMES
        for m in re.finditer(rf"(?:(\w+)\s+)?\b([A-ZÄÖÜ]\w*(?:-[A-ZÄÖÜ]\w*)?)\s+zu\s+{re.escape(surname)}\b", text)
    )


def _can_speak(text: str, span: Span) -> bool:
    """A speaker mention is no pronoun for a thing, holds no label or line break, never opens a
    quotation it does not close ("„Jetzt" is a quote's first word, not a name; names in marks,
    „Computerwoche“, close theirs), and is not the one a passive accusation or request is made to."""
    mention = text[span[0] : span[1]]
    if mention.lower() in NOT_SPEAKING_WORDS or NAMES_NO_ONE.match(mention):
        return False
    if (zu := ZU_PHRASE.match(mention)) and not _noble_name(text, zu.group(1)):
        return False
    if " " not in mention and _adverb_like(mention.lower()) and not _capitalised_mid_sentence(text, mention):
        return False
    if " " not in mention and mention[:1].islower() and mention.endswith(ADJECTIVE_SUFFIXES):
        return False  # "Wie ausführlich berichtet, …": a lower-case adjective or adverb names no one
    if "\n" in mention or ": " in mention:
        return False  # a heading or a label run into the sentence after it
    if ACCUSED.match(text, span[1]):
        return False
    return all(mention.count(mark) <= sum(mention.count(c) for c in closers) for mark, closers in OPENING_MARKS.items())


def _rule_candidates(text: str, kind: QuoteKind, quote: Span, sentences: list[Span]) -> Iterator[tuple[str, Roles]]:
    """Every rule's speaker for the quote, most reliable first, each named; lazily, so that taking
    the first costs only the rules before it."""
    if (label := _interview_label(text, quote)) is not None:
        yield "interview", (label, None)
    if text[quote[0]] in QUOTE_MARKS and (frame := INTERRUPTING_FRAME.search(text, max(0, quote[0] - 200), quote[0])):
        # "»Wir haben«, sagte Ulrike Sommer, »keinen Cent …«": the frame between the parts speaks both
        yield "interrupted", (frame.span(2), frame.span(1))
    source = _source_roles(text, quote, sentences)
    if source[0] and _ends_at(text, source, quote[0]):
        yield "source", source  # "Die Veranstalter schätzten …; nach Polizeiangaben waren es …": the nearer source
    if not FRAME_AFTER.match(text, quote[1], min(len(text), quote[1] + 120)):
        wie = _wie_roles(text, quote, sentences)
        if wie[0]:
            yield "wie", wie
    impersonal = IMPERSONAL_SOURCE_AFTER.match(text, quote[1], min(len(text), quote[1] + 200))
    if impersonal and (where := phrase_at(text, impersonal.end(), min(len(text), impersonal.end() + 120))):
        yield "impersonal_source", (where, None)
    roles = _frame_roles(text, kind, quote, sentences)
    if roles[0]:
        yield "frame", roles
    if text[quote[0]] not in QUOTE_MARKS:
        roles = _frame_in_sentence(text, quote, sentences)
        if roles[0]:
            yield "frame_in_sentence", roles
    if following := FOLLOWING_SOURCE.match(text, quote[1], min(len(text), quote[1] + 200)):
        yield "following", (_full_phrase(text, following.span(2), min(len(text), quote[1] + 200)), following.span(1))
    if following := FOLLOWING_SOURCE_FROM.match(text, quote[1], min(len(text), quote[1] + 200)):
        yield "following_from", (following.span(2), following.span(1))
    if source[0]:
        yield "source", source
    sent = _sentence_of(quote[0], sentences)
    if sent is None:
        return
    # "Für den Minister ist die Lage „ernst“": the one the judgement is for holds it, also when the
    # quote is the whole sentence ("Für den Theologen sei der Rücktritt verständlich")
    limit = quote[0] if quote[0] > sent[0] + 1 else quote[1]
    if (holder := OPINION_HOLDER.match(text, sent[0], limit)) and (np := phrase_at(text, holder.end(), limit)):
        yield "holder", (np, None)
    agent = PASSIVE_AGENT.search(text, sent[0], sent[1] if kind == "reported" else quote[0])
    if agent and not QUOTING_VERB_AFTER.search(text, agent.end(), sent[1]):
        yield "agent", (agent.span(1), None)  # "X wird von Reuters zitiert": X, not Reuters, is the speaker
        return
    if quote[0] > sent[0] + 1 and (antecedent := _relative_frame_antecedent(text, sent[0], quote[0])):
        yield "relative", (antecedent, None)
    if text[quote[0]] in QUOTE_MARKS and (closing := _subclause_speaker(text, quote, sent)):
        yield "subclause", (closing, None)
    # A frame in Konjunktiv I is itself reported speech; its subject is not the speaker. Before a
    # colon only the frame's own verb counts: "X wandte sich gegen die Behauptung, sie werde …: „…“"
    colon_quote = text[quote[0]] in QUOTE_MARKS and _after_colon(text, quote[0])
    if quote[0] > sent[0] + 1 or kind == "reported":
        lim = quote[0] if quote[0] > sent[0] + 1 else sent[1]
        roles = clause_subject(text, sent[0], lim, SPEECH_WORDS)
        if colon_quote and roles[1]:
            reported = _in_konjunktiv_i(text, *roles[1])
        else:
            reported = has_speech_mark(text, sent[0], quote[0])
        # "Der Tod, heißt es, sei nicht das Ende": an interjected "heißt es" says nobody speaks
        impersonal_frame = INTERJECTED_IMPERSONAL.search(text, sent[0], lim) is not None
        if roles[0] and not reported and not is_passive(text, sent[0], lim) and not impersonal_frame:
            yield "clause", roles
    if quote[0] > sent[0] + 1:
        colon = COLON_FRAME.match(text, sent[0], quote[0])
        # "Berlin: Die Stadt plant …": before unmarked content in the indicative a label is a heading
        # or a place; only quotation marks or reported speech make it the speaker's words
        if (
            colon
            and _subject_start(text[colon.start(1) : colon.end(1)].split()[:2])
            and (text[quote[0]] in QUOTE_MARKS or has_speech_mark(text, *quote))
        ):
            yield "colon", (colon.span(1), None)
    # A sentence-level quote that holds its own frame ("Er stellte klar, dass …"): that frame's subject.
    if kind == "indirect" and quote[0] <= sent[0] + 1 and (verb := CUE_VERB.search(text, quote[0], quote[1])):
        comma = CLAUSE_START.search(text, verb.end(), min(quote[1], verb.end() + MAX_FRAME_TAIL))
        if comma and not is_passive(text, sent[0], comma.end()):
            roles = clause_subject(text, sent[0], comma.end(), SPEECH_WORDS)
            if roles[0] and roles[1] == verb.span() and verb.group(0) in SPEECH_WORDS:
                yield "inner_frame", roles  # the speech verb is the main clause's own verb
    if kind == "indirect" and quote[0] <= sent[0] + 1 and (found := _lead_frame(text, quote)):
        lead = found[0]
        roles = clause_subject(text, *lead)
        # a speech verb or a noun of what is held ("hegt den Verdacht, …"); "Die Zahlen bedeuteten, dass …"
        # is no one's frame, its sentence goes on the previous speaker's report
        lead_verb = text[roles[1][0] : roles[1][1]] if roles[1] else ""
        speech = lead_verb in SPEECH_FORMS or bool(ATTITUDE_NOUN.search(text, *lead))
        if roles[0] and speech and not is_passive(text, *lead):
            yield "lead_frame", roles  # "Die Veranstalter erklären dagegen, sie hätten …"


def _interview_label(text: str, quote: Span) -> Span | None:
    """The label of the interview answer line the quote is, if it is one."""
    line_start = text.rfind("\n", 0, quote[0]) + 1
    line = INTERVIEW_LINE.match(text, line_start)
    if line is None or line.start("answer") != quote[0]:
        return None
    return next((label for answer, label in _interview_answers(text) if answer[0] == quote[0]), None)


SUBCLAUSE_OPENER = re.compile(r",\s+(?:weil|da|dass|nachdem|obwohl|wenn|als|ob|der|die|das|den|dem)\s+")


def _subclause_speaker(text: str, quote: Span, sent: Span) -> Span | None:
    """ "…, weil die Regierung das Land als „junge Demokratie“ bezeichnet hat": a quotation inside a
    subordinate clause whose speech verb follows it is the words of that clause's subject."""
    openers = list(SUBCLAUSE_OPENER.finditer(text, sent[0], quote[0]))
    if not openers or has_finite_verb(text, openers[-1].end(), quote[0]):
        return None
    opener = openers[-1]
    tail = re.match(r"[^,.;:!?]*", text[quote[1] : sent[1]])
    words = tail.group(0).split() if tail else []
    if not any(w in SPEECH_FORMS for w in words):
        return None
    if opener.group(0).split()[-1] in ("der", "die", "das", "den", "dem"):
        return None  # a relative pronoun as subject names nobody on its own
    return phrase_at(text, opener.end(), quote[0])


def _ends_at(text: str, roles: Roles, pos: int) -> bool:
    """Whether the source phrase (speaker and cue) ends right before `pos`, inside the content
    clause: "…; nach Polizeiangaben waren es …", not "bestätigte X laut Reuters, dass …"."""
    end = max(span[1] for span in roles if span is not None)
    return end <= pos and not text[end:pos].strip()


def _relative_frame_antecedent(text: str, start: int, quote_start: int) -> Span | None:
    """ "… eine Bitte von Putin, der Musk bat, … zu aktivieren": a speech verb in a relative clause
    right before the quote; the speaker is the noun the relative pronoun refers to."""
    frame = RELATIVE_FRAME.search(text, start, quote_start)
    if frame is None or not (frame.group("verb") in SPEECH_WORDS or ZU_CUE_VERB.fullmatch(frame.group("verb"))):
        return None
    words = list(re.finditer(r"[\w.-]+", text[start : frame.start()]))
    first = len(words)
    while first > 0 and words[first - 1].group(0)[:1].isupper() and first > len(words) - MAX_ANTECEDENT_WORDS:
        first -= 1
    if first == len(words):
        return None
    if first > 0 and words[first - 1].group(0) in ("der", "die", "das", "den", "dem", "des"):
        first -= 1
    return start + words[first].start(), start + words[-1].end()


# Straight single quotes ('…') are quotation marks only in pairs that open before a word and close
# after one; in "geht's" or "Hans' Buch" they are apostrophes.
SINGLE_QUOTED = re.compile(r"(?<![\w'])'(?=[^\s'])([^'\n]{1,1000}?[^\s'])'(?![\w'])")


def with_single_quotes_marked(text: str) -> str:
    """The text with each pair of straight single quotes written as „…“ (as ‚…‘ inside another
    quotation), one character for one, so that every offset stays the article's own."""
    if "'" not in text:
        return text
    parts: list[str] = []
    opened: str | None = None  # the opening mark of the quotation open at `pos`, if any
    pos = 0
    for m in SINGLE_QUOTED.finditer(text):
        for i in range(pos, m.start()):  # one pass over the text: which quotation is open here
            ch = text[i]
            if ch == "\n" and text.startswith("\n", i + 1):
                opened = None  # quotations do not run across paragraphs
            elif opened is None and ch in QUOTE_MARKS:
                opened = ch
            elif opened is not None and ch in QUOTE_MARKS[opened]:
                opened = None
        opening, closing = ("‚", "‘") if opened is not None else ("„", "“")
        parts += [text[pos : m.start()], opening, m.group(1), closing]
        pos = m.end()
    return "".join([*parts, text[pos:]])


def find_quotes(text: str) -> list[QuoteMention]:
    """All quotations in `text`, sorted by quote start. Pure function of `text`."""
    pipes = _pipelines()
    if not text.strip():
        return []
    text = with_single_quotes_marked(text)
    model_quotes = _model_spans(pipes.quotes, text) if pipes else []
    out = _assign_speakers(text, _quote_spans(text, model_quotes), pipes.speaker if pipes else None)
    out = [
        m
        for m in out
        if not _unattributed_fragment(text, m) and not _in_teaser(text, m.quote) and not _first_person_unmarked(text, m)
    ]
    return _merged_free_runs(text, sorted(out, key=lambda m: (m.quote[0], m.quote[1])))


FIRST_PERSON_SPEAKERS = frozenset("ich wir".split())


def _first_person_unmarked(text: str, mention: QuoteMention) -> bool:
    """ "Ich glaube, dass …" outside quotation marks is the writer's or an unmarked interview answer's
    own view; reported speech would say "er glaube"."""
    if mention.speaker is None or text[mention.quote[0]] in QUOTE_MARKS:
        return False
    return text[mention.speaker[0] : mention.speaker[1]].lower() in FIRST_PERSON_SPEAKERS


# A line that links to another article ("Lesetipp: Musk: Gegenwind nach …"): its words are that
# article's headline, not a claim of this one. The colon is required: "Zum Thema Migration sagte
# der Kanzler, …" is a sentence.
TEASER_LINE = re.compile(
    r"(?im)^[ \t]*(?:Lesetipps?|Lesen Sie (?:auch|mehr)|Mehr zum Thema|Zum Thema|Auch interessant|Weiterlesen|"
    r"Das könnte Sie auch interessieren|Empfehlungen? der Redaktion|Passend dazu|Verwandte Artikel)[ \t]*:[^\n]*"
)


def _in_teaser(text: str, quote: Span) -> bool:
    """Whether the quote starts on such a line."""
    line_start = text.rfind("\n", 0, quote[0]) + 1
    teaser = TEASER_LINE.match(text, line_start)
    return teaser is not None and quote[0] < teaser.end()


def _unattributed_fragment(text: str, mention: QuoteMention) -> bool:
    """Marks around a phrase nobody is said to utter are a name, a title or scare quotes
    (`„Ärzte ohne Grenzen“`), and a speech act without an actor is no one's claim. A quoted
    whole sentence stays a quote even when its speaker is unknown; a question that is not in
    quotation marks (an interviewer's, the writer's) is no claim at all."""
    if mention.kind != "direct" and text[: mention.quote[1]].rstrip().endswith("?"):
        return True  # "Warum kritisieren Sie die Regierung?": an interviewer's question claims nothing
    if mention.speaker is not None:
        return False
    if mention.kind == "reported":
        return True
    return mention.kind == "direct" and not WHOLE_SENTENCE_QUOTE.search(text, mention.quote[0], mention.quote[1])


def _merged_free_runs(text: str, mentions: list[QuoteMention]) -> list[QuoteMention]:
    """Consecutive cue-less indirect sentences of one speaker in one paragraph are one quote.

    Free indirect speech ("Er sei … . Die Sperre sei …") continues a report sentence after
    sentence; the corpus annotates such a run as one quote, and one claim reads better than a
    claim per sentence. A sentence with its own cue starts a new quote."""
    sentences = _sentences(text)
    out: list[QuoteMention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if last is not None and _continues_free_run(text, last, mention, sentences):
            out[-1] = QuoteMention(last.kind, (last.quote[0], mention.quote[1]), last.speaker, last.cue)
        else:
            out.append(mention)
    return out


def _continues_free_run(text: str, last: QuoteMention, mention: QuoteMention, sentences: list[Span]) -> bool:
    gap = text[last.quote[1] : mention.quote[0]]
    own = _sentence_of(mention.quote[0], sentences)
    end = max(mention.quote[1], own[1]) if own else mention.quote[1]
    return (
        last.kind == mention.kind == "indirect"
        and last.cue is None
        and mention.cue is None
        and last.speaker == mention.speaker
        and len(gap) <= MAX_RUN_GAP
        and not gap.strip(" .")
        # "…, hieß es mit X als Quelle": a sentence naming its own source is a report of its own
        and not SOURCE_CUE.search(text, mention.quote[0], end)
    )
