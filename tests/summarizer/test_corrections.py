"""Correction and clarification notices are furniture; a quoted or reported admission is news (made-up sentences)."""
from __future__ import annotations

import pytest

from summarizer.clean import clean_text, is_furniture
from summarizer.corrections import is_correction

NOTICES = [
    "This article was amended on 4 June 2014 because the original said the bridge was in Lowmere.",
    "The headline of this story was amended on 2 May to make clear that the mayor has not resigned.",
    "This has been corrected.",
    "The following correction was printed in the paper's Corrections and Clarifications column, Friday May 3",
    "We said - quite incorrectly - that the bank had been fined by the regulator.",
    "In a report headed Bridges of the north, page 12, May 2, we wrongly stated that the toll had doubled.",
    "In the article below we said the council had 40 members; it has 36.",
    "The original version said the ferry sank on Tuesday.",
    "In error we referred to the Lowmere mayor as the county's chief executive.",
    "We were wrong to suggest, in our festival review, that the choir always sings at the harbour.",
    "The ferry's flag is blue, not green as we said in an article about the harbour.",
    "Ferry sinks off Lowmere: the crew is safe was amended on 12 May 2011 because it described the captain wrongly.",
    "An earlier version referred to the Lowmere ferry as the Sea Star rather than the Sea Spray.",
    "A previous version misspelled the name of the harbour master.",
    "An earlier version of this article wrongly gave the toll as £4.",
]
NEWS = [
    "\"We wrongly said the dam was safe,\" the minister admitted on Monday.",
    "The minister said the figures had been wrongly reported by the agency.",
    "We are seeking clarification from the council, a spokesman said.",
    "The court ruled that the original contract was void.",
    "The mayor corrected the figure on Tuesday, saying 40 homes had been lost.",
    "The minister said we were wrong to invade, and that the troops would come home.",
    "The harbour law was amended on 12 May because it said nothing about ferries, the council said.",
    "An earlier version of the harbour bill referred to the toll as a levy, the council said.",
    "The earlier version was rejected by the harbour board in May.",
]


@pytest.mark.parametrize("sentence", NOTICES)
def test_a_notice_sentence_is_furniture(sentence: str) -> None:
    assert is_correction(sentence) and is_furniture(sentence)


@pytest.mark.parametrize("sentence", NEWS)
def test_a_quoted_or_reported_admission_is_not_a_notice(sentence: str) -> None:
    assert not is_correction(sentence)


def test_a_notice_line_at_the_end_of_a_page_is_dropped() -> None:
    page = ("The ferry line will reopen on Monday after repairs, the operator said.\n"
            "We said wrongly that the line had closed for good.\n")
    assert clean_text(page).text == "The ferry line will reopen on Monday after repairs, the operator said."


def test_a_notice_above_the_article_it_corrects_leaves_the_article() -> None:
    page = ("The following correction was printed in the paper's Corrections and clarifications column, Friday May 3\n"
            "The Lowmere ferry line will reopen on Monday after repairs, the operator said.\n"
            "Engineers replaced the ramp over the winter, it said.\n")
    assert clean_text(page).text.split("\n") == page.split("\n")[1:3]


def test_a_note_appended_to_an_article_takes_its_follow_on_lines_with_it() -> None:
    body = ["The ferry line will reopen on Monday after repairs, the operator said.",
            "Engineers replaced the ramp and two of the engines over the winter, it said.",
            "Tickets will cost the same as last year, the council added."]
    note = ["This article was amended on 4 June 2014.", "The original gave the wrong date for the reopening.",
            "It is Monday, not Tuesday."]
    assert clean_text("\n".join(body + note)).text == "\n".join(body)
    assert clean_text("\n".join(body + note[2:])).text.endswith(note[2])  # no notice opening: nothing cut
    bare = ["This article was amended on 4 June 2014.", "An earlier version referred to the ferry's home port as Lowmore rather "
            "than Lowmere and gave the wrong year for its launch."]  # a long follow-on line, itself a notice
    assert clean_text("\n".join(body + bare)).text == "\n".join(body)


def test_the_line_setting_the_record_straight_after_a_notice_goes_with_it() -> None:
    page = ("We wrongly said the Lowmere ferry had been sold to a rival operator.\n"
            "In fact the council kept it and leased it to the operator.\n"
            "The ferry line will reopen on Monday after repairs, the operator said.\n"
            "In fact the repairs took two weeks longer than planned, the operator said.\n")
    assert clean_text(page).text.split("\n") == page.split("\n")[2:4]  # an "In fact" after news stays


