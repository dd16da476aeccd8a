"""Tests for summarizer.datedopening: an opening that dates its clause months or years back is not cut."""
from __future__ import annotations

import pytest

from summarizer.compress import trim
from summarizer.datedopening import dated_opening


@pytest.mark.parametrize(("opening", "dated"), [
    ("In taking the top job two years ago, ", True),
    ("When he took office last year, ", True),
    ("A decade earlier, ", True),
    ("Months ago, ", True),
    ("In a speech on Monday, ", False),
    ("Two days ago, ", False),
    ("Like last year's vote, ", False),
])
def test_an_opening_months_or_years_back_dates_its_clause(opening: str, dated: bool) -> None:
    assert dated_opening(opening) is dated


def test_a_headline_keeps_the_opening_that_dates_the_clause() -> None:
    dated = "In opening the harbour office two years ago, Jo Roe said she would rebuild the old pier before the winter storms."
    assert trim(dated, set(), [], 70).startswith("In opening the harbour office")
    today = "In a speech at the harbour on Monday, Jo Roe said she would rebuild the old pier before the winter storms."
    assert trim(today, set(), [], 70).startswith("Jo Roe said")
