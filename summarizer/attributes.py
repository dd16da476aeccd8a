"""Attributes: figures that describe a named person or place (an age, a population), not a count of events.

"Spector, 68," gives a person's age; "Wasilla (pop. 8,471)" and "a population of about 6,700" a
place's size. Such a value belongs to its name, whatever the sentence is about, and does not move
with the news: told otherwise of the same name, it is a conflict, not an update; an age grown by the years between two reports is
neither (see :func:`grown_older`). A figure is read as
an attribute only when the name it belongs to is written next to it; otherwise it is no fact.
"""
from __future__ import annotations

import math
import re

from summarizer.places import name_key
from summarizer.slots import Slot

ATTRIBUTES = frozenset({"age", "population"})  # the measures of attributes (see summarizer.factcheck)
# "Phil Spector, 68," "Sanon, 11 -": the name with its first name when written ("Kelvin Stacey, 28" is not "Stacey, 11"),
# past the lower-case particles of a surname ("Jorge de Souza, 65" is not "Ana de Souza, 35").
_PARTICLES = r"(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|le|la|bin|ibn|al|el)\s)*"
_AGED = re.compile(rf"(?:^|[^\w\s]\s*|\s)(?P<name>(?:(?P<first>[A-Z][a-z]+)\s{_PARTICLES})?[A-Z][a-z]+),\s*$")
_AGE_END = re.compile(r"\s*(?:,|-|–|—|\))")
_POPULATION = re.compile(r"\b(?:(?:a\s+)?population\s+of|pop\.?)\s*$", re.I)
_SETTLEMENT = re.compile(r"\b(?:town|city|village|country|nation|island|state|province|region)\s+of\s*$", re.I)
_INHABITANTS = re.compile(r"\s+(?:people|residents|inhabitants|souls)\b", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")


def attribute(text: str, start: int, num_start: int, end: int) -> tuple[str, frozenset[str], int] | None:
    """(measure, owner's name keys, where its wording starts) when the figure ``text[start:end]`` (its digits from
    ``num_start``) is an age or a population written beside the name it belongs to, else None."""
    before = text[max(0, num_start - 40):num_start]
    aged = _AGED.search(before)
    if aged and not text[start:num_start].strip() and _AGE_END.match(text, end):
        last = aged.group("name").split()[-1]
        key = name_key(last, False)
        first = aged.group("first") and name_key(aged.group("first"), False)
        key = f"{first} {key}" if first and key else key  # a full name is one owner, its surname alone another
        return ("age", frozenset({key}), num_start - len(before) + aged.start("name")) if key else None
    lead = text[max(0, start - 30):start]
    said = _POPULATION.search(lead) or (_SETTLEMENT.search(lead) if _INHABITANTS.match(text, end) else None)
    if said:
        owner = _owner(text, max(0, start - 90), start)
        return ("population", owner, start - len(lead) + said.start()) if owner else None
    return None


def same_owner(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two attributes' owners are one name written alike: a first name alone is someone else ("Mike, 31"
    is not "Mike Greenfield, 49"), as a surname alone is (see :func:`attribute`)."""
    return not a or not b or bool(a & b)


def grown_older(measure: str, later: float, earlier: float, years: float | None) -> bool:
    """True for an age told higher in a report ``years`` after the earlier one by a number of birthdays that can fall
    between them (the whole years between, or one more): "Spector, 69" a year after "Spector, 68" contradicts nothing,
    nor six weeks after it (a birthday may fall in between: unsure, so no conflict); told the same day, or three years
    older one year on, it does. When the time between the reports is unknown (None), it is a conflict."""
    if measure != "age" or years is None or years <= 0 or later <= earlier:
        return False
    return math.floor(years) <= later - earlier <= math.ceil(years)


def attribute_slot(measure: str, owner: frozenset[str]) -> Slot:
    """The slot of an attribute: its measure, of its owner, in years (an age) or people (a population)."""
    return Slot(measure, "years" if measure == "age" else "people", "", owner)


def _owner(text: str, left: int, right: int) -> frozenset[str]:
    """The last run of names before ``right`` ("Wasilla, Alaska"): a place with the larger one it is in."""
    run: list[str] = []
    last_end = -1
    for m in _NAME.finditer(text, left, right):
        key = name_key(m.group(0).split()[0], not text[:m.start()].strip(" \"'“‘("))
        if not key:
            continue
        if last_end < 0 or text[last_end:m.start()].strip() not in (",", ""):
            run = []
        run.append(key)
        last_end = m.end()
    return frozenset(run)
