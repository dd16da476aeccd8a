"""Tests for summarizer.wordfind: a whole word found as ``re`` finds it, patterns built at run time kept."""
import random
import re

import pytest

from summarizer.wordfind import compiled, find_word


def _regex(text: str, word: str) -> tuple[int, int] | None:
    m = re.search(rf"\b{re.escape(word)}\b", text)
    return m.span() if m else None


@pytest.mark.parametrize("text, word", [
    ("Police arrested him", "arrested"), ("rearrested arrested", "arrested"), ("arrested_x arrested", "arrested"),
    ("naïvearrested", "arrested"), ("arrested", "arrested"), ("", "arrested"), ("Ed said", "ed"),
    ("x2arrested arrested2 arrested.", "arrested"), ("café-bar", "café"), ("it's", "s"), ("a.b", "."),
    ("well-known", "-known"), ("x 10 10x", "10"),
])
def test_find_word_agrees_with_the_pattern(text: str, word: str) -> None:
    assert find_word(text, word) == _regex(text, word)


def test_find_word_agrees_on_random_texts() -> None:
    rng = random.Random(3)
    pieces = ["ab", "b", "a", "_", " ", ".", "é", "2", "’", "-"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        word = rng.choice(["ab", "b", "a_b", "é", "ab2", "-a", "a."])
        assert find_word(text, word) == _regex(text, word), (text, word)


def test_compiled_is_kept() -> None:
    assert compiled(r"\bkim\b", re.I) is compiled(r"\bkim\b", re.I)
    assert compiled(r"\bkim\b", re.I).search("KIM said")
    assert compiled(r"\bkim\b").search("KIM said") is None  # the flags are part of the key
