"""Calendar days read as facts: which mentions are days, and when two name one day."""
from __future__ import annotations

import pytest

from summarizer.dayfacts import days


@pytest.mark.parametrize("text, expected", [
    ("Putin sent his message on December 18.", [(12, 18, None)]),
    ("The letter arrived on Dec. 25, state media said.", [(12, 25, None)]),
    ("The letter arrived on 18 December, state media said.", [(12, 18, None)]),
    ("It was signed on June 19, 2024 in Pyongyang.", [(6, 19, 2024)]),
    ("Talks on Dec 5 and on January 3rd failed.", [(12, 5, None), (1, 3, None)]),
])
def test_day_mentions(text: str, expected: list[tuple[int, int, int | None]]) -> None:
    assert [(d.month, d.day, d.year) for d in days(text)] == expected


def test_may_the_verb_is_not_a_day() -> None:
    assert days("Officials may 5 times revise the figure.") == []


def test_same_day_ignores_missing_year() -> None:
    (a,) = days("It happened on December 18.")
    (b,) = days("It happened on 18 December 2025.")
    (c,) = days("It happened on December 25.")
    assert a.same_day(b) and not a.same_day(c)


def test_day_mentions_need_a_digit() -> None:
    from summarizer.dates import day_mentions
    from summarizer.dayfacts import _day_spans

    assert [m[:3] for m in day_mentions("Talks open on May 4, 2009 and end 5 June.")] == [(5, 4, 2009), (6, 5, None)]
    assert day_mentions("Talks open in May and end in June.") == [] and _day_spans("Talks open in May.") == []
    assert [m.group(0) for m in _day_spans("It ended on 5 June.")] == ["5 June."]
