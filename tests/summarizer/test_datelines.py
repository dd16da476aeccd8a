"""Datelines and agency prefixes, recognised in one module for cleaning, story vectors and fact reading."""
from __future__ import annotations

import pytest

from summarizer.clean import clean_text
from summarizer.datelines import dateline_end, strip_dateline, strip_wire_dateline, strip_body_dateline, strip_wire_tag
from summarizer.entities import strip_dateline as entities_strip
from summarizer.dayfacts import days
from summarizer.facts import quantities
from summarizer.stamps import furniture_spans


@pytest.mark.parametrize("line", [
    "LOWMERE, Dec 27 (Yonhap) -- The council approved the new harbour budget on a narrow vote.",
    "LOWMERE (Reuters) - The council approved the new harbour budget on a narrow vote.",
    "Lowmere, Dec 27 (IANS) The council approved the new harbour budget on a narrow vote.",
    "LOWMERE, Oct. 12 -- The council approved the new harbour budget on a narrow vote.",
    "LOWMERE | Tue Mar 17, 2015 4:12 pm EDT LOWMERE - The council approved the new harbour budget on a narrow vote.",
    "Lowmere, Eastland AP — The council approved the new harbour budget on a narrow vote.",
    "LOWMERE/EASTPORT | Thu Jun 11, 2015 11:36 am EDT LOWMERE/EASTPORT (Reuters) - The council approved the new "
    "harbour budget on a narrow vote.",  # joint places
    "LOWMERE\\/EASTPORT | Thu Jun 11, 2015 11:36 am EDT LOWMERE\\/EASTPORT (Reuters) - The council approved the new "
    "harbour budget on a narrow vote.",  # a scraped page's escaped slash
])
def test_every_dateline_shape_is_stripped_and_holds_no_fact(line: str) -> None:
    rest = "The council approved the new harbour budget on a narrow vote."
    assert strip_dateline(line) == rest
    assert furniture_spans(line)[0] == (0, dateline_end(line))  # no figure or day is read from it


def test_story_vectors_strip_only_upper_case_datelines() -> None:
    """Their join threshold was fitted so: the wire clock strip stays in a title's vector for now."""
    assert entities_strip("LOWMERE (Reuters) - The council approved the new harbour budget.") == (
        "The council approved the new harbour budget.")
    clocked = "LOWMERE | Tue Mar 17, 2015 4:12 pm EDT LOWMERE - The council approved the new harbour budget."
    assert entities_strip(clocked) == clocked


@pytest.mark.parametrize("line", [
    "Apple (AAPL) shares rose sharply after the company reported record sales of its phones.",
    "NATO - the alliance - met.",
    "The council approved the new harbour budget on a narrow vote.",
])
def test_a_sentence_is_no_dateline(line: str) -> None:
    assert strip_dateline(line) == line


def test_an_agency_prefix_holds_no_figure_and_no_day() -> None:
    text = "Lowmere, Dec 27 (IANS) The council approved 300 new homes for the harbour district."
    assert [q.raw for q in quantities(text)] == ["300 new homes"]
    assert not any(d.event for d in days(text))  # the prefix day dates no event


def test_cleaning_strips_the_dateline_of_the_body() -> None:
    text = "LOWMERE, Oct. 12 -- The council approved the new harbour budget on a narrow vote after a long debate."
    assert clean_text(text).text.startswith("The council approved")


def test_an_agency_named_in_a_sentence_is_no_dateline() -> None:
    """A bracketed agency the sentence goes on after, or one after a whole sentence, does not cut the lead."""
    lead = ("The leader sent a New Year's message to the president, praising their ties. In his message, published "
            "by the state news agency (KCNA), he said the year was a meaningful one for the two countries.")
    assert strip_wire_dateline(lead) == lead
    assert clean_text(lead).text == lead
    wire = "SEOUL, Dec 27 (Yonhap) -- North Korea fired two missiles into the sea on Saturday, officials said."
    assert strip_wire_dateline(wire) == "North Korea fired two missiles into the sea on Saturday, officials said."


def test_a_body_dateline_without_a_date_or_an_agency_is_stripped() -> None:
    """'WASHINGTON —', 'PORTVALE, Ore. --', 'Portvale, Oregon —', 'Portvale (CNN)', 'March 3 (IANS)' open a report's
    body as a dateline does; a lone title-case word before a dash is a title or a name, and stays."""
    rest = " The river crested at 9.1 metres early on Wednesday, lower than forecast, officials said."
    for opener in ("WASHINGTON —", "PORTVALE, Ore. --", "Portvale, Oregon —", "Portvale (CNN)", "March 3 (IANS)",
                   "LONDON, March 3 (Reuters Breakingviews) -", "BEIJING –"):
        assert strip_body_dateline(opener + rest) == rest.strip(), opener
    for kept in ("Floodwatch – The river", "The Kremlin — The river"):
        assert strip_body_dateline(kept + rest) == kept + rest


def test_a_wire_tag_before_a_headline_is_no_part_of_it() -> None:
    """"(LEAD)", "(2nd LD)", "UPDATE 2-", "[Herald Interview]" tell how the copy was filed; a headline that only
    opens with such a word keeps it."""
    assert strip_wire_tag("(LEAD) (2nd LD) River crests below forecast in Portvale") == "River crests below forecast in Portvale"
    assert strip_wire_tag("UPDATE 2-River crests below forecast in Portvale") == "River crests below forecast in Portvale"
    assert strip_wire_tag("[Herald Interview] Mayor says levee will hold") == "Mayor says levee will hold"
    assert strip_wire_tag("Update on the river: levee holds") == "Update on the river: levee holds"
    assert strip_wire_tag("(LEAD)") == "(LEAD)"


def test_a_headline_run_into_a_paper_dateline_goes_with_the_dateline() -> None:
    raw = ("Mayor Urges Change After Flood LOWMERE, Ruritania, Sept. 25 -- The mayor of Lowmere warned on Thursday that "
           "the town cannot escape the floods.\nA second line follows here with more words.")
    assert clean_text(raw).text.startswith("The mayor of Lowmere warned on Thursday")
    after_a_sentence = "The mayor said the town would act. LOWMERE, Sept. 25 -- This one sits inside a long paragraph."
    assert clean_text(after_a_sentence).text.startswith("The mayor said the town would act.")


def test_a_paper_dateline_past_the_third_line_and_a_bracketed_credit_before_the_body_go() -> None:
    head = ("First line of the article is here and it is long enough.\nSecond line is here and it is also long enough.\n"
            "Third line is here too, a sentence of some length.\n")
    text = clean_text(head + "LOWMERE, Ruritania -- In her grey coat, Jo Roe walks the quay each morning before the boats.\n"
                      "(Ed Poe - The Daily Post) The chair of the rowing club has asked the council for a new boathouse.\n"
                      "(Listen Here) After the long storm, the mayor opened the new ferry office.\n"
                      "NATO, the alliance, met today in the capital to talk.").text
    assert "In her grey coat" in text and "LOWMERE" not in text
    assert "\nThe chair of the rowing club" in text and "\nAfter the long storm" in text
    assert "NATO, the alliance, met" in text
