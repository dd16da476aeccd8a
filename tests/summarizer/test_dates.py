"""Publication-date lines of articles."""
from __future__ import annotations

import warnings
from datetime import datetime

from summarizer.dates import parse_date_line


def test_a_page_stamp_with_its_clock_first_or_after_at_is_a_date_line() -> None:
    """Pages write their time stamp in many orders: each is the page's date, with its wall-clock time; a sentence
    that only names a date is not one."""
    assert parse_date_line("Updated 3:45 PM EST, Tue March 3, 2026") == datetime(2026, 3, 3, 15, 45)
    assert parse_date_line("Tue 3 Mar 2026 15.45 GMT") == datetime(2026, 3, 3, 15, 45)
    assert parse_date_line("Last updated on 3 March 2026, 09:05") == datetime(2026, 3, 3, 9, 5)
    assert parse_date_line("March 3, 2026 at 12:30 a.m. ET") == datetime(2026, 3, 3, 0, 30)
    assert parse_date_line("Mar 3, 2026 / 3:45 PM EST / Updated 4:10 PM") == datetime(2026, 3, 3, 15, 45)
    assert parse_date_line("The vote is set for March 3, 2026") is None


def test_a_zone_dateutil_cannot_place_is_dropped_without_a_warning() -> None:
    """"ET" is no zone dateutil knows: the wall-clock time is kept and nothing is printed."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parse_date_line("Published March 4, 2026 6:10 a.m. ET") == datetime(2026, 3, 4, 6, 10)
