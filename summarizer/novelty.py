"""Novelty: is a sentence new to an audience, an update of a known figure, or a conflict?

:class:`Memory` holds what an audience knows (sentences with their terms and facts) behind
an inverted index, so judging a sentence costs a few posting-list walks, never a scan of
all history. :func:`judge` compares one sentence with a memory:

- *containment* of the sentence in its closest known sentence (weighted by word rarity):
  a paraphrase of one known sentence is a repeat;
- *coverage* by the whole memory: a sentence made only of known words and known figures
  tells nothing new, however it is worded;
- *contrasts* (:mod:`summarizer.contrasts`): a new action that reverses or follows the known
  one ("released" after "detained", "admitted" after "denied") is news, however many words repeat;
- *facts* (:mod:`summarizer.factcheck`): a new value in a known typed slot is an
  ``updated`` item; a second day for the same main event is a ``conflict``; a value already
  told is no news; anything unsure is just new.
"""
from __future__ import annotations

import heapq
import re
from collections import defaultdict
from operator import itemgetter
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.contrasts import changed_action
from summarizer.factcheck import facts_against, figure_key
from summarizer.facts import DayFact, Quantity, days, quantities
from summarizer.models import Kind
from summarizer.text import terms

# Thresholds (weighted shares of a sentence's information). Tuned on news_dev and the seeds.
REPEAT_CONTAINMENT = 0.62  # this much of a sentence in one known sentence: a repeat
REPEAT_COVERAGE = 0.86  # this much of it known in its nearest sentences, and no new fact: a repeat
REPEAT_MEAN = 0.55  # or the mean of the two: more than half of what it says is known
NEW_QUOTE_SHARE = 0.5  # a quotation this new (by weight) is a new fact
MAX_POSTINGS = 160  # recent postings read per query term (very common terms are capped)
QUERY_TERMS = 10  # the rarest terms of a sentence used to find its neighbours
COVER_NEIGHBOURS = 6  # coverage is measured against the union of this many nearest sentences


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


@lru_cache(maxsize=50_000)
def features(text: str) -> Features:
    """Terms and facts of a sentence (cached: the same sentence is often seen again)."""
    t = terms(text)
    qs = tuple(qt for qt in (terms(q) for q in quotes(text)) if len(qt) >= 2)
    return Features(text, t, sum(t.values()) or 1.0, tuple(quantities(text)), tuple(days(text)), qs)


@dataclass
class Known:
    """A sentence in memory."""

    index: int
    features: Features
    story_id: str
    ref: str  # article id (or any caller reference)


@dataclass
class Verdict:
    """The judgement on one sentence."""

    novel: bool
    kind: Kind = Kind.NEW
    novelty: float = 1.0  # share of the sentence's information not known (0..1)
    containment: float = 0.0
    coverage: float = 0.0
    earlier: str = ""  # the known figure/day this one updates or contradicts
    best: Known | None = None
    new_facts: int = 0
    known_terms: frozenset[str] = frozenset()  # terms of the nearest known sentences


