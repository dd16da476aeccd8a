"""An opening frame pointing back from the report's moment: "Earlier this month, ...", "Until now, ..." (occasion)."""
from __future__ import annotations

from datetime import date

from summarizer.backdrop import cues as backdrop_cues
from summarizer.backdrop import probability
from summarizer.occasion import occasion

DAY = date(2031, 3, 12)  # a Wednesday


def test_a_frame_pointing_back_is_an_earlier_occasion() -> None:
    assert occasion("Earlier this month, the council opened an inquiry into the contract.", DAY)
    assert occasion("Earlier this year the mayor called for a faster timetable.", DAY)
    assert occasion("Until now, the minister has not been accused of any crime.", DAY)
    assert occasion("At the time, the firm denied any wrongdoing.", DAY)
    assert occasion("Back in 2019, the club was close to bankruptcy.", DAY)
    assert occasion("Back then, the port handled a tenth of the trade.", DAY)
    assert occasion("Previously, the board had rejected two offers.", DAY)
    assert occasion("“Until now we had no warehouse for the food,” the aid worker said.", DAY)  # an opening quote mark


def test_a_span_of_the_story_past_is_an_earlier_occasion() -> None:
    assert occasion("During his career, the lawyer sued three governments.", DAY)
    assert occasion("Over the past two decades, the firm grew tenfold.", DAY)
    assert occasion("During the boom years, the bank could do no wrong.", DAY)


def test_a_frame_of_the_last_days_or_the_same_day_is_no_earlier_occasion() -> None:
    assert not occasion("Earlier today, police said they had arrested a man.", DAY)
    assert not occasion("Earlier on Tuesday, the mayor resigned.", DAY)
    assert not occasion("Earlier, police said they had arrested a man.", DAY)  # earlier the same day, in a report
    assert not occasion("Earlier reports said the bridge had collapsed.", DAY)  # an adjective, no frame
    assert not occasion("Until now, the minister has been accused of nothing, she said on Tuesday.", DAY)
    assert not occasion("During the hearing on Monday, the judge said the case would go on.", DAY)


def test_an_occasion_named_alone_a_plan_or_what_followed_is_no_earlier_occasion() -> None:
    assert not occasion("During the hearing, prosecutors said the killing was planned.", DAY)  # the day's hearing?
    assert not occasion("Until then, the suspect will remain in custody.", DAY)  # a plan
    assert not occasion("Since then, two more countries have confirmed cases.", DAY)  # the update itself
    assert not occasion("Back in the capital, the minister met the press.", DAY)  # a place
    assert not occasion("Following the vote, the leader called for unity.", DAY)
    assert not occasion("The council opened an inquiry earlier this month.", DAY)  # no opening frame


def test_the_backdrop_weighs_an_earlier_occasion() -> None:
    text = "Until now, the minister has not been accused of any crime."
    feats = backdrop_cues(text, DAY)
    assert feats["f_occasion"] == 1.0
    assert backdrop_cues("The minister has not been accused of any crime.", DAY)["f_occasion"] == 0.0
    assert probability(feats) > probability({**feats, "f_occasion": 0.0})
