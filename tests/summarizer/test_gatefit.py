"""The show-gate fit on hand-labelled episodes (benchmarks/gate.py): gate simulation, figures, the news model."""
from __future__ import annotations

import numpy

from benchmarks.gate import figures, fit_news, gated, probabilities


def _step(news: list[float], labels: list[str], kinds: list[str] | None = None, stories: list[int] | None = None) -> dict:
    keys = [f"a:{i}" for i in range(len(labels))]
    matrix = numpy.array([[v] for v in news])
    lines = list(zip(keys, kinds or ["new"] * len(labels), labels, stories or [0] * len(labels)))
    return {"step": "d", "cands": (matrix, labels, keys), "lines": lines}


def test_the_gate_keeps_lines_near_the_days_best_and_every_update() -> None:
    step = _step([0.8, 0.2, 0.5, 0.1], ["news", "minor", "news", "stale"], ["new", "new", "new", "updated"])
    p = {"a:0": 0.8, "a:1": 0.2, "a:2": 0.5, "a:3": 0.1}
    assert gated(step, p, 0.5, 0.0) == ["news", "news", "stale"]
    assert gated(step, p, 0.0, 0.0) == ["news", "minor", "news", "stale"]
    assert gated(step, p, 0.5, 0.9) == ["stale"]  # a quiet day: updates still show
    two = _step([0.8, 0.2, 0.3], ["news", "minor", "news"], stories=[0, 0, 1])
    assert gated(two, {"a:0": 0.8, "a:1": 0.2, "a:2": 0.3}, 0.5, 0.0) == ["news", "news"]  # each story's best shows
    low = _step([0.8, 0.25, 0.3], ["news", "minor", "background"], stories=[0, 1, 1])
    assert gated(low, {"a:0": 0.8, "a:1": 0.25, "a:2": 0.3}, 0.5, 0.0) == ["news", "minor"]  # far below: first alone


def test_figures_count_news_lines_kept_and_their_recall() -> None:
    step = _step([0.8, 0.2, 0.5], ["minor", "background", "news"])
    p = {"a:0": 0.8, "a:1": 0.2, "a:2": 0.5}
    before, after = figures([step], [p], 0.0, 0.0), figures([step], [p], 0.5, 0.0)
    assert before["lines"] == 3 and before["bg_stale"] == 1 / 3 and before["first_news"] == 0.0
    assert after["lines"] == 2 and after["news_lines"] == 1 and after["recall"] == 1.0 and after["bg_stale"] == 0.0
    assert after["objective"] > before["objective"]


def test_the_news_model_ranks_news_above_the_rest() -> None:
    steps = [_step([1.0, 0.9, 0.1, 0.0, 0.2], ["news", "news", "minor", "minor", "background"])] * 4
    b = fit_news(steps, [0])
    p = probabilities(steps[0], b, [0])
    assert b[0] > 0 and p["a:0"] > p["a:2"] > p["a:3"]
