"""One name said two ways: "Minera Punta Negra" and "the Punta Negra mine" are the same name.

A story vector keeps each name as one whole-name key (``=minera punta negra``, :mod:`summarizer.vectors`), and
story grouping asks for a name in common before an article may join a story. Outlets shorten and lengthen names
(a company's legal name, its site's name; "Hamid Karzai Airport", "Karzai Airport"), so an exact key match splits
one event into two stories. :func:`part_of` tells when one multi-word key is a run of whole words of the other;
:func:`shared_parts` finds the story's keys an article's keys are part of (or that are part of them). A single
word is never enough ("=john" in "=john smith"): both keys must have at least ``MIN_WORDS`` words in common.
"""
from __future__ import annotations

from typing import Iterable, Mapping

MIN_WORDS = 2  # words the shorter key must have: a lone first or last name names many people


def part_of(short: str, long: str) -> bool:
    """True when the name key ``short`` (``MIN_WORDS`` words or more) is a run of whole words of ``long``."""
    part, whole = short.split(), long.split()
    n = len(part)
    if n < MIN_WORDS or n >= len(whole):
        return False
    return any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


def shared_parts(keys: Iterable[str], story_keys: Mapping[str, float]) -> list[str]:
    """The ``=name`` keys of ``story_keys`` that one of ``keys`` is part of, or that are part of one of ``keys``
    (exact matches excluded: the caller has those), in the story's order."""
    mine = [k[1:] for k in keys if k[:1] == "=" and k not in story_keys and " " in k]
    if not mine:
        return []
    return [t for t in story_keys if t[:1] == "=" and " " in t
            and any(part_of(m, t[1:]) or part_of(t[1:], m) for m in mine)]
