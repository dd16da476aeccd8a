"""The fit on hand-labelled sentences (benchmarks/learn.py): digest simulation, figures, coordinate search."""
from __future__ import annotations

import numpy

from benchmarks.learn import figures, fit, shown


def _steps() -> list:
    # Two steps of one section each; feature 0 marks background lines, feature 1 news lines.
    matrix = numpy.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    return [[(matrix, ["background", "news", "minor"], 0.0)], [(matrix, ["stale", "news", "minor"], 0.0)]]


def test_shown_orders_sections_and_lines_by_score() -> None:
    low = (numpy.array([[0.0, 0.1]]), ["minor"], 0.0)
    high = (numpy.array([[0.0, 1.0], [1.0, 0.0]]), ["news", "background"], 0.0)
    assert shown([low, high], numpy.array([0.0, 1.0])) == ["news", "background", "minor"]


def test_a_background_cut_drops_lines_but_never_a_sections_best() -> None:
    step = [(numpy.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]), ["background", "news", "minor"], 0.0)]
    assert shown(step, numpy.array([0.0, 1.0]), cut=0.5, column=0) == ["news", "minor"]
    only = [(numpy.array([[1.0, 0.0]]), ["background"], 0.0)]
    assert shown(only, numpy.array([0.0, 1.0]), cut=0.5, column=0) == ["background"]


def test_figures_read_the_first_line_and_the_shares() -> None:
    f = figures(_steps(), numpy.array([1.0, 0.0]))
    assert f["first_news"] == 0.0 and f["bg_stale"] == 2 / 6
    g = figures(_steps(), numpy.array([0.0, 1.0]))
    assert g["first_news"] == 1.0 and g["objective"] > f["objective"]


def test_fit_moves_the_weights_towards_news_first() -> None:
    w = fit(_steps(), numpy.array([0.3, 0.0]))
    assert figures(_steps(), w)["first_news"] == 1.0
    assert list(w) == list(fit(_steps(), numpy.array([0.3, 0.0])))  # deterministic


def test_when_every_line_is_buried_only_the_sections_best_shows() -> None:
    step = [(numpy.array([[1.0, 0.3], [1.0, 0.2], [0.0, 0.1]]), ["background", "minor", "news"], 0.0)]
    assert shown(step, numpy.array([0.0, 1.0]), cut=0.5, column=0) == ["news"]
    everything = [(numpy.array([[1.0, 0.3], [1.0, 0.2]]), ["background", "minor"], 0.0)]
    assert shown(everything, numpy.array([0.0, 1.0]), cut=0.5, column=0) == ["background"]


def test_a_quiet_step_shows_no_line_and_leaves_the_first_line_share() -> None:
    from benchmarks.learn import NEWS_COLUMNS

    width = max(NEWS_COLUMNS) + 1
    loud, quiet = numpy.zeros((2, width)), numpy.zeros((2, width))
    loud[:, NEWS_COLUMNS[0]] = 1.0
    steps = [[(loud, ["news", "minor"], 0.0)], [(quiet, ["minor", "minor"], 0.0)]]
    model = numpy.zeros(len(NEWS_COLUMNS) + 1)
    model[0], model[-1] = 4.0, -2.0  # p = 0.88 on the loud step, 0.12 on the quiet one
    w = numpy.zeros(width)
    every, barred = figures(steps, w), figures(steps, w, news=(model, 0.5))
    assert every["first_news"] == 0.5 and barred["first_news"] == 1.0
    assert every["news_lines"] == barred["news_lines"] == 1
