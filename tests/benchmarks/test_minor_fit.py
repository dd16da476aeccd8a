"""The minor-line gate fit (benchmarks/minor_fit.py) on made-up lines: what a gate removes and which one a fold picks."""
from __future__ import annotations

from collections import Counter

from benchmarks.minor_fit import best_gate, dropped, leave_one_out, removed, story_lines, worth
from summarizer.models import Item, Kind, SourceRef


def _line(label: str, rel: float, depth: int, p: float = 0.01, first: bool = False) -> dict[str, object]:
    return {"label": label, "rel": rel, "depth": depth, "p": p, "new": True, "first": first}


def test_story_lines_read_probability_share_depth_and_first_line() -> None:
    items = [Item(Kind.NEW, "lead", [SourceRef("Gazette", article_id="x")], key="x:0"),
             Item(Kind.UPDATED, "count", [SourceRef("Gazette", article_id="x")], key="x:2"),
             Item(Kind.NEW, "detail", [SourceRef("Gazette", article_id="x")], key="x:7")]
    chance = {"x:0": 0.8, "x:2": 0.01, "x:7": 0.2}
    lines = story_lines(items, lambda i: chance[i.key], lambda text, aid: "news" if text == "lead" else "minor")
    assert [(ln["label"], ln["depth"], ln["first"]) for ln in lines] == [("news", 0, True), ("minor", 2, False),
                                                                          ("minor", 7, False)]
    assert lines[2]["rel"] == 0.25 and lines[1]["rel"] == 1.0  # an update is never measured against the best new line


def test_a_gate_spares_first_lines_shallow_lines_and_likely_ones() -> None:
    gate = (0.1, 6, 0.05)
    assert dropped(_line("minor", 0.05, 8), gate)
    assert not dropped(_line("minor", 0.05, 8, first=True), gate)  # a story's first line always shows
    assert not dropped(_line("minor", 0.05, 3), gate)  # a lead sentence: not deep
    assert not dropped(_line("minor", 0.2, 8), gate) and not dropped(_line("minor", 0.05, 8, p=0.3), gate)


def test_the_fold_weighs_news_lines_lost_against_lines_removed() -> None:
    one = [[_line("minor", 0.05, 8), _line("minor", 0.05, 9), _line("news", 0.3, 9)]]
    two = [[_line("minor", 0.2, 9), _line("news", 0.3, 1)]]
    data = {"one": one, "two": two}
    mild, harsh = (0.1, 6, 1.0), (0.5, 6, 1.0)
    assert removed(one, harsh) == Counter(minor=2, news=1) and worth(removed(one, harsh), 10) == -8
    assert best_gate({mild: removed(one, mild), harsh: removed(one, harsh)}, 10) == mild
    assert best_gate({mild: removed(two, mild), harsh: removed(two, harsh)}, 10) == harsh  # a minor line more, no news
    total, chosen = leave_one_out(data, 10, [mild, harsh])
    assert chosen == [harsh, mild]  # "two" alone says harsh costs nothing; "one" alone says it costs a news line
    assert total == Counter(minor=2, news=1)  # one scored with harsh: its news line is lost held out
