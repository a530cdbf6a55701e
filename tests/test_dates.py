from datetime import date

import pytest

from factcli.dates import find_dates, parse_iso_day

REFERENCE = date(2024, 10, 25)


@pytest.mark.parametrize(
    "text,expected_text,start,end",
    [
        ("Stand: 25.10.2024 09:58 Uhr", "25.10.2024", "2024-10-25", "2024-10-25"),
        ("Die Wahl am 5. November", "5. November", "2024-11-05", "2024-11-05"),
        ("Sie sprechen seit Ende 2022 miteinander.", "seit Ende 2022", "2022-10-01", "2024-10-25"),
        ("Das Gespräch fand im April 2021 statt.", "April 2021", "2021-04-01", "2021-04-30"),
        ("Er lieferte bis Juli 2022 Geräte.", "bis Juli 2022", "..", "2022-07-31"),
        ("Anfang dieses Jahres übertrug er es.", "Anfang dieses Jahres", "2024-01-01", "2024-03-31"),
        ("Vor zwei Jahren hatte er das bestritten.", "Vor zwei Jahren", "2022-01-01", "2022-12-31"),
        ("Seit dem 24. Februar 2022 herrscht Krieg.", "Seit dem 24. Februar 2022", "2022-02-24", "2024-10-25"),
        ("Das war Mitte 2019 so.", "Mitte 2019", "2019-05-01", "2019-08-31"),
        ("Die Zahlen für das erste Quartal 2023 liegen vor.", "erste Quartal 2023", None, None),
        ("Im ersten Quartal 2023 sank der Umsatz.", "ersten Quartal 2023", "2023-01-01", "2023-03-31"),
        ("Die Sitzung war gestern.", "gestern", "2024-10-24", "2024-10-24"),
        ("Er kam im Jahr 2021 an.", "2021", "2021-01-01", "2021-12-31"),
        ("Das Treffen am 2024-03-01 fiel aus.", "2024-03-01", "2024-03-01", "2024-03-01"),
        # deictic, relative and between dates (REFERENCE is Friday 2024-10-25)
        ("Die Wahl findet übermorgen statt.", "übermorgen", "2024-10-27", "2024-10-27"),
        ("Vorgestern wurde er gewählt.", "Vorgestern", "2024-10-23", "2024-10-23"),
        ("Heute sagte er ab.", "Heute", "2024-10-25", "2024-10-25"),
        ("Morgen kommt er.", "Morgen", "2024-10-26", "2024-10-26"),
        ("In zwei Wochen soll entschieden werden.", "In zwei Wochen", "2024-11-08", "2024-11-08"),
        ("Am Wochenende wird gewählt.", "Wochenende", "2024-10-26", "2024-10-27"),
        ("Am Wochenende kam es zu Protesten.", "Wochenende", "2024-10-19", "2024-10-20"),
        ("Am vergangenen Wochenende kam es zu Protesten.", "vergangenen Wochenende", "2024-10-19", "2024-10-20"),
        ("Die Messe lief zwischen dem 5. und 9. März 2024.", "5. und 9. März 2024", "2024-03-05", "2024-03-09"),
        ("Er lebte 1909–1959 in Wien.", "1909–1959", "1909-01-01", "1959-12-31"),
        ("In den Jahren 2010 bis 2014 stieg die Zahl.", "2010 bis 2014", "2010-01-01", "2014-12-31"),
        ("Zwischen 2010 und 2014 stieg die Zahl.", "2010 und 2014", "2010-01-01", "2014-12-31"),
    ],
)
def test_dates_are_normalised_against_the_article_date(text, expected_text, start, end):
    found = find_dates(text, reference=REFERENCE)
    if start is None:
        assert expected_text not in [m.text for m in found]
        return
    assert [m.text for m in found] == [expected_text]
    assert found[0].value is not None
    assert (found[0].value.start, found[0].value.end) == (start, end)
    assert text[found[0].start : found[0].end] == expected_text


