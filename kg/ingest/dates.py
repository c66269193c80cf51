"""Dates as news sources write them, normalised to ``YYYY-MM-DD``.

``parse_date`` never raises: anything it cannot read with confidence gives ``None``. Numeric dates
whose day and month are ambiguous (``03/04/2024``) give ``None`` rather than a guess.
"""
from __future__ import annotations

import datetime as _dt
import email.utils
import re
import time

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"

_PATTERNS = [
    # 2024-12-07, 2024-12-07T10:00:00Z, 2024/12/07, 2024.12.07
    re.compile(r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?![\d])"),
    # 20241207 (only as a whole token)
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?!\d)"),
    # Saturday 7 December 2024, 7th Dec. 2024, 07-Dec-2024
    re.compile(_WEEKDAY + _DAY + r"(?:\s+of)?[\s\-/]+" + _MONTH + r",?[\s\-/]+" + _YEAR, re.I),
    # Saturday, December 7, 2024 / Dec 7th 2024
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.I),
]
# 07/12/2024 or 12/07/2024: read only when unambiguous.
_NUMERIC = re.compile(r"(?<!\d)(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<year>\d{4})(?!\d)")


def _make(year: int, month: int, day: int) -> str | None:
    try:
        value = _dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None
    if not 1800 <= value.year <= 2200:
        return None
    return value.isoformat()


def _month_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return MONTHS.get(text.lower().rstrip("."))


def parse_date(value: object) -> str | None:
    """Normalise a date to ``YYYY-MM-DD``; ``None`` when there is none or it is ambiguous.

    Accepts ISO 8601 (with or without time), RFC 822 (``Sat, 07 Dec 2024 10:00:00 GMT``), ``7
    December 2024``, ``December 7, 2024``, ``Dec. 7th 2024``, unambiguous ``07/12/2024``,
    ``datetime``/``date`` objects, ``time.struct_time`` and Unix timestamps (numbers).
    """
    try:
        return _parse(value)
    except Exception:  # noqa: BLE001 - a date we cannot read is no date, never a crash
        return None


def _parse(value: object) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, _dt.datetime):
        return _make(value.year, value.month, value.day)
    if isinstance(value, _dt.date):
        return _make(value.year, value.month, value.day)
    if isinstance(value, time.struct_time):
        return _make(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, (int, float)):
        seconds = float(value)
        if seconds > 1e11:  # milliseconds
            seconds /= 1000.0
        if not 0 < seconds < 7.3e9:
            return None
        when = _dt.datetime.fromtimestamp(seconds, tz=_dt.timezone.utc)
        return _make(when.year, when.month, when.day)
    if not isinstance(value, str):
        return None
    text = value.strip()[:200]
    if not text:
        return None
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            month = _month_number(match.group("month"))
            if month is None:
                continue
            found = _make(int(match.group("year")), month, int(match.group("day")))
            if found:
                return found
    parsed = email.utils.parsedate(text)
    if parsed:
        found = _make(parsed[0], parsed[1], parsed[2])
        if found:
            return found
    match = _NUMERIC.search(text)
    if match:
        a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
        if a > 12 >= b:
            return _make(year, b, a)
        if b > 12 >= a:
            return _make(year, a, b)
        if a == b:
            return _make(year, a, b)
    return None


# A line that is only a date, possibly labelled: " date 2024-12-07 ", "Date: 7 December 2024",
# "December 7, 2024", "Published: Sat, 07 Dec 2024 10:00 GMT".
_LABEL = re.compile(
    r"^\s*(?:(?:date|dated|published|posted|updated|last updated|first published)\s*(?:on)?\s*[:\-]?\s*)?(?P<rest>.*?)\s*$",
    re.I,
)
_DATEISH = re.compile(r"^[\w\s,.:/+\-()]*$")


def date_line(line: str) -> str | None:
    """The date of a line that holds nothing but a (labelled) date, else ``None``."""
    if len(line) > 80:
        return None
    match = _LABEL.match(line)
    rest = match.group("rest") if match else line
    if not rest or not _DATEISH.match(rest):
        return None
    found = parse_date(rest)
    if not found:
        return None
    # The line must be mostly the date: no more than a few words besides it (times, zones, weekday).
    words = re.findall(r"[A-Za-z]+", rest)
    others = [w for w in words if w.lower().rstrip(".") not in MONTHS
              and w.lower() not in {"gmt", "utc", "bst", "est", "edt", "cet", "cest", "am", "pm", "z", "t",
                                     "th", "st", "nd", "rd", "of", "at", "on"}
              and not re.fullmatch(r"(?i)(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*", w)]
    return found if len(others) == 0 else None
