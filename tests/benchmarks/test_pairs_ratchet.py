"""Ratchet on story order (benchmarks/pairs.py): on days that bring two training episodes' stories into one digest,
the lead-story rule (summarizer.leadstory) keeps the first line news as often as it did when it landed (skipped
without ../shared)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.lines import SHARED  # noqa: E402
from benchmarks.pairs import ENGINE, GRID, paired_days, tally  # noqa: E402

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared benchmark data not found at {SHARED}")


@needs_shared
def test_the_lead_story_rule_keeps_paired_first_lines_news() -> None:
    _, days = paired_days(SHARED)
    hits, bad, count = tally(days, ENGINE)
    off_hits, off_bad, _ = tally(days, GRID[0])
    assert count >= 120, count  # 129 paired days with lines when it landed (4 December)
    assert hits >= 107 and bad <= 8, (hits, bad, count)  # 106 of 129 news, 9 bad (off: 102, 8); 107, 8 on 4 December
    assert hits > off_hits, (hits, off_hits)  # the rule pays against no rule on the same replays