def test_relative_dates_without_article_date_keep_text_but_no_value():
    found = find_dates("Anfang dieses Jahres und vor zwei Jahren", reference=None)
    assert [m.text for m in found] == ["Anfang dieses Jahres", "vor zwei Jahren"]
    assert all(m.value is None for m in found)


def test_day_and_month_without_year_use_iso_year_less_form():
    (found,) = find_dates("am 5. November", reference=None)
    assert found.value is not None and found.value.as_json() == "--11-05"


@pytest.mark.parametrize("text", ["1.800 Euro", "2000 Soldaten kamen", "Version 2.0.1", "die Zeit drängt"])
def test_numbers_that_are_not_dates(text):
    assert find_dates(text, reference=REFERENCE) == []


def test_invalid_calendar_day_is_ignored():
    assert [m.value for m in find_dates("am 31.02.2024", reference=None)] == []


def test_same_year_refers_back_to_the_last_year_named():
    found = find_dates("bis Juli 2022 lieferte er, doch im September desselben Jahres nicht", reference=None)
    assert found[-1].value is not None and found[-1].value.start == "2022-09-01"


def test_parse_iso_day():
    assert parse_iso_day("2024-10-25") == date(2024, 10, 25)
    assert parse_iso_day("gestern") is None
    assert parse_iso_day(None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Unternehmer reiste 2002 nach Moskau.", ["2002-01-01/2002-12-31"]),
        ("Der Krieg begann 2022.", ["2022-01-01/2022-12-31"]),
        # counts and measures are not years
        ("Es kamen 2000 Soldaten.", []),
        ("Die Strecke ist 2000 km lang.", []),
        ("Die Nummern 2015-2020 sind vergeben.", []),
    ],
)
def test_bare_years(text, expected):
    found = find_dates(text, reference=date(2024, 10, 25))
    assert [f"{m.value.start}/{m.value.end}" for m in found] == expected


ARTICLE_DAY = date(2026, 11, 20)  # a Friday


def _values(text: str, reference: date | None = ARTICLE_DAY) -> list[tuple[str, object]]:
    return [(m.text, m.value.as_json() if m.value else None) for m in find_dates(text, reference=reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im dritten Quartal 2025 brach der Absatz ein.", [("dritten Quartal 2025", ("2025-07-01", "2025-09-30"))]),
        (
            "Der Bericht folgt bis Ende des zweiten Quartals 2027.",
            [("bis Ende des zweiten Quartals 2027", ("..", "2027-06-30"))],
        ),
        (
            "Anfang des vierten Quartals 2026 sanken die Kurse.",
            [("Anfang des vierten Quartals 2026", ("2026-10-01", "2026-10-31"))],
        ),
        ("Im zweiten Halbjahr 2025 stieg die Zahl.", [("zweiten Halbjahr 2025", ("2025-07-01", "2025-12-31"))]),
        (
            "Mitte des ersten Halbjahres 2028 ist Schluss.",
            [("Mitte des ersten Halbjahres 2028", ("2028-03-01", "2028-04-30"))],
        ),
        # there is no third half-year: only the year is a date
        ("Das 3. Halbjahr 2025 gibt es nicht.", [("2025", ("2025-01-01", "2025-12-31"))]),
    ],
)
def test_quarters_and_half_years(text, expected):
    assert _values(text) == [(t, {"start": s, "end": e}) for t, (s, e) in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # looking ahead, a day more than two months past is next year's; "ab" leaves the end open
        ("Der neue Tarif gilt ab dem 1. Februar.", ("ab dem 1. Februar", {"start": "2027-02-01", "end": ".."})),
        ("Die Frist läuft bis zum 15. April.", ("bis zum 15. April", {"start": "..", "end": "2027-04-15"})),
        ("Der Landtag wird am 12. März abstimmen.", ("12. März", "2027-03-12")),
        ("Ab Juli sollen die Preise sinken.", ("Ab Juli", {"start": "2027-07-01", "end": ".."})),
        ("Die Piloten wollen am 12. März streiken.", ("12. März", "2027-03-12")),
        ("Der Verband plant für den 12. März eine Kundgebung.", ("12. März", "2027-03-12")),
        ("Wir rechnen jetzt mit dem 12. März.", ("12. März", "2027-03-12")),
        # a day just past, or still ahead, keeps the article's year
        ("Die Reform soll am 2. Oktober greifen.", ("2. Oktober", "2026-10-02")),
        ("Die Ausstellung wird am 3. Dezember eröffnet.", ("3. Dezember", "2026-12-03")),
        # reports of the past keep the article's year, whatever else the sentence says
        ("Das Treffen fand am 12. März statt.", ("12. März", "2026-03-12")),
        ("Sie war bis zum 15. April Ministerin.", ("bis zum 15. April", {"start": "..", "end": "2026-04-15"})),
        ("Er soll am 12. März in Wien gewesen sein.", ("12. März", "2026-03-12")),
        # "seit" still ends at the article's date
        ("Seit dem 1. Februar gilt der Tarif.", ("Seit dem 1. Februar", {"start": "2026-02-01", "end": "2026-11-20"})),
    ],
)
def test_year_less_days_look_ahead_in_future_sentences(text, expected):
    assert _values(text) == [expected]


