"""Speaker subjects from the tagged clause analysis, on German sentences written for these tests."""

from __future__ import annotations

import pytest

from factcli.clauses import clause_subject, has_konjunktiv_i, is_passive, phrase_at
from factcli.quotes import SPEECH_WORDS, find_quotes


def subject_before(sentence: str, quote_start: str) -> str | None:
    span, _verb = clause_subject(sentence, 0, sentence.index(quote_start), SPEECH_WORDS)
    return sentence[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("sentence", "quote_start", "subject"),
    [
        # verb-second prefield with an apposition
        (
            "Der Vorsitzende der Fraktion im Landtag, Karl Berger, hatte den Minister aufgefordert, "
            "sein Amt niederzulegen.",
            "sein Amt",
            "Der Vorsitzende der Fraktion im Landtag, Karl Berger",
        ),
        # an adjective the tagger took for a verb, an infinitive before "zu": the object comes first
        (
            "Das Angebot, Verletzte kostenlos in Kliniken behandeln zu lassen, lehnt er jedoch ab: „Das geht nicht.“",
            "„",
            "er",
        ),
        # a party label in parentheses stays whole
        (
            "Ministerpräsident Jan Ober (SPD) hat angekündigt, die Schulen zu sanieren.",
            "die Schulen",
            "Ministerpräsident Jan Ober (SPD)",
        ),
        # a relative clause is not part of the speaker
        (
            "Der Sender, der für die Umfrage verantwortlich ist, begründete die Panne damit, dass Daten fehlten.",
            "dass",
            "Der Sender",
        ),
        # adverb in the prefield: the subject follows the verb, with its genitive and apposition
        (
            "Dagegen sagte der Chef der Agentur für Arbeit, Frank Weber, dass die Zahlen stiegen.",
            "dass",
            "der Chef der Agentur für Arbeit, Frank Weber",
        ),
        # the speech verb of a subordinate clause right before the quote frames it
        (
            "Der Minister widersprach dem Bericht, indem er sagte, die Zusammenarbeit werde fortgesetzt.",
            "die Zusammenarbeit",
            "er",
        ),
        # object first: a nominative pronoun after the verb is the subject
        ("Die Haltung der Partei nannte er „verlogen“.", "„", "er"),
        # a focus particle is not part of the subject
        ("Selbst die Gewerkschaft hatte kritisiert, dass die Löhne sänken.", "dass", "die Gewerkschaft"),
        # a dative prefield, and a past-tense verb between nouns that the tagger may read as an adjective
        (
            "Den Flüchtlingen sicherte Präsident Karl Berger kurz vor der Abreise zu, dass sie zurückkehren dürften.",
            "dass",
            "Präsident Karl Berger",
        ),
        # a time phrase in the prefield is an adverbial: the subject follows the verb
        (
            "Ende Januar 2024 verkündete der Verband der Hersteller, dass die Preise steigen würden.",
            "dass",
            "der Verband der Hersteller",
        ),
        # a capitalised adverb alone in the prefield is not the subject either ("Unmissverständlich sagt …")
        (
            "Unmissverständlich sagt die Richterin in ihrer Begründung, dass der Vertrag nichtig sei.",
            "dass",
            "die Richterin",
        ),
        # an apposition after a name, not a relative clause, even when the tagger reads "der" as one
        (
            "Paul Okafor-Mensah, der Justizminister des Landes, sagte, dass die Lage ernst sei.",
            "dass",
            "Paul Okafor-Mensah, der Justizminister des Landes",
        ),
        (
            "Der Verband, der die Betriebe vertritt, erklärte, dass die Preise steigen würden.",
            "dass",
            "Der Verband",
        ),
        # a bare "Das" before a full verb is the object; the subject follows the verb
        (
            "Das kündigte die Gewerkschaft am Mittwoch an, die Gespräche seien gescheitert.",
            "die Gespräche",
            "die Gewerkschaft",
        ),
        # object first: "der" + weak adjective or male role noun after the verb is the subject
        (
            "Die Anwendung der Regel stellte der SPD-Vorsitzende Franz Kraus ebenfalls in Frage: „Das geht nicht.“",
            "„",
            "der SPD-Vorsitzende Franz Kraus",
        ),
        (
            "Bereits im Januar kündigte der amerikanische Hersteller einen Neubau an, er werde 2027 fertig.",
            "er werde",
            "der amerikanische Hersteller",
        ),
        # a time phrase with "nach"/"vor" and "Als …" open the prefield as adverbials
        (
            "Wenige Stunden nach dem Putsch erklärte der neue Rat, die Situation sei unter Kontrolle.",
            "die Situation",
            "der neue Rat",
        ),
        ("Als Beispiel nannte die Behörde am Montag, die Gase würden knapp.", "die Gase", "die Behörde"),
        # a conjunction before the prefield is no part of it; "Doch" with the verb right after is the prefield
        ("Aber sie demonstrierten damit, dass sie nicht einverstanden sind.", "dass", "sie"),
        ("Doch sagte der Minister, dass er bleibe.", "dass", "der Minister"),
        # "Des Weiteren" is an adverb; a focus particle is not part of the subject
        ("Des Weiteren verwies Steinbrück darauf, dass der Haushalt solide sei.", "dass", "Steinbrück"),
        ("Einzig Sony gab bekannt, ein Update anbieten zu wollen.", "ein Update", "Sony"),
        # a report in the prefield of a verb that answers it is the object (object first)
        ("Die Vorwürfe wies Konzernchef Peter Braun am Dienstag zurück.", ".", "Konzernchef Peter Braun"),
        ("Das Gerücht dementierte die Firma noch am selben Tag.", ".", "die Firma"),
        ("Der Bericht bestätigte die Vorwürfe gegen den Minister.", ".", "Der Bericht"),
        # a lower-case compound with a capital inside is a noun: the subject ends with it
        ("Als Grund führt der ai-Bericht schwere Mängel im Rechtssystem an, die bestünden.", "die bestünden", "der ai-Bericht"),
        # an adverb before a time phrase opens the prefield; the subject follows the verb
        ("Bereits im Juli meldete die Zeitung, dass die Firma im Gespräch sei.", "dass", "die Zeitung"),
        ("Schon am Montag hatte der Minister erklärt, er trete zurück.", "er trete", "der Minister"),
        ("Zusammen mit dem Finanzminister forderte Frank, die Befugnisse zu erweitern.", "die Befugnisse", "Frank"),
        ("Zugleich forderte Schulz, die Flüchtlinge gerecht zu verteilen.", "die Flüchtlinge", "Schulz"),
        ("Hinsichtlich der Kassen betonte der Gerichtshof, dass jeder Umsatz zähle.", "dass", "der Gerichtshof"),
        # a conditional clause before the quote does not frame it; the main clause does
        (
            "Sie warnte vor einer Katastrophe, wenn die Hilfe nicht fortgesetzt werde: „Das Land steht unter Wasser.“",
            "„",
            "Sie",
        ),
    ],
)
def test_clause_subject(sentence: str, quote_start: str, subject: str) -> None:
    assert subject_before(sentence, quote_start) == subject


