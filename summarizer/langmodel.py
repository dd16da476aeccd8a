"""py3langid's model held compact: the same scores, half the resident memory of its byte automaton.

py3langid walks a text's bytes through an automaton (one 256-entry row of next states per kind of
state) and scores the byte n-grams it meets with a naive Bayes table. Its next-state table holds
9.8 million 32-bit state numbers (37 MB), as the automaton has ~105,000 states. Every state but the
start is entered by one byte only (the last byte of the n-gram it stands for), so a state is named
here by that byte and its rank among the states entered by it: the table keeps the rank (16 bits,
as no byte enters more than 65,535 states) and the walk adds the byte's first number. Each byte's
group also holds a copy of the start state, for the transitions that fall back to it. The walk meets
the same n-grams in the same order, so every score and every decision is exactly py3langid's own.
Where a model file breaks the premise (a state entered by two bytes, a group too large), the model
is kept as py3langid loads it. The naive Bayes table is held sparse (:mod:`summarizer.nbtable`: the same
rows, bit for bit, 11 MB instead of 27).
"""
from __future__ import annotations

from array import array
from collections import Counter
from typing import Any

import numpy as np
from py3langid.langid import RAW_FLOOR, LanguageIdentifier

from summarizer.nbtable import SparseTable


class CompactIdentifier(LanguageIdentifier):
    """py3langid's identifier whose automaton is renumbered by entering byte (see the module docstring)."""

    __slots__ = ("_base", "_moves", "_offsets", "_outputs", "_start")

    def _raw_score(self, text: bytes) -> Any:
        visits = _visits(self._base, self._moves, self._offsets, self._outputs, self._start, text)
        if visits:
            return self._sparse_score(visits, self.nb_ptc)
        fill = 0.0 if self._norm_probs else RAW_FLOOR
        return np.full(len(self.nb_classes), fill, dtype=np.float32)


def _visits(base: list[int], moves: array[int], offsets: array[int], outputs: array[int], state: int,
            text: bytes) -> Counter[int] | None:
    """The n-gram features the walk over ``text`` meets, counted in the order first met (py3langid's)."""
    found: list[int] = []
    append = found.append
    for letter in text:
        state = base[letter] + moves[offsets[state] + letter]
        f = outputs[state]
        if f >= 0:
            append(f)
    return Counter(found) if found else None


def compact(model: LanguageIdentifier) -> LanguageIdentifier:
    """``model`` with its automaton renumbered by entering byte: a :class:`CompactIdentifier` that decides
    exactly as ``model`` does, or ``model`` itself when its automaton does not allow it."""
    kind = {2: np.uint16, 4: np.uint32, 8: np.uint64}
    rows = np.frombuffer(model.tk_nextmove, dtype=kind[model.tk_nextmove.itemsize]).reshape(-1, 256)
    row_of = np.frombuffer(model.tk_row, dtype=kind[model.tk_row.itemsize]).astype(np.int64)
    states = len(row_of)
    byte_of = np.full(states, -1, dtype=np.int16)
    letters = np.arange(256, dtype=np.int16)
    byte_of[rows] = letters  # each state's entering byte (one of them, if several: checked next)
    byte_of[0] = -1
    if not ((byte_of[rows] == letters) | (rows == 0)).all() or (byte_of[1:] < 0).any():
        return model  # a state entered by two bytes (or never): not an automaton of this shape
    members = [np.flatnonzero(byte_of == b) for b in range(256)]
    if max(len(m) for m in members) + 1 > 1 << 16 or len(rows) << 8 >= 1 << 32:
        return model
    rank = np.zeros(states, dtype=np.uint16)  # the start state is rank 0 of every group
    old = [0]  # old state of each new state; new state 0 is the start
    base = []
    for m in members:
        base.append(len(old))
        rank[m] = np.arange(1, len(m) + 1)
        old.extend([0, *m.tolist()])
    old_of = np.asarray(old, dtype=np.int64)
    out = CompactIdentifier(model.nb_ptc, model.nb_pc, model.nb_classes, array("H"), [],
                            norm_probs=model._norm_probs, tk_row=array("H"))
    out.min_confidence = model.min_confidence
    out.nb_ptc = sparse(model.nb_ptc)
    out._full_model = out.nb_ptc, model.nb_pc, model.nb_classes
    out._rowbase = []
    out._base = base  # a byte's group: its start copy (rank 0), then the states it enters
    out._moves, out._offsets, out._outputs = array("H"), array("I"), array("i")  # arrays: compact, no slower
    out._moves.frombytes(memoryview(rank[rows]).cast("B"))  # than lists
    out._offsets.frombytes((row_of[old_of] << 8).astype(np.uint32).tobytes())
    out._outputs.frombytes(np.asarray(model.tk_output, dtype=np.int32)[old_of].tobytes())
    out._start = 0
    return out


def sparse(table: Any) -> Any:
    """py3langid's naive Bayes ``table`` held as a :class:`SparseTable` (the same rows, bit for bit), or
    ``table`` itself when it is not of the float16 shape that form holds."""
    try:
        return SparseTable(table)
    except ValueError:
        return table
