"""Delta quality: the engine against two baselines, on the seeds and (optionally) on news_dev.

Seeds (``score_deltas.py`` + ``seeds_gold.json``), replayed article by article in file order:
  engine          ``bot.cli.run_replay`` (what ``digestbot replay --jsonl --every article`` prints)
  every-sentence  every sentence of every article as a ``new`` item (recall ceiling, no filter)
  lexrank5        sumy LexRank top-5 sentences per article, no memory of earlier articles

news_dev (``--news-dev``; ``score_days.py`` + ``<topic>.gold.json``), replayed day by day:
  engine          ``run_replay(..., "day")``
  lexrank5        sumy LexRank top-5 of the day's sentences, no memory of earlier days, split by NLTK
                  Punkt learned from the story (benchmarks/punkt.py: fixed, independent of the engine)
  lexrank5-own    the same, split by the engine's own splitter (the earlier baseline: it moves with
                  the engine's cleaning, so ratios against it are not comparable across versions)
averaged over the five stories weighted by days, as in ``news_dev/BASELINES.md``.

    PYTHONPATH=. python benchmarks/quality.py [--news-dev [PATH]] [--show-ratio R] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

if __package__ in (None, ""):  # run as a script: import from the project root, not benchmarks/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from sumy.parsers.plaintext import PlaintextParser  # noqa: E402

from benchmarks.common import (  # noqa: E402
    SEEDS, SHARED, Record, engine_records, lexrank_top, load_module, news_dev_stories, plaintext_document,
    read_articles, score_records, seed_files, sentence_texts,
)
from benchmarks.punkt import PunktBaselineTokenizer  # noqa: E402
from bot.cli import steps  # noqa: E402
from summarizer.engine import EngineConfig  # noqa: E402
from summarizer.models import Article  # noqa: E402

SEED_METRICS = ("recall", "precision", "f1", "kind_accuracy", "median_line_chars")
DAY_METRICS = ("update_R1", "update_R2", "background_R1", "background_R2")


# -- baselines -----------------------------------------------------------------------------
def every_sentence_records(articles: Sequence[Article]) -> list[Record]:
    """Baseline: after each article, all its sentences as ``new`` items."""
    return [{"article": a.origin or a.id, "items": [{"kind": "new", "text": t} for t in sentence_texts([a])]}
            for a in articles]


def lexrank_article_records(articles: Sequence[Article], k: int = 5) -> list[Record]:
    """Baseline: after each article, its LexRank top-``k`` sentences (no memory)."""
    return [{"article": a.origin or a.id,
             "items": [{"kind": "new", "text": t} for t in lexrank_top(plaintext_document(a.text), k)]}
            for a in articles]


def lexrank_day_records(articles: Sequence[Article], k: int = 5, splitter: str = "punkt") -> list[Record]:
    """Baseline: per publication day (the replay's own batching), LexRank top-``k`` of the day's sentences.

    ``splitter`` "punkt": sumy's plain-text parser with NLTK Punkt learned from all of ``articles``
    (:mod:`benchmarks.punkt`: fixed and independent of the engine); "own": the engine's splitter
    (``summarizer.sentences``, which moves when the engine's cleaning changes).
    """
    tokenizer = PunktBaselineTokenizer("\n\n".join(a.text for a in articles)) if splitter == "punkt" else None
    out: list[Record] = []
    for key, label, batch in steps(articles, "day"):
        text = "\n\n".join(a.text for a in batch)
        document = PlaintextParser.from_string(text, tokenizer).document if tokenizer else plaintext_document(text)
        out.append({key: label, "items": [{"kind": "new", "text": t} for t in lexrank_top(document, k, fast=True)]})
    return out


# -- runs ------------------------------------------------------------------------------------
def seeds_quality(shared: Path = SHARED, seeds: Path = SEEDS) -> dict[str, dict[str, Any]]:
    """Score the engine and both baselines on the seeds: {system: metrics (+ seconds)}."""
    scorer = load_module(shared / "score_deltas.py").score
    gold = shared / "seeds_gold.json"
    articles = read_articles(seed_files(seeds))
    if not articles:
        raise SystemExit(f"quality: no seed articles in {seeds}")
    systems = {
        "engine": lambda: engine_records(articles, "article"),
        "every-sentence": lambda: every_sentence_records(articles),
        "lexrank5": lambda: lexrank_article_records(articles),
    }
    out: dict[str, dict[str, Any]] = {}
    for name, make in systems.items():
        t0 = time.perf_counter()
        records = make()
        seconds = time.perf_counter() - t0
        res = score_records(scorer, gold, records)
        out[name] = {m: res[m] for m in SEED_METRICS} | {
            "lines": res["lines"], "stale_lines": res["stale_lines"], "unmatched_lines": res["unmatched_lines"],
            "brief": res["brief"], "seconds": round(seconds, 2)}
    return out


def day_weighted(per_story: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """All stories together: metrics weighted by days, fresh_share from the summed R2 (BASELINES.md)."""
    days = sum(r["days"] for r in per_story.values())
    out: dict[str, Any] = {m: round(sum(r[m] * r["days"] for r in per_story.values()) / days, 4) if days else 0.0
                           for m in DAY_METRICS}
    u, b = out["update_R2"], out["background_R2"]
    out["fresh_share"] = round(u / (u + b), 3) if u + b else 0.0
    out["days"] = days
    out["seconds"] = round(sum(r.get("seconds", 0.0) for r in per_story.values()), 1)
    return out


def news_dev_quality(news_dev: Path, shared: Path = SHARED, words: int = 100,
                     log: Any = None, show_ratio: float = 0.0) -> dict[str, dict[str, dict[str, Any]]]:
    """Day-by-day replays of every news_dev story: {system: {topic | "all": metrics}}; with ``show_ratio`` also the
    engine with that show gate (``summarizer.budget.gate``) as system ``gate``."""
    scorer = load_module(shared / "score_days.py").score
    stories = news_dev_stories(news_dev)
    if not stories:
        raise SystemExit(f"quality: no <topic>.jsonl with <topic>.gold.json in {news_dev}")
    systems: dict[str, Callable[[list[Any]], list[Any]]] = {
        "engine": lambda arts: engine_records(arts, "day"), "lexrank5": lexrank_day_records,
        "lexrank5-own": lambda arts: lexrank_day_records(arts, splitter="own")}
    if show_ratio > 0:
        systems["gate"] = lambda arts: engine_records(arts, "day", EngineConfig(show_ratio=show_ratio))
    out: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in systems}
    for topic, jsonl, gold in stories:
        articles = read_articles([jsonl])
        for name, make in systems.items():
            t0 = time.perf_counter()
            records = make(articles)
            seconds = time.perf_counter() - t0
            res = score_records(scorer, gold, records, words=words)
            out[name][topic] = {**{m: res[m] for m in DAY_METRICS}, "fresh_share": res["fresh_share"],
                                "days": res["days"], "missing_days": res["missing_days"], "seconds": round(seconds, 1)}
            if log:
                print(f"  news_dev {topic:6} {name:9} {len(articles)} articles {seconds:6.1f}s", file=log, flush=True)
    for name in systems:
        out[name]["all"] = day_weighted(out[name])
    return out


# -- printing --------------------------------------------------------------------------------
def _fmt(v: Any, digits: int = 3) -> str:
    if v is None:
        return "-"
    return f"{v:.{digits}f}" if isinstance(v, float) else str(v)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], digits: int = 3) -> str:
    """A plain fixed-width table."""
    cells = [[str(h) for h in headers]] + [[_fmt(v, digits) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def seeds_table(res: dict[str, dict[str, Any]]) -> str:
    """The seeds results as a table."""
    headers = ("system", "recall", "precision", "F1", "kind_acc", "median_chars", "lines", "seconds")
    rows = [(name, r["recall"], r["precision"], r["f1"], r["kind_accuracy"], r["median_line_chars"], r["lines"],
             r["seconds"]) for name, r in res.items()]
    return table(headers, rows)


def reference_rows(news_dev: Path) -> list[tuple[Any, ...]]:
    """The published "all" rows of ``news_dev/BASELINES.md`` (read at run time), for comparison."""
    path = news_dev / "BASELINES.md"
    rows: list[tuple[Any, ...]] = []
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip().strip("*") for c in line.strip().strip("|").split("|")]
        if len(cells) == 8 and cells[0] == "all":
            try:
                rows.append(("ref:all", f"{cells[1]}*", int(cells[2]), *(float(c) for c in cells[3:7]),
                             f"{float(cells[7]):.3f}", None))
            except ValueError:
                continue
    return rows


def news_dev_table(res: dict[str, dict[str, dict[str, Any]]], news_dev: Path | None = None) -> str:
    """The news_dev results, systems side by side per story and over all five (+ BASELINES.md's rows)."""
    headers = ("story", "system", "days", *DAY_METRICS, "fresh_share", "seconds")
    topics = [t for t in next(iter(res.values())) if t != "all"] + ["all"]
    rows = [(topic, name, r["days"], *(r[m] for m in DAY_METRICS), f"{r['fresh_share']:.3f}", f"{r['seconds']:.1f}")
            for topic in topics for name, per in res.items() for r in [per[topic]]]
    refs = reference_rows(news_dev) if news_dev else []
    text = table(headers, rows + refs, digits=4)
    if refs:
        text += "\n(* published in news_dev/BASELINES.md, pure-Python run; for comparison only)"
    return text


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the tables (or JSON)."""
    ap = argparse.ArgumentParser(description="Delta quality of the engine vs. baselines.")
    ap.add_argument("--shared", type=Path, default=SHARED, help=f"shared bench folder (default {SHARED})")
    ap.add_argument("--seeds", type=Path, default=SEEDS, help="seed articles folder")
    ap.add_argument("--news-dev", nargs="?", type=Path, const=SHARED / "news_dev", default=None, metavar="PATH",
                    help="also replay the news_dev stories day by day (default PATH: <shared>/news_dev)")
    ap.add_argument("--show-ratio", type=float, default=0.0, metavar="R",
                    help="with --news-dev, also replay the engine with this show gate (system 'gate')")
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    args = ap.parse_args(argv)
    if not (args.shared / "score_deltas.py").exists():
        print(f"quality: {args.shared / 'score_deltas.py'} not found (use --shared PATH)", file=sys.stderr)
        return 2
    results: dict[str, Any] = {"seeds": seeds_quality(args.shared, args.seeds)}
    if not args.json:
        print("== delta quality on the seeds (score_deltas.py, article by article, file order) ==")
        print(seeds_table(results["seeds"]))
    if args.news_dev is not None:
        if not args.news_dev.is_dir():
            print(f"quality: news_dev folder {args.news_dev} not found", file=sys.stderr)
            return 2
        results["news_dev"] = news_dev_quality(args.news_dev, args.shared, log=None if args.json else sys.stderr,
                                               show_ratio=args.show_ratio)
        if not args.json:
            print()
            print("== news_dev, day by day (score_days.py, first 100 words; 'all' = day-weighted) ==")
            print(news_dev_table(results["news_dev"], args.news_dev))
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