@dataclass
class Memory:
    """What an audience knows, indexed by term.

    A memory may sit on a ``parent`` (what a user knows = what the channel knows + their own):
    lookups see both, additions go to this layer only, so one channel memory serves every
    user of the channel instead of being copied per user.
    """

    known: list[Known] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    _texts: set[str] = field(default_factory=set)
    parent: "Memory | None" = None
    figures: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # slot measure -> sentences

    def __len__(self) -> int:
        return len(self.known) + (len(self.parent) if self.parent is not None else 0)

    def knows(self, key: str) -> bool:
        """True when this layer or a parent holds the (normalised) sentence."""
        return key in self._texts or (self.parent is not None and self.parent.knows(key))

    def add(self, text: str, story_id: str = "", ref: str = "") -> Known | None:
        """Remember a sentence (an exact repeat is stored once)."""
        key = " ".join(text.lower().split())
        if self.knows(key):
            return None
        self._texts.add(key)
        k = Known(len(self.known), features(text), story_id, ref)
        self.known.append(k)
        for term in k.features.terms:
            self.postings[term].append(k.index)
        for key in sorted({figure_key(q) for q in k.features.quantities if q.slot is not None}):
            self.figures[key].append(k.index)
        return k

    def recency(self, k: Known) -> tuple[int, int]:
        """A sort key: later-told sentences sort higher (this layer's after its parent's)."""
        depth = 0
        layer: Memory | None = self
        while layer is not None and not (k.index < len(layer.known) and layer.known[k.index] is k):
            layer, depth = layer.parent, depth + 1
        return (-depth, k.index)

    def told(self, q: Quantity, limit: int = MAX_POSTINGS) -> list[Known]:
        """The latest known sentences with a figure of the measure and unit of ``q`` (parent's too)."""
        if q.slot is None:
            return []
        own = [self.known[i] for i in self.figures.get(figure_key(q), [])[-limit:]]
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
        votes: dict[int, float] = defaultdict(float)
        fterms = f.terms
        query = heapq.nlargest(QUERY_TERMS, fterms.items(), key=itemgetter(1))
        postings = self.postings
        for term, weight in query:
            plist = postings.get(term)
            if plist:
                for idx in plist[-MAX_POSTINGS:]:
                    votes[idx] += weight
        if not votes:
            return []
        top = heapq.nlargest(limit * 2, votes.items(), key=itemgetter(1))
        scored = []
        for idx, _ in top:
            k = self.known[idx]
            kterms = k.features.terms
            # Summed in the sentence's own term order (not a set's): the same floats on every run.
            scored.append((sum(w for t, w in fterms.items() if t in kterms), k))
        scored.sort(key=itemgetter(0), reverse=True)
        return scored[:limit]


def _new_quotes(f: Features, union: set[str]) -> int:
    """How many quotations of ``f`` are mostly words the audience has not seen."""
    n = 0
    for qt in f.quotes:
        total = sum(qt.values())
        new = [t for t in qt if t not in union]
        if len(new) >= 2 and sum(qt[t] for t in new) / total >= NEW_QUOTE_SHARE:
            n += 1
    return n


def judge(text: str, memory: Memory, story_id: str = "", core: str | None = None) -> Verdict:
    """Is ``text`` new to ``memory``? See the module docstring for the method.

    ``core`` is the sentence without attributions and asides (see
    :func:`summarizer.condense.core`): what it says is judged on that, its facts on the
    whole sentence.
    """
    whole = features(text)
    f = features(core) if core and core != text else whole
    if not f.terms:
        return Verdict(novel=False, novelty=0.0)
    near = memory.neighbours(f)
    best: Known | None = None
    containment = 0.0
    for shared, k in near:
        c = shared / f.total
        if c > containment:
            containment, best = c, k
    union: set[str] = set()
    for _, k in near[:COVER_NEIGHBOURS]:
        union.update(k.features.terms)
    coverage = sum(w for t, w in f.terms.items() if t in union) / f.total
    kind, earlier, new_facts = facts_against(whole, [k for _, k in near], story_id, memory)
    new_facts += _new_quotes(f, union)
    novelty = 1.0 - (containment + coverage) / 2
    seen = frozenset(union)
    if kind is not None:
        return Verdict(True, kind, max(novelty, 0.5), containment, coverage, earlier, best, new_facts, seen)
    known = (containment >= REPEAT_CONTAINMENT or coverage >= REPEAT_COVERAGE
             or (containment + coverage) / 2 >= REPEAT_MEAN)
    if known and best is not None and changed_action(f.terms, best.features.terms, union):
        known = False  # the reversal or next step of the known event ("released" after "detained")
    if known and not new_facts:
        return Verdict(False, Kind.NEW, novelty, containment, coverage, "", best, 0, seen)
    return Verdict(True, Kind.NEW, novelty, containment, coverage, "", best, new_facts, seen)
