"""The first-line diagnosis (benchmarks/firsts.py): each missed day gets the cause of its non-news first line."""
from __future__ import annotations

from benchmarks.firsts import CAUSES, DETAIL, Step, cause, detail, report


def _step(lines: list[tuple[int, int, str, str]], candidates: list[str] | None = None,
          left_out: list[bool | None] | None = None, has_news: bool = True) -> Step:
    return Step("made-up", "2030-01-02T00:00", lines, candidates or [], left_out or [], has_news)


def test_a_news_first_line_or_an_empty_digest_has_no_cause() -> None:
    assert cause(_step([(0, 0, "news", "The council voted to close the bridge.")])) == ""
    assert cause(_step([])) == ""


def test_a_news_line_below_the_first_is_ranked_lower_or_in_another_story() -> None:
    minor = (0, 0, "minor", "Residents said the view was lovely.")
    assert cause(_step([minor, (0, 1, "news", "The bridge closes on Monday.")])) == "ranked lower"
    assert cause(_step([minor, (1, 0, "news", "The mayor resigned.")])) == "other story first"


def test_a_news_sentence_not_shown_is_named_by_how_far_it_got() -> None:
    minor = [(0, 0, "minor", "Residents said the view was lovely.")]
    assert cause(_step(minor, has_news=False)) == "no news sentence"
    assert cause(_step(minor, candidates=["minor", "news"])) == "dropped by a hold"
    assert cause(_step(minor, candidates=["minor"], left_out=[False])) == "judged known"
    assert cause(_step(minor, candidates=["minor"], left_out=[None])) == "never a candidate"


def test_the_report_counts_the_causes_of_the_missed_steps() -> None:
    steps = [_step([(0, 0, "news", "The bridge closes on Monday.")]),
             _step([(0, 0, "stale", "The bridge was built in 1901."), (0, 1, "news", "The bridge closes on Monday.")])]
    text = report(steps)
    assert text.startswith("first line news on 1 of 2 steps with lines")
    assert "news at story 0 line 1" in text
    assert text.endswith(f"causes: {CAUSES[1]} 1")


def test_the_detail_shows_the_first_story_down_to_its_news_line_with_news_probability_and_salience() -> None:
    lines = [(0, i, "minor", f"Residents said the view was lovely, number {i}.") for i in range(DETAIL + 1)]
    lines.append((0, DETAIL + 1, "news", "The bridge closes on Monday."))
    lines.append((0, DETAIL + 2, "minor", "A cafe opened nearby."))
    lines.append((1, 0, "news", "The mayor resigned."))
    step = _step(lines)
    step.marks = [(0.62, 0.82)] + [None] * DETAIL + [(0.04, 0.25), (0.1, 0.2), (0.5, 0.9)]
    rows = detail(step)
    assert len(rows) == DETAIL + 2  # down to the news line, not past it, and not the other story
    assert "n=0.62 s= 0.82" in rows[0] and "minor" in rows[0]
    assert "n=   ? s=    ?" in rows[1]
    assert "n=0.04 s= 0.25" in rows[-1] and "The bridge closes" in rows[-1]
    short = _step([(0, 0, "stale", "The bridge was built in 1901."), (0, 1, "news", "The bridge closes on Monday.")])
    assert len(detail(short)) == 2  # no marks recorded: every line shown, unscored
    assert "n=0.62" in report([step], details=True) and "n=0.62" not in report([step])
