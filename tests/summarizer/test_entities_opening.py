"""Names (:mod:`summarizer.entities`): only the sentence's first run of capitals can be its opening word."""
from __future__ import annotations

import pytest

from summarizer.entities import names
from summarizer.places import _attributions, attributions


@pytest.mark.parametrize("sentence, found", [
    ("Police arrived in Lima.", ("lima",)),  # a common word opening the sentence names nothing
    ('"Police arrived in Lima.', ("lima",)),  # quotes and figures before it: still the opening
    ("12 Police arrived in Lima.", ("lima",)),
    ("Lima sent aid and Police arrived.", ("lima", "police")),  # a later run never opens the sentence
    ("Aid came and Police arrived, then Police left.", ("police", "police")),
    ("the storm hit and Police arrived.", ("police",)),  # the first run, not at the opening
])
def test_only_the_first_run_can_open_the_sentence(sentence: str, found: tuple[str, ...]) -> None:
    assert names.__wrapped__(sentence) == found


def test_attributions_are_read_once_and_handed_out_as_new_lists() -> None:
    text = "Officials said 200 people died in the flood, the UN said."
    first = attributions(text, 0, len(text), 15)
    assert first == list(_attributions(text, 0, len(text), 15)) and first
    first.append((0, 1))  # a caller's change never reaches the cache
    assert attributions(text, 0, len(text), 15) == first[:-1]
