"""Bulk ingest throughput: articles per CPU-second, this tree against another, runs alternating.

    PYTHONPATH=. python benchmarks/ingest.py [--limit 600] [--runs 3] [--base /work/main] [--workers 2] [--json]

The first ``--limit`` articles of the scale corpus (:func:`benchmarks.scale.corpus`: news_dev and
entities in publication order, read from ``../shared/bench``; exit status 2 when missing) go through
``Digests.ingest`` in batches of 200 (:data:`benchmarks.scale_store.BATCH`) into a fresh SQLite store,
each run in a fresh process started in the tree measured (``--base``: another checkout, e.g. the main
repository; its ``summarizer.models.Article`` must unpickle the articles). CPU seconds, the process's
and its worker processes' (``--workers N``: :mod:`bot.core.pool`), not wall time: on a shared machine
CPU time is the steadier figure. The runs of the trees alternate; medians are printed, and whether every run
stored the same rows (a hash of each table, times and the analysis code version aside): a speed change must not
change them. Also printed: each run's RSS after the ingest (after ``gc.collect()``), its peak RSS, and the
entries left in the unscoped record of :mod:`summarizer.articlescope` (what an ingest leaves behind there).
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import SHARED  # noqa: E402
from benchmarks.scale_store import BATCH  # noqa: E402

CHILD = """
import json, os, pickle, sys, tempfile, time
sys.path.insert(0, os.getcwd())
from bot.db.store import Store
from bot.digests import Digests
articles, workers = pickle.load(open(sys.argv[1], "rb")), int(sys.argv[2])
service = Digests(Store("sqlite:///" + os.path.join(tempfile.mkdtemp(), "ingest.db")))
if workers > 1:
    from bot.core.pool import Pool
    service.pool = Pool(workers)
before, wall = os.times(), time.perf_counter()
for i in range(0, len(articles), %d):
    service.ingest(articles[i:i + %d], channel="bench:ingest")
if workers > 1:
    service.pool.close()
after = os.times()
cpu = sum(after[:4]) - sum(before[:4])
rows = {}
if "sqlite" in service.store.engine.url.drivername:
    import hashlib, sqlite3
    con = sqlite3.connect(service.store.engine.url.database)
    for (table,) in con.execute("select name from sqlite_master where type='table' order by name"):
        cols = [c[1] for c in con.execute(f"pragma table_info({table})") if c[1] not in %r]
        found = sorted(repr(r) for r in con.execute(f"select {','.join(cols)} from {table}"))
        rows[table] = hashlib.sha256("\\n".join(found).encode()).hexdigest()[:16] + f"/{len(found)}"
import gc, resource
gc.collect()
scope = getattr(__import__("summarizer.articlescope").articlescope, "_UNSCOPED", None)
record = sum(len(getattr(scope, k, ())) for k in ("languages", "places", "eras"))
rss = int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20
print(json.dumps({"cpu": cpu, "wall": time.perf_counter() - wall, "own": after[0] + after[1] - before[0] - before[1],
                  "rows": rows, "rss": rss, "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "record": record}))
""" % (BATCH, BATCH, ("created_at", "updated_at", "ingested_at", "at", "version"))


def run(tree: Path, data: Path, workers: int) -> dict[str, Any]:
    """One ingest in a fresh process in ``tree``: CPU s (all processes), wall s, CPU s of the calling process, and a
    hash and count of each table's stored rows (times and the analysis code version aside)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, "-c", CHILD, str(data), str(workers)], cwd=tree, env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    """Alternate runs of this tree (and ``--workers``) and ``--base``; print medians."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=600)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--base", type=Path, help="another checkout to measure in the same runs")
    ap.add_argument("--workers", type=int, default=0, help="also measure this tree with N worker processes")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not (args.shared / "news_dev").is_dir():
        print(f"ingest: no news_dev under {args.shared} (benchmark data lives outside the repo)", file=sys.stderr)
        return 2
    from benchmarks.scale import corpus, history

    articles = history(corpus(args.shared), args.limit)
    systems: list[tuple[str, Path, int]] = [("this tree", ROOT, 1)]
    if args.workers > 1:
        systems.append((f"this tree, {args.workers} workers", ROOT, args.workers))
    if args.base:
        systems.insert(0, (f"base {args.base}", args.base.resolve(), 1))
    results: dict[str, list[dict[str, Any]]] = {name: [] for name, _, _ in systems}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "articles.pkl"
        data.write_bytes(pickle.dumps(articles))
        for _ in range(args.runs):
            for name, tree, workers in systems:
                results[name].append(run(tree, data, workers))
    report: dict[str, Any] = {"articles": len(articles), "runs": args.runs, "at": time.strftime("%Y-%m-%d %H:%M")}
    for name, runs in results.items():
        cpu = statistics.median(r["cpu"] for r in runs)
        report[name] = {"cpu_s": [round(r["cpu"], 2) for r in runs], "per_cpu_s": round(len(articles) / cpu, 1),
                        "wall_s": [round(r["wall"], 1) for r in runs], "caller_cpu_s": [round(r["own"], 2) for r in runs],
                        "rss_mb": [round(r.get("rss", 0)) for r in runs], "peak_mb": [round(r.get("peak", 0)) for r in runs],
                        "unscoped_record": [r.get("record", 0) for r in runs]}
    stored = {json.dumps(r.get("rows", {}), sort_keys=True) for runs in results.values() for r in runs}
    report["stored_rows_identical"] = len(stored) == 1
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"bulk ingest of {len(articles)} scale-corpus articles into SQLite (batches of {BATCH}), medians of {args.runs}")
    for name, _, _ in systems:
        r = report[name]
        print(f"  {name:<28} {r['per_cpu_s']:7.1f} articles per CPU-second  (CPU s {r['cpu_s']}, wall s {r['wall_s']}, "
              f"caller's CPU s {r['caller_cpu_s']})")
        print(f"  {'':<28} RSS after ingest {r['rss_mb']} MB, peak {r['peak_mb']} MB, entries left in the unscoped "
              f"record of summarizer.articlescope {r['unscoped_record']}")
    print(f"  stored rows (every table, times and analysis version aside) identical in every run: "
          f"{'yes' if report['stored_rows_identical'] else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
