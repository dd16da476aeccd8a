"""What the stored analyses of a store take once read back in process: the memory one channel's recall costs.

    PYTHONPATH=. python benchmarks/analysis_size.py STORE.db [--top 10]

``STORE.db``: a SQLite store (``scale.py --keep DIR`` leaves ``DIR/scale-N.db``), read only. Every stored analysis
is decoded (:func:`summarizer.analysis.loads`) while tracemalloc traces the process; it prints the bytes the
decoded sentences hold (per sentence and per 1,000 articles), the top allocating lines, and the count and size
of each fact type. This is what a first channel memory over articles no other memory holds adds (the index
itself, some 7 MB per 1,000 articles, aside): a change to how an analysis is held shows here in seconds,
where :mod:`benchmarks.memory_phases` takes minutes.
"""
from __future__ import annotations

import argparse
import gc
import sqlite3
import sys
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from summarizer.analysis import loads  # noqa: E402


def measure(store: Path, top: int) -> dict[str, float]:
    """Decode every stored analysis of ``store`` under tracemalloc; print and return the figures."""
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        rows = [data for (data,) in db.execute("SELECT data FROM analyses")]
    gc.collect()
    tracemalloc.start(1)
    held = [loads(data) for data in rows]
    gc.collect()
    size = tracemalloc.get_traced_memory()[0]
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    sentences = sum(map(len, held))
    out = {"articles": len(rows), "sentences": sentences, "mb": size / 2**20,
           "bytes_per_sentence": size / max(1, sentences), "mb_per_1000_articles": size / 2**20 * 1000 / max(1, len(rows))}
    print(f"{len(rows):,} articles, {sentences:,} sentences: {out['mb']:.2f} MB traced, "
          f"{out['bytes_per_sentence']:.0f} bytes a sentence, {out['mb_per_1000_articles']:.1f} MB per 1,000 articles")
    for st in snap.statistics("lineno")[:top]:
        print(f"  {st.size / 2**20:7.2f} MB {st.count:>8} blocks  {st.traceback[0]}")
    kinds: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    for o in gc.get_objects():
        name = type(o).__name__
        if name in ("Features", "Quantity", "DayFact", "Slot") or type(o) is frozenset:
            kinds[name] += 1
            sizes[name] += sys.getsizeof(o)
    print("  objects: " + ", ".join(f"{k} {n:,} ({sizes[k] / n:.0f} B)" for k, n in kinds.most_common()))
    del held
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command line."""
    ap = argparse.ArgumentParser(description="Memory the stored analyses of a store take when read back.")
    ap.add_argument("store", type=Path, help="a SQLite store (benchmarks.scale_store.build)")
    ap.add_argument("--top", type=int, default=10, help="top allocating lines shown (default 10)")
    args = ap.parse_args(argv)
    if not args.store.is_file():
        print(f"analysis_size: no store at {args.store}", file=sys.stderr)
        return 2
    measure(args.store, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
