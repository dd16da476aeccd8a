"""Places inherited from an article: an unplaced figure takes its neighbours' place (Lowmere, Brennia and
Osterby are made-up places; every sentence here is written for these tests)."""
from __future__ import annotations

from summarizer.condense import core
from summarizer.facts import quantities
from summarizer.models import Article, Kind
from summarizer.novelty import Memory, judge
from summarizer.placecontext import contexts, figure_places, inherited
from summarizer.sentences import article_sentences

WORLD = Article("pc-w", "Flu cases pass five thousand",
                "The number of confirmed flu cases has reached 6,420 in some 25 countries, the agency said.\n\n"
                "The agency said the virus was still spreading fast among young adults.")
LOWMERE = Article("pc-l", "Lowmere City lifts its flu curbs",
                  "Lowmere City has lifted all the restrictions imposed last month after the outbreak.\n\n"
                  "Lowmere's flu death toll rose by two to 41 on Tuesday, officials said.\n\n"
                  "The number of confirmed flu cases has reached 4,000.\n\n"
                  "Schools will open again on Monday, the mayor told reporters.")


def test_an_unplaced_figure_takes_the_place_of_the_sentence_before() -> None:
    sentences = [s.text for s in article_sentences(LOWMERE)]
    infected = next(t for t in sentences if "4,000" in t)
    places, sure = inherited(infected)
    assert places == frozenset({"lowmere"}) and sure >= 0.5
    slot = quantities(infected)[0].slot
    assert slot is not None and slot.places == frozenset() and slot.where == frozenset({"lowmere"})


def test_a_country_count_placed_by_its_article_is_never_compared_with_a_world_count() -> None:
    memory = Memory()
    for s in article_sentences(WORLD):
        memory.add(s.text, "s", WORLD.id)
    kinds = [judge(s.text, memory, "s", core(s.text)).kind for s in article_sentences(LOWMERE)]
    assert Kind.CONFLICT not in kinds and Kind.UPDATED not in kinds


def test_the_same_sentence_without_its_article_is_still_compared() -> None:
    """Without inheritance the unplaced count meets the world count: the test above is not vacuous."""
    memory = Memory()
    memory.add("The number of confirmed flu cases has reached 6,420 in some 25 countries, the agency said.", "s", "w")
    verdict = judge("The number of confirmed flu cases has reached 4,000, the agency said.", memory, "s")
    assert verdict.kind is Kind.CONFLICT


def test_a_sentence_naming_its_own_place_or_no_figure_inherits_nothing() -> None:
    got = contexts(("Brennia's toll rose to 40 on Friday.", "Osterby's toll rose to 12 in the north.",
                    "The rain went on all night."))
    assert [c[0] for c in got] == [frozenset(), frozenset(), frozenset()]


def test_the_articles_dominant_place_is_inherited_only_when_it_dominates() -> None:
    far = ("The flood has killed 40 people in Brennia.", "Rescuers reached 12 villages in Brennia.",
           "The river rose overnight.", "Crews cleared the roads.", "Aid came by boat.", "About 300 homes were lost.")
    assert contexts(far)[-1][0] == frozenset({"brennia"})
    split = ("The flood has killed 40 people in Brennia.", "The storm has killed 12 people in Osterby.",
             "The river rose overnight.", "Crews cleared the roads.", "Aid came by boat.", "About 300 homes were lost.")
    assert contexts(split)[-1] == (frozenset(), 0.0)


def test_only_names_that_read_as_places_are_inherited() -> None:
    assert figure_places("The Red Cross estimated that 300 people had died in Lowmere.") == frozenset({"lowmere"})


def test_a_common_place_name_opening_a_sentence_as_a_possessive_places_its_figures() -> None:
    slot = quantities("China's flood toll rose by five to 63 on Tuesday, officials said.")[0].slot
    assert slot is not None and slot.places == frozenset({"china"})
    after = contexts(("China's flood toll rose by five to 63 on Tuesday, officials said.",
                      "Some 2,500 people have been left homeless."))
    assert after[1][0] == frozenset({"china"})


def test_sentences_that_inherit_no_place_share_one_reading() -> None:
    # the cached reading of a long article holds one object for all its unplaced sentences, not one each
    got = contexts(("The council met on Monday.", "Members argued for hours.", "Nothing was decided."))
    assert got[0] == (frozenset(), 0.0) and got[0] is got[1] is got[2]
