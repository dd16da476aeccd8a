"""Speed at scale: stores of 1k / 10k (/ 100k) real articles, side by side with sumy LexRank-5.

    PYTHONPATH=. python benchmarks/scale.py [--sizes 1000,10000] [--db sqlite,postgresql] [--keep DIR] [--runs 3]

Text: ``news_dev`` (1,340 articles, 5 stories) and ``entities`` (5,813 crawled articles, 10
streams), read at run time from ``../shared/bench`` (never copied), interleaved by publication
time. The last ``--probes`` articles are held out; a store is the first N of the others. A
store larger than the corpus re-uses it in further passes (new ids, dates moved back 20 years
per pass, body lines rotated), and the output says how many articles are such copies. The
benchmark stops with exit status 2 when the data is missing (or PostgreSQL was asked for and
none can be started).

For each store kind, size and run, in a fresh process (so that resident memory is its own):

- bulk ingest: N articles through ``Digests.ingest`` in batches of 200 (articles/s); with ``--keep``
  a store is built once and kept (:mod:`benchmarks.scale_store`), and every run measures a copy of it
  (ingest is then measured only by the run that built it);
- two channels saw everything, and the service restarts: stories restored, then each channel's memory
  restored (s; resident memory each adds, MB);
- a reader that has not seen the last 500 articles: its ``/digest`` (the service's bounded backlog, 3
  times: p95) and the same digest reading all 500 (once);
- per-article cost: each probe article ingested, built and delivered one by one (median ms),
  and sumy LexRank-5 on the same article (median ms);
- a new channel's first digest (``--max 10``) over every stored article: bounded to the last two
  days of news (at most 100 articles, :mod:`bot.db.backlog`); the articles it read and skipped;
- 100 more channels restored one after the other (each saw the last 1,000 articles; the service keeps its
  ``max_memories`` of them, :func:`crowd`), then resident memory (and the peak).

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
from benchmarks.scale_store import (CHANNEL, CROWD, CROWD_PREFIX, NEWCOMER, READER, SECOND, UNSEEN,  # noqa: E402
                                    build, copy_store, create_empty, drop, exists, store_urls)
from summarizer.models import Article  # noqa: E402

DIGESTS = 3  # the reader's digest is built 3 times
TARGETS = {"per_article_ratio": 1.5, "over_lexrank": 1.2, "first_digest_s": 2.0, "restore_s": 1.0,
           "rss_mb": 400.0, "ingest_per_s": 400.0, "unseen_s": 1.0}


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


def _timed(fn: Any) -> tuple[float, Any]:
    """(seconds, result) of ``fn()``."""
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def one_run(data: Path, size: int, kind: str, url: str, kept: str | None) -> dict[str, Any]:
    """Build (or copy a kept) store of ``size`` articles and measure it (see the module docstring)."""
    from bot.core.service import Audience, DigestRequest
    from bot.db.store import Store
    from bot.digests import Digests

    with data.open("rb") as fh:
        pool, probes = pickle.load(fh)
    ingest_s = None
    if kept is not None and exists(kind, kept):
        del pool
        copy_store(kind, kept, url)
    else:
        arts = history(pool, size)
        del pool
        create_empty(kind, url)
        ingest_s = build(url, arts)
        del arts
        if kept is not None:  # kept only once whole: an interrupted build leaves nothing to reuse
            copy_store(kind, url, kept)
    stories_s, svc = _timed(lambda: Digests(Store(url)))
    channel = Audience(CHANNEL)
    rss = _rss_mb()
    memory_s, _ = _timed(lambda: svc.memory(channel))
    rss_one = _rss_mb()
    second_s, _ = _timed(lambda: svc.memory(Audience(SECOND)))
    rss_two = _rss_mb()
    reader = Audience(READER)
    svc.memory(reader)
    reads = [_timed(lambda: svc.build(DigestRequest(reader))) for _ in range(DIGESTS)]
    bounds = svc.backlog_articles, svc.backlog_days
    svc.backlog_articles, svc.backlog_days = UNSEEN, 100_000  # the same, every unseen article read
    whole_s, _ = _timed(lambda: svc.build(DigestRequest(reader)))  # once: a minute or more at 500 articles
    svc.backlog_articles, svc.backlog_days = bounds
    steps, lex = [], []
    for probe in probes:
        start = time.perf_counter()
        svc.ingest([probe], channel=CHANNEL)
        svc.mark_delivered(channel, svc.build(DigestRequest(channel)))
        steps.append(time.perf_counter() - start)
        lex.append(_timed(lambda: lexrank_top(plaintext_document(probe.text), 5))[0])
    first_s, first = _timed(lambda: svc.build(DigestRequest(Audience(NEWCOMER), max_items=10)))
    crowd_s = crowd(svc, CROWD)
    digest = reads[-1][1]
    return {
        "size": size, "ingest_s": ingest_s, "ingest_per_s": size / ingest_s if ingest_s else None,
        "stories_restore_s": stories_s, "memory_restore_s": memory_s, "memory_sentences": svc.memory(channel).held,
        "second_restore_s": second_s, "channel_mb": rss_one - rss, "second_channel_mb": rss_two - rss_one,
        "unseen_digest_p95_s": _p95([t for t, _ in reads]), "unseen_read": len(digest.article_ids) + len(digest.held_ids),
        "unseen_all_s": whole_s,
        "step_ms": 1000 * statistics.median(steps), "lexrank5_ms": 1000 * statistics.median(lex),
        "first_digest_s": first_s, "first_digest_read": len(first.article_ids) + len(first.held_ids),
        "first_digest_skipped": first.window.skipped if first.window else 0,
        "crowd_restore_s": crowd_s / CROWD, "rss_mb": _rss_mb(),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def crowd(svc: Any, n: int) -> float:
    """Seconds to restore the memories of ``n`` more channels (``CROWD_PREFIX`` 0 .. n-1) one after the other, as a
    service serving each in turn does: none is held here, so the service keeps only its ``max_memories`` (a list of
    the 100 memories, held until the resident memory was read, kept all of them: 1,195 MB at the end at 1k instead of 614, medians of 3)."""
    from bot.core.service import Audience

    start = time.perf_counter()
    for k in range(n):
        svc.memory(Audience(f"{CROWD_PREFIX}{k}"))
    return time.perf_counter() - start


def _p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank) of a few samples: their maximum below 20."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def child(data: Path, size: int, kind: str, keep: Path | None, pg_url: str | None) -> dict[str, Any]:
    """:func:`one_run` in a fresh process (its own memory, caches and store)."""
    with tempfile.TemporaryDirectory(prefix="digestbot-scale-") as tmp:
        url, kept = store_urls(kind, size, Path(tmp), keep, pg_url)
        code = ("import json, sys; from pathlib import Path; from benchmarks.scale import one_run; "
                f"print(json.dumps(one_run(Path({str(data)!r}), {size}, {kind!r}, {url!r}, {kept!r})))")
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}  # numpy runs one thread: bot/__init__.py sets it
        try:
            out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        finally:
            if kind == "postgresql":
                drop(url)
        if out.returncode != 0:
            raise SystemExit(f"scale: the run of {size:,} on {kind} failed:\n{out.stderr[-3000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])


# -- report --------------------------------------------------------------------------------
def medians(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-field medians of runs of one size (None stays None)."""
    out: dict[str, Any] = {}
    for key in runs[0]:
        vals = [r[key] for r in runs if r[key] is not None]
        out[key] = statistics.median(vals) if vals else None
    return out


