"""The missed-news diagnosis (benchmarks/missed.py): each news sentence no line shows gets the engine's reason."""
from __future__ import annotations

from benchmarks.missed import REASONS, Missed, Seen, reason, report


def test_the_reason_is_how_far_the_sentence_got() -> None:
    text = "The council voted to close the bridge on Monday."
    assert reason(Seen("a1", text)) == "never a candidate"
    assert reason(Seen("a1", text, eligible=True, novel=False)) == "judged known"
    assert reason(Seen("a1", text, eligible=True, novel=True)) == "merged"
    assert reason(Seen("a1", text, eligible=True, novel=True, candidate=True, over=True)) == "over the cap"
    assert reason(Seen("a1", text, eligible=True, novel=True, candidate=True)) == "held"
    assert set(REASONS) == {"never a candidate", "judged known", "merged", "over the cap", "held"}


def test_the_report_counts_reasons_and_shows_the_matched_sentence_of_a_known_one() -> None:
    missed = [Missed("made-up", "2030-01-02", "a2", "The mayor will resign on Friday.", "judged known",
                     "The mayor is under pressure to resign.", "a1"),
              Missed("made-up", "2030-01-02", "a2", "Rain fell.", "never a candidate")]
    text = report(missed)
    assert text.startswith("news sentences in no line: 2  never a candidate 1, judged known 1")
    assert "known from a1: The mayor is under pressure to resign." in text
    only = report(missed, "judged known")
    assert "Rain fell." not in only and "The mayor will resign" in only
