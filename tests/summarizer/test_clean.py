"""Cleaning: page furniture, captions, credits, URLs, bylines, sign-offs and datelines never reach sentences."""
from __future__ import annotations

import pytest

from enginekit import make_article
from summarizer.clean import clean_text
from summarizer.sentences import article_sentences

FACT = "The death toll from the strike on the city rose to 40 on Sunday, regional officials said."
OTHER = "Rescue teams were still searching the rubble of two apartment blocks late into the night."


def cleaned(*lines: str) -> list[str]:
    """The clean lines of an article made of ``lines`` around two real sentences."""
    return clean_text("\n".join([FACT, *lines, OTHER])).text.split("\n")


def sentences_of(text: str) -> list[str]:
    """The sentence texts an article made of ``text`` yields."""
    return [s.text for s in article_sentences(make_article(text))]


@pytest.mark.parametrize("furniture", [
    "Skip to content",
    "1. Skip to main menu",
    "Recommended stories",
    "list of 4 itemsend of list",
    "list of 3 items",
    "end of list",
    "Advertisement",
    "Share this article",
    "Read more: Ukraine war latest",
    "Sign up for our daily briefing",
    "Copyright 2025 The Daily Ledger",
    "All rights reserved.",
    "5 min read",
    "Image caption, Rescue workers search the rubble",
    "Media caption: Watch the moment the bridge collapsed",
    "Share on Facebook",
    "Advertisement - Scroll to continue",
])
def test_navigation_furniture_dropped(furniture: str) -> None:
    assert cleaned(furniture) == [FACT, OTHER]


def test_caption_with_glued_credit_dropped() -> None:
    assert cleaned("Mourners gather in Kyiv after the strike on UkraineImage: Agency/AP/picture alliance") == [FACT, OTHER]


@pytest.mark.parametrize("credit", ["Image: Jane Doe/Reuters", "Photograph: Jane Doe/AP", "Illustration: Guardian Design"])
def test_standalone_credit_line_dropped(credit: str) -> None:
    assert cleaned(credit) == [FACT, OTHER]


def test_lead_photo_credit_removed_sentence_kept() -> None:
    text = clean_text("Photograph: Jane Doe/AP The death toll from the strike rose to 40 on Sunday, officials said.").text
    assert text == "The death toll from the strike rose to 40 on Sunday, officials said."


def test_lead_credit_with_getty() -> None:
    text = clean_text("Photograph: John Smith/AFP/Getty Images Rescue teams searched the rubble overnight.").text
    assert text == "Rescue teams searched the rubble overnight."


def test_bare_url_lines_dropped() -> None:
    assert cleaned("https://example.com/world/2025/12/strike-live", "www.example.org/story?id=1") == [FACT, OTHER]


def test_inline_url_removed() -> None:
    (line,) = clean_text("The full report, published at https://example.org/report.pdf on Monday, lists 40 victims.").text.split("\n")
    assert "http" not in line and "example.org" not in line
    assert "lists 40 victims" in line


@pytest.mark.parametrize("byline", ["By John Smith", "By Jane Doe, Reuters", "BY MARIA LOPEZ", "by Anna Karenina | Staff writer"])
def test_bylines_dropped(byline: str) -> None:
    assert cleaned(byline) == [FACT, OTHER]


def test_sentence_starting_with_by_kept() -> None:
    line = "By Tuesday, the flood had receded from most streets of the old town."
    assert cleaned(line) == [FACT, line, OTHER]


@pytest.mark.parametrize("signoff", ["ess/lo (AFP, Reuters)", "jsi/rm (dpa, AP)", "Reporting by Jane Doe; Editing by John Smith"])
def test_agency_signoffs_dropped(signoff: str) -> None:
    assert cleaned(signoff) == [FACT, OTHER]


@pytest.mark.parametrize("line", [
    "US/UK talks on the new trade deal resumed on Monday in London.",
    "and/or the ministry will decide by Friday which option to take.",
    "Advertisement spending rose 5% last year across Europe.",
])
def test_lines_that_only_look_like_furniture_kept(line: str) -> None:
    assert cleaned(line) == [FACT, line, OTHER]


@pytest.mark.parametrize("prefix", ["WASHINGTON (Reuters) - ", "KYIV (AP) — ", "Seoul, Dec 27 (IANS) "])
def test_dateline_stripped_on_first_line(prefix: str) -> None:
    text = clean_text(prefix + FACT).text
    assert text == FACT


def test_dateline_stripped_after_headline() -> None:
    """A headline usually comes first; the dateline opens the body line after it."""
    text = clean_text("Strike death toll rises to 40\nWASHINGTON (Reuters) - " + FACT).text
    assert text.split("\n") == ["Strike death toll rises to 40", FACT]


def test_agency_mentioned_mid_sentence_kept() -> None:
    line = "The mayor told the Associated Press (AP) that the talks with the regional government would resume next week."
    assert clean_text("Strike death toll rises to 40\n" + line).text.split("\n")[1] == line


def test_publication_date_line_dropped_and_read() -> None:
    c = clean_text(FACT + "\nPublished December 27, 2025\n" + OTHER)
    assert c.text.split("\n") == [FACT, OTHER]
    assert c.published is not None and c.published.date().isoformat() == "2025-12-27"


def test_bullets_removed() -> None:
    assert clean_text("• " + FACT).text == FACT


