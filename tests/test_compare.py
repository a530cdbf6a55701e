"""Pairwise compare decisions on hand-written German claims, and two articles through the CLI."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from factcli.compare import _counts, counts_link, features, relate
from factcli.dates import find_dates
from factcli.model import Claim, DateValue, Speaker
from tests.test_cli import run

REFERENCE = date(2025, 3, 14)  # a Friday


def claim(text: str, article: str, *, entities: tuple[str, ...] = (), reference: date | None = REFERENCE) -> Claim:
    # as attribution records them: ISO values, or the words of a date it could not resolve
    dates = tuple(_value(m.value) if m.value else m.text for m in find_dates(text, reference=reference))
    return Claim(
        id=f"c-{article}",
        article=article,
        outlet=article,
        text=text,
        quote_start=0,
        quote_end=len(text),
        sentence=text,
        speaker=None,
        cue=None,
        type="indirect",
        stance="assert",
        relays=(article,),
        entities=entities,
        dates=dates,
    )


def _value(value: DateValue) -> str:
    return value.start if value.start == value.end else f"{value.start}/{value.end}"


def decide(a: str, b: str, **kwargs: tuple[str, ...]) -> tuple[str, str, float] | None:
    return relate(claim(a, "A", **kwargs), claim(b, "B", **kwargs))


def test_different_deadline_years_contradict_as_dates():
    found = decide(
        "Die Sanierung der Brücke solle bis Ende 2031 abgeschlossen sein",
        "Die Sanierung der Brücke solle bis Ende 2030 abgeschlossen sein",
    )
    assert found is not None and found[:2] == ("contradict", "date")


def test_the_same_deadline_in_other_words_agrees():
    found = decide(
        "Die Sanierung der Brücke solle bis Ende 2030 abgeschlossen sein",
        "Die Sanierung der Brücke solle bis Dezember 2030 abgeschlossen sein",
    )
    assert found is not None and found[:2] == ("agree", "same")


def test_days_of_a_month_are_dates_not_numbers():
    a = claim("Das Festival in Kassel beginne am 3. Dezember", "A", entities=("Kassel",))
    b = claim("Das Festival in Kassel beginne am 5. Dezember", "B", entities=("Kassel",))
    assert not features(a).numbers
    found = relate(a, b)
    assert found is not None and found[:2] == ("contradict", "date")


def test_counts_written_as_words_are_numbers():
    found = decide(
        "Bei dem Brand in der Lagerhalle seien acht Feuerwehrleute verletzt worden",
        "Bei dem Brand in der Lagerhalle seien 5 Feuerwehrleute verletzt worden",
    )
    assert found is not None and found[:2] == ("contradict", "quantity")
    assert features(claim("Acht geben müsse man auf die Kinder", "A")).numbers == frozenset()


def test_one_amount_in_two_notations_agrees():
    assert features(claim("Der Umbau koste 2,5 Millionen Euro", "A")).numbers == {"2500000"}
    found = decide("Der Umbau des Bahnhofs koste 2,5 Millionen Euro", "Der Umbau des Bahnhofs koste 2.500.000 Euro")
    assert found is not None and found[:2] == ("agree", "same")


def test_a_non_response_agrees_only_with_another_non_response():
    found = decide(
        "Auf Anfragen der Zeitung zu den Verträgen mit der Werft reagierte der Konzern nicht",
        "Der Konzern habe von den Verträgen mit der Werft nichts gewusst",
    )
    assert found is None
    assert features(claim("Für eine Stellungnahme war der Konzern nicht zu erreichen", "A")).non_response
    both = decide(
        "Auf Anfragen der Zeitung zu den Verträgen mit der Werft reagierte der Konzern nicht",
        "Auf Anfragen zu den Verträgen mit der Werft reagierte der Konzern nicht",
    )
    assert both is not None and both[0] == "agree"


def test_two_different_day_ranges_contradict_and_a_range_inside_a_span_agrees():
    found = decide(
        "Die Flugbegleiter wollen vom 1. bis 3. Juni 2027 die Arbeit niederlegen",
        "Die Flugbegleiter wollen vom 2. bis 4. Juni 2027 die Arbeit niederlegen",
    )
    assert found is not None and found[:2] == ("contradict", "date")
    inside = decide(
        "Die Flugbegleiter wollen Anfang Juni 2027 die Arbeit niederlegen",
        "Die Flugbegleiter wollen vom 2. bis 4. Juni 2027 die Arbeit niederlegen",
    )
    assert inside is not None and inside[0] == "agree"


def test_days_without_a_year_compare_on_month_and_day():
    text = "Das Festival in Kassel beginne am {} Dezember"
    other = decide(text.format("3."), text.format("5."), entities=("Kassel",), reference=None)
    assert other is not None and other[:2] == ("contradict", "date")
    same = relate(claim(text.format("3."), "A", reference=None), claim("Das Festival beginne am 3.12.2025", "B"))
    assert same is not None and same[0] == "agree"


def test_a_counted_number_beside_a_date_is_still_a_quantity():
    found = decide(
        "Am 2. Mai hätten 40 Beschäftigte gestreikt",
        "Am 2. Mai hätten 90 Beschäftigte gestreikt",
    )
    assert found is not None and found[:2] == ("contradict", "quantity")


def test_an_unresolved_weekday_cannot_contradict_a_resolved_day():
    undated = claim("Die Polizei habe am Freitag drei Verdächtige festgenommen", "A", reference=None)
    dated = claim("Die Polizei habe am Freitag drei Verdächtige festgenommen", "B")
    assert undated.dates == ("Freitag",) and dated.dates == ("2025-03-14",)
    found = relate(undated, dated)
    assert found is not None and found[:2] == ("agree", "same")


def test_when_it_was_said_is_no_date_of_what_was_said(tmp_path):
    # the weekday is in the frame ("sagte am Freitag"), not in the claim; one article has no date
    (tmp_path / "ohne.txt").write_text(
        "Pegel sinkt\n\nLandrat Peter Sommer sagte am Freitag, der Pegel der Elbe sei deutlich gesunken.\n",
        encoding="utf-8",
    )
    (tmp_path / "mit.txt").write_text(
        "---\noutlet: Elbe-Bote\ndate: 2025-03-14\n---\nDie Elbe fällt\n\n"
        "Landrat Peter Sommer sagte am Freitag, der Pegel der Elbe sei deutlich gesunken.\n",
        encoding="utf-8",
    )
    result = run("compare", str(tmp_path), "--format", "json")
    assert result.exit_code == 0, result.output
    relations = json.loads(result.stdout)
    assert [(r["relation"], r["kind"]) for r in relations] == [("agree", "same")]


def test_a_deadline_after_a_dated_frame_still_contradicts(tmp_path):
    text = (
        "---\noutlet: {outlet}\ndate: 2025-03-14\n---\nNeue Halle\n\n"
        "Bürgermeister Tobias Lindner sagte am Donnerstag, die Stadt baue eine neue Sporthalle. "
        "Der Bau solle bis Ende {year} fertig sein.\n"
    )
    (tmp_path / "a.txt").write_text(text.format(outlet="Stadtanzeiger", year=2026), encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.format(outlet="Kreisblatt", year=2027), encoding="utf-8")
    relations = json.loads(run("compare", str(tmp_path), "--format", "json").stdout)
    deadline = [r for r in relations if any("Bau solle" in s["text"] for s in r["sides"])]
    assert [(r["relation"], r["kind"]) for r in deadline] == [("contradict", "date")]
    assert "2026" in deadline[0]["reason"] and "2027" in deadline[0]["reason"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # "not planned" is against, "not ruled out" is for: opposite commitments
        (
            "Eine Schließung des Werks sei nicht geplant",
            "Eine Schließung des Werks sei nicht ausgeschlossen",
            "contradict",
        ),
        ("Ein Neubau des Rathauses sei beschlossen", "Ein Neubau des Rathauses sei verworfen", "contradict"),
        # both against, once by a negated "for" and once by an "against" word
        ("Eine Schließung des Werks sei nicht vorgesehen", "Eine Schließung des Werks sei ausgeschlossen", "agree"),
        # both for: the negation belongs to "ausgeschlossen", so it flips nothing between the two
        ("Eine Schließung des Werks sei geplant", "Eine Schließung des Werks sei nicht ausgeschlossen", "agree"),
    ],
)
def test_commitment_predicates_with_their_negations(a: str, b: str, expected: str):
    found = decide(a, b)
    assert found is not None and found[0] == expected
    if expected == "contradict":
        assert found[1] == "polarity"


def test_one_shared_word_is_no_proposition():
    found = decide("Der Verband äußere sich nicht zu Gerüchten", "Man werde sich später äußern")
    assert found is None


def test_a_shared_date_counts_as_shared_content():
    found = decide("Die Gespräche dauerten bis ins Jahr 2024", "Kontakte gebe es noch im Jahr 2024")
    assert found is not None and found[0] == "agree"


def spoken(text: str, article: str, speaker: str) -> Claim:
    """A claim as `claims` records it when the speaker is named (or left as written)."""
    return replace(claim(text, article), speaker=Speaker(name=speaker, label="", start=0, end=0, text=speaker))


def test_counted_nouns_with_their_numbers():
    assert _counts("Nach Angaben könnten rund 1.200 ausfallenden Flügen betroffen sein") == {("flug", "1200")}
    assert _counts("Es sei nur ein Flug, dann 3 Flüge") == {("flug", "3")}
    assert _counts("Die Firma schaffe 800 neue Stellen und zahle 12 Prozent mehr") == {("stell", "800")}
    # generic measures and the digits of dates count nothing; "der" is no attribute of the noun
    assert _counts("Am 3. Dezember seien 40 Personen drei Tage lang 12 der Züge gefahren") == frozenset()


def test_paraphrased_counts_of_one_source_contradict():
    a = spoken("Betroffen seien alle Abflüge von den Drehkreuzen Bremen und Hannover, etwa 600 Flüge", "A",
               "die Vereinigung Bordpersonal")  # fmt: skip
    b = spoken("könnten nach ersten Schätzungen rund 850 Flüge ausfallen", "B", "Angaben der Vereinigung")
    found = relate(a, b)
    assert found is not None and found[:2] == ("contradict", "quantity")
    # without a shared source the shared count alone links nothing
    assert relate(replace(a, speaker=None), replace(b, speaker=None)) is None


def test_the_same_count_in_other_words_agrees():
    a = spoken("Im Hafen lägen derzeit etwa 35 Frachter vor Anker", "A", "Hafenkapitän Jens Ole Brandt")
    b = spoken("Es warteten 35 Frachter auf eine Genehmigung", "B", "Jens Ole Brandt")
    found = relate(a, b)
    assert found is not None and found[:2] == ("agree", "same")


def test_counts_far_apart_or_on_other_days_are_other_things():
    cut = spoken("Die Reederei baue in Emden 200 Stellen ab", "A", "Vorstandschef Ralf Kuhn")
    new = spoken("Im neuen Terminal in Wilhelmshaven entstünden 1.400 Stellen", "B", "Ralf Kuhn")
    assert not counts_link(features(cut), features(new))
    monday = spoken("Am 4. Mai 2026 seien in Hamburg 300 Flüge gestrichen worden", "A", "der Flughafen")
    friday = spoken("Am 8. Mai 2026 strichen die Fluglinien 240 Flüge", "B", "der Flughafen")
    assert not counts_link(features(monday), features(friday))


def test_a_role_word_is_no_shared_source():
    a = spoken("Betroffen seien etwa 60 Wohnungen", "A", "Ein Sprecher")
    b = spoken("Man habe rund 90 Wohnungen geräumt", "B", "Eine Sprecherin")
    assert not features(a).source & features(b).source
    assert relate(a, b) is None


def test_a_differing_count_contradicts_even_when_other_numbers_agree():
    a = spoken("Es fielen 700 Züge aus, das seien 30 Prozent des Verkehrs", "A", "die Deutsche Bahn")
    b = spoken("Ausgefallen seien 900 Züge, 30 Prozent", "B", "die Bahn")
    found = relate(a, b)
    assert found is not None and found[:2] == ("contradict", "quantity")
