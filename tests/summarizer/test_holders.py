"""Whose a figure is and who claims it: holders of shares and stocks, the sources figures are attributed to."""
from __future__ import annotations

from summarizer.holders import action_object, holder, leading_aside, source, subject
from summarizer.places import attributions, clause


def _at(text: str, figure: str) -> tuple[int, int, int]:
    start = text.index(figure)
    left, _ = clause(text, start, start + len(figure))
    return left, start, start + len(figure)


def test_subject_is_the_nearest_name_of_the_share_s_own_part() -> None:
    text = "With 20% of ballots counted, Marlow had 45% of the vote."
    left, start, _ = _at(text, "45%")
    assert subject(text, left, start) == {"marlow"}


def test_subject_skips_a_name_inside_an_aside() -> None:
    """The opening name is the holder, not a name inside the aside between commas."""
    text = ("Ferreira, praised by his counterpart Tom Hadley for his standing with voters, "
            "left office with approval ratings of 75%.")
    left, start, _ = _at(text, "75%")
    assert subject(text, left, start) == {"ferreira"}


def test_possessor_is_the_subject() -> None:
    text = "Asked about the year ahead, Jane Hadley's approval ratings stand at 60%."
    left, start, _ = _at(text, "60%")
    assert subject(text, left, start) == {"hadley"}


def test_holder_of_a_stock() -> None:
    text = "Norland has some 4,200 troops in the south of the country."
    left, start, _ = _at(text, "4,200")
    assert holder(text, left, start) == {"norland"}
    text = "There are now 9,000 foreign troops in the country."
    left, start, _ = _at(text, "9,000")
    assert holder(text, left, start) == frozenset()


def test_action_object_marks_a_count_of_an_action() -> None:
    text = "The mission has trained around 3,000 local soldiers."
    left, start, _ = _at(text, "3,000")
    assert action_object(text, left, start) == "train"
    text = "The mission has around 3,000 soldiers based in the north."
    left, start, _ = _at(text, "3,000")
    assert action_object(text, left, start) == ""


def test_leading_time_clause_is_backdrop() -> None:
    text = "A day after a storm killed 40 people in the valley, the governor asked for help."
    assert leading_aside(text, text.index("40"))
    text = "The storm killed 40 people in the valley, the governor said."
    assert not leading_aside(text, text.index("40"))


def test_source_is_the_speaker_not_other_words() -> None:
    def src(text: str, figure: str) -> frozenset[str]:
        left, start, end = _at(text, figure)
        _, right = clause(text, start, end)
        return source(text, attributions(text, left, right, start))

    assert src("Opposition groups claim more than 500 people were killed.", "500") == {"opposit", "group"}
    assert src("The provincial authorities say 120 died.", "120") == {"provinci", "author"}
    assert src("About 2,000 marched, according to the organisers.", "2,000") == {"organis"}
    assert src("Police said 300 people were arrested.", "300") == {"polic"}
    assert src("Tensions rose amid claims that 30 people died.", "30") == frozenset()
    assert src("The storm is estimated to have killed 200 people.", "200") == frozenset()  # no speaker named
