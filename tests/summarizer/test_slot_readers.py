"""Readers of a figure's slot: what makes two figures one slot, and what is no value of a slot at all (made-up text)."""
from __future__ import annotations

from summarizer.articlescope import analysis_scope
from summarizer.facts import quantities
from summarizer.models import Kind
from summarizer.novelty import Memory, judge
from summarizer.placecontext import register
from summarizer.places import places


def _kind(earlier: str, later: str) -> Kind | None:
    """The kind of ``later`` for an audience told ``earlier`` (None: not news)."""
    memory = Memory()
    memory.add(earlier, "s", "a")
    verdict = judge(later, memory, "s")
    return verdict.kind if verdict.novel else None


def _places(text: str) -> frozenset[str]:
    (q,) = quantities(text)
    assert q.slot is not None
    return q.slot.places


def test_a_modal_after_a_relative_clause_is_the_main_verbs() -> None:
    """"A fever that has killed 40 could spread": the toll is a fact, the modal says what may come next."""
    earlier = "A fever has killed up to 32 people in Lowmere, officials said."
    assert _kind(earlier, "A fever that has killed up to 40 people in Lowmere could spread to the coast.") is Kind.UPDATED


def test_a_modal_before_the_figure_still_makes_it_no_value() -> None:
    earlier = "A fever has killed up to 32 people in Lowmere, officials said."
    assert _kind(earlier, "A fever could kill up to 40 people in Lowmere before the rains.") is Kind.NEW
    assert quantities("Doctors expect a fever that has killed 40 people in Lowmere to spread.")[0].slot is None


def test_a_number_word_opening_a_sentence_is_no_place() -> None:
    assert _places("Forty-two people have died of the fever in Lowmere.") == frozenset({"lowmere"})
    assert _places("Twenty-one people have died of the fever in Lowmere.") == frozenset({"lowmere"})


def test_a_country_opening_a_sentence_is_its_place() -> None:
    """A common word is no name at a sentence's start, but a country is, however common its name."""
    assert _places("Chile now puts the total of infections inside its borders at 615.") == frozenset({"chile"})
    assert _kind("U.S. officials have reported 109 confirmed infections in 11 states.",
                 "Chile now puts the total of infections inside its borders at 615.") is Kind.NEW


def test_a_mediums_nationality_is_not_where_the_count_is() -> None:
    text = "The mayor told a Brazilian newspaper that thousands of people had died."
    assert "brazil" not in places(text, text.index("thousands"), text.index(" had"))
    told = "The mayor told the Lowmere Gazette that 300 people are missing."
    assert places(told, told.index("300"), told.index(" are")) == frozenset()
    officials = "Brazilian officials say 300 people are missing."  # who counts them: their place, kept
    assert places(officials, officials.index("300"), officials.index(" are")) == frozenset({"brazilian"})


def test_a_precise_update_of_a_precise_value_stays_an_update() -> None:
    assert _kind("Officials in Lowmere say 12,000 people are feared dead.",
                 "Officials in Lowmere now say 15,000 people are feared dead.") is Kind.UPDATED


def test_a_name_its_article_dates_in_a_past_year_makes_a_toll_that_years() -> None:
    """"The Grey fever killed two million" after "the 1931 Grey fever epidemic" in its article: history, no update."""
    article = ["Doctors studied the 1931 Grey fever epidemic closely.", "The old were the worst hit.",
               "The Grey fever killed 2 million people worldwide, historians say."]
    with analysis_scope():
        register(article)
        (q,) = quantities(article[2])
        assert q.slot is not None and q.slot.scope == "period:1931"
        assert _kind("The new fever has killed 500,000 people worldwide.", article[2]) is Kind.NEW
    with analysis_scope():  # the same sentence in an article that dates nothing: a current toll
        register(article[1:])
        assert _kind("The new fever has killed 500,000 people worldwide.", article[2]) is Kind.UPDATED


def test_a_dated_name_with_a_perfect_verb_is_still_current() -> None:
    article = ["Doctors recalled the 1931 Grey fever epidemic.", "The Grey fever has now killed 40 people in Lowmere."]
    with analysis_scope():
        register(article)
        (q,) = quantities(article[1])
        assert q.slot is not None and q.slot.scope == ""


def test_a_number_naming_one_thing_is_no_count() -> None:
    """"a 911 call", "a 747 jet": a number after "a" before a singular noun is a label, not a figure."""
    assert quantities("Police received a 911 call from the house in Lowmere.") == []
    assert [q.raw for q in quantities("The crew flew a 747 jet with 300 passengers.")] == ["300 passengers"]
    assert [q.low for q in quantities("Officials found a 100,000 rand cheque in Lowmere.")] == [100_000]


def test_a_capitalised_function_word_is_no_place() -> None:
    """A headline run into its text ("... bail conditions Upon payment ...") capitalises a word that names nothing."""
    text = "The new curfew rules Upon arrival 300 people were arrested in Lowmere."
    assert places(text, text.index("300"), text.index(" were")) == frozenset({"lowmere"})


def test_each_entry_of_a_list_of_figures_has_its_own_place() -> None:
    """"51 cases in Ardel, 16 in Lowmere": the first is not Lowmere's count, nor the second Ardel's."""
    text = "The caseload included 51 cases in Ardel, 16 in Lowmere, 14 in Brisk, and cases in Tarn."
    assert places(text, text.index("51"), text.index("51") + 2) == frozenset({"ardel"})
    assert places(text, text.index("16"), text.index("16") + 2) == frozenset({"lowmere"})
    assert _kind("Eight people were infected in Lowmere, officials said.", text) is Kind.NEW


def test_a_time_word_is_no_place() -> None:
    text = "The Lowmere toll Tonight stands at 13 cases."
    assert places(text, text.index("13"), text.index("13") + 2) == frozenset({"lowmere"})


def test_an_agency_counting_is_no_place_but_a_country_counting_is() -> None:
    """"WHO has confirmed 31,562 cases": the agency's count is the world's; "Lowmere has reported 40": Lowmere's."""
    for text, where in (("By Friday, the ZRO had confirmed 31,562 cases of the new fever.", frozenset()),
                        ("The UK has confirmed 40 cases.", frozenset({"britain"})),
                        ("Lowmere has reported 40 cases.", frozenset({"lowmere"}))):
        at = next(i for i, c in enumerate(text) if c.isdigit())
        assert places(text, at, text.index(" ", at)) == where


def test_a_price_is_of_its_commodity() -> None:
    """"grain prices of $70 a tonne": the sum's subject is the grain, named in lower case, no capitalised name."""
    assert _kind("Meanwhile, grain prices of more than $60 a sack put bread in Lowmere shops at $3 a loaf.",
                 "Meanwhile grain prices of $70 a sack put bread in Lowmere shops at $3 a loaf.") is Kind.UPDATED


def test_a_table_row_is_no_slot() -> None:
    """"6,241 cases and 108 deaths at 15 June.": a row whose label was lost says nothing of whose count it is."""
    assert all(q.slot is None for q in quantities("6,241 cases and 108 deaths at 15 June."))
    assert _kind("Lowmere has 1,261 confirmed cases, officials said.", "6,241 cases and 108 deaths at 15 June.") is Kind.NEW
    assert all(q.slot is not None for q in quantities("300 cases and 12 deaths have been reported in Lowmere."))
