"""The salience budget: a digest is a short bulletin, not every new sentence.

A day of news yields dozens of new sentences per story, most of them minor. The digest shows
its first lines (in display order: stories by importance, lines by salience) up to
``words`` words whatever their score, then only the lines that score within ``margin`` of
their story's best and at least ``floor``; a story's best line always shows. The others are
minor: they leave the story's items, the story counts them (``StoryDigest.minor``, told to
the reader as "N minor items not shown"), and their articles are accounted for, so they are
not offered again; so are the items over the story's cap when the budget trimmed it (they
ranked lower still), instead of waiting for the next digest. ``margin`` and ``floor`` are fitted (``benchmarks/fit_weights.py``).
Buried lines (background, questions in the writer's voice, lines of an article that does not
read as a report: scored BURY lower by :func:`summarizer.rank.score_candidates`) are minor even
among the first words, unless one is its story's best. On a quiet day (no candidate clears the
news bar) every new-kind line is minor.

The show gate (:func:`gate`, ``EngineConfig.show_ratio``; the fitted ratio is ``SHOW_RATIO``, off by
default, see :mod:`summarizer.weights`) then keeps, of the new-kind lines left, those whose news
probability (:mod:`summarizer.newsbar`) reaches the ratio times its story's best line's: a reader who
wants the few lines that matter is not shown the minor ones around them. A gated line is minor too
(counted and told); items the per-story cap held back stay pending (the next digest judges them).
"""
from __future__ import annotations

from typing import Callable, Sequence

from summarizer.models import Item, Kind, StoryDigest
from summarizer.newsbar import buried as is_buried
from summarizer.text import words as word_list
from summarizer.weights import DIGEST_WORDS, FLOOR, MARGIN, NEWS_BAR, SHOW_RATIO

__all__ = ["DIGEST_WORDS", "FLOOR", "MARGIN", "NEWS_BAR", "SHOW_RATIO", "gate", "spare"]


def spare(stories: Sequence[StoryDigest], words: int = DIGEST_WORDS, margin: float = MARGIN,
          floor: float = FLOOR, quiet: bool = False) -> None:
    """Drop the minor items of ``stories`` (in display order) in place, counting them in ``minor``.

    On a ``quiet`` day (no line clears the news bar, :mod:`summarizer.newsbar`) every new-kind line
    is minor: the digest tells updates and conflicts, if any, and how many minor items it left out."""
    told = 0
    for story in stories:
        if not story.items:
            continue
        best = max(item.score for item in story.items)
        bar = max(best - margin, floor)
        kept = []
        for item in story.items:
            buried = is_buried(item.score)  # even when all of the story's lines are
            if item.kind is not Kind.NEW or (not quiet and (item.score == best or (
                    not buried and (told < words or item.score >= bar)))):
                kept.append(item)
                told += len(word_list(item.text))
            else:
                story.minor += 1
        story.items = kept
        if story.minor:  # the story was trimmed: what was over its cap ranked lower still, so it is minor too
            story.minor, story.pending = story.minor + story.pending, 0


def gate(stories: Sequence[StoryDigest], news: Callable[[Item], float], ratio: float = SHOW_RATIO) -> None:
    """Make minor (in place, counted in ``minor``) the new-kind items whose ``news`` probability is below ``ratio``
    times the best new-kind item's of their story; updates, conflicts and each story's first new-kind line (salience
    chose it) always show. A story whose best is itself below ``ratio`` times the digest's best shows its first line alone.

    Per story, not per digest: read on an unseen entities slice, a digest-wide bar removed whole stories
    and changed the first line on 6 of 30 days, 4 of them to a worse one (a tech blog line over the
    news of the day's main story): probabilities of lines of different stories do not compare well.
    A story far below the day's best is most often a column or a feature (its lines all read alike). The
    first line is kept, not the likeliest: the model picks leads worse than salience (a lead by news
    probability was news on 29 of 40 labelled days, by salience on 32), and on the entities slice a gate
    that kept the likeliest line changed two news first lines to worse ones."""
    if ratio <= 0:
        return
    bests = [max((news(item) for item in story.items if item.kind is Kind.NEW), default=0.0) for story in stories]
    top = max(bests, default=0.0)
    for story, best in zip(stories, bests):
        first = next((item for item in story.items if item.kind is Kind.NEW), None)
        kept = [item for item in story.items if item.kind is not Kind.NEW or item is first or (
            best >= ratio * top and news(item) >= ratio * best)]
        story.minor += len(story.items) - len(kept)
        story.items = kept
