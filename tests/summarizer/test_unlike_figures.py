"""Figures that look alike but are not values of one slot: an offer in a dash aside, a term of office (made-up sentences)."""
from __future__ import annotations

from summarizer.facts import quantities
from summarizer.notcounts import TERM


def _measures(text: str) -> list[str | None]:
    return [q.slot.measure if q.slot else None for q in quantities(text)]


def test_a_figure_in_a_dash_aside_takes_the_modal_of_the_clause_it_restates() -> None:
    assert _measures("A spokesman says Wessex had offered to send a battalion - about 900 troops - to the coast.") == [None]
    assert _measures("Wessex has sent a battalion - about 900 troops - to the coast.") == ["troop"]


def test_a_term_served_is_a_prison_term_only_in_a_sentence_of_crime_and_punishment() -> None:
    assert _measures("Critics say her stint - she has served only 14 months - was too short.") == []
    assert [q.unit for q in quantities("Varga, convicted of fraud, has served only 14 months of his term.")] \
        == [frozenset({TERM})]