def test_a_corrections_column_is_furniture_line_by_line() -> None:
    column = ("A profile of the Lowmere harbour master\n"
              "(page 37, September 16) named a novel by a local author whose captain shares his initials.\n"
              "The book is called Harbour Lights, rather than Harbour Nights.\n"
              "In error we referred to the mayor as the county's chief executive.\n"
              "He is of course the mayor (Ferry fares to rise, page 28, September 19).\n"
              "The ferry's flag is blue, not green as we said in an article about the harbour, page 12, September 18.\n")
    assert clean_text(column).text == ""
    article = ("The ferry line will reopen on Monday after repairs, the operator said (page 3, September 18).\n"
               "Engineers replaced the ramp over the winter, it said.\n"
               "Tickets will cost the same as last year, the council added.\n")
    assert clean_text(article).text.count("\n") == 2  # one print citation in an article: not a column


# One made-up sentence per alternative of NOTICE (each must hold a word of its Cue's ``needs``).
EVERY_FORM = NOTICES + [
    "An earlier version of this story gave the wrong date for the vote.",
    "This caption was corrected on Monday.",
    "Correction appended to this page.",
    "This had now been rectified.",
    "The following apology has been published by the paper.",
    "We mistakenly said the harbour master was the mayor.",
    "We wrote, erroneously, that the ferry had sunk.",
    "Inaccurately, we named the wrong bridge.",
    "In our story above on the dam, the ferry was late and we quoted the wrong captain.",
    "The original headline said the ferry sank.",
    "As we reported in last week's article, the choir will sing.",
    "Owing to an editing error, the choir was said to sing on Monday.",
    "This has been deleted as incorrect.",
    "The ferry sails from Lowmere, not Lowmore as we had it.",
    "In early editions we said the choir had 40 singers.",
    "Later editions corrected this to 14.",
    "The following correction appeared in the paper's For the record column, Sunday 3 March.",
]


@pytest.mark.parametrize("sentence", EVERY_FORM + NEWS + ["A quiet day at the harbour.", "Nous avons corrigé l'article."])
def test_the_prefiltered_notice_finds_what_the_pattern_finds(sentence: str) -> None:
    from summarizer.corrections import _NOTICE, NOTICE

    want, got = NOTICE.search(sentence), _NOTICE.search(sentence)
    assert (got.span() if got else None) == (want.span() if want else None)
    assert sentence not in EVERY_FORM or got is not None


def test_a_british_corrections_column_and_an_editing_error_note_are_furniture() -> None:
    """"(Harbour lights, 1 March, page 18, G2)" is a print citation; "Owing to an editing error, the original said",
    "In early editions we said", "Later editions corrected this", "not X as we had it" are notices."""
    column = ("A feature about the Lowmere ferry referred to its first captain, who sailed from Lowmore in 1917.\n"
              "His ship was the Lark, not the Wren as we had it (Harbour lights, 1 March, page 18, G2).\n"
              "In early editions we said that the harbour master was appointed in 2009.\n"
              "Later editions corrected this to 2004 (Harbour master retires, 3 March, page 11).\n"
              "A report on the harbour festival said the brass band played for two hours on the quay before the choir sang.\n")
    assert clean_text(column).text == ""
    assert is_correction("Owing to an editing error, an earlier draft put the harbour vote on 3 March.")
    assert not is_correction("The plane was grounded owing to a technical error, the airline said.")


@pytest.mark.parametrize("sentence", [
    "This article was expanded on 25 January once the complete interview had been posted online.",
    "This article was updated on 2 March to include material omitted from the print edition.",
    "This story was first published in 1998.",
    "This interview was edited on 4 May for length.",
])
def test_a_note_on_the_articles_own_making_is_furniture(sentence: str) -> None:
    """The paper speaking of when and how this article was published, updated or expanded tells no news."""
    assert is_correction(sentence)


@pytest.mark.parametrize("sentence", [
    "The report was published on Monday and found that 20 people had died.",
    "This article has been shared 200 times since Monday.",
    "The minister said: \"This article was published on Monday without our consent.\"",
])
def test_a_report_published_on_a_day_is_news(sentence: str) -> None:
    """Another report's publication, or a quoted speaker's complaint, is not the paper's note on its article."""
    assert not is_correction(sentence)
