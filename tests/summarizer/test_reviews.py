"""Reviews (summarizer.reviews): a critic judging a work told apart from news about the work."""
from __future__ import annotations

from summarizer.reviews import review_score

REVIEW = [
    "The new production of The Glass Harbour at the Lyric theatre is a gripping, beautifully staged drama.",
    "The cast is superb, and Ana Ruiz plays the lead with dazzling control.",
    "The second act sags, and the plot grows tedious before a haunting finale.",
    "Directed by Tom Vale, it runs 150 mins with an interval.",
    "It is the most accomplished staging of the play in a decade.",
]
NEWS = [
    "The Glass Harbour will close at the Lyric theatre on Saturday after poor ticket sales, its producers said.",
    "The production lost about £2m, according to figures seen by the Stage.",
    "The play's author said she was \"heartbroken\" and called the cast \"superb\".",
    "A tour planned for the autumn was cancelled, a spokesman confirmed.",
    "The theatre will stage a revival of an older musical from March.",
]


def test_a_review_reads_as_one() -> None:
    assert review_score("Theatre review: The Glass Harbour", REVIEW) >= 0.6


def test_news_about_a_play_is_not_a_review() -> None:
    assert review_score("Glass Harbour to close", NEWS) < 0.4  # the verdicts are quoted, not the writer's


def test_a_rating_marks_a_review_and_a_short_text_is_neutral() -> None:
    assert review_score("The Glass Harbour ★★★★", NEWS) >= 0.5
    assert review_score("The Glass Harbour ★★★★", REVIEW[:3]) == 0.0
