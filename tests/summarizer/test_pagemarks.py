"""Marks a flattened page leaves: a glued byline, a running page header, a live page on itself, a remnant
that opens inside another sentence (made-up text)."""
from __future__ import annotations

import pytest

from summarizer.clean import clean_text, not_a_line
from summarizer.pagemarks import (live_self_reference, opens_inside, pointer_lines, points_elsewhere, strip_glued_byline, strip_live_clock,
                                  strip_page_marks, unescape_entities)
from summarizer.regions import transcript_lines

LEAD = "Acme's new phone sold two million units in its first week, the company said on Monday."


@pytest.mark.parametrize("byline", ["By Jo Mantle", "BY Jo Mantle", "By Jo K. Mantle", "By Mary Ann Mantle"])
def test_a_byline_glued_to_the_lead_is_cut_off(byline: str) -> None:
    lead = "The new phone sold two million units in its first week, the company said." if "Ann" in byline else LEAD
    assert strip_glued_byline(f"{byline} {lead}") == lead


@pytest.mark.parametrize("line", [
    "By Monday Acme's shares had fallen by a third, wiping out the year's gains for its investors.",
    "By Jo Mantle",
    "By Jo Mantle Acme says",  # too short for a lead: a byline line with a label, left to the byline rule
    "By Christmas Eve The shops had sold out of the phone in every town on the coast, owners said.",
    "Bystanders Jo Mantle and Ed Roe said the phone sold out within an hour of the shop opening.",
])
def test_by_before_a_calendar_word_or_a_short_rest_is_not_a_byline(line: str) -> None:
    assert strip_glued_byline(line) == line


def test_clean_text_takes_a_glued_byline_off_the_lead() -> None:
    assert clean_text(f"By Jo Mantle {LEAD}\nThe phone costs $500.").text.split("\n")[0] == LEAD


@pytest.mark.parametrize("line, clean", [
    ("The office gave a great CAPITOL 00004213 003 OF 005 deal of help to the plan.",
     "The office gave a great deal of help to the plan."),
    ("The office provided a great Page 2 of 4 deal of support for the plan.",
     "The office provided a great deal of support for the plan."),
    ("(Read more here) The harbour police have warned of more floods.", "The harbour police have warned of more floods."),
    ("The other charges (see below) were denied by the skipper.", "The other charges were denied by the skipper."),
    ("She opened for the band to a mixed reaction (see below).", "She opened for the band to a mixed reaction."),
])
def test_a_running_page_header_inside_a_sentence_is_taken_out(line: str, clean: str) -> None:
    assert strip_page_marks(line) == clean
    assert clean_text(line).text == clean


@pytest.mark.parametrize("line", [
    "Two OF THE men were held, and 1,200 of 3,000 homes lost power.",
    "The court heard 2 of 4 charges on Monday.",
    "The mayor (who read more than 40 reports) said the harbour would reopen.",
])
def test_counts_and_capitals_are_not_page_headers(line: str) -> None:
    assert strip_page_marks(line) == line


@pytest.mark.parametrize("sentence", [
    "Hello, and welcome to our live coverage as the Lowmere harbour inquiry enters day three.",
    "Refresh the page for the latest on the storm.",
    "We'll bring you updates as the vote goes on through the night.",
    "Follow our live coverage of the count in the town hall.",
    "Stay tuned for a summary of the day's hearing.",
    "As it happened: harbour strike day two Live coverage following the walkout at the docks.",
    "Live updates as the storm reaches the northern coast.",
    "Good evening and welcome to the count at the town hall.",
    "Good evening from the harbour, where the ferries are still tied up.",
    "NB: Only members of the club may attend the meeting, which starts at noon.",
    "The council is closing this live update page for the night, and returns at eight.",
])
def test_a_live_page_on_itself_is_furniture(sentence: str) -> None:
    assert live_self_reference(sentence)
    assert not_a_line(sentence)


@pytest.mark.parametrize("sentence", [
    "Follow the money and you find the harbour board paid twice for the same dredging work.",
    "\"We will bring you home,\" the minister told the crew of the ferry on Monday.",
    "The mayor said he would stay tuned to what the voters wanted.",
    "As it happened, the ferry was late and the mayor missed the vote.",
    "Live cattle exports from the harbour fell by a third last year.",
    "Good weather helped the harvest, farmers said.",
    "The band played this live at the harbour festival on Friday.",
    "\"Good evening, and welcome,\" the mayor told the crowd at the harbour.",
])
def test_the_same_words_in_news_are_not_live_furniture(sentence: str) -> None:
    assert not live_self_reference(sentence)


