"""British and American spellings read as one word (summarizer.spelling)."""
from __future__ import annotations

import pytest

from summarizer.spelling import common_spelling
from summarizer.text import canon, terms


@pytest.mark.parametrize("british, american", [
    ("organisation", "organization"), ("criticised", "criticized"), ("analysed", "analyzed"),
    ("honoured", "honored"), ("neighbourhood", "neighborhood"), ("centre", "center"), ("defence", "defense"),
    ("travelled", "traveled"), ("programme", "program"), ("catalogue", "catalog"), ("ecuadorean", "ecuadorian"),
])
def test_british_spelling_reads_as_american(british: str, american: str) -> None:
    assert common_spelling(british) == american
    assert canon(british) == canon(american)


@pytest.mark.parametrize("word", ["tour", "four", "hour", "promise", "surprise", "wise", "filled", "killed", "fence",
                                  "lettre", "entre", "european", "ocean", "rise"])
def test_a_pattern_that_makes_no_word_of_like_frequency_is_no_variant(word: str) -> None:
    assert common_spelling(word) == word


def test_a_retelling_in_the_other_spelling_shares_its_terms() -> None:
    uk = terms("The health organisation criticised the defence programme.")
    us = terms("The health organization criticized the defense program.")
    assert set(uk) == set(us)
