"""The project's rule components on hand-built Docs, so they do not depend on a model's mood."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from factcli.nlp import (
    sentence_spans,
    split_at_line_breaks,
    tag_dates,
    tag_names_after_titles,
    tag_outlets,
    tag_repeated_names,
)

VOCAB = spacy.blank("de").vocab


def doc_of(words: list[str], ents: list[str] | None = None, spaces: list[bool] | None = None) -> Doc:
    return Doc(VOCAB, words=words, spaces=spaces, ents=ents)


def ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    "words,expected",
    [
        (["Kremlsprecher", "Dmitri", "Peskow", "sagte", "das", "."], [("Dmitri Peskow", "PER")]),
        (["Präsident", "Putin", "erklärte", "es", "."], [("Putin", "PER")]),
        (["Das", "sagte", "Herr", "Musk", "gestern", "."], [("Musk", "PER")]),
        (["Siemens-Chef", "Joe", "Kaeser", "warnte", "."], [("Joe Kaeser", "PER")]),
        (["Der", "Präsident", "der", "Republik", "kam", "."], []),
        (
            ["Präsident", "Müller", "Gespräche", "Sorgen", "Bahn"],
            [],
        ),  # untagged and a capitalised word follows: no guess
    ],
)
def test_names_after_titles_and_roles(words, expected):
    assert ents(tag_names_after_titles(doc_of(words))) == expected


def test_with_a_tagger_only_proper_nouns_extend_a_name():
    doc = Doc(VOCAB, words=["Präsident", "Müller", "Gespräche", "führen"], pos=["NOUN", "PROPN", "NOUN", "VERB"])
    assert ents(tag_names_after_titles(doc)) == [("Müller", "PER")]


def test_title_rule_keeps_existing_entities():
    doc = doc_of(["Präsident", "Joe", "Biden", "kam", "."], ents=["O", "B-PER", "I-PER", "O", "O"])
    assert ents(tag_names_after_titles(doc)) == [("Joe Biden", "PER")]


def test_a_name_found_once_is_tagged_where_it_recurs():
    words = ["Wladimir", "Putin", "kam", ".", "Putin", "sprach", "und", "Putins", "Sprecher", "schwieg", "."]
    doc = doc_of(words, ents=["B-PER", "I-PER"] + ["O"] * 9)
    assert ents(tag_repeated_names(doc)) == [("Wladimir Putin", "PER"), ("Putin", "PER"), ("Putins", "PER")]


def test_recurring_full_names_that_share_a_first_word_keep_their_own_length():
    # multi-word names are looked up by their first word; each recurrence is the name it spells
    words = "Anna Berg und Anna Maria Lenz kamen . Anna Maria Lenz und Anna Berg .".split()
    doc = doc_of(words, ents=["B-PER", "I-PER", "O", "B-PER", "I-PER", "I-PER"] + ["O"] * 9)
    assert ents(tag_repeated_names(doc)) == [
        ("Anna Berg", "PER"),
        ("Anna Maria Lenz", "PER"),
        ("Anna Maria Lenz", "PER"),
        ("Anna Berg", "PER"),
    ]


def test_organisations_recur_too():
    doc = doc_of(["Gazprombank", "wächst", ".", "Die", "Gazprombank", "zahlt", "."], ents=["B-ORG"] + ["O"] * 6)
    assert ents(tag_repeated_names(doc)) == [("Gazprombank", "ORG"), ("Gazprombank", "ORG")]


def test_outlets_become_media_organisations_with_canonical_id():
    doc = doc_of(["Laut", "dem", "WSJ", "und", "der", "Zeit", "zufolge", "stimmt", "das", "."])
    tagged = tag_outlets(doc)
    assert [(e.text, e.label_, e.kb_id_) for e in tagged.ents] == [
        ("WSJ", "ORG", "Wall Street Journal"),
        ("Zeit", "ORG", "Die Zeit"),
    ]


def test_outlet_overrides_a_wrong_statistical_label():
    doc = doc_of(["Das", "Wall", "Street", "Journal", "berichtet", "."], ents=["O", "B-LOC", "I-LOC", "O", "O", "O"])
    assert [(e.text, e.label_) for e in tag_outlets(doc).ents] == [("Wall Street Journal", "ORG")]


def test_dates_use_the_reference_date():
    doc = doc_of(["seit", "Ende", "2022", "und", "vor", "zwei", "Jahren"])
    doc._.reference_date = date(2024, 10, 25)
    spans = tag_dates(doc).spans["dates"]
    assert [(s.text, s._.date_value.start, s._.date_value.end) for s in spans] == [
        ("seit Ende 2022", "2022-10-01", "2024-10-25"),
        ("vor zwei Jahren", "2022-01-01", "2022-12-31"),
    ]


def test_line_breaks_start_sentences():
    doc = doc_of(
        ["Titel", "ohne", "Punkt", "\n\n", "Erster", "Satz", "."], spaces=[True, True, False, False, True, False, False]
    )
    split_at_line_breaks(doc)
    assert doc[4].is_sent_start


def test_cleanup_trims_edges_and_stops_at_sentence_ends():
    from factcli.nlp import clean_entities

    doc = doc_of(
        ["•", "Elon", "Musk", "kam", ".", "Vor", "allem"],
        ents=["B-PER", "I-PER", "I-PER", "O", "O", "O", "O"],
    )
    assert ents(clean_entities(doc)) == [("Elon Musk", "PER")]
    doc = doc_of(["Raumfahrtfirma", "SpaceX", ".", "Vor"], ents=["B-LOC", "I-LOC", "I-LOC", "I-LOC"])
    assert ents(clean_entities(doc)) == [("Raumfahrtfirma SpaceX", "ORG")]  # untagged: no POS to trim by


def test_cleanup_drops_kinds_of_organisation_and_units_and_relabels_a_dateline_place():
    from factcli.nlp import clean_entities

    doc = doc_of(
        ["Sprecherin", "des", "Unternehmens", "nannte", "2", "Euro", "."],
        ents=["O", "O", "B-ORG", "O", "O", "B-MISC", "O"],
    )
    assert ents(clean_entities(doc)) == []
    doc = doc_of(["Titel", "\n\n", "Jüterbog", "(", "epd", ")", "–", "Ein", "Brand"], ents=["O", "O", "B-PER"] + ["O"] * 6)
    assert ents(clean_entities(doc)) == [("Jüterbog", "LOC")]


def test_cleanup_with_tags_drops_a_genitive_noun_and_a_describing_noun():
    from factcli.nlp import clean_entities

    doc = Doc(
        VOCAB, words=["Musk", "kam", ".", "Musks", "Gespräche", "laufen"], pos=["PROPN", "VERB", "PUNCT", "PROPN", "NOUN", "VERB"],
        ents=["B-PER", "O", "O", "B-PER", "I-PER", "O"],
    )  # fmt: skip
    assert ents(clean_entities(doc)) == [("Musk", "PER"), ("Musks", "PER")]
    # a first name ending in -s is no genitive when the text has no "Andrea"
    doc = Doc(VOCAB, words=["Andreas", "Schmalfuß", "kam"], pos=["PROPN", "NOUN", "VERB"], ents=["B-PER", "I-PER", "O"])
    assert ents(clean_entities(doc)) == [("Andreas Schmalfuß", "PER")]
    doc = Doc(
        VOCAB, words=["Das", "Unternehmen", "Nordwind", "wächst"], pos=["DET", "NOUN", "PROPN", "VERB"],
        ents=["O", "B-LOC", "I-LOC", "O"],
    )  # fmt: skip
    assert ents(clean_entities(doc)) == [("Nordwind", "LOC")]


def test_cleanup_keeps_name_particles_and_drops_descriptions_and_time_phrases():
    from factcli.nlp import clean_entities

    doc = Doc(VOCAB, words=["Baschar", "al-Assad", "kam"], pos=["PROPN", "PROPN", "VERB"], ents=["B-PER", "I-PER", "O"])
    assert ents(clean_entities(doc)) == [("Baschar al-Assad", "PER")]
    doc = Doc(
        VOCAB, words=["Die", "syrische", "Armee", "griff", "an"], pos=["DET", "ADJ", "NOUN", "VERB", "ADP"],
        ents=["O", "B-PER", "I-PER", "O", "O"],
    )  # fmt: skip
    assert ents(clean_entities(doc)) == []
    doc = Doc(
        VOCAB, words=["Der", "IS", "am", "Freitag", "und", "russische"], pos=["DET", "PROPN", "ADP", "NOUN", "CCONJ", "ADJ"],
        ents=["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-MISC"],
    )  # fmt: skip
    assert ents(clean_entities(doc)) == [("IS", "ORG")]
    doc = Doc(VOCAB, words=["Frankfurt", "am", "Main", "liegt"], pos=["PROPN", "ADP", "PROPN", "VERB"], ents=["B-LOC", "I-LOC", "I-LOC", "O"])
    assert ents(clean_entities(doc)) == [("Frankfurt am Main", "LOC")]
    # a party or army as the last word names an organisation
    doc = Doc(VOCAB, words=["Die", "Freie", "Syrische", "Armee"], pos=["DET", "ADJ", "ADJ", "NOUN"], ents=["O", "B-PER", "I-PER", "I-PER"])
    assert ents(clean_entities(doc)) == [("Freie Syrische Armee", "ORG")]


def test_cleanup_splits_two_people_read_as_one_name():
    from factcli.nlp import clean_entities

    words = "Reinhold Mitterlehner und Erwin Pröll stritten . Dann habe Erwin Pröll Mitterlehner angeschrien .".split()
    labels = ["B-PER", "I-PER", "O", "B-PER", "I-PER"] + ["O"] * 4 + ["B-PER", "I-PER", "I-PER", "O", "O"]
    found = ents(clean_entities(Doc(VOCAB, words=words, ents=labels)))
    assert found[-2:] == [("Erwin Pröll", "PER"), ("Mitterlehner", "PER")]
    # a three-word name whose middle word ends no one else's name stays whole
    words = "Frank Walter Steinmeier kam . Steinmeier sprach .".split()
    labels = ["B-PER", "I-PER", "I-PER", "O", "O", "B-PER", "O", "O"]
    assert ents(clean_entities(Doc(VOCAB, words=words, ents=labels)))[0] == ("Frank Walter Steinmeier", "PER")


@pytest.mark.parametrize(
    "words,expected",
    [
        (["Die", "Gazprombank", "zahlt"], [("Gazprombank", "ORG")]),
        (["Das", "Unternehmen", "Nordwind", "wächst"], [("Nordwind", "ORG")]),
        (["Er", "arbeitet", "bei", "Siemens", "."], [("Siemens", "ORG")]),
        (["Die", "Datenbank", "ist", "voll"], []),  # lower-case tail, no tagger: "-bank" alone is not enough
    ],
)
def test_organisations_by_form_and_knowledge(words, expected):
    from factcli.nlp import tag_organisations

    pos = [
        "PROPN" if w[0].isupper() and w not in ("Die", "Das", "Er", "Datenbank", "Unternehmen") else "X" for w in words
    ]
    pos = [("NOUN" if w in ("Datenbank", "Unternehmen") else p) for w, p in zip(words, pos, strict=True)]
    doc = Doc(VOCAB, words=words, pos=pos)
    assert ents(tag_organisations(doc)) == expected


@pytest.mark.parametrize(
    "words,pos,tags,expected",
    [
        (
            ["Jato", "Dynamics", "wächst"],
            ["PROPN", "PROPN", "VERB"],
            ["B-PER", "I-PER", "O"],
            [("Jato Dynamics", "ORG")],
        ),
        (["Hamborn", "07", "siegt"], ["PROPN", "NUM", "VERB"], ["B-LOC", "I-LOC", "O"], [("Hamborn 07", "ORG")]),
        (["FDP", "Hoteliers", "klagen"], ["PROPN", "NOUN", "VERB"], ["B-ORG", "I-ORG", "O"], [("FDP", "ORG")]),
    ],
)
def test_cleanup_relabels_organisations(words, pos, tags, expected):
    from factcli.nlp import clean_entities

    assert ents(clean_entities(Doc(VOCAB, words=words, pos=pos, ents=tags))) == expected


def test_newspaper_names():
    from factcli.nlp import tag_organisations

    doc = Doc(
        VOCAB,
        words=["Das", "meldet", "der", "Kölner", "Stadt-Anzeiger", "."],
        pos=["PRON", "VERB", "DET", "ADJ", "PROPN", "PUNCT"],
    )
    assert ents(tag_organisations(doc)) == [("Kölner Stadt-Anzeiger", "ORG")]


def test_cleanup_ends_a_name_at_a_finite_verb():
    from factcli.nlp import clean_entities

    doc = Doc(
        VOCAB,
        words=["Auch", "Japan", "hat", "Teslas", "Pläne", "gelobt"],
        tags=["ADV", "NE", "VAFIN", "NE", "NN", "VVPP"],
        ents=["O", "B-PER", "I-PER", "I-PER", "O", "O"],
    )
    assert ents(clean_entities(doc)) == [("Japan", "PER")]


def test_a_single_common_noun_is_no_person() -> None:
    from factcli.nlp import COMMON_NOUN_SUFFIX

    assert all(COMMON_NOUN_SUFFIX.search(w.lower()) for w in ["Regionalairline", "Technischem", "Regierung"])
    assert not any(COMMON_NOUN_SUFFIX.search(w.lower()) for w in ["Müller", "Baerbock", "Scholz", "Hoffmann"])


def tagged(words: list[str], tags: list[str], ents: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, tags=tags, ents=ents)


def test_a_dateline_place_stays_a_place_where_the_model_calls_it_a_person():
    words = ["Kyritz", "(", "dpa", ")", "–", "Nahe", "Kyritz", "brennt", "es", ".", "Kyritz", "sei", "sicher", "."]
    ents_in = ["O"] * 6 + ["B-PER"] + ["O"] * 3 + ["B-PER", "O", "O", "O"]
    doc = doc_of(words, ents=ents_in)
    assert ents(tag_repeated_names(doc)) == [("Kyritz", "LOC")] * 3


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        # a dash alone, then a sentence with a finite verb: a dateline
        (
            ["Husum", "–", "Die", "Fähre", "fällt", "aus", "."],
            ["NE", "$(", "ART", "NN", "VVFIN", "PTKVZ", "$."],
            [("Husum", "LOC")],
        ),
        # headings: no verb, or a quotation after the dash
        (["Merkel", "–", "Die", "Bilanz", "\n\n", "Text"], ["NE", "$(", "ART", "NN", "_SP", "NN"], []),
        (["Patrice", "–", "'", "Pop", "ist", "toll", "'"], ["NE", "$(", "$(", "NN", "VAFIN", "ADJD", "$("], []),
    ],
)
def test_a_dateline_without_an_agency_needs_a_sentence_after_the_dash(words, tags, expected):
    assert ents(tag_repeated_names(tagged(words, tags))) == expected


@pytest.mark.parametrize(
    ("words", "tags", "ents_in", "expected"),
    [
        (
            "Das Bundesamt für Sicherheit in der Informationstechnik warnt".split(),
            ["ART", "NN", "APPR", "NN", "APPR", "ART", "TRUNC", "VVFIN"],
            ["O", "B-ORG", "O", "O", "O", "O", "O", "O"],
            [("Bundesamt für Sicherheit in der Informationstechnik", "ORG")],
        ),
        (
            "Das Landesinstitut für Wasser und Boden prüft".split(),
            ["ART", "NN", "APPR", "NN", "KON", "NN", "VVFIN"],
            ["O"] * 7,
            [("Landesinstitut für Wasser und Boden", "ORG")],
        ),
        (  # the model's junk tail ("Seenotrettung" as a person) goes into the name
            "Ein Sprecher des Bundesamts für Seenotrettung sagte".split(),
            ["ART", "NN", "ART", "NN", "APPR", "NN", "VVFIN"],
            ["O", "O", "O", "O", "O", "B-PER", "O"],
            [("Bundesamts für Seenotrettung", "ORG")],
        ),
        (  # where it sits is no part of its name
            "Das Institut für Meeresforschung in Kiel misst".split(),
            ["ART", "NN", "APPR", "NN", "APPR", "NE", "VVFIN"],
            ["O", "B-ORG", "O", "O", "O", "B-LOC", "O"],
            [("Institut für Meeresforschung", "ORG"), ("Kiel", "LOC")],
        ),
        (  # an object of thanks, and a body that is no federal one and no entity
            "Er dankte dem Bundesamt für die Hilfe und der Behörde für Geduld".split(),
            ["PPER", "VVFIN", "ART", "NN", "APPR", "ART", "NN", "KON", "ART", "NN", "APPR", "NN"],
            ["O"] * 12,
            [],
        ),
    ],
)
def test_an_institution_name_takes_its_fuer_tail(words, tags, ents_in, expected):
    from factcli.nlp import tag_organisations

    assert ents(tag_organisations(tagged(words, tags, ents_in))) == expected


def test_a_sentence_does_not_start_with_a_lower_case_word_inside_a_line():
    words = ["Ein", "Netz", "\n\n", "Musk", "äußerte", "sich", "nicht", ".", "Dann", "ging", "er", "."]
    spaces = [True, False, False, True, True, True, False, True, True, True, False, False]
    doc = doc_of(words, spaces=spaces)
    starts = {0, 3, 4, 8}  # the parser's false break before "äußerte"
    for token in doc:
        token.is_sent_start = token.i in starts
    assert [doc.text[a:b] for a, b in sentence_spans(doc)] == ["Ein Netz\n\n", "Musk äußerte sich nicht.", "Dann ging er."]