def test_a_sentence_end_after_a_month_is_not_part_of_the_date():
    assert _values("Er kam am 4. Mai. Dann ging er.") == [("4. Mai", "2026-05-04")]
    assert _values("Stand: 4. Okt. 2025") == [("4. Okt. 2025", "2025-10-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Mittwoch, dem 18. November, sprach sie.", ("Mittwoch, dem 18. November", "2026-11-18")),
        ("Sonntag, 22. November 2026: Wahltag", ("Sonntag, 22. November 2026", "2026-11-22")),
        # the weekday tells the year when the article's year does not fit it
        ("Am Donnerstag, den 7. Januar, war Ruhe.", ("Donnerstag, den 7. Januar", "2027-01-07")),
    ],
)
def test_a_weekday_with_its_date_is_that_date(text, expected):
    assert _values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Frist gilt vom 2. Mai bis 31. August 2027.",
            ("2. Mai bis 31. August 2027", ("2027-05-02", "2027-08-31")),
        ),
        (
            "Gesperrt ist die Straße vom 3. bis 9. Februar 2025.",
            ("3. bis 9. Februar 2025", ("2025-02-03", "2025-02-09")),
        ),
        (
            "Er reiste vom 20. Dezember bis 6. Januar 2026.",
            ("20. Dezember bis 6. Januar 2026", ("2025-12-20", "2026-01-06")),
        ),
        ("Von April bis Juni 2024 fiel kein Regen.", ("April bis Juni 2024", ("2024-04-01", "2024-06-30"))),
        ("Von 2019 bis 2021 lebte sie in Graz.", ("2019 bis 2021", ("2019-01-01", "2021-12-31"))),
    ],
)
def test_ranges_are_one_interval(text, expected):
    label, (start, end) = expected
    assert _values(text) == [(label, {"start": start, "end": end})]


