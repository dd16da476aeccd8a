"""Stale figures in a by-day replay: a line that tells a cumulative count the reader was already told higher or equal.

For every digest (a JSONL row of ``bot.cli replay --jsonl``), each figure of a line (its "(earlier: ...)" note left
out) is compared with the figures of the lines shown before it, by the engine's own typed slots
(:meth:`summarizer.facts.Quantity.comparable`), for the cumulative measures only (:func:`summarizer.earlier.lower_toll`'s
``MONOTONE``: deaths, injured, cases, arrests ...; no daily or period count). A pair is a hit of one of three kinds:

- ``lower`` (same digest): a later line's value is below or equal to an earlier line's of the same slot: the reader
  is told the older count after the fresher one, or the same count twice;
- ``update`` (same digest): an ``updated`` line whose value another line of its digest already states;
- ``older`` (earlier digest): a line's value is below an earlier digest's line of the same slot, or looser and
  consistent with it ("more than 240" after 247: :func:`summarizer.bounds.holds`); ``conflict`` lines are left out.

A pair the engine's own test takes for one count (:func:`summarizer.freshest.one_count`: the same named places, a
kind of bound, no vague amount, within half) is marked "(sure)"; the others are read from the lines alone (an
unplaced world count against a country's is often another count). Hits are printed with both lines, for reading; the
counts per kind (and the sure ones) are the last line of each replay.

    PYTHONPATH=. python benchmarks/digest_staleness.py REPLAY.jsonl [...] [--quiet]
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

from summarizer.bounds import holds  # noqa: E402
from summarizer.earlier import lower_toll  # noqa: E402
from summarizer.earlier import cumulative  # noqa: E402
from summarizer.facts import Quantity, quantities  # noqa: E402
from summarizer.freshest import older, one_count  # noqa: E402

_NOTE = re.compile(r" \(earlier(?: reports)?: [^)]*\)$")  # the renderer's note on an update
KINDS = ("lower", "update", "older")


def counts(text: str) -> list[Quantity]:
    """The cumulative figures of a line, its update note left out."""
    return [q for q in quantities(_NOTE.sub("", text)) if cumulative(q)]


def hits(rows: list[dict[str, Any]]) -> Iterator[tuple[str, str, str, str, str]]:
    """(kind, day, line, other line, figures) for each stale figure of the replay ``rows``; the figures end in " (sure)"
    when the engine's own test (:func:`summarizer.freshest.one_count`) takes the two for one count."""
    told: list[tuple[str, Quantity, str, str]] = []  # (day, figure, line, story) of earlier digests
    for row in rows:
        day = str(row.get("batch", ""))
        shown: list[tuple[Quantity, str, str]] = []
        for item in row.get("items", []) or []:
            text, kind, story = str(item["text"]), str(item.get("kind", "")), str(item.get("story", ""))
            qs = counts(text)
            found = ""
            for q in qs:
                for kq, line, where in shown:
                    if not q.comparable(kq):
                        continue
                    if kind == "updated" and q.same_value(kq):
                        found = "update"
                    elif kind != "conflict" and older(q, kq, None, None):
                        found = "lower"
                    if found:
                        yield found, day, text, line, f"{q.raw} <= {kq.raw}{_sure(q, kq, story == where)}"
                        break
                if found:
                    break
                if kind == "conflict":
                    continue
                for _, kq, line, where in reversed(told):
                    if q.comparable(kq) and (lower_toll(q, kq) or holds(q, kq)):
                        found = "older"
                        yield found, day, text, line, f"{q.raw} < {kq.raw}{_sure(q, kq, story == where)}"
                        break
                if found:
                    break
            shown.extend((q, text, story) for q in qs)
        told.extend((day, q, line, story) for q, line, story in shown)


def _sure(q: Quantity, kq: Quantity, story: bool) -> str:
    """" (sure)" when the engine takes ``q`` and ``kq`` for values of one count."""
    return " (sure)" if q.slot is not None and kq.slot is not None and one_count(q, kq, story) else ""


def main(argv: list[str] | None = None) -> None:
    """Print the stale figures of each replay and their counts by kind."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("replays", nargs="+")
    ap.add_argument("--quiet", action="store_true", help="counts only")
    args = ap.parse_args(argv)
    for path in args.replays:
        rows = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
        tally = dict.fromkeys(KINDS, 0)
        sure = dict.fromkeys(KINDS, 0)
        for kind, day, text, other, why in hits(rows):
            tally[kind] += 1
            sure[kind] += why.endswith("(sure)")
            if not args.quiet:
                print(f"[{kind}] {day} {why}\n   line: {text}\n  other: {other}")
        print(f"== {path}: " + " ".join(f"{k} {v} (sure {sure[k]})" for k, v in tally.items()))


if __name__ == "__main__":
    main()
