"""The told-loss breakdown (benchmarks/r2_told.py) classes each told sentence by its nearest remembered one (made-up days)."""
from __future__ import annotations

from typing import Any

from fakes.rouge import SCORE_DAYS

from benchmarks.r2_told import classify, told_losses

GOLD = ["the mayor reopened the old bridge over the river"]
TOLD = "The mayor reopened the old bridge over the river on Friday."
NEAR = "The old bridge over the river will reopen, the mayor's office said."
OTHER = "Traffic wardens wore yellow coats in the square."


def _day(told: list[tuple[str, str]], shown_before: set[str]) -> dict[str, Any]:
    return {"day": "2020-01-01", "update": GOLD, "told": told, "shown_before": shown_before}


def test_nearest_shown_before_is_shown() -> None:
    assert classify(TOLD, NEAR, {NEAR}) == "shown"


def test_nearest_never_shown_is_unshown_and_its_own_wording_is_same() -> None:
    assert classify(TOLD, NEAR, {OTHER}) == "unshown"
    assert classify(TOLD, TOLD, set()) == "same"


def test_only_told_sentences_reaching_the_bar_count_once() -> None:
    rows = told_losses(_day([(TOLD, NEAR), (TOLD, NEAR), (OTHER, NEAR)], set()), SCORE_DAYS, 0.1)
    assert [(cls, s) for _, cls, s, _ in rows] == [("unshown", TOLD)]
    assert rows[0][0] > 0.1
