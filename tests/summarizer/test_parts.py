"""Figures told of unnamed parts ("in some cases", "at several polling stations") are never compared (made-up sentences)."""
from __future__ import annotations

import pytest

from summarizer.condense import core
from summarizer.facts import quantities
from summarizer.models import Kind
from summarizer.novelty import Memory, judge
from summarizer.parts import of_a_part


@pytest.mark.parametrize("text", [
    "in some cases the mayor won 100% of votes cast",
    "at several polling stations turnout reached 98%",
    "In parts of the province, 300 homes were destroyed",
    "in a few districts Varga took 90% of the vote",
])
def test_a_figure_of_some_parts_is_told_of_a_part(text: str) -> None:
    assert of_a_part(text, 0, len(text))


@pytest.mark.parametrize("text", [
    "the virus has spread to some 30 countries",
    "cases were confirmed in 20 countries",
    "Varga won 54% of the vote in the province",
])
def test_a_number_of_parts_or_a_named_part_is_no_unnamed_part(text: str) -> None:
    assert not of_a_part(text, 0, len(text))


def test_a_share_in_some_cases_has_no_slot_and_updates_nothing() -> None:
    earlier = "The results gave Varga 54.1% of the vote in the election."
    later = "Monitors threw out ballots from 60 stations where Varga won, in some cases taking 100% of the votes."
    assert [q.slot for q in quantities(later) if "100%" in q.raw] == [None]
    memory = Memory()
    memory.add(earlier, "s", "a")
    verdict = judge(later, memory, "s", core(later))
    assert verdict.kind is not Kind.UPDATED
    control = "The final count gave Varga 57.3% of the vote."  # the whole's share told again: still an update
    assert judge(control, memory, "s", core(control)).kind is Kind.UPDATED


def test_the_places_of_a_breakdown_are_its_parts_not_the_total_s() -> None:
    """"20 cases in the country, including eight in Lowmere": the total is the country's, not Lowmere's."""
    total = "Officials said 20 cases were confirmed in Wessex, including eight in Lowmere and five in Brackton."
    assert [q.slot.where for q in quantities(total) if q.raw.startswith("20")] == [frozenset({"wessex"})]
    memory = Memory()
    memory.add(total, "s", "a")
    later = "The caseload now includes 51 cases in Lowmere, 16 in Brackton and 14 in Denby."
    assert judge(later, memory, "s", core(later)).kind is not Kind.UPDATED


@pytest.mark.parametrize("text, figure", [
    ("Norland and Sudmark have confirmed two cases each, the agency said.", "two"),
    ("The two small parties won three seats apiece in the assembly.", "three"),
])
def test_a_count_told_of_each_holder_has_no_slot(text: str, figure: str) -> None:
    assert [q.slot for q in quantities(text) if figure in q.raw] == [None]


def test_a_count_each_day_keeps_its_slot() -> None:
    assert [q.slot is not None for q in quantities("The ward admitted 12 patients each day.") if "12" in q.raw] == [True]


def test_a_count_of_each_holder_is_no_earlier_value_of_one_place() -> None:
    memory = Memory()
    memory.add("Norland and Sudmark earlier confirmed two cases of the fever each, and six other states are monitoring "
               "patients.", "s", "a")
    later = "Health officials in Westmark have confirmed four cases of the fever."
    assert judge(later, memory, "s", core(later)).kind is not Kind.UPDATED
