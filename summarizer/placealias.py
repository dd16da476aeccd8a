"""Places one story counts as one: two wordings of a toll's place whose told values agree.

Outlets name one disaster's place at different scales ("the floods in Northmoor Province" and "the floods in
Westland's north"): neither place key contains the other, so the two tolls are no values of one slot
(:meth:`summarizer.slots.Slot.same`) and a later toll in one wording is compared with an older one in the same
wording, not with the latest told ("41, earlier: 31" when 38 was told in the other wording). Within one story the
told values say which wordings count the same thing: two place sets whose cumulative counts of one measure agree
on some day (a value in common that day) and disagree on none (each day both report, they share a value) are one
place for that count. Two countries' counts agree on a day by chance, and disagree on the next: then they stay
apart. Only precise values above ``SMALL_COUNT`` are evidence (a small or vague count recurs too easily).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING, Iterable

from summarizer.earlier import cumulative
from summarizer.facts import SMALL_COUNT, Quantity

if TYPE_CHECKING:  # factcheck imports this module lazily typed: Known is only needed for checking
    from summarizer.memory import Known


def _evidence(q: Quantity) -> bool:
    """True for a value that may tell two wordings apart or together: a precise cumulative count of a place."""
    return q.slot is not None and cumulative(q) and not q.vague and not q.span and q.high > SMALL_COUNT \
        and bool(q.slot.where)


def aliases(q: Quantity, pool: Iterable[Known], story_id: str) -> frozenset[frozenset[str]]:
    """The place sets of ``story_id`` that count what ``q``'s place set counts (see the module): the told values
    in ``pool`` of its measure, by day and place set, agree on a day and disagree on none."""
    if not story_id or q.slot is None or not cumulative(q) or not q.slot.where:
        return frozenset()
    own = q.slot.where
    values: dict[frozenset[str], dict[int, set[float]]] = defaultdict(lambda: defaultdict(set))
    for k in pool:
        if k.story_id != story_id or not k.day:
            continue
        for kq in k.features.quantities:
            if kq.slot is not None and _evidence(kq) and (kq.slot.measure, kq.slot.unit) == (q.slot.measure, q.slot.unit):
                values[kq.slot.where][k.day].add(kq.low)
    mine = values.get(own)
    if not mine:
        return frozenset()
    out = set()
    for where, days in values.items():
        if where == own:
            continue
        both = [day for day in days if day in mine]
        if both and all(days[day] & mine[day] for day in both):
            out.add(where)
    return frozenset(out)


def placed_as(q: Quantity, kq: Quantity, alias: frozenset[frozenset[str]]) -> Quantity:
    """``q`` placed where ``kq`` is when ``kq``'s place set is one of ``alias`` (:func:`aliases`), else ``q``."""
    if q.slot is None or kq.slot is None or kq.slot.where not in alias:
        return q
    return replace(q, slot=replace(q.slot, places=kq.slot.where, inherited=frozenset()))
