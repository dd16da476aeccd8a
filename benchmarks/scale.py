"""Speed at scale: stores of 1k / 10k (/ 100k) real articles, side by side with sumy LexRank-5.

    PYTHONPATH=. python benchmarks/scale.py [--sizes 1000,10000] [--runs 3] [--probes 30] [--json]

Text: ``news_dev`` (1,340 articles, 5 stories) and ``entities`` (5,813 crawled articles, 10
streams), read at run time from ``../shared/bench`` (never copied), interleaved by publication
time. The last ``--probes`` articles are held out; a store is the first N of the others. A
store larger than the corpus re-uses it in further passes (new ids, dates moved back 20 years
per pass, body lines rotated), and the output says how many articles are such copies. The
benchmark stops with exit status 2 when the data is missing.

For each size and run, in a fresh process (so that resident memory is its own), on SQLite:

- bulk ingest: N articles through ``Digests.ingest`` in batches of 200 (articles/s);
- two channels are marked as having seen them all, and the service restarts: stories restored,
  then each channel's memory restored (s; resident memory each adds, MB);
- per-article cost: each probe article ingested, built and delivered one by one (median ms),
  and sumy LexRank-5 on the same article (median ms);
- a new channel's first digest (``--max 10``) over every stored article: bounded to the last two
  days of news (at most 100 articles, :mod:`bot.db.backlog`); the articles it read and skipped;
- resident memory at the end (and the peak).

It prints medians of the runs and the ratios to the smallest size, measured in one run.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.common import SHARED, lexrank_top, plaintext_document, read_articles  # noqa: E402
from summarizer.models import Article  # noqa: E402

BATCH = 200
CHANNEL, SECOND, NEWCOMER = "scale:channel", "scale:second", "scale:newcomer"
TARGETS = {"per_article_ratio": 1.5, "over_lexrank": 1.2, "first_digest_s": 2.0, "restore_s": 1.0,
           "rss_mb": 400.0, "ingest_per_s": 400.0}


# -- corpus --------------------------------------------------------------------------------
def corpus(shared: Path) -> list[Article]:
    """Every news_dev and entities article, in publication order (ties by id)."""
    paths = sorted((shared / "news_dev").glob("*.jsonl")) + sorted((shared / "entities").glob("*.jsonl"))
    articles = read_articles(paths)
    return sorted(articles, key=lambda a: (a.published is None, a.published or 0, a.id))


def copy(article: Article, n: int) -> Article:
    """Pass ``n`` of an article: a new id, published 20 years earlier per pass, body lines rotated."""
    lines = article.text.split("\n")
    k = n % len(lines)
    return dataclasses.replace(
        article, id=f"{article.id}~{n}", origin=f"{article.origin}~{n}", text="\n".join(lines[k:] + lines[:k]),
        published=article.published - timedelta(days=7305 * n) if article.published else None)


def history(pool: Sequence[Article], n: int) -> list[Article]:
    """The first ``n`` articles of ``pool``, then copies of it (further passes)."""
    return [pool[i] if i < len(pool) else copy(pool[i % len(pool)], i // len(pool)) for i in range(n)]


# -- one run (a child process) -------------------------------------------------------------
def _rss_mb() -> float:
    """Resident memory now, in MB (Linux; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def one_run(data: Path, size: int, folder: Path) -> dict[str, Any]:
    """Build a store of ``size`` articles and measure it (see the module docstring)."""
    from bot.core.service import Audience, DigestRequest
    from bot.db.store import Store
    from bot.digests import Digests

    with data.open("rb") as fh:
        pool, probes = pickle.load(fh)
    arts = history(pool, size)
    del pool
    url = f"sqlite:///{folder / f'scale-{size}.db'}"
    svc = Digests(Store(url))
    start = time.perf_counter()
    for i in range(0, len(arts), BATCH):
        svc.ingest(arts[i:i + BATCH], channel=CHANNEL)
    ingest_s = time.perf_counter() - start
    for key in (CHANNEL, SECOND):
        svc.store.mark_seen(Audience(key), [a.id for a in arts])
    with svc.store.session() as s:  # a channel that starts following the same sources: everything is unseen
        svc.store.link(s, NEWCOMER, [a.id for a in arts])
    del svc, arts
    start = time.perf_counter()
    svc = Digests(Store(url))
    stories_s = time.perf_counter() - start
    channel = Audience(CHANNEL)
    rss, start = _rss_mb(), time.perf_counter()
    svc.memory(channel)
    memory_s, rss_one = time.perf_counter() - start, _rss_mb()
    start = time.perf_counter()
    svc.memory(Audience(SECOND))
    second_s, rss_two = time.perf_counter() - start, _rss_mb()
    steps, lex = [], []
    for probe in probes:
        start = time.perf_counter()
        svc.ingest([probe], channel=CHANNEL)
        svc.mark_delivered(channel, svc.build(DigestRequest(channel)))
        steps.append(time.perf_counter() - start)
        start = time.perf_counter()
        lexrank_top(plaintext_document(probe.text), 5)
        lex.append(time.perf_counter() - start)
    start = time.perf_counter()
    first = svc.build(DigestRequest(Audience(NEWCOMER), max_items=10))
    first_s = time.perf_counter() - start
    return {
        "size": size, "ingest_s": ingest_s, "ingest_per_s": size / ingest_s, "stories_restore_s": stories_s,
        "memory_restore_s": memory_s, "memory_sentences": svc.memory(channel).held,
        "second_restore_s": second_s, "channel_mb": rss_one - rss, "second_channel_mb": rss_two - rss_one,
        "step_ms": 1000 * statistics.median(steps), "lexrank5_ms": 1000 * statistics.median(lex),
        "first_digest_s": first_s, "first_digest_read": len(first.article_ids) + len(first.held_ids),
        "first_digest_skipped": first.window.skipped if first.window else 0, "rss_mb": _rss_mb(),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child(data: Path, size: int) -> dict[str, Any]:
    """:func:`one_run` in a fresh process (its own memory, caches and store)."""
    with tempfile.TemporaryDirectory(prefix="digestbot-scale-") as tmp:
        code = ("import json, sys; from pathlib import Path; from benchmarks.scale import one_run; "
                f"print(json.dumps(one_run(Path({str(data)!r}), {size}, Path({tmp!r}))))")
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
        return json.loads(out.stdout.strip().splitlines()[-1])


# -- report --------------------------------------------------------------------------------
def medians(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-field medians of runs of one size (None stays None)."""
    out: dict[str, Any] = {}
    for key in runs[0]:
        vals = [r[key] for r in runs if r[key] is not None]
        out[key] = statistics.median(vals) if vals else None
    return out


def report(by_size: dict[int, dict[str, Any]], pool: int, runs: int) -> str:
    """The table: one column per size, ratios to the smallest."""
    sizes = sorted(by_size)
    small = by_size[sizes[0]]

    def row(label: str, key: str, fmt: str, target: str = "") -> str:
        cells = []
        for n in sizes:
            v = by_size[n][key]
            cells.append("-" if v is None else format(v, fmt))
        return f"{label:<44}" + "".join(f"{c:>12}" for c in cells) + (f"   {target}" if target else "")

    head = f"{'store size (articles)':<44}" + "".join(f"{n:>12,}" for n in sizes)
    copies = ", ".join(f"{n:,}: {max(0, n - pool):,} copies" for n in sizes)
    lines = [f"medians of {runs} runs, SQLite, {pool:,} distinct real articles ({copies})", head,
             row("bulk ingest, articles/s", "ingest_per_s", ".0f", f"target >= {TARGETS['ingest_per_s']:.0f}, flat"),
             row("restart: stories restored, s", "stories_restore_s", ".2f"),
             row("restart: channel memory restored, s", "memory_restore_s", ".2f", f"target < {TARGETS['restore_s']:.0f}"),
             row("restart: a second channel's memory, s", "second_restore_s", ".2f"),
             row("channel memory, sentences held", "memory_sentences", ".0f"),
             row("resident memory of the first channel, MB", "channel_mb", ".0f"),
             row("resident memory of a second channel, MB", "second_channel_mb", ".0f"),
             row("per article (ingest+digest+deliver), ms", "step_ms", ".1f"),
             row("sumy LexRank-5 on the same articles, ms", "lexrank5_ms", ".1f"),
             row("new channel's first digest (max 10), s", "first_digest_s", ".1f",
                 f"target < {TARGETS['first_digest_s']:.0f}"),
             row("  articles it read / skipped (said in the reply)", "first_digest_read", ".0f"),
             row("", "first_digest_skipped", ".0f"),
             row("resident memory at the end, MB", "rss_mb", ".0f", f"target < {TARGETS['rss_mb']:.0f} at 100k"),
             row("peak resident memory, MB", "peak_rss_mb", ".0f")]
    lines.append("")
    for n in sizes[1:]:
        ratio = by_size[n]["step_ms"] / small["step_ms"]
        lines.append(f"per-article cost at {n:,} vs {sizes[0]:,} history: {ratio:.2f}x "
                     f"(target <= {TARGETS['per_article_ratio']}x)")
    for n in sizes:
        r = by_size[n]
        lines.append(f"engine / LexRank-5 per article at {n:,}: {r['step_ms'] / r['lexrank5_ms']:.2f}x "
                     f"(target <= {TARGETS['over_lexrank']}x)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build the stores, measure, print."""
    ap = argparse.ArgumentParser(description="Speed and memory at 1k / 10k / 100k stored articles.")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared benchmark folder (default ../shared/bench)")
    ap.add_argument("--sizes", default="1000,10000", help="store sizes, comma-separated (default 1000,10000)")
    ap.add_argument("--runs", type=int, default=3, help="runs per size (medians; default 3)")
    ap.add_argument("--probes", type=int, default=30, help="held-out articles timed one by one (default 30)")
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    args = ap.parse_args(argv)
    missing = [d for d in ("news_dev", "entities") if not any((args.shared / d).glob("*.jsonl"))]
    if missing:
        print(f"scale: no articles in {', '.join(str(args.shared / d) for d in missing)} (the benchmark reads "
              f"real text from ../shared/bench at run time; pass --shared PATH)", file=sys.stderr)
        return 2
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    print(f"scale: reading {args.shared} ...", file=sys.stderr, flush=True)
    articles = corpus(args.shared)
    pool, probes = articles[:-args.probes], articles[-args.probes:]
    by_size: dict[int, list[dict[str, Any]]] = {n: [] for n in sizes}
    with tempfile.TemporaryDirectory(prefix="digestbot-scale-") as tmp:
        data = Path(tmp) / "corpus.pickle"
        with data.open("wb") as fh:
            pickle.dump((pool, probes), fh)
        for run in range(args.runs):  # sizes alternate within a run, so machine load hits them alike
            for n in sizes:
                print(f"scale: run {run + 1}/{args.runs}, {n:,} articles ...", file=sys.stderr, flush=True)
                by_size[n].append(child(data, n))
                print(f"scale:   {json.dumps(by_size[n][-1])}", file=sys.stderr, flush=True)  # partial results
    summary = {n: medians(rs) for n, rs in by_size.items()}
    if args.json:
        print(json.dumps({"pool": len(pool), "runs": by_size, "medians": summary}, indent=2))
    else:
        print(report(summary, len(pool), args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
