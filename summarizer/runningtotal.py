"""A running total told after its increment: "three more cases were confirmed, bringing the total to 203".

A figure with no noun after it takes the measure word ending the clause before it ("the death toll rose to 200"); a
running total's own words name it however far before the figure ("the death toll from the floods in the south rose to 31").
A running total ("the total", "the UK tally", "the toll": a total noun with no "of" after it) may name its measure
far before, in the increment it adds up ("Another nine cases of the flu have been confirmed in the capital, taking
the total to 27"): the counted noun right after "N more", "N new", "another N" or "a further N" (status words,
names and "people have" between them aside) is then the total's measure. "Two more countries reported cases,
bringing the total to 12" counts countries (no measure); "the tally of nations hit" counts nations. "The number
of" names what it counts however long the phrase after it ("the number of confirmed cases of a new virus has climbed
to 8,480": cases; "the number of people killed in the floods": the dead), read as an increment's noun.
"""
from __future__ import annotations

import re

from summarizer.places import clause, places
from summarizer.slots import MEASURE_STEMS
from summarizer.text import canon, words
from summarizer.timerefs import ADDING

_RUNNING = re.compile(r"\b(?:total|tally|toll|figure|count|number)\b(?!\s+of\b)", re.I)  # a running total
_COUNTED = re.compile(r"\b(?:total|tally|count|number)\s+of\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.I)  # its noun's phrase
_ADDING = re.compile(rf"\b{ADDING}\b[^,;:]*$", re.I)  # "bringing the UK total to"
_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)"
_INCREMENT = re.compile(rf"\b(?:(?:another|a\s+further|an\s+additional)\s+{_NUM}|{_NUM}\s+(?:more|new|further|additional|extra))"
                        r"((?:\s+[\w'’-]+){1,4})", re.I)
# Words between the increment's figure and its noun that say no other noun: a status, "people have died".
_BETWEEN = frozenset("confirmed suspected probable possible new more fresh laboratory-confirmed lab-confirmed reported "
                     "people persons have has had been were was".split())


def _increment_measure(phrase: str) -> str:
    """The measure stem of what an increment or a "number of" counts ("three more confirmed cases"), or ""."""
    for w in phrase.split():
        c = canon(w)
        if c in MEASURE_STEMS:
            return c
        if w.lower() not in _BETWEEN and not w[:1].isupper():
            break  # "two more countries reported cases": the increment counts countries
    return ""


def _increment(text: str, start: int, left: int) -> re.Match[str] | None:
    """The increment a running total ending at ``start`` adds up ("bringing the total to"), when its own phrase names
    no measure ("the toll to" does); else None."""
    part = re.split(r"[,;:(]|\s[-–—]\s", text[left:start])[-1]
    if not _RUNNING.search(part) or any(canon(w) in MEASURE_STEMS for w in words(part)[-8:]):
        return None
    adding = _ADDING.search(part)
    found = list(_INCREMENT.finditer(text, 0, start - len(part) + adding.start())) if adding else []
    return found[-1] if found else None


def increment_places(text: str, start: int) -> frozenset[str]:
    """The places of the increment a running total at ``start`` adds up ("three more cases in Lowmere, bringing the
    total to 40": Lowmere's total), or none."""
    increment = _increment(text, start, clause(text, start, start)[0])
    return places(text, increment.start(), increment.end(), where_only=True) if increment is not None else frozenset()


def measure_before(text: str, start: int) -> str:
    """The measure word ending the clause before a figure that has none after it ("the toll rose to 200"); past a comma
    only for a running total ("17 new cases, bringing the total to 203"; never "its first case, lifting the tally of
    nations to 14"), and for a running total added up from an increment, that increment's (see the module's doc)."""
    left, _ = clause(text, start, start)
    part = re.split(r"[,;:(]|\s[-–—]\s", text[left:start])[-1]  # the figure's own part of the clause
    totals = list(_RUNNING.finditer(part))  # the running total's nouns in the figure's part ("the death toll")
    if (increment := _increment(text, start, left)) is not None:
        return _increment_measure(increment.group(1))  # what the increment counts, or nothing
    own = [canon(w) for w in words(text[left if totals else start - len(part):start])[-8:]]
    found = next((c for c in reversed(own) if c in MEASURE_STEMS), "")
    if not found and totals:  # "the death toll from the floods in the southern province rose to 31": the toll's own words
        found = next((c for c in reversed([canon(w) for w in words(part[:totals[-1].end()])[-3:]]) if c in MEASURE_STEMS), "")
    if not found and (counted := _COUNTED.search(part)):  # "the number of confirmed cases of a new virus rose to"
        found = _increment_measure(counted.group(1))
    return found
