"""Within one digest: a line that the digest's lines already shown say in full is not shown again.

The engine merges a sentence into the candidate it retells (:meth:`summarizer.engine.Engine.candidates`),
but two tellings of one fact can still both become lines: the later telling was new when it came
(it had a word, a figure or a quotation the first lacked) and condensing cut that away, or the two
lines belong to two stories. :func:`summarizer.standalone.repeats` catches a line whose words are
mostly another's; :class:`ToldLines` catches a paraphrase: a line that one line shown before tells
(:func:`summarizer.novelty.judge` against a memory of that line alone, with its guards: a new figure,
name, quotation or a changed action keeps a line) says nothing the reader has not just read. :func:`merge` shows
one event or one count a story's lines tell twice (:mod:`summarizer.sameevent`) once, by its representative.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence, TypeVar

from summarizer.condense import core
from summarizer.entities import names
from summarizer.facts import quantities
from summarizer.memory import Memory, gist_features
from summarizer.models import Item, Kind
from summarizer.novelty import REPEAT_CONTAINMENT, Verdict, judge
from summarizer.paraphrase import place_term
from summarizer.sameevent import merged, signature
from summarizer.samecounts import same_counts
from summarizer.samefigure import same_figure
from summarizer.standalone import supersedes
from summarizer.tallies import tallies
from summarizer.text import canon, words
from summarizer.toldfacts import claim
from summarizer.told import untold_event

NEAREST_LINES = 3  # the lines sharing most with a new one that are judged
DIGEST = "digest"  # one story id for every line: a fact told in another story's line is told
T = TypeVar("T")


def _said_share(text: str, terms: dict[str, float], told: dict[str, float]) -> float:
    """The weighted share of ``terms`` (of ``text``) in ``told``, the terms of the names of ``text`` left out:
    the lines of one digest share the story's names, so what a line says is in its other words."""
    named = {place_term(canon(w)) for name in names(text) for w in words(name)}
    said = {t: w for t, w in terms.items() if t not in named}
    total = sum(said.values())
    return sum(w for t, w in said.items() if t in told) / total if total else 0.0


class ToldLines(list[str]):
    """The lines of one digest so far (a list of their texts), also held in a memory of their own."""

    def __init__(self) -> None:
        super().__init__()
        self.memory = Memory()

    def append(self, line: str) -> None:
        """Add a shown line (to the list and to the memory, by its terms: :meth:`retells` reads the facts of the
        few lines it judges against, so their figures and days are not extracted for every line)."""
        super().append(line)
        self.memory.add_features(gist_features(line), DIGEST, str(len(self)))

    def retells(self, item: Item) -> bool:
        """True when one line so far says all the new-kind ``item`` says (an updated or conflicting figure is
        always shown). One line, not the union of several, and most of its words besides its names: "Ecuador
        tried to keep up pressure on Britain" does not retell "Britain seeks a solution with Ecuador"."""
        if item.kind is not Kind.NEW or not len(self.memory):
            return False
        gist = core(item.text)
        said = claim(gist)  # what it says, its speaker aside: "Dr Kim: “We have 91 cases”" says "91 cases"
        f = gist_features(said)
        for shared, k in self.memory.neighbours(f)[:NEAREST_LINES]:
            if shared < REPEAT_CONTAINMENT * f.total:
                break
            if _said_share(said, f.terms, k.features.terms) < REPEAT_CONTAINMENT:
                continue
            alone = Memory()
            alone.add(k.features.text, DIGEST, "")
            if not judge(item.text, alone, DIGEST, gist).novel:
                return True
        return False


def supersede(kept: Sequence[list[tuple[T, Item]]], source: T, item: Item, shown: ToldLines) -> bool:
    """Put the new-kind ``item`` (from ``source``) in the place of a kept new-kind line of its story that it tells in
    full and more ("Roe sang in public for the first time in a decade, closing ..." for "Late on Friday, Roe sang
    in public for the first time in a decade"): the more complete telling is kept, once. True when it took a place."""
    if item.kind is not Kind.NEW:
        return False
    for lines in kept:
        for i, (_, old) in enumerate(lines):
            if old.kind is Kind.NEW and supersedes(item.text, old.text):
                lines[i] = (source, item)
                shown.append(item.text)
                return True
    return False


