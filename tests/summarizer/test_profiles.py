"""Profiles and life stories (summarizer.profiles): a life told apart from news about a person."""
from __future__ import annotations

from datetime import datetime

from summarizer.anchor import anchor
from summarizer.profiles import life_story, profile_share

PUB = datetime(2025, 3, 6, 8, 0)

LIFE = [
    "Marta Novak was born in Gdansk to a family of shipyard workers.",
    "She grew up above her father's bakery and went to school in Sopot.",
    "When she was 17 she won a scholarship to study in Krakow.",
    "She married in 1998 and later became the city's first female engineer.",
    "Her mother, as a teenager, had worked on the docks.",
    "She rose through the ranks of the port authority in the 2000s and ran it by 2015.",
]
REPORT = [
    "Port director Marta Novak resigned on Wednesday after a crane collapse killed two workers.",
    "Police said the crane's operator had been arrested.",
    "The port authority suspended loading at three berths, a spokesman told reporters.",
    "Novak, who grew up in Sopot, said she took responsibility for the failure.",
    "Inspectors will examine 40 cranes of the same model next week.",
    "Unions called a strike for Friday.",
]


def test_life_course_sentences_are_read_as_a_life_story() -> None:
    assert life_story("Nora was the second of five children born to Abel and Ida Crane.")
    assert life_story("The family moved to Lowmere when Nora was six months old.")
    assert life_story("He went to university in Hawaii but left after two terms.")
    assert life_story("As a child he lived in a caravan.")


def test_news_that_names_an_age_or_a_when_clause_is_not_a_life_story() -> None:
    assert not life_story("The bridge collapsed when it was a few hours old in service.")
    assert not life_story("When police were called, the crowd had gone.")
    assert not life_story("He dropped out of the race on Monday.")
    assert not life_story("Cavendish went on to win the stage.")
    assert not life_story("I wasn't born to play it safe.")  # a calling, not a birth
    assert not life_story("It's about time you grew up and trusted your audience.")  # an idiom


def test_a_profile_scores_high_a_report_about_the_same_person_low() -> None:
    assert profile_share(LIFE) >= 0.6
    assert profile_share(REPORT) < 0.2  # "who grew up in Sopot" once, in passing
    assert profile_share(LIFE[:3]) == 0.0  # too short to judge


def test_a_life_sentence_is_background_but_a_life_named_in_a_relative_clause_is_not() -> None:
    assert anchor("Nora was the second of five children born to Abel and Ida Crane.", PUB).background >= 0.5
    assert anchor("She went to university in Hawaii but left after two terms.", PUB).background >= 0.5
    assert anchor("Novak, who grew up in Sopot, resigned as port director.", PUB).background < 0.5
    assert anchor("Her brother said she grew up in Sopot.", PUB).background < 0.5  # reported speech of today


def test_a_raised_concern_is_not_an_upbringing() -> None:
    assert not life_story("Doubts were raised about his testimony.")
    assert life_story("She was born and raised in Independence, Kansas.")
    assert life_story("He was raised by his grandmother in Lagos.")


def test_a_birth_told_in_a_perfect_participle_is_a_life_told() -> None:
    """ "having been born without" tells a birth as "was born" does; a birth announced now ("has been born") is news,
    "a doctrine had been born" a figure of speech."""
    assert life_story("The swimmer lost a foot in infancy, having been born with a rare bone condition.")
    assert not life_story("By spring it seemed that a new doctrine had been born.")  # a figure of speech
    assert not life_story("A baby girl has been born at a city hospital, officials said.")
