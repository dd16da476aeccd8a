"""A trailing comma piece that bounds the main verb in time, not a subordinate clause.

"The court has postponed the trial of the former mayor, until June to give both sides time": the piece after the
comma opens with "until" like a subordinate clause ("..., until the talks resume"), but its first words are a point in
time, the date the postponement runs to: often the news itself. :func:`summarizer.segments.segment_edit` deletes a
trailing subordinate comma piece whole; :func:`time_bound` tells it which ones name such a point. The same bound words
and time words as the no-comma tail clause of :mod:`summarizer.chunks` ("not ... until next week"), so a sentence keeps
its date whether a comma stands before "until" or not.
"""
from __future__ import annotations

import re

from summarizer.lexicon import MONTH_NAMES, WEEKDAY_NAMES

# "until", "till", "before" or "since" then a point in time: a month, a weekday, a year or a day's number, "the end of",
# or a relative time ("next week", "late last year", "mid-March"); not "since this depends", "since early detection".
_TIME = rf"(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b|\d"
_RELATIVE = (r"(?:next|last|this)\s+(?:week|weekend|month|year|season|spring|summer|autumn|fall|winter|morning|afternoon|"
             rf"evening|night|{WEEKDAY_NAMES}|{MONTH_NAMES})\b")
_BOUND = re.compile(rf"(?:[Uu]ntil|[Tt]ill|[Bb]efore|[Ss]ince)\s+(?:{_TIME}|{_RELATIVE}|the\s+end\b|"
                    rf"(?:early|late|mid)[\s-]+(?:{_TIME}|{_RELATIVE}))")


def time_bound(piece: str) -> bool:
    """True when ``piece`` (a comma piece, its comma left out) opens with "until", "till", "before" or "since" and a
    point in time after it ("until June to give both sides time", "before the end of the year"): a time the main verb
    runs to or from, not a clause of its own ("until the talks resume", "before he left")."""
    return _BOUND.match(piece.strip(" ,“\"'")) is not None
