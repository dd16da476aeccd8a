"""Vote tallies: "voted 48 to 19", "by 312 votes to 9", "a 63-31 vote" are one fact, not two counts.

A tally is two counts joined by "to" or a dash, the first larger (a range ascends: "20 to 30 people"), in a
sentence about a vote (a word of voting, a ballot, a margin or a defeat), and not a change ("from 39 to 31").
Read as two figures, its counts are a count of votes and a bare number, neither a fact the audience can be
told twice in other words; read as one, "48-19" and "48 votes to 19" are the same tally. A tally has no typed
slot (:mod:`summarizer.slots`): two tallies are two votes as often as one vote told twice, so a tally is only
ever *told* (the same two counts in a related sentence), never an update of another.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # facts imports this module
    from summarizer.facts import Quantity

_TALLY = re.compile(r"(?<![\d,.$£€])(?<!from )(?<!between )(\d{1,3}(?:,\d{3})?)(?:\s+votes?)?\s*(?:to|-|–|—)\s*"
                    r"(\d{1,3}(?:,\d{3})?)(?![\d]|[,.]\d|\s*(?:%|per\s*cent|percent)|-(?:year|month|day|week|hour))", re.I)
_VOTING = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?|margin|defeat(?:ed)?|tally)\b", re.I)
TALLY = "_tally"  # a tally's unit is this and its two counts ("_tally:48-19"): only the same tally shares it


def tallies(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, larger count, smaller count) of each vote tally in ``text``."""
    if "to" not in text and "-" not in text and "–" not in text and "—" not in text or not _VOTING.search(text):
        return []
    out = []
    for m in _TALLY.finditer(text):
        a, b = (int(g.replace(",", "")) for g in m.groups())
        if a > b:
            out.append((m.start(), m.end(), a, b))
    return out


def with_tallies(text: str, found: list[Quantity], make: Callable[..., Quantity]) -> list[Quantity]:
    """``found`` (the figures of ``text``) with each tally's counts read as one figure (made by ``make``, the
    figure class) of one unit, ``TALLY`` and its two counts: told only by the same tally."""
    read = tallies(text)
    if not read:
        return found
    counts = {float(n) for _, _, a, b in read for n in (a, b)}
    kept = [q for q in found if not (q.low in counts and q.high in counts)]
    return kept + [make(float(a), float(a), frozenset({f"{TALLY}:{a}-{b}"}), text[s:e]) for s, e, a, b in read]
