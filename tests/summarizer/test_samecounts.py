"""Two lines of one digest telling the same counts of one report (made-up sentences; Lowmere is a made-up place)."""
from __future__ import annotations

from summarizer.samecounts import same_counts

YONHAP = ("The death toll from flash floods in Lowmere Province rose to 31 as rescuers recovered more bodies from buried "
          "homes, and 25 people remain missing.")
WIRE = ("The death toll from flash floods in the country's south-west climbed to 31, officials said, as soldiers dug "
        "through mud for 25 people missing.")


def test_two_outlets_telling_the_same_two_counts_are_one_report() -> None:
    assert same_counts(WIRE, YONHAP) in ("line", "other")
    assert same_counts(WIRE, YONHAP) == ("line" if same_counts(YONHAP, WIRE) == "other" else "other")


def test_one_shared_count_or_a_line_with_more_is_no_retelling() -> None:
    assert same_counts("The death toll from the floods rose to 31, officials said.", YONHAP) == ""  # one figure
    more = YONHAP[:-1] + ", and 12,000 people have been evacuated."
    assert same_counts(more, YONHAP) == "line"  # the fuller telling stays, the other adds only colour
    event = "Police arrested the dam's operator as the toll rose to 31 and 25 people remained missing."
    assert same_counts(event, YONHAP) == "line" and same_counts(YONHAP, event) == "other"  # the event's line tells both
    other = "The death toll rose to 34 as rescuers recovered more bodies, and 25 people remain missing."
    assert same_counts(other, YONHAP) == ""  # another value: an update, not a retelling
