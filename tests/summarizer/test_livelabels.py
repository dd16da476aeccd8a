"""Live-page update labels at a line's start go; the text after them stays (:mod:`summarizer.livelabels`)."""
from __future__ import annotations

from summarizer.clean import clean_text
from summarizer.livelabels import strip_caps_label, strip_live_label


def test_a_label_before_a_sentence_goes_and_the_sentence_stays() -> None:
    assert strip_live_label("Update: The council has since confirmed the bridge will reopen.") == \
        "The council has since confirmed the bridge will reopen."
    assert strip_live_label("[Update: The mayor has replied in an interview with a local paper.") == \
        "The mayor has replied in an interview with a local paper."
    assert strip_live_label("(UPDATE: The ferry operator says it will add two sailings.)") == \
        "The ferry operator says it will add two sailings."
    assert strip_live_label("Update 2: the harbour master now puts the damage at 3m.") == \
        "The harbour master now puts the damage at 3m."
    assert strip_live_label("UPDATE 1-Acme says sales could double in five years") == \
        "Acme says sales could double in five years"
    assert strip_live_label("6.30pm UPDATE Jo Bloggs, the head of the union, has called the offer an insult.") == \
        "Jo Bloggs, the head of the union, has called the offer an insult."
    assert strip_live_label("Updated Monday 8.15am: The road was closed again after a second slip.") == \
        "The road was closed again after a second slip."


def test_a_label_alone_or_an_editors_note_is_furniture_whole() -> None:
    for line in ("Update:", "UPDATE II", "10.00am UPDATE", "Update 1", "(UPDATE:", "Updated para:",
                 "Update: corrected the spelling of a name.", "(Updated: fixed a broken link.)",
                 "(Updated with a reply from the council - see below."):
        assert strip_live_label(line) == ""


def test_a_sentence_that_opens_with_the_word_is_no_label() -> None:
    for line in ("Updated guidelines were issued to schools on Monday.", "Update talks resume next week.",
                 "UPDATED FIGURES", "The update: a new engine."):
        assert strip_live_label(line) == line


def test_clean_text_drops_the_label() -> None:
    text = clean_text("The council met on Monday.\nUpdate:\nThe council has since confirmed the bridge will reopen.\n"
                      "[Update: The mayor has replied in an interview with a local paper.").text
    assert "Update" not in text and "The mayor has replied in an interview with a local paper." in text


def test_a_section_label_in_capitals_goes_and_an_acronym_stays() -> None:
    assert strip_caps_label("WINNERS Jo Bloggs: Sullen and slow, never once in the race after the first week.") == \
        "Jo Bloggs: Sullen and slow, never once in the race after the first week."
    assert strip_caps_label("THE DAILY PLANET The council has voted to close the old pier for good.") == \
        "The council has voted to close the old pier for good."
    for line in ("NATO Officials said the talks would resume on Monday.", "AIDS Activists marched on the ministry.", "US forces say two civilians were killed.",
                 "ACME Widgets has cut 200 jobs at its plant.", "BEST MOMENT Short."):
        assert strip_caps_label(line) == line
