"""What an audience knows: sentences with their terms and facts behind an inverted index.

Judging a sentence against a :class:`Memory` costs a few posting-list walks, never a scan of all history
(see :mod:`summarizer.novelty`). A memory grows in place and never needs rebuilding: a posting list keeps
only the entries a lookup reads, and beyond ``capacity`` sentences the oldest are forgotten one by one,
their exact wording still known by a 64-bit hash. A sentence's analysis is shared by every memory holding it.
"""
from __future__ import annotations

import hashlib
import heapq
import re
import weakref
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Iterable, Union

import numpy as np

from summarizer.articlescope import context_key
from summarizer.caches import SENTENCES
from summarizer.factcheck import figure_key
from summarizer.facts import DayFact, Quantity, days, quantities
from summarizer.indexes import shared_index, shared_single
from summarizer.knownlist import Known, KnownList
from summarizer.paraphrase import with_numerals
from summarizer.text import terms
from summarizer.wordset import WordingSet
from summarizer.wordmap import WordingMap

# A posting list: sentence indexes oldest first, 4 bytes each in an array (a list's are 8 and an int object each);
# a list of one sentence is the process's shared tuple of it (summarizer.indexes.shared_single), as most are.
Posting = Union["array[int]", tuple[int]]
MAX_POSTINGS = 160  # recent postings read per query term (very common terms are capped)
QUERY_TERMS = 10  # the rarest terms of a sentence used to find its neighbours
# Sentences one memory indexes; beyond, the oldest are forgotten in place (exact wording stays known); about
# 35 sentences per article, so some 8,500 articles of one audience's history (a month of a busy feed).
MEMORY_SENTENCES = 300_000

_QUOTE = re.compile(r"[“\"]([^”\"]{6,400})[”\"]|(?<![A-Za-z])‘([^’]{6,300})’(?![A-Za-z])|(?<![A-Za-z])'([^']{6,300})'(?![A-Za-z])")
_QUOTE_MARKS = ("“", '"', "‘", "'")  # every quotation opens with one of them: a text without any is not searched


def quotes(text: str) -> list[str]:
    """Quoted passages of two words or more."""
    found = _QUOTE.finditer(text) if any(mark in text for mark in _QUOTE_MARKS) else ()
    return [q for m in found if len((q := next(g for g in m.groups() if g)).split()) >= 2]


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Features:
    """What novelty needs of a sentence: weighted terms and facts (slotted: one per sentence a memory recalls)."""

    text: str
    terms: dict[str, float]
    total: float
    quantities: tuple[Quantity, ...]
    days: tuple[DayFact, ...]
    quotes: tuple[dict[str, float], ...] = ()
    context: str = ""  # the context its article gave it (summarizer.articlescope.context_key): "" for none
    _query: tuple[tuple[str, float], ...] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def query(self) -> tuple[tuple[str, float], ...]:
        """The rarest terms, by which the sentence's neighbours are looked up (cached: frozen for all else)."""
        if self._query is None:
            object.__setattr__(self, "_query", tuple(heapq.nlargest(QUERY_TERMS, self.terms.items(), key=itemgetter(1))))
        return self._query or ()


# Memories holding a sentence in one context (summarizer.articlescope) share one analysis: by its text alone in none.
_SHARED: "weakref.WeakValueDictionary[str | tuple[str, str], Features]" = weakref.WeakValueDictionary()


def _quoted_terms(text: str) -> tuple[dict[str, float], ...]:
    """The terms of each quotation of two terms or more."""
    return tuple(qt for qt in (terms(q) for q in quotes(text)) if len(qt) >= 2)


def shared(text: str, made: Features | None = None, context: str | None = None) -> Features | None:
    """The analysis of ``text`` in ``context`` (default: the running analysis's) a memory holds; else ``made``, shared."""
    key = (text, ctx) if (ctx := context_key(text) if context is None else context) else text
    f = _SHARED.get(key)
    if f is None and made is not None:
        _SHARED[key] = f = made
    return f


def _analyse(text: str, facts: bool, context: str) -> Features:
    """Terms and quotations of ``text`` (numbers in words read as digits), with its figures and days when ``facts``."""
    t = with_numerals(text, terms(text))
    return Features(text, t, sum(t.values()) or 1.0, tuple(quantities(text)) if facts else (),
                    tuple(days(text)) if facts else (), _quoted_terms(text), context)


def features(text: str) -> Features:
    """Terms and facts of a sentence read in its article's context (cached, shared by every memory holding it)."""
    return _features(text, context_key(text))


