"""Adverbs a headline leaves out (summarizer.adverbs): invented sentences only."""
from __future__ import annotations

from summarizer.adverbs import adverb_edits
from summarizer.condense import condense


def _cuts(text: str) -> list[str]:
    return [text[e.start:e.end] for e in adverb_edits(text)]


def test_a_manner_adverb_before_its_verb_goes_but_not_one_that_tells_a_fact() -> None:
    assert _cuts("The baker has angrily rejected the claims of the inspectors.") == [" angrily"]
    assert _cuts("The guard was forcibly removed from the hall.") == [" forcibly"]
    assert _cuts("Two climbers were seriously injured on the ridge.") == []
    assert _cuts("The mayor publicly apologised to the fishermen.") == []
    assert _cuts("The baker did not angrily reject the claims.") == []


def test_a_comment_adverb_in_commas_goes_but_not_a_hedge_or_a_time() -> None:
    assert _cuts("The baker had said, somewhat bitterly, that the oven was cold.") == [", somewhat bitterly,"]
    assert _cuts("She spoke to, fittingly enough, the town's oldest paper.") == [", fittingly enough,"]
    assert _cuts("The baker had, apparently, left the oven on.") == []
    assert _cuts("The baker had, initially, left the oven on.") == []


def test_a_long_line_loses_its_manner_and_comment_adverbs() -> None:
    line = condense("The baker of the small harbour town had said, somewhat bitterly, that he would angrily fight "
                    "the closure of his shop by the inspectors.")
    assert "bitterly" not in line and "angrily" not in line and "fight the closure of his shop" in line
