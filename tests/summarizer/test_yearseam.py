from __future__ import annotations

import pytest

from summarizer.glue import split_glued


@pytest.mark.parametrize(("text", "caption"), [
    ("The singer died in 2009 Katherine said the estate owed her money.", "The singer died in 2009"),
    ("The singer died in June 2009 Ada Brook was in good spirits.", "The singer died in June 2009"),
    ("The album topped the chart in 2003 Ada Brook has topped the chart again.", "The album topped the chart in 2003"),
    ("The bear was given to the park by Norway in 2004 Norland's only known bear has been moved to a quieter pen.",
     "The bear was given to the park by Norway in 2004"),
])
def test_a_caption_ending_on_a_year_is_cut_from_the_lead(text: str, caption: str) -> None:
    assert split_glued(text)[0] == caption


@pytest.mark.parametrize("text", [
    "When Ada Brook was elected in 1960 Al Bee turned down the post.",
    "Whilst Ada Brook was mayor in 1960 Al Bee turned down the post.",
    "Roe was a donor and in 2000 Acme was the largest donor.",
    "He adds that in 2003 Roe used his flat.",
    "In 2009 Roe was arrested.",
    "In his last race in 1986 Brook seemed to ride for fun.",
    "In 2004 Norland's only known bear was moved to a quieter pen.",
    "The park was opened in 2004 Norland's way, with no fences.",
])
def test_a_year_phrase_inside_one_sentence_is_not_cut(text: str) -> None:
    assert split_glued(text) == (text,)
