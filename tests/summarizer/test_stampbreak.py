"""A time stamp glued inside a line cuts it: the page's head and the body go on as lines of their own."""
from __future__ import annotations

from summarizer.clean import clean_text
from summarizer.stampbreak import break_at_stamps


def test_a_glued_stamp_cuts_the_headline_off_the_lead() -> None:
    line = "Town to reopen its old bridge Monday 7 March 2005 10.15 GMT The council has agreed to reopen the bridge."
    assert break_at_stamps(line) == ["Town to reopen its old bridge", "The council has agreed to reopen the bridge."]


def test_an_updated_stamp_is_a_seam_too() -> None:
    line = "Mayor quits, says aide Page last updated at 13:40 GMT, Wednesday, 16 June 2010 14:40 UK The mayor resigned."
    assert break_at_stamps(line) == ["Mayor quits, says aide", "The mayor resigned."]


def test_a_line_without_a_stamp_is_unchanged() -> None:
    line = "On Monday the council met for two hours and agreed to reopen the bridge."
    assert break_at_stamps(line) == [line]
    assert break_at_stamps("Hello there.") == ["Hello there."]


def test_a_stamp_opening_a_line_is_left_to_the_line_cleaning() -> None:
    line = "Tuesday 8 March 2005 11.42 GMT The bridge reopened."
    assert break_at_stamps(line) == [line]
    assert clean_text(line).text == "The bridge reopened."


def test_an_updated_clock_in_prose_cuts_nothing() -> None:
    line = "The council said the figures were updated at 10:48 GMT and showed a rise."
    assert break_at_stamps(line) == [line]


def test_cleaning_keeps_the_headline_apart_from_the_lead() -> None:
    text = ("Town to reopen its old bridge Monday 7 March 2005 10.15 GMT The council has agreed to reopen the "
            "bridge that closed after the floods.\nWork starts next week.")
    lines = clean_text(text).text.split("\n")
    assert lines[0] == "Town to reopen its old bridge"
    assert lines[1].startswith("The council has agreed")


def test_a_print_page_stamp_is_taken_off_the_lead() -> None:
    line = "Monday, March 9, 2009; Page A01 The bridge reopened after two years."
    assert clean_text(line).text == "The bridge reopened after two years."
    assert break_at_stamps("Town news " + line) == ["Town news", "The bridge reopened after two years."]
    assert break_at_stamps("Read page 3; Monday, March 9, 2009 was a good day.") == [
        "Read page 3; Monday, March 9, 2009 was a good day."]
