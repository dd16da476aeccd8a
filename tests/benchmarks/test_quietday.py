"""The quiet-day fit (benchmarks/quietday.py): the quiet simulation, the bar choice and the AUC, on invented days."""
from __future__ import annotations

from benchmarks.quietday import BARS, auc, figures, fit_bar, news_day


def day(labels: list[str], lines: list[tuple[str, str]], score: float = 1.0) -> dict:
    """An invented day: candidates with these labels (features unused), the digest's lines (kind, label)."""
    return {"step": "d", "cands": [([], lab, 0.5, score, 0.0) for lab in labels], "lines": lines}


def test_a_quiet_day_keeps_updates_and_drops_its_new_lines() -> None:
    d = day(["minor"], [("new", "minor"), ("updated", "news"), ("new", "minor")])
    assert figures([(d, 0.1)], 0.2)["lines"] == 1 and figures([(d, 0.1)], 0.2)["first"] == 1
    assert figures([(d, 0.3)], 0.2)["lines"] == 3 and figures([(d, 0.3)], 0.2)["first"] == 0


def test_a_day_whose_every_candidate_is_buried_is_quiet_whatever_its_evidence() -> None:
    d = day(["minor"], [("new", "minor")], score=-20.0)
    assert figures([(d, 0.9)], 0.2)["days"] == 0


def test_the_bar_is_the_middle_of_the_tied_best_bars() -> None:
    quiet = day(["minor"], [("new", "minor")])
    news = day(["news"], [("new", "news")])
    bar = fit_bar([(quiet, 0.1), (news, 0.31)])  # every bar in (0.1, 0.31] is best: the middle one
    assert 0.18 <= bar <= 0.22 and bar in BARS
    assert news_day(news) and not news_day(quiet)


def test_auc_counts_ties_half() -> None:
    assert auc([(0.9, True), (0.1, False)]) == 1.0
    assert auc([(0.5, True), (0.5, False)]) == 0.5
