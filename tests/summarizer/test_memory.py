"""The analysis a memory holds per sentence is compact: slotted, weakly shared, keyed by its text alone in no context."""
from __future__ import annotations

import heapq
import weakref
from operator import itemgetter

from summarizer import memory
from summarizer.memory import QUERY_TERMS, Features, shared

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
