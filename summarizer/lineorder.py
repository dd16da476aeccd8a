"""The order of a story's lines after its first: the most news per word read earlier.

Salience (:mod:`summarizer.rank`) chooses a story's lines and its first line (then :mod:`summarizer.lead` may change
the first); after the first, salience order carries almost no news signal: on the twelve hand-labelled training
episodes the share of news by line position is 0.88, 0.21, 0.12, 0.15 on the six and 0.81, 0.13, 0.00, 0.00 on
train2, and a reader who stops early, or a score reading a digest's first 100 words, misses the news ranked fifth.
The news model's probability (:func:`summarizer.newsbar.news_probability`, fitted by ``benchmarks/gate.py``) did not
carry over to held-out episodes as a filter (the show gate); here it is an order: a story's lines after its first go
by :func:`density`, the probability over its sentence's words, so a short one that is as likely news as a long one comes
first (more of the day's facts in the words a reader reads). ``benchmarks/order_fit.py`` measures the orders.

Only new-kind lines that stand alone trade places, among the places they hold: the first line, the changed figures
that lead (:func:`summarizer.rank.changes_first`) and lines that lean on a sentence the reader never saw
(:func:`summarizer.referents.needs_context`, put last by the engine) stay where they are. The order only: no line is
added or taken away. Ties keep salience order.
"""
from __future__ import annotations

from typing import Callable, Protocol, Sequence

from summarizer.models import Item, Kind, StoryDigest
from summarizer.referents import needs_context

FLOOR = 5  # words: a fragment shorter than this is read as this long (no two-word line jumps the queue for brevity)


class Placed(Protocol):
    """What :func:`after_first` reads of a shown line's candidate (``summarizer.engine.Candidate``)."""

    news: float  # the news model's probability of its sentence, set by ranking
    text: str  # the sentence (the line shown may be condensed from it)


def movable(item: Item) -> bool:
    """True when ``item`` may trade places: a new-kind line that needs no context."""
    return item.kind is Kind.NEW and not needs_context(item.text)


def density(news: float, text: str, floor: int = FLOOR) -> float:
    """The news a sentence brings per word: its news probability ``news`` over the word count of ``text`` (at least
    ``floor``)."""
    return news / max(floor, len(text.split()))


def after_first(stories: Sequence[StoryDigest], cand: Callable[[Item], Placed | None]) -> None:
    """Reorder (in place) each story's :func:`movable` lines after its first among the places they hold, by the
    :func:`density` of their candidate's sentence (``cand(item)``; a line with no candidate counts as 0), highest
    first, ties in their order.

    The sentence's words, not the condensed line's: its probability was computed on the sentence (on news_dev, per
    word of the line shown: update R2 the same, 1.264x LexRank-5, background 0.742x instead of 0.724x)."""
    def key(item: Item) -> float:
        c = cand(item)
        return density(c.news, c.text) if c is not None else 0.0

    for story in stories:
        slots = [i for i, item in enumerate(story.items) if i > 0 and movable(item)]
        if len(slots) < 2:
            continue
        moved = sorted(slots, key=lambda i: (-key(story.items[i]), i))
        items = list(story.items)
        for place, src in zip(slots, moved):
            items[place] = story.items[src]
        story.items = items
