"""The news bar: how likely a candidate line is news, and the quiet day that has none.

Salience orders a story's lines; it does not say whether any of them is news at all. On
many days a feed brings only minor items, colour, reaction, background or an explainer, and
the right digest then says nothing new of note instead of promoting the best of them to
the first line. :func:`news_probability` is a logistic model over the candidate features of
:func:`summarizer.rank.cheap_features` (relevance to today's headlines, lead position,
similarity to its own headline, the event prior, attribution, background and opinion cues,
the article's genre, lead position, new names, a headline-like length, ...), fitted by
``benchmarks/gate.py`` (and ``benchmarks/learn.py``) on hand-labelled sentences, leaving one episode
out (its coefficients live in :mod:`summarizer.weights`). The same probability drives the show gate
(:func:`summarizer.budget.gate`, off by default). A digest whose
best candidate stays below ``NEWS_BAR``, or whose every candidate is buried (background, a question
in the writer's voice, a line of an article that does not read as a report:
:func:`summarizer.rank.score_candidates`), is a quiet day (:func:`quiet_day`,
:func:`summarizer.budget.spare`): background and colour never lead a digest.
"""
from __future__ import annotations

from typing import Mapping, Protocol, Sequence

from summarizer.logistic import logistic
from summarizer.weights import BURY, NEWS_BAR, NEWS_BIAS, NEWS_COEF


class Judged(Protocol):
    """What :func:`quiet_day` reads of a ranked candidate (``summarizer.engine.Candidate``)."""

    news: float
    score: float


def buried(score: float) -> bool:
    """True for a line scored ``BURY`` lower (:func:`summarizer.rank.score_candidates`), whatever its other features."""
    return score < -BURY / 2


def news_probability(feats: Mapping[str, float], coef: Mapping[str, float] = NEWS_COEF,
                     bias: float = NEWS_BIAS) -> float:
    """0..1: the fitted probability that a line with these features is news."""
    return logistic(feats, coef, bias)


def quiet_day(cands: Sequence[Judged], bar: float = NEWS_BAR) -> bool:
    """True when a digest of ``cands`` has nothing of note: no candidate reaches the news ``bar``, or every one is buried.

    A buried line (scored ``BURY`` lower) is background, a question in the writer's voice or a line of
    an article that does not read as a report; when nothing else came, the day is quiet instead of
    leading with it. No candidates: not quiet (the digest is empty anyway)."""
    if not cands:
        return False
    return max(c.news for c in cands) < bar or all(buried(c.score) for c in cands)
