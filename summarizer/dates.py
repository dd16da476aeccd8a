"""Dates: publication-date lines of articles and day/month mentions inside sentences."""
from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timezone

from dateutil import parser as dateparser

from summarizer.lexicon import MONTH_LIST, MONTH_WORD

_SHORT = (("jan",), ("feb",), ("mar",), ("apr",), (), ("jun",), ("jul",), ("aug",), ("sep", "sept"), ("oct",), ("nov",), ("dec",))
# A month's number by its lowercase name or abbreviation.
MONTHS = {m: i + 1 for i, (full, short) in enumerate(zip(MONTH_LIST, _SHORT)) for m in (full.lower(), *short)}
_DATE_LINE = re.compile(
    rf"^(?:published|updated|posted|last updated|date)?[:\s]*"
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:{MONTH_WORD}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_WORD}\.?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:[\sT,]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}}|[+-]\d{{2}}:?\d{{2}}|Z)?)?\s*$",
    re.I,
)
# "December 18", "Dec. 18", "18 December" (optionally with a year) inside a sentence.
_DIGIT = re.compile(r"\d")
_COMMA_YEAR = re.compile(r",\s*((?:19|20)\d\d)\b")  # "25 June, 2009": the year after a comma
DAY_MENTION = re.compile(
    rf"\b(?:(?P<m1>{MONTH_WORD})\.?\s+(?P<d1>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_WORD})\b\.?(?:\s+(?P<y2>\d{{4}}))?)",
)


# A page's time stamp in the other orders pages write it: the clock first ("Updated 3:45 PM EST, Tue March 3, 2026"),
# "at" or "|" between day and clock, a clock with a dot ("Tue 3 Mar 2026 15.45 GMT"), "Last updated on 3 March 2026".
_LABEL = r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)|date)(?:\s+on)?[:\s]*"
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{1,4}|[+-]\d{2}:?\d{2}))?"
_DAY = (rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?P<day>{MONTH_WORD}\.?\s+\d{{1,2}},?\s+\d{{4}}|"
        rf"\d{{1,2}}\s+{MONTH_WORD}\.?,?\s+\d{{4}})")
_PAGE_STAMP = re.compile(
    rf"^(?:{_LABEL})?(?:(?P<before>{_CLOCK})[\s,|/]+(?:on\s+)?)?{_DAY}"
    rf"(?:[\s,|/]+(?:at\s+)?(?P<after>{_CLOCK}))?(?:\s*[|/]\s*(?:{_LABEL})?{_CLOCK})?\s*$", re.I)


def parse_date_line(line: str) -> datetime | None:
    """The date of a line that is only a date or a page's time stamp (``Published December 27, 2025``,
    ``Updated 3:45 PM EST, Tue March 3, 2026``), else None."""
    line = line.strip()
    if not line or len(line) > 80:
        return None
    if _DATE_LINE.match(line):
        return parse_when(re.sub(r"^(?:published|updated|posted|last updated|date)[:\s]*", "", line, flags=re.I))
    m = _PAGE_STAMP.match(line)
    if not m:
        return None
    when = parse_when(m.group("day"))
    return _at_clock(when, m.group("before") or m.group("after") or "") if when is not None else None


def _at_clock(when: datetime, clock: str) -> datetime:
    """``when`` at the wall-clock time ``clock`` ("3:45 PM", "15.45"); unchanged when there is none or it is no time."""
    m = re.match(r"(\d{1,2})[:.](\d{2})\s*([ap])?", clock, re.I)
    if m is None:
        return when
    hour, minute = int(m.group(1)), int(m.group(2))
    if m.group(3):  # a 12-hour clock: "12:30 a.m." is 0:30, "3:45 PM" is 15:45
        hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
    return when.replace(hour=hour, minute=minute) if hour < 24 and minute < 60 else when


def parse_when(value: str) -> datetime | None:
    """Parse a date or timestamp string leniently, as naive UTC; None when it is not one. An
    impossible UTC offset (``+24:00``, ``+99:00``) is dropped: the wall-clock time is kept."""
    value = (value or "").strip()
    if not value or len(value) > 100:
        return None
    for ignore_offset in (False, True):  # an impossible offset: keep the wall-clock time, drop the offset
        try:
            with warnings.catch_warnings():  # "ET", "IST": a zone dateutil cannot place is dropped, not printed
                warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
                when = dateparser.parse(value, fuzzy=False, ignoretz=ignore_offset)
            if when is None or not (1900 <= when.year <= 2200):
                return None
            return naive_utc(when)
        except (ValueError, OverflowError, TypeError, ArithmeticError):
            continue
    return None


def naive_utc(when: datetime) -> datetime:
    """``when`` as naive UTC (the store keeps naive UTC); a naive value is taken as UTC already.

    Raises ValueError for an offset Python cannot represent (24 hours or more)."""
    if when.tzinfo is None:
        return when
    return when.astimezone(timezone.utc).replace(tzinfo=None)


def day_mentions(text: str) -> list[tuple[int, int, int | None, str, int, int]]:
    """(month, day, year or None, matched text, start, end) for each calendar day named in ``text``."""
    out = []
    for m in DAY_MENTION.finditer(text) if _DIGIT.search(text) else ():  # every day mention holds a digit
        month = (m.group("m1") or m.group("m2") or "").lower().rstrip(".")
        day = int(m.group("d1") or m.group("d2"))
        year = m.group("y1") or m.group("y2")
        mo = MONTHS.get(month[:3] if month[:3] in MONTHS and month not in MONTHS else month)
        if mo is None:
            mo = MONTHS.get(month[:3])
        if mo and 1 <= day <= 31:
            # "May 5" is a date; "may 5" (the verb) is lower-case and not matched (case-sensitive).
            out.append((mo, day, int(year) if year else None, m.group(0), m.start(), m.end()))
    return out


def explicit_days(text: str, published: date) -> list[int]:
    """Days before publication of each calendar date named in ``text`` (negative: after it)."""
    return [days for days, _written in calendar_days(text, published)]


def calendar_days(text: str, published: date) -> list[tuple[int, bool]]:
    """:func:`explicit_days` with whether each date's year is written ("October 23, 2001") or guessed ("October 23")."""
    out = []
    for month, day, year, _raw, _s, end in day_mentions(text):
        after = _COMMA_YEAR.match(text, end)  # "25 June, 2009": the year after a comma
        y = year or (int(after.group(1)) if after else published.year)
        try:
            when = date(y, month, day)
        except ValueError:
            continue
        if year is None and not after and when > published and (when - published).days > 31:
            when = date(y - 1, month, day) if not (month == 2 and day == 29) else when
        out.append(((published - when).days, bool(year or after)))
    return out
