"""General ledes (summarizer.generallede): a general statement first gives way to a dated report of its story."""
from __future__ import annotations

import pytest

from summarizer.generallede import general_lede, general_subject, named_subject, tells_day
from summarizer.ledeform import feature_after, reports
from summarizer.models import Item, Kind, StoryDigest

GENERAL = "The hectic pace of the flood has forced the water board and the council to make hurried choices."
DATED = "The mayor of Tarnow has closed the old bridge after engineers found cracks in two of its piers."
DATED_SOURCE = "Last night, the mayor of Tarnow closed the old bridge after engineers found cracks in two of its piers."
UNDATED = "The mayor of Tarnow has asked engineers to inspect the new bridge over the Dunajec."  # a report, no day


@pytest.mark.parametrize("text", [
    GENERAL,
    "The response to the worst drought in decades has been shaped by a small team of engineers.",
    "A wave of anger over the closures has swept the river towns.",
])
def test_a_general_statement_is_read(text: str) -> None:
    assert general_lede(text)


@pytest.mark.parametrize("text,source", [
    ("The mayor of Tarnow has closed the old bridge over the river.", ""),  # a name before the verb: an actor
    ("The toll of the flood has risen to 40 in the river towns.", ""),  # a figure: a report's count
    ("The pace of the flood forced the council to act on Tuesday.", ""),  # a day told
    (GENERAL, "On Tuesday the hectic pace of the flood forced the water board to act."),  # its source tells a day
    ("The pace of the flood has forced the council to act, officials said.", ""),  # attributed
    ("Engineers have closed the old bridge over the river.", ""),  # no article opens it: no general subject
    ("The “hectic pace” of the flood has forced the board to act.", ""),  # quoted words: a speaker's
])
def test_a_report_line_is_no_general_statement(text: str, source: str) -> None:
    assert not general_lede(text, source)


def test_the_subject_is_read_up_to_the_main_verb() -> None:
    assert general_subject(GENERAL)
    assert not general_subject("The crew of the Tarnow ferry have rescued two anglers.")
    assert not general_subject("The hectic pace of the flood.")  # no finite verb: no clause
    assert not general_subject("A letter signed by the Tarnow anglers has been delivered to the council.")  # an agent
    assert named_subject("Tarnow has closed the bridge.") and not named_subject(GENERAL)
    assert tells_day(DATED_SOURCE) and tells_day("The board met on Tuesday.") and not tells_day(DATED)
    assert reports(DATED) and reports(UNDATED)  # both report: only the day tells them apart below


def _story(*items: tuple[str, str]) -> StoryDigest:
    return StoryDigest("s", "s", [Item(Kind.NEW, t, key=t, sentence=s) for t, s in items])


def test_the_lead_storys_general_first_line_trades_places_with_a_dated_report() -> None:
    colour = ("The quay was crowded with people in boots.", "")
    story = _story((GENERAL, GENERAL), colour, (UNDATED, UNDATED), (DATED, DATED_SOURCE))
    feature_after([story])
    assert [i.text for i in story.items] == [DATED, colour[0], UNDATED, GENERAL]  # shown, not hidden


def test_a_general_first_line_with_no_dated_report_or_not_leading_stays() -> None:
    alone = _story((GENERAL, GENERAL), (UNDATED, UNDATED))
    feature_after([alone])
    assert alone.items[0].text == GENERAL  # an undated report does not take its place
    lead, second = _story((DATED, DATED_SOURCE)), _story((GENERAL, GENERAL), (DATED, DATED_SOURCE))
    feature_after([lead, second])
    assert second.items[0].text == GENERAL  # only the lead story's first line gives way
    changed = StoryDigest("s", "s", [Item(Kind.UPDATED, GENERAL, key="g", sentence=GENERAL),
                                     Item(Kind.NEW, DATED, key="d", sentence=DATED_SOURCE)])
    feature_after([changed])
    assert changed.items[0].text == GENERAL  # a changed figure first stays first
