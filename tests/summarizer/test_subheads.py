"""A subhead of one to three words glued before a sentence is cut off; titles,
names and sentences that open with an adverbial are not (made-up sentences)."""
from __future__ import annotations

import pytest

from summarizer.glue import split_glued
from summarizer.subheads import subhead_end

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


@pytest.mark.parametrize(("sentence", "head"), [
    ("When It went up on Monday and has already drawn a reply from the mayor.", "When"),
    ("Who Let's look for a moment at what the rival camp has been doing.", "Who"),
    ("How This is a plain advert with flags and crowds.", "How"),
    ("Where It is running in three states before the vote.", "Where"),
])
def test_question_word_heading_cut_off(sentence: str, head: str) -> None:
    assert split_glued(sentence)[0] == head


@pytest.mark.parametrize("sentence", [
    "What It Takes to Win is the title of her new book.",  # a title: a capital goes on after the pronoun
    "When it went up on Monday the advert drew a reply.",
    "How the plan will work is not yet clear to the council.",
])
def test_question_word_no_heading(sentence: str) -> None:
    assert split_glued(sentence) == (sentence,)
