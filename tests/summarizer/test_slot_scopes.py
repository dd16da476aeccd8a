"""Slot typing, precision first: scopes said without names, polls and plans, numbers that are no names
(Lowmere is a made-up place; every sentence here is written for these tests)."""
from __future__ import annotations

import pytest

from summarizer.condense import core
from summarizer.facts import quantities
from summarizer.models import Kind
from summarizer.novelty import Memory, judge
from summarizer.places import attributions


def kind_after(earlier: str, later: str) -> Kind | None:
    """The kind of ``later`` for an audience told ``earlier``; None when it is not news."""
    memory = Memory()
    memory.add(earlier, "s", "a")
    verdict = judge(later, memory, "s", core(later))
    return verdict.kind if verdict.novel else None


@pytest.mark.parametrize("text, where", [
    ("Some 3,870 people have been infected in 24 countries.", "world"),
    ("Some 3,870 people have been infected around the world.", "world"),
    ("Officials have confirmed 412 cases in nine states.", "nation"),
])
def test_a_scope_said_without_a_name_places_the_count(text: str, where: str) -> None:
    slot = quantities(text)[0].slot
    assert slot is not None and where in slot.places


def test_a_country_count_is_no_update_or_conflict_of_a_count_in_many_countries() -> None:
    earlier = "Confirmed flu cases have reached 5,251 in 30 countries, the agency said."
    assert kind_after(earlier, "Confirmed flu cases have reached 4,000 in Lowmere, the agency said.") is Kind.NEW
    assert kind_after(earlier, "Confirmed flu cases have reached 6,100 in 33 countries, the agency said.") is Kind.UPDATED


def test_confirmed_before_a_count_noun_is_no_attribution_and_a_thousands_comma_no_clause() -> None:
    text = "The agency said there were 5,251 confirmed cases in 30 countries."
    start = text.index("5,251")
    assert attributions(text, 0, len(text), start) == [(0, text.index(" there"))]


def test_a_number_word_opening_a_sentence_is_no_place() -> None:
    slot = quantities("Twelve people died in Lowmere on Tuesday.")[0].slot
    assert slot is not None and slot.places == frozenset({"lowmere"})


@pytest.mark.parametrize("poll", [
    "Silva had 19% of voting intentions in Lowmere.",
    "Silva had 19% of intended votes in Lowmere.",
    "Silva is projected to take 19% of the vote in Lowmere.",
])
def test_a_poll_share_has_no_slot_and_is_never_updated_by_a_result(poll: str) -> None:
    assert quantities(poll)[0].slot is None
    assert kind_after(poll, "Silva won 14% of the vote in Lowmere.") is Kind.NEW


def test_a_result_share_is_still_updated() -> None:
    assert kind_after("Silva won 12% of the vote in Lowmere.", "Silva won 14% of the vote in Lowmere.") is Kind.UPDATED


@pytest.mark.parametrize("plan", [
    "Officials said the death toll in Lowmere will rise to 500.",
    "Lowmere plans to send 3,000 troops to the border.",
    "Lowmere will send 3,000 troops to the border.",
    "Lowmere has pledged 3,000 troops for the mission.",
    "The death toll in Lowmere is expected to reach 500.",
])
def test_a_plan_pledge_or_forecast_is_no_value(plan: str) -> None:
    assert all(q.slot is None for q in quantities(plan))


def test_a_forecast_never_updates_a_past_count() -> None:
    earlier = "The flood has killed 300 people in Lowmere, officials said."
    assert kind_after(earlier, "The death toll in Lowmere could rise to 500, officials said.") is not Kind.UPDATED
    assert kind_after(earlier, "The flood has killed 420 people in Lowmere, officials said.") is Kind.UPDATED


def test_a_daily_toll_is_no_update_of_a_cumulative_one() -> None:
    earlier = "The flu has killed 200 people in Lowmere since April, officials said."
    assert kind_after(earlier, "The flu killed 12 people in Lowmere on Tuesday, officials said.") is Kind.NEW


def test_a_value_already_told_is_no_update() -> None:
    memory = Memory()
    for n, text in enumerate(["The flood has killed 300 people in Lowmere, officials said.",
                              "The flood has killed 420 people in Lowmere, officials said."]):
        memory.add(text, "s", str(n))
    verdict = judge("Officials in Lowmere now say 300 people were killed in the flood.", memory, "s")
    assert verdict.kind is not Kind.UPDATED


