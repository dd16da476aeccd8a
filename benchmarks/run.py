"""All benchmarks in one run (what ``bash dev.sh bench`` calls): delta quality, then speed.

    python benchmarks/run.py            seeds quality + speed (1,050 articles; LexRank baseline on 300)
    python benchmarks/run.py --quick    seeds quality + a small speed run (300 articles; ~30 s)
    python benchmarks/run.py --full     also the news_dev day-by-day quality (several minutes)
    python benchmarks/run.py --json     one JSON document with every figure
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks import quality, speed, stories  # noqa: E402
from benchmarks.common import SEEDS, SHARED  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks and print their tables (or JSON)."""
    ap = argparse.ArgumentParser(description="digestbot benchmarks: quality and speed.")
    ap.add_argument("--shared", type=Path, default=SHARED, help="shared bench folder (default ../shared/bench)")
    ap.add_argument("--quick", action="store_true", help="small speed run (300 articles)")
    ap.add_argument("--full", action="store_true", help="also score the news_dev stories day by day")
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    args = ap.parse_args(argv)
    log = None if args.json else sys.stderr
    results: dict[str, Any] = {}
    t0 = time.perf_counter()

    if (args.shared / "score_deltas.py").exists():
        results["quality_seeds"] = quality.seeds_quality(args.shared, SEEDS)
        if not args.json:
            print("== delta quality on the seeds (score_deltas.py, article by article, file order) ==")
            print(quality.seeds_table(results["quality_seeds"]))
            print()
    else:
        print(f"run: {args.shared / 'score_deltas.py'} not found: quality benchmark skipped", file=sys.stderr)

    news_dev = args.shared / "news_dev"
    if args.full and news_dev.is_dir():
        results["quality_news_dev"] = quality.news_dev_quality(news_dev, args.shared, log=log)
        if not args.json:
            print("== news_dev, day by day (score_days.py, first 100 words; 'all' = day-weighted) ==")
            print(quality.news_dev_table(results["quality_news_dev"], news_dev))
            print()
        labelled = stories.labelled_articles(news_dev)
        results["story_grouping"] = [stories.grouping(labelled, t) for t in (0.1, stories.JOIN_SIMILARITY, 0.3)]
        if not args.json:
            print("== story grouping: the five news_dev stories interleaved (purity, cohesion) ==")
            print(stories.table(results["story_grouping"]))
            print()

    limit, baseline_limit = (300, 100) if args.quick else (1050, 300)
    if not (news_dev.is_dir() and any(news_dev.glob("*.jsonl"))):
        raise SystemExit(f"speed: news_dev not found at {news_dev} (../shared/bench/news_dev): nothing to measure")
    articles = speed.news_dev_corpus(news_dev)
    corpus = f"news_dev ({len(articles)} real articles, 5 stories interleaved)"
    if log:
        print(f"speed: {corpus}, {min(limit, len(articles))} articles", file=log, flush=True)
    results["speed"] = speed.run(articles[:limit], 50, baseline_limit, log) | {"corpus": corpus}
    if not args.json:
        print("== speed ==")
        print(speed.report(results["speed"], corpus))
        print(f"\n(all benchmarks: {time.perf_counter() - t0:.0f} s)")
    else:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
