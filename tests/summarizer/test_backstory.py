"""Backstory cues (summarizer.backstory): a profile or a recap of the story so far, never the day's event."""
from __future__ import annotations

from datetime import datetime

from summarizer.backdrop import cues, probability
from summarizer.backstory import backstory
from summarizer.weights import BACKDROP_BIAS, BACKDROP_COEF, BACKDROP_CUT

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
    assert backstory("The first trial ended with a hung jury.")
    assert backstory("For the second hearing, the lawyers brought new maps.")
    assert backstory("Later, racing for a club in Lyon, he was dropped from the team.")
    assert backstory("The dispute began when the council sold the pier.")
    assert backstory("The guns were seized at the time of his arrest.")


def test_the_day_s_event_is_no_backstory() -> None:
    assert not backstory("The ferry sank off Dover on Tuesday, killing four people.")
    assert not backstory("Marlow was appointed harbour master on Monday.")
    assert not backstory("Police said the driver, then the only passenger, was unhurt.")  # "then" after a comma: a link
    assert not backstory("A witness said she heard a shot, then the hall went silent.")
    assert not backstory("Shares fell 4% in the wake of the report.")
    assert not backstory("The jury will begin deliberating next week.")


def test_the_fit_reads_the_backstory_cue_the_engine_does_not_weigh() -> None:
    line = "Marlow is a shipping lawyer who rose through the ranks of a Leeds firm."
    assert cues(line, DAY, aspect=True)["p_backstory"] == 1.0
    assert cues("The ferry sank off Dover on Tuesday.", DAY, aspect=True)["p_backstory"] == 0.0
    assert "p_backstory" not in cues(line, DAY)  # the engine computes only what its model weighs
    assert "p_backstory" not in BACKDROP_COEF
    coef = {"p_backstory": 2.05}  # the weight benchmarks/backdrop.py fits (--over p_backstory --hold-bias)
    assert probability({"p_backstory": 1.0}, coef, BACKDROP_BIAS) >= BACKDROP_CUT > probability({}, coef, BACKDROP_BIAS)
