"""Durations that are no prison term (summarizer.notcounts; made-up sentences)."""
from __future__ import annotations

from summarizer.condense import core
from summarizer.facts import quantities
from summarizer.models import Kind
from summarizer.novelty import Memory, judge


def _terms(text: str) -> list[float]:
    return [q.low for q in quantities(text) if q.slot is not None and q.slot.measure == "sentence"]


def test_time_served_of_a_term_is_no_term() -> None:
    """"Has served 11 months of a five-year sentence" tells a part of the term, not a term of 11 months."""
    later = "Tom Harlow has served 11 months of a five-year sentence for the Lowmere fraud and will move to house arrest."
    assert _terms(later) == []
    assert _terms("Tom Harlow was given 11 months in prison for the Lowmere fraud.") == [11 / 12]
    memory = Memory()
    memory.add("Tom Harlow was jailed for five years for the Lowmere fraud.", "s", "a")
    verdict = judge(later, memory, "s", core(later))
    assert not verdict.novel or verdict.kind is not Kind.UPDATED
