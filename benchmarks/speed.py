"""Speed of the delta engine on realistic text, with a baseline measured in the same run.

Corpus: the news_dev articles (1,340 real articles, ~5 KB each) read at run time from
``../shared/bench/news_dev``; the five stories are interleaved round-robin (a bot following
five stories at once, each in publication order). Without news_dev the benchmark stops with
an error (exit status 2): a speed figure is only worth reading on real text.

(a) throughput: ``bot.cli.run_replay`` with ``--every article`` semantics (ingest -> build
    -> mark_delivered per article) over the first ``--limit`` articles (default 1,050):
    articles per second and total seconds; target: at most 1.2x sumy LexRank-5 per article (c).
(b) history scaling: the same ``--probes`` articles (default 50) replayed after a history of
    N articles and of 10N (N = (limit - probes) / 10, so 100 vs 1,000 by default); only the
    probe steps are timed. A step is timed from one digest to the next (mark_delivered of
    the previous step + ingest + build). The 10N run is run (a). The ratio must be far
    below 10: novelty is judged through an inverted index, not against all history.
(c) baselines on the same articles: sumy LexRank top-5 per article (off the shelf, the
    quality benchmark's ``lexrank5``), and a pure-Python reference loop (tokenise, count,
    sort), so engine/baseline ratios compare across machines.

    PYTHONPATH=. python benchmarks/speed.py [--limit N] [--probes P] [--json]
"""
from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.common import SHARED, lexrank_top, plaintext_document, read_articles  # noqa: E402
from bot.cli import run_replay  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.models import Article, Digest  # noqa: E402

TARGET_ARTICLES, TARGET_OVER_LEXRANK = 1000, 1.2  # judged on >= 1,000 articles: engine <= 1.2x LexRank-5


# -- corpus ----------------------------------------------------------------------------------
def interleave(stories: Sequence[Sequence[Article]]) -> list[Article]:
    """Round-robin over stories (each kept in its own order)."""
    out: list[Article] = []
    for i in range(max((len(s) for s in stories), default=0)):
        out.extend(s[i] for s in stories if i < len(s))
    return out


def news_dev_corpus(news_dev: Path) -> list[Article]:
    """The news_dev articles, stories interleaved, each in publication order."""
    stories = []
    for path in sorted(news_dev.glob("*.jsonl")):
        arts = read_articles([path])
        stories.append(sorted(arts, key=lambda a: (a.published is None, a.published or 0)))
    return interleave(stories)


# -- measurements ----------------------------------------------------------------------------
def forget_sentences() -> None:
    """Empty the engine's per-sentence caches, so no run reuses another's sentence analyses.

    Word-level caches (stems, weights) stay warm, as in a running bot.
    """
    from summarizer import novelty

    clear = getattr(getattr(novelty, "features", None), "cache_clear", None)
    if clear:
        clear()


def timed_replay(articles: Sequence[Article], config: EngineConfig | None = None) -> tuple[float, list[float], int]:
    """Replay ``articles`` through ``run_replay``: (total seconds, seconds per step, digest items)."""
    marks: list[float] = []
    items = 0

    def emit(key: str, label: str, batch: list[Article], service: object, digest: Digest) -> None:
        nonlocal items
        items += len(digest.items)
        marks.append(time.perf_counter())

    t0 = time.perf_counter()
    run_replay(articles, "article", config or EngineConfig(), emit)
    total = time.perf_counter() - t0
    per_step = [b - a for a, b in zip([t0] + marks[:-1], marks)]
    return total, per_step, items


def lexrank_baseline(articles: Sequence[Article], k: int = 5) -> float:
    """Seconds for off-the-shelf sumy LexRank top-``k`` of every article (no memory)."""
    t0 = time.perf_counter()
    for a in articles:
        lexrank_top(plaintext_document(a.text), k)
    return time.perf_counter() - t0


_WORD = re.compile(r"[a-z0-9]+")


def python_baseline(articles: Sequence[Article], rounds: int = 5) -> float:
    """Seconds for a fixed pure-Python loop per article: tokenise, count, sort (x ``rounds``)."""
    t0 = time.perf_counter()
    for a in articles:
        for _ in range(rounds):
            counts = Counter(_WORD.findall(a.text.lower()))
            sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    return time.perf_counter() - t0


