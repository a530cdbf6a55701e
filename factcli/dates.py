"""German date and period expressions, normalised to ISO days or intervals.

Pure functions over text, so the spaCy component in `nlp.py` and the tests share them.
Relative expressions ("vor zwei Jahren", "Anfang dieses Jahres", "am 5. November") are resolved
against the article's date when it is known; without it they keep their text and get no value,
except a day and month, which becomes the ISO 8601 year-less form `--MM-DD`.
Open ends of intervals ("ab dem 1. Januar", "bis Juli 2022") are written `..` as in ISO 8601-2;
"seit" ends at the article's date, since what began then still holds when the article is written.
"""

from __future__ import annotations

import bisect
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
ORDINALS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4}
# A weekday compound ("Dienstagabend") names a time of that day; "vormittag" before "mittag".
_DAYTIME = r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?"
_WEEKDAY = r"(?P<weekday>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)" + _DAYTIME
_AHEAD = ("kommend", "nächst")
_REL_WEEKDAY = r"(?P<rel>(?i:kommenden|nächsten|vergangenen|letzten|vorigen))"
# A sentence that looks ahead: "wird", "soll", "kommende"; a past auxiliary or a reported past
# ("soll … gesagt haben") outweighs it. The date's own "ab" / "bis" counts too (see find_dates).
FUTURE_CUE = re.compile(
    r"(?i)(?<!\w)(?:wird|werden|soll|sollen|künftig\w*|kommend\w*|will|wollen|wolle|plant|planen|plane|geplant|"
    r"vorgesehen|angekündigt|voraussichtlich|bevorstehend\w*|rechnet|rechnen|erwartet|erwarten)(?!\w)"
)
PAST_CUE = re.compile(
    r"(?i)(?<!\w)(?:war|waren|wurde|wurden|hatte|hatten)(?!\w)|(?<!\w)soll(?:en)?(?!\w).*(?<!\w)(?:haben|sein)(?!\w)"
)
# A verb of announcing, planning, calling on or committing that opens a zu-infinitive clause: "kündigte an,
# am Freitag in das Gebiet zu reisen", "plante, im Juni zu eröffnen", "rief die Mitglieder auf, vom 2. bis
# 4. Juni die Arbeit niederzulegen", "drohte, ab Montag zu streiken". What such a
# clause states lies after the speech act, whatever the tense of the frame. "kündigen" needs its "an"
# ("kündigte 200 Mitarbeitern" is a dismissal).
INTENT_FRAME = re.compile(
    r"(?i)(?<!\w)(?:kündig(?:t|te|ten|en)\b(?:\s+[^\s,.;:]+){0,6}?\s+an|ankündig\w*|angekündigt|"
    r"(?:rief|riefen|ruft|rufen|forderte|forderten|fordert|fordern)\b(?:\s+[^\s,.;:]+){0,6}?\s+auf|"
    r"aufgerufen|aufgefordert|"
    r"plan(?:t|te|ten|en)|geplant|beabsichtig\w*|versprach\w*|versprochen|versprich\w*|verspricht|"
    r"droh(?:t|te|ten|en)|gedroht|beschloss\w*|beschlossen|(?:hat|haben|hatte|hatten)\s+vor|vorhab\w*|"
    r"(?:sich|\w+)\s+vorgenommen|bereit|entschlossen|zugesagt|zusicher\w*|(?:sagte|sagten|sicherte|sicherten)"
    r"(?:\s+[^\s,.;:]+){0,4}?\s+zu)\s*,\s*"
)
# A zu-infinitive: "zu reisen", or with the "zu" inside a separable verb ("niederzulegen", "anzureisen").
ZU_INFINITIVE = re.compile(r"(?<!\w)zu\s+[a-zäöüß]+n(?!\w)|(?<!\w)[a-zäöüß]{2,}zu[a-zäöüß]{2,}n(?!\w)")
INTENT_REACH = 120  # characters from the date to the end of its zu-infinitive clause
SENTENCE_WINDOW = 300
# A sentence ends at . ! ? before a capital, but not after an ordinal day ("am 1. Januar").
SENTENCE_END = re.compile(r"(?<![\s(]\d)(?<![\s(]\d\d)(?<!^\d)(?<!^\d\d)[.!?](?=\s+[A-ZÄÖÜ„\"])")
# only abbreviations take a dot ("5. Jan. 2024"); after "Januar" it ends the sentence
_MONTH_ABBREVIATIONS = {"jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez"}
_MONTH_NAMES = "|".join(
    re.escape(m) + (r"\.?" if m in _MONTH_ABBREVIATIONS else "") for m in sorted(MONTHS, key=len, reverse=True)
)


