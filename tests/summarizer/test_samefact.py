"""Two figures of one slot that are no one fact changed: a figure of the backdrop, measures qualified apart
(summarizer.samefact; made-up sentences)."""
from __future__ import annotations

from summarizer.condense import core
from summarizer.facts import quantities
from summarizer.models import Kind
from summarizer.novelty import Memory, judge
from summarizer.samefact import background_figure, qualifiers, rounds, served_part


def _kind(earlier: str, later: str) -> Kind | None:
    memory = Memory()
    memory.add(earlier, "s", "a")
    verdict = judge(later, memory, "s", core(later))
    return verdict.kind if verdict.novel else None


def test_a_figure_in_a_concessive_clause_is_backdrop_not_an_update() -> None:
    earlier = "Thousands of workers lost their jobs when the Brackton Mills group collapsed."
    later = ("The trial goes to the heart of the fall of Brackton Mills, whose owners kept their fortunes despite "
             "4,200 workers losing their jobs.")
    assert background_figure(later, "4,200 workers")
    assert _kind(earlier, later) is not Kind.UPDATED


def test_a_figure_in_a_relative_clause_of_a_past_step_is_backdrop() -> None:
    """"Lind, who polled 56%, vowed ..." tells the run-off aside; the first round's 46.7% is another event's share."""
    earlier = "Mara Lind, the ruling party's candidate, missed out on a majority in Lowmere, polling 46.7% of the vote."
    later = "Mara Lind, who polled 56% of the vote in Lowmere, vowed to end extreme poverty."
    assert background_figure(later, "56% of the vote")
    assert _kind(earlier, later) is not Kind.UPDATED
    # a running toll told in a perfect relative clause is still a value of the line's news
    assert not background_figure("The Lowmere flu, which has killed 160 people, is spreading.", "160 people")
    assert _kind("The Lowmere flu has killed 120 people, officials said.",
                 "The Lowmere flu, which has killed 160 people, is spreading fast.") is Kind.UPDATED


def test_time_served_of_a_term_is_no_new_term() -> None:
    """"Has served 7 months of a four-year sentence" tells a part of the term told before, not a term of 7 months."""
    later = "Tom Harlow has served 7 months of a four-year sentence over the Lowmere fraud and will now go home."
    assert served_part(later, quantities(later)[0])
    eels = "Some 14 ports have logged 2,617 sightings of the eel."
    assert not served_part(eels, quantities("2,617 sightings of the eel")[0])
    assert _kind("Tom Harlow was jailed for four years for the Lowmere fraud.", later) is not Kind.UPDATED
    later = "Tom Harlow is to be released from prison next week, 12 months into his sentence for the Lowmere fraud."
    assert served_part(later, quantities(later)[0])
    assert _kind("Tom Harlow was jailed for four years for the Lowmere fraud.", later) is not Kind.UPDATED


def test_measures_qualified_apart_are_not_one_share() -> None:
    assert qualifiers("more than 50% of a rigged vote") == {"rigged"}
    assert qualifiers("48.6% of the vote") == qualifiers("27.7% of votes") == qualifiers("tens of thousands of people")
    assert qualifiers("300 cases of flu") == frozenset()
    later = "Tom Harlow won 48.6% of the vote in Lowmere."
    assert _kind("Tom Harlow won more than 50% of a rigged vote in Lowmere.", later) is not Kind.UPDATED
    assert _kind("Tom Harlow won 50.2% of the vote in Lowmere.", later) is Kind.UPDATED


def test_shares_of_other_rounds_are_two_events() -> None:
    """A first round's share and a share told without its round (or of the run-off) are no one value changed."""
    assert rounds("Lind missed out on a first-round majority") == {"first"} and rounds("the run-off") == {"second"}
    earlier = "Mara Lind won 46.7% of votes in the first round of the Lowmere election."
    assert _kind(earlier, "Mara Lind won 56% of the vote in the Lowmere election.") is not Kind.UPDATED
    assert _kind(earlier, "Mara Lind won 56% of the vote in the Lowmere run-off election.") is not Kind.UPDATED
    assert _kind("Mara Lind polled 46.7% of the vote in Lowmere.", "Mara Lind won 56% of the vote in Lowmere.") \
        is Kind.UPDATED


def test_a_possessive_is_no_qualifier_of_a_share() -> None:
    """"40% of our votes" is a share of the votes as "40% of the votes" is: a determiner qualifies no measure."""
    assert qualifiers("40% of our votes") == qualifiers("40% of the votes") == frozenset()