@pytest.mark.parametrize(
    "sentence",
    ["Heute lobte den Plan auch die Opposition: „Gut so.“", "Gestern dankte ihm der Minister: „Danke.“"],
)
def test_an_object_after_the_verb_is_never_the_subject(sentence: str) -> None:
    # the subject further on is not found, but the object must not be taken for it
    assert subject_before(sentence, "„") is None


def test_expletive_es_is_never_a_speaker() -> None:
    sentence = "In dem Bericht heißt es, die Kosten seien gestiegen."
    assert subject_before(sentence, "die Kosten") is None


def test_phrase_at_keeps_party_label_and_genitive() -> None:
    text = "Das sagte der Abgeordnete Peter Lange (SPD) des Bundestages gestern."
    start = text.index("der Abgeordnete")
    span = phrase_at(text, start, len(text))
    assert span is not None
    assert text[span[0] : span[1]] == "der Abgeordnete Peter Lange (SPD) des Bundestages"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # a name in quotation marks after its article keeps its marks, whether the tagger calls the
        # opening mark punctuation or an adjective
        pytest.param("Das berichtete die „Rheinpost“ am Montag.", "die „Rheinpost“", id="quoted_name"),
        pytest.param("Das schrieb die »Zeit« am Donnerstag.", "die »Zeit«", id="guillemets"),
        # a truncated compound joins the noun after "und"/"oder"
        pytest.param(
            "Das sagt Vorarlbergs Kinder- und Jugendanwalt Michael Rauch.",
            "Vorarlbergs Kinder- und Jugendanwalt Michael Rauch",
            id="truncated_compound",
        ),
        pytest.param("Das sagt der Wirtschafts- oder Finanzminister.", "der Wirtschafts- oder Finanzminister", id="oder"),
        # a common noun after a name starts the next phrase; a surname the tagger calls a noun does not
        pytest.param(
            "Gegen die Beamten sollen nach Ansicht von Amnesty Disziplinarmaßnahmen ergriffen werden.",
            "Ansicht von Amnesty",
            id="noun_after_name",
        ),
        pytest.param("Das sagte der Kommissar Olli Rehn gestern.", "der Kommissar Olli Rehn", id="surname"),
        # a name in quotation marks right after a common noun is its apposition
        pytest.param("Das schrieb die Zeitung „Die Welt“ gestern.", "die Zeitung „Die Welt“", id="quoted_apposition"),
        pytest.param("Das meldete der Sender »Al-Dschasira« am Abend.", "der Sender »Al-Dschasira«", id="guillemet_apposition"),
        pytest.param("Das nannte der Minister „einen großen Fehler“ gestern.", "der Minister", id="quotation_not_name"),
    ],
)
def test_the_whole_noun_phrase_at_its_start(sentence: str, phrase: str) -> None:
    span = phrase_at(sentence, sentence.index(phrase), len(sentence))
    assert span is not None
    assert sentence[span[0] : span[1]] == phrase


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Gestern sagte Jens Kühn vom Berliner Fahrgastverband etwas.", "Jens Kühn vom Berliner Fahrgastverband"),
        ("Gestern sagte Jens Kühn von der Gewerkschaft Verdi etwas.", "Jens Kühn von der Gewerkschaft Verdi"),
        ("Gestern sagte Jens Kühn aus Sicherheitsgründen nichts.", "Jens Kühn"),
    ],
)
def test_a_names_von_or_aus_phrase_must_name_a_body(sentence: str, phrase: str) -> None:
    span = phrase_at(sentence, sentence.index("Jens"), len(sentence))
    assert span is not None and sentence[span[0] : span[1]] == phrase