def test_nothing_of_a_messy_page_reaches_sentences() -> None:
    page = "\n".join([
        "Skip to content",
        "Strike death toll rises to 40",
        "Published December 27, 2025",
        "By John Smith",
        "KYIV (Reuters) - " + FACT,
        "Recommended stories",
        "list of 4 itemsend of list",
        "Mourners gather in Kyiv after the strike on UkraineImage: Agency/AP/picture alliance",
        "Photograph: Jane Doe/AP " + OTHER,
        "https://example.com/world/strike",
        "Officials said more details about the victims would be published at https://example.com/victims later.",
        "ess/lo (AFP, Reuters)",
    ])
    got = sentences_of(page)
    joined = " ".join(got)
    for junk in ("Skip to", "Recommended", "itemsend", "Image:", "Photograph", "http", "example.com",
                 "ess/lo", "(Reuters)", "KYIV", "By John", "Published"):
        assert junk not in joined, junk
    assert FACT in got and OTHER in got


def test_wire_dateline_pasted_mid_page_is_stripped() -> None:
    from summarizer.clean import clean_text

    text = ("Headline of a live page\nA standfirst sentence.\nAn earlier update line.\n"
            "LOWMERE | Fri Jun 5, 2009 9:02 am EDT LOWMERE (Reuters) - Officials said on Friday the "
            "flooding is easing in Veltria.")
    lines = clean_text(text).text.split("\n")
    assert lines[-1] == "Officials said on Friday the flooding is easing in Veltria."


def test_timeline_days_never_conflict() -> None:
    from summarizer.dayfacts import days

    [d] = days("3 November 2011 The case goes to the jury.")
    assert d.heads_line
    [e] = days("Earlier on December 25, Putin had sent a message.")
    assert not e.heads_line


def test_newspaper_dateline_opening_a_line_is_stripped() -> None:
    from summarizer.clean import clean_text

    text = clean_text("A headline\nLOWMERE, Mar. 3 -- Farmers across the valley began an early harvest Tuesday.").text
    assert text.split("\n")[-1] == "Farmers across the valley began an early harvest Tuesday."


def test_captions_and_correction_notices_are_not_news() -> None:
    from summarizer.engine import eligible

    assert not eligible("Jose Manuel Barroso, left, and Jean-Claude Trichet, center, arrive at the summit in Paris.",
                        False, 5)
    assert not eligible("An earlier version of this article gave the wrong date for the summit in Paris.", False, 5)
    assert eligible("Governments around the world took unprecedented steps on Sunday to rescue banks.", False, 5)


def test_a_blog_stamp_and_an_image_instruction_go() -> None:
    got = clean_text("Posted by Jane Doe at 10:42 AM | Comments | Permalink The publisher has announced its first eight "
                     "titles for phones.\nClick on any photo to see a larger view of the new phones.").text
    assert got == "The publisher has announced its first eight titles for phones."


def test_a_us_order_time_stamp_glued_before_the_lead_goes() -> None:
    text = clean_text("Thursday, December 18, 2008; 11:33 AM The town council named three new bakers to its "
                      "bread committee on Thursday.").text
    assert text == "The town council named three new bakers to its bread committee on Thursday."


def test_a_column_index_entry_is_furniture() -> None:
    text = clean_text("October 2, Jo Bloggs: Yet, for once, the bread season is also a season of long speeches.\n"
                      "What we know of the bakery October 1, Kim Doe: Despite claims, the ovens were hot all week.\n"
                      "On October 2, the council met to discuss the price of bread and the ovens.").text
    assert text == "On October 2, the council met to discuss the price of bread and the ovens."


def test_an_editorial_in_a_column_index_is_furniture() -> None:
    text = clean_text("Late loaves November 7, leader: The bakery's book covers the long run-up to the bread fair.\n"
                      "On November 7, the council met to discuss the price of bread and the ovens.").text
    assert text == "On November 7, the council met to discuss the price of bread and the ovens."


def test_a_live_entry_clock_with_its_colon_is_cut_off() -> None:
    text = "7 pm: Crowds gathered at the harbour as the ferry strike went into its second day.\n" \
           "7 people were hurt when a crane fell on the dock, the port said."
    assert clean_text(text).text.split("\n") == [
        "Crowds gathered at the harbour as the ferry strike went into its second day.",
        "7 people were hurt when a crane fell on the dock, the port said."]


def test_a_wire_dateline_after_a_summary_box_is_stripped() -> None:
    """A page's summary box can put "CITY (AP) —" past the body's third line: an upper-case place, an agency in
    brackets and a dash open no sentence, so it goes wherever it opens a line."""
    raw = ("Portvale flood: river crests below forecast, 15,000 now evacuated\nAI-generated summary\n"
           "The river crested overnight; evacuations were widened.\n"
           "PORTVALE, Ore. (AP) — The Tallis River crested at 9.1 metres early Wednesday, lower than forecast, officials said.\n"
           "Emergency director Paul Brenner said crews had sandbagged the levee overnight.\n")
    text = clean_text(raw).text
    assert "The Tallis River crested at 9.1 metres" in text
    assert "PORTVALE" not in text and "(AP)" not in text


def test_a_dateline_with_neither_date_nor_agency_leaves_the_body() -> None:
    """"KYIV, Ukraine —" opens many papers' reports: no line of the digest starts with it."""
    raw = ("Talks resume in the capital\nKYIV, Ukraine — Negotiators met for a third day on Wednesday to discuss a "
           "ceasefire along the front line, officials said.\nThe talks will go on until Friday, the ministry said.\n")
    assert clean_text(raw).text.split("\n")[1].startswith("Negotiators met for a third day")
