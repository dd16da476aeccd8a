"""Compatibility characters: ligatures, full-width and mathematical letters, soft hyphens, odd spaces."""
from __future__ import annotations

import pytest

from enginekit import make_article
from summarizer.clean import clean_text
from summarizer.compat import fold_compat


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("The ofﬁcials said the ﬂood was ﬃcult to stop.", "The officials said the flood was fficult to stop."),
        ("Ｔｏｋｙｏ shares rose ２％ on Monday.", "Tokyo shares rose 2％ on Monday."),  # full-width punctuation stays
        ("\U0001d401\U0001d42b\U0001d42e\U0001d42c\U0001d42c\U0001d41e\U0001d425\U0001d42c summit ends", "Brussels summit ends"),
        ("Cancer Council \u00adClassic and the non\u2011stop race", "Cancer Council Classic and the non-stop race"),
        ("The vote\u2009passed 52\u202f000 to 3.", "The vote passed 52 000 to 3."),
    ],
)
def test_compatibility_characters_are_folded(raw: str, want: str) -> None:
    assert fold_compat(raw) == want


@pytest.mark.parametrize(
    "text",
    [
        "He said: “It’s over…” – and left.",  # quotes, dashes and the ellipsis are kept
        "Apple™ sold ½ of its 10 km² site; the 1º prize went to Ana.",  # TM, fractions, superscripts, ordinals
        "東京で地震。死者は多数！（速報）",  # CJK with full-width punctuation
    ],
)
def test_marks_the_engine_relies_on_are_left_alone(text: str) -> None:
    assert fold_compat(text) == text


def test_cleaning_and_titles_fold_ligatures() -> None:
    assert clean_text("Ofﬁcials conﬁrmed the ﬁgures on Monday.").text == "Officials confirmed the figures on Monday."
    article = make_article("Ofﬁcials conﬁrmed the ﬁgures on Monday.", name="lig.txt", title="Ofﬁcials conﬁrm ﬁgures")
    assert article.title == "Officials confirm figures"
