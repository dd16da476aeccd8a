"""A bare share retold of one thing is told; a conjunction after a figure begins no unit (summarizer.facts, factcheck)."""
from __future__ import annotations

from summarizer.factcheck import facts_against
from summarizer.facts import quantities
from summarizer.memory import features
from summarizer.novelty import Memory


def _new_facts(told: str, text: str) -> int:
    memory = Memory()
    memory.add(told, "s")
    f = features(text)
    near = [k for _, k in memory.neighbours(f)]
    return facts_against(f, near, "s", memory)[2]


def test_a_clause_after_a_share_is_not_what_it_counts() -> None:
    (q,) = quantities("The minister wants inflation back under 10% as his priority.")
    assert q.unit == frozenset({"percent"})
    (q,) = quantities("Inflation fell to 4% and wages rose.")
    assert q.unit == frozenset({"percent"})


def test_a_unit_right_after_a_figure_is_kept() -> None:
    assert {u for q in quantities("A 10% stake was sold and 12 people left.") for u in q.unit} >= {"stake", "peopl"}


def test_the_same_bare_share_said_of_the_same_thing_is_told() -> None:
    told = "His priority is getting inflation back under 10% within a year."
    assert _new_facts(told, "He wants inflation back under 10% as his priority.") == 0


def test_another_bare_share_or_a_share_of_another_thing_stays_new() -> None:
    told = "His priority is getting inflation back under 10% within a year."
    assert _new_facts(told, "He wants inflation back under 8% as his priority.") == 1
    assert _new_facts(told, "Turnout reached 10% by noon, officials said.") == 1
