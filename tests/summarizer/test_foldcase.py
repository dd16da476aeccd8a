"""Tests for summarizer.foldcase: a case-insensitive cue read fast must find what its pattern finds."""
import re

import pytest

from summarizer.foldcase import Cue, ascii_lower

SAYS = re.compile(r"\b(?:said|says|according to|I think)\b", re.I)


@pytest.mark.parametrize("text", [
    "The minister SAID on Monday", "According To the police, 12 died", "i think so", "He was Saidov's aide",
    "Nothing here", "", "Kim ſaid it", "The İ think tank", "KELVIN said it",
])
def test_found_agrees_with_the_pattern(text: str) -> None:
    assert Cue(SAYS).found(text, ascii_lower(text)) == (SAYS.search(text) is not None)


def test_non_ascii_text_reads_the_pattern_itself() -> None:
    assert ascii_lower("Kim ſaid it") is None
    assert Cue(SAYS).found("Kim ſaid it", None)  # re.IGNORECASE folds the long s to "s"


def test_ascii_text_is_lowercased() -> None:
    assert ascii_lower("Kim SAID") == "kim said"


@pytest.mark.parametrize("pattern", [
    re.compile(r"\bsaid\b"),  # case-sensitive: lowercasing the text would change it
    re.compile(r"\S+said", re.I),  # an uppercase escape changes meaning when lowercased
    re.compile(r"(?P<Who>\w+) said", re.I),  # a group name would change
    re.compile("\u017fays", re.I),  # the long s folds to an ASCII letter
])
def test_unsafe_patterns_are_refused(pattern: re.Pattern[str]) -> None:
    with pytest.raises(ValueError):
        Cue(pattern)


@pytest.mark.parametrize("text", ["We SAID it, According to Kim.", "nothing", "Kim ſaid it, according to ſources", ""])
def test_search_finds_the_span_the_pattern_finds(text: str) -> None:
    want, got = SAYS.search(text), Cue(SAYS).search(text)
    assert (got.span() if got else None) == (want.span() if want else None)


def test_needed_words_spare_the_search_on_ascii_text_only() -> None:
    cue = Cue(SAYS, needs=("said", "says"))  # a promise the caller makes: here an incomplete one, to show its effect
    assert cue.search("Kim SAID so") is not None and cue.search("According to Kim") is None
    assert cue.search("According to Kim, ſo") is not None  # non-ASCII text reads the pattern itself
    with pytest.raises(ValueError):
        Cue(SAYS, needs=("Said",))
