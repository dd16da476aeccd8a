"""The leave-one-episode-out fit of the repeat thresholds: folds choose on the other episodes."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.repeat_fit import GRID, choose, current_setting, score  # noqa: E402


def test_score_weighs_lost_news_over_known_repeats() -> None:
    rows = [("stale", True, "a"), ("stale", True, "b"), ("news", True, "c"), ("minor", True, "d"), ("news", False, "e")]
    assert score(rows) == 2 - 2 - 0.5


def test_a_fold_never_sees_its_held_out_episode() -> None:
    scores = {(0.5,): {"a": 10.0, "b": 0.0, "c": 0.0}, (0.6,): {"a": 0.0, "b": 1.0, "c": 1.0}}
    assert choose(scores, "a", (0.6,)) == (0.6,)  # (0.5,) wins only on the held-out episode
    assert choose(scores, "b", (0.6,)) == (0.5,)


def test_ties_keep_the_engines_setting() -> None:
    scores = {(0.5,): {"a": 1.0, "b": 1.0}, (0.6,): {"a": 1.0, "b": 1.0}}
    assert choose(scores, "a", (0.6,)) == (0.6,)


def test_the_engines_setting_is_on_the_grid() -> None:
    setting = current_setting()
    assert all(value in GRID[name] for name, value in zip(GRID, setting))
