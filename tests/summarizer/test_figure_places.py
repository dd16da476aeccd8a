"""A trailing phrase that is a part of someone's body, mind or life is no place to cut (summarizer.chunks);
invented sentences."""
from __future__ import annotations

import pytest

from summarizer.compress import edits


def _cuts(text: str) -> list[str]:
    return [text[e.start:e.end].strip() for e in edits(text)]


@pytest.mark.parametrize("text, phrase", [
    ("When local fans wonder who will follow the champion, they have the fate of their old rivals in the back of their minds.",
     "in the back of their minds"),
    ("The young sprinter from the coastal town was clearly running at the top of her game.", "at the top of her game"),
])
def test_a_figure_of_speech_stays(text: str, phrase: str) -> None:
    assert phrase not in _cuts(text)


def test_a_real_place_may_still_go() -> None:
    text = "The new chairman of the regional water company gave a long speech at the back of the hall."
    assert "at the back of the hall" in _cuts(text)
