"""The analysis a memory holds per sentence is compact: slotted, weakly shared, keyed by its text alone in no context."""
from __future__ import annotations

import heapq
import tracemalloc
import weakref
from operator import itemgetter
from typing import Callable

from summarizer import memory
from summarizer.memory import QUERY_TERMS, Features, Memory, shared

TERMS = {f"w{n}": n / 3 for n in range(15)}


def test_features_are_slotted_weakly_referable_and_cache_their_query() -> None:
    f = Features("Ferries sailed late.", dict(TERMS), sum(TERMS.values()), (), ())
    assert not hasattr(f, "__dict__")
    assert weakref.ref(f)() is f
    assert f.query == tuple(heapq.nlargest(QUERY_TERMS, TERMS.items(), key=itemgetter(1)))
    assert f.query is f.query


def test_a_sentence_read_in_no_context_is_shared_under_its_text_alone() -> None:
    text = "The ferry to Karsholm sailed four hours late."
    f = Features(text, {"ferry": 1.0}, 1.0, (), ())
    assert shared(text, f, context="") is f
    assert memory._SHARED.get(text) is f
    g = Features(text, {"ferry": 1.0}, 1.0, (), (), context="|karsholm|0.9")
    assert shared(text, g, context="|karsholm|0.9") is g and shared(text, context="") is f


def _traced(build: Callable[[], object]) -> tuple[object, int]:
    """What ``build`` returns, and the bytes it left allocated (tracemalloc)."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        made = build()
        return made, tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_a_memory_holds_shared_analyses_compactly_and_older_wordings_in_some_eight_bytes() -> None:
    # 2,000 analysed sentences of 12 terms of 400 (shared: made before, held outside), indexed by one more memory
    told = [Features(f"Ferry {i} sailed.", {f"t{(7 * i + 31 * j) % 400}": 1.0 for j in range(12)}, 12.0, (), ())
            for i in range(2000)]
    older = [(7919 * i) ** 3 % (1 << 64) for i in range(50_000)]

    def restored() -> Memory:
        m = Memory()
        for i, f in enumerate(told):
            m.add_features(f, "s1", "a1", key=i + 1)
        m.know_wordings(iter(older))
        return m

    m, held = _traced(restored)
    assert isinstance(m, Memory) and m.held == 2000 and m.knows(older[-1])
    # per told sentence: its Known, index and exact-repeat entry, 12 posting entries; per older wording: its hash
    assert held < 2000 * 400 + 50_000 * 12, held  # posting lists of 8-byte pointers, a set of older hashes: 1.9x that
