"""Cumulative tolls only grow: a lower total told later is no update (and, unsure, not a conflict either)."""
from __future__ import annotations

import pytest

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


def test_a_figure_anchored_in_the_past_is_no_current_value() -> None:
    """"Two weeks ago 300 died" is an old value: compared with today's toll it says nothing new."""
    assert _kind("The floods in Lowmere have killed at least 40 people, officials said.",
                 "Two weeks ago at least 300 people died in the floods in Lowmere.") is Kind.NEW
    assert _kind("Last year's floods in Lowmere killed 300 people, officials said.",
                 "The floods in Lowmere have killed at least 40 people, officials said.") is Kind.NEW


def test_a_vaguer_amount_is_no_update_of_a_precise_one() -> None:
    """"Dozens" after "300" is less precise, not newer."""
    assert _kind("Officials said 300 aid workers were missing in Lowmere after the earthquake.",
                 "Officials said dozens of aid workers were missing in Lowmere after the earthquake.") is Kind.NEW


def test_a_count_followed_by_a_relative_clause_is_not_read_as_its_measure() -> None:
    """"52,000 people who died ... were buried" counts burials, not the toll."""
    assert _kind("The earthquake in Lowmere has killed at least 40,000 people, officials said.",
                 "At least 52,000 people who died in the quake in Lowmere have been buried.") is Kind.NEW


def test_a_figure_in_an_appeal_is_no_fact() -> None:
    assert _kind("The earthquake in Lowmere left 400,000 people homeless, officials said.",
                 "The mayor made an appeal for tents to house up to 100,000 people left homeless in Lowmere.") is Kind.NEW


def test_the_same_toll_told_lower_for_the_same_place_is_a_conflict() -> None:
    """Two precise totals of one count for one place, close to each other: reports disagree."""
    assert _kind("The earthquake in Lowmere has killed 180 people, officials said.",
                 "The earthquake in Lowmere has killed 150 people, officials said.") is Kind.CONFLICT


def test_a_toll_said_to_have_risen_to_a_lower_value_is_another_count() -> None:
    """"Has risen to 150" below a told 180: the writer's count grew to it, so 180 was another count (an estimate, a
    wider area), not the same one told otherwise: new, never a conflict."""
    assert _kind("The earthquake in Lowmere has killed 180 people, officials said.",
                 "The official toll from the earthquake in Lowmere has risen to 150, officials said.") is Kind.NEW
    assert _kind("The earthquake in Lowmere has killed 180 people, officials said.",
                 "The official toll from the earthquake in Lowmere stood at 150, officials said.") is Kind.CONFLICT


def test_the_same_unplaced_toll_told_lower_is_a_conflict() -> None:
    """No place named on either side: fitted on the labelled pairs (benchmarks/kinds.py, DISPUTE_PLACE
    "any"), such pairs were mostly one count told two ways (an older estimate quoted again)."""
    assert _kind("The floods have killed 180 people, officials said.",
                 "The floods have killed 150 people, officials said.") is Kind.CONFLICT


@pytest.mark.parametrize("earlier, later", [
    # a lower bound below a lower bound is no contradiction
    ("The floods in Lowmere have killed at least 180 people.", "The floods in Lowmere have killed at least 150 people."),
    # a count of a group, not of everyone: often a part
    ("The floods in Lowmere have killed 180 children.", "The floods in Lowmere have killed 150 children."),
    # far lower: more often another count (one district, one day)
    ("The floods in Lowmere have killed 180 people.", "The floods in Lowmere have killed 40 people."),
    # confirmed against unsaid status
    ("The floods in Lowmere have killed 180 people.", "The floods in Lowmere have killed 150 confirmed victims."),
])
def test_a_lower_toll_that_may_be_another_count_is_plain_new(earlier: str, later: str) -> None:
    assert _kind(earlier, later) in (Kind.NEW, None)


def test_a_yearly_rate_is_not_compared_with_a_total() -> None:
    assert _kind("The flu outbreak in Lowmere has reached 5,000 cases, officials said.",
                 "Every year, more than 50,000 cases of flu are reported in Lowmere.") is Kind.NEW


def test_a_change_is_no_level() -> None:
    """"Fell 140 points" is a day's move: no update of yesterday's move or of a level."""
    assert _kind("The Lowmere stock index fell 247 points to 9,127 in early trading on Wall Street.",
                 "The Lowmere stock index fell 140 points to 8,987 in early trading on Wall Street.") is Kind.NEW


def test_a_count_dated_to_another_day_is_another_event() -> None:
    assert _kind("Raiders killed at least 35 people in a hamlet in western Lowmere, officials said.",
                 "On March 14, raiders killed at least 80 people in a hamlet in western Lowmere.") is Kind.NEW


def test_a_figure_in_a_hypothesis_is_no_fact() -> None:
    assert _kind("The rider from Lowmere has won five Tours, his team said.",
                 "Nobody cares whether the rider from Lowmere wins seven Tours, his rival said.") is Kind.NEW


def test_a_day_after_the_figure_dates_another_noun() -> None:
    assert _kind("Up to 20,000 people were killed and 90,000 made homeless in Lowmere, officials said.",
                 "As many as 60,000 people were killed and half a million made homeless in Lowmere following the "
                 "storm on 3 March.") is Kind.UPDATED


def test_the_earlier_value_is_the_latest_told_of_its_slot_even_in_other_words() -> None:
    """An update names the last value the reader was told, not an older one whose wording is closer."""
    memory = Memory()
    memory.add("Lowmere says 42 people have died from the fever.", "s", "a")
    memory.add("Forty-eight people have died of the fever in Lowmere, where 1,626 cases are confirmed, and the first deaths "
               "are now reported in Westland and Eastmark.", "s", "b")  # later, in other words
    later = ("The new fever strain that has killed 56 people in Lowmere and spread with travellers looks more like an "
             "epidemic strain than an ordinary seasonal one.")
    verdict = judge(later, memory, "s", core(later))
    assert verdict.kind is Kind.UPDATED and verdict.earlier == "Forty-eight people dead"  # what it counted: said
