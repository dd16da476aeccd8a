"""The told-share cues of a digest line against what the channel was told, and their AUCs by label."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.retold_lines import CUES, aucs, bar_counts, gain, leave_one_out, retold, line_cues, main, told_frame, told_quote  # noqa: E402
from summarizer.memory import features  # noqa: E402
from summarizer.novelty import Memory  # noqa: E402


def _memory() -> Memory:
    memory = Memory()
    memory.add("Police searched the harbour warehouse of the Springfield mayor on Monday.", "s", "a1")
    memory.add("The mayor called the inquiry a “shameless political stunt” and vowed to fight.", "s", "a1")
    return memory


def test_the_same_event_told_in_other_words_is_a_told_frame() -> None:
    assert told_frame("On Monday police searched the warehouse of the mayor in Springfield.", _memory()).startswith("Police")


def test_another_object_another_actor_or_another_action_is_no_told_frame() -> None:
    memory = _memory()
    assert told_frame("Police searched the lakeside home of the Springfield mayor.", memory) == ""  # another object
    assert told_frame("Police officers searched the harbour warehouse owned by the mayor.", memory) == ""  # another actor
    assert told_frame("The Springfield mayor resigned from his post.", memory) == ""  # an action nobody told


def test_a_quotation_told_before_is_marked_a_new_one_is_not() -> None:
    memory = _memory()
    assert told_quote(features("He repeated that it was a “shameless political stunt”."), memory)
    assert not told_quote(features("He said it was “a sad day for the harbour town”."), memory)


def test_line_cues_are_shares_and_flags() -> None:
    told = line_cues("On Monday police searched the warehouse of the mayor in Springfield.", _memory())
    other = line_cues("Volunteers planted young oaks along the canal in Shelbyville.", _memory())
    assert told["new_weight"] == 0.0 < other["new_weight"]
    assert set(told) == set(CUES) | {"kept", "new_weight"} and all(0.0 <= v <= 1.0 for v in told.values())
    assert told["frame"] == 1.0 and other["frame"] == 0.0
    assert told["mention"] > 0.6 > other["mention"]


def test_aucs_compare_stale_with_news_and_the_rest() -> None:
    rows = [{"label": lab, "cues": {"coverage": v}} for lab, v in
            [("stale", 0.9), ("background", 0.8), ("news", 0.1), ("minor", 0.5), ("news", 0.2)]]
    stale_news, old_news, old_rest = aucs(rows, "coverage")
    assert stale_news == 1.0 and old_news == 1.0 and old_rest == 1.0
    rows[2]["cues"]["coverage"] = 0.95  # a news line told more than the stale one
    assert aucs(rows, "coverage")[0] == 0.5


def test_a_lower_bar_counts_the_lines_it_reaches_by_label() -> None:
    rows = [{"label": lab, "cues": {"containment": c, "coverage": v}} for lab, c, v in
            [("stale", 0.4, 0.5), ("news", 0.3, 0.4), ("minor", 0.1, 0.2)]]
    assert bar_counts(rows, 0.35) == {"stale": 1, "news": 1}
    assert bar_counts(rows, 0.45) == {"stale": 1}
    rows[0]["cues"]["kept"] = 1.0  # a new fact or a guard keeps it news: no bar drops it
    assert bar_counts(rows, 0.35) == {"news": 1}


def _row(episode: str, label: str, mean: float, new_weight: float, rank: int = 1) -> dict[str, object]:
    return {"episode": episode, "label": label, "rank": rank,
            "cues": {"containment": mean, "coverage": mean, "kept": 0.0, "new_weight": new_weight}}


def test_the_retold_test_needs_a_told_line_with_only_common_new_words_and_not_first() -> None:
    assert retold(_row("e", "stale", 0.5, 1.5), 0.4, 2.0)
    assert not retold(_row("e", "stale", 0.5, 2.5), 0.4, 2.0)  # a rare new word: a new name, object or figure
    assert not retold(_row("e", "stale", 0.3, 1.5), 0.4, 2.0)
    assert not retold(_row("e", "stale", 0.5, 1.5, rank=0), 0.4, 2.0)  # its digest's first line
    assert gain([_row("e", "stale", 0.5, 1.5), _row("e", "news", 0.5, 1.5)], 0.4, 2.0) == -2


def test_leave_one_out_scores_each_episode_with_the_test_fitted_on_the_others() -> None:
    rows = [_row("a", "stale", 0.5, 1.5), _row("b", "stale", 0.5, 1.5), _row("c", "news", 0.5, 2.5)]
    folds = leave_one_out(rows)
    assert set(folds) == {"a", "b", "c"}
    assert folds["a"][1] == {"stale": 1} and folds["c"][1] == {}


def test_missing_shared_data_stops_loudly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--shared", str(tmp_path / "absent")]) == 2
    assert "not found" in capsys.readouterr().err
