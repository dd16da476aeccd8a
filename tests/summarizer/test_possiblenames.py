"""Tests for summarizer.possiblenames: which capitalised words could name the person a set-off "he said" means."""
from __future__ import annotations

import pytest

from summarizer.possiblenames import name_candidates
from summarizer.referents import pronoun_speaker


@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Roe will appeal", ["Jo", "Roe"]),
    ("Forty shops closed on the quay", []),
    ("The Dutch sold the port", ["The"]),
    ("Lowmerians voted in Lowmere", ["Lowmerians"]),
    ("The money came from Acme Oil in New Lowmere", ["The"]),
    ("NATO will stay and the U.N. will go", []),
    ("Roe's lawyer will appeal", ["Roe"]),
])
def test_candidates_leave_out_number_words_peoples_acronyms_and_governed_names(text: str, expected: list[str]) -> None:
    assert name_candidates(text) == expected


@pytest.mark.parametrize("line", [
    "Forty shops closed on the quay, he said.",
    "The Dutch sold the port, he said, and kept the ferries.",
    "The cash, he said, had come from a sale by Acme of a barge in Lowmere.",
    "The prices have been higher in New Lowmere, she said.",
])
def test_a_set_off_speaker_is_unnamed_when_the_line_names_no_possible_person(line: str) -> None:
    assert pronoun_speaker(line) is not None


@pytest.mark.parametrize("line", ["Roe will appeal, he said.", "Pistorius, she said, was a hero."])
def test_a_set_off_speaker_may_mean_the_person_the_line_names(line: str) -> None:
    assert pronoun_speaker(line) is None


def test_a_set_off_speaker_may_carry_a_short_setting_but_not_a_clause() -> None:
    assert pronoun_speaker("The ferry will run again, he said on local radio.") is not None
    assert pronoun_speaker("The deal was done abroad, he said in May that it would last.") is None
