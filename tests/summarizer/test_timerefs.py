"""Clauses anchored before the time of writing: their figures are old values (made-up sentences; Lowmere is a made-up
place)."""
from __future__ import annotations

from summarizer.facts import quantities
from summarizer.models import Kind
from summarizer.novelty import Memory, judge
from summarizer.timerefs import PAST, earlier_value


def test_a_change_of_who_leads_dates_a_clause() -> None:
    assert PAST.search("There were 30,000 troops in Lowmere when President Harlow took office.")
    assert PAST.search("There were only 30,000 troops there when Harlow took over; that will double.")
    assert not PAST.search("Rebels took over the town of Lowmere, killing 30 people.")


def test_a_count_when_a_leader_took_office_is_no_earlier_value() -> None:
    """"39,000 troops when Harlow took over" is history: "There are 78,000 troops" now is news, not its update."""
    assert [q.slot for q in quantities("There were only 39,000 troops in Lowmere when Harlow took over.")] == [None]
    memory = Memory()
    memory.add("There were only 39,000 US troops in Lowmere when Harlow took over; it will double by summer.", "s", "a")
    verdict = judge("There are 78,000 US troops in Lowmere.", memory, "s")
    assert verdict.novel and verdict.kind not in (Kind.UPDATED, Kind.CONFLICT)


def test_a_day_in_the_earlier_value_set_against_a_figure_does_not_date_the_figure() -> None:
    """"412 cases, up from 380 yesterday": yesterday dates 380, and 412 is the running count, comparable with a total."""
    for text in ("The ministry says it has confirmed 412 cases of the fever in Lowmere, up from 380 yesterday.",
                 "Lowmere has reported 1,215 confirmed cases, up from 1,090 on Friday, the agency said.",
                 "The army had 640 tanks on the border, up from 510 in March."):
        q = quantities(text)[0]
        assert q.slot is not None and q.slot.scope == "", text
    (q,) = quantities("The ministry confirmed 412 cases of the fever in Lowmere yesterday.")
    assert q.slot is not None and q.slot.scope == "daily"  # its own day still dates it


def test_from_tells_an_earlier_value_only_after_up_down_or_a_verb_of_change() -> None:
    text = "The regiment moved 300 troops from 12 bases on Monday."
    assert earlier_value(text, text.index("300"), text.index(" from"), len(text)) == (text.index(" from"),) * 2
    text = "The toll rose to 230 from 190 on Tuesday, officials said."
    start = text.index("230")
    assert earlier_value(text, start, start + 3, len(text)) == (text.index("from"), text.index(", officials"))
