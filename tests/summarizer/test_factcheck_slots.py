"""Readers that put a figure in its slot: prison terms, counts after a participle, ranges told lower,
and a figure's own clause as its context (made-up sentences)."""
from __future__ import annotations

from summarizer.condense import core
from summarizer.factcheck import FACT_CONTEXT, clause_overlap
from summarizer.facts import quantities
from summarizer.memory import features
from summarizer.models import Kind
from summarizer.novelty import Memory, judge


def _kind(earlier: str, later: str) -> Kind | None:
    memory = Memory()
    memory.add(earlier, "s", "a")
    verdict = judge(later, memory, "s", core(later))
    return verdict.kind if verdict.novel else None


def _slots(text: str) -> list[tuple[str, str, str, float]]:
    return [(q.slot.measure, q.slot.unit, q.slot.scope, q.low) for q in quantities(text) if q.slot is not None]


def test_a_prison_term_is_read_as_a_sentence_in_years() -> None:
    assert _slots("The court gave Tom Harlow a sentence of 12 years in prison today.") == [("sentence", "years", "", 12.0)]
    assert _slots("Harlow was jailed for six months.") == [("sentence", "years", "", 0.5)]


def test_a_duration_that_is_no_prison_term_stays_unread() -> None:
    assert _slots("The talks between the two sides lasted 12 years.") == []
    assert _slots("Harlow spent six months travelling across Lowmere.") == []


def test_a_prison_term_in_a_threat_is_no_value() -> None:
    """"Could face up to 20 years" is a maximum the law allows, not a sentence given."""
    assert _slots("Harlow could face up to 20 years in prison if convicted.") == []


def test_a_longer_term_than_expected_is_an_update() -> None:
    assert _kind("Tom Harlow was sent to jail to await a sentence of at least 12 years for the Lowmere fraud.",
                 "Tom Harlow was given a sentence of 14 years to life in prison for the Lowmere fraud.") is Kind.UPDATED


def test_a_count_after_a_participle_is_of_what_follows() -> None:
    """"1.5 million left homeless" counts the homeless, as "1.5 million homeless" does."""
    assert _slots("The floods in Lowmere have left 30,000 people dead and 1.5 million left homeless.")[-1][0] == "homeless"
    assert _kind("Officials in Lowmere say 20,000 were killed and 1.5 million left homeless by the floods.",
                 "Some 20,000 were killed in Lowmere and about a million left homeless by the floods.") is Kind.CONFLICT


def test_a_range_told_lower_for_the_same_toll_is_a_conflict() -> None:
    assert _kind("The storm in Westland has left as many as 20,000-40,000 people dead.",
                 "The storm in Westland has left as many as 18,000-20,000 people dead.") is Kind.CONFLICT


def test_a_range_told_higher_is_an_update() -> None:
    assert _kind("The storm in Westland has left as many as 18,000-20,000 people dead.",
                 "The storm in Westland has left as many as 20,000-40,000 people dead.") is Kind.UPDATED


def test_a_figure_is_compared_by_its_own_clause() -> None:
    """Two sentences mostly about other things: their figures' own clauses say the same thing, measure words aside."""
    earlier = features("Researchers at the Harwick institute will speed the creation of a vaccine against the strain, "
                       "the director told reporters at a crowded briefing, as the health ministry tally of fever cases "
                       "reached 2,300 in Lowmere.")
    later = features("Schools closed and football matches were cancelled across the eastern provinces, and fever cases "
                     "in Lowmere rose to 4,100 in the health ministry tally.")
    q, kq = later.quantities[-1], earlier.quantities[-1]
    assert clause_overlap(later, q, earlier, kq) >= FACT_CONTEXT
    other = features("Eight farm workers were infected with it, but recovered.")
    assert clause_overlap(other, other.quantities[0], later, q) == 0.0  # "infected" names the measure: it says nothing more


def test_a_shared_measure_word_alone_makes_no_common_clause() -> None:
    """Two clauses sharing only the verb of the measure ("infected") are not said of one thing."""
    earlier = "Over the past two or so years, 12 farm workers were infected with the fever, Finelli said."
    later = "A new fever has appeared in Lowmere, where eight farm workers were infected but recovered, officials said."
    assert _kind(earlier, later) is Kind.NEW


def test_a_period_of_several_words_is_a_scope() -> None:
    assert _slots("In the past two or so years, 12 cases of the fever have been reported.")[0][2].startswith("period:")


def test_time_served_up_to_now_is_no_prison_term() -> None:
    """"Has been in prison for the past 21 years" tells time served so far, not the length of a sentence."""
    assert _slots("The gang leader has been in prison for the past 21 years.") == []
    assert _slots("Harlow had been behind bars for 12 years.") == []
    assert _kind("Tom Harlow was jailed for 25 years.", "Harlow has been in prison for the last 26 years.") is not Kind.UPDATED


def test_what_the_law_sets_for_an_offence_is_no_prison_term() -> None:
    """"The minimum sentence for arson is 7 years" is the statute, not a sentence handed down."""
    assert _slots("The minimum sentence for arson is 7 years in prison.") == []
    assert _slots("Smuggling carries a maximum sentence of 10 years.") == []
    assert _kind("Harlow was sentenced to five years in prison.",
                 "The minimum sentence for arson is 7 years in prison, but his lawyers will argue for less.") \
        is not Kind.UPDATED
    assert _slots("Harlow was jailed for 15 years on Wednesday.") != []


def test_a_term_after_a_modal_and_as_little_as_is_no_value() -> None:
    """"Could serve as little as 8 months" is a projection in the clause before the comparison, not a new sentence."""
    assert _slots("Her counsel says she could serve as little as 8 months in prison.") == []
    assert _kind("Harlow was sentenced to five years in prison.",
                 "Her counsel says she could serve as little as 8 months in prison.") is Kind.NEW
    assert _slots("The judge gave him as many as 12 years in prison.") == [("sentence", "years", "", 12.0)]
