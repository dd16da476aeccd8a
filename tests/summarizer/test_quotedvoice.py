"""A speaker's first- or second-person words inside a quotation over several sentences are no digest line."""
from __future__ import annotations

from summarizer.quotedvoice import voiced_inside

OPEN = 'The mayor of Lowmere spoke to the council on Monday: " The floods took everything from the valley.'
CLOSE = 'Nobody will be left behind, " she said.'


def test_first_person_inside_a_quotation_over_sentences() -> None:
    texts = [OPEN, "We have lost two bridges and a school.", "I want the army here by Friday.",
             "The river is still rising.", CLOSE, "The army sent two units on Tuesday."]
    assert voiced_inside(texts) == [False, True, True, False, False, False]


def test_quotation_closed_by_a_bare_mark_counts_its_last_sentence() -> None:
    texts = [OPEN, "We will rebuild the school by spring. \"", "The army sent two units on Tuesday."]
    assert voiced_inside(texts) == [False, True, False]


def test_no_run_when_the_quotation_never_closes_or_runs_too_long() -> None:
    assert voiced_inside([OPEN, "We have lost two bridges.", "I want the army here."]) == [False, False, False]
    long = [OPEN] + ["We have lost another bridge."] * 13 + [CLOSE]
    assert not any(voiced_inside(long))


def test_a_sentence_that_names_its_speaker_or_a_regnal_numeral_stays() -> None:
    texts = [OPEN, "We have lost two bridges, the mayor added.", "It was the worst since World War I ended.",
             "The US will send help to us soon.", CLOSE]
    assert voiced_inside(texts) == [False, False, False, True, False]


def test_first_person_outside_any_quotation_is_left_to_other_stages() -> None:
    assert voiced_inside(["We have lost two bridges.", "The army sent two units."]) == [False, False]
