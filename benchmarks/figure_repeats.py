"""Figure repeats in a replay: shown lines whose figure was shown on an earlier day of the same replay.

For every line of a ``bot.cli replay --jsonl`` replay (its "(earlier: ...)" note left out), each precise figure
(:func:`summarizer.facts.quantities`: not vague, above a small count) is keyed by its value and unit (``percent``,
a currency, a tally's two counts, or a word it counts). A line is a hit when an earlier day's line showed a figure of the same
value and unit whose clause shares at least ``--shared`` (default 2) content stems with this figure's clause
(:attr:`summarizer.facts.Quantity.near`): the same fact told again, or the same number of something else said in
like words (a tally's two counts need no more). Hits are printed with the earlier line, for reading; the count is the last line.

    PYTHONPATH=. python benchmarks/figure_repeats.py REPLAY.jsonl [...] [--shared 2]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from summarizer.facts import Quantity, quantities  # noqa: E402
from summarizer.tallies import TALLY  # noqa: E402

_NOTE = re.compile(r" \(earlier(?: reports)?: [^)]*\)$")  # the renderer's note on an update
_SMALL = 3.0  # "two people", "three shots": too common to be one fact


def _key(q: Quantity) -> tuple[float, str]:
    """The value and unit of a figure: percent, a currency, a tally's counts, or a word it counts."""
    unit = "percent" if "percent" in q.unit else (q.slot.unit if q.slot is not None and q.slot.unit != "count" else "")
    return round(q.low, 3), unit or max(q.unit)  # a tally's is its two counts ("_tally:48-19")


def figures(text: str) -> Iterator[tuple[tuple[float, str], frozenset[str], str]]:
    """(key, context stems, raw) of each precise figure of a line."""
    for q in quantities(_NOTE.sub("", text)):
        if not q.vague and q.high > _SMALL:
            yield _key(q), q.near, q.raw


def hits(rows: list[dict[str, Any]], shared: int) -> Iterator[tuple[str, str, str, str, str]]:
    """(day, kind, line, earlier day, earlier line) for each line whose figure an earlier day's line showed."""
    seen: dict[tuple[float, str], list[tuple[str, frozenset[str], str]]] = {}
    for row in rows:
        day = str(row.get("batch", ""))
        today: list[tuple[tuple[float, str], frozenset[str], str]] = []
        for item in row.get("items", []) or []:
            text = str(item["text"])
            found = list(figures(text))
            match = next(((d, t) for key, near, _ in found for d, n, t in seen.get(key, ())
                          if d != day and (len(near & n) >= shared or key[1].startswith(TALLY))), None)
            if match:
                yield day, str(item.get("kind", "")), text, match[0], match[1]
            today.extend((key, near, text) for key, near, _ in found)
        for key, near, text in today:
            seen.setdefault(key, []).append((day, near, text))


def main(argv: list[str] | None = None) -> None:
    """Print the figure repeats of the replays and their count."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("replays", nargs="+")
    ap.add_argument("--shared", type=int, default=2, help="context stems two figures must share")
    args = ap.parse_args(argv)
    total = lines = 0
    for path in args.replays:
        rows = [json.loads(r) for r in Path(path).read_text(encoding="utf-8").splitlines() if r.strip()]
        lines += sum(len(r.get("items", [])) for r in rows)
        found = 0
        for day, kind, text, then, before in hits(rows, args.shared):
            found += 1
            print(f"{Path(path).name} {day} {kind}: {text[:220]}\n    {then}: {before[:220]}")
        print(f"{path}: {found} figure repeats")
        total += found
    print(f"lines {lines}  figure repeats {total}")


if __name__ == "__main__":
    main()
