"""Which told value a figure updates: the latest one told of its slot, by time of telling.

Values told at one time (in the articles of one day, in one layer of a memory) are all equally the
latest: among them the earlier value shown is the one most like the new figure, the same status first
("suspected" after "suspected", never a confirmed toll of that day in its place), then for a cumulative toll
the highest (a lower count told with it is a part of it or an older count), then the same kind of bound ("up to"
after "up to"), then the nearest in words; the last stored only when nothing else tells them apart. The order of sentences stored within one telling is no order of telling.
A count of a named past year (:func:`history`) updates nothing: it retells a past event's count.
"""
from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from summarizer.bounds import hedge
from summarizer.facts import NUMBERISH, Quantity
from summarizer.slots import PEOPLE_NOUNS
from summarizer.text import canon, words
from summarizer.timerefs import RISES


class Told(NamedTuple):
    """A known value a figure may update."""

    placed: bool  # placed alike: both or neither name a place
    recency: tuple[int, int]  # Memory.recency of its sentence: later-stored sorts higher
    ctx: float  # how much its sentence is about what the figure's is
    kq: Quantity
    other: bool  # told in another story
    day: int = 0  # its article's day (a date ordinal), 0 when unknown


# Cumulative tolls only ever grow: a lower total told later is never an update.
MONOTONE = frozenset({"dead", "injured", "cases", "arrested", "evacuated", "rescued", "homeless", "displaced"})


def cumulative(q: Quantity) -> bool:
    """True for a figure of a cumulative toll, a count that only grows."""
    slot = q.slot
    return slot is not None and slot.measure.split("/")[0] in MONOTONE and not slot.scope.startswith(("daily", "period"))


_PAST_YEAR = re.compile(r"\b(?:1[89]|20)\d\d$")


_PERFECT = re.compile(r"\b(?:has|have|had|now)\b(?:\s+\S+){0,3}\s*$", re.I)  # "has infected 421", "are now 300": to date
_SIMPLE_PAST = re.compile(r"\b[a-z]+ed\b(?:\s+\S+){0,2}\s*$")  # "a pandemic that killed at least 40 million"


def history(q: Quantity, text: str, published: int) -> bool:
    """True for a count of a named year before that of ``published`` (a date ordinal, 0 when unknown) in sentence
    ``text``: "the 1918 pandemic that killed at least 40 million" tells a past event's count, never an update of one
    told before. A count in a perfect tense ("has infected 421 since 2003"), or counted since that year ("deaths since
    the 2003 invasion crept over 1,500") unless a simple past verb right before it says what it counts, runs to date."""
    year = _PAST_YEAR.search(q.slot.scope) if q.slot is not None and published > 0 else None
    if year is None or int(year.group(0)) >= date.fromordinal(published).year:
        return False
    at = text.find(q.raw)
    before = text[max(0, at - 40):at] if at >= 0 else ""
    if at < 0 or _PERFECT.search(before):
        return False
    since = re.search(rf"\bsince\s+(?:\S+\s+){{0,5}}{year.group(0)}", text, re.I)
    return since is None or bool(_SIMPLE_PAST.search(before))


def lower_toll(q: Quantity, kq: Quantity) -> bool:
    """True when ``q`` is clearly below ``kq`` for a cumulative toll (never a daily figure); a range
    is below another when it starts lower and ends no higher."""
    if not cumulative(q):
        return False
    if q.span or kq.span:  # "45,000-50,000" after "50,000-100,000": a range moved down
        return q.low < 0.97 * kq.low and q.high <= kq.high
    return q.high < 0.97 * kq.low


# A verb of rise right before "to" and the figure ("has risen to 110,000", "climbed to about 300"): the writer says the
# count grew to it.
_GREW_TO = re.compile(r"\b(?:" + "|".join(RISES + ("rises", "climbing", "swelled", "swollen")) + r")\s+(?P<to>to\s+(?:\S+\s+){0,2})?$",
                      re.I)


def grew_to(text: str, q: Quantity) -> bool:
    """True when ``text`` says its figure ``q`` is what a count grew to ("the official toll has risen to 110,000"):
    a value below one told before is then no dispute of it, the writer's count was lower still (an official count
    after a higher estimate, one city's after a country's): another count, not the same one told otherwise. "Risen
    above 150,000" says so too."""
    at = text.find(q.raw)
    rise = _GREW_TO.search(text, max(0, at - 40), at) if at > 0 else None
    return rise is not None and (rise.group("to") is not None or q.qualifier == "above")  # "has risen above 150,000"


def told_later(recency: tuple[int, int], day: int, than: tuple[int, int], than_day: int) -> bool:
    """True when a value stored at ``recency`` of an article of ``day`` was told after one stored at ``than`` of
    ``than_day``: stored later, and not in the same telling (one day of one memory layer)."""
    return recency > than and not (day and day == than_day and recency[0] == than[0])


