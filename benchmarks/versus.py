"""Two engines side by side in one run: this tree against an earlier commit, same articles.

    PYTHONPATH=. python benchmarks/versus.py [--base REV] [--limit 1000] [--runs 3] [--json]

The earlier engine is checked out with ``git worktree`` into a temporary folder and run with
the same Python (the dependencies it needs are a subset of today's). Each run replays the
same ``--limit`` news_dev articles (the five stories interleaved round-robin, each in
publication order, as ``speed.py`` does) one at a time, exactly as ``digestbot replay
--jsonl --every article`` does, in a fresh process; runs alternate base / this tree so that
machine load hits both alike. It prints the median wall time of each and their ratio (the
news-quality issue's bar: at most 1.3x the earlier engine).

The articles are read from ``../shared/bench/news_dev`` at run time (never copied into the
repository); the script stops with a one-line message when they are missing.
"""
from __future__ import annotations

import argparse
import json
import os
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


def timed(tree: Path, data: Path) -> float:
    """Seconds for one replay of ``data`` by the engine in ``tree`` (a fresh process)."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", DRIVER, str(data)], cwd=tree, env=env, check=True,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    """Run both engines ``--runs`` times, alternating, and print medians and the ratio."""
    ap = argparse.ArgumentParser(description="This engine against an earlier commit, side by side.")
    ap.add_argument("--base", default=DEFAULT_BASE, help=f"earlier commit (default {DEFAULT_BASE})")
    ap.add_argument("--limit", type=int, default=1000, help="articles replayed (default 1000)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each engine (default 3; medians)")
    ap.add_argument("--news-dev", type=Path, default=SHARED / "news_dev")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not sorted(args.news_dev.glob("*.jsonl")):
        print(f"versus: no news_dev articles in {args.news_dev} (needs ../shared/bench)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="digestbot-versus-") as tmp:
        base_tree = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base_tree), args.base],
                       check=True)
        try:
            data = Path(tmp) / "articles.jsonl"
            n = corpus(args.news_dev, args.limit, data)
            times: dict[str, list[float]] = {"base": [], "this": []}
            for _ in range(args.runs):
                times["base"].append(timed(base_tree, data))
                times["this"].append(timed(ROOT, data))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base_tree)], check=False)
    base, this = statistics.median(times["base"]), statistics.median(times["this"])
    res = {"articles": n, "base": args.base, "runs": times, "base_median_s": round(base, 2),
           "this_median_s": round(this, 2), "ratio": round(this / base, 3), "bar": 1.3}
    if args.json:
        print(json.dumps(res))
    else:
        print(f"{n} articles replayed one at a time, {args.runs} runs each, alternating (medians):")
        print(f"  base {args.base}: {base:.1f} s   runs {', '.join(f'{t:.1f}' for t in times['base'])}")
        print(f"  this tree:      {this:.1f} s   runs {', '.join(f'{t:.1f}' for t in times['this'])}")
        print(f"  ratio {this / base:.2f}x (bar: <= 1.3x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
