"""Two engines side by side in one run: this tree against an earlier commit, same articles.

    PYTHONPATH=. python benchmarks/versus.py [--base REV ...] [--limit 1000] [--runs 3] [--json]

The earlier engine is checked out with ``git worktree`` into a temporary folder and run with
the same Python (the dependencies it needs are a subset of today's). Each run replays the
same ``--limit`` news_dev articles (the five stories interleaved round-robin, each in
publication order, as ``speed.py`` does) one at a time, exactly as ``digestbot replay
--jsonl --every article`` does, in a fresh process; runs alternate the trees so that machine
load hits all alike. It prints the median wall time and the median CPU time (user + system
of the process: steadier than wall time on a shared machine) of each, and their ratios (the
news-quality issue's bar: at most 1.3x the earlier engine). ``--base`` may be given more
than once (e.g. the issue's base and the commit before a change): every tree is compared
with this one.

The articles are read from ``../shared/bench/news_dev`` at run time (never copied into the
repository); the script stops with a one-line message when they are missing.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
# The engine before the news-quality rework (issue 8): the baseline its speed bar refers to.
DEFAULT_BASE = "177848a"

DRIVER = """
import sys
from bot.cli import main
sys.argv = ["digestbot", "replay", "--jsonl", "--every", "article", sys.argv[1]]
sys.stdout = open(sys.argv[-1] + ".out", "w", encoding="utf-8")
raise SystemExit(main())
"""


def corpus(news_dev: Path, limit: int, out: Path) -> int:
    """Write the first ``limit`` interleaved news_dev records to ``out``; return how many."""
    stories = []
    for path in sorted(news_dev.glob("*.jsonl")):
        recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        stories.append(sorted(recs, key=lambda r: (r.get("published") or "", r.get("id") or "")))
    mixed: list[dict[str, Any]] = []
    for i in range(max((len(s) for s in stories), default=0)):
        mixed.extend(s[i] for s in stories if i < len(s))
    mixed = mixed[:limit]
    out.write_text("".join(json.dumps(r) + "\n" for r in mixed), encoding="utf-8")
    return len(mixed)


def _cpu_children() -> float:
    """CPU seconds (user + system) used so far by this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(tree: Path, data: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one replay of ``data`` by the engine in ``tree`` (a fresh process)."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    cpu, start = _cpu_children(), time.perf_counter()
    subprocess.run([sys.executable, "-c", DRIVER, str(data)], cwd=tree, env=env, check=True,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, _cpu_children() - cpu


def main(argv: Sequence[str] | None = None) -> int:
    """Run every engine ``--runs`` times, alternating, and print medians and ratios."""
    ap = argparse.ArgumentParser(description="This engine against earlier commits, side by side.")
    ap.add_argument("--base", action="append", help=f"earlier commit, repeatable (default {DEFAULT_BASE})")
    ap.add_argument("--limit", type=int, default=1000, help="articles replayed (default 1000)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each engine (default 3; medians)")
    ap.add_argument("--news-dev", type=Path, default=SHARED / "news_dev")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    bases: list[str] = args.base or [DEFAULT_BASE]
    if not sorted(args.news_dev.glob("*.jsonl")):
        print(f"versus: no news_dev articles in {args.news_dev} (needs ../shared/bench)", file=sys.stderr)
        return 2
    wall: dict[str, list[float]] = {name: [] for name in bases + ["this"]}
    cpu: dict[str, list[float]] = {name: [] for name in wall}
    with tempfile.TemporaryDirectory(prefix="digestbot-versus-") as tmp:
        trees = {name: Path(tmp) / f"base{i}" for i, name in enumerate(bases)}
        for name, tree in trees.items():
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), name], check=True)
        trees["this"] = ROOT
        try:
            data = Path(tmp) / "articles.jsonl"
            n = corpus(args.news_dev, args.limit, data)
            for _ in range(args.runs):
                for name, tree in trees.items():
                    w, c = timed(tree, data)
                    wall[name].append(w)
                    cpu[name].append(c)
        finally:
            for name in bases:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(trees[name])], check=False)
    med = {name: (statistics.median(wall[name]), statistics.median(cpu[name])) for name in wall}
    this_wall, this_cpu = med["this"]
    ratios = {name: {"wall": round(this_wall / w, 3), "cpu": round(this_cpu / c, 3)}
              for name, (w, c) in med.items() if name != "this"}
    res = {"articles": n, "runs": {"wall": wall, "cpu": cpu}, "bar": 1.3, "ratios": ratios,
           "medians": {name: {"wall_s": round(w, 2), "cpu_s": round(c, 2)} for name, (w, c) in med.items()}}
    if args.json:
        print(json.dumps(res))
    else:
        print(f"{n} articles replayed one at a time, {args.runs} runs each, alternating (medians):")
        for name, (w, c) in med.items():
            label = "this tree" if name == "this" else f"base {name}"
            print(f"  {label + ':':<18} wall {w:6.1f} s  cpu {c:6.1f} s   wall runs "
                  f"{', '.join(f'{t:.1f}' for t in wall[name])}")
        for name in bases:
            r = ratios[name]
            print(f"  this / {name}: wall {r['wall']:.2f}x, cpu {r['cpu']:.2f}x (bar: <= 1.3x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
