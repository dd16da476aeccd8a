"""py3langid's naive Bayes table held sparse: the same rows, less than half the resident memory.

The table holds, for each of ~100,000 byte n-grams and each of ~140 languages, a 16-bit log
probability (27 MB). In each language's column nearly three entries in four hold one value, the
column's most common one (the n-grams that language's training text never showed). :class:`SparseTable`
keeps that value once per column and, row by row, only the other entries (their column, one byte, and
their value, bit for bit): some 11 MB. A score reads the rows of the n-grams a text met
(:meth:`SparseTable.rows`), rebuilt exactly, so every score and every decision is py3langid's own.
"""
from __future__ import annotations

from typing import Any

import numpy as np

BLOCK_ROWS = 8192  # rows compared at a time while the table is made sparse (bounds the transient memory)


class SparseTable:
    """A 2-D float16 array whose columns are mostly one value each, read back by rows (or whole)."""

    __slots__ = ("shape", "dtype", "_common", "_starts", "_columns", "_values")

    def __init__(self, dense: np.ndarray[Any, Any]) -> None:
        """Hold ``dense`` (float16, at most 256 columns) sparse; its values are kept bit for bit."""
        if dense.ndim != 2 or dense.dtype != np.float16 or dense.shape[1] > 256:
            raise ValueError("a 2-D float16 table of at most 256 columns")
        self.shape, self.dtype = dense.shape, dense.dtype
        bits = np.ascontiguousarray(dense).view(np.uint16)  # compared as bits: -0.0, NaN and the rest kept exactly
        common = np.array([np.bincount(bits[:, c], minlength=1 << 16).argmax() for c in range(dense.shape[1])],
                          dtype=np.uint16)
        counts, columns, values = [], [], []
        for start in range(0, len(bits), BLOCK_ROWS):
            block = bits[start:start + BLOCK_ROWS]
            rows, cols = np.nonzero(block != common)  # row by row, columns ascending
            counts.append(np.bincount(rows, minlength=len(block)))
            columns.append(cols.astype(np.uint8))
            values.append(block[rows, cols])
        self._common = common.view(np.float16)
        starts = np.concatenate(([0], np.cumsum(np.concatenate(counts))))
        self._starts = starts.astype(np.uint32 if starts[-1] < 1 << 32 else np.int64)
        self._columns = np.concatenate(columns)
        self._values = np.concatenate(values).view(np.float16)

    @property
    def nbytes(self) -> int:
        """Bytes the sparse form holds."""
        return self._common.nbytes + self._starts.nbytes + self._columns.nbytes + self._values.nbytes

    def rows(self, idx: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """The rows ``idx`` (an integer array), as ``dense[idx]`` would give them."""
        out = np.empty((len(idx), self.shape[1]), dtype=self.dtype)
        out[:] = self._common
        starts, ends = self._starts[idx].astype(np.int64), self._starts[np.asarray(idx) + 1].astype(np.int64)
        lengths = ends - starts
        total = int(lengths.sum())
        if total:
            where = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
            out[np.repeat(np.arange(len(idx)), lengths), self._columns[where]] = self._values[where]
        return out

    def dense(self) -> np.ndarray[Any, Any]:
        """The whole table, as it was given."""
        return self.rows(np.arange(self.shape[0]))

    def __getitem__(self, key: Any) -> np.ndarray[Any, Any]:
        """``table[idx]`` by rows (an integer array); any other index reads the whole table first."""
        if isinstance(key, np.ndarray) and key.ndim == 1 and key.dtype.kind in "iu":
            return self.rows(key)
        return self.dense()[key]