def _month_re(name: str = "month") -> str:
    return rf"(?P<{name}>(?i:{_MONTH_NAMES}))"


def _year_re(name: str = "year") -> str:
    return rf"(?P<{name}>(?:1[89]|20)\d\d)"


def _day_re(name: str = "day") -> str:
    return rf"(?<![\d.])(?P<{name}>[0-3]?\d)\.\s*"


_MONTH = _month_re()
_YEAR = _year_re()
_PART = r"(?P<part>Anfang|Mitte|Ende|Frühjahr|Frühling|Sommer|Herbst|Winter)"
_NUM = r"(?P<num>\d{1,2}|(?i:" + "|".join(NUMBER_WORDS) + r"))"

# Each core expression names its groups; prefixes "seit" / "bis" / "ab" wrap any of them.
CORE_PATTERNS: tuple[tuple[str, str], ...] = (
    # ranges first: "vom 1. März bis 30. Juni 2027" is one interval, the second year applying to both
    (
        "day_range",
        rf"(?P<lead>vom|Vom|von|Von|(?:zwischen|Zwischen)(?:\s+dem)?)\s+(?:dem\s+)?{_day_re('day1')}(?:{_month_re('month1')}"
        rf"(?:\s+{_year_re('year1')})?\s+)?(?:bis|und)\s+(?:zum\s+|dem\s+)?{_day_re('day2')}{_month_re('month2')}"
        rf"(?:\s+{_year_re('year2')})?(?!\w)",
    ),
    (
        "month_range",
        rf"(?P<lead>von|Von)\s+{_month_re('month1')}(?:\s+{_year_re('year1')})?\s+bis\s+(?:zum\s+)?"
        rf"{_month_re('month2')}(?:\s+{_year_re('year2')})?(?!\s*\d)(?!\w)",
    ),
    (
        "year_range",
        # a bare span only with the typographic dash: "Die Nummern 2015-2020" are numbers
        r"(?:(?P<lead>von|Von|zwischen|Zwischen|(?:[Ii]n\s+den\s+)?Jahren|Jahre)\s+" + _year_re("year1")
        + r"(?:\s+(?:bis|und)\s+|\s?[–-]\s?)|(?<![\w.,/§-])" + _year_re("span1") + r"\s?[–—]\s?)" + _year_re("year2")
        + r"(?![\d.,]\d)(?!\w)",
    ),
    # "Montag, dem 23. November" is that day, not a Monday of its own
    (
        "weekday_date",
        rf"(?:\b(?P<lead>am|Am)\s+)?\b{_WEEKDAY},\s+(?:dem\s+|den\s+)?{_day_re()}{_MONTH}(?:\s+{_YEAR})?(?!\w)",
    ),
    ("numeric", r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>(?:19|20)?\d\d)(?![\d.]\d)"),
    ("iso", r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    ("day_month", _day_re() + _MONTH + r"(?:\s+" + _YEAR + r")?(?![\w])"),
    ("part_month", _PART + r"\s+" + _MONTH + r"(?:\s+" + _YEAR + r")?(?!\w)"),
    ("month_year", _MONTH + r"\s+" + _YEAR + r"(?!\w)"),
    (
        "part_year",
        _PART + r"\s+(?:(?:des\s+Jahres\s+)?" + _YEAR + r"|(?P<rel>dieses|letzten|vergangenen|"
        r"nächsten|kommenden)\s+Jahres)(?!\w)",
    ),
    (
        "rel_year",
        r"(?P<rel>[Dd]ieses|[Dd]iesen|[Ii]n\s+diesem|[Ll]etztes|[Ii]m\s+letzten|[Vv]ergangenes|[Ii]m\s+vergangenen|"
        r"[Vv]origen|[Ii]m\s+vorigen|[Nn]ächstes|[Ii]m\s+nächsten|[Kk]ommendes|[Ii]m\s+kommenden)\s+Jahr(?:es)?(?!\w)",
    ),
    # "nächste Woche", "in der vergangenen Woche": Monday to Sunday of that week
    (
        "rel_week",
        r"(?<!\w)(?P<rel>[Dd]iese|[Nn]ächste|[Kk]ommende|[Ll]etzte|[Vv]ergangene|[Vv]orige)[nr]?\s+Woche(?!\w)",
    ),
    ("ago", r"[Vv]or\s+" + _NUM + r"\s+(?P<unit>Jahren|Jahr|Monaten|Monat|Wochen|Woche|Tagen|Tag)(?!\w)"),
    ("same_year", r"(?:im\s+)?" + _MONTH + r"\s+(?:desselben|des\s+gleichen|des\s+selben)\s+Jahres(?!\w)"),
    (
        "quarter",
        r"(?:(?P<part>Anfang|Mitte|Ende)\s+des\s+)?(?<!\w)(?:(?P<q>ersten|zweiten|dritten|vierten|[1-4]\.)\s+Quartal"
        r"|(?P<half>ersten|zweiten|[12]\.)\s+Halbjahr)(?:e?s)?\s+(?:des\s+Jahres\s+)?" + _YEAR + r"(?!\w)",
    ),
    ("month", r"\b(?P<lead>im|Im|seit|Seit|bis|Bis|ab|Ab)\s+" + _MONTH + r"(?!\s*\d)(?!\w)"),
    ("weekday", r"\b(?P<lead>am|Am|seit|Seit|bis|Bis|ab|Ab)\s+(?:" + _REL_WEEKDAY + r"\s+)?" + _WEEKDAY + r"(?!\w)"),
    ("rel_weekday", r"(?<!\w)" + _REL_WEEKDAY + r"\s+" + _WEEKDAY + r"(?!\w)"),
    # capitalised only where a sentence starts: "Heute" inside one is the Austrian paper, "am Morgen" a time of day
    (
        "deictic",
        r"(?:(?<!\w)(?P<deictic>heute|gestern|vorgestern|morgen|übermorgen)"
        r"|(?:(?<![\s\S])|(?<=[.!?:]\s)|(?<=\n))(?P<initial>Heute|Gestern|Vorgestern|Morgen|Übermorgen))(?!\w)",
    ),
    ("ahead", r"(?<!\w)[Ii]n\s+" + _NUM + r"\s+(?P<unit>Jahren|Monaten|Wochen|Tagen)(?!\w)"),
    ("weekend", r"(?<!\w)(?P<lead>am|Am)\s+(?:(?P<rel>kommenden|nächsten|vergangenen|letzten)\s+)?Wochenende(?!\w)"),
    (
        "year",
        r"\b(?P<lead>im|Im|seit|Seit|bis|Bis|ab|Ab|von|Von|vor|nach|Jahr|Jahre|Jahres|um|Um|"
        r"bereits|schon|in|In)\s+" + _YEAR + r"(?![\d.,]\d)(?!\s?[–-]\s?\d)(?!\w)",
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
    sentence_ends = [m.end() for m in SENTENCE_END.finditer(text)]
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
        first, last = _sentence_bounds(text, sentence_ends, match.start(), match.end())
        future = _looks_ahead(prefix, text[first:last], match.start() - first)
        value = _resolve(kind, groups, reference=reference, last_year=last_year, future=future)
        if value is None and kind in ("numeric", "iso"):
            continue  # "31.02.2024" is no date; a version or phone number more likely
        if value is not None:
            last_year = int(value.start[:4]) if value.start[:4].isdigit() else last_year
            value = _apply_prefix(prefix, value, reference)
        matches.append(DateMatch(start, match.end(), text[start : match.end()], value))
    return matches


def _sentence_bounds(text: str, ends: list[int], start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence around text[start:end], from the sentence ends found once per text.

    At most SENTENCE_WINDOW characters either side, so a text without sentence ends stays linear."""
    before = bisect.bisect_right(ends, start)
    after = bisect.bisect_left(ends, end)
    first = max(ends[before - 1] if before else 0, start - SENTENCE_WINDOW)
    last = min(ends[after] if after < len(ends) else len(text), end + SENTENCE_WINDOW)
    return first, last


def _looks_ahead(prefix: str | None, sentence: str, offset: int = 0) -> bool:
    """Whether a date without a year (at `offset` in its sentence) lies ahead: it is part of an announced
    or planned act, or has its own "ab"/"bis", or its sentence has a future cue and no past one."""
    if prefix and prefix.lower() == "seit":
        return False
    if _in_intended_clause(sentence, offset):
        return True
    cued = bool(prefix and prefix.lower() in ("ab", "bis")) or bool(FUTURE_CUE.search(sentence))
    return cued and not PAST_CUE.search(sentence)


def _in_intended_clause(sentence: str, offset: int) -> bool:
    """Whether the date at `offset` stands in the zu-infinitive clause of an announcement or plan ("kündigte
    an, am Freitag … zu reisen"): the frame comes before it, the zu-infinitive after it.

    A past frame does not make it past: the announced act follows the announcement. The frame's own date
    ("kündigte am Dienstag an, …") lies before the comma and is not part of the clause."""
    if not any(frame.end() <= offset for frame in INTENT_FRAME.finditer(sentence, 0, offset)):
        return False
    rest = re.split(r"[;:]", sentence[offset : offset + INTENT_REACH], maxsplit=1)[0]
    return bool(ZU_INFINITIVE.search(rest))


def _apply_prefix(prefix: str | None, value: DateValue, reference: date | None) -> DateValue:
    if not prefix:
        return value
    if prefix.lower() == "seit":
        return DateValue(value.start, reference.isoformat() if reference else "..")
    if prefix.lower() == "ab":
        return DateValue(value.start, "..")  # what starts then may lie ahead of the article
    return DateValue("..", value.end)  # "bis"


def _day(year: int, month: int, day: int) -> str | None:
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day).isoformat()


def _month_span(year: int, first: int, last: int, first_day: int = 1, last_day: int = 31) -> DateValue:
    last_day = min(last_day, calendar.monthrange(year, last)[1])
    return DateValue(date(year, first, first_day).isoformat(), date(year, last, last_day).isoformat())


def _year_of_month(month: int, reference: date | None, *, future: bool = False) -> int | None:
    """A month named without a year: the article's year, unless that is implausibly far off.

    Looking back, a month more than two months after the article's is last year's ("im Dezember"
    in a January article); looking ahead ("ab dem 1. Januar", "wird im März"), a month more than
    two months before it is next year's.
    """
    if reference is None:
        return None
    if future:
        return reference.year + 1 if month < reference.month - 2 else reference.year
    return reference.year - 1 if month > reference.month + 2 else reference.year


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _resolve(
    kind: str, g: dict[str, str], *, reference: date | None, last_year: int | None, future: bool = False
) -> DateValue | None:
    year: int | None
    if kind in ("day_range", "month_range", "year_range"):
        return _range(kind, g, reference, future)
    if kind in ("numeric", "iso"):
        year = int(g["year"])
        year = year + 2000 if year < 100 else year
        day = _day(year, int(g["mon"]), int(g["day"]))
        return DateValue(day, day) if day else None
    if kind in ("day_month", "weekday_date"):
        return _day_month(g, reference, future)
    if kind in ("month_year", "month", "same_year"):
        month = _month_number(g["month"])
        year = (
            int(g["year"])
            if g.get("year")
            else (last_year if kind == "same_year" else _year_of_month(month, reference, future=future))
        )
        return _month_span(year, month, month) if year else None
    if kind == "part_month":
        month = _month_number(g["month"])
        year = int(g["year"]) if g.get("year") else _year_of_month(month, reference, future=future)
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
        return _quarter(g)
    if reference is None:
        return None
    if kind == "ago":
        return _ago(g, reference)
    if kind in ("weekday", "rel_weekday"):
        return _weekday(g, reference, future)
    if kind == "rel_week":
        monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=_relative_step(g["rel"]))
        return DateValue(monday.isoformat(), (monday + timedelta(days=6)).isoformat())
    if kind == "deictic":
        word = (g.get("deictic") or g["initial"]).lower()
        shift = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}[word]
        day = (reference + timedelta(days=shift)).isoformat()
        return DateValue(day, day)
    if kind == "ahead":
        # "in zwei Wochen" is a date only when looking ahead; "baute es in drei Tagen" is a duration
        return _ago(g, reference, direction=1) if future else None
    if kind == "weekend":
        return _weekend(g, reference, future)
    return None


def _weekend(g: dict[str, str], reference: date, future: bool) -> DateValue:
    """ "am Wochenende": the Saturday and Sunday of the article's week when looking ahead, else the
    last one that has begun; "kommenden"/"vergangenen" move one weekend on or back from there."""
    rel = (g.get("rel") or "").lower()
    ahead = rel.startswith(_AHEAD) or (future and not rel)
    saturday = reference + timedelta(days=5 - reference.weekday())
    if not ahead and saturday > reference:
        saturday -= timedelta(weeks=1)  # the weekend just past
    if rel and not ahead:
        saturday -= timedelta(weeks=1) if saturday + timedelta(days=1) >= reference else timedelta(0)
    return DateValue(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat())


def _day_month(g: dict[str, str], reference: date | None, future: bool) -> DateValue | None:
    month, day_of_month = _month_number(g["month"]), int(g["day"])
    if g.get("year"):
        year: int | None = int(g["year"])
    else:
        year = _year_of_month(month, reference, future=future)
        if year is not None and g.get("weekday"):
            year = _year_of_weekday(year, month, day_of_month, WEEKDAYS[g["weekday"].lower()])
    if year is None:
        return DateValue(f"--{month:02d}-{day_of_month:02d}", f"--{month:02d}-{day_of_month:02d}")
    day = _day(year, month, day_of_month)
    return DateValue(day, day) if day else None


def _year_of_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """A weekday named with the date picks the neighbouring year in which they agree, if `year` does not."""
    for candidate in (year, year + 1, year - 1):
        iso = _day(candidate, month, day)
        if iso and date.fromisoformat(iso).weekday() == weekday:
            return candidate
    return year


def _range(kind: str, g: dict[str, str], reference: date | None, future: bool) -> DateValue | None:
    """A range ("vom 1. März bis 30. Juni 2027"); a year given on one end applies to the other."""
    if kind == "year_range":  # "von 1909 bis 1959", "zwischen 2010 und 2014", "1909–1959"
        first, last = int(g.get("year1") or g["span1"]), int(g["year2"])
        return DateValue(f"{first}-01-01", f"{last}-12-31") if first <= last else None
    month2 = _month_number(g["month2"])
    month1 = _month_number(g["month1"]) if g.get("month1") else month2
    day1, day2 = (int(g["day1"]), int(g["day2"])) if kind == "day_range" else (1, 31)
    wraps = (month1, day1) > (month2, day2)  # "vom 1. November bis 31. März 2027" crosses new year
    if g.get("year2"):
        year2 = int(g["year2"])
        year1 = int(g["year1"]) if g.get("year1") else year2 - wraps
    elif g.get("year1"):
        year1 = int(g["year1"])
        year2 = year1 + wraps
    else:
        end_year = _year_of_month(month2, reference, future=future)
        if end_year is None:
            return _year_less_range(kind, month1, day1, month2, day2)
        year1, year2 = end_year - wraps, end_year
    day2 = min(day2, calendar.monthrange(year2, month2)[1]) if kind == "month_range" else day2
    start, end = _day(year1, month1, day1), _day(year2, month2, day2)
    return DateValue(start, end) if start and end and start <= end else None


def _year_less_range(kind: str, month1: int, day1: int, month2: int, day2: int) -> DateValue | None:
    """Without any year, days keep the ISO year-less form `--MM-DD`, as a single day does."""
    if kind != "day_range":
        return None  # a month without a year has no such form, as "im März" has none
    return DateValue(f"--{month1:02d}-{day1:02d}", f"--{month2:02d}-{day2:02d}")


def _quarter(g: dict[str, str]) -> DateValue:
    """A quarter or half-year ("Ende des ersten Quartals 2027"); Anfang/Mitte/Ende take a third of it."""
    months = 6 if g.get("half") else 3
    number = ORDINALS[g.get("half") or g["q"]]
    first, last = number * months - months + 1, number * months
    if part := g.get("part"):
        third = months // 3
        offset = {"anfang": 0, "mitte": third}.get(part.lower(), months - third)
        first, last = first + offset, first + offset + third - 1
    return _month_span(int(g["year"]), first, last)


def _weekday(g: dict[str, str], reference: date, future: bool) -> DateValue:
    """A weekday alone is the latest one up to the article's date, or the next one when looking ahead;
    "kommenden"/"nächsten" and "vergangenen"/"letzten" exclude the article's own day."""
    target = WEEKDAYS[g["weekday"].lower()]
    rel = g.get("rel", "").lower()
    ahead = rel.startswith(_AHEAD) or (future and not rel)
    if ahead:
        shift = (target - reference.weekday()) % 7 or (7 if rel else 0)
    else:
        shift = -((reference.weekday() - target) % 7 or (7 if rel else 0))
    day = (reference + timedelta(days=shift)).isoformat()
    return DateValue(day, day)


def _relative_year(rel: str, reference: date | None) -> int | None:
    return reference.year + _relative_step(rel) if reference else None


def _relative_step(rel: str) -> int:
    """-1 for "letzten"/"vergangenen"/"vorigen", +1 for "nächsten"/"kommenden", 0 for "dieses"."""
    rel = rel.lower()
    if any(word in rel for word in ("letzt", "vergangen", "vorig")):
        return -1
    return 1 if any(word in rel for word in ("nächst", "kommend")) else 0


def _ago(g: dict[str, str], reference: date, direction: int = -1) -> DateValue:
    """ "vor zwei Wochen" (direction -1) or "in zwei Wochen" (+1) from the article's date."""
    number = g["num"].lower()
    amount = direction * (int(number) if number.isdigit() else NUMBER_WORDS[number])
    unit = g["unit"].lower()
    if unit.startswith("jahr"):
        return _month_span(reference.year + amount, 1, 12)
    if unit.startswith("monat"):
        month_index = reference.year * 12 + reference.month - 1 + amount
        year, month = divmod(month_index, 12)
        return _month_span(year, month + 1, month + 1)
    days = amount * 7 if unit.startswith("woche") else amount
    day = (reference + timedelta(days=days)).isoformat()
    return DateValue(day, day)


def parse_iso_day(value: str | None) -> date | None:
    """The article date as a `date`, or None when unknown or not a full ISO day."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
