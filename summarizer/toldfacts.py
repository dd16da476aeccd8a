"""Fact-level memory: a sentence whose figures the audience was all told is a retelling, whatever its words.

Novelty (:mod:`summarizer.novelty`) weighs how much of a sentence's vocabulary is known. A figure
repeated in other words ("inspectors counted a total of 37 flooded homes" then "'We have 37
flooded homes in Lowmere alone,' the mayor told a briefing") shares few words with its first
telling: the attribution, the framing and the quotation are new wording, yet the fact, the value of one
typed slot (:mod:`summarizer.slots`: the same measure, unit, scope and place), was told. Such a sentence
is a repeat at a lower lexical bar (``FIGURE_MEAN``) than a sentence with no figure, provided none of its
figures, days or quotations is new (:func:`summarizer.factcheck.facts_against` counts those) and the
other guards of :func:`summarizer.novelty.judge` (a new name, a new instance, a reversed action) pass.
A small count ("two people", "three shots") is no fact of its own: it is read in too many sentences.
The lexical bar is met by the sentence or by what it claims without who claims it (a speaker's name can be most
of a short quotation's words: "Dr Kim: 'We have 91 cases'"); a name naming a place or subject of its told figures
(whose places hold the speaker's words too) is no new name.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Sequence

from summarizer.chunks import is_verb
from summarizer.condense import split_attribution
from summarizer.entities import names
from summarizer.facts import SMALL_COUNT, Quantity  # SMALL_COUNT: a value this small or smaller is no fact of its own
from summarizer.places import name_places, places_shared
from summarizer.quotes import unquoted
from summarizer.text import words
from summarizer.unheard import unheard_names

if TYPE_CHECKING:  # novelty imports this module; the types are only needed for checking
    from summarizer.memory import Features, Known, Memory

# A sentence whose figures were all told is a repeat when this much of it is known (the mean of containment
# and coverage; REPEAT_MEAN for a sentence without a told figure). Set by hand, not fitted: the hand-labelled
# sentences of benchmarks/repeats.py judge the same at every value from 0.0 to 0.55 (every fold alike), as a told
# figure retold is rare among them. On the labelled day digests (benchmarks/lines.py) 0.3 also merged a same-day
# retelling ("91 confirmed cases", a mean of 0.3995), and the update it let into the day's top lines then led
# the day: a line the labels call stale as an earlier article of that day told it, so the first line news share
# fell from 33 to 32 of 41 days. 0.4 changes no labelled line; on unlabelled day replays it merges one retold
# figure of Hamid_Karzai head -300 ("an estimated 40,000 gunmen") and one of mix1000 ("99 cents" a track), both
# read as true retellings (before figures had to name a common place, mix1000 also merged four cycling time gaps
# of other stages and years: "43sec", "35sec" out of "1min 35sec").
FIGURE_MEAN = 0.4
FIGURE_RECENT = 3  # a retold value is one of this many latest values told of its slot


def _told(q: Quantity, known: Sequence[Known], memory: Memory, named: frozenset[str] = frozenset()) -> bool:
    """True when the value ``q`` is one of the ``FIGURE_RECENT`` latest values ``known`` (sentences) told of its
    typed slot (the same measure, unit, scope and place or subject): the current figure retold. An older value
    of the slot is as often another event's ("a bomb killed at least 15" two years before "riots led to at
    least 15 deaths"). ``named``: the places its sentence names, read when ``q`` has none of its own."""
    values = sorted(((memory.recency(k), i, kq) for k in known for i, kq in enumerate(k.features.quantities)
                     if q.comparable(kq)), key=lambda x: (x[0], x[1]), reverse=True)
    return any(q.same_value(kq) and _placed_alike(q, kq, named) for _, _, kq in values[:FIGURE_RECENT])


def _placed_alike(q: Quantity, kq: Quantity, named: frozenset[str] = frozenset()) -> bool:
    """True when both figures name a common place or subject: a value of no named place ("43sec", "a lead of
    35sec") recurs in too many stories to be one fact. A figure with no place of its own is placed by ``named``, the
    places its sentence names elsewhere (who said it: "the US commander in Lowmere says up to 200 died")."""
    if q.slot is None or kq.slot is None:
        return False
    return places_shared(q.slot.where or named, kq.slot.where)


def told_figures(f: Features, near: Sequence[Known], memory: Memory) -> frozenset[str] | None:
    """The places and subjects of the figures of ``f`` when it has a precise figure of a typed slot, not a small
    count ("thousands" is no fact of its own either), and every such figure is a current value of its slot
    (:func:`_told`: among ``near`` and the latest told of its slot in ``memory``); None otherwise."""
    figures = [q for q in f.quantities if q.slot is not None and q.high > SMALL_COUNT and not q.vague and not q.attribute]
    if not figures:
        return None
    seen = {id(k) for k in near}
    where: set[str] = set()
    named = frozenset().union(*(name_places(n) for n in names(unquoted(f.text))))
    for q in figures:
        if not _told(q, list(near) + [k for k in memory.told(q) if id(k) not in seen], memory, named):
            return None
        where.update(q.slot.where if q.slot is not None else ())
    return frozenset(where)


def new_names(text: str, told: Callable[[str], bool], where: frozenset[str]) -> list[str]:
    """The names of ``text`` never told (:func:`summarizer.unheard.unheard_names`) but those naming a place or
    subject of its told figures (``where``): "the United States" retells the figure "U.S. officials" gave."""
    return [n for n in unheard_names(text, told) if not _within(name_places(n), where)]


def _within(places: frozenset[str], where: frozenset[str]) -> bool:
    """True when ``places`` names something and each of its places is one of ``where`` ("the United States" within
    the places of "91 cases in the US, Dr Kim said", which hold the speaker's words too)."""
    return bool(places) and all(places_shared(frozenset((p,)), where) for p in places)


_SPEAKER_QUOTE = re.compile(r"^[^“”\"]{2,80}:\s*[“\"](?P<said>[^“”\"]+)[”\"]\W*$")


# A leading attribution: who says it (a name with an appositive between commas, no quotation) and a verb of saying
# ("The leading general in Lowmere, Gen Jo Kim, says that ..."), then the claim, a clause of its own.
_SPEAKER_LEADS = re.compile(r"^(?P<who>[A-Z][^“”\"():;]{1,90}?)\s+(?:(?:has|have|had|also|now)\s+)*(?:says|said|say|"
                            r"told\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|reports|reported|announced|"
                            r"estimates|estimated|confirmed|stated|added)\s+(?:that\s+)?(?P<said>[^,].{24,})$")


def _speaker(who: str) -> bool:
    """True when ``who`` reads as a speaker's noun phrase: a few words, no verb, no clause joined by a conjunction
    ("The cyclist addressed a meeting and" is an event of its own)."""
    said = words(who)
    return 0 < len(said) <= 12 and not any(w in _JOINS or is_verb(w) for w in said)


_JOINS = frozenset("and but or who which that whose when while after before as because if".split())


def claim(text: str, leading: bool = False) -> str:
    """What ``text`` (a sentence's core: :func:`summarizer.condense.core`) claims without who claims it:
    the quotation of "Speaker: “...”", else the sentence less a trailing attribution. ``leading``: also the clause
    after a leading "Speaker says (that)" (for a sentence whose figures were told: a line of its own keeps who speaks,
    "Kim says an aide told him ..." is Kim's account)."""
    m = _SPEAKER_QUOTE.match(text)
    if m:
        return m.group("said")
    lead = _SPEAKER_LEADS.match(text) if leading else None
    if lead and _speaker(lead.group("who")):
        return lead.group("said")
    return split_attribution(text)[0]