def roles(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (m.kind, text[m.quote[0] : m.quote[1]], text[m.speaker[0] : m.speaker[1]] if m.speaker else None)
        for m in find_quotes(text)
    ]


def test_zitiert_names_the_quoted_person_not_the_relay() -> None:
    text = "„Wir werden das Werk nicht schließen“, zitiert die Zeitung den Konzernsprecher Jan Ek."
    [(kind, _quote, speaker)] = roles(text)
    assert kind == "direct"
    assert speaker == "den Konzernsprecher Jan Ek"


def test_trailing_frame_with_apposition_is_cut_from_the_quote() -> None:
    text = (
        "Die Ursache des Brandes sei noch unklar, verlautbarte Karl Berger, der Sprecher der Feuerwehr, "
        "in einer Mitteilung."
    )
    found = roles(text)
    assert ("indirect", "Die Ursache des Brandes sei noch unklar", "Karl Berger, der Sprecher der Feuerwehr") in found


def test_konjunktiv_ii_sentence_continues_indirect_speech() -> None:
    text = (
        "Die Ministerin sagte, das Gesetz solle im Herbst kommen. "
        "Damit wäre eine Verlängerung der Frist nicht mehr nötig.\n\nDas Wetter war gut."
    )
    quotes = [quote for _kind, quote, _speaker in roles(text)]
    assert "Damit wäre eine Verlängerung der Frist nicht mehr nötig." in quotes
    assert not any("Wetter" in quote for quote in quotes)


def test_polite_sie_addresses_the_reader_and_is_no_speaker() -> None:
    text = "Elon Musk sagte nichts dazu. Wenn Sie glauben, dass dieser Artikel Rechte verletzt, schreiben Sie uns."
    assert all(speaker != "Sie" for _kind, _quote, speaker in roles(text))
    # and what the reader may think is nobody's claim
    assert not any("Rechte verletzt" in quote for _kind, quote, _speaker in roles(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Minister sprach von einem großen Erfolg für die Regierung.", "Der Minister"),
        ("Die Gewerkschaft bemängelte die fehlende Sicherheit in den Werken.", "Die Gewerkschaft"),
        ("Die Kläger halten das Verfahren, das zur Auflösung führte, für verfassungswidrig.", "Die Kläger"),
        # what an estimate puts a figure on is the object; who estimates follows the verb
        ("Die Kosten für die Sanierung bezifferte Oberländer auf 412 Millionen Euro.", "Oberländer"),
        ("Die Zahl der Teilnehmer schätzte die Polizei auf 5.000.", "die Polizei"),
        ("Die Polizei schätzte die Zahl der Teilnehmer auf 5.000.", "Die Polizei"),
        # "von" with a number is what is spoken of, not part of the speaker
        ("Während die Polizei von 100 Demonstranten sprach, sprach die Gewerkschaft von 500 Menschen.", "die Gewerkschaft"),
        # an example of the group is not part of the speaker
        ("Die Gegner des Plans, darunter auch der Bauernverband, verwiesen auf die Kosten.", "Die Gegner des Plans"),
        # an adverb in the prefield, a reflexive after the verb: the subject follows it
        ("Überraschend sprach sich die Ministerin für eine höhere Steuer aus.", "die Ministerin"),
    ],
)
def test_reported_speech_acts(text: str, speaker: str) -> None:
    assert any(kind == "reported" and spk == speaker for kind, _quote, spk in roles(text))


