"""A page's headline block run into its lead at a capitalised common word (:mod:`summarizer.headblock`)."""
from __future__ import annotations

from collections import Counter

from summarizer.casebreaks import break_case_glued
from summarizer.headblock import glue_cuts, headline_seam, new_seam

BLOCK = "River floods: fears grow in the valley as the water level reaches 9 Rescue crews have moved families from low streets."
BODY = ["The rescue crews worked through the night.", "More crews arrived on Sunday."]


def _spelling(*lower: str) -> tuple[Counter[str], Counter[str]]:
    return Counter(lower), Counter()


def test_a_headline_ending_in_a_number_is_cut_before_a_common_noun_subject() -> None:
    assert break_case_glued([BLOCK, *BODY]) == ["River floods: fears grow in the valley as the water level reaches 9",
                                                "Rescue crews have moved families from low streets.", *BODY]


def test_only_a_word_the_article_writes_in_lower_case_counts() -> None:
    tokens = BLOCK.split()
    i = tokens.index("Rescue")
    assert headline_seam(tokens, i, *_spelling("rescue"))
    assert not headline_seam(tokens, i, *_spelling())  # never written in lower case: it may be a name
    capital = Counter({"Rescue": 2})
    assert not headline_seam(tokens, i, Counter({"rescue": 1}), capital)  # capitalised elsewhere too: a name


def test_only_the_first_lines_of_an_article_are_read() -> None:
    lines = ["The rescue crews worked through the night.", "Officials met on Sunday.", BLOCK]
    assert break_case_glued(lines) == lines


def test_a_verb_before_the_capital_takes_it_as_its_object() -> None:
    line = "Officials in the valley urged Rescue crews to move families from the low streets."
    tokens = line.split()
    assert not headline_seam(tokens, tokens.index("Rescue"), *_spelling("rescue"))


def test_the_words_after_the_cut_must_reach_a_finite_verb() -> None:
    line = "Water level in the valley reaches 9 Rescue crews from three towns, with boats and trucks."
    tokens = line.split()
    assert not headline_seam(tokens, tokens.index("Rescue"), *_spelling("rescue"))


def test_a_name_going_on_in_capitals_or_a_stop_on_the_left_is_no_seam() -> None:
    line = "Crews in the flooded valley Rescue Services Group have moved families from low streets."
    tokens = line.split()
    assert not headline_seam(tokens, tokens.index("Rescue"), *_spelling("rescue"))
    stopped = "Floods hit the valley. The water reaches 9 Rescue crews have moved families from low streets."
    tokens = stopped.split()
    assert not headline_seam(tokens, tokens.index("Rescue"), *_spelling("rescue"))


def test_a_closed_quotation_ends_a_headline_before_an_article() -> None:
    line = "Mayor says the valley faces ' grave danger' The river has burst its banks in two places."
    tokens = line.split()
    assert headline_seam(tokens, tokens.index("The"), *_spelling())


def test_a_cut_the_sentence_splitter_makes_itself_is_left_to_it() -> None:
    line = "Floods close valley roads The river has burst its banks in two places near the town."
    tokens = line.split()
    i = tokens.index("The")
    assert i in glue_cuts(tokens)
    assert headline_seam(tokens, i, *_spelling()) and not new_seam(tokens, i, *_spelling())


def test_a_letter_label_after_a_noun_is_no_article() -> None:
    line = "Two witnesses in the valley case known as witness A and witness B have spoken to the court."
    tokens = line.split()
    assert not headline_seam(tokens, tokens.index("A"), *_spelling())
