"""A share already told, though its slot was unclear once (a poll's, a rival's), is no new fact (made-up sentences)."""
from __future__ import annotations

from summarizer.condense import core
from summarizer.models import Kind
from summarizer.novelty import Memory, judge


def _verdict(told: list[str], later: str) -> tuple[bool, Kind]:
    memory = Memory()
    for text in told:
        memory.add(text, "s", "a")
    verdict = judge(later, memory, "s", core(later))
    return verdict.novel, verdict.kind


def test_a_rating_a_poll_told_is_no_new_fact_in_other_words() -> None:
    told = ["A survey released showed Governor Pell's approval ratings stuck at the 14% level."]
    assert _verdict(told, "Governor Pell's approval rating was just 14% in the latest survey.") == (False, Kind.NEW)


def test_a_study_retold_with_a_closed_compound_is_no_new_fact() -> None:
    told = ["A recent study by the Harwood think-tank claimed nearly 7% of nine to 16-year-old Lowmerians play the game."]
    assert not _verdict(told, "A recent study by the Harwood thinktank claimed nearly 7% of 9-16-year-old Lowmerians "
                              "play the game.")[0]


def test_a_rivals_share_told_beside_the_winners_never_comes_back_as_an_update() -> None:
    told = ["Early returns gave Jo Marsh 32.6% of the vote.",
            "The first full results gave Per Lindqvist 51.2% of the votes, against 31.4% for his main rival, Jo Marsh."]
    assert _verdict(told, "With his nearest rival, Jo Marsh, holding just 31.4% of votes, Lindqvist looks set to win.") \
        != (True, Kind.UPDATED)


def test_a_bar_to_pass_is_no_share_told() -> None:
    """"The 50% needed to win outright" is a rule, not a value: a share of that number stays a fact of its own."""
    told = ["Lindqvist's campaign says he will pass the 50% needed to win the Lowmere election outright."]
    assert _verdict(told, "Lindqvist won 50% of the votes in the Lowmere election, the commission said.")[0]


def test_a_share_of_another_thing_is_no_share_told() -> None:
    told = ["Monitors said 100% of votes cast at some Lowmere polling stations went to Lindqvist."]
    assert _verdict(told, "Monitors said some Lowmere polling stations reported 100% turnout for Lindqvist.")[0]


def test_a_final_share_a_few_tenths_off_the_count_so_far_is_news() -> None:
    """"50.4%" after "50.8%" is no value told: both are precise to a tenth (the winner's final share, not a retelling)."""
    told = ["Former mayor Ana Roe led the runoff with 50.8 percent of the vote and 91 percent of ballots counted."]
    later = "Ana Roe won the runoff with 50.4 percent of the vote after all ballots were counted."
    assert _verdict(told, later)[0]
