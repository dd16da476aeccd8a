"""Held sentences column by column, read back as Known (summarizer.knownlist)."""
from __future__ import annotations

from summarizer.knownlist import KnownList
from summarizer.memory import Memory, features


def test_a_held_sentence_reads_back_with_its_values() -> None:
    held = KnownList()
    f = features("The ferry to Osterby sailed at noon.")
    k = held.append(f, "story-1", "art-1", 738_000)
    assert (k.index, k.features, k.story_id, k.ref, k.day) == (0, f, "story-1", "art-1", 738_000)
    again = held[0]
    assert again == k and again is not None and again.features is f and held[-1] == k and len(held) == 1
    assert list(held) == [k]


def test_a_forgotten_sentence_reads_as_none_and_is_no_longer_held() -> None:
    held = KnownList()
    k = held.append(features("Harbour cranes stood idle on Friday."), "s", "a", 0)
    assert held.holds(k)
    held.forget(0)
    assert held[0] is None and not held.holds(k) and len(held) == 1


def test_recency_tells_the_layer_even_when_both_layers_hold_the_sentence_at_one_index() -> None:
    channel = Memory()
    user = Memory(parent=channel)
    text = "The council of Brennia voted to close the old pier."
    channel.add(text, "s", "channel-article")
    user._hold(99, features(text), "s", "user-article")  # the same analysis at index 0 of the user's own layer
    mine, theirs = user.known[0], channel.known[0]
    assert mine is not None and theirs is not None and mine.features is theirs.features
    assert user.recency(mine) == (0, 0) and user.recency(theirs) == (-1, 0)


def test_a_slice_reads_as_a_list_would() -> None:
    held = KnownList()
    for n in range(4):
        held.append(features(f"Pier {n} of Brennia reopened after the storm."), "s", f"a{n}", 0)
    held.forget(1)
    got = held[1:3]
    assert got[0] is None and got[1] is not None and got[1].ref == "a2" and len(held[-2:]) == 2
