"""The fitted logistic models' one formula: a probability from named features, their coefficients and a bias.

The news bar (:mod:`summarizer.newsbar`), background (:mod:`summarizer.backdrop`) and article-kind
(:mod:`summarizer.articlekind`) models are fitted by the benchmarks and read here; their coefficients live in
:mod:`summarizer.weights`.
"""
from __future__ import annotations

import math
from itertools import repeat
from operator import mul
from typing import Mapping

FLOOR = -30.0  # a score below this is a probability of 0.0 (1e-13 and less: nothing a cut tells apart)


def linear(feats: Mapping[str, float], coef: Mapping[str, float], bias: float) -> float:
    """The model's score: ``bias`` plus each coefficient times its feature (a feature not given is 0)."""
    return bias + sum(map(mul, coef.values(), map(feats.get, coef, repeat(0.0))))  # in the coefficients' order


def logistic(feats: Mapping[str, float], coef: Mapping[str, float], bias: float) -> float:
    """0..1: the model's probability of ``feats``; 0.0 for a score below ``FLOOR``."""
    z = linear(feats, coef, bias)
    if z < FLOOR:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
