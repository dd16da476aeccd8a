"""Interleaved replay streams built from ``../shared/bench``, the same every session.

Line-form figures (``../shared/bench/score_lines.py``) are read on busy feeds: several stories' articles interleaved
in publication order, replayed one day at a time. A stream is a window of dates over some topics (``entities/*.jsonl``
or ``news_dev/*.jsonl``), sorted by publication time then id, optionally cut to its first ``limit`` articles. The
named streams below are the ones the README's figures use; nothing is copied into the repository, the records are
read from the shared folder and written where asked.

    PYTHONPATH=. python benchmarks/streams.py NAME [--shared PATH] > stream.jsonl
    PYTHONPATH=. python benchmarks/streams.py --from 2014-01-01 --to 2014-12-31 --topic Oscar_Pistorius ... > s.jsonl
    digestbot replay --jsonl --every day stream.jsonl > replay.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "bench"


@dataclass(frozen=True)
class Stream:
    """A window of publication dates (inclusive, ``YYYY-MM-DD``) over ``topics``, cut to ``limit`` articles if set."""

    first: str
    last: str
    topics: tuple[str, ...]
    limit: int | None = None


STREAMS = {
    "mixV": Stream("2001-12-01", "2002-02-28", ("Enron", "Hamid_Karzai", "Steve_Jobs")),  # 266 articles
    "mix09": Stream("2009-01-01", "2009-12-31", ("Hamid_Karzai", "Lance_Armstrong", "Steve_Jobs", "Sarah_Palin",
                                                  "Enron", "Phil_Spector", "Hu_Jintao")),  # 462 articles
    "mix14": Stream("2014-01-01", "2014-12-31", ("Oscar_Pistorius", "Hamid_Karzai", "Steve_Jobs", "Julian_Assange",
                                                  "Dilma_Rousseff", "Sarah_Palin")),  # 343 articles
    "h1n1-300": Stream("0000-01-01", "9999-12-31", ("h1n1",), 300),
}


def topic_file(shared: Path, topic: str) -> Path:
    """The shared file holding ``topic`` (an entities topic, else a news_dev story)."""
    entity = shared / "entities" / f"{topic}.jsonl"
    return entity if entity.exists() else shared / "news_dev" / f"{topic}.jsonl"


def records(stream: Stream, shared: Path = SHARED) -> Iterator[dict[str, Any]]:
    """The stream's records in publication order (ties by id); a line that is not a JSON object is skipped."""
    rows = []
    for topic in stream.topics:
        with topic_file(shared, topic).open(encoding="utf-8") as f:
            for line in f:
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(row, dict) and stream.first <= str(row.get("published", ""))[:10] <= stream.last:
                    rows.append(row)
    rows.sort(key=lambda r: (str(r.get("published", "")), str(r.get("id", ""))))
    yield from rows[:stream.limit]


def main(argv: Sequence[str] | None = None) -> int:
    """Write a named or described stream to standard output as JSON Lines."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("name", nargs="?", choices=sorted(STREAMS), help="a named stream")
    ap.add_argument("--from", dest="first", help="first publication date (YYYY-MM-DD)")
    ap.add_argument("--to", dest="last", help="last publication date (YYYY-MM-DD)")
    ap.add_argument("--topic", action="append", default=[], help="an entities topic or news_dev story (repeat)")
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared benchmark folder (../shared/bench)")
    args = ap.parse_args(argv)
    if args.name:
        stream = STREAMS[args.name]
    elif args.first and args.last and args.topic:
        stream = Stream(args.first, args.last, tuple(args.topic), args.limit)
    else:
        ap.error("give a stream name, or --from, --to and at least one --topic")
    missing = [t for t in stream.topics if not topic_file(args.shared, t).exists()]
    if missing:
        print(f"streams: no shared file for {', '.join(missing)} under {args.shared}", file=sys.stderr)
        return 2
    for row in records(stream, args.shared):
        sys.stdout.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
