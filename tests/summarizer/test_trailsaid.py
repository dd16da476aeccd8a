"""A trailing attribution goes; a saying that is the main clause stays (made-up sentences)."""
from __future__ import annotations

import pytest

from summarizer.trailsaid import without_trailing_said


@pytest.mark.parametrize("text, told", [
    ("The toll rose to 31, an unnamed source told AP.", "The toll rose to 31."),
    ("The toll rose to 31, officials said on Tuesday.", "The toll rose to 31."),
    ("Kim resigned, according to the UN refugee agency UNHCR.", "Kim resigned."),
])
def test_a_trailing_attribution_goes(text: str, told: str) -> None:
    assert without_trailing_said(text) == told


@pytest.mark.parametrize("text", [
    "On Friday, Harwood Bank said it would pay $3bn to end the claims.",
    "Harwood Pharma, which makes a rival drug, said there was no sign of resistance.",
    "His neighbours, the Pells, said lights were on.",
])
def test_a_saying_that_is_the_main_clause_stays(text: str) -> None:
    assert without_trailing_said(text) == text
