"""A total told with its parts is no value of a part's place (summarizer.wholes, summarizer.places); invented sentences."""
from __future__ import annotations

import pytest

from summarizer.condense import core
from summarizer.facts import quantities
from summarizer.models import Kind
from summarizer.novelty import Memory, judge
from summarizer.wholes import part_span, whole_key, whole_start


def _kind(earlier: str, later: str) -> Kind | None:
    memory = Memory()
    memory.add(earlier, "s", "a")
    verdict = judge(later, memory, "s", core(later))
    return verdict.kind if verdict.novel else None


def _places(text: str, figure: str) -> frozenset[str]:
    q = next(q for q in quantities(text) if figure in q.raw)
    assert q.slot is not None
    return q.slot.places


@pytest.mark.parametrize("text, figure", [
    ("So far 31 deaths from the fever have been confirmed -- 29 in Norland and two in Sudmark -- the agency said.", "31"),
    ("The fever has killed 95 people, the vast majority of them in Norland, since it was found in March.", "95"),
    ("Almost all of the 95 dead were in Norland, the agency said.", "95"),
])
def test_a_total_takes_no_place_of_its_parts(text: str, figure: str) -> None:
    assert _places(text, figure) == frozenset({whole_key({"norland"})})


def test_the_whole_a_share_belongs_to_is_not_the_figures_place() -> None:
    text = "There are 420 confirmed cases of the fever in Norland, more than a third of Westland's total."
    assert _places(text, "420") == frozenset({"norland"})


def test_a_figures_own_place_stays_beside_its_breakdown() -> None:
    text = "The fever has killed 95 people in Norland, the vast majority of them in Lowmere, the ministry said."
    assert _places(text, "95") == frozenset({"norland"})


@pytest.mark.parametrize("earlier, later", [
    ("The fever has killed 28 people in Norland, its health ministry said.",
     "So far 31 deaths from the fever have been confirmed -- 29 in Norland and two in Sudmark -- the agency said."),
    ("The fever has killed 90 people, the vast majority of them in Norland, the agency said.",
     "The fever has killed 93 people in Norland."),
    ("There are 45 confirmed cases of the fever in Westland, officials said.",
     "There are 420 confirmed cases of the fever in Norland, more than a third of Westland's total."),
])
def test_a_part_and_its_whole_are_not_one_count(earlier: str, later: str) -> None:
    assert _kind(earlier, later) is Kind.NEW


def test_a_total_still_updates_the_same_place() -> None:
    assert _kind("The fever has killed 28 people in Norland, its health ministry said.",
                 "The fever has killed 35 people in Norland, its health ministry said.") is Kind.UPDATED


def test_a_place_after_the_breakdown_aside_is_the_totals_again() -> None:
    text = "The deal keeps up to 9,000 peacekeepers, more than half of them Westlanders, at six camps in Norland."
    assert _places(text, "9,000") == frozenset({"norland"})


def test_a_count_whose_members_each_have_a_thing_keeps_its_slot() -> None:
    text = "The agency has installed 40 water tanks in Norland, each with six taps."
    assert _places(text, "40") == frozenset({"norland"})


def test_finders() -> None:
    text = "It has killed 31 -- 29 in Norland -- and spread."
    start = text.index("31")
    assert part_span(text, 0, start, start + 2, len(text)) == (text.index(" --"), text.index(" -- and"))
    assert whole_start(text, start + 2, len(text)) == len(text)
    assert part_span("A dash -- 2024 was the year.", 0, 0, 6, 28) == (28, 28)  # a year after a dash is no breakdown
