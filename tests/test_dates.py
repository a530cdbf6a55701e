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
