"""Within one digest, the freshest value of a count: no line tells the reader an older count after a fresher one.

Two lines of one digest may give values of one cumulative count (a toll, a count of cases, of arrests: a measure
that only grows, :data:`summarizer.earlier.MONOTONE`): "one of 84 cases in Veltria" and then "officials have confirmed
61 cases in Veltria", both new that day. The reader takes the later line for the later news and is told the count went
back. Of two such values the fresher is the one of the later-published article, then, published together, the higher
(a lower count told the same day is an older count or a part); the same value twice is one value told twice.

A line shown after a fresher value of its count is stale in that figure (:func:`stale_lines`). Only a sure pair is
read: both figures of one typed slot (:meth:`summarizer.facts.Quantity.comparable`) of one measure (no group's:
"countries with cases"), naming the same places or subjects (or, in one story, none: "world" names none), no other
status ("suspected", "confirmed"), one kind of bound or two firm ones ("more than 240", "247"), no range nor vague
amount nor small count, the lower at least half the higher; a lower value of a later-published article is left alone
(it may be a revision). A stale line that says nothing else (its words besides its figures' are the fresher line's)
goes: the count is told; one that says more stays, but an ``updated`` one whose update is the stale figure is shown as
new (:func:`freshest`).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Callable, Sequence

from summarizer.bounds import hedge, holds
from summarizer.earlier import MONOTONE, cumulative, lower_toll
from summarizer.facts import SMALL_COUNT, Quantity, quantities
from summarizer.models import Item, Kind, StoryDigest
from summarizer.factcheck import DISPUTE_RATIO
from summarizer.places import places_compatible
from summarizer.retell import update_once
from summarizer.slots import MEASURE_STEMS
from summarizer.text import canon, words

_FIRM = frozenset({"exact", "lower"})  # plain, "about", "at least", "more than": a value the count reached
_WORLD = frozenset({"world"})
SAID_ELSE = 1  # a stale line with at most this many content words the fresher line lacks says nothing else


def counts(text: str) -> list[Quantity]:
    """The figures of cumulative counts in ``text`` (no range, no daily or period count, no group's, none small)."""
    # (a count of a group, "cases/countri", is often a part; a small count often another's: "first two")
    return [q for q in quantities(text) if cumulative(q) and q.slot is not None and q.slot.measure in MONOTONE
            and q.slot.unit == "count" and not q.span and q.high > SMALL_COUNT]


def _where(q: Quantity) -> frozenset[str]:
    """The named places and subjects of a figure ("world" names none: an unplaced count is the world's)."""
    assert q.slot is not None
    return (q.slot.places | q.slot.named) - _WORLD


def one_count(q: Quantity, kq: Quantity, story: bool) -> bool:
    """True when ``q`` and ``kq`` are surely values of one count: one slot (a status on one side only agrees), the same
    named places (none on both only within one story: ``story``), one kind of bound or two firm ones ("more than 240"
    and "247"), none vague, and the lower at least ``DISPUTE_RATIO`` of the higher (a much lower figure is more often
    another count: confirmed against likely cases, one city)."""
    assert q.slot is not None and kq.slot is not None
    bounds = {hedge(q), hedge(kq)}
    here, there = _where(q), _where(kq)
    if not q.comparable(kq) or q.slot.measure != kq.slot.measure or "vague" in bounds or \
            not (len(bounds) == 1 or bounds <= _FIRM) or (not here and not there and not story):
        return False
    low, high = sorted((q.low, kq.low))
    return places_compatible(here, there, strict=True) and low >= DISPUTE_RATIO * high


def older(q: Quantity, kq: Quantity, when: datetime | None, kwhen: datetime | None) -> bool:
    """True when ``q`` (of an article published ``when``) is no fresher than ``kq`` (published ``kwhen``): a lower
    value, the same one, or a looser one it allows ("more than 240" after "247")."""
    if when is not None and kwhen is not None and when > kwhen:
        return False  # a later article's lower value may be a revision: left alone
    return lower_toll(q, kq) or (q.same_value(kq) and q.low <= kq.low) or holds(q, kq)  # (3,180 is above "about 3,100")


def _said_else(text: str, stale: Sequence[Quantity], other: str) -> int:
    """How many content words ``text`` has besides its ``stale`` figures' (their words, measures and places) and
    those of ``other``."""
    figure = {canon(w) for q in stale for w in words(q.raw)} | {p for q in stale for p in _where(q)} | MEASURE_STEMS
    told = {canon(w) for w in words(other)}
    return len({t for t in (canon(w) for w in words(text)) if t and not t.isdigit()} - figure - told)


def stale_lines(lines: Sequence[tuple[str, Item]], published: Callable[[Item], datetime | None]
                ) -> dict[int, tuple[int, bool, bool]]:
    """For each line of ``lines`` (a digest's (story id, line) pairs, in display order) stale in a count: the index of
    the earlier line whose value is fresher, whether the stale line says nothing else, and whether its update is stale
    (the figure it updates, or every figure when that one is unclear)."""
    seen: list[tuple[int, Quantity]] = []
    out: dict[int, tuple[int, bool, bool]] = {}
    for i, (story, item) in enumerate(lines):
        qs = counts(item.text)
        stale: list[Quantity] = []
        fresher = -1
        for q in qs:
            for j, kq in seen:
                if one_count(q, kq, story == lines[j][0]) and older(q, kq, published(item), published(lines[j][1])):
                    stale.append(q)
                    fresher = j if fresher < 0 else fresher
                    break
        if stale:
            every = len(stale) == len([q for q in quantities(item.text) if q.slot is not None and q.slot.tracked])
            alone = every and _said_else(item.text, stale, lines[fresher][1].text) <= SAID_ELSE
            out[i] = (fresher, alone, every or _updates(item, stale))
        seen.extend((i, q) for q in qs)
    return out


def _updates(item: Item, stale: Sequence[Quantity]) -> bool:
    """True when a figure of ``stale`` is the one ``item`` updates (of the measure of its earlier value)."""
    before = {q.slot.measure for q in quantities(item.earlier) if q.slot is not None} if item.earlier else set()
    return any(q.slot is not None and q.slot.measure in before for q in stale)


def freshest(stories: Sequence[StoryDigest], published: Callable[[Item], datetime | None],
             past: int | None = None) -> None:
    """Tell each value's update once in each story (:func:`summarizer.retell.update_once`), then take from the lines of
    ``stories`` (a digest's, in display order) those that only tell an older value of a count shown above them; a stale
    line that says more stays, as a new line when its update is the stale figure, but past the digest's first ``past``
    words (None: never) it is minor (counted in its story's ``minor``), as the lines past them that are no likely news
    are (:func:`summarizer.budget.gate`): what it says besides the older count is the older report's."""
    for section in stories:
        section.items = update_once(section.items)
    lines = [(s.story_id, item) for s in stories for item in s.items]
    stale = stale_lines(lines, published)
    at = told = 0
    for s in stories:
        kept = []
        for item in s.items:
            fresher, alone, update = stale.get(at, (-1, False, False))
            at += 1
            if alone:
                continue
            if fresher >= 0 and past is not None and told >= past and (item.kind is Kind.NEW or update):
                s.minor += 1
                continue
            told += len(words(item.text))
            if fresher >= 0 and update and item.kind is Kind.UPDATED:
                item = replace(item, kind=Kind.NEW, earlier="")
            kept.append(item)
        s.items = kept
