"""Within-digest repeats in a replay: pairs of lines of one digest whose content words mostly coincide.

For every digest (a JSONL row of ``bot.cli replay --jsonl``), each pair of lines whose shorter line has at
least ``--share`` (default 0.6) of its content terms (:func:`summarizer.text.content_terms`) in the other is
printed with both lines, for reading: most are one fact told twice, some are two facts in shared words.
``--events`` prints instead the pairs whose later line tells the earlier line's event in other words
(:func:`benchmarks.sameevent.same_event`, a measure: the engine does not use it, see that module).

    PYTHONPATH=. python benchmarks/digest_repeats.py REPLAY.jsonl [...] [--share 0.6 | --events]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.sameevent import same_event  # noqa: E402
from summarizer.text import content_terms  # noqa: E402


def pairs(items: list[dict[str, Any]], share: float) -> list[tuple[float, int, int]]:
    """(containment, i, j) for the pairs of ``items`` whose shorter line has ``share`` of its terms in the other."""
    sets = [frozenset(content_terms(i["text"])) for i in items]
    out = []
    for a in range(len(items)):
        for b in range(a + 1, len(items)):
            small = min(len(sets[a]), len(sets[b]))
            if small and len(sets[a] & sets[b]) / small >= share:
                out.append((len(sets[a] & sets[b]) / small, a, b))
    return out


def events(items: list[dict[str, Any]]) -> list[tuple[float, int, int]]:
    """(1.0, i, j) for the pairs of ``items`` whose later line ``j`` tells the event of the earlier line ``i``."""
    return [(1.0, a, b) for b in range(len(items)) for a in range(b) if same_event(items[b]["text"], items[a]["text"])]


def main(argv: list[str] | None = None) -> None:
    """Print the within-digest repeat pairs of the replays and their count."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("replays", nargs="+")
    ap.add_argument("--share", type=float, default=0.6)
    ap.add_argument("--events", action="store_true", help="pairs telling one event in other words instead")
    args = ap.parse_args(argv)
    lines = found = 0
    for path in args.replays:
        for row in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines()):
            items = row.get("items", [])
            lines += len(items)
            for c, a, b in events(items) if args.events else pairs(items, args.share):
                found += 1
                print(f"{row.get('batch')} {c:.2f}\n  {items[a]['text'][:200]}\n  {items[b]['text'][:200]}")
    print(f"lines {lines}  within-digest pairs {found}")


if __name__ == "__main__":
    main()
