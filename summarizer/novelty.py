"""Novelty: is a sentence new to an audience, an update of a known figure, or a conflict?

:class:`Memory` holds what an audience knows (sentences with their terms and facts) behind
an inverted index, so judging a sentence costs a few posting-list walks, never a scan of
all history. It grows in place and never needs rebuilding: a posting list keeps only the
entries a lookup reads, and beyond ``capacity`` sentences the oldest are forgotten one by
one (their exact wording stays known, by a 64-bit hash). :func:`judge` compares one sentence
with a memory:

- *exact repeat*: a sentence told word for word (whitespace and case aside) is known, however
  old, before any posting list is read;

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

from collections import defaultdict
from operator import itemgetter
from dataclasses import dataclass, field

from summarizer.contrasts import changed_action
from summarizer.features import Features, _gist, features, wording
from summarizer.factcheck import facts_against, figure_key
from summarizer.facts import Quantity
from summarizer.models import Kind

# Thresholds (weighted shares of a sentence's information). Tuned on news_dev and the seeds.
REPEAT_CONTAINMENT = 0.62  # this much of a sentence in one known sentence: a repeat
REPEAT_COVERAGE = 0.86  # this much of it known in its nearest sentences, and no new fact: a repeat
REPEAT_MEAN = 0.55  # or the mean of the two: more than half of what it says is known
NEW_QUOTE_SHARE = 0.5  # a quotation this new (by weight) is a new fact
MAX_POSTINGS = 160  # recent postings read per query term (very common terms are capped)
COVER_NEIGHBOURS = 6  # coverage is measured against the union of this many nearest sentences
# Sentences one memory indexes; beyond, the oldest are forgotten in place (exact wording stays known).
# The bound the service used to enforce by dropping and rebuilding a memory; about 35 sentences per
# article, so some 8,500 articles of one audience's history (a month of a busy feed).
MEMORY_SENTENCES = 300_000


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

    It never needs rebuilding: posting lists are trimmed in place to what a lookup reads
    (``MAX_POSTINGS`` newest entries), and past ``capacity`` sentences the oldest is forgotten
    (unindexed and freed) as each new one comes in. A forgotten sentence's exact wording stays
    known; only a paraphrase of it can be judged new again (the horizon is ``capacity``).
    """

    known: list[Known | None] = field(default_factory=list)  # by index; None once forgotten
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    parent: "Memory | None" = None
    figures: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # slot measure -> sentences
    capacity: int = MEMORY_SENTENCES
    _exact: dict[int, int] = field(default_factory=dict)  # wording hash -> index of a held sentence
    _forgotten: set[int] = field(default_factory=set)  # wording hashes of forgotten sentences
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

    def add(self, text: str, story_id: str = "", ref: str = "") -> Known | None:
        """Remember a sentence (an exact repeat is stored once)."""
        key = wording(text)
        if self.knows(key):
            return None
        k = Known(len(self.known), features(text), story_id, ref)
        self._exact[key] = k.index
        self.known.append(k)
        for term in k.features.terms:
            _post(self.postings[term], k.index)
        for fk in sorted({figure_key(q) for q in k.features.quantities if q.slot is not None}):
            _post(self.figures[fk], k.index)
        while self.held > self.capacity:
            self._forget_oldest()
        return k

    def _forget_oldest(self) -> None:
        """Unindex and free the oldest held sentence; its wording stays known."""
        idx = self._oldest
        k = self.known[idx]
        self._oldest += 1
        if k is None:
            return
        self.known[idx] = None
        key = wording(k.features.text)
        if self._exact.pop(key, None) is not None:
            self._forgotten.add(key)
        for index, keys in ((self.postings, k.features.terms),
                            (self.figures, {figure_key(q) for q in k.features.quantities if q.slot is not None})):
            for t in keys:
                plist = index.get(t)
                if plist and plist[0] == idx:  # the oldest entry, unless trimmed already
                    del plist[0]
                if plist is not None and not plist:
                    del index[t]

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
        vote = votes.get
        postings = self.postings
        for term, weight in f.query:
            plist = postings.get(term)
            if plist:
                for idx in plist[-MAX_POSTINGS:]:
                    votes[idx] = vote(idx, 0.0) + weight
        if not votes:
            return []
        # What heapq.nlargest returns (ties in insertion order), faster on a few hundred votes.
        top = sorted(votes.items(), key=itemgetter(1), reverse=True)[:limit * 2]
        fitems = f.terms.items()
        scored = []
        for idx, _ in top:
            k = self.known[idx]
            if k is None:
                continue
            kterms = k.features.terms
            # Summed in the sentence's own term order (not a set's): the same floats on every run.
            scored.append((sum([w for t, w in fitems if t in kterms]), k))
        scored.sort(key=itemgetter(0), reverse=True)
        return scored[:limit]


def _post(plist: list[int], idx: int) -> None:
    """Append ``idx`` to a posting list, trimmed in place to what a lookup reads (``MAX_POSTINGS`` newest)."""
    plist.append(idx)
    if len(plist) >= 2 * MAX_POSTINGS:
        del plist[:-MAX_POSTINGS]


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
    told, same = memory.repeat(text)
    if told:  # word for word: known, however old (no posting list is read)
        seen = frozenset(same.features.terms) if same is not None else frozenset()
        return Verdict(False, Kind.NEW, 0.0, 1.0, 1.0, "", same, 0, seen)
    whole = features(text)
    f = _gist(core) if core and core != text else whole
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
