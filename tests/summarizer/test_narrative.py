"""The tense of a sentence's main verb against its article's day (summarizer.narrative)."""
from __future__ import annotations

from datetime import date

from summarizer.narrative import GENERIC, NARRATIVE, NEWS, depth, tense

DAY = date(2031, 3, 12)  # a Wednesday


def test_a_present_of_state_with_no_event_is_generic() -> None:
    assert tense("The old ferry is 40 metres long.", DAY) == GENERIC
    assert tense("There are nine islands in the bay, and Ilha Verde is the largest.", DAY) == GENERIC
    assert tense("The valley depends on tourism and most farms lie empty in winter.", DAY) == GENERIC


def test_an_event_now_a_plan_or_a_report_is_news() -> None:
    assert tense("Divers are searching the harbour for the missing crew.", DAY) == NEWS  # a progressive
    assert tense("The council has closed the bridge to lorries.", DAY) == NEWS  # a present perfect of an action
    assert tense("The mayor is on her way to the flooded quarter.", DAY) == NEWS
    assert tense("The ferry is 40 metres long, the harbour master says.", DAY) == NEWS  # someone says it
    assert tense("The bridge will reopen in May.", DAY) == NEWS
    assert tense("The river is higher today than at any time this winter.", DAY) == NEWS  # anchored on the day


def test_a_simple_past_with_no_recent_anchor_is_narrative() -> None:
    assert tense("The first ferry crossed the bay with twelve passengers.", DAY) == NARRATIVE
    assert tense("The band used a cheap organ and a borrowed drum kit.", DAY) == NARRATIVE
    assert tense("The ferry crossed the bay on Monday.", DAY) == NEWS  # anchored in the last days
    assert tense("A hundred families live on the island.", DAY) == GENERIC  # "hundred" is no past tense


def test_depth_grows_after_the_lead() -> None:
    assert depth(0) == 0.0 and depth(-1) == 0.0
    assert 0.0 < depth(5) < depth(10) < depth(40) == 1.0
