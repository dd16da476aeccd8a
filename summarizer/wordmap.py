"""A compact map of 64-bit wording hashes to sentence indexes: how a memory finds a sentence told word for word.

A memory holds one entry per sentence it indexes (:class:`summarizer.memory.Memory`): some 25,000 for a
channel that saw 1,000 articles. In a ``dict`` each costs an int object for the hash (32 bytes) and a
table entry (24 bytes, plus its slot; the table at most two thirds full): some 2 MB per memory. Here most
sit in two parallel arrays, the hashes sorted (8 bytes, found by bisection) and their indexes (4 bytes),
with a bit per bucket of hashes (32 to 64 buckets a key, 4 to 8 bytes) set where a held key falls, so
that most keys asked for and not held are told at once; the few added one by one wait in a small dict
until it is merged in. A removed entry keeps its hash in the array with :data:`GONE` as its index until
the next merge drops it.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left

import numpy as np

from summarizer.wordset import as_numpy

MERGE = 4096  # entries added one by one that wait in the small dict before it is merged (or an eighth of those held)
GONE = 0xFFFFFFFF  # the index of a removed entry still in the arrays


class WordingMap:
    """A map of 64-bit hashes to sentence indexes below :data:`GONE` (get, set, pop): sorted arrays plus a
    small dict of recent additions."""

    __slots__ = ("_keys", "_values", "_recent", "_size", "_marks", "_mask", "_limit")

    def __init__(self) -> None:
        """An empty map."""
        self._keys: array[int] = array("Q")
        self._values: array[int] = array("I")
        self._recent: dict[int, int] = {}
        self._size = 0  # entries in the arrays not removed
        self._marks = bytearray(1)  # one bit per hash bucket: set when a key of the arrays falls in it
        self._mask = 7  # the bucket of a key: its low bits
        self._limit = MERGE  # recent entries that make a merge: MERGE, or an eighth of those held (merges stay rare)

    def _at(self, key: int) -> int:
        """The position of ``key`` in the arrays, or -1."""
        bucket = key & self._mask
        if not self._marks[bucket >> 3] >> (bucket & 7) & 1:
            return -1
        keys = self._keys
        i = bisect_left(keys, key)
        return i if i < len(keys) and keys[i] == key else -1

    def get(self, key: int, default: int | None = None) -> int | None:
        """The index held for ``key``, else ``default``."""
        found = self._recent.get(key)
        if found is not None:
            return found
        i = self._at(key)  # most keys asked for are not held: their bucket's bit tells it without bisection
        if i < 0:
            return default
        value = self._values[i]
        return default if value == GONE else value

    def __contains__(self, key: int) -> bool:
        """Whether ``key`` is held."""
        return self.get(key) is not None

    def _held(self) -> tuple[np.ndarray, np.ndarray]:
        """The keys and indexes of the arrays, removed entries left out."""
        keys, values = as_numpy(self._keys, np.uint64), as_numpy(self._values, np.uint32)
        if self._size == len(keys):
            return keys, values
        live = values != GONE
        return keys[live], values[live]

    def absent(self, keys: np.ndarray) -> np.ndarray:
        """Of ``keys`` (an array of 64-bit hashes), a mask of those not held (one pass, no lookup per key)."""
        recent = np.fromiter(self._recent, dtype=np.uint64, count=len(self._recent))
        return ~np.isin(keys, np.concatenate((self._held()[0], recent)))

    def __len__(self) -> int:
        """How many entries are held."""
        return self._size + len(self._recent)

    def __setitem__(self, key: int, value: int) -> None:
        """Hold ``value`` (below :data:`GONE`) for ``key`` (a 64-bit hash)."""
        if value >= GONE or value < 0 or key < 0 or key >> 64:
            raise ValueError("a 64-bit hash and an index below GONE")
        i = self._at(key)
        if i >= 0:
            if self._values[i] == GONE:
                self._size += 1
            self._values[i] = value
            return
        recent = self._recent
        recent[key] = value
        if len(recent) >= self._limit:
            self._merge()

    def pop(self, key: int, default: int | None = None) -> int | None:
        """Remove ``key``; its index, else ``default``."""
        found = self._recent.pop(key, None)
        if found is not None:
            return found
        i = self._at(key)
        if i < 0 or self._values[i] == GONE:
            return default
        value, self._values[i] = self._values[i], GONE
        self._size -= 1
        return value

    def _merge(self) -> None:
        """Move the recent additions into the arrays (removed entries dropped)."""
        n = len(self._recent)
        keys, values = self._held()
        keys = np.concatenate((keys, np.fromiter(self._recent, dtype=np.uint64, count=n)))
        values = np.concatenate((values, np.fromiter(self._recent.values(), dtype=np.uint32, count=n)))
        order = np.argsort(keys, kind="stable")
        self._keys, self._values = array("Q", keys[order].tobytes()), array("I", values[order].tobytes())
        self._recent = {}
        self._size = len(order)
        self._limit = max(MERGE, self._size >> 3)
        bits = 1 << max(3, (32 * len(order)).bit_length())  # 32 to 64 buckets a key: few false alarms
        flags = np.zeros(bits, dtype=bool)
        flags[keys & np.uint64(bits - 1)] = True
        self._marks, self._mask = bytearray(np.packbits(flags, bitorder="little").tobytes()), bits - 1
