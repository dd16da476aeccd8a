"""Which order of a story's lines after its first puts its news earlier? Measured on the hand labels, leaving one
episode out (``summarizer.lineorder``).

Replays the twelve training episodes (the six of ``benchmarks/lines.py`` and train2) through the engine with the
order after the first line left as salience made it, and records every shown line: its label, its story, its place,
whether it may move (:func:`summarizer.lineorder.movable`), its news probability
(:func:`summarizer.newsbar.news_probability`), its text (kept in the ``--cache`` pickle only) and its ranking features (:func:`summarizer.rank.cheap_features`).
Printed, on the six and on train2 apart:

1. the news share by place in the story (0, 1, 2, 3, 4 and later) with the movable lines after the first ordered by
   each key (``salience``: as shown; ``density``: the news probability per word, :func:`summarizer.lineorder.density`,
   the engine's order; ``news``: the news probability; a ranking feature);
2. per key, the share of pairs (a news line, another line of the same story and day digest, both movable and after
   the first) the key orders right (ties count half): a within-story AUC;
3. the same AUC held out for ridge logistic models over sets of ranking features, each episode scored by the model
   fitted on the other eleven (a new model is kept only if it beats the keys the engine already has).

Only figures are printed; nothing from the corpora is written (``--cache`` pickles the records outside the tree).

    PYTHONPATH=. python benchmarks/order_fit.py [--cache /tmp/order_fit.pkl]   # ~2 min, then seconds
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import numpy  # noqa: E402

import summarizer.engine as engine_module  # noqa: E402
from benchmarks.common import ridge_logistic  # noqa: E402
from benchmarks.lines import SHARED, TRAIN2, cached_episodes, episode_files, load_json, read_episode  # noqa: E402
from bot.cli import run_replay  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.lineorder import density, movable  # noqa: E402
from summarizer.models import Digest, Item, StoryDigest  # noqa: E402

Row = dict[str, Any]  # one shown line: episode, step, story, place, label, movable, news, features
KEYS = ("salience", "density", "news", "relevance", "event", "title", "central")
SETS = (("relevance",), ("relevance", "event", "title"), ("relevance", "event", "title", "central", "novelty"),
        ("relevance", "event", "title", "central", "novelty", "article_news", "short", "today", "fact"))
L2 = 10.0


def collect(episode: dict[str, Any], shared: Path = SHARED) -> list[Row]:
    """Replay one episode with the order after the first line left as salience made it; every shown line's record."""
    read = read_episode(episode, shared)
    seen: dict[str, Row] = {}

    def record(stories: Sequence[StoryDigest], cand: Callable[[Item], Any]) -> None:
        seen.clear()
        for s, story in enumerate(stories):
            for place, item in enumerate(story.items):
                c = cand(item)
                seen[item.key] = {"story": s, "place": place, "movable": place > 0 and movable(item),
                                  "text": c.text if c is not None else item.text,
                                  "news": c.news if c is not None else 0.0,
                                  "features": dict(c.ranking) if c is not None else {}}

    rows: list[Row] = []

    def emit(key: str, label: str, batch: Any, service: Any, digest: Digest) -> None:
        for story in digest.stories:
            for item in story.items:
                aid = item.sources[0].article_id if item.sources else ""
                rows.append({**seen[item.key], "episode": episode["episode"], "step": label,
                             "label": read.label(item.sentence or item.text, aid)})

    real = engine_module.after_first
    engine_module.after_first = record
    try:
        run_replay(read.articles, episode["every"], EngineConfig(), emit)
    finally:
        engine_module.after_first = real
    return rows


def value(row: Row, key: str) -> float:
    """The order key ``key`` of ``row`` (higher first): salience is the place, kept as it was."""
    if key == "salience":
        return -float(row["place"])
    if key == "news":
        return float(row["news"])
    if key == "density":
        return density(float(row["news"]), str(row["text"]))
    return float(row["features"].get(key, 0.0))


def stories(rows: Sequence[Row]) -> list[list[Row]]:
    """The rows grouped by (episode, step, story), in display order."""
    groups: dict[tuple[str, str, int], list[Row]] = defaultdict(list)
    for row in rows:
        groups[row["episode"], row["step"], row["story"]].append(row)
    return [sorted(g, key=lambda r: r["place"]) for g in groups.values()]


def reorder(group: Sequence[Row], score: Callable[[Row], float]) -> list[Row]:
    """``group`` with its movable rows ordered by ``score`` among the places they hold (ties in place order)."""
    slots = [i for i, row in enumerate(group) if row["movable"]]
    moved = sorted(slots, key=lambda i: (-score(group[i]), i))
    out = list(group)
    for place, src in zip(slots, moved):
        out[place] = group[src]
    return out


def shares(rows: Sequence[Row], score: Callable[[Row], float]) -> list[float]:
    """The news share by place (0 .. 3, then 4 and later) once each story's movable rows are ordered by ``score``."""
    hits: dict[int, list[bool]] = defaultdict(list)
    for group in stories(rows):
        for place, row in enumerate(reorder(group, score)):
            hits[min(place, 4)].append(row["label"] == "news")
    return [round(sum(v) / len(v), 2) for _, v in sorted(hits.items())]


def auc(rows: Sequence[Row], score: Callable[[Row], float]) -> tuple[float, int]:
    """The share of (news, other) pairs of movable rows of one story that ``score`` orders right; the pair count."""
    good = total = 0.0
    for group in stories(rows):
        news = [score(r) for r in group if r["movable"] and r["label"] == "news"]
        other = [score(r) for r in group if r["movable"] and r["label"] != "news"]
        for p in news:
            for q in other:
                total += 1
                good += 1.0 if p > q else 0.5 if p == q else 0.0
    return (round(good / total, 3) if total else 0.0), int(total)


def held_out(data: dict[str, list[Row]], names: Sequence[str]) -> dict[int, float]:
    """Each movable row's score (by identity) from a ridge logistic model of news over ``names`` fitted on the other
    episodes' movable rows (standardised features)."""
    out: dict[int, float] = {}
    for episode, rows in data.items():
        train = [r for other, rs in data.items() if other != episode for r in rs if r["movable"]]
        x = numpy.array([[value(r, n) for n in names] for r in train])
        y = numpy.array([r["label"] == "news" for r in train], dtype=float)
        mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
        b = ridge_logistic((x - mu) / sd, y, L2)
        for r in rows:
            out[id(r)] = float(((numpy.array([value(r, n) for n in names]) - mu) / sd) @ b[:-1])
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the replayed records (outside the tree)")
    args = ap.parse_args(argv)
    data = cached_episodes(args.cache, collect, with_train2=True)
    second = {load_json(path)["episode"] for path in episode_files(TRAIN2)}
    parts = {"six": [r for e, rs in data.items() if e not in second for r in rs],
             "train2": [r for e, rs in data.items() if e in second for r in rs]}
    for key in KEYS:
        print(f"{key:<10} " + "  ".join(f"{name} by place {shares(rows, lambda r: value(r, key))} within-story AUC "
                                        f"{auc(rows, lambda r: value(r, key))}" for name, rows in parts.items()))
    for names in SETS:
        scores = held_out(data, names)
        print(f"held-out model {','.join(names)}: " + "  ".join(
            f"{name} AUC {auc(rows, lambda r: scores[id(r)])}" for name, rows in parts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
