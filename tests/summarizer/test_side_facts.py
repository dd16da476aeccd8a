"""Side details: a date put to a told event, or a small count retold in other words, is no new fact."""
from __future__ import annotations

from tests.fakes.builders import memory_of
from summarizer.condense import core
from summarizer.factcheck import side_count
from summarizer.memory import features
from summarizer.novelty import Memory, judge


def _novel(text: str, memory: Memory) -> bool:
    return judge(text, memory, "s", core(text)).novel


SEARCH = "The Brackton warehouse of the ferry company was searched by customs officers looking for smuggled cargo."


def test_a_date_put_to_a_told_event_is_no_news() -> None:
    memory = memory_of(SEARCH)
    assert not _novel("Customs officers searched the ferry company's Brackton warehouse on 14 March.", memory)


def test_a_date_of_a_plan_stays_news() -> None:
    """A day scheduled for what comes next is a real next step."""
    memory = memory_of(SEARCH)
    assert _novel("Customs officers will search the ferry company's Brackton warehouse again on 14 March.", memory)


SHOTS = ("Witnesses said the guard shot five times through the window of the Delmont depot.",
         "Police said the guard fired from the depot yard.")


def test_a_small_count_retold_in_other_words_is_no_news() -> None:
    memory = memory_of(*SHOTS)
    assert not _novel("Witnesses said the guard fired five shots through the depot window.", memory)


def test_another_small_count_stays_news() -> None:
    memory = memory_of(*SHOTS)
    assert _novel("Witnesses said the guard fired seven shots through the depot window.", memory)


def test_a_tracked_count_is_never_a_side_detail() -> None:
    """A new value of a tracked count (a toll) stays a fact, even small and in known words."""
    (q,) = features("Four people have died in the Delmont flood.").quantities
    assert q.slot is not None and q.slot.tracked
    assert not side_count(q, {"4", q.slot.measure})
    memory = memory_of("Two people have died in the Delmont flood, four days after the river burst its banks.")
    assert _novel("Four people have died in the Delmont flood.", memory)


def test_a_small_count_needs_its_number_and_measure_told() -> None:
    (q,) = features("The guard fired five shots.").quantities
    assert q.slot is not None and not q.slot.tracked
    assert side_count(q, {"5", q.slot.measure})
    assert not side_count(q, {q.slot.measure})
    assert not side_count(q, {"5"})
