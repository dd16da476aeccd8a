"""Positions inside half-open character spans."""
from __future__ import annotations

from summarizer.spans import inside


def test_a_position_is_inside_a_span_from_its_start_up_to_its_end() -> None:
    spans = [(2, 5), (9, 10)]
    assert [pos for pos in range(12) if inside(pos, spans)] == [2, 3, 4, 9]
    assert not inside(0, [])
