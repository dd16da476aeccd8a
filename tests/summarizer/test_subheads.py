"""A subhead of one to three words and a speaker's caption quotation glued before a sentence are cut off; titles,
names and sentences that open with an adverbial are not (made-up sentences)."""
from __future__ import annotations

import pytest

from summarizer.glue import split_glued
from summarizer.sentences import split_text
from summarizer.subheads import caption_quote_end, subhead_end

CUT = [
    ("Possible prison term Should he be sentenced, Pike would serve it at Lowmere.", "Possible prison term"),
    ("Dredging The council is to spend 2 million pounds on the harbour channel.", "Dredging"),
    ("Haggling As the fishermen argued over the price, the auction was stopped.", "Haggling"),
    ("Losing sponsors We lost a very important backer, the ferry company, last week.", "Losing sponsors"),
    ("Harbour levy Does a toll on every boat really pay for the new wall?", "Harbour levy"),
]
WHOLE = [
    "Reporters Without Borders said the harbour ban was an attack on the press.",
    "Influenza A viruses are classified by two proteins on their surface.",
    "Woman A met the defendant at the harbour bar in May.",
    "Watching The Wire was the crew's habit on long nights.",
    "Yesterday The Lowmere Gazette reported that the ferry was sold.",
    "All I can say is that the harbour will open again.",
    "Fire From the Sky is a film about a lighthouse struck by lightning.",
]


@pytest.mark.parametrize(("sentence", "head"), CUT)
def test_short_subhead_cut_off(sentence: str, head: str) -> None:
    tokens = sentence.split()
    assert " ".join(tokens[:subhead_end(tokens)]) == head
    assert split_glued(sentence)[0] == head


@pytest.mark.parametrize("sentence", WHOLE)
def test_no_subhead(sentence: str) -> None:
    assert subhead_end(sentence.split()) == 0
    assert split_glued(sentence) == (sentence,)


def test_caption_quotation_cut_before_a_lead_naming_someone_else() -> None:
    line = 'Ann Vole: " Four years will not bring the harbour back " Pike was found guilty of fraud last month.'
    tokens = line.split()
    assert " ".join(tokens[caption_quote_end(tokens):]) == "Pike was found guilty of fraud last month."
    assert split_text(line)[-1] == "Pike was found guilty of fraud last month."


@pytest.mark.parametrize("line", [
    'Ann Vole: " Four years will not bring the harbour back. " Pike was found guilty of fraud last month.',  # a stop
    'Vole said: " the harbour is lost " Pike was found guilty of fraud last month.',  # no caption: a verb before the colon
    'Ann Vole: " Four years will not bring the harbour back " said the mayor of Lowmere at the quay.',  # no capital
])
def test_no_caption_quotation(line: str) -> None:
    assert caption_quote_end(line.split()) == 0
