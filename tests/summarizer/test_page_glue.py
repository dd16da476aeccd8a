"""Page debris glued to news: a media teaser, a photo credit, a book review's header, an apposition read as a speaker
label, a count-word subhead (made-up sentences)."""
from __future__ import annotations

import pytest

from summarizer.captions import strip_lead_credit
from summarizer.glue import split_glued
from summarizer.leadsay import lead_attribution
from summarizer.programme import running_order
from summarizer.reviews import strip_book_header


@pytest.mark.parametrize("sentence", [
    "Ana Pell, 15, describes the scene in Lowmere after the flood.",
    "Ed Pike, a fellow at the Harbour Institute, describes his town's mood in the latest issue of the journal.",
    "As hopes that the ferry strike is ending grow, Ed Pike reports from the quayside, where crews wait.",
])
def test_media_teasers_are_running_order(sentence: str) -> None:
    assert running_order(sentence)


@pytest.mark.parametrize("sentence", [
    "Ed Pike, the harbour master, describes the levy as a tax on fishermen.",  # what was said
    "Ed Pike describes how he saw the captain throw the nets overboard.",  # the testimony itself
    "Pike describes the sound levels at the quay on the night of the storm.",  # a witness on a live page
    "Ana Pell, 15, was pulled from the water on Tuesday.",
])
def test_reports_are_not_teasers(sentence: str) -> None:
    assert not running_order(sentence)


def test_teaser_glued_before_a_lead_is_cut() -> None:
    text = "Ed Pike describes the scene at Lowmere's flooded harbour Rescue teams have pulled ten people from the water."
    assert split_glued(text, lead=True) == ("Ed Pike describes the scene at Lowmere's flooded harbour",
                                            "Rescue teams have pulled ten people from the water.")


def test_teaser_with_a_bracket_is_not_cut() -> None:
    text = "Ann Vole asks if her village (Lowmere) can have an exemption from the harbour levy."
    assert split_glued(text, lead=True) == (text,)


def test_headline_glued_before_a_named_teaser_is_cut() -> None:
    text = "Twitter spreads news from Lowmere Ana Pell describes the scene in the flooded streets of the town."
    assert split_glued(text, lead=True)[-1].startswith("Ana Pell describes")


def test_article_before_a_title_that_describes_is_not_cut() -> None:
    text = "An essay in a recent Harbour Weekly describes the vogue for ferries across the bay."
    assert split_glued(text, lead=True) == (text,)


@pytest.mark.parametrize("line, rest", [
    ("Photographer: Ana Pell / AP Ed Pike is keen to open the harbour to cameras.", "Ed Pike is keen"),
    ("Photograph: PA Two ferries sank off Lowmere yesterday, the coastguard said.", "Two ferries sank"),
])
def test_photo_credits_before_the_lead_go(line: str, rest: str) -> None:
    assert strip_lead_credit(line).startswith(rest)


def test_book_header_before_the_first_sentence_goes() -> None:
    line = "The Long Tide: A Life of Ed Pike by Ana Pell 512pp, Lowmere Press, £18.99 Pike sailed round the bay twice."
    assert strip_book_header(line) == "Pike sailed round the bay twice."
    prose = "The book (Lowmere Press, 320pp, £14.99) could claim to be the fullest account of the voyage."
    assert strip_book_header(prose) == prose


@pytest.mark.parametrize("sentence, line", [
    ("According to Ana Pell, head of shipping at Vole Partners LLP, the unease over the levy stems from two issues.",
     "Ana Pell: The unease over the levy stems from two issues."),
    ("According to Jo Pike, an economist at the Harbour Institute, fish prices rose by 15% in July.",
     "Jo Pike: Fish prices rose by 15% in July."),
    ("According to Jo Pike, who wrote the letter, it was too costly to run.",  # a pronoun left: the sentence stays
     "According to Jo Pike, who wrote the letter, it was too costly to run."),
])
def test_apposition_after_according_to_is_no_speech(sentence: str, line: str) -> None:
    assert lead_attribution(sentence) == line


@pytest.mark.parametrize("sentence", [
    "According to Harbour Watch, the coastguard teams, known as Tide Crews, searched the bay all night.",
    "According to Ann Vole, who has sat on the boards of Lowmere, Tidemouth and Vole Shipping, talks are tense.",
    "According to the Lowmere Ministry, the harbour's envoy to Tidemouth, Jo Pike, is heading to the port.",
    "According to Dr Pike, genetic tests on the fish, which will take months, could explain the die-off.",
])
def test_subject_after_according_to_is_kept(sentence: str) -> None:
    out = lead_attribution(sentence)
    assert "known as" not in out[:30] and not out.split(": ", 1)[-1].startswith(("Tidemouth", "Which", "Known", "Jo Pike,"))


def test_count_word_subhead_is_cut() -> None:
    text = "Harbour suspects Nine sailors, including two captains, remained in custody in Lowmere yesterday."
    assert split_glued(text, lead=True)[0] == "Harbour suspects"


@pytest.mark.parametrize("text", [
    "The council sought to calm anger over the so-called Lowmere Three bankers by stepping up its efforts.",
    "Reyes prefaces Two Left Feet with the boast that it is the band's first try at a folk ballad.",
    "The deal was backed by the Harbour news agency and Seven network executives signed it yesterday.",
])
def test_count_words_in_names_are_not_cut(text: str) -> None:
    assert split_glued(text, lead=True) == (text,)
