"""py3langid's naive Bayes table held sparse reads back the same rows, bit for bit (:mod:`summarizer.nbtable`)."""
from __future__ import annotations

import numpy as np
import pytest

from summarizer.langmodel import sparse
from summarizer.language import _identifier
from summarizer.nbtable import SparseTable


def _table() -> np.ndarray:
    rng = np.random.default_rng(7)
    dense = np.full((3000, 9), -11.5, dtype=np.float16)
    dense[:, 3] = -2.25
    hit = rng.random(dense.shape) < 0.1
    dense[hit] = rng.normal(-6, 2, hit.sum()).astype(np.float16)
    dense[5, 1], dense[6, 2], dense[7, 0] = -0.0, np.nan, np.inf
    return dense


def test_rows_are_the_dense_rows_bit_for_bit() -> None:
    dense = _table()
    table = SparseTable(dense)
    for idx in ([0], [5, 6, 7], [2999, 0, 2999, 17], list(range(0, 3000, 7)), []):
        rows = np.asarray(idx, dtype=np.intp)
        assert np.array_equal(table[rows].view(np.uint16), dense[rows].view(np.uint16))
    assert np.array_equal(table.dense().view(np.uint16), dense.view(np.uint16))
    assert table[:, [1, 3]].shape == (3000, 2)


def test_held_smaller_than_dense() -> None:
    dense = _table()
    assert SparseTable(dense).nbytes < 0.5 * dense.nbytes


def test_other_tables_are_refused_and_kept() -> None:
    wide = np.zeros((4, 300), dtype=np.float16)
    single = np.zeros((4, 3), dtype=np.float32)
    for table in (wide, single):
        with pytest.raises(ValueError):
            SparseTable(table)
        assert sparse(table) is table


def test_the_engine_holds_the_table_sparse() -> None:
    model = _identifier()
    assert isinstance(model.nb_ptc, SparseTable) and model._full_model[0] is model.nb_ptc
    assert model.nb_ptc.nbytes < 0.5 * model.nb_ptc.shape[0] * model.nb_ptc.shape[1] * 2
