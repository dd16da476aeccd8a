"""The within-digest repeat counter finds lines sharing most content words (made-up lines)."""
from benchmarks.digest_repeats import events, pairs


def test_a_retold_line_is_paired_and_another_fact_is_not() -> None:
    items = [{"text": "Halvorsen posted online for the first time in a year, sharing a letter to his fans."},
             {"text": "Halvorsen posted online for the first time in a year."},
             {"text": "The Tessin court fined the Corvane bank for hiding losses from its investors."}]
    found = pairs(items, 0.6)
    assert [(a, b) for _, a, b in found] == [(0, 1)]
    assert found[0][0] == 1.0


def test_an_event_told_in_other_words_is_paired_by_its_signature() -> None:
    items = [{"text": "Maria Kovac apologised to the staff of her Brightwater charity before a television interview."},
             {"text": "The Tessin court fined the Corvane bank for hiding losses from its investors."},
             {"text": "The disgraced founder addressed a tearful meeting of Brightwater staff and said “I'm sorry”."}]
    assert [(a, b) for _, a, b in events(items)] == [(0, 2)]
    assert pairs(items, 0.6) == []  # too few shared words for the word count
