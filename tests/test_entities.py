"""Tests for canonical names across mentions (factcli.entities), on hand-built mentions."""

from __future__ import annotations

from factcli.entities import group_entities, name_mention_key, nominative_words
from factcli.model import EntityLabel, Mention


def mention(text: str, label: EntityLabel, start: int) -> Mention:
    return Mention("a", text, start, start + len(text), label, name_mention_key(label, text))


def test_an_organisation_named_in_the_genitive_or_dative_takes_its_nominative_name() -> None:
    entities = group_entities(
        [
            mention("Deutschen Bahn", "ORG", 0),
            mention("Deutschen Bahn", "ORG", 40),
            mention("Deutsche Bahn", "ORG", 80),
            mention("Europäischen Kommission", "ORG", 120),
        ]
    )
    names = {e.name: e.count for e in entities}
    # with no nominative form in the text the written form stays: the plural ("der Vereinten
    # Nationen") could not be told from the singular
    assert names == {"Deutsche Bahn": 3, "Europäischen Kommission": 1}


def test_only_leading_words_of_places_and_organisations_change() -> None:
    assert nominative_words("Vereinten Nationen") == "Vereinte Nationen"
    assert nominative_words("Bundesamt für Migration") == "Bundesamt für Migration"
    assert name_mention_key("PER", "Stephen King") != name_mention_key("PER", "Stephe King")
