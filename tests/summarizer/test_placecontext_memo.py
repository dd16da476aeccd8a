"""The record an article's sentences leave (inherited places, dated names) is read from their texts once
(:func:`summarizer.placecontext.registered`, cached) and recorded again in every scope that reads the article
(Lowmere is a made-up place; every sentence here is written for these tests)."""
from __future__ import annotations

from summarizer.articlescope import analysis_scope
from summarizer.placecontext import contexts, dated_names, era, inherited, register, registered

TEXTS = ("Lowmere's flu death toll rose by five to 64 on Thursday, officials said.",
         "The number of confirmed flu cases has reached 4,000.",
         "Schools will open again on Monday, the mayor told reporters.")
DATED = ("The 1957 Asian flu pandemic was milder than feared.",
         "The Asian flu killed two million people.",
         "Doctors asked people to stay at home.")


def test_registered_is_what_the_texts_give() -> None:
    found, eras = registered(TEXTS)
    assert found == tuple((t, c) for t, c in zip(TEXTS, contexts(TEXTS)) if c[0])
    assert [t for t, _ in found] == [TEXTS[1]] and not eras
    found, eras = registered(DATED)
    assert eras == ((DATED[0], dated_names(DATED)), (DATED[1], dated_names(DATED))) and dated_names(DATED)


def test_a_cached_record_is_made_again_in_every_scope() -> None:
    for _ in range(2):  # the second scope reads the cached record: it must still be recorded there
        with analysis_scope():
            assert inherited(TEXTS[1]) == (frozenset(), 0.0)
            register(list(TEXTS))
            assert inherited(TEXTS[1])[0] == frozenset({"lowmere"})
        with analysis_scope():
            register(list(DATED))
            assert era(DATED[1]) == dated_names(DATED) and era(DATED[2]) == ()


def test_the_record_is_keyed_by_every_text() -> None:
    """Another article sharing a sentence but not the one that places it records nothing for it."""
    other = ("Doctors asked people to wash their hands.",) + TEXTS[1:]
    with analysis_scope():
        register(list(TEXTS))
    with analysis_scope():
        register(list(other))
        assert inherited(TEXTS[1]) == (frozenset(), 0.0) and registered(other) == ((), ())


def test_dated_names_need_a_year() -> None:
    assert dated_names(("The 1957 Asian flu killed many.", "The Asian flu spread.")) == (("asian", "1957"),)
    assert dated_names(("The Asian flu spread.", "The 2009 Swine flu came.")) == (("swine", "2009"),)
    assert dated_names(("The 3957 Asian flu.", "The Asian flu.")) == ()
