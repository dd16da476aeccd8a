"""The head-choice check (benchmarks/heads.py): a lead model may move a later line of the first few to the head."""
from __future__ import annotations

import numpy
import pytest

from benchmarks.heads import head, logits, news_heads


def _step(kinds: tuple[str, ...] = ("new", "new", "new")) -> dict:
    # Three candidates; the digest shows them in key order; feature 0 is high on the news line only.
    matrix = numpy.array([[0.0], [1.0], [0.2]])
    keys = ["a:0", "a:1", "a:2"]
    labels = ["minor", "news", "minor"]
    return {"cands": (matrix, labels, keys),
            "lines": [(k, kind, lab, 0) for k, kind, lab in zip(keys, kinds, labels)]}


def test_a_later_line_leads_only_inside_the_window_and_past_the_margin() -> None:
    step = _step()
    z = logits(step, numpy.array([4.0, -1.0]), [0])
    assert z == pytest.approx({"a:0": -1.0, "a:1": 3.0, "a:2": -0.2})
    assert head(step, z, 1, 0.0) == "minor"  # window 1: the salience head
    assert head(step, z, 2, 0.0) == "news"
    assert head(step, z, 2, 5.0) == "minor"  # not better by more than the margin
    assert news_heads([step, step], [z, z], 3, 0.0) == 2


def test_a_changed_figure_keeps_the_head_and_an_empty_digest_has_none() -> None:
    step = _step(("updated", "new", "new"))
    z = logits(step, numpy.array([4.0, -1.0]), [0])
    assert head(step, z, 3, 0.0) == "minor"
    assert head({"cands": (numpy.zeros((0, 1)), [], []), "lines": []}, {}, 3, 0.0) == ""


def _full_step(kinds: tuple[str, ...] = ("new", "new")) -> dict:
    # Two candidates over every ranking feature: the minor one wins on centrality, the news one on the event cue.
    from summarizer.weights import FEATURES
    matrix = numpy.zeros((2, len(FEATURES)))
    matrix[:, FEATURES.index("article_news")] = 1.0  # both read as reports: neither is buried
    matrix[0, FEATURES.index("central")] = 1.0
    matrix[1, FEATURES.index("event")] = 1.0
    labels = ["minor", "news"]
    return {"cands": (matrix, labels, ["a:0", "a:1"]),
            "lines": [(k, kind, lab, 0) for k, kind, lab in zip(["a:0", "a:1"], kinds, labels)]}


def test_the_salience_head_follows_the_weights_and_buries_background() -> None:
    from benchmarks.heads import salience_head
    from summarizer.weights import FEATURES
    step = _full_step()
    w = numpy.zeros(len(FEATURES))
    w[FEATURES.index("central")] = 0.25
    assert salience_head(step, w) == "minor"
    w[FEATURES.index("event")] = 0.5
    assert salience_head(step, w) == "news"
    step["cands"][0][1, FEATURES.index("background")] = 1.0  # the news line now reads as background: buried
    assert salience_head(step, w) == "minor"
    assert salience_head(_full_step(("updated", "new")), w) == "minor"  # a changed figure keeps the head
