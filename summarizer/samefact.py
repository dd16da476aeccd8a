"""Whether two figures of one slot are one fact told twice, so that their difference is a change of it.

Two figures can share a typed slot (see :mod:`summarizer.slots`) and still not be one fact whose value moved:

- the later figure is backdrop, not the line's news: it sits in a concessive or time clause ("... despite 21,000
  people losing their jobs", "after serving 11 months of ...") or in a relative clause that tells a past step
  ("Rousseff, who polled 56%, vowed ..."); a cumulative "which has killed 149" is still a running count;
- the later figure is time served of a prison term ("has served 11 months of a five-year sentence", "12 months into
  his sentence"), a part of it;
- the two measures are qualified apart ("50% of a bogus vote" is not "48.6% of the vote");
- the two sentences name different rounds of a contest ("polling 46.7% in the first round" and "won the run-off
  with 56%"), or only one of them names one: two events' values, or unsure.

Each check is shallow (words around the figure, no parser). When one holds, the pair is no update nor conflict:
the line is judged as plain news (see :mod:`summarizer.factcheck`).
"""
from __future__ import annotations

import re

from summarizer.facts import QUANTITY, Quantity
from summarizer.lexicon import DETERMINERS

# The start of a clause: punctuation that opens an aside or a new part of the sentence.
_CUT = re.compile(r"[,;:(]\s*|\s[-–—]\s|[—–]")
# A concessive or time clause opened before the figure in its own part of the sentence.
_CONCESSIVE = re.compile(r"\b(?:despite|in spite of|although|though|notwithstanding|after|having)\s+(?:\S+\s+){0,3}$", re.I)
# A relative clause opening the figure's part, with its verb in a simple (not perfect) tense: a past step told aside.
_RELATIVE = re.compile(r"(?:who|which|whose)\s+(?!(?:has|have|had|is|are|now|still)\b)[a-z]", re.I)
# "11 months of a five-year sentence", "12 months into his sentence": time served of a term
_PART_OF = re.compile(r"\s+(?:of|into)\s+(?:a|an|the|his|her|their|its)\b", re.I)
# A round of a vote or a contest, read as its ordinal: a run-off is a second round.
_ROUND = re.compile(r"\b(?:(first|second|third|final)[\s-]+round|(run-?off|runoff))s?\b", re.I)
_DETERMINERS = DETERMINERS | frozenset(("of", "all"))  # "50% of all the vote": no qualifier either


def _part(text: str, start: int) -> str:
    """The words of ``text`` from the last clause cut before ``start`` up to it."""
    left = max((m.end() for m in _CUT.finditer(text, 0, start)), default=0)
    return text[left:start]


def background_figure(text: str, raw: str) -> bool:
    """True when the figure written ``raw`` sits in a concessive or time clause of ``text`` ("despite 21,000 people
    losing their jobs", "after serving just 11 months") or a relative clause of a simple tense that opens its part of
    the sentence ("Rousseff, who polled 56%, vowed ..."): the backdrop of the line's news, never an update of it."""
    start = text.find(raw)
    if start < 0:
        return False
    part = _part(text, start)
    return bool(_CONCESSIVE.search(part + " ") or _RELATIVE.match(part.lstrip()))


def served_part(text: str, q: Quantity) -> bool:
    """True when ``q`` is a prison term's part ("has served 11 months of a five-year sentence", "12 months into his
    sentence"): time served, no new length of the term."""
    start = text.find(q.raw)
    return q.slot is not None and q.slot.measure == "sentence" and start >= 0 and bool(_PART_OF.match(text, start + len(q.raw)))


def qualifiers(raw: str) -> frozenset[str]:
    """The words that qualify a figure's measure in its own phrase, between "of" and its noun ("50% of a bogus vote":
    bogus; "48.6% of the vote": none)."""
    figure = QUANTITY.search(raw)  # past the figure itself ("tens of thousands of people")
    of = re.match(r"\s*of\s+(.*)", raw[figure.end():].lower()) if figure else None  # "300 cases of flu": no share
    said = re.findall(r"[a-z][a-z'-]*", of.group(1)) if of else []
    return frozenset(w for w in said[:-1] if w not in _DETERMINERS)


def rounds(text: str) -> frozenset[str]:
    """The rounds of a contest ``text`` names ("first-round": first; "the run-off": second)."""
    return frozenset((m.group(1) or "second").lower() for m in _ROUND.finditer(text))


def one_fact(text: str, q: Quantity, known: str, kq: Quantity) -> bool:
    """False when the figure ``q`` of sentence ``text`` and the figure ``kq`` of the sentence ``known`` told before
    cannot be one fact whose value changed: ``q`` is backdrop (:func:`background_figure`) or time served
    (:func:`served_part`), their measures are qualified apart (:func:`qualifiers`) or the sentences name other rounds
    of a contest (:func:`rounds`)."""
    if qualifiers(q.raw) != qualifiers(kq.raw) or rounds(text) != rounds(known):
        return False
    return not background_figure(text, q.raw) and not served_part(text, q)
