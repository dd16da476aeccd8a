"""Figures told of an unnamed part: "in some cases 100% of the vote", "in several districts 40 died".

A share or a count said to hold "in some cases", "in many areas", "at several polling stations" is the value of
some parts of the whole that nobody names: not the whole's value (a winner's 54.1% of the vote is not updated by
"in some cases taking 100% of the ballots"), nor one named place's. Such a figure has no slot
(:func:`summarizer.slots.slot_of`) and is never compared. A number of parts ("in 20 countries", "in some 30
countries") names how far the whole reaches, not a part: it is left alone. A figure told of each of several
holders ("Norland and Sudmark confirmed two cases each", "three seats apiece") is each one's, no one place's nor
the whole's: no slot either (:func:`per_holder`).
"""
from __future__ import annotations

import re

# A vague quantifier of parts, then a noun of parts: "in some cases", "at many polling stations", "in parts of".
_PART = re.compile(
    r"\b(?:in|at|from|across)\s+(?:some|many|several|a few|few|certain|various|a number of|a handful of|isolated|"
    r"individual|scattered|other)\s+(?:of\s+(?:the|its|their)\s+)?(?:[a-z]+\s+)?"
    r"(?:cases|instances|places|areas|districts|provinces|regions|states|stations|constituencies|precincts|counties|"
    r"countries|nations|towns|villages|cities|neighbou?rhoods|communities|wards|booths|centres|centers|seats|"
    r"locations|parts)\b"
    r"|\b(?:in|across)\s+(?:some\s+|many\s+)?parts\s+of\b",
    re.I)


def of_a_part(text: str, left: int, right: int) -> bool:
    """True when the clause ``text[left:right]`` says its figure holds in some unnamed parts ("in some cases")."""
    return _PART.search(text, left, right) is not None


_EACH = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*(?:each|apiece)\b(?!\s+(?:day|week|month|year|time|other|of)\b)", re.I)


_EACH_IN = re.compile(r"\s(?:each|apiece)$", re.I)  # read into the figure's own phrase ("three seats apiece")


def per_holder(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` is told of each of several holders ("two cases each", "apiece")."""
    return _EACH.match(text, end) is not None or _EACH_IN.search(text, start, end) is not None
