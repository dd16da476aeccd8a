"""The order measures of benchmarks/order_fit.py on made-up rows (no replay)."""
from typing import Any

from benchmarks.order_fit import auc, reorder, shares, value


def row(place: int, label: str, news: float, movable: bool = True, story: int = 0, step: str = "d1") -> dict[str, Any]:
    return {"episode": "e", "step": step, "story": story, "place": place, "label": label, "news": news,
            "movable": movable and place > 0, "text": "one two three four five six", "features": {"relevance": news}}


ROWS = [row(0, "news", 0.9), row(1, "minor", 0.2), row(2, "stale", 0.1, movable=False), row(3, "news", 0.6)]


def test_only_movable_rows_trade_places() -> None:
    out = reorder(ROWS, lambda r: r["news"])
    assert [r["place"] for r in out] == [0, 3, 2, 1]


def test_news_share_by_place_after_the_order() -> None:
    assert shares(ROWS, lambda r: value(r, "salience")) == [1.0, 0.0, 0.0, 1.0]
    assert shares(ROWS, lambda r: value(r, "density")) == [1.0, 1.0, 0.0, 0.0]


def test_within_story_auc_counts_movable_pairs_and_halves_ties() -> None:
    assert auc(ROWS, lambda r: value(r, "news")) == (1.0, 1)
    assert auc(ROWS, lambda r: value(r, "salience")) == (0.0, 1)
    assert auc(ROWS, lambda r: 1.0) == (0.5, 1)
    other_story = ROWS + [row(1, "minor", 0.9, story=1)]
    assert auc(other_story, lambda r: value(r, "news"))[1] == 1  # no pair across stories
