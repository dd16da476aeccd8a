"""The repeat-judgement benchmark: sentences judged against the articles before them, guard on and off."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.repeats import counts, judged, main, missed  # noqa: E402

ARTICLES = [
    [("a1", "The coroner examined the body of the singer at the hospital in Los Angeles.", "news", False),
     ("a1", "Relatives of the singer asked for a second autopsy.", "news", False),
     ("a1", "Toxicology results from the coroner could take weeks, experts said.", "minor", False)],
    [("a2", "The toxicology results of the singer's autopsy have been postponed at the hospital.", "news", False),
     ("a2", "Relatives of the singer asked for a second autopsy.", "stale", False),
     ("a2", "A caption", "", False)],
]


def test_sentences_are_judged_against_the_earlier_articles_only() -> None:
    rows = judged(ARTICLES, new_actions=True)
    assert [(lab, known) for lab, known, _ in rows] == [("news", False), ("stale", True)]


def test_the_guard_keeps_a_new_action_new() -> None:
    off = judged(ARTICLES, new_actions=False)
    assert counts(off)["news"] == "1/1" and counts(judged(ARTICLES, True))["news"] == "0/1"


def test_missing_shared_data_stops_loudly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--shared", str(tmp_path / "absent")]) == 2
    assert "not found" in capsys.readouterr().err


def test_missed_lists_stale_judged_new_then_news_judged_known() -> None:
    rows = [("news", False, "a"), ("stale", True, "b"), ("stale", False, "c"), ("news", True, "d"), ("minor", True, "e")]
    assert missed(rows) == [("stale", False, "c"), ("news", True, "d")]
