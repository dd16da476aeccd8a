"""A headline with its own verb run into a lead that names the headline's subject again (summarizer.namelead);
invented sentences."""
from __future__ import annotations

import pytest

from summarizer.glue import split_glued
from summarizer.namelead import name_lead


@pytest.mark.parametrize("sentence, lead", [
    ("Jo Roe says she now feels a lot better Six-year-old Jo Roe fell ill in early May after a trip.",
     "Six-year-old Jo Roe fell ill in early May after a trip."),
    ("Singers performed her old hits at the start of the show Singers have been remembering Ann Poe in Leeds.",
     "Singers have been remembering Ann Poe in Leeds."),
    ("Bella is weak and has a wound on her leg Bella is carried out of the tent by nurses.",
     "Bella is carried out of the tent by nurses."),
    ("JO ROE - FIRST CONFIRMED CASE Jo Roe says he now feels a lot better Six-year-old Jo Roe fell ill in early May.",
     "Six-year-old Jo Roe fell ill in early May."),
])
def test_cut_before_the_lead(sentence: str, lead: str) -> None:
    assert split_glued(sentence, True)[-1] == lead


@pytest.mark.parametrize("sentence", [
    "Acme says the deal Acme signed last year was fair to all its staff.",  # a relative clause with no "that"
    "Acme claims that the use of the name breaks a mark Acme took out six years ago.",
    "Acme is buying the unit while former parent Acme tried to buy the rest of the firm.",  # an open clause
    "Acme hires actor Acme Jones who will star in the new advert next year.",  # a role before a name
    "Acme wants to help Acme Bank recover its losses from the crash of last year.",  # an infinitive's object
    "Jo Roe was born in Leeds Six-year-old Ann Poe fell ill in early May after a trip.",  # another subject
])
def test_no_cut_inside_one_sentence(sentence: str) -> None:
    tokens = sentence.split()
    assert not any(name_lead(tokens, i) for i in range(2, len(tokens)))
