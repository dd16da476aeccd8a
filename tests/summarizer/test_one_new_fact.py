"""Stale or news, both sides: a retelling of a known event is known; one new fact in a known frame is news."""
from __future__ import annotations

import pytest

from enginekit import memory_of
from summarizer.condense import core
from summarizer.novelty import REPEAT_CONTAINMENT, REPEAT_COVERAGE, Memory, judge

TOLD = ("Police arrested a man on Tuesday over the shooting of two officers in the northern city of Leeds.",
        "The flooding has forced 3,000 residents to leave their homes along the river, the mayor said.",
        "The company's chief executive resigned after the accounting scandal became public.")

NEWS = [
    "Police arrested a second man on Wednesday over the shooting of two officers in Leeds.",  # another instance
    "Police charged the man with attempted murder over the shooting of two officers in Leeds.",  # next step
    "Police arrested a man in Bradford over the shooting of two officers in Leeds.",  # a new place
    "Police named the man arrested over the shooting in Leeds as John Hartley, 34.",  # a new person
    "The flooding has forced 5,000 residents to leave their homes along the river, the mayor said.",  # a new figure
    "The flooding has forced 3,000 residents to leave their homes along the river, and two people drowned.",
    "Prosecutors opened a fraud investigation into the company's accounting scandal.",
]
STALE = [
    "A man was detained on Tuesday in connection with the shooting of two police officers in Leeds, police said.",
    "Police in Leeds said they had arrested a man over Tuesday's shooting of two officers.",
    "Local newspapers reported a string of dramatic revelations about the shooting of two officers in Leeds.",
    "The chief executive stepped down after the scandal over the company's accounting became public.",
    '"We have arrested a man over the shooting of two officers in Leeds," a police spokesman told reporters.',
]


def told() -> Memory:
    return memory_of(*TOLD)


@pytest.mark.parametrize("later", NEWS)
def test_one_new_fact_is_news(later: str) -> None:
    assert judge(later, told(), "s1", core(later)).novel


@pytest.mark.parametrize("later", STALE)
def test_a_retelling_is_known(later: str) -> None:
    assert not judge(later, told(), "s1", core(later)).novel


def test_report_words_around_a_known_event_do_not_make_it_news() -> None:
    """Counted with its words about the telling, the wrapped retelling is less than the repeat share known;
    without them it is a repeat."""
    later = "Local newspapers reported a string of dramatic revelations about the shooting of two officers in Leeds."
    v = judge(later, told(), "s1", core(later))
    assert v.containment < REPEAT_CONTAINMENT and v.coverage < REPEAT_COVERAGE
    assert not v.novel


def test_a_new_place_is_news_only_where_it_is_new() -> None:
    m = memory_of(*TOLD, "Officers in Bradford searched a house on Monday.")
    later = "Police arrested a man in Bradford over the shooting of two officers in Leeds."
    assert not judge(later, m, "s1", core(later)).novel


def _new_facts(earlier: str, later: str, days: int) -> int:
    memory = Memory()
    memory.add(earlier, "s1", "a", 730_000)
    return judge(later, memory, "s1", core(later), when=730_000 + days).new_facts


def test_a_days_new_count_told_weeks_before_is_another_days_count() -> None:
    """A count of one day's new cases recurs: the same number weeks later is another day's count, a new fact;
    told the day before, it is the same count."""
    earlier = "The health agency announced a further 17 cases of the fever, bringing the total to 203."
    later = "Seventeen new cases of the fever at Lowmere College have been confirmed by health officials."
    assert _new_facts(earlier, later, 26) == 1
    assert _new_facts(earlier, later, 1) == 0