@pytest.mark.parametrize("sentence", [
    "– as with the cables we have been reading for weeks about the ministry and its plans.",
    "... nobody really knows what the minister is going to say in the speech today.",
    "but the ferry company has blown its budget completely with two months to go.",
    "which the council said would cost £2m over the next ten years.",
    "A chair and a table stand in for the mayor as staff are told: wait, 11 December).",
    "she said in a letter) or holding any talks with the harbour board at all.",
    "harbour master Jo Roe demanded as the skipper's voice rose and he seemed close to walking out.",  # after a quotation
])
def test_a_remnant_opening_inside_another_sentence_is_not_a_line(sentence: str) -> None:
    assert opens_inside(sentence)
    assert not_a_line(sentence)


@pytest.mark.parametrize("sentence", [
    "The council has three options: 1) raise the tolls; 2) sell the ferry; 3) close the harbour.",
    "The ferry (which sank in May) was raised on Monday.",
    "iPhone sales rose by a third in the quarter, the company said.",
    "Ashore, the crew (all 12 of them) were met by their families.",
    "de Klerk said the harbour talks would resume after the holiday.",  # a name's particle
    "eBay said the harbour auction raised more than it had hoped.",  # a brand
])
def test_whole_sentences_and_lists_are_not_remnants(sentence: str) -> None:
    assert not opens_inside(sentence)


def test_an_interview_transcript_loses_its_labels_and_its_questions() -> None:
    lines = ["Q: What did the mayor say about the budget?", "A: He said the budget would be cut by a tenth.",
             "Q: And the ferry?", "A: The ferry will run until May."]
    assert transcript_lines(lines) == ["He said the budget would be cut by a tenth.", "The ferry will run until May."]


def test_one_label_is_left_as_it_is() -> None:
    lines = ["A: He said the budget would be cut by a tenth.", "The ferry will run until May."]
    assert transcript_lines(lines) == lines


def test_a_press_reviews_page_referenced_entries_point_elsewhere() -> None:
    lines = ["Today's papers", "P1 Three ferry crews were called back to port after the storm warning.",
             "P3 A film about the harbour, Lowmere: Silent Tide, will be shown next week.",
             "Business, P12 Acme forced to call in the administrators.", "G2 P16-17 Lowmere Times Ferry star to dance.",
             "B5 Harbour shares fall.", "P6, 7 Ferry firms battle to salvage reputations.", "The harbour reopened on Monday."]
    assert pointer_lines(lines) == [False, True, True, True, True, True, True, False]


def test_a_press_review_entry_broken_over_two_lines_points_elsewhere_whole() -> None:
    lines = ["The harbour reopened on Monday.", "P3 Lowmere Times Ferry crews", "Harbour master tells board.", "P9",
             "Poor ferry timetable to be rewritten.", "P12 Acme forced to call in the administrators.",
             "The ferry will run until May."]
    assert pointer_lines(lines) == [False, True, True, True, True, True, False]


def test_one_page_reference_is_not_a_press_review() -> None:
    lines = ["P5 talks on the harbour treaty resume in Lowmere on Monday.", "G8 leaders meet in Lowmere on Monday.",
             "The harbour reopened on Monday."]
    assert pointer_lines(lines) == [False, False, False]


@pytest.mark.parametrize("line, points", [
    ("For more jobs, tips and office news visit examplejobs.co.uk Today's headlines", True),
    ("Read more letters – click here to visit example.com/letters", True),
    ("The minister will visit Lowmere on Monday to meet the ferry crews.", False),
])
def test_a_line_sending_the_reader_to_a_website_points_elsewhere(line: str, points: bool) -> None:
    assert pointer_lines([line]) == [points]
    assert (clean_text(f"{line}\nThe harbour reopened on Monday after the storm.").text.count("\n") == 0) == points


@pytest.mark.parametrize("sentence", [
    "We will stay in the harbour until the work is done, ” the mayor said.",
    "™ t think the ferry will run again this year, the captain said on Monday.",
    "“it's ok to sail against the wind”... and the harbour rules “are seriously out of date”.",
    "(But was the ferry's new name a tribute to the old captain?).",
])
def test_a_sentence_opening_inside_a_quotation_is_a_remnant(sentence: str) -> None:
    assert opens_inside(sentence)


@pytest.mark.parametrize("sentence", [
    "“We will stay in the harbour,” the mayor said.",
    "The mayor said the town would “stay in the harbour”.",
])
def test_a_whole_quotation_is_not_a_remnant(sentence: str) -> None:
    assert not opens_inside(sentence)


def test_a_feeds_character_references_are_read_in_plain_text() -> None:
    assert unescape_entities("AT&amp;T and R&D said &quot;no&quot; &#8211; twice") == "AT&T and R&D said \"no\" – twice"
    assert clean_text("AT&amp;T cut its prices by a tenth on Monday, the company said.").text.startswith("AT&T cut")


