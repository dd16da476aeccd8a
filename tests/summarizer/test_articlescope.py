"""An article's context for its sentences stays within one analysis: two tenants whose feeds share a sentence's
wording never lend each other their articles' places or language (Lowmere is a made-up place; every sentence
here is written for these tests)."""
from __future__ import annotations

from summarizer.analysis import analyse, dumps, loads
from summarizer.articlescope import analysis_scope, context_key, current
from summarizer.engine import Engine
from summarizer.latin import language_of, register
from summarizer.memory import Memory, features
from summarizer.models import Article
from summarizer.placecontext import inherited
from summarizer.sentences import article_sentences

SHARED = "Health officials have now counted 4,000 confirmed flu cases."
LOWMERE = Article("as-l", "Lowmere flu toll rises",
                  "Lowmere's flu death toll rose by five to 64 on Thursday, officials said.\n\n" + SHARED + "\n\n"
                  "Schools will open again on Monday, the mayor told reporters.")
PLAIN = Article("as-p", "Flu cases rise",
                "Doctors asked people to wash their hands often during the winter.\n\n" + SHARED + "\n\n"
                "Clinics will stay open late on Monday, the health board told reporters.")


def _where(text: str) -> frozenset[str]:
    slot = features(text).quantities[0].slot
    assert slot is not None
    return slot.where


def test_a_sentence_takes_the_place_of_its_own_article_not_of_another_tenants() -> None:
    with analysis_scope():  # tenant A's digest
        article_sentences(LOWMERE)
        assert inherited(SHARED)[0] == frozenset({"lowmere"}) and _where(SHARED) == frozenset({"lowmere"})
    with analysis_scope():  # tenant B's, later, the same wording in an article that names no place
        article_sentences(PLAIN)
        assert inherited(SHARED) == (frozenset(), 0.0) and context_key(SHARED) == ""
        assert _where(SHARED) == frozenset()  # not Lowmere's: the cached analysis of A's sentence is not B's
    with analysis_scope():  # and A again: its article's context, not B's
        article_sentences(LOWMERE)
        assert _where(SHARED) == frozenset({"lowmere"})


def test_a_sentence_is_read_in_its_own_articles_language_only() -> None:
    line = "Le maire a parlé lundi."
    with analysis_scope():
        register([line], "fr")
        assert language_of(line) == "fr"
    with analysis_scope():
        assert language_of(line) == "en"  # another tenant's French article lends it nothing
        assert not current().languages


def test_stored_analyses_keep_each_articles_context_apart() -> None:
    a, b = analyse(LOWMERE), analyse(PLAIN)
    fa = next(f for f in a if f.text == SHARED)
    fb = next(f for f in b if f.text == SHARED)
    assert fa is not fb and fa.context and not fb.context
    assert fa.quantities[0].slot is not None and fa.quantities[0].slot.where == frozenset({"lowmere"})
    back = {f.text: f for _, f in loads(dumps(b))}
    assert back[SHARED] is fb  # shared with the analysis of the same context, not with A's


def test_two_audiences_of_one_engine_do_not_share_an_articles_context() -> None:
    engine, memory = Engine(), Memory()
    assert engine.digest("a", [LOWMERE], memory).stories
    engine.remember(memory, [LOWMERE])
    assert SHARED not in current().places  # nothing was recorded outside the digest's own scope
    assert inherited(SHARED) == (frozenset(), 0.0)


def test_an_article_registered_again_takes_its_context_back_unless_it_was_the_last_registered() -> None:
    dunmore = Article("as-d", "Dunmore flu toll rises",
                      "Dunmore's flu death toll rose by two to 40 on Friday, officials said.\n\n" + SHARED + "\n\n"
                      "Schools will close on Monday, the mayor told reporters.")
    with analysis_scope() as scope:
        article_sentences(LOWMERE)
        article_sentences(dunmore)
        assert inherited(SHARED)[0] == frozenset({"dunmore"}) and scope.last is not None
        before = dict(scope.places)
        article_sentences(dunmore)  # registered last: nothing to do, nothing changes
        assert dict(scope.places) == before and list(scope.places) == list(before)
        article_sentences(LOWMERE)  # registered before another: registered again, its place wins
        assert inherited(SHARED)[0] == frozenset({"lowmere"})
        scope.record(places=[(SHARED, (frozenset({"elsewhere"}), 1.0))])  # any other record: registered again
        assert scope.last is None
        article_sentences(LOWMERE)
        assert inherited(SHARED)[0] == frozenset({"lowmere"})
