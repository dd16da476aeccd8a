"""Word deletions that carry no fact: a complementizer "that", "in order", a trailing dash aside."""
from __future__ import annotations

from summarizer.compress import apply, trim
from summarizer.slimming import slim_edits


def _cuts(text: str) -> list[str]:
    return [text[e.start:e.end] for e in slim_edits(text)]


def test_that_after_a_verb_of_saying_goes_before_a_clause() -> None:
    s = "In the end the harbour board said that the ferry would stop running on Sundays from next month."
    assert _cuts(s) == ["that "]
    e = next(iter(slim_edits(s)))
    assert apply(s, e) == "In the end the harbour board said the ferry would stop running on Sundays from next month."
    t = "The skipper came ashore and told the island council that 12 boats had been lost in the storm."
    assert _cuts(t) == ["that "]


def test_that_of_a_leading_attribution_is_left_to_it() -> None:
    s = "The harbour board said that the ferry would stop running on Sundays from next month."
    assert _cuts(s) == []  # "The harbour board says the ferry ..." (summarizer.leadsay)
    assert _cuts("In a statement, the harbour board said that the ferry would stop on Sundays.") == []


def test_that_stays_as_a_determiner_a_pronoun_or_before_a_subordinator() -> None:
    assert _cuts("The mayor said that plan was never costed by anyone on the council at all.") == []
    assert _cuts("The mayor said that was the end of the matter for the harbour board.") == []
    assert _cuts("The mayor said that when the tide turns the ferry will sail again.") == []


def test_that_stays_after_a_noun_that_looks_like_a_verb() -> None:
    assert _cuts("He cast doubt on the board's claims that the ferry was safe to sail.") == []
    assert _cuts("The council cited a report that the pier needed new piles.") == []


def test_that_stays_when_two_names_would_run_together() -> None:
    assert _cuts("The mayor told Harbour News that Vogt would resign next week.") == []


def test_after_a_verb_that_takes_an_object_that_goes_only_before_a_pronoun() -> None:
    assert _cuts("The board tried to explain that its fee scale is based on the size of each boat.") == []
    assert _cuts("The skipper admitted that he had sailed without a licence for two years.") == ["that "]


def test_a_trailing_phrase_after_one_dash_goes_but_not_a_clause() -> None:
    s = "The island council bought the old lighthouse for the town museum – a gift to the next generation."
    assert _cuts(s) == [" – a gift to the next generation"]
    assert trim(s, {"gift", "gener"}, [], 60) == "The island council bought the old lighthouse for the town museum."
    assert _cuts("The island council bought the old lighthouse for the museum – often called the jewel of the coast.") == [
        " – often called the jewel of the coast"]
    assert _cuts("The island council bought the old lighthouse for the town museum – the roof leaks badly.") == []
    assert _cuts("The island council bought the old lighthouse for the town museum – but it is closed.") == []
    assert _cuts("The island council bought the old lighthouse for the museum – a deal that was signed today.") == []


def test_a_dash_that_closes_a_pair_or_a_quoted_tail_is_no_trailing_aside() -> None:
    assert _cuts("The island council – after a long debate – bought the old lighthouse for the museum.") == []
    assert _cuts("The island council bought the old lighthouse for the town museum – “a gift for all”.") == []


def test_a_gloss_of_a_quoted_word_or_a_list_after_a_dash_stays() -> None:
    """The aside explains the quoted word before it, or lists what the sentence only names: it carries the content."""
    assert _cuts("The two friends joked about shooting out a “robot” – a local word for a set of traffic lights.") == []
    assert _cuts("The island council said its budget was bleeding from a thousand cuts – to libraries, parks and pools.") == []
