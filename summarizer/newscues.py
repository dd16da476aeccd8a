"""Cues of a news line that the news model reads (:mod:`summarizer.newsbar`): what it adds, and its form.

``new_names``  names, places and bodies the audience was not told: a report of a new development
               brings new actors ("Ecuador's foreign minister Ricardo Patino"), a reaction or a
               recap names the ones already told;
``short``      a headline-like length: a line of SHORT_WORDS words or fewer scores 1, a longer one
               less (news leads are told in one compact sentence; colour and background run long).
"""
from __future__ import annotations

import re

from summarizer.text import canon, words

SHORT_WORDS = 20  # a line of this many words or fewer reads like a headline (cue ``short``)
NAMES_CAP = 3  # this many new names make ``new_names`` 1
_NAME = re.compile(r"\b[A-Z][a-z]+\b")  # a capitalised word (not the sentence's first word)


def new_names(text: str, known: frozenset[str]) -> float:
    """0..1: capitalised words after the first (names, places, bodies) whose terms are not in ``known``, /NAMES_CAP."""
    found = {canon(m.group().lower()) for m in _NAME.finditer(text) if m.start() > 0}
    return min(1.0, sum(1 for t in found if t and t not in known) / NAMES_CAP)


def short(text: str) -> float:
    """0..1: min(1, SHORT_WORDS / words of ``text``): 1 for a headline-length line."""
    return min(1.0, SHORT_WORDS / max(1, len(words(text))))
