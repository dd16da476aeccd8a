"""Gist of a sentence: who acts (its names) and what they do (its action verbs), as canonical terms.

A repeat told in other words keeps its gist: "Hague denied it was a threat to storm the
embassy" and "the foreign secretary said there was no threat to storm the embassy" share
their actors and actions once stems and news synonyms (:mod:`summarizer.text`) are applied.
A sentence whose actors and actions are all known, and whose facts are all told, needs less
word overlap to be a repeat; a sentence with a new action ("released on bail" after "bail
hearing") reports a new event and keeps the usual thresholds. Shallow cues only (word
shapes and auxiliaries), so it works on any English news text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from summarizer.entities import names
from summarizer.text import canon, words

# A verb after an auxiliary or "to" ("has resigned", "was freed", "will testify", "to seize").
_AFTER_AUX = re.compile(
    r"\b(?:has|have|had|was|were|is|are|be|been|being|will|would|to|could|can|may|might|did|does|do|should)"
    r"\s+(?:not\s+|n't\s+|also\s+|now\s+|then\s+|already\s+)?(?:been\s+|be\s+|being\s+)?([a-z]{3,})\b")
_PAST = re.compile(r"\b([a-z]{3,}ed)\b")  # a past form or participle ("arrested", "denied")
_IRREGULAR = frozenset(
    """
    won lost hit struck fell rose took gave made met left sent shot began became broke brought bought sold paid
    held found led ran fled sought spoke wrote chose drove flew threw stood set cut put quit beat bid froze
    stole swore tore wore woke bore forgave forbade overtook undertook withdrew overthrew upheld withheld
    """.split()
)
_NOT_ACTIONS = frozenset("the a an and or not no more less very so as also than been being".split())
# Verbs of saying, knowing and stance, and light verbs: they tell how a fact is reported, not what
# happened ("police confirmed the suspect was arrested" reports the arrest).
_STANCE = frozenset(
    """
    describe described call called express expressed claim claimed insist insisted confirm confirmed explain
    explained add added note noted state stated reveal revealed emerge emerged quote quoted cite cited speak
    spoke write wrote stress stressed argue argued know known knew seem seemed appear appeared expect expected
    hope hoped fear feared want wanted believe believed think thought understand understood suggest suggested
    indicate indicated urge urged ask asked show showed shown make made take taken took give given gave get got
    put done do did use used come came go went gone become became remain remained continue continued keep kept
    let see seen saw find found try tried need needed mean meant include included involve involved base based
    concern concerned aim aimed hold held set
    """.split()
)


@dataclass(frozen=True)
class Gist:
    """The canonical terms of a sentence's actors (names) and actions (verbs)."""

    actors: frozenset[str]
    actions: frozenset[str]

    def known_in(self, seen: Iterable[str] | set[str] | frozenset[str]) -> bool:
        """True when the sentence has an action and every actor and action term is in ``seen``."""
        known = seen if isinstance(seen, (set, frozenset)) else set(seen)
        return bool(self.actions) and self.actions <= known and self.actors <= known


def _canon_all(tokens: Iterable[str]) -> frozenset[str]:
    return frozenset(c for c in (canon(t) for t in tokens if t not in _NOT_ACTIONS) if c)


@lru_cache(maxsize=50_000)
def gist(text: str) -> Gist:
    """The gist of ``text``: canonical terms of its names and of its action verbs (cached)."""
    lower = text.lower()
    verbs = [m.group(1) for m in _AFTER_AUX.finditer(lower)]
    verbs += [m.group(1) for m in _PAST.finditer(lower)]
    verbs += [w for w in words(lower) if w in _IRREGULAR]
    actors = _canon_all(w for name in names(text) for w in words(name))
    return Gist(actors, _canon_all(v for v in verbs if v not in _STANCE) - actors)
