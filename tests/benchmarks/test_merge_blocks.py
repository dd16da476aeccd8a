"""The merge-block diagnosis: which guard of the digest merge keeps two lines of one digest apart."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.lines import Line  # noqa: E402
from benchmarks.merge_blocks import blocks, nearest_blocks, stale_pairs  # noqa: E402
from summarizer.sameevent import same_event  # noqa: E402


def _line(rank: int, text: str, label: str, step: str = "2020-01-02") -> Line:
    return Line("ep", step, rank, "new", text, "a", 0, 1, label)


def test_a_retelling_the_merge_joins_has_no_block() -> None:
    a, b = "Ann Lee apologised to the staff of the charity on Monday.", "Ann Lee apologised to the charity's staff."
    assert same_event(a, b) and blocks(a, b) == []


def test_each_failing_guard_is_named_with_what_failed() -> None:
    assert blocks("Ann Lee thanked the staff of the charity.",
                  "Ann Lee apologised to the staff of the charity.") == ["other action"]
    assert blocks("Venezuela condemned Britain's warning over the embassy.",
                  "Ecuador condemned Britain's warning over the embassy.") == ["another party: venezuela"]
    assert blocks("Police in Quito arrested 12 protesters outside the embassy.",
                  "Police in Quito arrested protesters outside the embassy.") == ["new figure: 12"]


def test_the_nearer_direction_counts_as_the_merge_tries_both() -> None:
    fuller, short = "Police in Quito arrested 12 protesters outside the embassy.", "Police in Quito arrested protesters " \
        "outside the embassy."
    assert blocks(fuller, short) and nearest_blocks(fuller, short) == []


def test_only_stale_lines_against_their_own_digest_within_the_bound() -> None:
    lines = [_line(0, "Ann Lee apologised to the staff of the charity.", "news"),
             _line(1, "Ann Lee thanked the staff of the charity.", "stale"),
             _line(0, "Ann Lee apologised to the staff of the charity.", "news", step="2020-01-03")]
    pairs = stale_pairs(lines, within=1)
    assert [(s.rank, o.rank, o.step, found) for s, o, found in pairs] == [(1, 0, "2020-01-02", ["other action"])]
    assert stale_pairs(lines, within=0) == []
