"""Time anchors and event cues are read once per sentence (ranking and genre both ask), keyed by all they read."""
from __future__ import annotations

from datetime import datetime

from summarizer.anchor import anchor
from summarizer.event import event_cues

SENTENCE = "The council approved the budget on Monday, its spokesman said."


def test_a_sentence_is_anchored_once_per_publication_time() -> None:
    monday = datetime(2025, 3, 3, 9)
    later = datetime(2025, 6, 2, 9)
    first = anchor(SENTENCE, monday)
    assert anchor(SENTENCE, monday) is first  # read once
    assert anchor(SENTENCE, later) is not first and anchor(SENTENCE, None) is not first
    assert anchor(SENTENCE, None).days_before is None


def test_event_cues_are_read_once_per_sentence() -> None:
    cues = event_cues(SENTENCE)
    assert event_cues(SENTENCE) is cues and cues.action
    assert event_cues("Is this the end of the budget?") is not cues
