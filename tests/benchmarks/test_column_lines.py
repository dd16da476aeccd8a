"""The column-line benchmark (benchmarks/column_lines.py): bands, what a cut holds, and the leave-one-out choice."""
from __future__ import annotations

from benchmarks.column_lines import Row, band, choose, held, objective


def _row(label: str, other: float, first: bool = True, kind: str = "new") -> Row:
    return Row(label, first, kind, other, "A line.")


def test_band_reads_the_lower_edge() -> None:
    assert band(0.1) == ">=0.0" and band(0.79) == ">=0.7" and band(0.95) == ">=0.8"


def test_a_cut_holds_only_new_first_lines_of_articles_reaching_it() -> None:
    rows = [_row("minor", 0.9), _row("news", 0.6), _row("stale", 0.9, first=False), _row("news", 0.95, kind="updated")]
    assert held(rows, 0.8) == {"minor": 1}
    assert objective(held(rows, 0.5)) == 1 - 3


def test_the_choice_never_trades_a_news_first_line_for_less_than_three_others() -> None:
    train = [[_row("minor", 0.9), _row("news", 0.6)], [_row("background", 0.85), _row("minor", 0.55)]]
    assert choose(train) == 0.85  # 0.85 holds two non-news first lines, 0.55 one more and a news one
    assert choose([[_row("news", 0.9)]]) == 1.01  # off
