"""Story order on paired replays: which story leads a digest of several stories, and is its first line news.

The labelled episodes bring one story a day (72 of 74 days), so the order of a digest's stories cannot be read on
them. This script pairs them: day i of episode A and day i of episode B are ingested together as one step (each
article keeps its own date; the memory is the pair's own), so most steps bring two stories or more, every line still
labelled by its own episode. Each pair is replayed ONCE with the lead-story rule off; where the engine applies it
(:func:`summarizer.leadstory.event_story_first`, after every other lead choice and hold: it changes the order of the
stories, never the lines) each story's first line is recorded with its kind, news probability, flaw, action cues and
label, so every setting of the grid is scored exactly as the engine would order with it.

Pairs: each training episode (the six and train2, never the held-out set) with the next one and, for the first six,
with the one six further (18 pairs). Fit leave one episode out: a fold scores a setting on the pairs without the held
episode (objective: news first lines minus background, stale and debris first lines) and is scored on the pairs with
it (a pair counts in both its episodes' folds). Only numbers and, with ``--show``, the first lines the engine's setting
changes (truncated) are printed; nothing is written.

    PYTHONPATH=. python benchmarks/pairs.py [--show]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence, TypeVar

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import summarizer.engine as engine_module  # noqa: E402
from benchmarks.lines import SHARED, Episode, load_json, read_episode, training_files  # noqa: E402
from bot.cli.heap import steady_heap  # noqa: E402
from bot.cli.replay import steps  # noqa: E402
from bot.core.service import Audience, DigestRequest  # noqa: E402
from bot.db.store import Store  # noqa: E402
from bot.digests import Digests  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.lead import tells_event, tells_no_action  # noqa: E402
from summarizer.models import Item, Kind, StoryDigest  # noqa: E402

BAD = ("background", "stale", "debris")
RATIOS = (0.0, 0.5, 1.0, 1.5, 2.0)


@dataclass(frozen=True)
class First:
    """A story's first line where the lead-story rule runs."""

    label: str
    new: bool
    news: float
    flawed: bool
    event: bool
    no_action: bool
    text: str


@dataclass(frozen=True)
class Setting:
    """One rule of the grid: off (``ratio`` None), or unfit by ``unfit`` ("both", "flaw", "noact"), a story may lead
    by ``may`` ("event": an action told; "notnone": no no-action), the ``pick`` ("first", "likeliest" or "changes": a
    changed figure first, then the likeliest: the engine's)."""

    ratio: float | None
    unfit: str = "both"
    may: str = "notnone"
    pick: str = "likeliest"


T = TypeVar("T")
Day = tuple[str, str, int, list[First]]  # episode A, episode B, step, the stories' first lines in display order
GRID = [Setting(None)] + [Setting(r, u, m, p) for r in RATIOS for u in ("both", "flaw", "noact")
                          for m in ("event", "notnone") for p in ("first", "likeliest", "changes")]


def replay_pair(a: tuple[str, Episode], b: tuple[str, Episode], config: EngineConfig) -> list[Day]:
    """Replay day i of ``a`` with day i of ``b`` as one step each; per step, the stories' first lines."""
    (name_a, read_a), (name_b, read_b) = a, b
    caught: list[list[First]] = []

    def capture(stories: list[StoryDigest], news: Callable[[Item], float], flaw: Callable[[Item], str],
                ratio: float, kind: Callable[[Item], float] | None = None, cut: float = 1.01) -> None:
        firsts = [s.items[0] for s in stories if s.items]
        caught.append([First(label(i), i.kind is Kind.NEW, news(i), bool(flaw(i)), tells_event(i.text),
                             tells_no_action(i.text), i.text) for i in firsts])

    def label(item: Item) -> str:
        aid = item.sources[0].article_id if item.sources else ""
        found = read_a.label(item.sentence or item.text, aid)
        return found if found != "unmapped" else read_b.label(item.sentence or item.text, aid)

    return [(name_a, name_b, i, got) for i, got in replay_steps(read_a, read_b, config, capture, caught)]


