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
"""
from __future__ import annotations

from typing import Sequence

from summarizer.models import Kind, StoryDigest
from summarizer.newsbar import buried as is_buried
from summarizer.text import words as word_list
from summarizer.weights import DIGEST_WORDS, FLOOR, MARGIN, NEWS_BAR

__all__ = ["DIGEST_WORDS", "FLOOR", "MARGIN", "NEWS_BAR", "spare"]


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
