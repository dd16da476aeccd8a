"""The compact map of wording hashes to sentence indexes behaves as a dict does (:mod:`summarizer.wordmap`)."""
from __future__ import annotations

import random

import numpy as np
import pytest

from summarizer import wordmap
from summarizer.memory import Memory
from summarizer.wordmap import GONE, WordingMap


def test_as_a_dict_through_merges_and_removals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordmap, "MERGE", 16)
    rng = random.Random(3)
    held, plain = WordingMap(), {}
    keys = [rng.getrandbits(64) for _ in range(600)] + [0, (1 << 64) - 1]
    for n, key in enumerate(keys):
        held[key] = plain[key] = n
        if n % 7 == 3:  # removed: from the small dict or from the arrays
            gone = keys[rng.randrange(n + 1)]
            assert held.pop(gone, None) == plain.pop(gone, None)
        if n % 11 == 5:  # set again after a removal
            again = keys[rng.randrange(n + 1)]
            held[again] = plain[again] = n
        assert len(held) == len(plain)
    for key in keys + [12345, 1 << 40]:
        assert held.get(key) == plain.get(key) and (key in held) == (key in plain)
    assert held.pop(12345) is None and held.get(12345, -1) == -1
    assert len(held._keys) > 0  # most entries sit in the arrays


def test_bad_entries_refused() -> None:
    held = WordingMap()
    for key, value in ((-1, 0), (1 << 64, 0), (5, GONE), (5, -2)):
        with pytest.raises(ValueError):
            held[key] = value
    assert len(held) == 0


def test_a_memory_holds_its_exact_wordings_compact() -> None:
    memory = Memory()
    memory.add("The harbour bridge reopened to traffic on Sunday after repairs.")
    assert isinstance(memory._exact, WordingMap)
    assert memory.repeat("the harbour bridge  reopened to traffic on sunday after repairs.")[0]


def test_absent_marks_the_keys_not_held_in_the_arrays_or_the_recent_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordmap, "MERGE", 16)
    rng = random.Random(5)
    held = WordingMap()
    keys = [rng.getrandbits(64) for _ in range(100)] + [(1 << 64) - 1]
    for n, key in enumerate(keys):
        held[key] = n
    held.pop(keys[3])  # removed from the arrays: no longer held
    asked = keys + [rng.getrandbits(64) for _ in range(50)] + [0]
    mask = held.absent(np.array(asked, dtype=np.uint64))
    assert mask.tolist() == [key not in held for key in asked]
    assert mask[3] and not mask[-52] and held._recent  # the last key waits in the small dict
