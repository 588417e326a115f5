"""Dates as wire copy writes them: "Jan. 18", "Thursday, Jan. 18, 2024", "March 3".

A date written without a year takes it from a reference date (the article's own
dates, or ``published``), never from today. With no reference it stays
unresolved (``None``).

>>> import datetime
>>> parse_date("Thursday, Jan. 18, 2024")
datetime.date(2024, 1, 18)
>>> parse_date("Jan 18", reference=datetime.date(2019, 3, 1))
datetime.date(2019, 1, 18)
>>> parse_date("Dec. 30", reference=datetime.date(2020, 1, 2))
datetime.date(2019, 12, 30)
>>> parse_date("Aug.6, 2019")
datetime.date(2019, 8, 6)
>>> parse_date("Jan. 18") is None
True
"""

from __future__ import annotations

import datetime
from typing import Final

import regex

__all__ = ["DATE_PATTERN", "MONTHS", "date_from_match", "parse_date"]

#: month spellings (full, AP abbreviation with or without period, 3-letter) -> number
MONTHS: Final[dict[str, int]] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

_MONTH_ALTERNATION: Final = "|".join(sorted(MONTHS, key=len, reverse=True))

#: A written date: optional weekday, month, day, optional year. No nested quantifiers.
DATE_PATTERN: Final = regex.compile(
    rf"""
    (?:(?P<weekday>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?),?\s{{1,3}})?
    (?P<month>{_MONTH_ALTERNATION})(?:\.\s{{0,3}}|\s{{1,3}})  # "Aug. 6", "Aug 6", "Aug.6"
    (?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b
    (?:,?\s{{1,3}}(?P<year>(?:1[89]|20)\d\d)\b)?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A year-less date more than this many days after the reference is taken from the
# year before: a photo or dateline seldom postdates the article by months.
_FUTURE_SLACK_DAYS: Final = 31


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def parse_date(text: str, *, reference: datetime.date | None = None) -> datetime.date | None:
    """The date that ``text`` starts with, or ``None``."""
    match = DATE_PATTERN.match(text.strip())
    if match is None:
        return None
    return date_from_match(match, reference=reference)


def date_from_match(
    match: regex.Match[str], *, reference: datetime.date | None = None
) -> datetime.date | None:
    """The date of a :data:`DATE_PATTERN` match."""
    month = MONTHS[match.group("month").lower()]
    day = int(match.group("day"))
    if match.group("year"):
        return _make_date(int(match.group("year")), month, day)
    if reference is None:
        return None
    candidate = _make_date(reference.year, month, day)
    if candidate is not None and (candidate - reference).days > _FUTURE_SLACK_DAYS:
        candidate = _make_date(reference.year - 1, month, day)
    return candidate