def run(articles: Sequence[Article], probes: int = 50, baseline_limit: int | None = None,
        log: Any = None) -> dict[str, Any]:
    """All measurements on ``articles`` (history + probes = all of them)."""
    n_total = len(articles)
    probes = max(1, min(probes, n_total // 5))
    n10 = n_total - probes
    n1 = max(1, n10 // 10)
    probe_set = list(articles[n10:])

    def say(msg: str) -> None:
        if log:
            print(msg, file=log, flush=True)

    timed_replay(articles[:3])  # warm-up: lazy loads (word lists, stemmer, SQLAlchemy)
    forget_sentences()
    say(f"  (a)+(b) replaying {n_total} articles: history {n10} then {probes} probes ...")
    total, per_step, items = timed_replay(articles)
    probe_10x = sum(per_step[n10:])
    forget_sentences()
    say(f"  (b) replaying history {n1} then the same {probes} probes ...")
    _, per_step_1x, _ = timed_replay(list(articles[n10 - n1:n10]) + probe_set)
    probe_1x = sum(per_step_1x[n1:])
    base_articles = list(articles[: baseline_limit or n_total])
    say(f"  (c) baselines on {len(base_articles)} articles ...")
    lex = lexrank_baseline(base_articles)
    ref = python_baseline(base_articles)

    engine_ms = 1000 * total / n_total
    lex_ms = 1000 * lex / len(base_articles)
    ref_ms = 1000 * ref / len(base_articles)
    return {
        "articles": n_total,
        "mean_article_chars": round(statistics.mean(len(a.text) for a in articles)),
        "throughput": {
            "seconds": round(total, 2), "articles_per_s": round(n_total / total, 1), "ms_per_article": round(engine_ms, 1),
            "digest_items": items, "median_step_ms": round(1000 * statistics.median(per_step), 1),
            "projected_seconds_per_1000": round(1000 * total / n_total, 1),
            # only judged on >= 1,000 articles: the cost per article grows while history fills up
            "target_met": (engine_ms <= TARGET_OVER_LEXRANK * lex_ms) if n_total >= TARGET_ARTICLES else None,
        },
        "history": {
            "probes": probes, "history_1x": n1, "history_10x": n10,
            "probe_seconds_1x": round(probe_1x, 3), "probe_seconds_10x": round(probe_10x, 3),
            "probe_ms_per_article_1x": round(1000 * probe_1x / probes, 1),
            "probe_ms_per_article_10x": round(1000 * probe_10x / probes, 1),
            "ratio_10x_over_1x": round(probe_10x / probe_1x, 2) if probe_1x else None,
        },
        "baselines": {
            "articles": len(base_articles),
            "lexrank5_seconds": round(lex, 2), "lexrank5_ms_per_article": round(lex_ms, 1),
            "pyref_seconds": round(ref, 3), "pyref_ms_per_article": round(ref_ms, 2),
            "engine_over_lexrank5": round(engine_ms / lex_ms, 2) if lex_ms else None,
            "engine_over_pyref": round(engine_ms / ref_ms, 1) if ref_ms else None,
        },
    }


def report(res: dict[str, Any], corpus: str) -> str:
    """The results as a readable table."""
    t, h, b = res["throughput"], res["history"], res["baselines"]
    ok = {True: "met", False: "NOT MET", None: f"not judged below {TARGET_ARTICLES:,} articles"}[t["target_met"]]
    rows = [
        ("corpus", corpus),
        ("machine", f"{platform.python_implementation()} {platform.python_version()}, {platform.machine()}, "
                    f"{__import__('os').cpu_count()} CPUs"),
        ("articles (mean chars)", f"{res['articles']} ({res['mean_article_chars']})"),
        ("", ""),
        ("(a) replay total", f"{t['seconds']:.2f} s  ({t['digest_items']} digest items)"),
        ("(a) articles per second", f"{t['articles_per_s']:.1f}"),
        ("(a) ms per article (median step)", f"{t['ms_per_article']:.1f} ({t['median_step_ms']:.1f})"),
        ("(a) s per 1,000 articles at this rate", f"{t['projected_seconds_per_1000']:.1f}  "
                                                   f"(target <= {TARGET_OVER_LEXRANK}x LexRank-5: {ok})"),
        ("", ""),
        (f"(b) {h['probes']} probes after {h['history_1x']}", f"{h['probe_seconds_1x']:.3f} s  ({h['probe_ms_per_article_1x']:.1f} ms/article)"),
        (f"(b) {h['probes']} probes after {h['history_10x']}", f"{h['probe_seconds_10x']:.3f} s  ({h['probe_ms_per_article_10x']:.1f} ms/article)"),
        ("(b) ratio 10x / 1x history", f"{h['ratio_10x_over_1x']}  (all-pairs would be ~10)"),
        ("", ""),
        (f"(c) sumy LexRank-5 per article ({b['articles']})", f"{b['lexrank5_seconds']:.2f} s  ({b['lexrank5_ms_per_article']:.1f} ms/article)"),
        (f"(c) pure-Python reference loop ({b['articles']})", f"{b['pyref_seconds']:.3f} s  ({b['pyref_ms_per_article']:.2f} ms/article)"),
        ("(c) engine / LexRank-5 per article", f"{b['engine_over_lexrank5']}x"),
        ("(c) engine / reference loop per article", f"{b['engine_over_pyref']}x"),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" if k else "" for k, v in rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: measure and print (or emit JSON)."""
    ap = argparse.ArgumentParser(description="Speed of the delta engine on realistic text.")
    ap.add_argument("--news-dev", type=Path, default=SHARED / "news_dev", metavar="PATH",
                    help="news_dev folder (default ../shared/bench/news_dev); the benchmark stops if it is absent")
    ap.add_argument("--limit", type=int, default=1050, help="articles replayed (default 1050: history 1000 + 50 probes)")
    ap.add_argument("--probes", type=int, default=50, help="probe articles for the history-scaling test")
    ap.add_argument("--baseline-limit", type=int, default=None, help="articles for the baselines (default: all)")
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    args = ap.parse_args(argv)
    if args.limit < 10:
        print("speed: --limit must be at least 10", file=sys.stderr)
        return 2
    log = None if args.json else sys.stderr
    if not (args.news_dev.is_dir() and any(args.news_dev.glob("*.jsonl"))):
        print(f"speed: no news_dev articles in {args.news_dev} (the benchmark reads real text from "
              f"../shared/bench at run time; pass --news-dev PATH)", file=sys.stderr)
        return 2
    articles = news_dev_corpus(args.news_dev)
    corpus = f"news_dev ({len(articles)} real articles, 5 stories interleaved)"
    if args.limit > len(articles):
        print(f"speed: only {len(articles)} news_dev articles; using them all", file=sys.stderr)
    articles = articles[: args.limit]
    if log:
        print(f"speed: {corpus}, {len(articles)} articles", file=log, flush=True)
    res = run(articles, args.probes, args.baseline_limit, log)
    res["corpus"] = corpus
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print("== speed ==")
        print(report(res, corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
