"""A running total added up from an increment told before it (made-up sentences; Lowmere and Brackwell are made-up
places)."""
from __future__ import annotations

import pytest

from summarizer.facts import quantities
from summarizer.models import Kind
from summarizer.novelty import Memory, judge


def _total(text: str) -> tuple[float, str, str] | None:
    found = [(q.low, q.slot.measure, q.slot.scope) for q in quantities(text) if q.slot is not None]
    return found[-1] if found else None


@pytest.mark.parametrize("text, measure", [
    ("At least two more cases have now been confirmed in Lowmere county, bringing the national total to 31.", "cases"),
    ("Four more cases of the fever have been confirmed in Brackwell, the health minister said today, bringing the "
     "total number to 19.", "cases"),
    ("Another six Lowmere cases of the fever have been confirmed taking the total to 52, according to the ministry.",
     "cases"),
    ("Officials said three more people have died of the fever in the north, taking the national tally to 14.", "dead"),
])
def test_a_total_far_after_its_increment_counts_what_the_increment_counts(text: str, measure: str) -> None:
    total = _total(text)
    assert total is not None and total[1] == measure and total[2] == "total"


@pytest.mark.parametrize("text", [
    "Two more provinces reported cases of the fever, bringing the total to 12.",  # a count of provinces
    "A further 40 nurses in the capital were sent home, bringing the total to 310.",  # nurses: no measure
])
def test_an_increment_of_something_else_gives_the_total_no_measure(text: str) -> None:
    assert _total(text) is None


def test_a_measure_in_the_total_phrase_is_its_own() -> None:
    (q,) = [q for q in quantities("Five more deaths from the fever were confirmed, bringing the toll to 40.") if q.slot]
    assert q.unit == frozenset({"toll"}) and q.slot is not None and q.slot.measure == "dead"


def test_a_running_total_after_its_increment_updates_the_earlier_total() -> None:
    m = Memory()
    m.add("Three more cases of the fever were confirmed in Lowmere on Monday, bringing the total to 40.", story_id="s1")
    verdict = judge("Five more cases of the fever have been confirmed in Lowmere, bringing the total to 45.", m, "s1")
    assert verdict.kind is Kind.UPDATED


def test_a_running_total_with_no_place_of_its_own_is_its_increments_place() -> None:
    """"three more cases in Lowmere, bringing the total to 40" is Lowmere's total; a total naming its own place keeps it."""
    q = quantities("Health officials announced three more confirmed cases of the fever in Lowmere, bringing the total to 40.")[-1]
    assert q.slot is not None and q.slot.places == frozenset({"lowmere"})
    q = quantities("Two more cases were confirmed in Lowmere county, bringing the Brackwell total to 31.")[-1]
    assert q.slot is not None and "lowmere" not in q.slot.places


def test_a_running_total_names_its_measure_however_far_before_the_figure() -> None:
    """"The death toll from the floods in the southern province rose to 31": the toll's own words name the count, with
    a long place phrase between them and the figure; "evacuees" count the evacuated."""
    found = [(q.raw, q.slot.measure if q.slot else None)
             for q in quantities("The death toll from flash floods in the southern Lowmere Province rose to 31 on Tuesday.")]
    assert found == [("31", "dead")]
    assert [q.slot.measure for q in quantities("The number of evacuees has risen to 12,000, the ministry said.")
            if q.slot] == ["evacuated"]
    assert not [q for q in quantities("The report on the floods in the southern Lowmere Province ran to 31 pages.")
                if q.slot and q.slot.measure == "dead"]


def test_the_number_of_a_measure_counts_it_however_long_its_phrase() -> None:
    """"The number of confirmed cases of a new fever has climbed to 8,400": what "the number of" names is counted,
    far before the figure; "the number of provinces reporting cases" counts provinces."""
    q = quantities("The number of confirmed cases of a new fever has climbed to 8,400 and the toll stands at 72.")
    assert [(x.low, x.slot.measure) for x in q if x.slot] == [(8400, "cases"), (72, "dead")]
    assert _total("The number of people killed in the floods in the northern province of Lowmere has climbed to 31.") \
        == (31, "dead", "total")
