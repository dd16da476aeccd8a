"""A wording set holds 64-bit hashes as a set does (membership, adding, length), in some 8 bytes each."""
from __future__ import annotations

import random
import tracemalloc

import numpy as np

from summarizer import wordset
from summarizer.wordset import WordingSet


def _hashes(n: int, seed: int = 1) -> list[int]:
    rng = random.Random(seed)
    return [rng.getrandbits(64) for _ in range(n)]


def test_membership_matches_a_set_through_bulk_updates_and_single_adds() -> None:
    keys = _hashes(3 * wordset.MERGE + 17)
    ws, plain = WordingSet(keys[:wordset.MERGE + 5]), set(keys[:wordset.MERGE + 5])
    for k in keys[wordset.MERGE + 5:]:  # one by one: merged into the array every MERGE additions
        ws.add(k)
        plain.add(k)
    ws.update(keys[:10] + [0, (1 << 64) - 1])  # repeats are held once
    plain.update([0, (1 << 64) - 1])
    assert len(ws) == len(plain)
    assert all(k in ws for k in plain)
    assert not any(k in ws for k in _hashes(500, seed=2) if k not in plain)
    assert -1 not in ws and 1 << 64 not in ws and 5 not in WordingSet()


def test_a_hundred_thousand_hashes_take_some_eight_bytes_each() -> None:
    keys = _hashes(100_000)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        ws = WordingSet(iter(keys))
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(ws) == 100_000
    assert held < 12 * 100_000  # a set of int objects takes some 60 bytes a hash (ints and table)


def test_a_bulk_update_sorts_the_hashes_as_an_array_not_as_int_objects() -> None:
    keys = _hashes(100_000)
    ws = WordingSet()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        ws.update(iter(keys))  # a restore's older wordings come as one such update
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert len(ws) == 100_000 and all(k in ws for k in keys[::997])
    assert peak < 70 * 100_000  # a set of the int objects and a sorted list of them took some 140 bytes a hash


def test_an_array_of_hashes_is_held_as_its_values() -> None:
    keys = [0, 5, (1 << 64) - 1] + _hashes(wordset.MERGE)
    ws = WordingSet()
    ws.update(np.array(keys, dtype=np.uint64))
    ws.update(np.array(keys[:3], dtype=np.uint64))  # a small one: added one by one, as ints
    assert len(ws) == len(set(keys)) and all(k in ws for k in keys) and 6 not in ws
