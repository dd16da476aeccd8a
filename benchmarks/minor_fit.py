"""How many lines a story earns: the minor-line gates tried on the twelve training episodes, fitted leave one out.

Issue 8: most digest lines are minor. Each training episode (the six and train2, never the held-out folder) is
replayed through the engine as it runs (its day gate, ``summarizer.budget.DAY_RATIO`` past the first 100 words, on); every
line of every day digest is recorded with its label, its news probability (:mod:`summarizer.newsbar`), the share of its story's best
new line's probability it reaches (``rel``), the position of its sentence in its article (``depth``) and whether it is its
story's first new line. A gate of the family ``(ratio, depth, cap)`` then makes minor every new line but a story's first
whose ``rel`` is below ``ratio``, whose sentence is at ``depth`` or later and whose probability is below ``cap``, from
the digest's first word on (the ``(DAY_RATIO, depth, 1)`` members extend the day gate to the first words). Removing lines of a finished digest
leaves the memory unchanged (a minor line's article is accounted for), so the simulation is the engine's digest.

For each weight ``K`` of a news line, the gate best on eleven episodes (objective: lines removed that are not news minus
``K`` x news lines removed) is scored on the twelfth: the printed curve is what a reader gives up in news lines for
the minor, background and stale lines it no longer reads. ``--frontier`` also prints, fitted on all twelve, the gate
removing most lines for each number of news lines lost. Only numbers are printed; nothing from the corpora is written.

    PYTHONPATH=. python benchmarks/minor_fit.py [--cache /work/lt-NAME/minor.pkl] [--frontier]
"""
from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence, TypeVar

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import summarizer.engine as engine_module  # noqa: E402
from benchmarks.lines import SHARED, cached_episodes, read_episode  # noqa: E402
from bot.cli import run_replay  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.models import Article, Digest, Item, Kind  # noqa: E402

RATIOS = (0.04, 0.05, 0.055, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3, 0.5)
DEPTHS = (0, 3, 6, 9, 12, 15, 20)
CAPS = (0.05, 0.08, 0.1, 0.15, 1.0)
WEIGHTS = (1000, 20, 10, 5, 2)  # K: a news line lost weighs this many other lines removed
Gate = tuple[float, int, float]
Line = dict[str, Any]  # {"label", "rel", "p", "depth", "first"}


def collect(episode: dict[str, Any], shared: Path) -> list[list[Line]]:
    """Replay one episode; per step, its digest's lines with label, probability and depth."""
    read = read_episode(episode, shared)
    news: list[Any] = []
    original = engine_module.gate

    def capture(stories: Any, chance: Any, *args: Any, **kwargs: Any) -> None:
        news[:] = [chance]
        original(stories, chance, *args, **kwargs)

    steps: list[list[Line]] = []

    def emit(key: str, label: str, batch: list[Article], service: object, digest: Digest) -> None:
        steps.append([line for story in digest.stories for line in story_lines(story.items, news[0] if news else None,
                                                                               read.label)])
        news.clear()

    engine_module.gate = capture  # type: ignore[assignment]
    try:
        run_replay(read.articles, episode["every"], EngineConfig(), emit)
    finally:
        engine_module.gate = original
    return steps


def story_lines(items: Sequence[Item], news: Any, label: Any) -> list[Line]:
    """The lines of one story's items: label (``label(sentence, article id)``), news probability, share of the
    story's best new line's, sentence position (from the item's key) and whether it is the story's first new line."""
    chance = [float(news(i)) if news else 1.0 for i in items]
    best = max((p for i, p in zip(items, chance) if i.kind is Kind.NEW), default=0.0)
    first = next((k for k, i in enumerate(items) if i.kind is Kind.NEW), -1)
    out = []
    for k, (item, p) in enumerate(zip(items, chance)):
        aid = item.sources[0].article_id if item.sources else ""
        depth = item.key.rsplit(":", 1)[-1]
        out.append({"label": label(item.sentence or item.text, aid), "p": p, "new": item.kind is Kind.NEW,
                    "rel": p / best if item.kind is Kind.NEW and best > 0 else 1.0,
                    "depth": int(depth) if depth.isdigit() else 0, "first": k == first})
    return out


