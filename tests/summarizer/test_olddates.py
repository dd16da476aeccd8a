"""Old dates (summarizer.olddates): the latest time a sentence tells is weeks before its publication day."""
from __future__ import annotations

from datetime import date, datetime

from summarizer.backdrop import cues
from summarizer.olddates import old_date, weeks_back

DAY = datetime(2031, 5, 9, 9, 0)


def test_a_time_weeks_back_is_old() -> None:
    assert old_date("The ferry company was fined in a hearing on 17 April.", DAY)
    assert old_date("In February he called for the harbour master to resign.", DAY)
    assert old_date("The council sold the pier on March 2.", date(2031, 5, 9))


def test_the_last_week_is_not_old() -> None:
    assert not old_date("The ferry company was fined on Tuesday.", DAY)
    assert not old_date("The ferry company was fined in a hearing on 6 May.", DAY)
    assert not old_date("The ferry company was fined in a hearing on 28 April.", DAY)
    assert not old_date("The ferry company was fined on 17 April and again on Wednesday.", DAY)


def test_no_time_or_no_day_is_not_old() -> None:
    assert not old_date("The ferry company was fined.", DAY)
    assert not old_date("The ferry company was fined in a hearing on 17 April.", None)


def test_reported_planned_or_ahead_is_not_old() -> None:
    assert not old_date("The captain told the court he had seen the pier on 17 April.", DAY)
    assert not old_date("The next hearing was scheduled for 4 June.", DAY)
    assert not old_date("The pier will stay shut until March.", DAY)
    assert not old_date("The harbour has been closed since 17 April.", DAY)


def test_the_backdrop_cue() -> None:
    assert cues("The ferry company was fined in a hearing on 17 April.", DAY)["t_old_date"] == 1.0
    assert cues("The ferry company was fined on Tuesday.", DAY)["t_old_date"] == 0.0


def test_an_assertion_a_report_or_a_remark_is_not_old() -> None:
    assert not old_date("The ferry company asserted that the council broke its March 2 deal.", DAY)
    assert not old_date("The clerk reportedly holds minutes dated March 2031.", DAY)
    assert not old_date("The mayor added he regretted the council had waited until the storm of 2 March.", DAY)
    assert not old_date("The captain is planning to sail again in July, though the pier was shut in March.", DAY)


def test_a_time_in_a_side_clause_is_not_old() -> None:
    assert not old_date("The guard was the first to reach the pier after the captain called for help on 2 March.", DAY)
    assert old_date("On 2 March the guard reached the pier, before anyone else.", DAY)
    assert not old_date("The guard met the captain in March and hired him before sailing with him on Tuesday.", DAY)


def test_earlier_this_month_is_not_old() -> None:
    assert not old_date("Earlier this month the ferry company was fined.", DAY)


def test_a_past_weeks_back_with_no_day_is_an_earlier_step() -> None:
    assert weeks_back("Last week the harbour master resigned over the pier collapse.", DAY)
    assert weeks_back("The ferry company was fined two weeks ago.", DAY)
    assert weeks_back("The pier closed ten days ago.", DAY)
    assert cues("Last week the harbour master resigned.", DAY)["t_weeks_back"] == 1.0


def test_a_past_of_the_last_days_or_a_saying_is_not_weeks_back() -> None:
    assert not weeks_back("Police arrested two men on Tuesday.", DAY)
    assert not weeks_back("The ferry company was fined three days ago.", DAY)
    assert not weeks_back("Last weekend the harbour master resigned.", DAY)
    assert not weeks_back("Earlier this month, the council sold the pier to a developer.", DAY)
    assert not weeks_back("Last week the harbour master said he would resign.", DAY)
    assert not weeks_back("The mayor protested on Thursday against last week's vote.", DAY)
    assert not weeks_back("The harbour master resigned last week.", None)
    assert cues("Police arrested two men on Tuesday.", DAY)["t_weeks_back"] == 0.0


def test_weeks_back_in_a_side_clause_or_a_plan_is_not_read() -> None:
    assert not weeks_back("The ferry, which sank two weeks ago, was raised at dawn.", DAY)
    assert not weeks_back("The pier reopened after it was shut last week.", DAY)
    assert not weeks_back("Last week the council voted and is expected to sell the pier.", DAY)
    assert not weeks_back("The council will sell the pier, as it promised last week.", DAY)
