"""A sentence that sends the reader elsewhere (a page action, a pointer to a website) is furniture; a sentence that
cites a website as the source of a fact is news (made-up sentences)."""
from __future__ import annotations

import pytest

from summarizer.clean import clean_text, is_furniture
from summarizer.pointers import sends_reader, strip_pointer_head

POINTERS = [
    "The tireless Jo Roe has just filed from the harbour on the mayor's impromptu victory party.",
    "The full programme can be found at lowmerefestival.org.",
    "More information is available on the council's website.",
    "Further details can be found at www.lowmere.example/ferry.",
    "Click here to see the harbour timetable.",
    "Click on the pictures below to see this week's winners.",
    "Follow us on Twitter for the latest from the harbour.",
    "Visit Harbour Watch for full instructions.",
    "For more information, call the harbour office.",
    "For the latest on the ferry strike, please go to our harbour news page.",
    "For more on the inquiry, see our special report.",
    "Tickets: lowmerefestival.org.",
    # a live page pointing at other coverage
    "Our correspondent Ann Vole has filed her take on the harbour inquiry, which you can read in full.",
    "The agency has this story on the toll, which rather undercuts the ministry's account.",
    "Our film crew has put together this round-up of the inquiry's first day.",
    "Ann Vole has filed this report from the harbour court today.",
    "You can read the full ruling here.",
    "Ann Vole is at the inquiry and you can follow her updates here.",
    "Here is a summary of the arguments put by the council and the ferry company.",
]
NEWS = [
    "According to a statement on its website, the ferry company said 40 sailings were cancelled.",
    "A petition on example.org has attracted more than 12,000 signatures against the toll.",
    "The council's figures, available at lowmere.gov.uk, showed the toll raised £2m.",
    "The report, which can be read at www.lowmere.example, says the harbour wall is failing.",
    "The minister will visit Lowmere on Monday to meet the ferry crews.",
    "“Click here and you lose your money,” the prosecutor told the jury.",
    "More information emerged on Tuesday about the ferry's last voyage.",
    "Footage of the sinking can be seen on state television.",
    "The ferry was found at the harbour mouth on Monday.",
    "For more than a decade, ferries have sailed from the harbour at dawn.",
    "For the latest sailing, the crews were told to go to the north quay.",
    # filings, stories and asides that are not pointers to coverage
    "The harbour police have filed their report with the court.",
    "Lawyers for the ferry company have filed a motion to dismiss the case.",
    "The skipper has this story to tell about the night of the sinking.",
    "The council has published a report on the harbour wall.",
    "The ferry company registered the domain in March, as you can see here, before the sale.",
    # the pointer carries the report's own words after a colon
    "The agency has filed this report on the hearing: the inquiry heard that the ferry left port overloaded.",
]


@pytest.mark.parametrize("sentence", POINTERS)
def test_a_sentence_sending_the_reader_elsewhere_is_furniture(sentence: str) -> None:
    assert sends_reader(sentence)
    assert is_furniture(sentence)


@pytest.mark.parametrize("sentence", NEWS)
def test_a_sentence_citing_a_website_or_visiting_a_place_stays(sentence: str) -> None:
    assert not sends_reader(sentence)
    assert not is_furniture(sentence)


# A list page's announcement of what follows, a page's links, a live page's call to follow it (invented lines).
LIST_AND_LIVE_FURNITURE = [
    "Here are the key points from the harbour inquiry.",
    "Here are five things we learned at the ferry hearing.",
    "And here are the main points from the mayor's interview on the morning show.",
    "Here are a few ways you can help the flooded villages.",
    "Here are some questions and answers on the harbour toll:",
    "Here's the eight biggest takeaways from the council meeting.",
    "The link below is to the council's statement on the harbour wall.",
    "(the link above is to the mayor's speech on the ferry).",
    "To see how divers search a wreck, click on the links below.",
    "Follow the hearing live on our website.",
    "Watch live: the mayor speaks at the harbour.",
    "Scroll down for updates from the quay.",
]
LIST_AND_LIVE_NEWS = [
    "Here is the skipper who saved twelve passengers from the sinking ferry.",
    "Here's where things stand Twelve councillors have said they will vote to close the harbour.",
    "Here are the facts: the ferry carried 300 passengers, twice its licensed load, the inquiry heard.",
    "Divers found a broken link below the waterline of the ferry's hull.",
    "The link between the toll and the ferry's losses was denied by the council.",
    "Residents who watch the harbour live in fear of another storm, the mayor said.",
    "“Follow us live,” the skipper shouted as the ferry left the quay.",
]


