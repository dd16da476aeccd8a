"""Cumulative tolls only grow: a lower total told later is no update (and, unsure, not a conflict either)."""
from __future__ import annotations

from summarizer.condense import core
from summarizer.models import Kind
from summarizer.novelty import Memory, judge


def _kind(earlier: str, later: str) -> Kind | None:
    memory = Memory()
    memory.add(earlier, "s", "a")
    verdict = judge(later, memory, "s", core(later))
    return verdict.kind if verdict.novel else None


def test_a_higher_toll_is_an_update() -> None:
    assert _kind("The earthquake in Lowmere has killed at least 120 people, officials said.",
                 "The earthquake in Lowmere has killed at least 180 people, officials said.") is Kind.UPDATED


def test_a_lower_toll_later_is_plain_new() -> None:
    """Read in replays, such pairs were as often another measure (confirmed against estimated,
    another disaster) as an older figure quoted again: precision first, so ``new``."""
    assert _kind("The earthquake in Lowmere has killed at least 180 people, officials said.",
                 "The earthquake in Lowmere has killed at least 120 people, officials said.") is Kind.NEW


def test_a_count_that_can_fall_is_still_an_update() -> None:
    assert _kind("Officials said 300 people were missing in Lowmere after the earthquake.",
                 "Officials said 120 people were missing in Lowmere after the earthquake.") is Kind.UPDATED