def test_holding_a_speech_for_someone_is_no_judgement() -> None:
    assert roles("Der Minister hielt am Abend eine Rede für die Gäste des Festes.") == []


def test_talking_with_someone_is_no_reported_speech() -> None:
    text = "Der Minister sprach am Montag mit den Bürgermeistern der Region."
    assert not any(kind == "reported" for kind, _quote, _speaker in roles(text))


def test_name_the_tagger_misses_is_known_by_its_other_mentions() -> None:
    # "Marek" alone in the prefield may be tagged as an adverb; inside a sentence it is clearly a name.
    text = (
        "Die Polizei befragte gestern auch Marek. Marek hatte den Auftrag mit den Worten abgelehnt: "
        "„Das mache ich auf keinen Fall.“"
    )
    quote = next(m for m in find_quotes(text) if text[m.quote[0]] == "„")
    assert quote.speaker is not None and text[slice(*quote.speaker)] == "Marek"


def test_reported_speech_act_takes_its_clause_subject() -> None:
    text = "Der Bürgermeister besuchte die Unfallstelle. Den Vorfall bezeichnete er als schweres Versagen."
    reported = [m for m in find_quotes(text) if m.kind == "reported"]
    assert reported and reported[0].speaker is not None and text[slice(*reported[0].speaker)] == "er"


def test_apposition_with_coordinated_nouns_stays_with_the_name() -> None:
    text = "Die Grenze sei sicher, sagte Anna Roth, kanadische Generalin und Kommandeurin des Einsatzes."
    m = find_quotes(text)[0]
    assert m.speaker is not None
    assert text[slice(*m.speaker)] == "Anna Roth, kanadische Generalin und Kommandeurin des Einsatzes"


@pytest.mark.parametrize(
    ("sentence", "passive"),
    [
        ("Die Männer werden beschuldigt, eine Bank überfallen zu haben.", True),
        ("Ihm wurde am Dienstag vorgeworfen, gelogen zu haben.", True),
        ("Die Stadt war gewarnt worden, dass der Damm brechen könnte.", True),
        # a participle first in the prefield, which the tagger may take for a noun
        ("Kritisiert wird vor allem, dass die Regeln nicht eingehalten werden.", True),
        ("Der Favorit wird morgen gewinnen, sagen die Experten.", False),
        # quoting keeps its subject: the one quoted
        ("Die Ministerin wird mit den Worten zitiert, sie sei zufrieden.", False),
        # "werden" as future tense, and an active frame
        ("Der Minister wird morgen erklären, ob er zurücktritt.", False),
        ("Der Minister erklärte, er werde nicht zurücktreten.", False),
        # a quotation inside the clause does not end it before its participle
        ("Die Firma wurde im „Standard“ als „bedeutende Organisation“ bezeichnet, hieß es.", True),
    ],
)
def test_is_passive(sentence: str, passive: bool) -> None:
    assert is_passive(sentence, 0, sentence.index(",")) is passive


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Sanierung dauere mindestens ein Jahr.", True),  # not in the word list: known by its form
        ("Der Konzern verstoße gegen das Kartellrecht.", True),
        ("Ich dauere niemandem zu lange.", False),  # first person: indicative
        ("Die Sanierung dauerte ein Jahr.", False),  # Präteritum
        ("Die Sanierung wurde verschoben.", False),
        ("Die Sanierung dauert ein Jahr.", False),
    ],
)
def test_konjunktiv_i_by_form(sentence: str, expected: bool) -> None:
    assert has_konjunktiv_i(sentence, 0, len(sentence)) is expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("der 330 Seiten starke Bericht wirft der Partei vor", "der 330 Seiten starke Bericht"),
        ("ein 20 Meter hoher Turm stürzte ein", "ein 20 Meter hoher Turm"),
        # a count of people is no measure: the adjective starts the next phrase
        ("die 300 Demonstranten wütende Parolen", "die 300 Demonstranten"),
    ],
)
def test_a_measured_adjective_belongs_to_the_noun_after_it(text: str, phrase: str) -> None:
    span = phrase_at(text, 0, len(text))
    assert span is not None and text[span[0] : span[1]] == phrase