@pytest.mark.parametrize("sentence", LIST_AND_LIVE_FURNITURE)
def test_a_list_announcement_a_link_pointer_or_a_call_to_follow_live_is_furniture(sentence: str) -> None:
    assert sends_reader(sentence)
    assert is_furniture(sentence)


@pytest.mark.parametrize("sentence", LIST_AND_LIVE_NEWS)
def test_news_that_opens_like_a_list_or_names_a_link_stays(sentence: str) -> None:
    assert not sends_reader(sentence)


def test_a_pointer_before_a_colon_goes_and_the_sentence_after_it_stays() -> None:
    line = "The link below is to the court's ruling (in English): A small crowd has gathered outside the harbour office."
    assert strip_pointer_head(line) == "A small crowd has gathered outside the harbour office."
    assert strip_pointer_head("Here are the key points: The inquiry heard from three divers today.") \
        == "The inquiry heard from three divers today."
    for kept in ("Here are the key points:", "The mayor said: The link below the quay was cut in the storm.",
                 "“Here are the facts”: The council has lost the toll case."):
        assert strip_pointer_head(kept) == kept


def test_cleaning_cuts_a_link_pointer_off_the_news_after_its_colon() -> None:
    page = "\n".join([
        "The harbour court ruled on Monday that the ferry toll was unlawful, ending a two-year dispute.",
        "The link below is to the court's ruling (in English): A small crowd has gathered outside the harbour office.",
        "The council said it would not appeal against the ruling.",
    ])
    lines = clean_text(page).text.split("\n")
    assert lines[1] == "A small crowd has gathered outside the harbour office."
    assert not any("link below" in line for line in lines)


# A call to read or watch the page's own pieces, a recap's announcement (invented lines).
READ_AND_RECAP = [
    "Read the full interview with the harbour master here.",
    "Read here the agency's story on the ferry toll.",
    "Relive the day's hearing on our live blog and watch the mayor's reaction.",
    "Take a look inside the lighthouse in our gallery.",
    "Follow the latest updates on the ferry strike",
    "Follow more coverage from the harbour tomorrow.",
    "Here's a quick recap of the day at the harbour inquiry.",
    "Before the court resumes, here is a rundown of yesterday's evidence.",
]
READ_AND_RECAP_NEWS = [
    "Read the small print and you find the toll rises every year, the consumer group said.",
    "Follow the coverage of the ferry strike for a week and count how often the mayor is blamed.",
    "Take a look at the harbour accounts and the losses are plain, the auditor told the council.",
    "The ferry union has finished its evidence, so the summary is due on Friday.",
    "Lawyers for the skipper have filed a summary of the evidence with the court.",
]


@pytest.mark.parametrize("sentence", READ_AND_RECAP)
def test_a_call_to_read_the_pages_pieces_or_a_recaps_announcement_is_furniture(sentence: str) -> None:
    assert sends_reader(sentence)
    assert is_furniture(sentence)


@pytest.mark.parametrize("sentence", READ_AND_RECAP_NEWS)
def test_an_imperative_in_prose_or_a_filed_summary_stays(sentence: str) -> None:
    assert not sends_reader(sentence)


@pytest.mark.parametrize("line", [
    "Here's a quick recap of the main events: The harbour master has said the ferry was overloaded.",
    "While we wait for the verdict, here's a rundown of where matters stand: The court has heard from 30 witnesses.",
])
def test_a_recap_or_a_call_to_read_before_a_colon_goes_and_the_news_after_it_stays(line: str) -> None:
    assert strip_pointer_head(line) == line[line.index(":") + 1:].strip()


def test_a_call_to_read_that_carries_the_news_after_its_colon_stays() -> None:
    sentence = "Read the full story here: The mayor has named a new harbour board after the vote."
    assert not sends_reader(sentence)
