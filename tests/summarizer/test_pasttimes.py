"""Past times told without a calendar day (summarizer.pasttimes) and how time anchoring reads them."""
from __future__ import annotations

from datetime import date, datetime

from summarizer.anchor import anchor
from summarizer.pasttimes import month_days, relative_past

MAY = date(2021, 5, 20)


def test_an_earlier_month_of_the_year_is_read_from_its_fifteenth() -> None:
    assert month_days("In March the council closed the bridge.", MAY) == [(MAY - date(2021, 3, 15)).days]
    assert month_days("During February the plant shut.", MAY) == [(MAY - date(2021, 2, 15)).days]
    assert month_days("The mayor has been in office since January.", MAY) == []  # a span up to now


def test_a_later_month_is_last_year_only_with_a_past_action_or_last() -> None:
    assert month_days("In December he called for the minister to resign.", MAY) == [(MAY - date(2020, 12, 15)).days]
    assert month_days("Last November the plant shut.", MAY) == [(MAY - date(2020, 11, 15)).days]
    assert month_days("The mayor faces re-election in November.", MAY) == []


def test_the_publication_month_a_plan_and_a_dated_month_read_no_month() -> None:
    assert month_days("In May the river rose.", MAY) == []  # this month: which days is not said
    assert month_days("Last May the river rose.", MAY) == [(MAY - date(2020, 5, 15)).days]
    assert month_days("The two men are due to appear in court in March.", MAY, future=True) == []
    assert month_days("The bridge closed on March 3.", MAY) == []  # a calendar day: read by summarizer.dates
    assert month_days("The bridge closed in March 2019.", MAY) == []  # a month with its year: read by anchor
    assert month_days("The loan runs until December.", MAY) == []  # a horizon, not a time told
    assert month_days("Officials may close the bridge.", MAY) == []


def test_a_month_dating_a_side_event_or_a_relative_clause_is_not_read() -> None:
    assert month_days("The minister visited the site, which fell behind after a fatal accident in March.", MAY) == []
    assert month_days("The man, held since his extradition in April, was ordered to undergo tests.", MAY) == []
    assert month_days("The governor - who faces a vote in November - declared the road open.", MAY) == []
    assert month_days("The governor declared the road open in March.", MAY) == [(MAY - date(2021, 3, 15)).days]


def test_a_running_span_or_a_comparison_base_dates_no_news() -> None:
    toll = "Cases have climbed to 1,362 since the first one was logged in December from 217 counted by the agency in early March."
    assert month_days(toll, MAY) == []
    assert month_days("Sales fell to 40 from 95 reported by the firm in March.", MAY) == []
    assert month_days("The first case was recorded in December.", MAY) == [(MAY - date(2020, 12, 15)).days]


def test_a_month_two_back_makes_a_sentence_stale_and_background() -> None:
    a = anchor("In February he called for the minister to resign.", datetime(2021, 5, 20, 9, 0))
    assert a.stale and a.days_before is not None and a.days_before > 30
    assert a.background >= 0.3
    assert not anchor("He called for the minister to resign.", datetime(2021, 5, 20, 9, 0)).stale


def test_a_time_counted_from_another_past_event_tells_the_past() -> None:
    assert relative_past("Two years later a local builder was appointed to chair the fund.")
    assert relative_past("He won the race again the following year.")
    assert relative_past("The test was introduced that year.")
    assert relative_past("The bank had cut 300 jobs a decade earlier.")


def test_a_base_of_comparison_or_a_time_forward_to_the_news_is_no_relative_past() -> None:
    assert not relative_past("Ferry bookings fell 14 percent from the level a year earlier.")
    assert not relative_past("Exports halved compared with a year earlier.")
    assert not relative_past("The ruling comes two years after the crash.")
    assert not relative_past("The virus could infect a third of people in the next year.")
    assert not relative_past("Police said the man was at home at the time of the shooting.")


def test_a_recap_placed_years_later_is_buried_as_background() -> None:
    pub = datetime(2021, 5, 20, 9, 0)
    assert anchor("Two years later a local builder was appointed to chair the fund.", pub).background >= 0.5
    assert anchor("A local builder was appointed to chair the fund.", pub).background == 0.0
    assert anchor("Two years later, he told the court on Monday, the fund was closed.", pub).background < 0.5
