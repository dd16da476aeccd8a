"""The figure repeat counter finds a figure an earlier day showed, said of the same thing (made-up lines)."""
from benchmarks.figure_repeats import hits


def test_a_figure_shown_on_an_earlier_day_is_a_hit_and_one_of_today_is_not() -> None:
    rows = [{"batch": "2031-03-01", "items": [{"kind": "new", "text": "A poll showed Governor Pell's approval rating at 14%."}]},
            {"batch": "2031-03-02", "items": [
                {"kind": "new", "text": "Governor Pell's approval rating was just 14% in the latest poll."},
                {"kind": "new", "text": "The Harwood study found 14% of Lowmere pupils skip breakfast."},
                {"kind": "new", "text": "A survey found 14% of Lowmere pupils skip breakfast at the Harwood school."}]}]
    found = list(hits(rows, 2))
    assert [(day, line[:24], then) for day, _, line, then, _ in found] == [("2031-03-02", "Governor Pell's approval", "2031-03-01")]
