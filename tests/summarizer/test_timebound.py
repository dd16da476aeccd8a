"""A trailing comma piece that names a point in time (summarizer.timebound) is no subordinate clause to cut."""
from __future__ import annotations

from summarizer.compress import edits
from summarizer.condense import condense
from summarizer.timebound import time_bound


def _cuts(text: str) -> list[str]:
    return [text[e.start:e.end] for e in edits(text)]


def test_a_point_in_time_after_the_bound_word() -> None:
    assert time_bound("until June to give both sides more time")
    assert time_bound(" until 5pm on Friday")
    assert time_bound("before the end of the year")
    assert time_bound("until mid-March")


def test_a_clause_after_the_bound_word() -> None:
    assert not time_bound("until the talks resume")
    assert not time_bound("before he left the city")
    assert not time_bound("until maybe later")
    assert not time_bound("since early screening is always cheaper")
    assert not time_bound("since this depends on the weather")
    assert time_bound("until late last year")


def test_the_date_a_delay_runs_to_stays_in_the_line() -> None:
    s = ("A city court has postponed the fraud trial of the former mayor, Paul Ardley, until June to give both sides "
         "more time to prepare.")
    assert ", until June to give both sides more time to prepare" not in _cuts(s)
    assert "until June" in condense(s)


def test_a_trailing_clause_after_until_still_goes() -> None:
    s = ("The regional board has delayed the vote on the new harbour bridge plan, until the spring session of the "
         "assembly resumes.")
    assert ", until the spring session of the assembly resumes" in _cuts(s)
    assert condense(s) == "The regional board has delayed the vote on the new harbour bridge plan."
