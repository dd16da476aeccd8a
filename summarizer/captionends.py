"""How a photo or video caption that is a whole clause may end before the lead it was run into.

A caption names where and when its picture was taken: "Rescuers search the rubble in <Place> on Wednesday",
"Makeshift camps are sprouting up in <Town-on-Sea>". Prose that goes on after such an ending with no stop and a
capitalised "The" is a new sentence (:func:`summarizer.runon.closed_run_on`), since a place or a day is never
followed by "The" inside one name. Only the form is read here: a preposition of place before one capitalised
word (hyphenated parts allowed, "Port-au-Prince"), or "on" before a weekday or a day and month.
"""
from __future__ import annotations

import re

from summarizer import gluewords as W
from summarizer.lexicon import MONTHS, WEEKDAYS

# One capitalised place word, its hyphenated parts lower-case or capitalised ("Port-au-Prince", "Stoke-on-Trent").
_PLACE = re.compile(r"[A-Z][a-z]+(?:-[a-z]{1,3}-[A-Z][a-z]+|-[A-Z][a-z]+)*")


def place_end(left: list[str]) -> bool:
    """``left`` (words of a caption, punctuation stripped) ends with a place after a lower-case preposition of
    place ("in Haiti", "in Port-au-Prince")."""
    return len(left) >= 3 and bool(_PLACE.fullmatch(left[-1])) and left[-2] in W.PLACE_PREPS


def day_end(left: list[str]) -> bool:
    """``left`` ends with the day its picture was taken: "on" and a weekday ("on Wednesday"), or "on" and a day
    and month in either order ("on 12 January", "on January 12")."""
    if len(left) >= 3 and left[-1] in WEEKDAYS and left[-2] == "on":
        return True
    if len(left) < 4 or left[-3] != "on":
        return False
    day, month = (left[-2], left[-1]) if left[-1] in MONTHS else (left[-1], left[-2])
    return month in MONTHS and day.isdigit() and 1 <= int(day) <= 31
