"""Quoted passages (:func:`summarizer.memory.quotes`): every kind of opening mark is read; a text without one has none."""
from __future__ import annotations

import pytest

from summarizer.memory import quotes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The mayor said “we will rebuild the harbour” on Monday.", ["we will rebuild the harbour"]),
        ('The mayor said "we will rebuild the harbour" on Monday.', ["we will rebuild the harbour"]),
        ("The mayor said ‘we will rebuild the harbour’ on Monday.", ["we will rebuild the harbour"]),
        ("The mayor said 'we will rebuild the harbour' on Monday.", ["we will rebuild the harbour"]),
        ("The mayor said “rebuild” on Monday.", []),  # one word: no passage
        ("The mayor said we will rebuild the harbour on Monday.", []),  # no mark at all
        ("The mayor's plan was to rebuild the town's harbour.", []),  # apostrophes quote nothing
    ],
)
def test_quoted_passages(text: str, want: list[str]) -> None:
    assert quotes(text) == want
