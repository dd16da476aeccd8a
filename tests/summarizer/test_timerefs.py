"""Clauses anchored before the time of writing: their figures are old values (made-up sentences; Lowmere is a made-up
place)."""
from __future__ import annotations

from summarizer.facts import quantities
from summarizer.models import Kind
from summarizer.novelty import Memory, judge
from summarizer.timerefs import PAST


def test_a_change_of_who_leads_dates_a_clause() -> None:
    assert PAST.search("There were 30,000 troops in Lowmere when President Harlow took office.")
    assert PAST.search("There were only 30,000 troops there when Harlow took over; that will double.")
    assert not PAST.search("Rebels took over the town of Lowmere, killing 30 people.")


def test_a_count_when_a_leader_took_office_is_no_earlier_value() -> None:
    """"34,000 troops when Harlow took over" is history: "There are 78,000 troops" now is news, not its update."""
    assert [q.slot for q in quantities("There were only 34,000 troops in Lowmere when Harlow took over.")] == [None]
    memory = Memory()
    memory.add("There were only 34,000 US troops in Lowmere when Harlow took over; that will double by summer.", "s", "a")
    verdict = judge("There are 78,000 US troops in Lowmere.", memory, "s")
    assert verdict.novel and verdict.kind not in (Kind.UPDATED, Kind.CONFLICT)