def test_day_range_without_any_year_keeps_year_less_days():
    assert _values("vom 2. Mai bis 31. August", reference=None) == [
        ("2. Mai bis 31. August", {"start": "--05-02", "end": "--08-31"})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain weekday is the latest one up to the article's date (a Friday)
        ("Am Donnerstagmorgen stürzte der Kran.", ("Donnerstagmorgen", "2026-11-19")),
        ("Der Brand brach am Samstagnachmittag aus.", ("Samstagnachmittag", "2026-11-14")),
        ("Am Freitag kam die Nachricht.", ("Freitag", "2026-11-20")),
        # "kommenden"/"nächsten" is the next one after it, "vergangenen" the one before
        ("Die Jury entscheidet am nächsten Freitag.", ("nächsten Freitag", "2026-11-27")),
        ("Das Parlament tagt kommenden Montag.", ("kommenden Montag", "2026-11-23")),
        ("Am vergangenen Freitag wurde gewählt.", ("vergangenen Freitag", "2026-11-13")),
        # looking ahead, a plain weekday is the next one
        ("Die Ministerin wird am Dienstagvormittag sprechen.", ("Dienstagvormittag", "2026-11-24")),
    ],
)
def test_weekdays(text, expected):
    assert _values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ARTICLE_DAY is a Friday: weeks run Monday to Sunday
        ("Der Brand wütet seit Sonntag.", ("seit Sonntag", {"start": "2026-11-15", "end": "2026-11-20"})),
        ("Im vergangenen Jahr stiegen die Preise.", ("Im vergangenen Jahr", {"start": "2025-01-01", "end": "2025-12-31"})),
        ("Regen ist für die kommende Woche angesagt.", ("kommende Woche", {"start": "2026-11-23", "end": "2026-11-29"})),
        ("Letzte Woche gab es Streit.", ("Letzte Woche", {"start": "2026-11-09", "end": "2026-11-15"})),
    ],
)
def test_relative_weeks_years_and_since_a_weekday(text, expected):
    assert _values(text) == [expected]


THURSDAY = date(2026, 11, 12)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # the announced act follows the announcement, whatever the tense of the frame
        ("Die Landrätin kündigte an, am Freitag die Unglücksstelle zu besuchen.", THURSDAY, ["2026-11-13"]),
        ("Der Verband plante, am Montag vor dem Rathaus zu demonstrieren.", THURSDAY, ["2026-11-16"]),
        ("Die Stadt hat vor, am Samstag die Rheinbrücke zu sperren.", THURSDAY, ["2026-11-14"]),
        ("Die Fahrer drohten, im Februar die Arbeit niederzulegen.", THURSDAY, ["2027-02-01"]),
        ("Er sei bereit, am Dienstag erneut zu verhandeln.", THURSDAY, ["2026-11-17"]),
        # a call to act: the frame's weekday is past, the range it calls for lies ahead
        (
            "Der Verband rief die Piloten am Mittwoch auf, vom 2. bis 4. März die Arbeit niederzulegen.",
            THURSDAY,
            ["2026-11-11", "2027-03-02"],
        ),
        # the frame's own date is when it was said, in the past; only the clause looks ahead
        (
            "Die Ministerin kündigte am Dienstag an, am Freitag nach Rostock zu fahren.",
            THURSDAY,
            ["2026-11-10", "2026-11-13"],
        ),
        ("Das kündigte die Gewerkschaft am Mittwoch an.", THURSDAY, ["2026-11-11"]),
        ("Er hatte am Freitag angekündigt, zurückzutreten.", THURSDAY, ["2026-11-06"]),
        # "kündigen" without "an" is a dismissal, and a date after the zu-clause is not in it
        ("Die Firma kündigte am Freitag drei Fahrern.", THURSDAY, ["2026-11-06"]),
        ("Sie kündigte an, nach Kiel zu ziehen; am Freitag räumte sie das Büro.", THURSDAY, ["2026-11-06"]),
    ],
)
def test_dates_in_an_announced_or_planned_act_look_ahead(text, reference, expected):
    assert [m.value.start for m in find_dates(text, reference=reference) if m.value] == expected


@pytest.mark.parametrize("text", ["Am Morgen kam er.", "Die Zeitung Heute berichtete darüber."])
def test_capitalised_deictic_words_inside_a_sentence_are_no_dates(text):
    assert find_dates(text, reference=REFERENCE) == []


def test_in_days_in_a_past_sentence_is_a_duration_without_a_date():
    (found,) = find_dates("Die Brücke wurde in drei Tagen gebaut.", reference=REFERENCE)
    assert found.text == "in drei Tagen" and found.value is None
