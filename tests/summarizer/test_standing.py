"""A standing position, the universal perfect: "has always denied", "has never held office" (summarizer.standing)."""
from __future__ import annotations

from datetime import date

from summarizer.aspect import cues as aspect_cues
from summarizer.backdrop import cues as backdrop_cues
from summarizer.standing import standing

DAY = date(2031, 3, 12)  # a Wednesday


def test_a_perfect_over_all_the_time_up_to_now_is_a_standing_position() -> None:
    assert standing("The skier has always denied taking banned drugs.", DAY)
    assert standing("The mayor has never held elected office.", DAY)
    assert standing("The ministry has consistently said the water is safe to drink.", DAY)
    assert standing("Officials have repeatedly declined to answer questions about the contract.", DAY)
    assert standing("The firm, which was founded in 1990, has steadfastly refused to name its clients.", DAY)


def test_a_record_broken_is_no_standing_position() -> None:
    assert not standing("The valley has never before seen such floods.", DAY)
    assert not standing("The river has never been higher.", DAY)
    assert not standing("The little port has never enjoyed quite so much attention.", DAY)


def test_what_someone_says_or_a_subordinate_clause_is_no_standing_position() -> None:
    assert not standing("The coach said he has always trusted his players.", DAY)  # a statement of the day
    assert not standing("He has never conceded that to the judges, the prosecutor says.", DAY)  # a trailing teller
    assert not standing("The leader demanded to know why the minister has repeatedly maintained that.", DAY)
    assert not standing("“We have always paid our taxes,” the owner told the hearing.", DAY)  # inside quotes
    assert not standing("The skier has always denied doping, he told reporters yesterday.", DAY)


def test_an_anchor_of_the_last_days_or_a_plain_perfect_is_no_standing_position() -> None:
    assert not standing("The ministry has repeatedly warned residents since Monday.", DAY)
    assert not standing("The skier has denied taking banned drugs.", DAY)  # the day's report as often as not


def test_the_backdrop_reads_a_standing_position_as_a_state() -> None:
    text = "The skier has always denied taking banned drugs."
    assert aspect_cues(text, DAY)["a_state"] == 1.0  # "denied" alone would read as a statement, not a state
    assert backdrop_cues(text, DAY)["a_state"] == 1.0
    assert aspect_cues("The skier has denied taking banned drugs.", DAY)["a_state"] == 0.0
