"""Fit a length-aware term in the salience (prefer the shorter of two lines), leave one episode out.

When a story has more candidates than its per-story cap, the salience decides which lines show; a length-aware
term prefers, of two candidates of about the same salience, the shorter. This script replays the training
episodes once (as ``benchmarks/learn.py`` does, recording each candidate's features, its label and the length of
the line it condenses to) and simulates the digests with the term added after each story's lead line (the most
salient line keeps its place, as in the engine): ``x * short`` (the sentence's ``short`` cue, ref 0) or
``x * min(1, ref / line length)``. Leaving one episode out, it picks on the other episodes the (x, ref) of GRID
with the best news share (ties to the smaller x) and scores it on the held-out episode: news share and lines,
background+stale share, first line news and the median line length.

3 December, twelve episodes (the six and train2): pooled, news lines hold (125-127 of 126) up to x 0.1 while the
median simulated line shortens by 2-6 characters, and fall beyond (x 0.5: 126 -> 119 at ref 100, median 100; 117 with
the short cue, median 104); held out, 11 folds chose x 0.05 at ref 80 (mj: 0) and lost 2 of 126 news lines
(armstrong-usada, rousseff) for median lines 0-8 characters shorter. In the engine
(x 0.05, ref 80, condensed lengths after the lead) the six lost a first news line (33 -> 32 of 41) and gained a
background line for no shorter median (104); at x 0.3, ref 100, the median fell to 103 (train2 102 -> 99) but
news lines 80 -> 76 and first line news 33 -> 24. Not used: headline length is not bought with news lines.

    PYTHONPATH=. python benchmarks/short_fit.py [--cache /tmp/short.pkl] [--with-train2]

Only numbers are printed; nothing from the corpora is written.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import numpy  # noqa: E402

from benchmarks.learn import PER_STORY, collect  # noqa: E402
from benchmarks.lines import SHARED, add_with_train2, cached_episodes  # noqa: E402
from summarizer.engine import Candidate, Engine, EngineConfig  # noqa: E402
from summarizer.weights import BACKGROUND_CUT, BURY, FEATURES, REPORT_CUT, WEIGHTS  # noqa: E402

GRID = [(x, ref) for ref in (0.0, 80.0, 100.0, 120.0) for x in (0.0, 0.05, 0.1, 0.2, 0.3, 0.5)]  # ref 0: the short cue
SHORT = FEATURES.index("short")
BACKGROUND = FEATURES.index("background")
ARTICLE_NEWS = FEATURES.index("article_news")
Section = tuple[numpy.ndarray, list[str], float, list[int]]  # features, labels, volume, line lengths
Step = list[Section]


def collect_lengths(episode: dict[str, Any], shared: Path) -> list[Step]:
    """:func:`benchmarks.learn.collect`, with the length of the line each candidate condenses to."""
    lengths: list[list[int]] = []
    original = Engine.rank

    def capture(self: Engine, cands: list[Candidate]) -> list[Candidate]:
        ranked = original(self, cands)
        if cands:
            lengths.append([len(self.item(c).text) for c in cands])
        return ranked

    Engine.rank = capture  # type: ignore[method-assign]
    try:
        steps = collect(episode, shared, EngineConfig())
    finally:
        Engine.rank = original  # type: ignore[method-assign]
    queue = iter(lengths)
    return [[(m, labels, volume, next(queue)) for m, labels, volume in step] for step in steps]


def shown(step: Step, w: numpy.ndarray, x: float = 0.0, ref: float = 0.0) -> list[tuple[str, int]]:
    """(label, line length) of a step's simulated digest, first line first (buried lines: the section's best only);
    after each section's lead, lines ordered by salience plus ``x`` times the length term (see the module doc)."""
    sections = []
    for matrix, labels, volume, lengths in step:
        buried = (matrix[:, BACKGROUND] >= BACKGROUND_CUT) | (matrix[:, ARTICLE_NEWS] < REPORT_CUT)
        base = matrix @ w - BURY * buried
        sizes = numpy.maximum(numpy.array(lengths, dtype=float), 1.0)
        term = numpy.minimum(1.0, ref / sizes) if ref else matrix[:, SHORT]
        scores = base + x * term
        top = int(numpy.argsort(-base, kind="stable")[0])
        order = ([top] + [int(i) for i in numpy.argsort(-scores, kind="stable") if i != top])[:PER_STORY]
        keep = [i for k, i in enumerate(order) if k == 0 or base[i] > -BURY / 2]
        sections.append((float(base[top]) + volume, [(labels[i], lengths[i]) for i in keep]))
    sections.sort(key=lambda s: -s[0])
    return [line for _, lines in sections for line in lines]


def figures(steps: Sequence[Step], w: numpy.ndarray, x: float = 0.0, ref: float = 0.0) -> dict[str, float]:
    """News share and lines, background+stale share, first line news share and median line length."""
    counts: Counter[str] = Counter()
    sizes: list[int] = []
    first = told = 0
    for step in steps:
        lines = shown(step, w, x, ref)
        first += bool(lines) and lines[0][0] == "news"
        told += bool(lines)
        counts.update(label for label, _ in lines)
        sizes += [n for _, n in lines]
    n = sum(counts.values()) or 1
    sizes.sort()
    return {"news": counts["news"] / n, "news_lines": counts["news"], "lines": n,
            "bg_stale": (counts["background"] + counts["stale"]) / n, "first": first / (told or 1),
            "median": sizes[len(sizes) // 2] if sizes else 0}


def _row(name: str, label: str, f: dict[str, float]) -> str:
    return (f"{name:28} {label:16} lines {f['lines']:4.0f}  news {f['news']:.3f} ({f['news_lines']:3.0f})  "
            f"bg+stale {f['bg_stale']:.3f}  first news {f['first']:.2f}  median {f['median']:.0f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Collect, fit the length term leave one episode out, print every fold, the pooled held-out figures and the grid."""
    ap = argparse.ArgumentParser(description="Fit a length-aware salience term on the labelled episodes, leave one out.")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the collected episodes (outside the repo)")
    add_with_train2(ap)
    args = ap.parse_args(argv)
    data: dict[str, list[Step]] = cached_episodes(
        args.cache, lambda episode: collect_lengths(episode, args.shared), args.with_train2)
    w = numpy.array([WEIGHTS[name] for name in FEATURES])
    names = sorted(data)
    pooled: Counter[str] = Counter()
    for held in names:
        train = [s for n in names if n != held for s in data[n]]
        x, ref = max(GRID, key=lambda g: (round(figures(train, w, *g)["news"], 9), -g[0], -g[1]))
        before, after = figures(data[held], w), figures(data[held], w, x, ref)
        pooled.update({"before": int(before["news_lines"]), "after": int(after["news_lines"])})
        print(_row(held, "current", before))
        print(_row("", f"x {x:g} ref {ref:g}", after))
    print(f"held out, pooled: news lines {pooled['before']} -> {pooled['after']}")
    every = [s for n in names for s in data[n]]
    for x, ref in GRID:
        print(_row("all episodes", f"x {x:g} ref {ref:g}", figures(every, w, x, ref)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