def merge(kept: Sequence[list[tuple[T, Item]]], source: T, item: Item, shown: ToldLines,
          shorten: Callable[[T, str], Item] | None = None) -> bool:
    """Merge ``item`` (from ``source``) into a kept line of its story telling the same event or the same count
    (:func:`summarizer.sameevent.merged`), the same counts of one report (:func:`summarizer.samecounts.same_counts`) or
    one figure told twice (:func:`summarizer.samefigure.same_figure`): the cluster is shown once, by its representative,
    in the kept line's place,
    citing the outlets of both; condensed to what both tellings say when that is shorter and keeps its figures and the
    names of both (``shorten``: the representative's source condensed keeping only the new terms of a text). True when
    merged."""
    if item.kind not in _MERGED:
        return False
    for lines in kept:
        for i, (src, old) in enumerate(lines):
            keep = merged(item.text, old.text, (len(item.sources), len(old.sources))) or same_counts(item.text, old.text) \
                or same_figure(item.text, old.text) if old.kind in _MERGED else ""
            if not keep:
                continue
            (rep_src, rep), left = ((source, item), old) if keep == "line" else ((src, old), item)
            if shorten is not None and len(left.text) < len(rep.text):
                rep = _as_short(rep, shorten(rep_src, left.text), left)
            _cite(rep, left)
            lines[i] = (rep_src, rep)
            if rep.text != old.text:
                shown.append(rep.text)
            return True
    return False


def _as_short(rep: Item, short: Item, left: Item) -> Item:
    """``short`` when it is ``rep`` without a tail (a trailing adjunct the other telling lacks: "... before sitting down
    for an interview"), says every figure of ``rep`` and names whom ``left`` names; else ``rep``."""
    said, full = signature(short.text), signature(rep.text)
    head = short.text.rstrip(" .")
    if head != rep.text.rstrip(" .") and rep.text.startswith(head) and said.figures == full.figures and \
            signature(left.text).participants <= said.said:
        return replace(short, sources=list(rep.sources))
    return rep


def update_once(items: Sequence[Item]) -> list[Item]:
    """``items`` (one story's lines, in display order) with each update of an earlier value told once, by its first
    line: a toll retold as the aside of other events ("... a fever that has killed up to 37 ...") shows there as a
    new line of its own event, not as the same value's update again."""
    told: set[str] = set()
    out = []
    for item in items:
        if item.kind is Kind.UPDATED and item.earlier in told:
            item = replace(item, kind=Kind.NEW, earlier="")
        elif item.kind is Kind.UPDATED:
            told.add(item.earlier)
        out.append(item)
    return out


_MERGED = (Kind.NEW, Kind.UPDATED)  # a conflict is shown as one: its two figures are its news


def _cite(item: Item, other: Item) -> None:
    """Add the outlets of ``other`` that ``item`` does not cite yet."""
    ids = {s.article_id for s in item.sources}
    item.sources.extend(s for s in other.sources if s.article_id not in ids)


def retold_within(text: str, again: Verdict | None, lede: bool) -> bool:
    """Whether a sentence ``text`` judged ``again`` against the digest's earlier sentences is merged into the item it
    retells (``again.best``). An article's lede (``lede``) whose main event that item does not tell
    (:func:`summarizer.told.untold_event`) is not: the report's summary of what a scene, a quotation and a line of
    background told piecemeal ("X, who ..., has been sentenced to six years" after "X, who ..., showed no emotion" and
    "“The sentence I impose is six years,” the judge said") is the day's news, and merged it gave way to the scene.
    A lede whose figures (its facts': counts, measures, not a "7.0-magnitude" quake) that item tells, every one, is
    merged still: the figure is the news and the item tells it, however the two word the event ("a virus suspected of
    killing 81 could become a pandemic" after "a virus that has killed 81 prompted fears of a pandemic"); kept apart,
    it took a place of the story's lines from other news. A sentence with a vote tally (:mod:`summarizer.tallies`) that
    item does not tell is not merged: the day's sentence that told the tally may be no item, and merged the tally is lost."""
    if again is None or again.novel:
        return False
    if again.best is not None and _tally_untold(text, again.best.features.text):
        return False
    if not lede or again.best is None:
        return True
    told = again.best.features.text
    figures = {t for q in quantities(text) for t in signature(q.raw).figures}  # its facts' (not "7.0-magnitude")
    return (bool(figures) and figures <= signature(told).figures) or \
        not untold_event(text, [told], None, again.best.features.terms)


def _tally_untold(text: str, told: str) -> bool:
    """True when ``text`` has a vote tally ``told`` does not have."""
    return bool({(a, b) for *_, a, b in tallies(text)} - {(a, b) for *_, a, b in tallies(told)})
