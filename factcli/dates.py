"""German date and period expressions, normalised to ISO days or intervals.

Pure functions over text, so the spaCy component in `nlp.py` and the tests share them.
Relative expressions ("vor zwei Jahren", "Anfang dieses Jahres", "am 5. November") are resolved
against the article's date when it is known; without it they keep their text and get no value,
except a day and month, which becomes the ISO 8601 year-less form `--MM-DD`.
Open ends of intervals ("seit Ende 2022", "bis Juli 2022") are written `..` as in ISO 8601-2.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from factcli.model import DateValue

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip
NUMBER_WORDS = {
    "ein": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
}  # fmt: skip
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonntag": 6,
}  # fmt: skip
# Part of a year or month: which slice of it a phrase like "Ende 2022" means.
PART_OF_YEAR = {"anfang": (1, 3), "mitte": (5, 8), "ende": (10, 12), "frühjahr": (3, 5),
                "frühling": (3, 5), "sommer": (6, 8), "herbst": (9, 11), "winter": (12, 12)}  # fmt: skip
PART_OF_MONTH = {"anfang": (1, 10), "mitte": (11, 20), "ende": (21, 31)}

_MONTH = r"(?P<month>(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"))\.?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_PART = r"(?P<part>Anfang|Mitte|Ende|Frühjahr|Frühling|Sommer|Herbst|Winter)"
_NUM = r"(?P<num>\d{1,2}|(?i:" + "|".join(NUMBER_WORDS) + r"))"

# Each core expression names its groups; prefixes "seit" / "bis" / "ab" wrap any of them.
CORE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("numeric", r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>(?:19|20)?\d\d)(?![\d.]\d)"),
    ("iso", r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    ("day_month", r"(?<![\d.])(?P<day>[0-3]?\d)\.\s*" + _MONTH + r"(?:\s+" + _YEAR + r")?(?![\w])"),
    ("part_month", _PART + r"\s+" + _MONTH + r"(?:\s+" + _YEAR + r")?(?!\w)"),
    ("month_year", _MONTH + r"\s+" + _YEAR + r"(?!\w)"),
    (
        "part_year",
        _PART + r"\s+(?:(?:des\s+Jahres\s+)?" + _YEAR + r"|(?P<rel>dieses|letzten|vergangenen|"
        r"nächsten|kommenden)\s+Jahres)(?!\w)",
    ),
    (
        "rel_year",
        r"(?P<rel>dieses|diesen|in\s+diesem|letztes|im\s+letzten|vergangenes|im\s+vergangenen|"
        r"vorigen|im\s+vorigen|nächstes|im\s+nächsten|kommendes|im\s+kommenden)\s+Jahr(?:es)?(?!\w)",
    ),
    ("ago", r"[Vv]or\s+" + _NUM + r"\s+(?P<unit>Jahren|Jahr|Monaten|Monat|Wochen|Woche|Tagen|Tag)(?!\w)"),
    ("same_year", r"(?:im\s+)?" + _MONTH + r"\s+(?:desselben|des\s+gleichen|des\s+selben)\s+Jahres(?!\w)"),
    ("quarter", r"(?P<q>ersten|zweiten|dritten|vierten|1\.|2\.|3\.|4\.)\s+Quartal\s+" + _YEAR),
    ("month", r"\b(?P<lead>im|Im|seit|Seit|bis|Bis|ab|Ab)\s+" + _MONTH + r"(?!\s*\d)(?!\w)"),
    ("weekday", r"\b(?P<lead>am|Am)\s+(?P<weekday>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?!\w)"),
    ("deictic", r"(?<!\w)(?P<deictic>heute|gestern|vorgestern|morgen)(?!\w)"),
    (
        "year",
        r"\b(?P<lead>im|Im|seit|Seit|bis|Bis|ab|Ab|von|Von|vor|nach|Jahr|Jahre|Jahres|um|Um|"
        r"bereits|schon|in|In)\s+" + _YEAR + r"(?![\d.,]\d)(?!\w)",
    ),
    # A bare year ("Musk reiste 2002 nach Moskau", "die Wahl 2024."); not a count ("2000 Soldaten",
    # "2000 km"), which a noun or unit follows, nor part of a number, range or code.
    (
        "bare_year",
        r"(?<![\w.,/§-])(?<!Nr\.\s)(?P<year>19\d\d|20[0-4]\d)(?![\d.,:/-]\d)(?!\w)(?!-)"
        r"(?!\s+(?:[A-ZÄÖÜ]|km\b|kg\b|m\b|t\b|ha\b|mal\b|Mal\b))",
    ),
)


def _compile() -> re.Pattern[str]:
    parts = []
    for name, pattern in CORE_PATTERNS:
        # group names must be unique across the alternation, so suffix them per pattern
        renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1__{name}>", pattern)
        parts.append(f"(?P<{name}>{renamed})")
    body = "|".join(parts)
    return re.compile(r"(?:(?P<prefix>seit|Seit|bis|Bis|ab|Ab)\s+(?:dem\s+|zum\s+)?)?(?:" + body + ")")


DATE_PATTERN = _compile()


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: DateValue | None


def find_dates(text: str, *, reference: date | None = None) -> list[DateMatch]:
    """All date expressions in `text`, left to right, longest first at each position."""
    matches: list[DateMatch] = []
    last_year: int | None = reference.year if reference else None
    for match in DATE_PATTERN.finditer(text):
        kind = next(name for name, _ in CORE_PATTERNS if match.group(name) is not None)
        groups = {
            key.split("__")[0]: value
            for key, value in match.groupdict().items()
            if key.endswith(f"__{kind}") and value is not None
        }
        start = match.start()
        prefix = match.group("prefix")
        if lead := groups.pop("lead", None):
            # the preposition is context, not part of the date, except the interval words
            lead_end = match.end(f"lead__{kind}")
            if lead.lower() in ("seit", "bis", "ab"):
                prefix = lead
            else:
                start = match.end(f"lead__{kind}") + len(text[lead_end:]) - len(text[lead_end:].lstrip())
        value = _resolve(kind, groups, reference=reference, last_year=last_year)
        if value is None and kind in ("numeric", "iso"):
            continue  # "31.02.2024" is no date; a version or phone number more likely
        if value is not None:
            last_year = int(value.start[:4]) if value.start[:4].isdigit() else last_year
            value = _apply_prefix(prefix, value, reference)
        matches.append(DateMatch(start, match.end(), text[start : match.end()], value))
    return matches


def _apply_prefix(prefix: str | None, value: DateValue, reference: date | None) -> DateValue:
    if not prefix:
        return value
    if prefix.lower() in ("seit", "ab"):
        return DateValue(value.start, reference.isoformat() if reference else "..")
    return DateValue("..", value.end)  # "bis"


def _day(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day).isoformat()


def _month_span(year: int, first: int, last: int, first_day: int = 1, last_day: int = 31) -> DateValue:
    last_day = min(last_day, calendar.monthrange(year, last)[1])
    return DateValue(date(year, first, first_day).isoformat(), date(year, last, last_day).isoformat())


def _year_of_month(month: int, reference: date | None) -> int | None:
    """A month named without a year: the closest such month to the article's date."""
    if reference is None:
        return None
    return reference.year - 1 if month > reference.month + 2 else reference.year


