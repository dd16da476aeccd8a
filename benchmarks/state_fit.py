"""Fit the state-first rule (:func:`summarizer.lead.state_first`) leave one episode out on the engine's real digests.

A lead story whose first line tells a state, not an action ("Two drugs seem effective against the strain") leads with
its likeliest news line among its first ``window`` lines that tells an event, when that line is ``ratio`` times as
likely news as the first. Each episode is replayed ONCE through the engine with the rule off; at the point where the
engine applies it (after the lead choice, the reaction rule and the holds: it changes the order, never which lines
show) the lead story's lines are recorded with their news probability, their flaw and their label, so
every (window, ratio) of the grid is scored exactly as the engine would lead with it. Objective per fold, as the
other lead fits of ``benchmarks/learn.py``: news first lines minus background, stale and debris first lines on the
other episodes; ties to the smaller window, then the larger ratio (the smaller change).

Only numbers and, with ``--show``, the first lines a fitted setting changes (truncated) are printed; nothing is written.

    PYTHONPATH=. python benchmarks/state_fit.py [--with-train2] [--show]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import summarizer.engine as engine_module  # noqa: E402
from benchmarks.lines import SHARED, add_with_train2, load_json, read_episode, training_files  # noqa: E402
from bot.cli import run_replay  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.lead import state_first  # noqa: E402
from summarizer.models import Item, StoryDigest  # noqa: E402

WINDOWS = (1, 2, 3, 4, 5, 6, 8, 10)  # 1: off
RATIOS = (0.5, 1.0, 1.5, 2.0, 3.0)
BAD = ("background", "stale", "debris")
Lead = tuple[list[Item], dict[str, float], dict[str, str], dict[str, str]]  # lines, news, flaw, label (by item key)


def collect(episode: dict[str, Any], shared: Path) -> list[Lead]:
    """Replay ``episode`` with the rule off; per step with lines, the lead story as the rule would find it."""
    read = read_episode(episode, shared)
    leads: list[Lead] = []
    original = engine_module.state_first

    def capture(story: StoryDigest, news: Callable[[Item], float], flaw: Callable[[Item], str], window: int,
                ratio: float) -> None:
        items = list(story.items)
        leads.append((items, {i.key: news(i) for i in items}, {i.key: flaw(i) for i in items},
                      {i.key: read.label(i.sentence or i.text, i.sources[0].article_id if i.sources else "")
                       for i in items}))

    engine_module.state_first = capture
    try:
        run_replay(read.articles, episode["every"], EngineConfig(state_window=1), lambda *args: None)
    finally:
        engine_module.state_first = original
    return [lead for lead in leads if lead[0]]


def first(lead: Lead, window: int, ratio: float) -> Item:
    """The lead story's first line under (``window``, ``ratio``)."""
    items, news, flaw, _ = lead
    story = StoryDigest("s", "")
    story.items = list(items)
    state_first(story, lambda i: news[i.key], lambda i: flaw[i.key], window, ratio)
    return story.items[0]


def tally(leads: Sequence[Lead], window: int, ratio: float) -> tuple[int, int, int]:
    """News first lines, background/stale/debris first lines, days."""
    labels = [lead[3][first(lead, window, ratio).key] for lead in leads]
    return sum(label == "news" for label in labels), sum(label in BAD for label in labels), len(labels)


def main(argv: Sequence[str] | None = None) -> int:
    """Collect, fit leave one episode out, print every fold and the totals per setting."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--ratio", type=float, default=0.0, help="only this ratio (0: fit it too)")
    ap.add_argument("--show", action="store_true", help="print the first lines the setting fitted on all changes")
    add_with_train2(ap)
    args = ap.parse_args(argv)
    data = {load_json(p)["episode"]: collect(load_json(p), args.shared) for p in training_files(args.with_train2)}
    grid = [(w, r) for w in WINDOWS for r in ((args.ratio,) if args.ratio else RATIOS)]
    scores = {n: {g: tally(leads, *g) for g in grid} for n, leads in data.items()}
    names = sorted(data)

    def objective(g: tuple[int, float], skip: str = "") -> int:
        return sum(scores[n][g][0] - scores[n][g][1] for n in names if n != skip)

    def pick(skip: str = "") -> tuple[int, float]:
        return max(grid, key=lambda g: (objective(g, skip), -g[0], g[1]))

    totals: Counter[str] = Counter()
    for held in names:
        g = pick(held)
        (hits, bad, days), (base, base_bad, _) = scores[held][g], scores[held][grid[0]]
        totals.update(hits=hits, bad=bad, base=base, base_bad=base_bad, days=days)
        print(f"{held:28} window {g[0]} ratio {g[1]}: first line news {hits}/{days}, background/stale/debris {bad} "
              f"(off: {base}/{days}, {base_bad})")
    print(f"held out: first line news {totals['hits']}/{totals['days']}, background/stale/debris {totals['bad']} "
          f"(off {totals['base']}/{totals['days']}, {totals['base_bad']})")
    for g in grid:
        hits, bad, days = (sum(scores[n][g][k] for n in names) for k in range(3))
        print(f"  window {g[0]} ratio {g[1]}: all episodes news {hits}/{days}, background/stale/debris {bad}")
    best = pick()
    print(f"fitted on all: window {best[0]} ratio {best[1]}")
    if args.show:
        for name in names:
            for lead in data[name]:
                now = first(lead, *best)
                if now.key != lead[0][0].key:
                    at = [i.key for i in lead[0]].index(now.key)
                    print(f"  {name}: line {at} ratio {lead[1][now.key] / max(lead[1][lead[0][0].key], 1e-9):.2f} [{lead[3][lead[0][0].key]}] {lead[0][0].text[:70]} -> [{lead[3][now.key]}] "
                          f"{now.text[:70]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
