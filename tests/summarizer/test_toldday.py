"""A told day (summarizer.toldday): an event of the last days told as a narrative past, on a day the audience read past."""
from __future__ import annotations

from datetime import date, datetime

from summarizer.backdrop import cues
from summarizer.memory import Memory
from summarizer.novelty import Verdict, judge
from summarizer.toldday import told_day
from summarizer.weights import BACKDROP_COEF

DAY = datetime(2031, 5, 12, 9, 0)  # a Monday
SUNDAY = date(2031, 5, 11).toordinal()
FRIDAY = date(2031, 5, 9).toordinal()
READ_SUNDAY = Verdict(True, latest=SUNDAY)  # the audience read an article of the story published on Sunday


def test_a_narrative_past_of_a_day_already_read_is_told() -> None:
    assert told_day("On Sunday, the ferry captain appeared at the harbour gate to declare he was innocent.", DAY,
                    READ_SUNDAY)
    assert told_day("Searches of the ferry office were carried out last Friday after a warrant was issued.", DAY,
                    READ_SUNDAY)
    assert told_day("The mayor stormed out of the council chamber yesterday.", DAY, READ_SUNDAY)


def test_a_day_the_audience_did_not_read_past_is_not_told() -> None:
    before = Verdict(True, latest=FRIDAY)  # the last article of the story read was of Friday
    assert not told_day("The mayor stormed out of the council chamber yesterday.", DAY, before)
    assert not told_day("The mayor stormed out of the council chamber yesterday.", DAY, Verdict(True))


def test_a_new_fact_or_a_vague_time_is_not_told() -> None:
    line = "Two divers, a 64-year-old man and his son, were pulled from the wreck on Sunday."
    assert told_day(line, DAY, READ_SUNDAY)
    assert not told_day(line, DAY, Verdict(True, new_facts=1, latest=SUNDAY))  # a figure the audience was not told
    assert not told_day("The captain was convicted earlier this month after a nine-day hearing.", DAY, READ_SUNDAY)


def test_statements_states_plans_and_side_times_are_not_told() -> None:
    assert not told_day("On Sunday, a spokeswoman said the captain had met the police.", DAY, READ_SUNDAY)
    assert not told_day("The captain appeared at the gate on Sunday, according to the harbour police.", DAY,
                        READ_SUNDAY)
    assert not told_day("The ferry will sail again on Friday.", DAY, READ_SUNDAY)
    assert not told_day("Divers are searching the wreck of Sunday's collision.", DAY, READ_SUNDAY)
    assert not told_day("The ferry sank after its engine failed on Sunday.", DAY, READ_SUNDAY)
    assert not told_day("The ferry sank today.", DAY, READ_SUNDAY)
    assert not told_day("The ferry company was fined on 17 April.", DAY, READ_SUNDAY)  # weeks back: olddates


def test_the_verdict_knows_the_latest_day_of_its_neighbours() -> None:
    memory = Memory()
    memory.add("The ferry captain appeared at the harbour gate and declared he was innocent.", "s", "a", SUNDAY)
    verdict = judge("On Sunday, the ferry captain appeared at the harbour gate to declare his innocence.", memory, "s")
    assert verdict.latest == SUNDAY


def test_the_backdrop_model_weighs_the_told_day() -> None:
    line = "On Sunday, the ferry captain appeared at the harbour gate to declare he was innocent."
    assert cues(line, DAY, READ_SUNDAY)["t_told_day"] == 1.0
    assert cues(line, DAY)["t_told_day"] == 0.0
    assert BACKDROP_COEF["t_told_day"] > 0


WEDNESDAY = datetime(2031, 5, 14, 9, 0)


def test_a_past_weekend_or_week_is_read_as_its_last_day() -> None:
    line = "Harbour officials drew a line over the weekend when they let the ferry company fold."
    assert told_day(line, WEDNESDAY, READ_SUNDAY)  # the channel read the story past Sunday
    assert not told_day(line, WEDNESDAY, Verdict(True, latest=FRIDAY))  # its last read article is of Friday
    assert told_day("Last week the ferry captain stormed out of the inquiry.", WEDNESDAY, READ_SUNDAY)
    assert not told_day("The ferry captain will appear at the inquiry over the weekend.", WEDNESDAY, READ_SUNDAY)
    # On a Sunday, "the weekend" is this one: no day the audience read past
    assert not told_day(line, datetime(2031, 5, 11, 18, 0), Verdict(True, latest=SUNDAY))
