"""One int object per sentence index across memories (summarizer.indexes)."""
from __future__ import annotations

import pytest

from summarizer import indexes
from summarizer.indexes import shared_index, shared_single
from summarizer.memory import Memory


def test_equal_indexes_are_one_object() -> None:
    n = int("70000")
    assert shared_index(n) is shared_index(70_000) == 70_000
    assert [shared_index(i) for i in range(1000, 1010)] == list(range(1000, 1010))


def test_beyond_the_limit_an_index_is_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indexes, "LIMIT", 300)
    monkeypatch.setattr(indexes, "_TABLE", [])
    assert shared_index(299) == 299 and len(indexes._TABLE) == 300
    assert shared_index(5000) == 5000 and len(indexes._TABLE) == 300


def test_one_entry_tuples_are_shared_and_hold_the_shared_index(monkeypatch: pytest.MonkeyPatch) -> None:
    n = int("70001")
    assert shared_single(n) is shared_single(70_001) == (70_001,)
    assert shared_single(n)[0] is shared_index(70_001)
    monkeypatch.setattr(indexes, "LIMIT", 300)
    monkeypatch.setattr(indexes, "_SINGLES", [])
    assert shared_single(299) == (299,) and len(indexes._SINGLES) == 300
    assert shared_single(5000) == (5000,) and len(indexes._SINGLES) == 300


def test_two_memories_share_the_index_objects_of_their_sentences() -> None:
    a, b = Memory(), Memory()
    for m, place in ((a, "Brennia"), (b, "Osterby")):
        for i in range(300):  # past the 256 ints Python keeps one of anyway
            m.add(f"Sentence {i} about the ferry at {place} harbour.", ref=f"{place}-{i}")
    assert a.known[299] is not None and b.known[299] is not None
    assert a.known[299].index is b.known[299].index == 299
