"""One event told twice in one digest in other words, and events that must stay two lines (made-up sentences)."""
import pytest

from benchmarks.sameevent import same_event, signature

APOLOGY = "Maria Kovac apologised to the staff of her Brightwater charity before a television interview."
RETOLD = "The disgraced founder addressed a tearful meeting of Brightwater staff and said “I'm sorry”."


def test_an_apology_told_by_its_words_is_the_same_event() -> None:
    assert same_event(RETOLD, APOLOGY)
    assert signature(APOLOGY).action & signature(RETOLD).said  # "sorry" is read as the apology it tells
    assert not same_event(RETOLD.replace("said “I'm sorry”", "thanked them"), APOLOGY)


@pytest.mark.parametrize("line, earlier", [
    # two events of one actor: another action
    ("Maria Kovac resigned from the board of her Brightwater charity.", APOLOGY),
    # one action of one actor, another object
    ("Maria Kovac apologised to the talk-show host for her earlier denials.", APOLOGY),
    # two named actors doing one thing to one object
    ("Ivan Petrow condemned the governor's decision to close the Lindmark shipyard.",
     "Anna Soller condemned the governor's decision to close the Lindmark shipyard."),
    # one measure in two places
    ("Health officials confirmed 27 cases of the Corvid flu in Velmora.",
     "Health officials confirmed 27 cases of the Corvid flu in Ostrava."),
    # a day's count against a cumulative one
    ("Health officials in Ostrava confirmed 27 new cases of the Corvid flu.",
     "Health officials in Ostrava confirmed 27 cases of the Corvid flu."),
    # a figure the earlier line lacks
    ("Health officials in Ostrava confirmed 31 cases of the Corvid flu and two deaths.",
     "Health officials in Ostrava confirmed 31 cases of the Corvid flu."),
    # the other polarity
    ("Maria Kovac did not apologise to the staff of her Brightwater charity.", APOLOGY),
    # a prospect is not the event
    ("Maria Kovac is expected to apologise to the staff of her Brightwater charity.", APOLOGY),
])
def test_different_events_stay_separate(line: str, earlier: str) -> None:
    assert not same_event(line, earlier)

