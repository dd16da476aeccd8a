"""Fit the column-lead cut (:data:`summarizer.leadstory.KIND_CUT`) leaving one episode out on paired replays.

A day's first line from an article that reads as no report (:func:`summarizer.articlekind.other_probability` at
least the cut: a column, feature, review or sketch) gives way to another story whose first line is a news-shaped line
of a report (:func:`summarizer.leadstory.report_event`). The labelled episodes
bring one story a day, so, as ``benchmarks/pairs.py``, day i of one training episode and day i of another are replayed
as one step (18 pairs of the six and train2, never the held-out set). Where the engine orders the stories
(:func:`summarizer.leadstory.event_story_first`), every cut of :data:`CUTS` is applied to a copy and the first line's
label recorded, so each cut is scored exactly as the engine would order with it. A fold chooses the cut on the pairs
without the held episode (news first lines minus background, stale and debris; ties to the higher cut: the least
change) and is scored on the pairs with it. Only numbers and the changed first lines (truncated) are printed.

    PYTHONPATH=. python benchmarks/kind_lead.py
"""
from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import summarizer.engine as engine_module  # noqa: E402
from benchmarks.lines import SHARED, load_json, read_episode, training_files  # noqa: E402
from benchmarks.pairs import BAD, replay_steps  # noqa: E402
from summarizer.config import EngineConfig  # noqa: E402
from summarizer.models import Item, StoryDigest  # noqa: E402

CUTS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 1.01)  # 1.01: off
Day = tuple[str, str, int, dict[float, tuple[str, str]]]  # episode A, episode B, step, per cut the first line


def paired_days(shared: Path = SHARED) -> tuple[list[str], list[Day]]:
    """The training episodes' names and, per paired day with lines, the first line's label and text under each cut."""
    eps = [(load_json(p)["episode"], read_episode(load_json(p), shared)) for p in training_files(True)]
    n = len(eps)
    pairs = [(k, (k + 1) % n) for k in range(n)] + [(k, (k + 6) % n) for k in range(min(6, n))]
    days: list[Day] = []
    original = engine_module.event_story_first
    for x, y in pairs:
        (name_a, read_a), (name_b, read_b) = eps[x], eps[y]
        caught: list[dict[float, tuple[str, str]]] = []

        def label(item: Item) -> str:
            aid = item.sources[0].article_id if item.sources else ""
            found = read_a.label(item.sentence or item.text, aid)
            return found if found != "unmapped" else read_b.label(item.sentence or item.text, aid)

        def capture(stories: list[StoryDigest], news: Callable[[Item], float], flaw: Callable[[Item], str],
                    ratio: float, kind: Callable[[Item], float] | None = None, cut: float = 1.01) -> None:
            per: dict[float, tuple[str, str]] = {}
            for c in CUTS:
                mine = copy.deepcopy(stories)
                original(mine, news, flaw, ratio, kind, c)
                if mine and mine[0].items:
                    per[c] = (label(mine[0].items[0]), mine[0].items[0].text)
            caught.append(per)
            original(stories, news, flaw, ratio, kind, cut)

        days.extend((name_a, name_b, i, got) for i, got in replay_steps(read_a, read_b, EngineConfig(), capture, caught,
                                                                        "kind"))
    return [name for name, _ in eps], days


def tally(days: Sequence[Day], cut: float) -> tuple[int, int, int]:
    """News first lines, background/stale/debris first lines, days."""
    labels = [d[3][cut][0] for d in days]
    return sum(x == "news" for x in labels), sum(x in BAD for x in labels), len(labels)


def main(argv: Sequence[str] | None = None) -> int:
    """Replay the pairs, fit leave one episode out, print every fold, the totals and the changed first lines."""
    names, days = paired_days()
    totals: dict[str, Any] = {"news": 0, "bad": 0, "days": 0, "off": 0, "off_bad": 0}

    def objective(cut: float, skip: str = "") -> int:
        hits, bad, _ = tally([d for d in days if skip not in (d[0], d[1])], cut)
        return hits - bad

    for name in names:
        cut = max(CUTS, key=lambda c: (objective(c, name), c))
        mine = [d for d in days if name in (d[0], d[1])]
        (hits, bad, count), (off, off_bad, _) = tally(mine, cut), tally(mine, 1.01)
        for key, value in zip(totals, (hits, bad, count, off, off_bad)):
            totals[key] += value
        print(f"{name:26} cut {cut}: first line news {hits}/{count}, bad {bad} (off {off}, {off_bad})")
    print(f"held out: first line news {totals['news']}/{totals['days']}, bad {totals['bad']} "
          f"(off {totals['off']}, {totals['off_bad']})")
    for c in CUTS:
        print(f"  all, cut {c}: news, bad, days {tally(days, c)}")
    for d in days:
        changed = next((c for c in CUTS if d[3][c] != d[3][1.01]), None)
        if changed is not None:
            print(f"  {d[0]} + {d[1]} day {d[2]} (from cut {changed}): [{d[3][1.01][0]}] {d[3][1.01][1][:70]} -> "
                  f"[{d[3][changed][0]}] {d[3][changed][1][:70]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
