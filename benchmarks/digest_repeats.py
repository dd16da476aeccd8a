"""Within-digest repeats in a replay: pairs of lines of one digest whose content words mostly coincide.

For every digest (a JSONL row of ``bot.cli replay --jsonl``), each pair of lines whose shorter line has at
least ``--share`` (default 0.6) of its content terms (:func:`summarizer.text.content_terms`) in the other is
printed with both lines, for reading: most are one fact told twice, some are two facts in shared words.
``--events`` prints instead the pairs that tell one event in other words or one count at two figures
(:func:`summarizer.sameevent.merged`, which the engine merges within a story: pairs left are across stories, or
beyond the signature), the representative first.

    PYTHONPATH=. python benchmarks/digest_repeats.py REPLAY.jsonl [...] [--share 0.6 | --events]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from summarizer.sameevent import merged  # noqa: E402
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


_NOTE = re.compile(r" \(earlier(?: reports)?: [^)]*\)$")  # the renderer's note on an update: no words of the line


def events(items: list[dict[str, Any]]) -> list[tuple[float, int, int]]:
    """(1.0, kept, other) for the pairs of ``items`` that tell one event or one count (:func:`merged`)."""
    texts = [_NOTE.sub("", i["text"]) for i in items]
    out = []
    for b in range(len(items)):
        for a in range(b):
            keep = merged(texts[b], texts[a])
            if keep:
                out.append((1.0, b, a) if keep == "line" else (1.0, a, b))
    return out


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
