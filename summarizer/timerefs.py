"""Time references of a figure's clause: an anchor in the past, a change rather than a level, one dated day.

A figure is the current value of its slot only when its clause is about now: "two weeks ago 300
died" is an old value, "the index fell 140 points" a day's change, and "on December 29 bombers
killed 100" the count of that day's event. :mod:`summarizer.slots` reads these into a figure's scope
(or gives it no slot), so such figures are never compared with the current value.
"""
from __future__ import annotations

import re

from summarizer.datelines import WEEKDAY
from summarizer.lexicon import MONTH_WORD

# A clause anchored before the time of writing: its figure is an old value, not the current one ("two weeks
# ago 300 died", "last year's toll", "at the time", "previously", "when the president took office": a change of who leads).
# A named year is not enough: without the article's date, "in 2024" may be this year. "Since last year" counts up to now.
PAST = re.compile(r"(?<!since )\b(?:(?:\w+ )?ago|previous(?:ly)?|at the time|formerly|(?:a|the) (?:year|month|week|decade) "
                  r"(?:before|earlier)|(?:last|previous|past) (?:year|month|week|season|decade|time|election|term)|left office|"
                  r"when\s+(?:\S+\s+){1,3}?(?:took|assumed|came\s+to)\s+(?:over|office|power))\b", re.I)
# A change, not a level: "fell 140 points", "rose by 2%", "gained 3,000 jobs" ("rose to 200" is a level).
CHANGE = re.compile(r"\b(?:rose|rise[sn]?|fell|falls?|gain(?:ed|s)?|lost|los(?:es|ing)|dropp(?:ed|ing)|jump(?:ed|s)|sl(?:id|ides)|"
                    r"climb(?:ed|s)|declin(?:ed|es)|add(?:ed|s)|shed(?:s|ding)?|slump(?:ed|s)|soar(?:ed|s)|plung(?:ed|es)|"
                    r"tumbl(?:ed|es)|increas(?:ed|es)|decreas(?:ed|es)|gr[eo]w(?:s|n)?|shr[ua]nk)(?:\s+by)?\s*"
                    r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|more than\s+|over\s+)?\s*$", re.I)
# A figure in a clause dated to one day ("On December 29, bombers killed 100") is that day's count.
ON_DAY = re.compile(rf"\b(?:on|by)\s+(?:the\s+)?(?:{WEEKDAY},?\s+)?(?:{MONTH_WORD}\w*\.?\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+"
                    rf"(?:of\s+)?{MONTH_WORD}\w*)", re.I)
# A running total being added up: "bringing the total to", "taking its tally to" (its verb and determiner).
ADDING = r"(?:bring|tak|rais|push)(?:ing|s|es)\s+(?:the|its|their)"
# The earlier value a figure is set against ("109 cases, up from 91 yesterday", "rose to 1,626 from 1,364 on Saturday"):
# a time word in that phrase dates the earlier value, not the figure.
_EARLIER = re.compile(r"[^.;:]{0,60}?\b(?P<from>(?:(?:up|down)\s+)?from\s+(?:about\s+|some\s+|around\s+)?\$?\d)", re.I)
# Verbs of a count's rise and fall before "to" and the new value ("rose to 1,626", "fell to 12").
RISES = ("rose", "risen", "rising", "climbed", "jumped", "soared", "increased", "grew", "grown")
_FALLS = ("fell", "fallen", "dropped", "declined")
_ROSE_TO = re.compile(r"\b(?:" + "|".join(RISES + _FALLS) + r")\s+to\s+(?:\S+\s+)?$", re.I)


def earlier_value(text: str, start: int, end: int, right: int) -> tuple[int, int]:
    """The span of the phrase telling the earlier value the figure ``text[start:end]`` is set against (to the clause's
    ``right`` end or the next comma); (end, end) when there is none. "From M" counts only after "up"/"down" or when the
    figure follows a verb of change ("rose to N from M"): "moved 300 troops from the base" tells no earlier value."""
    m = _EARLIER.match(text, end, right)
    if m is None or not (re.match(r"(?:up|down)\s", m.group("from"), re.I) or _ROSE_TO.search(text, max(0, start - 30), start)):
        return end, end
    stop = text.find(", ", m.end(), right)  # ", " not "1,364"
    return m.start("from"), stop if stop >= 0 else right