def report(by_size: dict[int, dict[str, Any]], pool: int, runs: int, kind: str) -> str:
    """The table: one column per size, ratios to the smallest."""
    sizes = sorted(by_size)
    small = by_size[sizes[0]]

    def row(label: str, key: str, fmt: str, target: str = "") -> str:
        cells = []
        for n in sizes:
            v = by_size[n][key]
            cells.append("-" if v is None else format(v, fmt))
        return f"{label:<48}" + "".join(f"{c:>12}" for c in cells) + (f"   {target}" if target else "")

    head = f"{'store size (articles)':<48}" + "".join(f"{n:>12,}" for n in sizes)
    copies = ", ".join(f"{n:,}: {max(0, n - pool):,} copies" for n in sizes)
    lines = [f"medians of {runs} runs, {kind}, {pool:,} distinct real articles ({copies})", head,
             row("bulk ingest, articles/s ('-': a kept store)", "ingest_per_s", ".0f",
                 f"target >= {TARGETS['ingest_per_s']:.0f}, flat"),
             row("restart: stories restored, s", "stories_restore_s", ".2f"),
             row("restart: channel memory restored, s", "memory_restore_s", ".2f", f"target < {TARGETS['restore_s']:.0f}"),
             row("restart: a second channel's memory, s", "second_restore_s", ".2f"),
             row("channel memory, sentences indexed", "memory_sentences", ".0f"),
             row("resident memory of the first channel, MB", "channel_mb", ".0f"),
             row("resident memory of a second channel, MB", "second_channel_mb", ".0f"),
             row(f"/digest, {UNSEEN} unseen (bounded backlog), p95 s", "unseen_digest_p95_s", ".2f",
                 f"target < {TARGETS['unseen_s']:.0f}"),
             row("  articles it read (the rest said skipped)", "unseen_read", ".0f"),
             row(f"/digest, {UNSEEN} unseen, every one read (once), s", "unseen_all_s", ".1f"),
             row("per article (ingest+digest+deliver), ms", "step_ms", ".1f"),
             row("sumy LexRank-5 on the same articles, ms", "lexrank5_ms", ".1f"),
             row("new channel's first digest (max 10), s", "first_digest_s", ".1f",
                 f"target < {TARGETS['first_digest_s']:.0f}"),
             row("  articles it read / skipped (said in the reply)", "first_digest_read", ".0f"),
             row("", "first_digest_skipped", ".0f"),
             row(f"{CROWD} more channels restored, s per channel", "crowd_restore_s", ".2f"),
             row(f"resident memory at the end ({CROWD + 3} channels), MB", "rss_mb", ".0f",
                 f"target < {TARGETS['rss_mb']:.0f} at 100k"),
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


def pg_server(url: str | None) -> tuple[str, Any]:
    """(admin URL, server or None): ``url`` as given, else a throwaway server started here; exits (status 2)
    with a message when none can be started."""
    if url:
        return url, None
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from pg.server import Server, ServerError  # type: ignore[import-not-found]  # tests/

    server = None
    try:
        server = Server()
        return server.start(), server
    except (ServerError, OSError, subprocess.SubprocessError) as exc:
        if server is not None:
            server.stop()
        print(f"scale: PostgreSQL was asked for and none could be started: {exc} (install Debian's postgresql "
              "package, set DIGESTBOT_PG_BINDIR, or pass --pg-url of a running server)", file=sys.stderr)
        raise SystemExit(2) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build the stores, measure, print."""
    ap = argparse.ArgumentParser(description="Speed and memory at 1k / 10k / 100k stored articles.")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared benchmark folder (default ../shared/bench)")
    ap.add_argument("--sizes", default="1000,10000", help="store sizes, comma-separated (default 1000,10000)")
    ap.add_argument("--db", default="sqlite", help="sqlite, postgresql or both: sqlite,postgresql (default sqlite)")
    ap.add_argument("--pg-url", default=None, help="a running PostgreSQL server's admin URL (default: start one)")
    ap.add_argument("--keep", type=Path, default=None,
                    help="build each store once and keep it here (PostgreSQL: on --pg-url's server); later runs "
                         "measure copies of it (ingest is then not measured)")
    ap.add_argument("--runs", type=int, default=3, help="runs per size (medians; default 3)")
    ap.add_argument("--probes", type=int, default=30, help="held-out articles timed one by one (default 30)")
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    args = ap.parse_args(argv)
    missing = [d for d in ("news_dev", "entities") if not any((args.shared / d).glob("*.jsonl"))]
    if missing:
        print(f"scale: no articles in {', '.join(str(args.shared / d) for d in missing)} (the benchmark reads "
              f"real text from ../shared/bench at run time; pass --shared PATH)", file=sys.stderr)
        return 2
    kinds = [k.strip() for k in args.db.split(",") if k.strip()]
    if not set(kinds) <= {"sqlite", "postgresql"}:
        ap.error(f"--db: sqlite and/or postgresql, not {args.db!r}")
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    server = None
    pg_url = None
    if "postgresql" in kinds:  # before the corpus is read: no server fails at once
        pg_url, server = pg_server(args.pg_url)
    print(f"scale: reading {args.shared} ...", file=sys.stderr, flush=True)
    articles = corpus(args.shared)
    pool, probes = articles[:-args.probes], articles[-args.probes:]
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[int, list[dict[str, Any]]]] = {k: {n: [] for n in sizes} for k in kinds}
    try:
        with tempfile.TemporaryDirectory(prefix="digestbot-scale-") as tmp:
            data = Path(tmp) / "corpus.pickle"
            with data.open("wb") as fh:
                pickle.dump((pool, probes), fh)
            for run in range(args.runs):  # sizes and stores alternate within a run: machine load hits them alike
                for n in sizes:
                    for kind in kinds:
                        print(f"scale: run {run + 1}/{args.runs}, {n:,} articles, {kind} ...", file=sys.stderr, flush=True)
                        results[kind][n].append(child(data, n, kind, args.keep, pg_url))
                        print(f"scale:   {json.dumps(results[kind][n][-1])}", file=sys.stderr, flush=True)  # partial
    finally:
        if server is not None:
            server.stop()
    summary = {k: {n: medians(rs) for n, rs in by_size.items()} for k, by_size in results.items()}
    if args.json:
        print(json.dumps({"pool": len(pool), "runs": results, "medians": summary}, indent=2))
    else:
        print("\n\n".join(report(summary[k], len(pool), args.runs, k) for k in kinds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
