"""Backstory cues (summarizer.backstory): a profile or a recap of the story so far, never the day's event."""
from __future__ import annotations

from datetime import datetime

from summarizer.backdrop import cues, probability
from summarizer.backstory import backstory
from summarizer.weights import BACKDROP_COEF, BACKDROP_CUT

DAY = datetime(2031, 3, 12, 9, 0)


def test_a_profile_by_role_career_former_post_or_age() -> None:
    assert backstory("Marlow is a shipping lawyer who rose through the ranks of a Leeds firm.")
    assert backstory("Tindall, 58, is a retired surveyor whose brother runs the ferry.")
    assert backstory("The inquiry is chaired by Ruth Okafor, a judge from Bristol.")
    assert backstory("Sun Li, a former harbour master, sits on the board.")
    assert backstory("The then transport minister opened the line.")
    assert backstory("Okafor was previously head of the coastguard.")
    assert backstory("Just 24 years old, she had never sailed before.")
    assert backstory("He went on to coach the national crew.")


def test_a_recap_of_an_earlier_round_a_narrative_link_or_how_it_began() -> None:
    assert backstory("The first hearing ended with a split jury.")
    assert backstory("The previous inquiry was led by a judge from Cardiff.")
    assert backstory("Later, racing for a club in Lyon, he was dropped from the team.")
    assert backstory("The dispute began when the council sold the pier.")
    assert backstory("The boats were impounded at the time of his arrest.")


def test_the_day_s_event_is_no_backstory() -> None:
    assert not backstory("The ferry sank off Dover on Tuesday, killing four people.")
    assert not backstory("Marlow was appointed harbour master on Monday.")
    assert not backstory("Police said the driver, then the only passenger, was unhurt.")  # "then" after a comma: a link
    assert not backstory("A witness said she heard a shot, then the hall went silent.")
    assert not backstory("Shares fell 4% in the wake of the report.")
    assert not backstory("The jury will begin deliberating next week.")


def test_the_words_of_a_backstory_inside_news_are_no_backstory() -> None:
    # an epithet appositive beside an event: the event is the news
    assert not backstory("The mayor has appointed Sun Li, a former harbour master, to run the port.")
    assert not backstory("The plan was criticised by Tom Hale, the former harbour master.")
    # an age named in a subordinate clause; an epidemic's first case; a reported recap; a recap of the last days
    assert not backstory("The suit was filed as fans marked the anniversary of his death at the age of 50.")
    assert not backstory("Portugal recorded its first case of the virus.")
    assert not backstory("The skipper, the harbour master said, went on to sail alone.")
    assert not backstory("Later, on Monday, the council closed the bridge.", DAY)
    # an epithet after the main verb names someone else in passing; "went on to" a reporting verb continues a report
    assert not backstory("The plan is discussed in a report seen by the judge, Ann Roe, a former sailor.")
    assert not backstory("The skipper, who went on to tell the jurors of the storm, looks tired.")


def test_the_engine_weighs_the_backstory_cue() -> None:
    line = "Marlow is a shipping lawyer who rose through the ranks of a Leeds firm."
    assert cues(line, DAY)["p_backstory"] == 1.0
    assert cues("The ferry sank off Dover on Tuesday.", DAY)["p_backstory"] == 0.0
    assert BACKDROP_COEF["p_backstory"] > 0
    assert probability({"p_backstory": 1.0}) >= BACKDROP_CUT > probability({})
