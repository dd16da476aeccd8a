"""Bounds of a figure: how its words ("about", "more than", "dozens of") bound the true value.

A figure is read as an interval of values it allows: a plain figure is a point, "about 200" the
values near it, "nearly 200" those just below it, "more than 200" everything above it, "dozens of"
24 to 99. A later figure whose interval holds the whole of the value told earlier says nothing the
audience was not told ("more than 5,000 jobs" after "7,000 jobs", "about 200 dead" after "190 dead"):
it is consistent with it, no update of it. "Up to" and "as many as" are left out: news gives a toll's
highest estimate that way, and a higher one is its update.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # facts imports nothing from here; the type is only needed for checking
    from summarizer.facts import Quantity

UPPER = frozenset({"up to", "as many as", "at most"})
ABOUT = frozenset({"", "about", "around", "approximately", "roughly", "some", "~"})
ESTIMATE = frozenset({"an estimated", "estimated"})
_NEAR = frozenset({"about", "around", "approximately", "roughly", "some", "~"})  # a rounded figure
_BELOW = frozenset({"nearly", "almost", "close to"})  # a figure just short of a round one
_ABOVE = frozenset({"more than", "over", "above", "at least"})
ROUNDING = 0.1  # the share of its value a rounded figure ("about 200") may be off by


def hedge(q: Quantity) -> str:
    """How a figure bounds the true value: "upper" ("up to"), "exact" (unqualified or "about"), "estimate"
    ("an estimated": no count, so never disputed by one), "vague" ("thousands of") or "lower" ("at least")."""
    if q.vague and not q.span:  # a range ("45,000-50,000") is bounded as its words say
        return "vague"
    if q.qualifier in ESTIMATE:
        return "estimate"
    return "upper" if q.qualifier in UPPER else "exact" if q.qualifier in ABOUT else "lower"


_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "k": 1e3}


def range_low(lower: str, high: float, num: str, scale: str) -> float:
    """The lower end of a range whose upper end ``high`` was written ``num`` (digits) and ``scale`` ("million"):
    its lower end ``lower`` written bare shares the upper end's scale when that keeps it below ("2-3 million": two
    million; "45-50,000": 45,000), else it is read as written ("from 300 to 3,000")."""
    low = float(lower.replace(",", ""))
    factor = _SCALES.get(scale.lower(), 1.0) if scale else 1000.0 ** num.count(",")
    if "," in lower or factor == 1.0 or low * factor > high:
        return min(low, high)
    return low * factor


def interval(q: Quantity) -> tuple[float, float]:
    """The values ``q`` allows: its range when vague or a span, else what its qualifier leaves open."""
    if q.vague:
        return q.low, q.high
    if q.qualifier in _NEAR:
        return q.low * (1 - ROUNDING), q.high * (1 + ROUNDING)
    if q.qualifier in _BELOW:
        return q.low * (1 - ROUNDING), q.high
    if q.qualifier in _ABOVE:
        return q.low, math.inf
    return q.low, q.high


def holds(q: Quantity, kq: Quantity) -> bool:
    """True when ``q`` is looser than ``kq`` and allows every value ``kq`` allows: it is consistent with what
    was told ("more than 5,000" after "7,000", "about 200" after "190", "nearly 50" after "48"), never its update.
    An "up to" figure is no looser bound (see the module docstring); the same interval is a value told, not this."""
    if q.qualifier in UPPER:
        return False
    lo, hi = interval(q)
    klo, khi = interval(kq)
    return (lo, hi) != (klo, khi) and lo <= klo and khi <= hi
