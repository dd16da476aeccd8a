"""Sentences about the page, not the news (:mod:`summarizer.captions`): they are furniture, never items."""
from __future__ import annotations

import pytest

from summarizer.captions import own_voice, is_photo_caption, is_reporter_credit, strip_lead_credit
from summarizer.clean import clean_text, is_furniture, not_a_line
from summarizer.standalone import eligible


@pytest.mark.parametrize(
    "sentence",
    [
        "A firefighter sprays water on a burning warehouse in Lyon March 3, 2011.",
        "Commuters wearing scarves wait for a delayed train at a station in Leeds, northern England, Jan. 9, 2010.",
        "Children play football near a refugee camp outside Amman Friday, June 4, 2012.",
    ],
)
def test_photo_captions_are_furniture(sentence: str) -> None:
    assert is_photo_caption(sentence) and is_furniture(sentence)
    assert not eligible(sentence, False, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        "The warehouse fire in Lyon began on March 3, 2011.",  # a preposition before the date
        "The plant was closed in Lyon March 3, 2011.",  # a past tense: the sentence reports
        "Police said the suspect fled the scene in Lyon March 3, 2011.",  # an attribution
        "Talks are due to resume on March 3, 2011.",
        "Prices rise.",
    ],
)
def test_reports_with_dates_are_not_captions(sentence: str) -> None:
    assert not is_photo_caption(sentence)


def test_reporter_credit_of_a_video_teaser() -> None:
    assert is_reporter_credit("Mary Otieno reports on how the machines spray the crops.")
    assert is_reporter_credit("Tom Hale reports from the border.")
    assert not is_reporter_credit("The Times reports on Monday that the deal is off.")
    assert not is_reporter_credit("Mary Otieno reported from the border.")


def test_an_outlets_reporter_on_their_trip_is_a_credit() -> None:
    assert is_reporter_credit("The Network's Jo Roe is travelling from the capital to the flooded valley.")
    assert is_reporter_credit("The Paper's Jo Roe in Lowmere saw how the clinics coped with the queues.")
    assert is_reporter_credit("Our correspondent travelled to the border town of Lowmere.")
    assert is_reporter_credit("Our Lowmere correspondent spent a day with the rescue teams.")
    assert is_reporter_credit("Radio North's Sam Tal reports from a field hospital in the port.")
    assert is_reporter_credit("The Paper's Jo Roe has followed the story of a boy called Tam.")
    assert is_reporter_credit("The Network's harbour editor Sam Tal explains why.")
    assert is_reporter_credit("Our economics editor, Jo Roe, explains how the toll will work.")
    assert is_reporter_credit("The Paper's Jo Roe describes a skipper's night at sea.")
    assert is_reporter_credit("The Gazette's Sam Tal assesses the mayor's record.")


def test_a_named_officials_trip_or_words_are_no_credit() -> None:
    assert not is_reporter_credit("Britain's Gordon Brown visited the flooded valley on Sunday.")
    assert not is_reporter_credit("The agency's Jo Roe says three million people need aid.")
    assert not is_reporter_credit("The mayor's team joined the search on Monday.")
    assert not is_reporter_credit("Today's reports on the spending could hurt the party.")
    assert not is_reporter_credit("The mayor's visit to the harbour follows a pattern set last year.")
    assert not is_reporter_credit("The agency's Jo Roe says the ferry has followed the rules.")


@pytest.mark.parametrize(
    "sentence",
    [
        "You can do this by signing in to the members' page and filling in the form.",
        "If you wish to make a donation, cheques can be sent to the club secretary.",
        "To get the latest news on your phone, follow the desk on social media.",
        "Many of us here in the county remember the last flood very well.",
        "I remember a time when the market square was full on a Saturday.",
        "Because I think people are not willing to pay for one more device.",
        "Since the storm, I've lost all contact with my family on the island.",
        "The baker told me he had sold his first loaf in 1971, which I did not know.",  # words said to the writer
        "The night nurse explained to me that the ward had been closed since Friday.",
    ],
)
def test_the_writers_own_voice_is_furniture(sentence: str) -> None:
    assert own_voice(sentence) and not_a_line(sentence) and not eligible(sentence, False, 4)
    assert not is_furniture(sentence)  # story vectors still read it


@pytest.mark.parametrize(
    "sentence",
    [
        "\"You have been tested, but you will recover,\" the president told the crowd.",  # a quotation
        "The minister told parliament you could not fix the budget in a year.",  # someone quoted
        "\"We will rebuild every school,\" the mayor said on Monday.",
        "US troops and their allies left the base on Monday.",  # the country, not the first person
        "We will set out our view to the council later this week.",  # an organisation's statement
        "The museum about World War I opened its new wing on Monday.",  # an ordinal after a name
        "\"I have not slept since the storm,\" a resident told reporters.",
        "A police spokesman told reporters my brother had been arrested on Monday.",  # said to others, not to the writer
    ],
)
def test_quoted_or_reported_persons_are_news(sentence: str) -> None:
    assert not own_voice(sentence)


