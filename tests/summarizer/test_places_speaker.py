"""The places of a figure: a speaker named with an appositive before "says" is who said it, not where it happened."""
from __future__ import annotations

from summarizer.places import places


def _places(text: str, figure: str) -> frozenset[str]:
    start = text.index(figure)
    return places(text, start, start + len(figure))


def test_a_speaker_with_an_appositive_is_not_a_place_of_the_figure() -> None:
    text = "The chief medical officer of Quellmark, Dr Ilsa Varn, says that up to 300 people may have died."
    assert _places(text, "up to 300 people") == frozenset()


def test_a_speaker_without_an_appositive_was_never_a_place_either() -> None:
    text = "The chief medical officer of Quellmark says that up to 300 people may have died."
    assert _places(text, "up to 300 people") == frozenset()


def test_a_place_before_a_clause_with_its_own_subject_is_still_the_figures() -> None:
    """Only a reporting verb opening its segment takes the segments before it: "In Quellmark, officials say ..." keeps
    the place, who said it being the words right before the verb."""
    text = "In Quellmark, officials say that up to 300 people may have died."
    assert "quellmark" in _places(text, "up to 300 people")
