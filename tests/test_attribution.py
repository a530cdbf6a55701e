"""Claim building on hand-made articles and quotation spans, independent of the models."""

from __future__ import annotations

import dataclasses

import pytest

from factcli.analysis import ParsedArticle
from factcli.attribution import claim_id, extract_claims, stance_of
from factcli.entities import group_entities
from factcli.model import Article, Mention
from factcli.quotes import QuoteMention


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def parsed(text: str, names: list[tuple[str, str, int]], outlet: str | None = "Beispielblatt") -> ParsedArticle:
    """An article with entity mentions (text, label, occurrence) and one sentence per line."""
    mentions = []
    for name, label, nth in names:
        start, end = span(text, name, nth)
        media = label == "MEDIA"
        key = f"ORG:{name}" if media else f"{label}:{name.lower()}"
        mentions.append(Mention("a", name, start, end, "ORG" if media else label, key, is_media=media))  # type: ignore[arg-type]
    sentences, offset = [], 0
    for line in text.split("\n"):
        sentences.append((offset, offset + len(line)))
        offset += len(line) + 1
    return ParsedArticle(Article(id="a", path="a.txt", text=text, outlet=outlet), tuple(mentions), tuple(sentences))


def claims_of(article: ParsedArticle, quotes: list[QuoteMention]):
    return extract_claims(article, quotes=quotes, entities=group_entities(article.mentions))


def test_pronoun_speaker_is_the_last_person_named():
    text = "Ministerin Anna Roth kam nach Kiel.\n„Wir bauen die Brücke neu“, sagte sie."
    article = parsed(text, [("Anna Roth", "PER", 0)])
    quote = QuoteMention("direct", span(text, "„Wir bauen die Brücke neu“"), span(text, "sie"), span(text, "sagte"))
    (claim,) = claims_of(article, [quote])
    assert claim.text == "Wir bauen die Brücke neu"
    assert claim.speaker is not None and (claim.speaker.name, claim.speaker.text) == ("Anna Roth", "sie")
    assert claim.relays == ("Beispielblatt", "Anna Roth")
    assert claim.type == "direct" and claim.stance == "assert" and claim.cue == "sagte"


