"""Fit the long-line hold's news ratio (:data:`summarizer.longnews.LONG_NEWS_RATIO`) leave one episode out.

Each training episode (the six and, with ``--with-train2``, the second set: never the held-out one) is replayed
through the real engine once per ratio; per episode the script counts day digests whose first line is news, first
lines that are background, stale or debris, and all news and background+stale lines. A fold picks the ratio best on
the other episodes (first line news minus bad first lines, then news lines minus background+stale lines; ties to
off, then the larger ratio: the smaller change) and is scored on its held-out episode.

    PYTHONPATH=. python benchmarks/long_fit.py [--with-train2]
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.lines import episode_lines, labelled_parser, load_json, shared_missing, training_files  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402

RATIOS = (0.0, 1.0, 1.5, 2.0, 3.0, 4.0)
BAD = ("background", "stale", "debris")
Figures = tuple[int, int, int, int, int]  # first line news, bad first lines, days, news lines, background+stale lines


def episode_figures(episode: dict[str, object], shared: Path, ratio: float) -> Figures:
    """The figures of one episode replayed with ``ratio``."""
    lines = episode_lines(episode, shared, EngineConfig(long_news_ratio=ratio))
    firsts = [line for line in lines if line.rank == 0]
    return (sum(line.label == "news" for line in firsts), sum(line.label in BAD for line in firsts), len(firsts),
            sum(line.label == "news" for line in lines), sum(line.label in ("background", "stale") for line in lines))


def objective(figures: Sequence[Figures]) -> tuple[int, int]:
    """First line news minus bad first lines, then news lines minus background+stale lines."""
    return sum(f[0] - f[1] for f in figures), sum(f[3] - f[4] for f in figures)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point: every fold, the held-out total against off, and each ratio fitted on all."""
    args = labelled_parser(__doc__, fit=True).parse_args(argv)
    if shared_missing("long_fit", args.shared):
        return 2
    table: dict[str, dict[float, Figures]] = {}
    for path in training_files(args.with_train2):
        episode = load_json(path)
        table[episode["episode"]] = {r: episode_figures(episode, args.shared, r) for r in RATIOS}
    names = sorted(table)
    totals: Counter[str] = Counter()
    for held in names:
        ratio = max(RATIOS, key=lambda r: (objective([table[n][r] for n in names if n != held]), r == 0.0, r))
        off, got = table[held][0.0], table[held][ratio]
        for key, value in zip(("news", "bad", "days", "lines_news", "bgstale"), got):
            totals[key] += value
        for key, value in zip(("off_news", "off_bad", "_", "off_lines_news", "off_bgstale"), off):
            totals[key] += value
        print(f"{held:28} ratio {ratio}: first line news {got[0]}/{got[2]}, bad {got[1]}, news lines {got[3]}, "
              f"bg+stale {got[4]} (off: {off[0]}/{off[2]}, {off[1]}, {off[3]}, {off[4]})")
    print(f"held out: first line news {totals['news']}/{totals['days']}, bad {totals['bad']}, news lines "
          f"{totals['lines_news']}, bg+stale {totals['bgstale']} (off {totals['off_news']}/{totals['days']}, "
          f"{totals['off_bad']}, {totals['off_lines_news']}, {totals['off_bgstale']})")
    for r in RATIOS:
        f = [table[n][r] for n in names]
        print(f"  ratio {r}: all first line news {sum(x[0] for x in f)}/{sum(x[2] for x in f)}, bad {sum(x[1] for x in f)},"
              f" news lines {sum(x[3] for x in f)}, bg+stale {sum(x[4] for x in f)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
