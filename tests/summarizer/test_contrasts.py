"""Contrasting actions: a reversal or next step of a known event is news, a retelling is not."""
from __future__ import annotations

import pytest

from enginekit import memory_of
from summarizer.contrasts import NEXT_STEPS, changed_action, contrasts
from summarizer.novelty import judge
from summarizer.text import canon, terms

# (told earlier, the event changed: almost every other word repeats)
CHANGED = [
    ("Police detained the suspect in Lyon on Tuesday.", "The suspect was released by police in Lyon."),
    ("Pistorius applied for bail at the Pretoria magistrates court.",
     "Pistorius was granted bail at the Pretoria magistrates court."),
    ("Ecuador's foreign minister denied that Assange had been offered asylum at the embassy.",
     "Ecuador's foreign minister admitted that Assange had been offered asylum at the embassy."),
    ("The rebels attacked the town of Bunia in Ituri province.", "The rebels withdrew from the town of Bunia in Ituri province."),
    ("Police arrested a man on Tuesday over the shooting of two officers in Leeds.",
     "Police charged the man with attempted murder over the shooting of two officers in Leeds."),
]


@pytest.mark.parametrize(("told", "later"), CHANGED)
def test_changed_event_is_news(told: str, later: str) -> None:
    assert judge(later, memory_of(told), "s1").novel


@pytest.mark.parametrize(("told", "later"), CHANGED)
def test_changed_event_is_a_repeat_by_words_alone(told: str, later: str) -> None:
    """The pairs overlap enough to pass as repeats: only the contrast keeps them new."""
    v = judge(later, memory_of(told), "s1")
    assert v.containment >= 0.62 or v.coverage >= 0.86 or v.containment + v.coverage >= 1.1


def test_same_side_is_still_a_repeat() -> None:
    m = memory_of("Police detained the suspect in Lyon on Tuesday.")
    assert not judge("The suspect was arrested by police in Lyon.", m, "s1").novel


def test_retelling_both_sides_is_no_change() -> None:
    """A sentence holding both the request and its grant retells the story."""
    told = set(terms("Assange sought asylum at the embassy."))
    later = terms("Assange was granted the asylum he sought at the embassy.")
    assert changed_action(later, told, told) == ""
    assert changed_action(terms("Assange was granted asylum at the embassy."), told, told) == canon("granted")


def test_a_known_action_is_no_change() -> None:
    told = set(terms("Police released the suspect, then detained him again."))
    assert changed_action(terms("Police released the suspect."), told, told) == ""


def canon_terms(side: str) -> set[str]:
    return {canon(w) for w in side.split()}


def test_contrasts_are_symmetric_and_next_steps_one_way() -> None:
    table = contrasts()
    one_way = {(o, s) for step, outcome in NEXT_STEPS for o in canon_terms(outcome) for s in canon_terms(step)}
    assert all(t in table.get(p, ()) or (t, p) in one_way for t, ps in table.items() for p in ps)
    assert canon("released") in table[canon("detained")]
    assert canon("injured") in table[canon("died")] and canon("died") not in table.get(canon("injured"), ())


def test_an_outcome_after_its_step_is_news_and_not_the_reverse() -> None:
    injured = terms("A cyclist was critically injured in the crash on the ring road.")
    died = terms("The cyclist has died after the crash on the ring road.")
    assert changed_action(died, injured, injured) == canon("died")
    assert changed_action(injured, died, died) == ""
