"""A sentence that sends the reader elsewhere (a page action, a pointer to a website) is furniture; a sentence that
cites a website as the source of a fact is news (made-up sentences)."""
from __future__ import annotations

import pytest

from summarizer.clean import is_furniture
from summarizer.pointers import sends_reader

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
    "Our video team has put together this summary of the inquiry's first day.",
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
