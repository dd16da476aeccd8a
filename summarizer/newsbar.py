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
(:func:`summarizer.budget.gate`, off by default). A digest whose best candidate that may carry the day
(:func:`carries_day`: fit to lead, more than a state of mind) stays below ``NEWS_BAR``, or whose every candidate is
buried (background, a question in the writer's voice, a line of an article that does not read as a report:
:func:`summarizer.rank.score_candidates`), is a quiet day (:func:`quiet_day`, :func:`summarizer.budget.spare`):
background and colour never lead a digest. ``benchmarks/quietday.py`` compares day-level evidences held out and
measures the bar's margin (see the README).
"""
from __future__ import annotations

from typing import Mapping, Protocol, Sequence

from summarizer.lead import lead_flaw
from summarizer.logistic import logistic
from summarizer.models import Article
from summarizer.reaction import reaction
from summarizer.weights import BURY, NEWS_BAR, NEWS_BIAS, NEWS_COEF


class Judged(Protocol):
    """What :func:`quiet_day` reads of a ranked candidate (``summarizer.engine.Candidate``)."""

    news: float
    score: float


class Line(Judged, Protocol):
    """What :func:`quiet` reads of a ranked candidate: :class:`Judged`, its text and its article."""

    text: str
    article: Article


def buried(score: float) -> bool:
    """True for a line scored ``BURY`` lower (:func:`summarizer.rank.score_candidates`), whatever its other features."""
    return score < -BURY / 2


def news_probability(feats: Mapping[str, float], coef: Mapping[str, float] = NEWS_COEF,
                     bias: float = NEWS_BIAS) -> float:
    """0..1: the fitted probability that a line with these features is news."""
    return logistic(feats, coef, bias)


def carries_day(text: str, article: Article) -> bool:
    """True when ``text`` (a line of ``article``) may keep its day from being quiet: it may lead
    (:func:`summarizer.lead.lead_flaw`) and tells no stance (:func:`summarizer.reaction.reaction`: a reported state of
    mind, "X says he was shocked", "Y said it had no regrets", not a fact).

    A state of mind is no event: on a day that brings only such lines, the digest says nothing new of note. Other
    reactions still carry a day: a public act of reaction ("expressed regret", "condemned") by the story's actor can be
    its news. Over the twelve training episodes this made one day quiet (a rider's feelings about a rival, no news
    sentence that day) and lost no news line."""
    return not lead_flaw(text, article) and reaction(text) != "stance"


def quiet_day(cands: Sequence[Judged], bar: float = NEWS_BAR) -> bool:
    """True when a digest of ``cands`` has nothing of note: no candidate reaches the news ``bar``, or every one is buried.

    A buried line (scored ``BURY`` lower) is background, a question in the writer's voice or a line of
    an article that does not read as a report; when nothing else came, the day is quiet instead of
    leading with it. No candidates: not quiet (the digest is empty anyway)."""
    if not cands:
        return False
    return max(c.news for c in cands) < bar or all(buried(c.score) for c in cands)


def quiet(cands: Sequence[Line], bar: float = NEWS_BAR) -> bool:
    """:func:`quiet_day` of those of ``cands`` that may carry the day (:func:`carries_day`), read lazily: a day is not
    quiet when one such line reaches ``bar`` and one such line (the same or another) is not buried, so ``carries_day``
    is asked only of lines that can decide (one that reaches the bar first, then one not buried), not of every line."""
    first = next((c for c in cands if c.news >= bar and carries_day(c.text, c.article)), None)
    if first is None:
        return bool(cands)  # no line that may lead reaches the bar (or there are no lines: not quiet)
    if not buried(first.score):
        return False
    return not any(not buried(c.score) and carries_day(c.text, c.article) for c in cands)


def told_by_voice(text: str) -> bool:
    """True for a line that tells only what someone said or felt (:func:`summarizer.reaction.reaction`: quoted speech
    alone, "X: “...”", or a state of mind, "X says he was shocked"), not an event."""
    return reaction(text) in ("quote", "stance")
