"""The repeat thresholds of :mod:`summarizer.novelty`, fitted leave-one-episode-out on the hand labels.

Every labelled sentence of every episode is judged against the episode's earlier articles (as
:mod:`benchmarks.repeats` does) under each setting of a small grid of the four thresholds
(``REPEAT_CONTAINMENT``, ``REPEAT_COVERAGE``, ``REPEAT_MEAN``, ``REPEAT_PAIR``). A setting's score on an
episode is the stale sentences it knows less twice the news and half the minor sentences it judges known
(a fact lost costs more than a repeat shown). Each fold chooses the best setting on the other episodes
(ties to the engine's setting) and is scored on the held-out one; the engine's setting is printed beside.

    PYTHONPATH=. python benchmarks/repeat_fit.py
"""
from __future__ import annotations

import itertools
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import summarizer.novelty as novelty  # noqa: E402
from benchmarks.lines import labelled_parser, load_json, shared_missing, training_files  # noqa: E402
from benchmarks.repeats import episode_sentences, judged  # noqa: E402

GRID = {"REPEAT_CONTAINMENT": (0.56, 0.62, 0.68), "REPEAT_COVERAGE": (0.80, 0.86, 0.92),
        "REPEAT_MEAN": (0.50, 0.55, 0.60), "REPEAT_PAIR": (0.70, 0.75, 0.80)}
NEWS_COST, MINOR_COST = 2.0, 0.5
Setting = tuple[float, ...]


def score(rows: Sequence[tuple[str, bool, str]]) -> float:
    """Stale sentences judged known, less the cost of news and minor sentences judged known."""
    known = Counter(lab for lab, k, _ in rows if k)
    return known["stale"] - NEWS_COST * known["news"] - MINOR_COST * known["minor"]


def choose(scores: dict[Setting, dict[str, float]], held: str, current: Setting) -> Setting:
    """The setting scoring best on every episode but ``held`` (ties: ``current``, then the smaller setting)."""
    def fit(s: Setting) -> tuple[float, bool, tuple[float, ...]]:
        return (sum(v for ep, v in scores[s].items() if ep != held), s == current, tuple(-x for x in s))
    return max(scores, key=fit)


def current_setting() -> Setting:
    """The engine's thresholds, in :data:`GRID` order."""
    return tuple(float(getattr(novelty, name)) for name in GRID)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    ap = labelled_parser(__doc__, fit=True)
    args = ap.parse_args(argv)
    if shared_missing("repeat_fit", args.shared):
        return 2
    episodes = {}
    for path in training_files(args.with_train2, args.labels):
        episode = load_json(path)
        episodes[episode["episode"]] = episode_sentences(episode, args.shared)
    current = current_setting()
    scores: dict[Setting, dict[str, float]] = {}
    try:
        for setting in itertools.product(*GRID.values()):
            for name, value in zip(GRID, setting):
                setattr(novelty, name, value)
            scores[setting] = {ep: score(judged(arts, True)) for ep, arts in episodes.items()}
    finally:
        for name, value in zip(GRID, current):
            setattr(novelty, name, value)
    if current not in scores:
        print(f"repeat_fit: the engine's setting {current} is not on the grid", file=sys.stderr)
        return 2
    print("settings: " + ", ".join(GRID) + f"; engine {current}")
    held_out = engine = 0.0
    for ep in episodes:
        best = choose(scores, ep, current)
        held_out += scores[best][ep]
        engine += scores[current][ep]
        print(f"  {ep:<28} chose {best}  held-out {scores[best][ep]:6.1f}  engine {scores[current][ep]:6.1f}")
    print(f"  {'all folds':<28} held-out {held_out:.1f}  engine {engine:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
