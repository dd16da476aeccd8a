"""The fitted models' one formula (:mod:`summarizer.logistic`) and the models that read it."""
from __future__ import annotations

import math

from summarizer import articlekind, backdrop, newsbar
from summarizer.logistic import FLOOR, linear, logistic


def test_linear_sums_the_named_features() -> None:
    """Bias plus coefficient times feature; a feature the model does not name is ignored, one not given is 0."""
    assert linear({"a": 2.0, "b": 1.0, "z": 9.0}, {"a": 0.5, "b": -1.0, "c": 3.0}, 0.25) == 0.25


def test_logistic_probability_and_floor() -> None:
    """0.5 at a zero score, rising with it; exactly 0.0 below the floor."""
    assert logistic({}, {}, 0.0) == 0.5
    assert logistic({"a": 1.0}, {"a": 2.0}, 0.0) == 1.0 / (1.0 + math.exp(-2.0))
    assert logistic({"a": 1.0}, {"a": 2.0}, 0.0) > logistic({"a": 1.0}, {"a": 1.0}, 0.0)
    assert logistic({}, {}, FLOOR - 1) == 0.0 and logistic({}, {}, FLOOR + 1) > 0.0


def test_models_share_it() -> None:
    """The news bar and background models are the shared formula; the article-kind model clamps instead of flooring."""
    feats, coef = {"x": 1.0}, {"x": 1.5}
    assert newsbar.news_probability(feats, coef, -0.5) == logistic(feats, coef, -0.5)
    assert backdrop.probability(feats, coef, -0.5) == logistic(feats, coef, -0.5)
    assert articlekind.probability(feats, coef, -0.5) == logistic(feats, coef, -0.5)
    assert backdrop.probability({}, {}, -40.0) == 0.0 and 0.0 < articlekind.probability({}, {}, -40.0) < 1e-12
