"""A compact map of 64-bit wording hashes to sentence indexes: how a memory finds a sentence told word for word.

A memory holds one entry per sentence it indexes (:class:`summarizer.memory.Memory`): some 25,000 for a
channel that saw 1,000 articles. In a ``dict`` each costs an int object for the hash (32 bytes) and a
table entry (24 bytes, plus its slot; the table at most two thirds full): some 2 MB per memory. Here most
sit in two parallel arrays, the hashes sorted (8 bytes, found by bisection) and their indexes (4 bytes);
the few added one by one wait in a small dict until it is merged in. A removed entry keeps its hash in
the array with :data:`GONE` as its index until the next merge drops it.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left

MERGE = 4096  # entries added one by one that wait in the small dict before it is merged (or an eighth of those held)
GONE = 0xFFFFFFFF  # the index of a removed entry still in the arrays


class WordingMap:
    """A map of 64-bit hashes to sentence indexes below :data:`GONE` (get, set, pop): sorted arrays plus a
    small dict of recent additions."""

    __slots__ = ("_keys", "_values", "_recent", "_size")

    def __init__(self) -> None:
        """An empty map."""
        self._keys: array[int] = array("Q")
        self._values: array[int] = array("I")
        self._recent: dict[int, int] = {}
        self._size = 0  # entries in the arrays not removed

    def _at(self, key: int) -> int:
        """The position of ``key`` in the arrays, or -1."""
        keys = self._keys
        if not keys:
            return -1
        i = bisect_left(keys, key)
        return i if i < len(keys) and keys[i] == key else -1

    def get(self, key: int, default: int | None = None) -> int | None:
        """The index held for ``key``, else ``default``."""
        found = self._recent.get(key)
        if found is not None:
            return found
        i = self._at(key)
        if i < 0:
            return default
        value = self._values[i]
        return default if value == GONE else value

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is held."""
        return isinstance(key, int) and self.get(key) is not None

    def __len__(self) -> int:
        """How many entries are held."""
        return self._size + len(self._recent)

    def __setitem__(self, key: int, value: int) -> None:
        """Hold ``value`` (below :data:`GONE`) for ``key``."""
        if not (0 <= value < GONE and 0 <= key < 1 << 64):
            raise ValueError("a 64-bit hash and an index below GONE")
        i = self._at(key)
        if i >= 0:
            if self._values[i] == GONE:
                self._size += 1
            self._values[i] = value
            return
        self._recent[key] = value
        if len(self._recent) >= max(MERGE, self._size >> 3):  # merges stay rare as the map grows
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
        entries = [(k, v) for k, v in zip(self._keys, self._values) if v != GONE]
        entries.extend(self._recent.items())
        entries.sort()
        self._keys = array("Q", [k for k, _ in entries])
        self._values = array("I", [v for _, v in entries])
        self._recent = {}
        self._size = len(entries)
