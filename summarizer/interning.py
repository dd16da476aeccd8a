"""One object per distinct term and per distinct weight among the analyses a process reads back.

A stored analysis (:func:`summarizer.analysis.loads`) decodes each sentence's terms as new strings and
its weights as new floats, though few are distinct: the 1,000 articles of a scale-benchmark store held
257,219 term entries, 178,347 term strings (16,661 distinct) and 257,219 float objects (433 distinct
values), some 15 MB of the 45 MB their decoded JSON took. Mapping each to one shared object keeps the
same values in the same order (every comparison and sum reads the same numbers), in less memory.
A figure's and a day's string sets (units, clause stems, places: 15,065 sets, 6,493 distinct, 5.4 MB in
the same store) are shared the same way (:func:`shared_set`). Term strings are interned (:func:`sys.intern`: freed when nothing holds them any more); weights share
a table of at most :data:`WEIGHTS` values, emptied when full (a later float is then a new object of the
same value: only memory is at stake, never a result). Empty and one-string sets that per-word and per-sentence caches
hold are one object each too (:func:`few`), and so are the (term, weight) pairs of line vectors (:func:`shared_pair`).
"""
from __future__ import annotations

import sys
from typing import Hashable, Iterable, TypeVar

T = TypeVar("T", bound=Hashable)

WEIGHTS = 65_536  # distinct weights the table keeps before it is emptied
_WEIGHTS: dict[float, float] = {}
SETS = 65_536  # distinct string sets the table keeps before it is emptied
_SETS: dict[frozenset[str], frozenset[str]] = {}


def _one(table: dict[T, T], size: int, value: T) -> T:
    """The table's one object equal to ``value`` (``value`` itself when new); the table is emptied when it holds ``size``."""
    found = table.get(value)
    if found is None:
        if len(table) >= size:
            table.clear()
        table[value] = found = value
    return found


def shared_weight(weight: float) -> float:
    """The process's one float of ``weight``'s value (a zero keeps its own object: 0.0 == -0.0)."""
    if not weight:
        return weight
    return _one(_WEIGHTS, WEIGHTS, weight)


def shared_terms(terms: dict[str, float]) -> dict[str, float]:
    """``terms`` (term -> weight) in the same order, each term interned and each weight shared."""
    weights = terms.values()
    if len(_WEIGHTS) + len(terms) < WEIGHTS and all(weights):  # no zero, and the table fills up in no call here:
        return dict(zip(map(sys.intern, terms), map(_WEIGHTS.setdefault, weights, weights)))  # _one's, in C
    intern, weigh = sys.intern, shared_weight
    return {intern(term): weigh(weight) for term, weight in terms.items()}


def shared_set(values: Iterable[str]) -> frozenset[str]:
    """The process's one frozenset of ``values`` (each interned), from a table of at most :data:`SETS` sets.

    Two equal sets built in the same order iterate in the same order: the stored sets are written sorted
    (:func:`summarizer.analysis.dumps`), so the shared one reads exactly as a set of its own would."""
    return _one(_SETS, SETS, frozenset(map(sys.intern, values)))


NONE: frozenset[str] = frozenset()  # the one empty string set the caches below hand out
SINGLES = 65_536  # distinct one-string sets the table keeps before it is emptied
_SINGLES: dict[frozenset[str], frozenset[str]] = {}


def few(values: Iterable[str]) -> frozenset[str]:
    """``frozenset(values)``, the same object for every empty set and (from a table of at most :data:`SINGLES`) for
    every set of one string: cached per-word and per-sentence reads (a word's stems, a sentence's places) are mostly
    empty or one word, and a frozenset of its own takes 216 bytes. A set of two or more is a new one (built as given:
    it iterates as a set of its own would)."""
    made = frozenset(values)
    if len(made) > 1:
        return made
    return _one(_SINGLES, SINGLES, made) if made else NONE


PAIRS = 65_536  # distinct (term, weight) pairs the table keeps before it is emptied
_PAIRS: dict[tuple[str, float], tuple[str, float]] = {}


def shared_pair(term: str, weight: float) -> tuple[str, float]:
    """The process's one ``(term, weight)`` tuple of these values, from a table of at most :data:`PAIRS` (a zero
    weight keeps a tuple of its own: 0.0 == -0.0): a term's rarity is the same in every line that has it, so
    the per-line caches of :mod:`summarizer.vectors` hold one pair per distinct term instead of one per line."""
    if not weight:
        return (term, weight)
    return _one(_PAIRS, PAIRS, (term, weight))