def test_pronoun_speaker_continues_the_previous_subject():
    text = "Minister Paul Roth hat mit Bürgermeister Jan Holm telefoniert.\nEr teilte mit, dass die Brücke neu gebaut werde."
    article = parsed(text, [("Paul Roth", "PER", 0), ("Jan Holm", "PER", 0)])
    quote = QuoteMention(
        "indirect", span(text, "dass die Brücke neu gebaut werde"), span(text, "Er"), span(text, "teilte")
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Paul Roth"


def test_a_pronoun_chain_reaches_back_past_a_sentence_the_pronoun_opens():
    text = (
        "Der Regisseur Hans Weber drehte viele Filme.\n"
        "Schon 1974 war er mit Eva Lind in Vietnam.\n"
        "Später sagte er, er bereue nichts."
    )
    article = parsed(text, [("Hans Weber", "PER", 0), ("Eva Lind", "PER", 0)])
    pronoun = text.index("sagte er") + len("sagte ")
    quote = QuoteMention("indirect", span(text, "er bereue nichts"), (pronoun, pronoun + 2), None)
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Hans Weber"


def test_pronoun_speaker_after_a_person_in_its_own_sentence():
    text = "Die Brücke ist alt.\nNachdem Jan Holm sie besichtigt hatte, sagte er, sie werde neu gebaut."
    article = parsed(text, [("Jan Holm", "PER", 0)])
    quote = QuoteMention("indirect", span(text, "sie werde neu gebaut"), span(text, "er"), span(text, "sagte"))
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Jan Holm"


def test_speaker_before_a_colon_frames_the_quote():
    # the parser may end a sentence at the colon; the frame still names the speaker
    text = "Der Minister sagte: „Die Brücke wird im Frühjahr gebaut.“"
    quote = QuoteMention(
        "direct", span(text, "„Die Brücke wird im Frühjahr gebaut.“"), span(text, "Der Minister"), span(text, "sagte")
    )
    colon = text.index(":") + 1
    article = ParsedArticle(Article(id="a", path="a.txt", text=text), (), ((0, colon), (colon + 1, len(text))))
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.text == "Der Minister"


def test_role_speaker_is_the_person_named_with_that_role():
    text = "Regierungssprecher Jan Holm äußerte sich am Morgen.\nDer Regierungssprecher sagte, die Pläne seien falsch verstanden worden."
    article = parsed(text, [("Jan Holm", "PER", 0)])
    quote = QuoteMention(
        "indirect", span(text, "die Pläne seien falsch verstanden worden"), span(text, "Der Regierungssprecher"), None
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Jan Holm"


def test_company_role_is_the_person_named_with_that_company():
    text = (
        "Bahn-Chefin Eva Lind traf Minister Ole Brand.\n"
        "Brand lobte die Pläne.\n"
        "Die Bahn-Chefin sagte, die Strecke werde 2030 fertig."
    )
    article = parsed(text, [("Eva Lind", "PER", 0), ("Ole Brand", "PER", 0), ("Brand", "PER", 1)])
    quote = QuoteMention("indirect", span(text, "die Strecke werde 2030 fertig"), span(text, "Die Bahn-Chefin"), None)
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Eva Lind"


def test_role_does_not_point_back_to_a_genitive():
    text = (
        "Ole Brand machte ein Angebot.\n"
        "Offen ist, ob Karl Senn auf Brands Angebot eingeht.\n"
        "Der Firmengründer sagte, er prüfe es."
    )
    article = parsed(text, [("Ole Brand", "PER", 0), ("Karl Senn", "PER", 0), ("Brands", "PER", 0)])
    quote = QuoteMention("indirect", span(text, "er prüfe es"), span(text, "Der Firmengründer"), None)
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Karl Senn"


def test_a_role_in_a_body_is_not_the_body():
    text = "Der Chef der Gruppe Nordfront sagte, die Angriffe müssten aufhören."
    article = parsed(text, [("Nordfront", "ORG", 0)])
    quote = QuoteMention("indirect", span(text, "die Angriffe müssten aufhören"), span(text, "Der Chef der Gruppe Nordfront"), None)
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Chef der Gruppe Nordfront"
    # the body itself still speaks for itself
    text = "Die Gruppe Nordfront teilte mit, die Angriffe müssten aufhören."
    article = parsed(text, [("Nordfront", "ORG", 0)])
    quote = QuoteMention("indirect", span(text, "die Angriffe müssten aufhören"), span(text, "Die Gruppe Nordfront"), None)
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Nordfront"


def test_information_of_a_body_names_the_body():
    text = "Nach Angaben der Feuerwehr wurden drei Menschen verletzt."
    article = parsed(text, [])
    quote = QuoteMention("indirect", span(text, "wurden drei Menschen verletzt"), span(text, "Angaben der Feuerwehr"), None)
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and (claim.speaker.name, claim.speaker.text) == ("Feuerwehr", "Angaben der Feuerwehr")


def test_a_relative_pronoun_speaks_for_its_antecedent():
    text = "Dem widersprach ein Sprecher der Staatsbahnen, der angab, alle Züge führen."
    article = parsed(text, [])
    pronoun = text.index(", der ") + 2
    quote = QuoteMention("indirect", span(text, "alle Züge führen"), (pronoun, pronoun + 3), span(text, "angab"))
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and (claim.speaker.name, claim.speaker.text) == ("Sprecher der Staatsbahnen", "der")


def test_outlet_in_the_sentence_joins_the_chain():
    text = "Laut dem Tagesblatt hat der Senator Geld erhalten, sagten zwei ungenannte Beamte."
    article = parsed(text, [("Tagesblatt", "MEDIA", 0)])
    quote = QuoteMention(
        "indirect", span(text, "hat der Senator Geld erhalten"), span(text, "zwei ungenannte Beamte"), None
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.label == "ANON"
    assert claim.relays == ("Beispielblatt", "Tagesblatt", "zwei ungenannte Beamte")


def test_outlet_named_inside_the_quote_is_a_topic_not_a_relay():
    text = "Der Sprecher Tom Lenz sagte: „Was im Tagesblatt stand, ist falsch.“"
    article = parsed(text, [("Tom Lenz", "PER", 0), ("Tagesblatt", "MEDIA", 0)])
    quote = QuoteMention("direct", span(text, "„Was im Tagesblatt stand, ist falsch.“"), span(text, "Tom Lenz"), None)
    (claim,) = claims_of(article, [quote])
    assert claim.relays == ("Beispielblatt", "Tom Lenz")
    assert claim.stance == "deny"


@pytest.mark.parametrize(
    "content,sentence,cue,expected",
    [
        ("Nein, das stimmt nicht.", "Sie sagte: Nein, das stimmt nicht.", "sagte", "deny"),
        ("die Zahlen seien unwahr", "Der Minister erklärte, die Zahlen seien unwahr.", "erklärte", "deny"),
        ("er habe das Geld erhalten", "Der Abgeordnete bestritt, dass er das Geld erhalten habe.", None, "deny"),
        ("die Vorwürfe", "Die Firma wies die Vorwürfe entschieden zurück.", None, "deny"),
        ("Der Iran streitet dies ab.", "Der Iran streitet dies ab.", None, "deny"),
        ("der Bericht sei korrekt", "Die Behörde bekräftigte, der Bericht sei korrekt.", "bekräftigte", "assert"),
        ("Wir wachsen weiter.", "„Wir wachsen weiter“, sagte die Chefin.", "sagte", "assert"),
        # an assurance with a negation denies; a qualified assertion does not
        ("dass es keine Absprachen gab", "Der Trainer betonte, dass es keine Absprachen gab.", "betonte", "deny"),
        (
            "dass der Sieg nicht mehr als ein Anfang sei",
            "Der Trainer betonte, dass der Sieg nicht mehr als ein Anfang sei.",
            "betonte",
            "assert",
        ),
        ("dass nicht nur die Stadt zahle", "Sie versicherte, dass nicht nur die Stadt zahle.", "versicherte", "assert"),
        # "trifft nicht zu" denies; a negated denial asserts; the noun "Dementi" alone denies nothing
        ("das treffe nicht zu", "Ein Sprecher sagte, das treffe nicht zu.", "sagte", "deny"),
        ("dies entspreche nicht der Wahrheit", "Die Firma erklärte, dies entspreche nicht der Wahrheit.", None, "deny"),
        ("die Vorwürfe seien nicht falsch", "Der Politiker sagte, die Vorwürfe seien nicht falsch.", "sagte", "assert"),
        (
            "Die Ministerin bestritt die Vorwürfe nicht.",
            "Die Ministerin bestritt die Vorwürfe nicht.",
            "bestritt",
            "assert",
        ),
        ("ein Dementi sei wenig wert", "Der Kritiker sagte, ein Dementi sei wenig wert.", "sagte", "assert"),
        # "bestreiten" a match takes part in it; "bestritt, … zu haben" denies
        ("man bestreite das Finale ohne Kapitän", "Der Trainer sagte, man bestreite das Finale ohne Kapitän.", "sagte", "assert"),
        ("das Spiel verschoben zu haben", "Der Trainer bestritt, das Spiel verschoben zu haben.", "bestritt", "deny"),
        ("Vier Wettkämpfe bestreitet er im Jahr.", "Vier Wettkämpfe bestreitet er im Jahr.", "bestreitet", "assert"),
        # "falsch" judges what is said; as an attribute only of what is reported ("falsche Berichte")
        ("Das sind falsche Berichte", "Das sind falsche Berichte, sagte sie.", "sagte", "deny"),
        ("dass sie falschliegen könnten", "Die Forscher räumten ein, dass sie falschliegen könnten.", None, "assert"),
        ("wegen falscher Berichterstattung verurteilt", "Sie wurden wegen falscher Berichterstattung verurteilt.", None, "assert"),
        # "kann keine Rede sein" rejects what others say
        (
            "Von einem Abriss kann keine Rede sein.",
            "„Von einem Abriss kann keine Rede sein“, sagte sie.",
            "sagte",
            "deny",
        ),
    ],
)
def test_stance(content, sentence, cue, expected):
    assert stance_of(content, sentence, cue) == expected


def test_denial_names_its_target():
    text = "Der Kreml dementierte den Bericht der Tagesblatt-Redaktion: „Das ist frei erfunden.“"
    article = parsed(text, [])
    quote = QuoteMention(
        "direct", span(text, "„Das ist frei erfunden.“"), span(text, "Der Kreml"), span(text, "dementierte")
    )
    (claim,) = claims_of(article, [quote])
    assert claim.stance == "deny" and claim.denies == "Bericht"


def test_denial_of_a_report_named_in_an_earlier_sentence_names_its_outlet():
    text = "Das Tagesblatt berichtete über einen Rücktritt.\nDas Ministerium dementierte den Bericht."
    article = parsed(text, [("Tagesblatt", "MEDIA", 0)])
    quote = QuoteMention(
        "reported", span(text, "Das Ministerium dementierte den Bericht."), span(text, "Das Ministerium"), None
    )
    claim = claims_of(article, [quote])[-1]
    assert claim.stance == "deny" and claim.denies == "Bericht (Tagesblatt)"


def test_hearsay_without_a_quote_is_a_reported_claim():
    text = "Das Tagesblatt berichtet über den Fall.\nDer Senator soll das Geld schon im Mai erhalten haben."
    article = parsed(text, [("Tagesblatt", "MEDIA", 0)])
    (claim,) = claims_of(article, [])
    assert claim.type == "reported" and claim.speaker is None
    assert claim.text == "Der Senator soll das Geld schon im Mai erhalten haben."
    assert claim.relays == ("Beispielblatt", "Tagesblatt")  # the outlet the lead names


def test_claim_ids_are_stable_and_depend_on_content():
    assert claim_id("Text", 0, 4) == claim_id("Text", 0, 4)
    assert claim_id("Text", 0, 4) != claim_id("Text!", 0, 4)
    assert claim_id("Text", 0, 4).startswith("c") and len(claim_id("Text", 0, 4)) == 11


def test_an_outlet_cited_further_down_is_no_source_of_an_earlier_claim():
    filler = "Die Debatte im Parlament dauerte den ganzen Tag und brachte keine Einigung. " * 10
    text = (
        "Ein Titel über die Lage\n\nDer Ausstieg soll angeblich teuer werden.\n"
        f"{filler}\nDer Minister sagte dem Tagesblatt in einem Interview, die Zölle stiegen."
    )
    article = parsed(text, [("Tagesblatt", "MEDIA", 0)], outlet=None)
    early = QuoteMention("reported", span(text, "Der Ausstieg soll angeblich teuer werden."), None, None)
    claims = {c.text: c for c in claims_of(article, [early])}
    assert claims["Der Ausstieg soll angeblich teuer werden."].relays == ("a",)


def test_a_report_mentioned_before_its_outlet_is_named_points_ahead():
    text = (
        "Ein Titel über die Lage\n\nDer Minister soll einem Zeitungsbericht zufolge zurücktreten.\n"
        "Das Tagesblatt beruft sich dabei auf zwei Beamte."
    )
    article = parsed(text, [("Tagesblatt", "MEDIA", 0)], outlet=None)
    quote = QuoteMention(
        "reported", span(text, "Der Minister soll einem Zeitungsbericht zufolge zurücktreten."), None, None
    )
    (claim, *_rest) = claims_of(article, [quote])
    assert "Tagesblatt" in claim.relays


def test_article_relays_include_the_outlet_its_title_names_but_not_a_photo_credit():
    from factcli.provenance import article_relays

    titled = parsed(
        "Tagesblatt deckt Absprachen auf\n\nDie Firma soll Preise abgesprochen haben.",
        [("Tagesblatt", "MEDIA", 0)],
        outlet=None,
    )
    assert article_relays(titled) == ("Tagesblatt",)
    credited = parsed(
        "Absprachen in der Branche\nFoto: Tagesblatt\nDie Firma soll Preise abgesprochen haben.",
        [("Tagesblatt", "MEDIA", 0)],
        outlet=None,
    )
    assert article_relays(credited) == ()
    sourced = parsed(
        "Absprachen in der Branche\nBildquelle: Tagesblatt\nDie Firma soll Preise abgesprochen haben.",
        [("Tagesblatt", "MEDIA", 0)],
        outlet=None,
    )
    assert article_relays(sourced) == ()


def test_an_outlet_the_lead_is_about_is_no_relay_but_an_interviewer_and_an_agency_credit_are():
    from factcli.provenance import article_relays, listed_sources

    topic = parsed(
        "Der Sender Nordfunk zeigt ab Montag eine neue Serie.\n\nDie Serie soll zehn Millionen Euro gekostet haben.",
        [("Nordfunk", "MEDIA", 0)],
        outlet=None,
    )
    assert article_relays(topic) == ()
    (claim,) = claims_of(topic, [QuoteMention("reported", span(topic.article.text, "Die Serie soll zehn Millionen Euro gekostet haben."), None, None)])
    assert claim.relays == ("a",)
    interview = parsed(
        "Die Ministerin über Reformen. Tagesblatt: Warum dauert es so lange?\nHoff: Es ist schwierig.",
        [("Tagesblatt", "MEDIA", 0)],
        outlet=None,
    )
    assert article_relays(interview) == ("Tagesblatt",)
    assert listed_sources("Der Trainer war zufrieden. (APA, 5.7.2015)") == ["APA"]
    assert listed_sources("Die Staatsbahnen (SZ) widersprachen.") == []


def test_an_outlet_inside_what_is_claimed_is_its_topic_unless_cited_there():
    text = "Der Produzent sagte, die Serie sei zu radikal für den Nordfunk."
    article = parsed(text, [("Nordfunk", "MEDIA", 0)])
    quote = QuoteMention("indirect", span(text, "die Serie sei zu radikal für den Nordfunk"), span(text, "Der Produzent"), None)
    (claim,) = claims_of(article, [quote])
    assert claim.relays == ("Beispielblatt", "Produzent")
    text = "Der Produzent sagte, laut dem Nordfunk sei die Serie verkauft."
    article = parsed(text, [("Nordfunk", "MEDIA", 0)])
    quote = QuoteMention("indirect", span(text, "laut dem Nordfunk sei die Serie verkauft"), span(text, "Der Produzent"), None)
    (claim,) = claims_of(article, [quote])
    assert claim.relays == ("Beispielblatt", "Nordfunk", "Produzent")


def test_a_credit_line_is_no_claim():
    text = "Die Firma soll Preise abgesprochen haben.\nBildquelle: picture alliance/Tagesblatt"
    article = parsed(text, [("Tagesblatt", "MEDIA", 0)], outlet=None)
    credit = QuoteMention("reported", span(text, "Bildquelle: picture alliance/Tagesblatt"), None, None)
    report = QuoteMention("reported", span(text, "Die Firma soll Preise abgesprochen haben."), None, None)
    assert [c.text for c in claims_of(article, [report, credit])] == ["Die Firma soll Preise abgesprochen haben."]


@pytest.mark.parametrize(
    ("text", "names", "content", "written", "expected"),
    [
        # a role with a party prefix is the person named before
        (
            "Justizminister Jan Holm besuchte die Unterkunft.\nDas Ausmaß der Gewalt ist erschreckend, erklärte der SPD-Politiker.",
            [("Jan Holm", "PER", 0)],
            "Das Ausmaß der Gewalt ist erschreckend",
            "der SPD-Politiker",
            "Jan Holm",
        ),
        # a possessive source is the person it points back to
        (
            "Premier Paul Roth sprach in London.\nNach seiner Einschätzung würde ein Ausstieg dem Land schaden.",
            [("Paul Roth", "PER", 0)],
            "würde ein Ausstieg dem Land schaden",
            "seiner Einschätzung",
            "Paul Roth",
        ),
        # a place in the speaker phrase only qualifies the speaker
        (
            "Die Lage sei ernst, sagte Österreichs Wirtschaftsdelegierter.",
            [("Österreichs", "LOC", 0)],
            "Die Lage sei ernst",
            "Österreichs Wirtschaftsdelegierter",
            "Österreichs Wirtschaftsdelegierter",
        ),
        # an epithet points back to the person named before
        (
            "Trainer Ralf Kern haderte mit dem Schiedsrichter.\nDas war ein klares Foul, sagte der Österreicher.",
            [("Ralf Kern", "PER", 0)],
            "Das war ein klares Foul",
            "der Österreicher",
            "Ralf Kern",
        ),
        # ... to the first one of the last sentence naming people, the subject as a rule, as for pronouns
        (
            "Die Gespräche zwischen Jan Holm und Paul Roth dauerten Stunden.\nDas sei alles erfunden, sagte der Unternehmer.",
            [("Jan Holm", "PER", 0), ("Paul Roth", "PER", 0)],
            "Das sei alles erfunden",
            "der Unternehmer",
            "Jan Holm",
        ),
        (
            "Stürmerin Lea Brand traf zweimal.\nSie sei sehr glücklich, sagte die 19-Jährige.",
            [("Lea Brand", "PER", 0)],
            "Sie sei sehr glücklich",
            "die 19-Jährige",
            "Lea Brand",
        ),
        # an indefinite role introduces someone unnamed, and "-in" names a different person
        (
            "Ein Polizeisprecher sagte, der Täter sei geflohen.\nPolizeisprecherin Merle Hansen kam später.",
            [("Merle Hansen", "PER", 0)],
            "der Täter sei geflohen",
            "Ein Polizeisprecher",
            "Polizeisprecher",
        ),
    ],
)
def test_speaker_phrases_resolve_to_who_speaks(text, names, content, written, expected):
    article = parsed(text, names)
    quote = QuoteMention("indirect", span(text, content), span(text, written), None)
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == expected


@pytest.mark.parametrize(
    ("span_text", "content"),
    [
        ("„Das ist falsch.“", "Das ist falsch."),
        ("dass sie sich das „nicht leisten könne“", "dass sie sich das „nicht leisten könne“"),
        ("„Wir bleiben", "Wir bleiben"),
        ("'So geht es nicht'", "So geht es nicht"),
        ("„Das ist ‚so‘ falsch.“", "Das ist ‚so‘ falsch."),
        # two quotations side by side are not one quotation in marks
        ("„zu spät“ und „zu teuer“", "„zu spät“ und „zu teuer“"),
    ],
)
def test_claim_text_drops_only_the_marks_around_it(span_text, content):
    text = f"Die Sprecherin sagte {span_text} am Morgen."
    article = parsed(text, [])
    quote = QuoteMention("indirect", span(text, span_text), span(text, "Die Sprecherin"), None)
    (claim,) = claims_of(article, [quote])
    assert claim.text == content


def test_an_outlet_right_after_a_name_is_spoken_to_and_relays():
    text = "„Wir sparen“, erklärte Intendant Jan Ober der Frankfurter Allgemeinen."
    article = parsed(text, [("Jan Ober", "PER", 0), ("Frankfurter Allgemeinen", "MEDIA", 0)])
    quote = QuoteMention(
        "direct", span(text, "„Wir sparen“"), span(text, "Intendant Jan Ober der Frankfurter Allgemeinen"), None
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and (claim.speaker.name, claim.speaker.text) == ("Jan Ober", "Intendant Jan Ober")
    assert claim.relays == ("Beispielblatt", "Frankfurter Allgemeinen", "Jan Ober")


def test_the_spokesman_of_an_outlet_is_a_genitive_not_an_addressee():
    text = "Der Sprecher der Abendpost sagte, man prüfe den Fall."
    article = parsed(text, [("Abendpost", "MEDIA", 0)])
    quote = QuoteMention("indirect", span(text, "man prüfe den Fall"), span(text, "Der Sprecher der Abendpost"), None)
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.text == "Der Sprecher der Abendpost"


def one_paragraph(article: ParsedArticle) -> ParsedArticle:
    """The article's single line split into its sentences at ". "."""
    cut = article.article.text.index(". ") + 1
    return dataclasses.replace(article, sentences=((0, cut), (cut + 1, len(article.article.text))))


def test_demnach_continues_the_previous_source():
    text = "Das Tagesblatt berichtete, der Minister wolle zurücktreten. Demnach soll er krank sein."
    article = one_paragraph(parsed(text, [("Tagesblatt", "MEDIA", 0)]))
    quotes = [
        QuoteMention("indirect", span(text, "der Minister wolle zurücktreten"), span(text, "Das Tagesblatt"), None),
        QuoteMention("indirect", span(text, "soll er krank sein"), span(text, "Demnach"), None),
    ]
    first, second = claims_of(article, quotes)
    assert second.speaker == first.speaker and second.relays == first.relays


def test_the_outlet_one_speaker_talked_to_does_not_relay_the_next_speaker():
    text = "„Wir verlieren Zeit“, sagte Anna Reuß der Tageszeitung. Die Opposition kündigte einen Antrag an."
    article = one_paragraph(parsed(text, [("Anna Reuß", "PER", 0), ("Tageszeitung", "MEDIA", 0)]))
    quotes = [
        QuoteMention("direct", span(text, "„Wir verlieren Zeit“"), span(text, "Anna Reuß der Tageszeitung"), None),
        QuoteMention(
            "reported", span(text, "Die Opposition kündigte einen Antrag an."), span(text, "Die Opposition"), None
        ),
    ]
    first, second = claims_of(article, quotes)
    assert first.relays == ("Beispielblatt", "Tageszeitung", "Anna Reuß")
    assert second.relays == ("Beispielblatt", "Opposition")


def test_every_claim_of_an_agency_story_comes_through_the_agency():
    text = "Berlin (dpa) – Minister Jan Ott sagte, die Lage sei ernst.\nDie Opposition sei besorgt, sagte Eva Lang."
    article = parsed(text, [("Jan Ott", "PER", 0), ("Eva Lang", "PER", 0), ("dpa", "MEDIA", 0)])
    quotes = [
        QuoteMention("indirect", span(text, "die Lage sei ernst"), span(text, "Minister Jan Ott"), None),
        QuoteMention("indirect", span(text, "Die Opposition sei besorgt"), span(text, "Eva Lang"), None),
    ]
    first, second = claims_of(article, quotes)
    assert first.relays == ("Beispielblatt", "dpa", "Jan Ott")
    assert second.relays == ("Beispielblatt", "dpa", "Eva Lang")


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("Ministerium dementiert Gerüchte\n\nDer Minister bleibt im Amt.", "Ministerium dementiert Gerüchte", True),
        ("Liveticker\n\n+++ 10:10 Uhr: Verdi widerspricht +++\nDer Streik geht weiter.", "Verdi widerspricht", True),
        ("Der Minister bleibt.\n\nEr sagte, er bleibe.\n\nDas ist alles.", "er bleibe", False),  # closes with a stop
        ("- Die Steuern sinken\n- Die Renten steigen", "Die Steuern sinken", False),  # a list, not a heading
    ],
)
def test_headings_are_not_claims(text, part, expected):
    from factcli.attribution import is_heading

    assert is_heading(text, *span(text, part)) is expected


def test_a_heading_names_no_claim_but_the_text_below_does():
    text = "Ministerium dementiert Gerüchte\n\n„Das ist falsch“, sagte die Sprecherin Eva Lang."
    article = parsed(text, [("Eva Lang", "PER", 0)])
    quotes = [
        QuoteMention("reported", span(text, "Ministerium dementiert Gerüchte"), span(text, "Ministerium"), None),
        QuoteMention("direct", span(text, "„Das ist falsch“"), span(text, "die Sprecherin Eva Lang"), None),
    ]
    (claim,) = claims_of(article, quotes)
    assert claim.text == "Das ist falsch"


def test_an_outlet_named_as_speaker_is_media_without_a_cue_beside_it():
    text = "Der Spiegel hatte am Mittwoch berichtet, der Minister wolle zurücktreten."
    article = parsed(text, [])
    quote = QuoteMention("indirect", span(text, "der Minister wolle zurücktreten"), span(text, "Der Spiegel"), None)
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and (claim.speaker.name, claim.speaker.label) == ("Der Spiegel", "MEDIA")
    assert claim.relays == ("Beispielblatt", "Der Spiegel")


def test_a_quoted_phrase_inside_a_claim_of_the_same_speaker_is_no_second_claim():
    text = "Regierungssprecher Tom Lenz sagte, der Kanzler habe „volles Vertrauen“ in den Minister."
    article = parsed(text, [("Tom Lenz", "PER", 0)])
    speaker = span(text, "Regierungssprecher Tom Lenz")
    quotes = [
        QuoteMention("indirect", span(text, "der Kanzler habe „volles Vertrauen“ in den Minister"), speaker, None),
        QuoteMention("direct", span(text, "„volles Vertrauen“"), speaker, None),
    ]
    (claim,) = claims_of(article, quotes)
    assert claim.type == "indirect"


def test_claim_ids_differ_between_outlets_printing_the_same_text():
    assert claim_id("Text", 0, 4, "Erstes Blatt") != claim_id("Text", 0, 4, "Zweites Blatt")
    assert claim_id("Text", 0, 4, "Erstes Blatt") == claim_id("Text", 0, 4, "Erstes Blatt")


def test_a_bare_denial_right_after_a_report_denies_that_report():
    text = "Das Tagesblatt hatte berichtet, der Minister trete zurück.\n„Das ist falsch“, sagte die Sprecherin."
    article = parsed(text, [("Tagesblatt", "MEDIA", 0)])
    quote = QuoteMention("direct", span(text, "„Das ist falsch“"), span(text, "die Sprecherin"), span(text, "sagte"))
    (claim,) = claims_of(article, [quote])
    assert claim.stance == "deny" and claim.denies == "Bericht (Tagesblatt)"


def test_a_pronoun_continues_an_unnamed_role_of_the_sentence_before():
    text = "Die Bank Lenz AG soll Käufer suchen.\nEin Kranich-Sprecher wollte sich nicht äußern.\n„Wir warten ab“, sagte er."
    article = parsed(text, [("Käufer", "PER", 0)])  # a junk name the role must win over
    pronoun = text.rindex(" er.") + 1
    quote = QuoteMention("direct", span(text, "„Wir warten ab“"), (pronoun, pronoun + 2), span(text, "sagte"))
    refusal, claim = claims_of(article, [quote])  # the refusal to comment is a claim of its own
    assert refusal.speaker is not None and refusal.speaker.name == "Kranich-Sprecher"
    assert claim.speaker is not None and claim.speaker.name == "Kranich-Sprecher"


def test_an_outlet_in_quotation_marks_relays_the_outlet_it_cites():
    # der „Tagesblatt“ is a name in marks, not a quotation; the outlet it cites ends the chain once
    text = "Der „Tagesblatt“ hatte unter Berufung auf die Abendpost gemeldet, die Firma habe das Werk aufgegeben."
    article = parsed(text, [("Tagesblatt", "MEDIA", 0), ("Abendpost", "MEDIA", 0)])
    quote = QuoteMention(
        "indirect", span(text, "die Firma habe das Werk aufgegeben"), span(text, "„Tagesblatt“"), span(text, "gemeldet")
    )
    (claim,) = claims_of(article, [quote])
    assert claim.relays == ("Beispielblatt", "Tagesblatt", "Abendpost")


def test_sie_skips_a_man_for_the_woman_named_before():
    text = "Die Bauministerin Eva Roth wies die Kritik zurück.\nHerr Jan Holz irre sich.\n„Wer wenig hat, bekommt mehr“, sagte sie."
    article = parsed(text, [("Eva Roth", "PER", 0), ("Jan Holz", "PER", 0)])
    quote = QuoteMention("direct", span(text, "„Wer wenig hat, bekommt mehr“"), span(text, "sie"), span(text, "sagte"))
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Eva Roth"


def test_er_skips_a_woman_for_the_man_named_before():
    text = (
        "Minister Jan Holz antwortete auf die Kritik.\nFrau Eva Roth irre sich.\n„Das Programm ist solide“, sagte er."
    )
    article = parsed(text, [("Jan Holz", "PER", 0), ("Eva Roth", "PER", 0)])
    pronoun = (text.rindex(" er") + 1, text.rindex(" er") + 3)
    quote = QuoteMention("direct", span(text, "„Das Programm ist solide“"), pronoun, span(text, "sagte"))
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Jan Holz"


def test_a_spokesperson_is_not_the_last_person_named():
    text = "Firmenchef Jan Holz nannte die Vorwürfe haltlos.\nDer Ministeriumssprecher sagte, man prüfe die Angaben."
    article = parsed(text, [("Jan Holz", "PER", 0)])
    quote = QuoteMention(
        "indirect", span(text, "man prüfe die Angaben"), span(text, "Der Ministeriumssprecher"), span(text, "sagte")
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Ministeriumssprecher"


def test_a_definite_role_other_than_a_spokesperson_is_the_last_person_named():
    text = "Firmenchef Jan Holz kam nach Kiel.\nDer Manager sagte, man prüfe die Angaben."
    article = parsed(text, [("Jan Holz", "PER", 0)])
    quote = QuoteMention(
        "indirect", span(text, "man prüfe die Angaben"), span(text, "Der Manager"), span(text, "sagte")
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Jan Holz"


def test_die_zeitung_as_speaker_is_the_outlet_named_before():
    text = "Wie die Abendpost berichtete, schließt die Firma das Werk.\nLaut der Zeitung begründete die Firma den Schritt mit Zöllen."
    article = parsed(text, [("Abendpost", "MEDIA", 0)])
    quote = QuoteMention(
        "indirect", span(text, "begründete die Firma den Schritt mit Zöllen."), span(text, "der Zeitung"), None
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and (claim.speaker.name, claim.speaker.label) == ("Abendpost", "MEDIA")


def test_a_denial_told_to_an_outlet_targets_the_report_not_the_outlet():
    text = (
        "Wie die Abendpost berichtete, steigen die Kosten.\n"
        "Die Ministerin wies die Berichte zurück.\n„Das ist falsch“, sagte sie dem Tagesblatt."
    )
    article = parsed(text, [("Abendpost", "MEDIA", 0), ("Tagesblatt", "MEDIA", 0)])
    pronoun = (text.rindex(" sie ") + 1, text.rindex(" sie ") + 4)
    quote = QuoteMention("direct", span(text, "„Das ist falsch“"), pronoun, span(text, "sagte"))
    (claim,) = claims_of(article, [quote])
    assert claim.stance == "deny" and claim.denies == "Bericht (Abendpost)"


@pytest.mark.parametrize("source", ["Feuerwehrkreisen", "Sicherheitsquellen"])
def test_compound_circles_and_sources_are_anonymous(source):
    text = f"Aus {source} hieß es, der Hubschrauber sei ausgefallen."
    article = parsed(text, [])
    quote = QuoteMention("indirect", span(text, "der Hubschrauber sei ausgefallen"), span(text, source), None)
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.label == "ANON"


def test_an_unnamed_spokesperson_answers_the_article_not_the_report_it_cited():
    text = (
        "Ein Titel über die Lage\n\nWie das Tagesblatt berichtete, zieht sich der Konzern zurück.\n"
        "Ein Sprecher sagte, man kommentiere keine Medienberichte.\n"
        "Ein Beamter sagte, die Gespräche liefen weiter."
    )
    article = parsed(text, [("Tagesblatt", "MEDIA", 0)], outlet="Beispielblatt")
    spokesman = QuoteMention(
        "indirect", span(text, "man kommentiere keine Medienberichte"), span(text, "Ein Sprecher"), span(text, "sagte")
    )
    official = QuoteMention(
        "indirect", span(text, "die Gespräche liefen weiter"), span(text, "Ein Beamter"), span(text, "sagte", 1)
    )
    claims = {c.text: c for c in claims_of(article, [spokesman, official])}
    assert claims["man kommentiere keine Medienberichte"].relays == ("Beispielblatt", "Sprecher")
    assert "Tagesblatt" in claims["die Gespräche liefen weiter"].relays


@pytest.mark.parametrize(
    "sentence",
    ["Die Polizei wollte dies am Abend nicht bestätigen.", "Die Polizei wollte sich zu dem Fall nicht äußern."],
)
def test_a_refusal_to_confirm_is_a_claim_of_its_subject(sentence):
    text = f"Ein Titel über die Lage\n{sentence}"
    article = parsed(text, [("Polizei", "ORG", 0)])
    (claim,) = claims_of(article, [])
    assert claim.type == "reported" and claim.text == sentence
    assert claim.speaker is not None and claim.speaker.name == "Polizei"


def test_an_unnamed_spokesperson_is_named_with_the_body_it_speaks_for():
    text = "Ein Titel über die Lage\nEine Sprecherin des Unternehmens sagte, man prüfe alle Optionen."
    article = parsed(text, [])
    quote = QuoteMention(
        "indirect",
        span(text, "man prüfe alle Optionen"),
        span(text, "Eine Sprecherin des Unternehmens"),
        span(text, "sagte"),
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Sprecherin des Unternehmens"


def test_an_outlet_known_by_its_domain_takes_the_name_the_text_gives_it():
    from factcli.analysis import _named_outlet

    text = "Der Anwalt sagte der Stuttgarter Zeitung, man gehe in Berufung."
    article = parsed(text, [("Stuttgarter Zeitung", "MEDIA", 0)], outlet="stuttgarter-zeitung.de").article
    article = dataclasses.replace(article, outlet_source="inferred")
    mentions = parsed(text, [("Stuttgarter Zeitung", "MEDIA", 0)]).mentions
    assert _named_outlet(article, mentions).outlet == "Stuttgarter Zeitung"
    given = dataclasses.replace(article, outlet_source="given")
    assert _named_outlet(given, mentions).outlet == "stuttgarter-zeitung.de"


def test_the_circles_an_outlet_heard_from_end_its_chain():
    text = "Ein Titel über die Lage\nDer Konzern will Stellen streichen, erfuhr das Tagesblatt aus Unternehmenskreisen."
    article = parsed(text, [("Tagesblatt", "MEDIA", 0)])
    quote = QuoteMention(
        "indirect", span(text, "Der Konzern will Stellen streichen"), span(text, "das Tagesblatt"), span(text, "erfuhr")
    )
    (claim,) = claims_of(article, [quote])
    assert claim.relays == ("Beispielblatt", "Tagesblatt", "Unternehmenskreisen")


def test_circles_named_in_a_sentence_without_a_speaker_are_its_source():
    text = "Ein Titel über die Lage\nDer Konzern will nach Angaben aus Unternehmenskreisen Stellen streichen."
    article = parsed(text, [])
    quote = QuoteMention(
        "reported", span(text, "Der Konzern will nach Angaben aus Unternehmenskreisen Stellen streichen."), None, None
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Unternehmenskreisen"
    assert claim.speaker.label == "ANON"


def test_a_spokeswoman_of_a_named_minister_is_not_the_minister():
    text = "Ein Titel über die Lage\nEine Sprecherin von Minister Jürgen Albers sagte, man prüfe die Pläne."
    article = parsed(text, [("Jürgen Albers", "PER", 0)])
    quote = QuoteMention(
        "indirect",
        span(text, "man prüfe die Pläne"),
        span(text, "Eine Sprecherin von Minister Jürgen Albers"),
        span(text, "sagte"),
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == "Sprecherin von Minister Jürgen Albers"


@pytest.mark.parametrize(
    ("first", "second", "pronoun", "expected"),
    [
        ("Thomas Brandl, der Geschäftsführer der Kliniken,", "die Betriebsrätin Sabine Krüger", "Sie", "Sabine Krüger"),
        ("Carola Dietz, die Vorstandschefin,", "der Betriebsrat Paul Lenz", "Er", "Paul Lenz"),
    ],
)
def test_an_apposition_says_the_gender_a_pronoun_needs(first, second, pronoun, expected):
    text = f"Ein Titel über die Lage\n{first} und {second} trafen sich gestern.\n{pronoun} sagte danach, es gebe keine Einigung."
    names = [
        (name, "PER", 0) for name in ("Thomas Brandl", "Sabine Krüger", "Carola Dietz", "Paul Lenz") if name in text
    ]
    article = parsed(text, names)
    start = text.rindex(pronoun)
    quote = QuoteMention(
        "indirect", span(text, "es gebe keine Einigung"), (start, start + len(pronoun)), span(text, "sagte")
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name == expected


def test_a_source_unnamed_on_purpose_is_anonymous():
    text = "Ein Titel über die Lage\nEin mit den Plänen vertrauter Manager sagte, der Termin sei offen."
    article = parsed(text, [])
    quote = QuoteMention(
        "indirect",
        span(text, "der Termin sei offen"),
        span(text, "Ein mit den Plänen vertrauter Manager"),
        span(text, "sagte"),
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.label) == ("Ein mit den Plänen vertrauter Manager", "ANON")


def test_a_person_speaking_to_the_paper_just_named_goes_through_that_paper():
    text = "Wie der Südkurier berichtet, soll die Brücke neu gebaut werden.\nBürgermeister Karl Lang sagte dem Blatt, die Finanzierung sei gesichert."
    article = parsed(text, [("Südkurier", "MEDIA", 0), ("Karl Lang", "PER", 0)])
    quote = QuoteMention(
        "indirect", span(text, "die Finanzierung sei gesichert"), span(text, "Karl Lang"), span(text, "sagte")
    )
    (claim,) = claims_of(article, [quote])
    assert claim.relays == ("Beispielblatt", "Südkurier", "Karl Lang")


def test_an_outlet_a_later_lead_sentence_cites_is_no_source_of_an_earlier_claim():
    text = (
        "Streit um die Brücke\n"
        "Der Neubau soll angeblich 40 Millionen Euro kosten.\n"
        "Laut Stadtanzeiger prüft auch Köln einen Neubau."
    )
    article = parsed(text, [("Stadtanzeiger", "MEDIA", 0)], outlet=None)
    quote = QuoteMention("reported", span(text, "Der Neubau soll angeblich 40 Millionen Euro kosten."), None, None)
    (claim, *_rest) = claims_of(article, [quote])
    assert "Stadtanzeiger" not in claim.relays


def test_a_common_noun_for_a_body_names_the_body_of_that_kind_named_before():
    text = (
        "Der Siemens-Konzern will 500 Stellen streichen. Die Gewerkschaft IG Metall kritisierte den Plan.\n"
        "Das Unternehmen teilte mit, die Kosten seien zu hoch.\n"
        "Die Gewerkschaft erklärte, man werde sich wehren."
    )
    article = parsed(text, [("Siemens", "ORG", 0), ("IG Metall", "ORG", 0)])
    company = QuoteMention(
        "indirect", span(text, "die Kosten seien zu hoch"), span(text, "Das Unternehmen"), span(text, "teilte")
    )
    union = QuoteMention(
        "indirect", span(text, "man werde sich wehren"), span(text, "Die Gewerkschaft", 1), span(text, "erklärte")
    )
    first, second = claims_of(article, [company, union])
    assert first.speaker is not None and (first.speaker.name, first.speaker.label) == ("Siemens", "ORG")
    assert second.speaker is not None and second.speaker.name == "IG Metall"


def test_a_group_the_article_sums_up_is_not_relayed_by_the_report_it_discusses():
    text = (
        "Tagesblatt deckt Kontakte auf\n"
        "Das Tagesblatt berichtete über Kontakte des Unternehmers.\n"
        "Kritiker argumentieren, dass die Enthüllungen der Wahl schaden könnten.\n"
        "Zwei Beamte sagten, die Kontakte hätten lange gedauert."
    )
    article = parsed(text, [("Tagesblatt", "MEDIA", 0), ("Tagesblatt", "MEDIA", 1)], outlet=None)
    critics = QuoteMention(
        "indirect", span(text, "dass die Enthüllungen der Wahl schaden könnten"), span(text, "Kritiker"), None
    )
    officials = QuoteMention(
        "indirect", span(text, "die Kontakte hätten lange gedauert"), span(text, "Zwei Beamte"), span(text, "sagten")
    )
    first, second = claims_of(article, [critics, officials])
    assert "Tagesblatt" not in first.relays
    assert "Tagesblatt" in second.relays


def test_die_gewerkschaft_never_names_a_company():
    text = "Die Deutsche Bahn streicht Züge.\nDie Gewerkschaft erklärte, ein Angebot liege nicht vor."
    article = parsed(text, [("Deutsche Bahn", "ORG", 0)])
    quote = QuoteMention(
        "indirect", span(text, "ein Angebot liege nicht vor"), span(text, "Die Gewerkschaft"), span(text, "erklärte")
    )
    (claim,) = claims_of(article, [quote])
    assert claim.speaker is not None and claim.speaker.name != "Deutsche Bahn"


def test_the_outlet_whose_report_is_denied_does_not_relay_the_denial():
    text = (
        "Die Tageszeitung Abendblatt hatte berichtet, Russland plane Angriffe.\nDer Kreml nannte den Bericht eine Lüge."
    )
    article = parsed(text, [("Abendblatt", "MEDIA", 0)], outlet=None)
    report = QuoteMention(
        "indirect", span(text, "Russland plane Angriffe"), span(text, "Abendblatt"), span(text, "berichtet")
    )
    denial = QuoteMention(
        "reported", span(text, "Der Kreml nannte den Bericht eine Lüge."), span(text, "Der Kreml"), None
    )
    _first, second = claims_of(article, [report, denial])
    assert second.stance == "deny" and second.denies == "Bericht (Abendblatt)"
    assert "Abendblatt" not in second.relays


def test_nichts_dran_is_a_denial():
    assert (
        stance_of("an den Vorwürfen sei nichts dran", "Er sagte, an den Vorwürfen sei nichts dran.", "sagte") == "deny"
    )


def test_a_short_paragraph_of_sentences_is_no_heading_even_without_a_final_stop():
    from factcli.attribution import is_heading

    text = "Titel der Meldung\n\nDer Minister sagte, er sei zufrieden. Rot ist gut\n\nMehr Text folgt."
    assert is_heading(text, 0, 5)
    start = text.index("er sei")
    assert not is_heading(text, start, start + 16)


@pytest.mark.parametrize(
    ("sentence", "speaker", "relays"),
    [
        # the paper a statement appeared in relays it, whatever the speech verb
        ("Die Ministerin spricht sich in der Abendpost für ein Verbot aus, es sei überfällig.", "Die Ministerin", ("Beispielblatt", "Abendpost", "Ministerin")),
        ("Der Minister äußerte sich in der Abendpost, die Lage sei ernst.", "Der Minister", ("Beispielblatt", "Abendpost", "Minister")),
        # "Sprache" is no form of "sprechen": the paper stays the topic
        ("Der Produzent sagte, die Sprache sei zu radikal für die Abendpost.", "Der Produzent", ("Beispielblatt", "Produzent")),
    ],
)
def test_the_venue_of_a_statement_relays_it(sentence: str, speaker: str, relays: tuple[str, ...]) -> None:
    article = parsed(sentence, [("Abendpost", "MEDIA", 0)])
    content = sentence[sentence.index(", ") + 2 : -1]  # what follows the frame's comma
    quote = QuoteMention("indirect", span(sentence, content), span(sentence, speaker), None)
    (claim,) = claims_of(article, [quote])
    assert claim.relays == relays
