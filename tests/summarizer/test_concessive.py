"""Tests for summarizer.concessive: an opening "However" that means "no matter how" is no connective to drop."""
from __future__ import annotations

import pytest

from summarizer.compress import edits
from summarizer.concessive import concessive_however


@pytest.mark.parametrize("text", [
    "However much it costs, the town will rebuild the bridge.",
    "However the vote goes today, the mayor will stay in office.",
    "However it ends, we win the cup.",
    "However the harbour vote goes today, the repair of the old pier will go on all year.",
])
def test_however_without_its_comma_before_a_conceded_clause_means_no_matter_how(text: str) -> None:
    assert concessive_however(text)
    assert not [e for e in edits(text) if e.rule == "connective"]


@pytest.mark.parametrize("text", [
    "However, the town will rebuild the bridge.",
    "However the town objected, saying the cost was high.",
    "However the town said it would rebuild the bridge by May, and the mayor agreed.",
])
def test_however_as_a_link_to_the_sentence_before_may_go(text: str) -> None:
    assert not concessive_however(text)
    assert [e for e in edits(text) if e.rule == "connective"]
