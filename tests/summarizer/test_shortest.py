"""The shortest faithful telling of one fact (summarizer.shortest): invented sentences only."""
from __future__ import annotations

from datetime import datetime

from summarizer.engine import Engine
from summarizer.novelty import Memory
from summarizer.shortest import tells_as_well
from tests.summarizer.enginekit import make_article

LONG = ("The 6.4-magnitude earthquake that struck north of the coastal town of Velmora on the island of Taresk is "
        "feared to have killed hundreds of people across the island.")
SHORT = "Hundreds are feared dead on Taresk after the 6.4-magnitude earthquake."


def test_a_shorter_telling_of_the_same_fact_tells_it_as_well() -> None:
    assert tells_as_well(SHORT, LONG)


def test_a_shorter_line_losing_a_figure_or_telling_another_event_does_not() -> None:
    assert not tells_as_well("Hundreds are feared dead on Taresk after the earthquake.", LONG)  # the magnitude is lost
    assert not tells_as_well("Dorin Vask suggested the quake was a punishment.",
                             "The Taresk government has dismissed as “foolish” comments by the preacher Dorin Vask "
                             "suggesting that the island was cursed by the quake.")  # the dismissal is the event
    assert not tells_as_well("Agents are investigating Mara Olund for witness tampering and fraud.",
                             "The Ledger is reporting that a senior official says Mara Olund is under investigation by "
                             "federal agents for witness tampering and fraud.")  # a reported claim stays reported


def test_a_digest_shows_the_shorter_telling_another_outlet_gives() -> None:
    long = make_article(f"Taresk quake\n{LONG}", name="a", source="Wire A", published=datetime(2025, 3, 2, 8))
    short = make_article(f"Quake on Taresk\n{SHORT}", name="b", source="Ledger", published=datetime(2025, 3, 2, 9))
    digest = Engine().digest("c", [long, short], Memory())
    (item,) = [i for i in digest.items if "6.4" in i.text]
    assert item.text == SHORT
    assert item.sentence == SHORT and item.key.startswith(short.id)
    assert [s.name for s in item.sources] == ["Ledger", "Wire A"]  # the telling shown, its outlet first


def test_a_shorter_line_leaving_out_a_named_party_does_not_tell_as_well() -> None:
    long = "Dara Venn has resigned as chief executive of Orlam, to be replaced by its finance chief, Pell Astor."
    assert not tells_as_well("Dara Venn has resigned as chief executive of Orlam.", long)  # who replaces her is news
    assert tells_as_well("Dara Venn has resigned as Orlam's chief executive, to be replaced by Pell Astor.", long)


def test_a_shorter_line_keeping_a_figure_but_not_what_it_counts_does_not_tell_as_well() -> None:
    line = "Rowing officials imposed a 40% limit on the salt content of drinks at the regatta after the complaints."
    assert not tells_as_well("Rowing officials imposed a 40% limit at the regatta after the complaints.", line)
    assert tells_as_well("Rowing officials imposed a 40% limit on the salt content of drinks after the complaints.", line)


def test_a_shorter_telling_of_a_saying_keeping_all_its_words_tells_it_as_well() -> None:
    line = "Despite the setbacks Marlow said he had “complete faith” in his plan to rebuild the harbour with the fishermen."
    assert tells_as_well("Marlow says he had “complete faith” in his plan to rebuild the harbour with the fishermen.", line)
    assert not tells_as_well("Marlow says he had “complete faith” in his plan.", line)  # the harbour is lost