@lru_cache(maxsize=SENTENCES)
def _features(text: str, context: str) -> Features:
    f = _SHARED.get(key := (text, context) if context else text)
    if f is None:
        _SHARED[key] = f = _analyse(text, True, context)
    return f


def forget_cached() -> None:
    """Drop the cached analyses (those no memory holds are then made again; tests use it)."""
    _features.cache_clear()
    _gist_features.cache_clear()


def gist_features(text: str) -> Features:
    """Terms and quotations of a sentence's core, without facts: :func:`judge` reads those on the whole sentence."""
    return _gist_features(text, context_key(text))


@lru_cache(maxsize=20_000)
def _gist_features(text: str, context: str) -> Features:
    f = _SHARED.get((text, context) if context else text)
    return _analyse(text, False, context) if f is None else f


@lru_cache(maxsize=SENTENCES)
def wording(text: str) -> int:
    """A 64-bit hash of a sentence's wording, case and whitespace aside (the exact-repeat key; cached)."""
    norm = " ".join(text.lower().split())
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")


@dataclass
class Memory:
    """What an audience knows, indexed by term.

    A memory may sit on a ``parent`` (what a user knows = what the channel knows + their own):
    lookups see both, additions go to this layer only, so one channel memory serves every
    user of the channel instead of being copied per user.

    It never needs rebuilding: posting lists are trimmed in place to what a lookup reads (``MAX_POSTINGS``
    newest entries), and past ``capacity`` sentences the oldest is forgotten (unindexed and freed) as each new
    one comes in. Its exact wording stays known; only a paraphrase of it can be judged new again.
    """

    known: KnownList = field(default_factory=KnownList)  # by index; None once forgotten (summarizer.knownlist)
    postings: dict[str, Posting] = field(default_factory=dict)  # 4 bytes an entry, a lone one shared (see Posting)
    parent: "Memory | None" = None
    figures: dict[str, Posting] = field(default_factory=dict)  # slot measure -> sentences
    capacity: int = MEMORY_SENTENCES
    _exact: WordingMap = field(default_factory=WordingMap)  # wording hash -> index of a held sentence
    _forgotten: WordingSet = field(default_factory=WordingSet)  # wording hashes of forgotten sentences
    _oldest: int = 0  # index of the oldest sentence still held

    def __len__(self) -> int:
        return len(self.known) + (len(self.parent) if self.parent is not None else 0)

    @property
    def held(self) -> int:
        """Sentences this layer holds in its index (forgotten ones aside)."""
        return len(self.known) - self._oldest

    def knows(self, key: int) -> bool:
        """True when this layer or a parent was told a sentence of this :func:`wording` hash."""
        return key in self._exact or key in self._forgotten or (self.parent is not None and self.parent.knows(key))

    def mentions(self, term: str) -> bool:
        """True when a held sentence of this layer or a parent has ``term`` (a canonical term)."""
        return term in self.postings or (self.parent is not None and self.parent.mentions(term))

    def repeat(self, text: str) -> tuple[bool, Known | None]:
        """Was ``text`` told word for word? (told, the held sentence or None when it was forgotten)."""
        key = wording(text)
        layer: Memory | None = self
        while layer is not None:
            idx = layer._exact.get(key)
            if idx is not None:
                return True, layer.known[idx]
            if key in layer._forgotten:
                return True, None
            layer = layer.parent
        return False, None

    def add(self, text: str, story_id: str = "", ref: str = "", day: int = 0) -> Known | None:
        """Remember a sentence (an exact repeat is stored once), of an article published on ``day`` (an ordinal) if known."""
        key = wording(text)
        if self.knows(key):
            return None
        return self._hold(key, features(text), story_id, ref, day)

    def add_features(self, f: Features, story_id: str = "", ref: str = "", key: int | None = None,
                     day: int = 0) -> Known | None:
        """Remember a sentence already analysed (:mod:`summarizer.analysis`), of :func:`wording` hash ``key``
        when known, of an article published on ``day`` (an ordinal) if known: :meth:`add` without the analysis."""
        key = wording(f.text) if key is None else key
        if self.knows(key):
            return None
        return self._hold(key, f, story_id, ref, day)

    def know_wordings(self, keys: Iterable[int]) -> None:
        """Know sentences of these :func:`wording` hashes word for word without indexing them (as if told
        and forgotten): a restored memory's articles older than its recall horizon."""
        fresh = np.fromiter(keys, dtype=np.uint64)
        self._forgotten.update(fresh[self._exact.absent(fresh)])

    def _hold(self, key: int, f: Features, story_id: str, ref: str, day: int = 0) -> Known:
        """Index a sentence not known yet (its wording hash ``key``); forget the oldest beyond capacity."""
        idx = shared_index(len(self.known))  # one int object per value, shared by every memory (summarizer.indexes)
        k = self.known.append(f, story_id, ref, day)
        self._exact[key] = idx
        figures = sorted({figure_key(q) for q in f.quantities if q.slot is not None}) if f.quantities else ()
        for index, keys in ((self.postings, f.terms), (self.figures, figures)):  # trimmed to what a lookup reads
            for term in keys:
                plist = index.get(term)
                if plist is None:
                    index[term] = shared_single(idx)
                elif isinstance(plist, tuple):
                    index[term] = array("I", (plist[0], idx))
                else:
                    plist.append(idx)
                    if len(plist) >= 2 * MAX_POSTINGS:
                        del plist[:-MAX_POSTINGS]
        while len(self.known) - self._oldest > self.capacity:
            self._forget_oldest()
        return k

    def _forget_oldest(self) -> None:
        """Unindex and free the oldest held sentence; its wording stays known."""
        idx = self._oldest
        f = self.known.features[idx]
        self._oldest += 1
        if f is None:
            return
        self.known.forget(idx)
        key = wording(f.text)
        if self._exact.pop(key, None) is not None:
            self._forgotten.add(key)
        for index, keys in ((self.postings, f.terms),
                            (self.figures, {figure_key(q) for q in f.quantities if q.slot is not None})):
            for t in keys:
                plist = index.get(t)
                if plist and plist[0] == idx:  # the oldest entry, unless trimmed already
                    if len(plist) == 1:
                        del index[t]
                    elif isinstance(plist, array):
                        del plist[0]
                        if len(plist) == 1:
                            index[t] = shared_single(plist[0])

    def recency(self, k: Known) -> tuple[int, int]:
        """A sort key: later-told sentences sort higher (this layer's after its parent's)."""
        depth = 0
        layer: Memory | None = self
        while layer is not None and not layer.known.holds(k):
            layer, depth = layer.parent, depth + 1
        return (-depth, k.index)

    def told(self, q: Quantity, limit: int = MAX_POSTINGS) -> list[Known]:
        """The latest known sentences with a figure of the measure and unit of ``q`` (parent's too)."""
        if q.slot is None:
            return []
        own = [k for i in self.figures.get(figure_key(q), [])[-limit:] if (k := self.known[i]) is not None]
        return (self.parent.told(q, limit) if self.parent is not None else []) + own

    def neighbours(self, f: Features, limit: int = 25) -> list[tuple[float, Known]]:
        """Known sentences sharing the most weighted terms with ``f``: (shared weight, sentence).

        Candidates come from the posting lists of the sentence's rarest terms (recent
        postings only), then the shared weight is computed exactly for the best of them.
        A parent memory's neighbours are merged in.
        """
        own = self._neighbours(f, limit)
        if self.parent is None:
            return own
        merged = own + self.parent.neighbours(f, limit)
        merged.sort(key=itemgetter(0), reverse=True)
        return merged[:limit]

    def _neighbours(self, f: Features, limit: int) -> list[tuple[float, Known]]:
        """:meth:`neighbours` within this layer only."""
        votes: dict[int, float] = {}
        postings, vote = self.postings, votes.get
        for term, weight in f.query:
            plist = postings.get(term)
            if plist:  # a sentence is once in a list: its vote sums its query terms' weights in query order
                if not votes:  # the first list's votes are its weight (0.0 + weight), set in one call
                    votes = dict.fromkeys(plist if len(plist) <= MAX_POSTINGS else plist[-MAX_POSTINGS:], weight)
                    vote = votes.get
                    continue
                for idx in plist if len(plist) <= MAX_POSTINGS else plist[-MAX_POSTINGS:]:
                    votes[idx] = vote(idx, 0.0) + weight  # a plain loop beats set algebra on a few hundred votes
        if not votes:
            return []
        # What heapq.nlargest returns (ties in insertion order), faster on a few hundred votes.
        top = sorted(votes, key=votes.__getitem__, reverse=True)[:limit * 2]
        own, weigh = f.terms, f.terms.__getitem__
        known = self.known
        scored: list[tuple[float, Known]] = []
        for idx in top:
            k = known[idx]
            if k is not None:  # summed in the sentence's own term order (not a set's): the same floats on every run
                scored.append((sum(map(weigh, filter(k.features.terms.__contains__, own))), k))
        scored.sort(key=itemgetter(0), reverse=True)
        return scored[:limit]