def dropped(line: Line, gate: Gate) -> bool:
    """True when ``gate`` (ratio, depth, cap) makes the line minor."""
    ratio, depth, cap = gate
    return line["new"] and not line["first"] and line["rel"] < ratio and line["depth"] >= depth and line["p"] < cap


def removed(steps: Sequence[list[Line]], gate: Gate) -> Counter[str]:
    """Labels of the lines ``gate`` removes from ``steps``."""
    return Counter(line["label"] for step in steps for line in step if dropped(line, gate))


def worth(counts: Counter[str], weight: float) -> float:
    """Lines removed that are not news, less ``weight`` per news line removed."""
    return sum(v for k, v in counts.items() if k != "news") - weight * counts["news"]


def best_gate(tallies: dict[Gate, Counter[str]], weight: float) -> Gate:
    """The gate of highest :func:`worth` (ties: the mildest, lowest ratio then deepest then highest cap)."""
    return max(tallies, key=lambda g: (worth(tallies[g], weight), -g[0], g[1], g[2]))


def leave_one_out(data: dict[str, list[list[Line]]], weight: float,
                  gates: Sequence[Gate]) -> tuple[Counter[str], list[Gate]]:
    """Each episode's removals under the gate fitted on the others; the gates chosen, in episode order."""
    per = {g: {name: removed(steps, g) for name, steps in data.items()} for g in gates}
    return held_out(per, data, lambda tallies: best_gate(tallies, weight))


T = TypeVar("T")  # a fitted setting (a gate, a budget)


def held_out(per: Mapping[T, Mapping[str, Counter[str]]], episodes: Iterable[str],
             choose: Callable[[dict[T, Counter[str]]], T]) -> tuple[Counter[str], list[T]]:
    """Each episode's removals (``per`` setting, per episode) under the setting ``choose`` picks from the other
    episodes' summed removals; the settings chosen, in episode order (leave one episode out)."""
    total: Counter[str] = Counter()
    chosen = []
    for held in episodes:
        tallies = {k: sum((c for n, c in per[k].items() if n != held), Counter()) for k in per}
        pick = choose(tallies)
        total.update(per[pick][held])
        chosen.append(pick)
    return total, chosen


def figures(counts: Counter[str]) -> str:
    """One line of removed labels."""
    return ", ".join(f"{k} {counts[k]}" for k in ("news", "minor", "background", "stale", "debris"))


def main(argv: Sequence[str] | None = None) -> int:
    """Collect (or load the cache), print the held-out trade-off curve (and the in-sample frontier)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the collected episodes (outside the repo)")
    ap.add_argument("--frontier", action="store_true", help="also the best gate on all twelve per news lines lost")
    args = ap.parse_args(argv)
    data = cached_episodes(args.cache, lambda episode: collect(episode, args.shared), True)
    lines = Counter(line["label"] for steps in data.values() for step in steps for line in step)
    print(f"twelve episodes as the engine runs: {sum(lines.values())} lines ({figures(lines)})")
    gates = list(itertools.product(RATIOS, DEPTHS, CAPS))
    for weight in WEIGHTS:
        total, chosen = leave_one_out(data, weight, gates)
        common = ", ".join(f"{g} x{n}" for g, n in Counter(chosen).most_common(3))
        print(f"K {weight:>4}: held out removed {figures(total)}  (gates: {common})")
    if args.frontier:
        every = [step for steps in data.values() for step in steps]
        tallies = {g: removed(every, g) for g in gates}
        for lost in range(6):
            fits = {g: c for g, c in tallies.items() if c["news"] == lost}
            if fits:
                gate = best_gate(fits, 0)
                print(f"  {lost} news lost: {gate} removes {figures(fits[gate])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
