"""What novelty reads of a sentence: its weighted terms, figures, days and quotations
(:class:`Features`, analysed once and shared by every memory holding the sentence), and the
hash of its wording that finds exact repeats before any posting list is read."""
from __future__ import annotations

import hashlib
import heapq
import re
import weakref
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter

from summarizer.facts import DayFact, Quantity, days, quantities
from summarizer.text import terms

QUERY_TERMS = 10  # the rarest terms of a sentence used to find its neighbours

_QUOTE = re.compile(r"[“\"]([^”\"]{6,400})[”\"]|(?<![A-Za-z])‘([^’]{6,300})’(?![A-Za-z])|(?<![A-Za-z])'([^']{6,300})'(?![A-Za-z])")


def quotes(text: str) -> list[str]:
    """Quoted passages of two words or more."""
    out = []
    for m in _QUOTE.finditer(text):
        q = next(g for g in m.groups() if g)
        if len(q.split()) >= 2:
            out.append(q)
    return out


@dataclass(frozen=True)
class Features:
    """What novelty needs of a sentence: weighted terms and facts."""

    text: str
    terms: dict[str, float]
    total: float
    quantities: tuple[Quantity, ...]
    days: tuple[DayFact, ...]
    quotes: tuple[dict[str, float], ...] = ()

    @cached_property
    def query(self) -> tuple[tuple[str, float], ...]:
        """The rarest terms, by which the sentence's neighbours are looked up (cached)."""
        return tuple(heapq.nlargest(QUERY_TERMS, self.terms.items(), key=itemgetter(1)))


# Every memory that holds a sentence shares one analysis of it (channels see the same articles).
_SHARED: "weakref.WeakValueDictionary[str, Features]" = weakref.WeakValueDictionary()


def _quoted_terms(text: str) -> tuple[dict[str, float], ...]:
    """The terms of each quotation of two terms or more."""
    return tuple(qt for qt in (terms(q) for q in quotes(text)) if len(qt) >= 2)


@lru_cache(maxsize=50_000)
def features(text: str) -> Features:
    """Terms and facts of a sentence (cached, and shared by every memory holding it)."""
    f = _SHARED.get(text)
    if f is None:
        t = terms(text)
        f = Features(text, t, sum(t.values()) or 1.0, tuple(quantities(text)), tuple(days(text)), _quoted_terms(text))
        _SHARED[text] = f
    return f


@lru_cache(maxsize=20_000)
def _gist(text: str) -> Features:
    """Terms and quotations of a sentence's core, without facts: :func:`judge` reads those on the whole sentence."""
    f = _SHARED.get(text)
    if f is None:
        t = terms(text)
        f = Features(text, t, sum(t.values()) or 1.0, (), (), _quoted_terms(text))
    return f


@lru_cache(maxsize=100_000)
def wording(text: str) -> int:
    """A 64-bit hash of a sentence's wording, case and whitespace aside (the exact-repeat key; cached)."""
    norm = " ".join(text.lower().split())
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")
