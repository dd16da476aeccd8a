"""Novelty: is a sentence new to an audience, an update of a known figure, or a conflict?

:class:`Memory` holds what an audience knows (sentences with their terms and facts) behind
an inverted index, so judging a sentence costs a few posting-list walks, never a scan of
all history. :func:`judge` compares one sentence with a memory:

- *containment* of the sentence in its closest known sentence (weighted by word rarity):
  a paraphrase of one known sentence is a repeat;
- *coverage* by the whole memory: a sentence made only of known words and known figures
  tells nothing new, however it is worded;
- *facts*: a figure for a known kind of thing with a new value is an ``updated`` item; a
  second calendar day for the same event is a ``conflict``; a brand-new figure is new.
"""
from __future__ import annotations

import heapq
import re
from collections import defaultdict
from operator import itemgetter
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.facts import DayFact, Quantity, days, quantities
from summarizer.slots import places_shared
from summarizer.models import Kind
from summarizer.text import terms

# Thresholds (weighted shares of a sentence's information). Tuned on news_dev and the seeds.
REPEAT_CONTAINMENT = 0.62  # this much of a sentence in one known sentence: a repeat
REPEAT_COVERAGE = 0.86  # this much of it known in its nearest sentences, and no new fact: a repeat
REPEAT_MEAN = 0.55  # or the mean of the two: more than half of what it says is known
NEW_QUOTE_SHARE = 0.5  # a quotation this new (by weight) is a new fact
FACT_CONTEXT = 0.35  # context overlap for two figures to be about the same thing
CONFLICT_CONTEXT = 0.50  # context overlap for two days to be about the same event
CONFLICT_DAYS = 31  # two days further apart than this date two events, not one event told two ways
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
        return k

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
            shared = fterms.keys() & k.features.terms.keys()
            scored.append((sum(fterms[t] for t in shared), k))
        scored.sort(key=itemgetter(0), reverse=True)
        return scored[:limit]


def _context_overlap(a: Features, b: Features, exclude: frozenset[str] = frozenset()) -> float:
    """Weighted share of the smaller sentence's terms that the other one also has."""
    ta = {t: w for t, w in a.terms.items() if t not in exclude and not t.isdigit()}
    tb = {t: w for t, w in b.terms.items() if t not in exclude and not t.isdigit()}
    if not ta or not tb:
        return 0.0
    shared = sum(min(w, tb[t]) for t, w in ta.items() if t in tb)
    return shared / min(sum(ta.values()), sum(tb.values()))


def _told(q: Quantity, kq: Quantity) -> bool:
    """True when ``kq`` already told what ``q`` says: the same amount of the same measure (or a vaguer
    amount that the precise one falls in)."""
    if q.slot is not None and kq.slot is not None:
        if (q.slot.measure, q.slot.unit) != (kq.slot.measure, kq.slot.unit):
            return False
    elif not q.unit & kq.unit:
        return False
    return q.same_value(kq) or (q.vague and not kq.vague and q.low <= kq.low <= q.high)


def _other_story(k: Known, story_id: str) -> bool:
    return bool(story_id and k.story_id and k.story_id != story_id)


def _figures_against(f: Features, near: list[Known], story_id: str) -> tuple[str, int]:
    """The earlier value a figure of ``f`` updates ("" for none) and how many of its figures are new.

    A figure is compared only with known figures of its slot (see :mod:`summarizer.slots`), in
    any story when both name a common place or subject; the earlier value is the latest one
    told; a value told before (at any time) is no news.
    """
    earlier, best, new_facts = "", 0.0, 0
    for q in f.quantities:
        related: list[tuple[int, float, Quantity]] = []
        told = False
        for k in near:
            for kq in k.features.quantities:
                told = told or _told(q, kq)
                if not q.comparable(kq) or q.slot is None or kq.slot is None:
                    continue
                if _other_story(k, story_id) and not places_shared(q.slot.places, kq.slot.places):
                    continue
                ctx = _context_overlap(f, k.features, q.unit | kq.unit)
                if ctx >= FACT_CONTEXT:
                    related.append((k.index, ctx, kq))
        if told:
            continue
        if not related:
            new_facts += 1
            continue
        _, ctx, kq = max(related, key=itemgetter(0))  # the latest value the audience was told
        if ctx > best:
            earlier, best = kq.raw, ctx
    return earlier, new_facts


def _days_against(f: Features, near: list[Known], story_id: str) -> tuple[Kind | None, str, int]:
    """A second day for the main event of ``f``: CONFLICT (UPDATED for a planned event), the earlier day,
    and how many event days of ``f`` are new. Only days that date the main event are compared."""
    new_facts = 0
    for d in f.days:
        if not d.event:
            continue
        same = False
        other: tuple[float, DayFact] | None = None
        for k in near:
            if _other_story(k, story_id) and not any(places_shared(d.places, kd.places) for kd in k.features.days):
                continue
            ctx = _context_overlap(f, k.features)
            for kd in k.features.days:
                if kd.same_day(d):
                    same = same or ctx >= FACT_CONTEXT
                elif (kd.event and ctx >= CONFLICT_CONTEXT and d.same_event(kd) and _same_year(d, kd)
                      and (other is None or ctx > other[0])):
                    other = (ctx, kd)
        if same:
            continue
        if other is not None:
            planned = d.planned or other[1].planned
            if planned or abs(_ordinal(d) - _ordinal(other[1])) <= CONFLICT_DAYS:
                return (Kind.UPDATED if planned else Kind.CONFLICT), other[1].raw, new_facts
        new_facts += 1
    return None, "", new_facts


def _ordinal(d: DayFact) -> int:
    return d.month * 31 + d.day


def _same_year(a: DayFact, b: DayFact) -> bool:
    """False for days in two different named years: they date two events (anniversaries, yearly events)."""
    return a.year is None or b.year is None or a.year == b.year


def _facts_against(f: Features, near: list[Known], story_id: str) -> tuple[Kind | None, str, int]:
    """Compare the figures and days of ``f`` with related known sentences.

    Returns (UPDATED or CONFLICT or None, the earlier value, how many facts are brand new).
    """
    earlier, new_facts = _figures_against(f, near, story_id)
    if earlier:
        return Kind.UPDATED, earlier, new_facts
    kind, day, new_days = _days_against(f, near, story_id)
    return kind, day, new_facts + new_days


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
    kind, earlier, new_facts = _facts_against(whole, [k for _, k in near], story_id)
    new_facts += _new_quotes(f, union)
    novelty = 1.0 - (containment + coverage) / 2
    seen = frozenset(union)
    if kind is not None:
        return Verdict(True, kind, max(novelty, 0.5), containment, coverage, earlier, best, new_facts, seen)
    known = (containment >= REPEAT_CONTAINMENT or coverage >= REPEAT_COVERAGE
             or (containment + coverage) / 2 >= REPEAT_MEAN)
    if known and not new_facts:
        return Verdict(False, Kind.NEW, novelty, containment, coverage, "", best, 0, seen)
    return Verdict(True, Kind.NEW, novelty, containment, coverage, "", best, new_facts, seen)
