from __future__ import annotations

import pytest

from summarizer.quoteonly import quote_only


@pytest.mark.parametrize("text", [
    "Coons: “It was difficult from her question to know what she was talking about”",
    "The spokesman said: “Our hope is that we can reach a diplomatic solution”.",
    "“We are satisfied with the ruling and will study it,” Kurt Langhard said.",
    "“I'm not scared to make mistakes,” the founder added.",
])
def test_a_quotation_and_who_said_it_is_quote_only(text: str) -> None:
    assert quote_only(text)


@pytest.mark.parametrize("text", [
    # the writer's own clause around a short quotation: the clause tells the news
    "There had “previously been allegations of a domestic nature” at the home, she said.",
    # a verb of the writer's outside the quotation: an event told, then the quote
    "Three men were arrested on Monday, police said, adding: “The investigation continues”.",
    # no quotation at all, or hardly any
    "The ministry said the talks would resume on Friday.",
    "The senator called the plan “a disgrace” and voted against it in the committee on Tuesday.",
    "",
])
def test_a_line_that_tells_something_outside_its_quotation_is_not(text: str) -> None:
    assert not quote_only(text)


def test_the_limits_are_parameters() -> None:
    text = "The prime minister's spokesman said: “All we were doing was setting out the position”."
    assert quote_only(text)
    assert not quote_only(text, share=0.95)
    assert not quote_only(text, most_words=2)
