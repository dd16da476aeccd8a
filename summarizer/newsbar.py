"""The news bar: how likely a candidate line is news, and the quiet day that has none.

Salience orders a story's lines; it does not say whether any of them is news at all. On
many days a feed brings only minor items, colour, reaction, background or an explainer, and
the right digest then says nothing new of note instead of promoting the best of them to
the first line. :func:`news_probability` is a logistic model over the candidate features of
:func:`summarizer.rank.cheap_features` (relevance to today's headlines, lead position,
similarity to its own headline, the event prior, attribution, background and opinion cues,
the article's genre, ...), fitted by ``benchmarks/learn.py`` on hand-labelled sentences,
leaving one episode out (its coefficients live in :mod:`summarizer.weights`). A digest whose
best candidate stays below ``NEWS_BAR`` is a quiet day (:func:`summarizer.budget.spare`).
"""
from __future__ import annotations

import math
from typing import Mapping

from summarizer.weights import NEWS_BIAS, NEWS_COEF


def news_probability(feats: Mapping[str, float], coef: Mapping[str, float] = NEWS_COEF,
                     bias: float = NEWS_BIAS) -> float:
    """0..1: the fitted probability that a line with these features is news."""
    z = bias + sum(w * feats.get(name, 0.0) for name, w in coef.items())
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
