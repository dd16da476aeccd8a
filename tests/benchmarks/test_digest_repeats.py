"""The within-digest repeat counter finds lines sharing most content words (made-up lines)."""
from benchmarks.digest_repeats import pairs


def test_a_retold_line_is_paired_and_another_fact_is_not() -> None:
    items = [{"text": "Halvorsen posted online for the first time in a year, sharing a letter to his fans."},
             {"text": "Halvorsen posted online for the first time in a year."},
             {"text": "The Tessin court fined the Corvane bank for hiding losses from its investors."}]
    found = pairs(items, 0.6)
    assert [(a, b) for _, a, b in found] == [(0, 1)]
    assert found[0][0] == 1.0
