"""The sentence opinion fit (benchmarks/reportage.py): cut choice, counts, and the labels (ids and positions only)."""
from __future__ import annotations

import json

import numpy

from benchmarks.reportage import FILE, caught, choose


def test_caught_counts_opinions_and_reports_at_a_cut() -> None:
    p, y = numpy.array([0.9, 0.7, 0.65, 0.2]), numpy.array([1.0, 0.0, 1.0, 1.0])
    assert caught(p, y, 0.6) == (2, 1) and caught(p, y, 0.8) == (1, 0)


def test_the_cut_weighs_a_report_three_times_an_opinion() -> None:
    # At 0.3: three opinions and one report (3 - 3 = 0); at 0.8: one opinion, no report (1): the higher cut wins.
    p, y = numpy.array([0.85, 0.45, 0.35, 0.5, 0.1]), numpy.array([1.0, 1.0, 1.0, 0.0, 0.0])
    assert choose(p, y) >= 0.8


def test_the_labels_hold_ids_positions_and_labels_only() -> None:
    data = json.loads(FILE.read_text())
    assert set(data) == {"about", "labels"}
    assert all(set(r) == {"id", "position", "label"} for r in data["labels"])
    assert {r["label"] for r in data["labels"]} == {"report", "opinion"} and len(data["labels"]) >= 150
    assert all(isinstance(r["position"], int) and len(r["id"]) < 40 for r in data["labels"])
