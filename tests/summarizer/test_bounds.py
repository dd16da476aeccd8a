"""Bounds of figures: a looser figure holding the value told is consistent with it, never its update."""
from __future__ import annotations

import math

from summarizer.bounds import holds, interval, range_low
from summarizer.condense import core
from summarizer.facts import quantities
from summarizer.models import Kind
from summarizer.novelty import Memory, judge


def _q(text: str):  # type: ignore[no-untyped-def]
    return quantities(text)[0]


def _kind(earlier: str, later: str) -> Kind | None:
    memory = Memory()
    memory.add(earlier, "s", "a")
    verdict = judge(later, memory, "s", core(later))
    return verdict.kind if verdict.novel else None


def test_intervals_follow_the_qualifier() -> None:
    assert interval(_q("The plant employs 200 workers.")) == (200, 200)
    low, high = interval(_q("The plant employs about 200 workers."))
    assert low < 200 < high and high < 250
    assert interval(_q("The plant employs more than 200 workers.")) == (200, math.inf)
    low, high = interval(_q("The plant employs nearly 200 workers."))
    assert low < 200 and high == 200
    assert interval(_q("The plant employs dozens of workers.")) == (24, 99)


def test_a_looser_figure_holding_the_told_value_holds_it() -> None:
    assert holds(_q("The firm is cutting more than 5,000 jobs."), _q("The firm is cutting 7,000 jobs."))
    assert holds(_q("The firm is cutting about 7,000 jobs."), _q("The firm is cutting 6,800 jobs."))
    assert holds(_q("The firm is cutting nearly 7,000 jobs."), _q("The firm is cutting 6,800 jobs."))


def test_a_figure_outside_or_as_tight_as_the_told_one_does_not_hold_it() -> None:
    assert not holds(_q("The firm is cutting more than 8,000 jobs."), _q("The firm is cutting 7,000 jobs."))
    assert not holds(_q("The firm is cutting about 9,000 jobs."), _q("The firm is cutting 7,000 jobs."))
    assert not holds(_q("The firm is cutting 7,000 jobs."), _q("The firm is cutting more than 5,000 jobs."))
    assert not holds(_q("The firm is cutting at least 141 jobs."), _q("The firm is cutting at least 109 jobs."))
    assert not holds(_q("The firm is cutting hundreds of jobs."), _q("The firm is cutting hundreds of jobs."))


def test_an_up_to_figure_is_a_highest_estimate_not_a_looser_one() -> None:
    assert not holds(_q("The quake killed up to 160 people."), _q("The quake killed 152 people."))


def test_a_lower_bound_below_the_told_count_is_no_update() -> None:
    """Jobs can fall, so a lower figure is not ruled out as a toll's would be; "more than 5,000" after
    "7,000" is still no new value: it is consistent with what was told."""
    assert _kind("Brackwell Steel is cutting 7,000 jobs at its plants in Lowmere, the company said.",
                 "Brackwell Steel is cutting more than 5,000 jobs at its plants in Lowmere, the company said.") is Kind.NEW


def test_a_rounded_figure_around_the_told_count_is_no_update() -> None:
    assert _kind("Brackwell Steel is cutting 1,940 jobs at its plants in Lowmere, the company said.",
                 "Brackwell Steel is cutting about 2,000 jobs at its plants in Lowmere, the company said.") is Kind.NEW


def test_a_higher_figure_is_still_an_update() -> None:
    assert _kind("Brackwell Steel is cutting 1,200 jobs at its plants in Lowmere, the company said.",
                 "Brackwell Steel is cutting about 2,000 jobs at its plants in Lowmere, the company said.") is Kind.UPDATED
    assert _kind("Brackwell Steel is cutting 1,200 jobs at its plants in Lowmere, the company said.",
                 "Brackwell Steel is cutting more than 2,000 jobs at its plants in Lowmere, the company said.") is Kind.UPDATED


def test_a_few_hundred_is_a_vague_amount_not_one_hundred() -> None:
    few = _q("Only a few hundred cases had appeared in Lowmere.")
    assert (few.low, few.high, few.raw) == (200, 999, "a few hundred cases")
    several = _q("Several hundred thousand people fled Lowmere.")
    assert (several.low, several.high) == (200_000, 999_999)
    assert _q("A hundred people died in Lowmere.").low == 100  # "a hundred" is a figure


def test_a_count_outside_a_place_is_not_a_count_of_that_place() -> None:
    outside = _q("Only 300 cases outside Lowmere had been confirmed.")
    inside = _q("Some 700 cases in Lowmere had been confirmed.")
    assert outside.slot is not None and outside.slot.places == frozenset({"outside lowmere"})
    assert not outside.comparable(inside)


def test_a_bare_lower_end_shares_the_upper_ends_scale() -> None:
    """"45-50,000" is 45,000 to 50,000 and "2 to 3 million" two to three million; "from 300 to 3,000" stays as written."""
    assert range_low("45", 50_000.0, "50,000", "") == 45_000.0
    assert range_low("2", 3e6, "3", "million") == 2e6
    assert range_low("13.8", 14.4e6, "14.4", "million") == 13.8e6
    assert range_low("300", 3_000.0, "3,000", "") == 300.0
    assert range_low("20", 30.0, "30", "") == 20.0
    q = _q("The Lowmere relief agency fears 45-50,000 people died in the storm.")
    assert (q.low, q.high) == (45_000, 50_000)
    q = _q("Between 1.5 and 2 million people fled the Lowmere flood.")
    assert (q.low, q.high) == (1.5e6, 2e6)


def test_a_small_toll_of_another_flood_is_no_update_of_a_told_range() -> None:
    """Read as 45 to 50,000, a told range made any toll of another event look like its update."""
    assert _kind("The Lowmere relief agency says it fears 45-50,000 people died in the storm.",
                 "That storm killed 83 people and caused $7 million in damage, the Lowmere agency says.") is Kind.NEW
