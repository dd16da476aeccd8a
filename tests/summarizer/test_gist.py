"""Gist: the actors and actions of a sentence, and repeats of a known event told in other words."""
from __future__ import annotations

import pytest

from enginekit import memory_of
from summarizer import novelty
from summarizer.gist import gist
from summarizer.novelty import judge
from summarizer.text import canon

GRANTED = "Ecuador granted political asylum to Julian Assange, who has been inside its London embassy since June."
WARNED = "Britain warned it could enter the embassy to arrest Assange under a 1987 law."
RETOLD = "Assange was granted asylum by Ecuador, deepening a bitter diplomatic row with Britain."


def test_gist_has_names_and_action_verbs() -> None:
    g = gist("Police in Lyon have arrested the mayor, Jean Dupont, and seized his car.")
    assert {"lyon", "jean", "dupont"} <= g.actors
    assert g.actions == {canon("arrested"), canon("seized")}


def test_verbs_of_saying_and_light_verbs_are_no_actions() -> None:
    g = gist("Officials confirmed on Monday that the talks were expected to continue, the ministry said.")
    assert g.actions == frozenset()


def test_names_are_not_actions() -> None:
    """A past form inside a name ("United") names something, it does not happen."""
    assert canon("united") not in gist("The United Nations sent 300 tonnes of food.").actions


def test_known_in_needs_every_actor_and_action() -> None:
    g = gist(RETOLD)
    seen = set(novelty.features(GRANTED).terms) | set(novelty.features(WARNED).terms)
    assert g.known_in(seen)
    assert not g.known_in(seen - {canon("grant")})
    assert not gist("The talks in Geneva.").known_in(seen | {"geneva", "talk"})  # no action at all


def test_known_event_in_other_words_is_a_repeat(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every actor and action known, half the words known, no new fact: a repeat; without the gist rule, new."""
    memory = memory_of(GRANTED, WARNED)
    assert not judge(RETOLD, memory, "s1").novel
    monkeypatch.setattr(novelty, "REPEAT_GIST_MEAN", 1.0)
    assert judge(RETOLD, memory, "s1").novel


def test_new_actor_keeps_a_known_event_new() -> None:
    """The same words about another actor: Bolivia granting asylum is another event."""
    memory = memory_of(GRANTED, WARNED)
    v = judge("Assange was granted asylum by Bolivia, deepening a bitter diplomatic row with Britain.", memory, "s1")
    assert v.novel


def test_new_day_keeps_a_known_event_new() -> None:
    """A known event with a day not told before: the day is news."""
    memory = memory_of(GRANTED, WARNED)
    v = judge("Assange was granted asylum by Ecuador on 16 August, deepening the row with Britain.", memory, "s1")
    assert (v.containment + v.coverage) / 2 >= novelty.REPEAT_GIST_MEAN  # in the gist rule's band
    assert v.novel and v.new_facts