def _resolve(kind: str, g: dict[str, str], *, reference: date | None, last_year: int | None) -> DateValue | None:
    year: int | None
    if kind in ("numeric", "iso"):
        year = int(g["year"])
        year = year + 2000 if year < 100 else year
        day = _day(year, int(g["mon"]), int(g["day"]))
        return DateValue(day, day) if day else None
    if kind == "day_month":
        month = MONTHS[g["month"].lower()]
        year_text = g.get("year")
        year = int(year_text) if year_text else _year_of_month(month, reference)
        if year is None:
            return DateValue(f"--{month:02d}-{int(g['day']):02d}", f"--{month:02d}-{int(g['day']):02d}")
        day = _day(year, month, int(g["day"]))
        return DateValue(day, day) if day else None
    if kind in ("month_year", "month", "same_year"):
        month = MONTHS[g["month"].lower()]
        year = (
            int(g["year"])
            if g.get("year")
            else (last_year if kind == "same_year" else _year_of_month(month, reference))
        )
        return _month_span(year, month, month) if year else None
    if kind == "part_month":
        month = MONTHS[g["month"].lower()]
        year = int(g["year"]) if g.get("year") else _year_of_month(month, reference)
        first, last = PART_OF_MONTH.get(g["part"].lower(), (1, 31))
        return _month_span(year, month, month, first, last) if year else None
    if kind == "part_year":
        year = int(g["year"]) if g.get("year") else _relative_year(g.get("rel", ""), reference)
        if year is None:
            return None
        first, last = PART_OF_YEAR[g["part"].lower()]
        return _month_span(year, first, last)
    if kind == "rel_year":
        year = _relative_year(g["rel"], reference)
        return _month_span(year, 1, 12) if year else None
    if kind in ("year", "bare_year"):
        return _month_span(int(g["year"]), 1, 12)
    if kind == "quarter":
        quarter = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}.get(
            g["q"], int(g["q"][0]) if g["q"][0].isdigit() else 1
        )
        return _month_span(int(g["year"]), quarter * 3 - 2, quarter * 3)
    if reference is None:
        return None
    if kind == "ago":
        return _ago(g, reference)
    if kind == "weekday":
        back = (reference.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
        day = (reference - timedelta(days=back)).isoformat()
        return DateValue(day, day)
    if kind == "deictic":
        shift = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1}[g["deictic"].lower()]
        day = (reference + timedelta(days=shift)).isoformat()
        return DateValue(day, day)
    return None


def _relative_year(rel: str, reference: date | None) -> int | None:
    if reference is None:
        return None
    rel = rel.lower()
    if any(word in rel for word in ("letzt", "vergangen", "vorig")):
        return reference.year - 1
    if any(word in rel for word in ("nächst", "kommend")):
        return reference.year + 1
    return reference.year


def _ago(g: dict[str, str], reference: date) -> DateValue:
    number = g["num"].lower()
    amount = int(number) if number.isdigit() else NUMBER_WORDS[number]
    unit = g["unit"].lower()
    if unit.startswith("jahr"):
        return _month_span(reference.year - amount, 1, 12)
    if unit.startswith("monat"):
        month_index = reference.year * 12 + reference.month - 1 - amount
        year, month = divmod(month_index, 12)
        return _month_span(year, month + 1, month + 1)
    days = amount * 7 if unit.startswith("woche") else amount
    day = (reference - timedelta(days=days)).isoformat()
    return DateValue(day, day)


def parse_iso_day(value: str | None) -> date | None:
    """The article date as a `date`, or None when unknown or not a full ISO day."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
