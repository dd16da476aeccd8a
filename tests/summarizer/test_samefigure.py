"""One figure told twice by two lines of one story (made-up sentences; Harbour Research and Lowmere are made up)."""
from __future__ import annotations

from summarizer.samefigure import main_figures, same_figure

POLL = "A Harbour Research poll showed 58% of respondents backed the recall of the mayor, down from 64% in May."
SHORT = "According to the latest polls, 58% of voters back the recall of the mayor."
FILING = "Spokesman Dana Lowe says the council will publish its final budget on 12 October and the audit on 19 October."
FILED = "The council will publish its final budget to the press on 12 October."


def test_the_line_a_fuller_one_holds_is_merged_into_it() -> None:
    assert same_figure(SHORT, POLL) == "other" and same_figure(POLL, SHORT) == "line"
    assert same_figure(FILED, FILING) == "other"  # one date, one action told twice
    assert same_figure("About 58% of voters back the recall of the mayor, Harbour Research said.", POLL[:-1] +
                       " and 40% opposed it.") == "other"  # the speaker told after it is no name of its own


def test_two_facts_of_one_figure_stay_two_lines() -> None:
    assert same_figure("The trial adjourned until 12 October.", "The live blog will be back on 12 October.") == ""
    other = "Lowmere councillors said 58% of the budget had been spent by the recall of the mayor's office."
    assert same_figure(other, SHORT) == ""  # a name and words of its own: another fact


def test_backdrop_compound_and_clock_figures_tie_nothing() -> None:
    assert main_figures("Aid reached towns hit by the quake that has killed 65 people.") == frozenset()
    assert main_figures("Thousands fled after the 6.8-magnitude quake.") == frozenset()
    assert main_figures("The hearing resumes at 9am, the court said.") == frozenset()
    assert main_figures("The fund holds $100bn and 58% of it is spent.") == {("100", "$bn"), ("58", "%")}
