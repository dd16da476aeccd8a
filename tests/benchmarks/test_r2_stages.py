"""The news_dev loss cascade (benchmarks/r2_stages.py): greedy oracles per stage and the drops named by cause
(made-up days)."""
from __future__ import annotations

from typing import Any

from fakes.rouge import SCORE_DAYS

from benchmarks.r2_stages import CAUSES, causes, oracle, stages


SD = SCORE_DAYS
GOLD = ["the ferry service to the island resumed on monday"]
NEWS = "The ferry service to the island resumed on Monday after the storm."
SHORT = "The ferry service resumed."
OTHER = "Gulls circled the harbour wall in the afternoon sun."


def test_oracle_takes_the_best_text_within_the_word_budget() -> None:
    assert oracle([OTHER, NEWS], GOLD, SD) == SD.recall(SD.tokens(NEWS), GOLD, 2) == 1.0
    assert oracle([OTHER], GOLD, SD) == 0.0
    assert oracle([NEWS], GOLD, SD, words=4) < 1.0  # only its first four words count


def _day(shown: list[str], kept: list[bool], lines: list[str]) -> dict[str, Any]:
    rows = [{"rank": k, "sentence": s, "line": line, "new": True, "kept": kp}
            for k, (s, line, kp) in enumerate(zip([NEWS, OTHER], lines, kept))]
    return {"day": "2020-01-01", "update": GOLD, "sentences": [NEWS, OTHER], "rows": rows, "shown": shown}


def test_a_line_condensed_too_hard_is_a_compression_loss() -> None:
    fig = stages(_day([SHORT, OTHER], [True, True], [SHORT, OTHER]), SD)
    drops = causes(fig)
    assert drops["compression"] > 0.5 and drops["told"] == drops["selection"] == drops["holds"] == 0.0, drops
    assert fig["words"] == len(SD.tokens(SHORT + " " + OTHER))


def test_a_long_line_the_cap_pushed_out_is_a_selection_loss_and_counted_as_demoted() -> None:
    fig = stages(_day([OTHER], [False, True], [NEWS, OTHER]), SD, line_chars=40)
    drops = causes(fig)
    assert drops["selection"] == 1.0 and drops["compression"] == 0.0 and fig["demoted_long"] == 1.0, (drops, fig)
    assert set(drops) == set(CAUSES)
