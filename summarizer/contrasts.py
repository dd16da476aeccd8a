"""Contrasting news actions: the reversal or the next step of a known event is news.

"Police detained the suspect in Lyon" then "the suspect was released by police in Lyon": almost
every word is known, yet the event changed. Word overlap cannot tell this from a paraphrase, so
a small table of generic news actions and their reversals or outcomes (arrest/release, arrest/charge,
deny/admit, request/grant, attack/withdraw, rise/fall...), and of steps followed one way only by their outcome
(injured, then died; convicted, then sentenced), marks a sentence whose action is new
while its contrasting action is what the audience was told. Terms are canonical
(:func:`summarizer.text.canon`), so every inflection and listed synonym counts.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Collection, Iterable

from summarizer.text import canon

# (one side, the other side): words of each side; a term on one side contrasts with every term on the other.
# Only verbs that rarely serve as anything else: "end" and "close" also date ("by the end of
# November") and locate ("close to"), so they are left out.
_PAIRS = [
    ("arrest detain", "release free"),
    ("arrest detain", "charge indict"),
    ("attack", "withdraw withdrew withdrawn retreat retreated"),
    ("deny", "admit"),
    ("request seek sought apply", "grant deny approve"),
    ("accuse", "acquit convict"),
    ("increase", "decrease"),
    ("win", "lose lost defeat defeated"),
    ("kill", "survive"),
]


# (an earlier step, its outcome): one way only. An outcome told after its step is news ("the injured cyclist has died",
# "the convicted mayor was sentenced"); the step told after its outcome retells the story ("he died of the injuries").
NEXT_STEPS = [
    ("injure wound", "die"),
    ("convict", "sentence jail"),
]


def _terms(side: str) -> frozenset[str]:
    return frozenset(c for c in (canon(w) for w in side.split()) if c)


@lru_cache(maxsize=1)
def contrasts() -> dict[str, frozenset[str]]:
    """Each action term with the terms it contrasts with."""
    out: dict[str, set[str]] = {}
    for left, right in _PAIRS:
        a, b = _terms(left), _terms(right)
        for t in a:
            out.setdefault(t, set()).update(b - {t})
        for t in b:
            out.setdefault(t, set()).update(a - {t})
    for step, outcome in NEXT_STEPS:
        for t in _terms(outcome):
            out.setdefault(t, set()).update(_terms(step) - {t})
    return {t: frozenset(p) for t, p in out.items()}


def changed_action(terms: Iterable[str], told: Collection[str], seen: Collection[str]) -> str:
    """A term of ``terms`` that is not in ``seen`` but contrasts with a term of ``told`` ("" for none).

    A sentence holding both sides ("granted the asylum he sought") retells the story, it changes nothing.
    """
    table = contrasts()
    own = set(terms)
    for t in sorted(own):
        if t not in seen and any(p in told and p not in own for p in sorted(table.get(t, ()))):
            return t
    return ""