def test_a_total_below_the_latest_told_in_other_words_is_no_update() -> None:
    earlier = "The flood that swept the valley villages of Lowmere has killed 300 people, officials said."
    later = "The flood that swept the valley villages of Lowmere has killed more than 350 people, officials said."
    assert kind_after(earlier, later) is Kind.UPDATED
    for told, kind in (("Lowmere's toll climbed to 450", Kind.NEW), ("the toll in Lowmere had climbed to up to 450", Kind.UPDATED)):
        memory = Memory()  # a firm later total bounds the count; an upper bound ("up to") does not
        for n, text in enumerate([earlier, "Volunteers with sniffer dogs and thermal drones kept searching collapsed "
                                           f"farmhouses, while {told}."]):
            memory.add(text, "s", str(n))
        assert judge(later, memory, "s", core(later)).kind is kind


def test_a_denominator_is_no_value() -> None:
    got = quantities("The minority holds two out of 55 seats on the drafting committee in Lowmere.")
    assert [q.slot for q in got if q.raw.startswith("55")] == [None]


def test_a_place_said_without_its_name_is_a_scope_of_its_own() -> None:
    slot = quantities("Seven more cases were found, raising the total count of cases in the capital to 317.")[-1].slot
    assert slot is not None and slot.places == frozenset({"the capital"})
    assert kind_after("The total number of flu cases in Lowmere has risen to 145, officials said.",
                      "Seven more flu cases were found, raising the total count of flu cases in the capital to 317, "
                      "officials said.") is Kind.NEW


def test_a_figure_of_a_named_year_is_no_current_value() -> None:
    slot = quantities("The great flood of 1927 drowned 246 people in the Lowmere valley.")[0].slot
    assert slot is None or slot.scope.startswith("period")
    assert kind_after("The flood has killed 200 people in the Lowmere valley, officials said.",
                      "The great flood of 1927 killed 246 people in the Lowmere valley, officials said.") is Kind.NEW


def test_a_sums_measure_is_named_beside_it() -> None:
    text = ("Once it emerged that the partnerships were used to keep debts off its own balance sheets, Lowmere Corp "
            "was forced to declare a $1.2bn cut in equity.")
    assert quantities(text)[0].slot is None
    slot = quantities("Lowmere Corp debts of $1.2bn were hidden from its investors.")[0].slot
    assert slot is not None and slot.measure == "debt"


def test_a_figure_dated_by_a_year_in_its_clause_is_that_years_count() -> None:
    slot = quantities("The virus that caused the 1918 pandemic killed up to 100 million people.")[0].slot
    assert slot is not None and slot.scope == "period:1918"
    assert kind_after("The pandemic flu has killed an estimated 50 million people, historians say.",
                      "The virus that caused the 1918 pandemic killed up to 100 million people, historians say.") is Kind.NEW


def test_a_world_count_naming_a_country_in_passing_is_a_world_count() -> None:
    slot = quantities("Nearly 2,300 people around the globe have been infected, most of them in Lowmere.")[0].slot
    assert slot is not None and slot.places == frozenset({"world"})


def test_there_stands_for_the_people_named_before_it() -> None:
    slot = quantities("Lowmerians went back to work, despite worries over a flu that has killed up to 63 people there.")[0].slot
    assert slot is not None and slot.places == frozenset({"lowmerians"})
    assert quantities("There were 40 cases in Lowmere.")[0].slot.places == frozenset({"lowmere"})  # type: ignore[union-attr]


def test_a_code_is_no_place_and_a_british_spelling_is_the_same_measure() -> None:
    slot = quantities("The outbreak has left 770 people hospitalised with H1N1 flu.")[0].slot
    assert slot is not None and slot.measure == "hospitalised" and slot.places == frozenset()


def test_an_official_count_below_an_estimate_is_no_conflict() -> None:
    assert kind_after("An estimated 90,000 people were killed by the storm in Lowmere, officials said.",
                      "The official government death toll from the storm in Lowmere rose to 52,000, officials said.") \
        is Kind.NEW


@pytest.mark.parametrize("text", [
    "The number of cases in Lowmere soared to 640 by the weekend, followed on Sunday by a first death.",
    "Officials say four more people have died of the fever, bringing the number of deaths to 21.",
])
def test_a_total_reached_or_brought_to_is_cumulative(text: str) -> None:
    q = [q for q in quantities(text) if q.slot is not None][-1]
    assert q.slot is not None and q.slot.scope == "total"


def test_a_verb_of_rising_is_no_total_without_a_figure() -> None:
    assert all(q.slot is None or q.slot.scope != "total"
               for q in quantities("The singer, who jumped to his death at 27 in Lowmere, had sold 30,000 records."))