def replay_steps(read_a: Episode, read_b: Episode, config: EngineConfig, capture: Callable[..., None],
                 caught: list[T], name: str = "pairs") -> list[tuple[int, T]]:
    """Replay day i of ``read_a`` with day i of ``read_b`` as one step each, ``capture`` standing in for the engine's
    story order (:func:`summarizer.leadstory.event_story_first`); per step, the last non-empty thing ``capture`` put in
    ``caught``. Each step's articles are marked delivered, as a channel that reads every digest."""
    days_a, days_b = steps(read_a.articles, "day"), steps(read_b.articles, "day")
    service, audience = Digests(Store("sqlite://"), config), Audience(name)
    out: list[tuple[int, T]] = []
    original = engine_module.event_story_first
    engine_module.event_story_first = capture
    try:
        with steady_heap():
            for i in range(max(len(days_a), len(days_b))):
                batch = [*(days_a[i][2] if i < len(days_a) else []), *(days_b[i][2] if i < len(days_b) else [])]
                caught.clear()
                service.ingest(batch, channel=audience.key)
                digest = service.build(DigestRequest(audience))
                if caught and caught[-1]:
                    out.append((i, caught[-1]))
                service.mark_delivered(audience, replace(digest, article_ids=list(dict.fromkeys(
                    [*digest.article_ids, *digest.held_ids, *(x.id for x in batch)]))))
    finally:
        engine_module.event_story_first = original
    return out


def chosen(firsts: Sequence[First], s: Setting) -> int:
    """Index of the story that leads under setting ``s`` (as :func:`summarizer.leadstory.event_story_first`)."""
    if s.ratio is None or len(firsts) < 2 or not firsts[0].new:
        return 0
    head = firsts[0]
    unfit = {"both": head.flawed or head.no_action, "flaw": head.flawed, "noact": head.no_action}[s.unfit]
    if not unfit:
        return 0
    bar = s.ratio * head.news

    def may(f: First) -> bool:
        if not f.new:
            return True
        acts = f.event if s.may == "event" else not f.no_action
        return acts and not f.flawed and f.news >= bar

    fit = [k for k in range(1, len(firsts)) if may(firsts[k])]
    if not fit:
        return 0
    if s.pick == "first":
        return fit[0]
    changes = s.pick == "changes"  # a changed figure first (the engine's), then the likeliest
    return max(fit, key=lambda k: (changes and not firsts[k].new, firsts[k].news, -k))


def tally(days: Sequence[Day], s: Setting) -> tuple[int, int, int]:
    """News first lines, background/stale/debris first lines, days."""
    labels = [d[3][chosen(d[3], s)].label for d in days]
    return sum(x == "news" for x in labels), sum(x in BAD for x in labels), len(labels)


ENGINE = Setting(0.0, "both", "notnone", "changes")  # summarizer.leadstory as shipped


def paired_days(shared: Path) -> tuple[list[tuple[str, Episode]], list[Day]]:
    """The training episodes and every paired day with lines (each episode with the next and, for the first six,
    with the one six further)."""
    eps = [(load_json(p)["episode"], read_episode(load_json(p), shared)) for p in training_files(True)]
    n = len(eps)
    pairs = [(k, (k + 1) % n) for k in range(n)] + [(k, (k + 6) % n) for k in range(min(6, n))]
    config = EngineConfig()
    return eps, [d for x, y in pairs for d in replay_pair(eps[x], eps[y], config)]


def main(argv: Sequence[str] | None = None) -> int:
    """Replay the pairs, fit leave one episode out, print every fold and the totals per setting."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--show", action="store_true", help="print the first lines the engine's setting changes")
    args = ap.parse_args(argv)
    eps, days = paired_days(args.shared)
    several = sum(len(d[3]) > 1 for d in days)
    print(f"{len(days)} paired days with lines, {several} with two stories or more")

    def objective(s: Setting, skip: str = "") -> int:
        hits, bad, _ = tally([d for d in days if skip not in (d[0], d[1])], s)
        return hits - bad

    def pick(skip: str = "") -> Setting:
        return max(GRID, key=lambda s: (objective(s, skip), s.ratio is None, -(s.ratio or 0.0)))

    totals: Counter[str] = Counter()
    for name, _ in eps:
        s = pick(name)
        mine = [d for d in days if name in (d[0], d[1])]
        (hits, bad, count), (base, base_bad, _) = tally(mine, s), tally(mine, GRID[0])
        totals.update(hits=hits, bad=bad, base=base, base_bad=base_bad, days=count)
        print(f"{name:26} {s}: first line news {hits}/{count}, background/stale/debris {bad} (off {base}, {base_bad})")
    print(f"held out (a pair in both its folds): first line news {totals['hits']}/{totals['days']}, bad {totals['bad']} "
          f"(off {totals['base']}/{totals['days']}, {totals['base_bad']})")
    best = pick()
    engine = ENGINE
    for s in (GRID[0], best, engine):
        hits, bad, count = tally(days, s)
        print(f"  {s}: news {hits}/{count}, background/stale/debris {bad}")
    if args.show:
        for d in days:
            k = chosen(d[3], engine)
            if k:
                a, b = d[3][0], d[3][k]
                print(f"  {d[0]} + {d[1]} day {d[2]}: [{a.label}] {a.text[:70]} -> [{b.label}] {b.text[:70]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
