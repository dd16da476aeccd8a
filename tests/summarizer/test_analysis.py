"""An article's analysis (sentences with terms and facts) survives JSON exactly."""
from __future__ import annotations

import gc

from enginekit import make_article

from summarizer.analysis import VERSION, analyse, dumps, loads
from summarizer.memory import Features, forget_cached, wording

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


def test_decoded_facts_share_their_string_sets_and_contexts() -> None:
    """Two sentences decoded apart (neither held by a memory) share one set object per equal set, one context string."""
    made = [f for f in analyse(make_article(TEXT, published="2025-03-04")) if f.quantities]
    first = Features("Crews found 1,200 homes flooded in Lowmere.", dict(made[0].terms), made[0].total,
                     made[0].quantities, (), (), "|lowmere,river|0.9")
    second = Features("Lowmere counted 1,200 homes flooded by night.", dict(made[0].terms), made[0].total,
                      made[0].quantities, (), (), "|lowmere,river|0.9")
    data = dumps([first, second])
    del made, first, second
    forget_cached()
    gc.collect()
    (_, a), (_, b) = loads(data)
    qa, qb = a.quantities[0], b.quantities[0]
    assert qa == qb and qa is not qb  # decoded twice ...
    assert qa.near is qb.near and qa.unit is qb.unit  # ... their sets once
    assert a.context is b.context
