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


def test_day_lines_keep_the_first_words_then_only_lines_above_the_floor() -> None:
    from benchmarks.fit_weights import NO_BUDGET, day_lines

    matrix = numpy.array([[1.0], [0.9], [0.2]])
    day = {"sections": [(matrix, [NEWS, NEWS[:3], OLD], 0.0)], "update": [], "background": []}
    w = numpy.array([1.0])
    assert len(day_lines(day, w, NO_BUDGET)) == 3
    # the first line fills the 6-word budget; after it only lines scoring >= 0.5 show
    assert day_lines(day, w, (99.0, 0.5), words=6) == [NEWS, NEWS[:3]]
    assert day_lines(day, w, (0.05, -99.0), words=6) == [NEWS]  # the margin below the best, 1.0 - 0.05
    assert day_lines(day, w, (99.0, 99.0), words=0) == [NEWS]  # a section's best always shows


def test_fit_budget_cuts_the_background_tail_when_it_costs_precision() -> None:
    from benchmarks.fit_weights import fit_budget, f_scores

    matrix = numpy.array([[1.0], [0.1]])
    day = {"sections": [(matrix, [NEWS * 20, OLD * 20], 0.0)],
           "update": [_bigrams(NEWS * 20)], "background": [_bigrams(OLD)]}
    budget = fit_budget([day], numpy.array([1.0]))  # the news line alone is over the 100 words
    shown_u, shown_b = f_scores([day], numpy.array([1.0]), budget)
    assert shown_b == 0.0 and shown_u > 0.99, budget
    every_u, every_b = f_scores([day], numpy.array([1.0]), (99.0, -99.0))
    assert every_b > 0.0 and every_u < shown_u
