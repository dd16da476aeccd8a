"""A verb after a negated modal ("cannot leave", "can't leave") is the main action (summarizer.paraphrase)."""
from __future__ import annotations

import pytest

from summarizer.paraphrase import action_words, main_action


@pytest.mark.parametrize("text", [
    "The envoy cannot leave the building, as the government is refusing to guarantee his passage.",
    "The envoy can't leave the building, as the government is refusing to guarantee his passage.",
    "The envoy won't leave the building, as the government is refusing to guarantee his passage.",
])
def test_the_verb_after_a_negated_modal_is_the_action(text: str) -> None:
    assert main_action(text) == "leave"


def test_a_verb_after_a_plain_modal_is_still_read() -> None:
    assert action_words("The envoy will leave the building.") == ["leave"]
