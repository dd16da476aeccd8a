"""Tests for summarizer.standfirst: a headline or standfirst in sentence case run into the lead is cut where the lead
opens (examples invented)."""
from __future__ import annotations

from summarizer.casebreaks import break_case_glued
from summarizer.standfirst import standfirst_seam

_BODY = ["The harbour board met on Monday and the strike in the port went on.",
         "Jo Roe, who leads the dockers, closed the gates and the board closed its offices.",
         "Shipping costs rose again as Lowmere dockers walked out in other port towns."]


def _cut(line: str, word: str) -> bool:
    tokens = line.split()
    return standfirst_seam(tokens, tokens.index(word, 1), "\n".join([line] + _BODY))


def test_a_present_tense_headline_with_a_bare_subject_is_cut_off_a_lead_that_opens_with_a_name() -> None:
    lines = ["Dock strike closes Lowmere port Jo Roe told the harbour board on Monday that the gates would stay shut."] + _BODY
    assert break_case_glued(lines)[:2] == ["Dock strike closes Lowmere port",
                                           "Jo Roe told the harbour board on Monday that the gates would stay shut."]


def test_a_standfirst_after_a_participle_phrase_is_cut_before_a_full_name_after_a_place() -> None:
    line = "Surrounded by reporters, union leader closes hearing with a rally against the plan of Lowmere Jo Roe said " \
           "on Monday that the port would stay shut."
    assert _cut(line, "Jo")
    assert break_case_glued([line] + _BODY)[1].startswith("Jo Roe said on Monday")


def test_a_caption_in_the_present_after_a_standfirst_goes() -> None:
    line = "Surrounded by reporters, union leader closes hearing with a rally in Lowmere Jo Roe addresses the dockers at the gates."
    assert break_case_glued([line] + _BODY)[:2] == ["Surrounded by reporters, union leader closes hearing with a rally in Lowmere",
                                                    _BODY[0]]


def test_prose_a_first_name_or_a_relative_clause_without_that_is_not_cut() -> None:
    assert not _cut("The dock strike closes the port of Lowmere Jo Roe said on Monday, and the board agreed.", "Jo")
    assert not _cut("Backers of union leader Jo Roe have asked the harbour board to reopen the gates.", "Roe")
    assert not _cut("Union leader asks about a visit Jo Roe paid to the gates on the night of the strike.", "Jo")
    assert not _cut("Union leader looks to help Lowmere dockers who walked out on Monday in the strike.", "Lowmere")
    # an "-s" word the article never writes as a verb ("costed", "costing") is a plural noun, no headline's verb
    assert not _cut("Harbour strike costs of the long dispute in Lowmere Jo Roe told the board were too high.", "Jo")
