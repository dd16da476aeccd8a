"""One figure told twice in one digest: two lines of a story that state one value of one unit and nothing apart.

A report's figure is often told by two sentences of one article, or by two outlets, in other words: "According to
recent surveys, 61% of voters back the motion" and "A Harbour Research poll showed 61% of respondents backed the
motion, down from 68% in May". The lines share too few words to be a retelling (:mod:`summarizer.retell`), the
figure is no tracked count (:mod:`summarizer.samecounts`, :func:`summarizer.sameevent.merged`: a share, a date, a
sum), and neither is a bare count line. Yet when both state the same value with the same unit in their main clause
and one line adds nothing to the other (no figure, name or quoted word of its own, at most :data:`RARE_SLACK` rare
content words: "respondents" for "voters"), the reader is told one fact twice. :func:`same_figure` says which line
tells it (the one holding the other).

Guards, each from a wrong pair read on the replays or on the shared articles: a figure in a relative clause ("a virus
that has killed 65") is the backdrop of another event, not the line's fact; a compound's figure ("a 7.0-magnitude
quake") names a thing, it tells nothing; a year, a time of day, "0" and "1" are in too many lines to tie two; and the
two lines must share :data:`SHARED` rare content words besides the figure and its unit (the same thing told of it:
"file closing arguments on 30 July" twice, not a trial adjourned and a blog back on one date).
"""
from __future__ import annotations

import re
from functools import lru_cache

from summarizer.dates import MONTHS
from summarizer.sameevent import signature
from summarizer.text import canon

RARE_SLACK = 2  # rare content words the line left out may have that the kept one lacks (a synonym, a setting word)
SHARED = 2  # rare content words besides the figure's two lines share when they tell one thing of it
# A figure with its unit: a currency before it, a percent sign or the next word after it.
_FIGURE = re.compile(r"(?<![\w,.\-])([$£€]?)(\d[\d,.]*\d|\d)(?![\d,]|-\w|\.\d)(\s*%|[A-Za-z]+|\s+[A-Za-z]+)?")
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where)\b[^,;:.“”\"()]*$", re.I)  # the figure's clause opened so
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTHS = frozenset(canon(m) for m in MONTHS) - {""}  # a date's month is its unit, not a thing told of it
_TRIVIAL = frozenset({"0", "1"})
_CLOCK = frozenset({"am", "pm", "a", "p", "gmt", "bst", "utc", "est", "pdt", "edt", "cet"})  # a time of day: when, not what


@lru_cache(maxsize=4096)
def main_figures(line: str) -> frozenset[tuple[str, str]]:
    """The figures ``line`` states in its main clause, each as (value, unit): ("61", "%"), ("65", "people"), ("$",
    "$100bn": ("100", "$bn")); not one in a relative clause or a compound's ("7.0-magnitude"), no year."""
    out = set()
    for m in _FIGURE.finditer(line):
        currency, value, unit = m.group(1), m.group(2), (m.group(3) or "").strip().lower()
        if value in _TRIVIAL or _YEAR.fullmatch(value) or unit in _CLOCK or _RELATIVE.search(line[:m.start()]):
            continue
        out.add((value, currency + (canon(unit) or unit) if unit != "%" else "%"))
    return frozenset(out)


def _holds(line: str, left: str) -> bool:
    """True when ``line`` says all that ``left`` says besides :data:`RARE_SLACK` rare content words: each of its
    figures, names and quoted words, and its polarity."""
    kept, told = signature(line), signature(left)
    if not told.figures <= kept.figures or not told.participants <= kept.said or not told.quoted <= kept.said:
        return False
    return told.negated == kept.negated and len(told.content - kept.said) <= RARE_SLACK


def same_figure(line: str, other: str) -> str:
    """"line" or "other": the line to show when both state one figure (value and unit) in their main clause and that
    line holds the other (:func:`_holds`; when each holds the other, ``other``: the line kept first, ranked higher);
    "" when they are two facts."""
    shared = main_figures(line) & main_figures(other)
    if not shared:
        return ""
    mine, theirs = signature(line), signature(other)
    units = {canon(u.lstrip("$£€")) for _, u in shared}
    if len((mine.content & theirs.content) - _MONTHS - units) < SHARED:
        return ""  # one figure, two things told of it (or nothing else told)
    if _holds(other, line):
        return "other"
    return "line" if _holds(line, other) else ""
