"""Tests for summarizer.literals: strings one of which every match of a pattern holds, never a guess."""
import random
import re

import pytest

from summarizer.foldcase import Cue, ascii_lower
from summarizer.literals import required


@pytest.mark.parametrize("source, strings", [
    (r"\bsince\b", ("since",)),
    (r"\b(?:said|says|told)\b", ("said", "says", "told")),  # the parser pulls "sa" out of said|says: multiplied back
    (r"\b(?:last|past) (?:week|year)\b", ("last week", "last year", "past week", "past year")),
    (r"\bthe (?:early |late )?(?:19|20)\d0s\b",
     ("the 19", "the 20", "the early 19", "the early 20", "the late 19", "the late 20")),
    (r"\bthe (?:early |late )?\d0s\b", ("the ",)),  # "the early" holds "the ": the shorter is enough
    (r"\bmins?\b", ("min",)),
    (r"(?<=born )in\b", ("born ",)),  # a lookbehind's text is in the text too
])
def test_required_strings(source: str, strings: tuple[str, ...]) -> None:
    assert required(source) == strings


@pytest.mark.parametrize("source", [
    r"\d+", r"\b(?:one|\d)\b",  # a branch that needs no literal
    r"(?:said)?\s+\w+",  # an optional part
    r"\b(?:a|an)\b",  # too short to spare a search
    r"(?!said)\w+",  # a negative lookahead needs nothing
    r"\w{2}",
])
def test_nothing_when_a_match_needs_no_string(source: str) -> None:
    assert required(source) == ()


def test_ignorecase_gives_nothing() -> None:
    assert required(r"\bsaid\b", re.I) == ()


WORDS = "said says told the a early late last week past year since 1990s 2000s born in min mins was were".split()
PATTERNS = [r"\b(?:said|says|told)\b", r"\b(?:last|past) (?:week|year)\b", r"\bthe (?:early |late )?(?:19|20)\d0s\b",
            r"\bmins?\b", r"(?<=born )in\b", r"\b(?:was|were) born\b|\bborn (?:in|on)\b", r"(?:says?|told) (?:the )?\w+"]


@pytest.mark.parametrize("source", PATTERNS)
def test_every_match_holds_a_required_string(source: str) -> None:
    needs, pattern, rng = required(source), re.compile(source), random.Random(7)
    assert needs
    for _ in range(3000):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 8)))
        if pattern.search(text):
            assert any(s in text for s in needs), text


def test_a_cue_reads_its_strings_from_its_pattern() -> None:
    cue = Cue(re.compile(r"\b(?:yesterday|last night)\b", re.I))
    assert cue.needs == ("last night", "yesterday")
    for text in ["Police said LAST NIGHT that", "nothing at all", "Yesterday's vote", "the nightly news"]:
        assert cue.found(text, ascii_lower(text)) == (cue.pattern.search(text) is not None)


def test_given_strings_are_kept() -> None:
    assert Cue(re.compile(r"\bsaid\b", re.I), needs=("sai",)).needs == ("sai",)
