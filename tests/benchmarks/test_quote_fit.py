"""The quotation-only fit (benchmarks/quote_fit.py): what a choice catches and how it is chosen."""
from __future__ import annotations

from collections import Counter

from benchmarks.quote_fit import caught, choose, objective

QUOTE = "The spokesman said: “We are looking at every option and will say more on Monday”."
SHORT = "Lee: “No, never again, not while I am alive”."
NEWS_QUOTE = "The agency said in a statement to reporters in the capital late on Friday: “Yes”."
CLAUSE = "Police arrested 12 people in Lyon on Monday after a march turned violent."


def test_caught_counts_quotation_lines_by_label() -> None:
    sents = [(QUOTE, "minor"), (CLAUSE, "news"), (SHORT, "stale")]
    assert caught(sents, (0.5, 10)) == Counter({"minor": 1, "stale": 1})


def test_a_news_line_caught_costs_more_than_several_minor_ones_gain() -> None:
    assert objective(Counter({"minor": 5, "news": 1})) < 0 < objective(Counter({"minor": 5}))


def test_choose_spares_news_in_the_training_folds() -> None:
    # NEWS_QUOTE has 14 words outside its quotation: only a limit of 15 or more catches it, and it is news
    episodes = {"a": [(QUOTE, "minor"), (NEWS_QUOTE, "news")], "b": [(SHORT, "minor"), (QUOTE, "background")]}
    share, words = choose(episodes, ["a", "b"])
    assert words < 14
    assert caught(episodes["b"], (share, words))["background"] == 1
