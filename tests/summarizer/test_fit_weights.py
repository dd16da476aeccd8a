"""The weight fit's digest simulation and coordinate step (benchmarks/fit_weights.py), on tiny hand-made days."""
from __future__ import annotations

from collections import Counter

import numpy

from benchmarks.fit_weights import _bigrams, best_step, simulate

NEWS = "rescuers pulled fourteen survivors rubble tuesday".split()
OLD = "town founded eighteen twenty flooded decades".split()


def _day() -> dict:
    # One section, two lines: feature 0 marks the old line, feature 1 the news line.
    matrix = numpy.array([[1.0, 0.0], [0.0, 1.0]])
    return {"sections": [(matrix, [OLD * 20, NEWS * 20], 0.0)],
            "update": [_bigrams(NEWS)], "background": [_bigrams(OLD)]}


def test_simulate_reads_the_first_hundred_words_in_score_order() -> None:
    u, b = simulate([_day()], numpy.array([0.0, 1.0]))
    assert u == 1.0 and b == 0.0
    u, b = simulate([_day()], numpy.array([1.0, 0.0]))
    assert u == 0.0 and b == 1.0


def test_best_step_moves_a_weight_only_when_it_helps() -> None:
    start = numpy.array([0.4, 0.0])  # the old line leads
    moved = best_step([_day()], start, 1)
    assert moved[1] > 0.4 and moved[0] == 0.4
    stays = best_step([_day()], numpy.array([0.0, 0.5]), 1)  # already right: no move
    assert list(stays) == [0.0, 0.5]
    assert isinstance(_bigrams(["a", "b", "c"]), Counter)
