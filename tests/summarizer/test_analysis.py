"""An article's analysis (sentences with terms and facts) survives JSON exactly."""
from __future__ import annotations

import gc

from enginekit import make_article

from summarizer.analysis import VERSION, analyse, dumps, loads
from summarizer.memory import forget_cached, wording

TEXT = ("Dam fails above Lowmere\n"
        "The river authority said 1,200 homes in Lowmere were flooded after the dam failed on March 3.\n"
        "Officials said \"the spillway gave way within minutes\" and about 40 people were rescued.\n"
        "Power company Northgrid said 18,000 customers in Lowmere were without electricity.")


def plain(f: object) -> tuple:
    """A features value as plain data, dict order included (what equality of dataclasses would hide)."""
    return (f.text, list(f.terms.items()), f.total, f.quantities, f.days, [list(q.items()) for q in f.quotes])  # type: ignore[attr-defined]


def test_loaded_features_equal_the_analysis_term_by_term() -> None:
    made = analyse(make_article(TEXT, published="2025-03-04"))
    assert any(f.quantities and f.quantities[0].slot for f in made) and any(f.days for f in made)
    assert any(f.quotes for f in made)
    expected = [plain(f) for f in made]
    data = dumps(made)
    del made
    forget_cached()
    gc.collect()  # nothing holds the analysis: loads decodes it
    assert [plain(f) for _, f in loads(data)] == expected


def test_a_sentence_some_memory_holds_is_shared_not_decoded_again() -> None:
    made = analyse(make_article(TEXT))
    back = loads(dumps(made))
    assert all(a is b for a, (_, b) in zip(made, back))
    assert [key for key, _ in back] == [wording(f.text) for f in made]


def test_the_version_is_a_stable_number() -> None:
    assert 0 < VERSION < 2**31