def _alike(q: Quantity, t: Told) -> tuple[bool, float, bool, float, tuple[int, int]]:
    """A sort key among values told at one time: those more like ``q`` sort higher: its status when it says one
    ("suspected"), then for a cumulative toll the highest (the count at the latest hour of that telling; a lower one
    told with it is a part or an older count), then its kind of bound, then the nearest in words, then the last stored."""
    status = q.slot.status if q.slot is not None else ""
    own = bool(status) and t.kq.slot is not None and t.kq.slot.status == status
    return (own, t.kq.high if cumulative(q) else 0.0, hedge(t.kq) == hedge(q), t.ctx, t.recency)


def newer(q: Quantity, a: Told, b: Told) -> bool:
    """True when ``a`` rather than ``b`` is the earlier value ``q`` updates: told later, or told at the same time
    and more like ``q``."""
    return told_later(a.recency, a.day, b.recency, b.day) or \
        not told_later(b.recency, b.day, a.recency, a.day) and _alike(q, a) > _alike(q, b)


def latest(q: Quantity, related: list[Told]) -> Told:
    """The latest related value told, placed alike first, and among those told at that time the most like ``q``
    (see the module); a total below a told upper bound ("more than 350" after "up to 450") is no contradiction of
    it: then the latest firm value it is compared with, if any."""
    best = max(related, key=lambda t: (t.placed, t.recency))
    if best.day:
        same = [t for t in related if t.placed == best.placed and not told_later(best.recency, best.day, t.recency, t.day)]
        best = max(same, key=lambda t: _alike(q, t))
    if hedge(best.kq) != "upper" or hedge(q) == "upper" or not lower_toll(q, best.kq):
        return best
    firm = [t for t in related if hedge(t.kq) in ("exact", "lower")]
    return max(firm, key=lambda t: (t.placed, t.recency)) if firm else best


_FIRM = frozenset({"exact", "lower"})  # plain, "about" or "at least": a count, not an estimate nor a bound above


def _running(q: Quantity, t: Told) -> bool:
    """True for a told value of ``q``'s story that is a firm running total ("the toll", "so far", "has risen to")
    of ``q``'s status: no estimate, no upper bound, nothing vague."""
    kq = t.kq
    return not t.other and kq.slot is not None and q.slot is not None and kq.slot.scope == "total" \
        and hedge(kq) in _FIRM and not kq.span and kq.slot.status == q.slot.status


def earlier_count(q: Quantity, text: str, related: list[Told], newest: Told | None) -> tuple[Told, Told | None]:
    """The told value ``q`` (a figure of sentence ``text``) updates, and the latest firm value of its slot to check it
    against (``newest`` as given, or None). A writer who says a total grew to ``q`` (:func:`grew_to`: "the official
    toll has risen to 110,000") counts it apart from higher values told before (estimates, upper bounds: see
    :func:`grew_to`); when the last running total told of its slot is clearly below it, the count grew from that
    total: its earlier value is the latest value told since between the two ("up to 149" after the total "more than
    80", before "has risen to 159"), else that total, checked against no higher value of another count. Otherwise (no
    such total, or the last one not below it) :func:`latest` and ``newest`` unchanged."""
    if cumulative(q) and q.slot is not None and q.slot.scope == "total" and grew_to(text, q):
        last = max((t for t in related if _running(q, t)), key=lambda t: t.recency, default=None)
        if last is not None and lower_toll(last.kq, q):  # since then, the latest value told between the two
            since = [t for t in related if not t.other and told_later(t.recency, t.day, last.recency, last.day)
                     and hedge(t.kq) not in ("vague", "estimate") and last.kq.high < t.kq.low and lower_toll(t.kq, q)]
            return max(since, key=lambda t: t.recency, default=last), None
    return latest(q, related), newest


# What a count of a tracked measure counted, said after its figure when its own words do not say it: (after a noun
# of people, alone). "The virus has killed 115 and infected 17,564 (earlier: 92)" leaves the reader to guess which
# figure 92 was; "(earlier: 92 dead)" does not.
_SAID = {"dead": ("dead", "dead"), "injured": ("injured", "injured"), "missing": ("missing", "missing"),
         "displaced": ("displaced", "displaced"), "homeless": ("homeless", "homeless"),
         "evacuated": ("evacuated", "evacuated"), "arrested": ("arrested", "arrested"), "cases": ("infected", "cases"),
         "hospitalised": ("in hospital", "in hospital"), "rescued": ("rescued", "rescued")}


def shown(kq: Quantity) -> str:
    """The earlier value ``kq`` as a line shows it: its words, with what it counted ("92" -> "92 dead", "2,000 people"
    -> "2,000 people infected") when they name no measure and its slot is a count of a tracked toll."""
    slot = kq.slot
    said = _SAID.get(slot.measure.split("/")[0]) if slot is not None and slot.unit == "count" else None
    stems = {canon(w) for w in words(kq.raw.lower()) if not (w[0].isdigit() or NUMBERISH.fullmatch(w))} - {""}
    if said is None or stems - PEOPLE_NOUNS:
        return kq.raw  # "12 deaths", "twelve countries": the figure's words say what it counted (or another thing)
    return f"{kq.raw} {said[0] if stems else said[1]}"
