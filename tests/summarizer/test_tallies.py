"""Vote tallies read as one figure, told only by the same tally (made-up sentences)."""
from __future__ import annotations

from summarizer.condense import core
from summarizer.facts import quantities
from summarizer.novelty import Memory, judge
from summarizer.tallies import TALLY, tallies


def _tallies(text: str) -> list[tuple[int, int]]:
    return [(a, b) for _, _, a, b in tallies(text)]


def test_a_tally_is_read_however_it_is_written() -> None:
    assert _tallies("The Lowmere assembly voted 64-31 to censure the mayor.") == [(64, 31)]
    assert _tallies("The mayor was censured by 64 votes to 31, one more than needed.") == [(64, 31)]
    assert _tallies("The council approved the budget by a vote of 1,204 to 96.") == [(1204, 96)]


def test_a_range_a_change_or_a_count_outside_a_vote_is_no_tally() -> None:
    assert _tallies("Between 20 and 30 voters queued; turnout rose from 39 to 31 stations.") == []
    assert _tallies("The vote drew 20 to 30 people.") == []  # a range ascends
    assert _tallies("The ministries were cut from 14 to 9 in the reshuffle.") == []  # no vote, and a change


def test_a_tally_replaces_its_two_counts() -> None:
    found = quantities("The mayor was censured by 64 votes to 31, the clerk said.")
    assert [(q.raw, q.unit, q.slot) for q in found] == [("64 votes to 31", frozenset({TALLY + ":64-31"}), None)]


def _novel(later: str) -> bool:
    memory = Memory()
    memory.add("The Lowmere assembly has voted by 64 to 31 to suspend Mayor Tom Harlow for six months.", "s", "a")
    return judge(later, memory, "s", core(later)).novel


def test_a_tally_told_in_other_words_is_no_new_fact() -> None:
    assert not _novel("The Lowmere assembly suspended Mayor Tom Harlow by 64 votes to 31 in May.")


def test_another_tally_is_news() -> None:
    assert _novel("The Lowmere assembly suspended Mayor Tom Harlow by 70 votes to 25 in May.")
