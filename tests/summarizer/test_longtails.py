"""A trailing clause naming something new goes from a long line when the main clause holds the news."""
from __future__ import annotations

from summarizer.condense import condense
from summarizer.longtails import new_names, open_piece, tail_verdict
from summarizer.novelty import features
from summarizer.segments import Edit


def _all_new(text: str) -> set[str]:
    return set(features(text).terms)


def _verdict(s: str, at: str, prior: float, rule: str) -> bool | None:
    """:func:`tail_verdict` for cutting ``s`` (its stop off) from ``at`` to its end, every term new, goal 80."""
    text = s.rstrip(".")
    return tail_verdict(text, Edit(text.index(at), len(text), "", prior, rule), _all_new(s), 80)


def test_names_are_runs_of_capitalised_words_and_numbers() -> None:
    text = "The Island Ferry Company docked at Lowmere, putting Tarvia in the same league as Ostrand after 17 days."
    keep = _all_new(text)
    found = new_names(text, 0, len(text), keep)
    assert len(found) == 5 and found[-1] == "17"  # one name for the company, then Lowmere, Tarvia, Ostrand, 17
    assert new_names(text, 0, len(text), set()) == []  # nothing new to the reader


def test_a_long_lines_trailing_clause_goes_though_it_names_someone_new() -> None:
    s = ("Jo Roe will skipper the Lowmere harbour ferry for the Tarvia line this summer, "
         "taking the helm from the retired captain Ivo Kern.")
    line = condense(s, _all_new(s))
    assert line == "Jo Roe will skipper the Lowmere harbour ferry for the Tarvia line this summer.", line


def test_a_trailing_clause_stays_when_it_names_more_than_the_main_clause() -> None:
    s = ("The board declared a public emergency on the whole of the northern coast of the island this summer, "
         "putting Tarvia and Lowmere in the same category of urgency as Ostrand.")
    assert "Tarvia" in condense(s, _all_new(s))


def test_a_trailing_clause_with_a_new_number_stays() -> None:
    s = ("The Lowmere harbour board has cancelled its summer ferry timetable for the whole northern coast of the island, "
         "after the Tarvia inspectors found 14 boats unsafe.")
    assert _verdict(s, ", after", 0.6, "subordinate") is False


def test_a_short_line_keeps_its_trailing_names() -> None:
    s = "The board cancelled the ferry timetable, after the Tarvia inspectors reported."
    assert _verdict(s, ", after", 0.6, "subordinate") is False


def test_a_verbless_conjunct_before_the_clause_keeps_it() -> None:
    s = ("The future of island ferries will be among the themes at the harbour conference in Lowmere this summer, "
         "and Jo Roe, who sailed with the Tarvia fleet for years.")
    assert _verdict(s, ", who", 0.2, "relative") is False


def test_a_clause_with_no_comma_or_an_ed_word_keeps_its_names() -> None:
    s = ("The Lowmere harbour board has delayed its decision on the summer ferry timetable for the north coast "
         "until shortly before the Tarvia regatta.")
    assert _verdict(s, " until", 0.6, "subordinate") is False
    s2 = ("At the end of a long evening in the Lowmere harbour hall, Jo Roe, her voice rising as the crowd went quiet, "
          "accused Ivo Kern of lying.")
    assert _verdict(s2, ", accused", 0.35, "participial") is False


def test_a_piece_left_open_keeps_the_clause() -> None:
    assert open_piece("The fund pays for debt relief, micro loans")
    assert open_piece("The future of ferries is a theme, and Jo Roe")
    assert open_piece("Two men are known for their ties to the industry and, in the former case")
    assert not open_piece("The Lowmere harbour board has cancelled its ferry timetable on the north coast")
    assert not open_piece("Kim, who runs the yard, has cancelled its ferry timetable on the north coast")


def test_an_ing_adjective_after_a_determiners_word_is_no_participle() -> None:
    s = ("Jo Roe has painted the harbour of Lowmere in every light, from the grey dawns of its winter to the low, "
         "glowing sunsets of the Tarvia coast.")
    assert _verdict(s, ", glowing", 0.35, "participial") is False
