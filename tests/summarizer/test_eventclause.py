"""The event of a line whose main verb tells none: a framing "came as" clause, a passive move naming the event
(made-up sentences)."""
import pytest

from summarizer.eventclause import event_terms, framed
from summarizer.told import action_terms


def test_a_framing_clause_is_read_as_the_sentence_it_places_its_subject_by() -> None:
    line = "The aid freeze came as the senate voted to confirm Ada Lunn as commander of the northern army."
    assert framed(line) == "The senate voted to confirm Ada Lunn as commander of the northern army."
    assert event_terms(line, 1.3) == action_terms("voted")
    assert event_terms("The announcement comes days after the regulator fined the Norland bank.", 1.3) == \
        action_terms("fined")


@pytest.mark.parametrize("line", [
    "It will be a season reviewed over the years to come as future tours are planned.",  # no finite "come"
    "The ruling will come as a relief to the Lindmark families.",  # a prospect
    "The firm, which came as a surprise entrant after the senate voted, bid for the shipyard.",  # not the main clause
    "The news came as a shock to the village.",  # no clause with an event
])
def test_no_framing_clause_no_framed_event(line: str) -> None:
    assert not event_terms(line, 1.3)


def test_a_passive_move_to_a_place_that_names_an_event_is_that_event() -> None:
    assert event_terms("Jo Roe was taken to hospital with suspected swine flu.", 1.3) == action_terms("hospital")
    assert event_terms("Ana Vela was taken into custody at a police station in Brightwater.", 1.3) == \
        action_terms("arrested")
    assert event_terms("The singer was rushed to a hospital in Ostrava after the crash.", 1.3) == action_terms("hospital")


@pytest.mark.parametrize("line", [
    "Jo Roe will be taken to hospital for tests next week.",  # a plan
    "Kim Orr, who was taken into custody on Monday, is due in court.",  # a relative clause
    "Jo Roe was taken to the airport by her coach.",  # a place that names no event
])
def test_no_move_told_as_done_in_the_main_clause_no_event(line: str) -> None:
    assert not event_terms(line, 1.3)
