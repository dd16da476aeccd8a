"""The writer's style (summarizer.articlestyle) and a lede that relays a report (summarizer.articlekind)."""
from __future__ import annotations

from summarizer.articlekind import LEDE, relays_report
from summarizer.articlestyle import style

SKETCH = [
    "You have to admire the nerve of the parish council.",
    "But we all knew how this would end, didn't we?",
    "Well, quite.",
    "The new bypass is an utterly absurd idea.",
]
REPORT = [
    "The parish council voted on Tuesday to build a bypass round the village.",
    "The scheme will cost £4.2m, the council's treasurer said.",
    "Work is due to start in the spring.",
    "Residents objected to the route at a meeting last month.",
]


def test_a_sketch_addresses_the_reader_asks_and_judges() -> None:
    s = style(SKETCH, "Bypass")
    assert s["k_we_you"] == 0.5 and s["k_ask"] == 0.25 and s["k_evaluative"] == 0.25
    assert s["k_short"] == 0.25 and s["k_conj"] == 0.5 and s["k_listing"] == 0.0


def test_a_report_carries_none_of_the_style_cues() -> None:
    s = style(REPORT, "Council backs bypass")
    assert s["k_we_you"] == s["k_ask"] == s["k_evaluative"] == s["k_conj"] == s["k_short"] == 0.0
    assert s["k_listing"] == 0.0  # a sum in millions is not a price tag


def test_a_listing_prints_a_broadcast_time_and_no_sentences_give_no_cues() -> None:
    assert style(["The documentary follows a year on the farm."], "Sunday 9.30pm, BBC4")["k_listing"] == 1.0
    assert style([], "Anything") == {}


def test_a_lede_relaying_a_report_in_the_third_person() -> None:
    relayed = "The mayor has been arrested, as reported by the local paper."
    assert relays_report(relayed, 0)
    assert not relays_report(relayed, LEDE)  # past the lede: the writer's own again
    assert not relays_report("We reported last week that the mayor had been arrested.", 0)  # the writer's voice
    assert not relays_report("Protests cannot help but benefit from celebrity endorsement.", 0)  # no source, no action
