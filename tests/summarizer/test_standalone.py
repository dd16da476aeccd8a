"""Which of two tellings of one fact stands for the cluster (summarizer.standalone.cleaner): invented sentences."""
from __future__ import annotations

from summarizer.standalone import cleaner

CALLED = ("The league's chief executive, Dana Whitfield, has called for the club's three titles in the national "
          "championship to be struck from the record books following the publication of an independent inquiry which "
          "found there had been systematic match fixing at the club over a decade of home games.")
SAID = ("In a statement released late on Monday evening, the mayor said she would step down as chair of the harbour "
        "trust, the charity she founded twenty years ago, to spare it any harm from the inquiry into the expenses claims "
        "of her office.")


def test_a_hypothetical_drawn_from_an_event_does_not_replace_it() -> None:
    assert not cleaner("If Whitfield has her way, that would mean the seasons from 2001 to 2004 being left without a "
                       "champion.", CALLED)


def test_a_state_does_not_replace_a_perfect_telling_of_the_action() -> None:
    assert not cleaner("As strange as it may seem, the league is not the keeper of its own record books.", CALLED)


def test_a_cleaner_telling_of_the_action_still_replaces_a_long_one() -> None:
    assert cleaner("Dana Whitfield has called for the club's three titles to be struck from the record books.", CALLED)
    assert cleaner("The mayor said on 4 May 2010 she would step down as chair of the harbour trust.", SAID)


def test_a_reaction_does_not_replace_the_telling_it_reacts_to() -> None:
    employer = ("Harlow Mills, the town's largest employer with long ties to the rowing club, has reaffirmed its support "
                "for the coach accused of being the central figure in what an inquiry called a years-long scheme of "
                "falsified race times and forged medical certificates.")
    assert not cleaner("An inquiry into years of cheating at the Harlow rowing club described the squad as running "
                       "“the most organised fraud the sport has seen”.", employer)
    assert not cleaner("Shown a recording of his denials, the coach said: “I look at that man and I do not like him”.",
                       employer)


def test_a_state_that_carries_a_figure_is_a_status_report_and_may_replace() -> None:
    tested = ("Speaking at a joint briefing in the capital with the transport minister, the chief engineer has confirmed "
              "that the best laboratories in the country are still testing the cable that is now said to have failed "
              "on 42 bridges across the northern provinces.")
    assert cleaner("The northern province remains the worst affected, with 42 failed bridges and 310 closed roads.", tested)


def test_one_quotation_told_two_ways_is_left_to_the_length_test() -> None:
    assert cleaner("Fenwick said: “I had a feeling I would not last long in this job unless I did what they wanted”.",
                   "“I had this kind of feeling that I would not last long in this job unless I somehow did what they "
                   "wanted of me, whatever it was and whoever asked,” Fenwick told the county investigator in a long "
                   "interview recorded at the town hall last spring.")
