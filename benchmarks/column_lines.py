"""Where a digest's lines come from by article kind, and the cut at which a column's line may no longer lead.

1. Replays every training episode (``benchmarks/lines.py``: the six, and train2 with ``--with-train2``) through the
   real engine and reads, for every digest line, its label, its place (a step's first line or not), its kind (new,
   updated, conflict) and its article's :func:`summarizer.articlekind.other_probability` (review, column, feature);
2. prints the lines by label in each band of that probability, first lines and updates/conflicts apart (issue 8: are
   the background and stale lines the columns'?);
3. leaving one episode out: the cut at which a first line of such an article is held back
   (:func:`summarizer.backdrop.hide` with ``column``), chosen on the other episodes (OBJECTIVE: first lines not news
   held - NEWS_COST x news ones; ties to the highest cut, the least change), and what it holds in the held-out one.

Only numbers are printed (``--show``: the first lines of such articles, from the corpora outside the repo).

    PYTHONPATH=. python benchmarks/column_lines.py [--with-train2] [--cache PATH] [--show]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.lines import SHARED, add_with_train2, cached_episodes, episode_lines, read_episode  # noqa: E402
from summarizer.articlekind import other_probability  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402

BANDS = (0.0, 0.2, 0.5, 0.7, 0.8)  # lower edges of the other-probability bands
CUTS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01)  # 1.01: off
NEWS_COST = 3.0


@dataclass(frozen=True)
class Row:
    """One digest line: its label, whether it is its step's first, its kind and its article's other probability."""

    label: str
    first: bool
    kind: str
    other: float
    text: str


def band(p: float) -> str:
    """The band of BANDS that ``p`` falls in, as text."""
    low = max(b for b in BANDS if p >= b)
    return f">={low:.1f}"


def rows_of(episode: dict[str, Any]) -> list[Row]:
    """Every digest line of ``episode`` replayed as the engine runs it, with the column hold off (what it would hold)."""
    read = read_episode(episode, SHARED)
    other = {a.id: other_probability(a) for a in read.articles}
    lines = episode_lines(episode, SHARED, EngineConfig(column_first=False))
    return [Row(ln.label, ln.rank == 0, ln.kind, other.get(ln.article_id, 0.0), ln.text) for ln in lines]


def held(rows: Sequence[Row], cut: float) -> Counter[str]:
    """Labels of the new first lines whose article's other probability reaches ``cut``."""
    return Counter(r.label for r in rows if r.first and r.kind == "new" and r.other >= cut)


def objective(counts: Counter[str]) -> float:
    """First lines not news held, less NEWS_COST per news one."""
    return sum(n for label, n in counts.items() if label != "news") - NEWS_COST * counts["news"]


def choose(train: Sequence[Sequence[Row]], cuts: Sequence[float] = CUTS) -> float:
    """The cut of ``cuts`` best by :func:`objective` over the ``train`` episodes (ties: the highest)."""
    return max(cuts, key=lambda c: (round(sum(objective(held(rows, c)) for rows in train), 6), c))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the bands table and the leave-one-episode-out choice of the first-line cut."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_with_train2(ap)
    ap.add_argument("--cache", type=Path, help="pickle of the replayed lines (read when it holds the same episodes)")
    ap.add_argument("--show", action="store_true", help="print the first lines of articles at 0.5 or more")
    args = ap.parse_args(argv)
    data = cached_episodes(args.cache, rows_of, args.with_train2)
    table: dict[str, Counter[str]] = {}
    for rows in data.values():
        for r in rows:
            part = "first" if r.first else ("update" if r.kind != "new" else "other")
            table.setdefault(f"{band(r.other)} {part}", Counter())[r.label] += 1
    for key in sorted(table):
        print(f"{key:14} {dict(sorted(table[key].items()))}")
    total: Counter[str] = Counter()
    for name, rows in data.items():
        cut = choose([r for n, r in data.items() if n != name])
        got = held(rows, cut)
        total += got
        print(f"held out {name:28} cut {cut:.2f} first lines held {dict(got)}")
    print(f"held-out total {dict(total)}; on all: cut {choose(list(data.values())):.2f}")
    if args.show:
        for name, rows in data.items():
            for r in rows:
                if r.first and r.other >= 0.5:
                    print(f"  {name[:12]:12} {r.other:.2f} {r.label:10} {r.text[:110]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
