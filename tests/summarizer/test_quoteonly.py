from __future__ import annotations

import pytest

from summarizer.quoteonly import quote_only


@pytest.mark.parametrize("text", [
    "Marren: “It was hard from his answer to tell what he was trying to say”",
    "The envoy said: “Our wish is that both sides can find a peaceful way out”.",
    "“We are satisfied with the ruling and will study it,” Kurt Langhard said.",
    "“I'm not scared to make mistakes,” the founder added.",
])
def test_a_quotation_and_who_said_it_is_quote_only(text: str) -> None:
    assert quote_only(text)


@pytest.mark.parametrize("text", [
    # the writer's own clause around a short quotation: the clause tells the news
    "There had “earlier been complaints of a noisy kind” at the flat, she said.",
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
    text = "The mayor's aide said: “All we did was explain the new timetable to them”."
    assert quote_only(text)
    assert not quote_only(text, share=0.95)
    assert not quote_only(text, most_words=2)