def test_a_sentence_sending_the_reader_to_a_website_is_furniture() -> None:
    glued = "Career advice and news visit examplejobs.co.uk Monkey's pick of the day The harbour board has a new plan."
    assert points_elsewhere(glued) and not_a_line(glued)
    assert not points_elsewhere("The minister will visit Lowmere on Monday to meet the ferry crews.")
    assert not points_elsewhere("“Just visit example.com,” the mayor told the crews, and they did.")


@pytest.mark.parametrize(("line", "rest"), [
    ("9:16pm The minister left the harbour.", "The minister left the harbour."),
    ("0015 Rescue teams reached the harbour.", "Rescue teams reached the harbour."),
    ("1432 GMT: The ferry sailed at last.", "The ferry sailed at last."),
    ("2210 BST - Crowds gathered at the quay.", "Crowds gathered at the quay."),
    # a count or a year is no clock: no zone and no leading zero
    ("1200 Marines landed at the harbour.", "1200 Marines landed at the harbour."),
    ("1998 The harbour board was formed.", "1998 The harbour board was formed."),
    ("0930 people queued for the ferry.", "0930 people queued for the ferry."),
    # a live blog's entry heading: the day before the clock, the place in capitals after it
    ("19 MARCH, 2200 GMT, LOWMERE We have reached the quay at last.", "We have reached the quay at last."),
    ("4 June 2011, 0930 GMT, NORTH TOWN - The ferry sailed.", "The ferry sailed."),
    ("12 May 1200 Marines landed at the harbour.", "12 May 1200 Marines landed at the harbour."),
])
def test_a_live_page_clock_opening_a_line_goes(line: str, rest: str) -> None:
    assert strip_live_clock(line) == rest


@pytest.mark.parametrize("sentence", [
    "To: Jo Mantle Subject: Re: the new phone and the press office.",
    "All branch managers; all regional staff Subject: the store closures, etc.",
    "Subject: Re: Acme's press office and its replies.",
    "Ambassador Jo Mantle for Reasons 1.5 (c) and (e).",
    "Classified By: deputy envoy Jo Mantle, for the reasons above.",
    "Prosecutors are seeking papers from XXXXXXXXXXXX, who gave XXXXXXXXXXXX to the Acme board.",
])
def test_a_leaked_documents_headers_and_redactions_are_no_lines(sentence: str) -> None:
    assert not_a_line(sentence)


@pytest.mark.parametrize("sentence", [
    "The subject: how Acme sold two million phones in one week.",
    "Acme's sales rose in Super Bowl XXXVII week, the company said.",
    "Reasons for the delay were not given, the company said on Monday.",
    "The letter was sent to Jo Mantle on Monday, the company said.",
])
def test_prose_about_subjects_and_reasons_stays_a_line(sentence: str) -> None:
    assert not not_a_line(sentence)


def test_on_a_live_page_every_four_digit_lead_is_a_clock() -> None:
    """Two leads no year can be ("2358", "2149") make the page a live one: "1432" goes too."""
    page = ("2358 The harbour master says the ferry has docked safely in Lowmere.\n"
            "2149 Ferry crews tell the local radio that the storm has passed the coast.\n"
            "1432 The mayor of Lowmere says the town hall will open as a shelter tonight.")
    assert clean_text(page).text.split("\n") == [
        "The harbour master says the ferry has docked safely in Lowmere.",
        "Ferry crews tell the local radio that the storm has passed the coast.",
        "The mayor of Lowmere says the town hall will open as a shelter tonight."]


def test_a_timeline_of_years_or_one_count_keeps_its_numbers() -> None:
    page = ("1998 The mill at Lowmere closes after a century of weaving cloth.\n"
            "2004 The mill reopens as a museum of the town's weaving trade.\n"
            "2300 Ferry passengers were stranded overnight at the harbour in the storm.")
    assert clean_text(page).text.split("\n")[:2] == page.split("\n")[:2]
    assert clean_text(page).text.split("\n")[2].startswith("2300 Ferry")


@pytest.mark.parametrize("sentence", [
    "That's it from the live blog for today.",
    "That’s it from the harbour court for today; we are back at nine tomorrow.",
    "That is all for the live coverage tonight.",
    "We are now wrapping up our live blog on the harbour vote.",
    "We're closing this blog now.",
    "I'm going to pause the blog while the court is adjourned.",
    "Thanks for reading.",
])
def test_a_live_pages_sign_off_is_furniture(sentence: str) -> None:
    assert live_self_reference(sentence)
    assert not_a_line(sentence)


@pytest.mark.parametrize("sentence", [
    "That is all the council can afford this year, the treasurer said.",
    "That's all I can say about the ferry, the skipper told the inquiry.",
    "We are closing the harbour to ferries until the storm has passed, the harbour master said.",
    "The council will end the coverage of the toll by the insurance scheme in March.",
    "\"We are wrapping up our investigation this week,\" the harbour police said.",
])
def test_the_same_words_about_the_news_are_no_sign_off(sentence: str) -> None:
    assert not live_self_reference(sentence)
