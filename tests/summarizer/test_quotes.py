"""Quotation spans and protected facts (summarizer.quotes)."""
import re

from summarizer.quotes import occurrences, protected_spans


def test_occurrences_are_what_an_escaped_pattern_finds() -> None:
    text = "The toll (3.5%) rose to 3.5% from 3.5%; 3.5%3.5% twice, aaa then aaaa."
    for needle in ["3.5%", "(3.5%)", "aa", "a", "toll", "missing", "3.5%3.5%"]:
        expected = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]
        assert occurrences(needle, text) == expected, needle
    assert occurrences("aa", "aaaa") == [(0, 2), (2, 4)]  # not overlapping
    assert occurrences("", "abc") == []


def test_protected_spans_hold_quotations_and_every_fact() -> None:
    text = 'Officials said 12 people died, "most of them 12 or younger", and 12 more are missing.'
    spans = protected_spans(text, ["12", ""])
    quote = text.index('"')
    assert (quote, text.index('",') + 1) in spans
    assert [s for s in spans if text[s[0]:s[1]] == "12"] == [(m.start(), m.end()) for m in re.finditer("12", text)]
