"""The news_dev loss breakdown (benchmarks/r2_loss.py) puts each day in the right bucket (made-up days)."""
from __future__ import annotations

from typing import Any

from fakes.rouge import SCORE_DAYS

from benchmarks.r2_loss import bucket


SD = SCORE_DAYS
GOLD = ["the bridge over the river reopened after repairs"]
BEST = "The bridge over the river reopened on Friday after repairs."
OTHER = "Traffic wardens wore yellow coats in the square."


def _day(window: list[str], shown_by_lines: list[bool], shown: list[str], capped: bool) -> dict[str, Any]:
    section = {"story": "s1", "window": [(t, 1.0, 1) for t in window], "shown_by_lines": shown_by_lines,
               "articles": 1, "capped": capped}
    return {"day": "2020-01-01", "update": GOLD, "background": [], "sections": [section],
            "shown": [("s1", t) for t in shown], "batch": 1}


def test_best_line_shown_first_is_early() -> None:
    where, r2, best_r2, best = bucket(_day([BEST, OTHER], [True, True], [BEST, OTHER], False), SD)
    assert where == "shown-early" and best == BEST and r2 == best_r2 > 0


def test_best_line_past_a_full_story_is_capped() -> None:
    where, r2, _, _ = bucket(_day([OTHER, BEST], [True, False], [OTHER], True), SD)
    assert where == "capped" and r2 == 0.0


def test_best_line_dropped_by_budget_is_minor_and_unshown_line_of_open_story_is_low() -> None:
    assert bucket(_day([OTHER, BEST], [True, True], [OTHER], False), SD)[0] == "minor"
    assert bucket(_day([OTHER, BEST], [True, False], [OTHER], False), SD)[0] == "low"


def test_day_without_any_overlap_is_none() -> None:
    assert bucket(_day([OTHER], [True], [OTHER], False), SD)[0] == "none"
