"""The per-article budget fit (benchmarks/article_fit.py) on made-up lines: what a budget removes, which a fold picks."""
from __future__ import annotations

from collections import Counter

from benchmarks.article_fit import best_budget, leave_one_out, nth_labels, removed, removed_crowded, report_caps


def _line(label: str, article: str, kind: float, story: int = 0, first: bool = False,
          told: int = 200) -> dict[str, object]:
    return {"label": label, "new": True, "first": first, "story": story, "article": article, "kind": kind,
            "told": told}


def test_a_budget_counts_lines_per_story_and_article_and_spares_reports() -> None:
    step = [_line("news", "col", 0.9, first=True), _line("minor", "col", 0.9), _line("minor", "col", 0.9),
            _line("news", "wire", 0.1), _line("minor", "wire", 0.1), _line("minor", "wire", 0.1),
            _line("minor", "col", 0.9, story=1, first=True), _line("minor", "col", 0.9, story=1)]
    assert removed([step], (2, 0.7)) == Counter(minor=1)  # the column's third line in story 0 only
    assert removed([step], (1, 0.0)) == Counter(minor=5)  # every article: the report's too
    assert removed([step], (1, 0.0), first_words=300) == Counter()  # every line among the first words
    assert nth_labels([step])[1] == Counter(news=2, minor=1) and nth_labels([step])[3] == Counter(minor=2)


def test_the_fold_weighs_news_lines_lost_against_lines_removed() -> None:
    one = [[_line("news", "a", 0.5, first=True), _line("minor", "a", 0.5), _line("news", "a", 0.5)]]
    two = [[_line("news", "b", 0.9, first=True), _line("minor", "b", 0.9), _line("minor", "b", 0.9)]]
    mild, harsh = (1, 0.8), (1, 0.4)
    assert best_budget({mild: removed(two, mild), harsh: removed(two, harsh)}, 10) == mild  # a tie: the mildest
    assert best_budget({mild: removed(one, mild), harsh: removed(one, harsh)}, 10) == mild
    total, chosen = leave_one_out({"one": one, "two": two}, 10, [mild, harsh])
    assert chosen == [mild, mild] and total == Counter(minor=2)


def test_a_report_cap_counts_a_reports_lines_and_each_fold_is_fitted_on_the_others() -> None:
    wire = [_line("news", "wire", 0.1, first=True)] + [_line("minor", "wire", 0.1) for _ in range(4)]
    step = wire + [_line("news", "col", 0.9), _line("minor", "col", 0.9), _line("minor", "col", 0.9),
                   _line("minor", "col", 0.9)]
    assert removed([step], (3, 0.6)) == Counter(minor=1)  # the column's fourth line only
    assert removed([step], (3, 0.6), report=4) == Counter(minor=2)  # and the report's fifth
    assert removed([step], (3, 0.6), first_words=300, report=4) == Counter()
    late_news = [[_line("news", "a", 0.1, first=True)] + [_line("minor", "a", 0.1) for _ in range(3)]
                 + [_line("news", "a", 0.1) for _ in range(5)]]
    late_minor = [[_line("news", "b", 0.1, first=True)] + [_line("minor", "b", 0.1) for _ in range(9)]]
    total, caps = report_caps({"one": late_news, "two": late_minor}, 20)
    assert caps == [4, 0] and total == Counter(news=5)  # fitted on late minor lines it cuts; on late news it keeps


def test_the_budget_beside_reports_counts_only_what_the_engines_own_budget_leaves() -> None:
    col = [_line("minor", "col", 0.9, story=1, first=True, told=0)] + [
        _line("minor", "col", 0.9, story=1, told=10 * k) for k in range(1, 5)]
    one_report = [_line("news", "wire", 0.1, first=True, told=0)] + col
    two_reports = [_line("news", "wire", 0.1, first=True, told=0), _line("news", "agency", 0.2, told=5)] + col
    # beside two reports, 1 line from the first word: the column's 4 further lines go (none the engine's budget's,
    # which spares the first 100 content words); beside one report, nothing
    assert removed_crowded([two_reports], (1, 2, 0)) == Counter(minor=4)
    assert removed_crowded([one_report], (1, 2, 0)) == Counter()
    assert removed_crowded([one_report], (1, 1, 0)) == Counter(minor=4)
    # past the first 100 content words only (none of these lines is)
    assert removed_crowded([two_reports], (1, 2, 100)) == Counter()
    # the engine's own budget (3 lines past 100 words) already takes a late fourth line: not counted again
    late = [_line("news", "wire", 0.1, first=True), _line("news", "agency", 0.2)] + [
        _line("minor", "col", 0.9, story=1, first=k == 0, told=200) for k in range(5)]
    assert removed_crowded([late], (1, 2, 0)) == Counter(minor=2)
