"""A compact set of 64-bit wording hashes: what a memory knows word for word without indexing it.

A restored memory knows the sentences of its older articles and of earlier items word for word only
(:meth:`summarizer.memory.Memory.know_wordings`): some 10^5 hashes per audience at a 5,000-article horizon.
In a Python ``set`` each costs an int object (36 bytes) and a table slot (16 bytes, the table at most 60 %
full): some 8 MB per audience. Here most sit in one sorted ``array('Q')`` (8 bytes each, found by bisection),
and the few added one by one wait in a small set until it is merged in.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from typing import Iterable

import numpy as np

MERGE = 4096  # hashes added one by one that wait in the small set before it is merged into the array


def as_numpy(held: array[int], dtype: type[np.generic]) -> np.ndarray:
    """The items of ``held`` (an ``array`` of unsigned integers) as a numpy array of ``dtype``, without a copy."""
    return np.frombuffer(held, dtype=dtype) if held else np.empty(0, dtype)


class WordingSet:
    """A set of 64-bit hashes (membership, adding): a sorted array plus a small set of recent additions."""

    __slots__ = ("_sorted", "_recent")

    def __init__(self, keys: Iterable[int] = ()) -> None:
        """A set holding ``keys``."""
        self._sorted: array[int] = array("Q")
        self._recent: set[int] = set()
        self.update(keys)

    def __contains__(self, key: int) -> bool:
        """Whether ``key`` is held."""
        if key in self._recent:
            return True
        found = self._sorted
        if not found:  # a memory's own sentences are indexed before any older wording comes
            return False
        i = bisect_left(found, key)
        return i < len(found) and found[i] == key

    def __len__(self) -> int:
        """How many distinct hashes are held."""
        return len(self._sorted) + len(self._recent)

    def add(self, key: int) -> None:
        """Hold ``key`` (merged into the array once :data:`MERGE` wait)."""
        if key not in self:
            self._recent.add(key)
            if len(self._recent) >= MERGE:
                self._merge()

    def update(self, keys: Iterable[int] | np.ndarray) -> None:
        """Hold every one of ``keys`` (64-bit hashes, or an array of them: a restore's some 10^5 are merged in
        one sort, not one by one)."""
        fresh = keys if isinstance(keys, np.ndarray) else np.fromiter(keys, dtype=np.uint64)
        if len(fresh) < MERGE:
            for key in fresh.tolist():
                self.add(key)
            return
        self._merge(fresh)

    def _merge(self, fresh: np.ndarray | None = None) -> None:
        """Move the recent additions (and ``fresh``, an array of hashes) into the sorted array (each hash once)."""
        if self._recent or fresh is not None:
            held = as_numpy(self._sorted, np.uint64)
            recent = np.fromiter(self._recent, dtype=np.uint64, count=len(self._recent))
            parts = (held, recent) if fresh is None else (held, recent, fresh.astype(np.uint64, copy=False))
            merged = np.sort(np.concatenate(parts))  # each hash once (np.unique would import numpy.ma: 0.5 MB)
            if len(merged) > 1:
                merged = merged[np.concatenate(([True], merged[1:] != merged[:-1]))]
            self._sorted = array("Q", merged.tobytes())
            self._recent = set()
