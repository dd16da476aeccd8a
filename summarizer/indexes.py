"""One int object per sentence index, shared by every memory of the process.

A :class:`~summarizer.memory.Memory` numbers its sentences 0, 1, 2, ... and holds each number as an int object
(in the sentence's :class:`~summarizer.memory.Known` and its exact-wording table): above 256 Python makes a new
28-byte object for every one, so 16 channel memories of 25,000 sentences held 400,000 ints for the same 25,000
values. :func:`shared_index` hands out one object per value from a table that grows to the longest memory, up to
:data:`LIMIT` (a larger number is its own object: only memory is at stake, never a result).

:func:`shared_single` does the same for the one-entry tuple ``(n,)``: most of a memory's posting lists hold one
sentence, and a shared tuple costs that list nothing but its dictionary slot (an array of its own took 80 bytes).
"""
from __future__ import annotations

LIMIT = 1 << 20  # indexes the table holds at most (36 MB at most: a memory indexes 300,000 sentences)
_GROWTH = 4096  # indexes added to the table at a time
_TABLE: list[int] = []
_SINGLES: list[tuple[int]] = []


def shared_index(n: int) -> int:
    """The process's one int object of value ``n`` (``0 <= n``), or ``n`` itself from :data:`LIMIT` on."""
    table = _TABLE
    if n < len(table):
        return table[n]
    if n >= LIMIT:
        return n
    table.extend(range(len(table), min(LIMIT, n + _GROWTH)))
    return table[n]


def shared_single(n: int) -> tuple[int]:
    """The process's one tuple ``(n,)`` (of :func:`shared_index`'s ``n``), or a new one from :data:`LIMIT` on."""
    table = _SINGLES
    if n < len(table):
        return table[n]
    if n >= LIMIT:
        return (n,)
    table.extend((shared_index(i),) for i in range(len(table), min(LIMIT, n + _GROWTH)))
    return table[n]
