"""The reused-buffer splitter returns exactly what blingfire's own wrapper returns, whatever came before."""
from __future__ import annotations

import blingfire

from summarizer.sentences import text_to_sentences

LINES = [
    "The minister resigned on Monday. Talks resume today! Will they last?",
    "A long line, " * 6000 + "then an end. And one more.",  # over the first buffer: it grows
    "Short. Then shorter.",  # after a long one: nothing of the longer output is left over
    "a\0b. c d.",  # a NUL inside: cut where the library's wrapper cuts
    "日本語の文。次の文。",
    "Ünïcødé “quoted.” Here.",
    "x",
]


def test_same_as_blingfire_in_any_order() -> None:
    for lines in (LINES, LINES[::-1]):
        for line in lines:
            assert text_to_sentences(line) == blingfire.text_to_sentences(line)
    assert text_to_sentences(LINES[0]).split("\n") == ["The minister resigned on Monday.", "Talks resume today!",
                                                      "Will they last?"]