def test_a_plain_news_sentence_is_not_about_the_page() -> None:
    assert not not_a_line("Rescue teams pulled 40 survivors from the rubble in the capital on Tuesday.")


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("(By Jane Doe -- Associated Press) Iceland gets five hours of sunlight a day.", "Iceland gets five hours of sunlight a day."),
        ("(Courtesy of Ann Smith) When the bank failed, she had $448,000 saved.", "When the bank failed, she had $448,000 saved."),
        ("(Photo by Reuters) The mayor lowered the alert on Thursday.", "The mayor lowered the alert on Thursday."),
        ("Dan Lee | 09:42 UK time, Thursday, 11 March 2010 The radio station began a nightly bulletin.",
         "The radio station began a nightly bulletin."),
        ("Photograph: Jane Doe/Reuters The mayor lowered the alert.", "The mayor lowered the alert."),
    ],
)
def test_a_credit_or_stamped_byline_glued_before_the_body_goes(line: str, body: str) -> None:
    assert strip_lead_credit(line) == body
    assert clean_text(f"Headline of the day\n{line}").text.splitlines()[-1] == body


@pytest.mark.parametrize(
    "line",
    [
        "(AP) The mayor said the alert was lowered.",  # an agency tag is the dateline's business
        "(By the way) this was never a credit.",
        "Paris | London talks resumed on Monday.",  # a pipe without a time stamp
        "(By then) The rescue teams had left.",
    ],
)
def test_brackets_and_pipes_that_are_no_credit_stay(line: str) -> None:
    assert strip_lead_credit(line) == line


def test_a_caption_that_names_its_own_picture() -> None:
    assert is_photo_caption("A sign of the lender at a branch in Lowmere, in this Friday, Oct. 9, 2015 file photo.")
    assert is_photo_caption("Rescuers search the rubble in this undated handout photo.")
    assert not is_photo_caption("The bank said in this year's report that photo sales fell.")
    assert not is_photo_caption("Police released this photo of the suspect on Monday.")


def test_a_wire_photo_credit_before_the_body_goes() -> None:
    assert strip_lead_credit("(AP Photo/Jane Doe) LONDON, Feb. 26 -- The bank said.") == "LONDON, Feb. 26 -- The bank said."


def test_a_caption_opening_with_its_picture() -> None:
    assert is_photo_caption("Photograph number four of a set of 15 showing a farmer loading a hay cart.")
    assert not is_photo_caption("Photographs showing the abuse were published by the newspaper on Monday.")
    assert not is_photo_caption("In this picture of politics as a pilgrimage, the prophet is honoured.")
    assert not is_photo_caption("Maybe she had this picture in mind, or even this one.")
    assert is_photo_caption("A man walks past the bank in this photo taken on May 3.")


@pytest.mark.parametrize("sentence, ends", [
    ("Crowds wait outside a clinic in Lima May 4, 2009.", True), ("Crowds wait outside a clinic in Lima May 4, 2009 .", False),
    ("Crowds wait outside a clinic in Lima May 4, 2009\n", True), ("Crowds wait outside a clinic in Lima May 4, 2009. ", True),
    ("Crowds wait outside a clinic in Lima May 4, 2009..", False), ("Crowds wait outside a clinic in Lima May 4, 2009!", False),
    ("Crowds wait outside a clinic in Lima on May 4.", True), ("", False), (" ", False), ("2009", True),
    ("Crowds wait in Lima May 4, 2009 x", False),
])
def test_the_closing_date_is_searched_only_where_it_can_end(sentence: str, ends: bool) -> None:
    """The cheap test before the closing-date search never hides a match (a wrong one fails here)."""
    from summarizer.captions import _CLOSING_DATE, _ends_in_digit

    assert not _CLOSING_DATE.search(sentence) or _ends_in_digit(sentence)
    assert _ends_in_digit(sentence) == ends


def test_a_caption_ending_in_its_date_is_still_found() -> None:
    assert is_photo_caption("A woman wears a mask on a bus in Mexico City April 24, 2009.")
    assert not is_photo_caption("A woman wears a mask on a bus in Mexico City April 24, 2009, officials said.")


def test_a_picture_named_as_the_subject_that_shows_is_a_caption() -> None:
    """A wire pastes its picture's caption into the body: "This photo, released by X on Date, shows ...". A picture
    without "this" or a making ("Satellite images show ...") is evidence a report tells, not a caption."""
    assert is_photo_caption("This photo, released by the state news agency on March 2, 2026, shows the minister "
                            "visiting a shipyard.")
    assert is_photo_caption("This image made from video provided by the ministry shows a damaged bridge.")
    assert is_photo_caption("The photo, taken on Monday, shows volunteers filling sandbags by the river.")
    assert not is_photo_caption("Satellite images show the dam has been widened since last year, analysts said.")
    assert not is_photo_caption("This shows the ministry is not ready for the floods, the mayor said.")


def test_a_graphic_the_page_points_to_is_a_caption() -> None:
    """"This graphic shows ...", "The chart below shows ...": the page's figure, which a chat line cannot show. A chart
    told as evidence ("The chart shows there were three transfers") is no pointer to the page."""
    assert is_photo_caption("This graphic shows the rainfall recorded in the province over the past 48 hours.")
    assert is_photo_caption("The map below shows how the vote split across the country's regions.")
    assert is_photo_caption("The chart above, courtesy of the ministry, shows how cases rose each week.")
    assert not is_photo_caption("The chart shows there were three cash transfers between the firms that week.")
    assert not is_photo_caption("A video released by the group shows the two hostages alive.")
