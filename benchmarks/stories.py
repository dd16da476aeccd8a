"""Story grouping: do articles of one real story stay together, and apart from others?

Two interleaved feeds are grouped by the engine's :class:`~summarizer.stories.StoryIndex`,
as a channel following all of them would see them:

- ``news_dev``: the five news_dev stories (months-long topics with many sub-events);
- ``entities``: the ten crawled entity streams (1999-2017, real page furniture left in),
  interleaved by date; ``--fold fit`` / ``--fold check`` take alternate streams (five each)
  so a threshold fitted on one half is checked on the other.

Figures (an article's *label* is its news_dev topic or its entity):

    purity         share of articles whose story's majority label is their own (higher: fewer mixes)
    cohesion       share of articles in their label's largest story (a label is not shattered)
    week_cohesion  mean, over (label, week) groups of 3+ articles, of the share in the group's
                   largest story (low: one event split into parallel stories)
    largest        share of all articles in the largest story (high: a catch-all); largest_days: its span
    singletons     share of articles alone in their story

    python benchmarks/stories.py [--entities [--since 2009-01-01 --limit 1000]] [--fold all|fit|check]
                                 [--thresholds ...] [--headers 20]
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path
from typing import Any, Sequence

if __package__ in (None, ""):
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from benchmarks.common import SHARED, news_dev_stories, read_articles  # noqa: E402
from summarizer.models import Article  # noqa: E402
from summarizer.stories import JOIN_SIMILARITY, StoryIndex  # noqa: E402

Labelled = Sequence[tuple[Article, str]]


def _by_date(pairs: list[tuple[Article, str]]) -> list[tuple[Article, str]]:
    """Publication order (undated last), ties by id: a deterministic interleaving."""
    return sorted(pairs, key=lambda p: (p[0].published is None, p[0].published or 0, p[0].id))


def labelled_articles(news_dev: Path) -> list[tuple[Article, str]]:
    """Every news_dev article with its story's name, in publication order."""
    out: list[tuple[Article, str]] = []
    for name, articles_path, _gold in news_dev_stories(news_dev):
        out += [(a, name) for a in read_articles([articles_path])]
    return _by_date(out)


def entity_articles(entities: Path, fold: str = "all", since: str = "", limit: int = 0) -> list[tuple[Article, str]]:
    """The entity streams of ``fold`` (all, fit: 1st/3rd/... stream by name, check: the others), interleaved;
    only articles published on or after ``since`` (an ISO date), the first ``limit`` of them (0: all)."""
    paths = sorted(entities.glob("*.jsonl"))
    if fold != "all":
        paths = paths[0::2] if fold == "fit" else paths[1::2]
    out: list[tuple[Article, str]] = []
    for path in paths:
        out += [(a, path.stem) for a in read_articles([path])
                if not since or (a.published is not None and a.published.date().isoformat() >= since)]
    out = _by_date(out)
    return out[:limit] if limit else out


def group(articles: Labelled, threshold: float) -> tuple[StoryIndex, float]:
    """The index after assigning ``articles`` in order, and the seconds it took."""
    index = StoryIndex(threshold=threshold)
    t0 = time.perf_counter()
    for article, _ in articles:
        index.assign(article)
    return index, time.perf_counter() - t0


def figures(index: StoryIndex, articles: Labelled) -> dict[str, Any]:
    """Purity, cohesion, week cohesion, largest story and singleton shares of a grouping."""
    by_story: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    weeks: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for article, label in articles:
        sid = index.of_article[article.id]
        by_story[sid][label] += 1
        if article.published:
            iso = article.published.isocalendar()
            weeks[(label, f"{iso[0]}-{iso[1]}")][sid] += 1
    by_label: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for story, labels in by_story.items():
        for label, n in labels.items():
            by_label[label][story] += n
    total = len(articles)
    sizes = [sum(c.values()) for c in by_story.values()]
    biggest = max(by_story, key=lambda sid: (sum(by_story[sid].values()), sid))
    dates = [a.published for a, _ in articles if a.published and index.of_article[a.id] == biggest]
    busy = [c for c in weeks.values() if sum(c.values()) >= 3]
    return {
        "articles": total,
        "stories": len(by_story),
        "purity": round(sum(c.most_common(1)[0][1] for c in by_story.values()) / total, 3),
        "cohesion": round(sum(c.most_common(1)[0][1] for c in by_label.values()) / total, 3),
        "week_cohesion": round(sum(c.most_common(1)[0][1] / sum(c.values()) for c in busy) / max(1, len(busy)), 3),
        "largest": round(max(sizes) / total, 3),
        "singletons": round(sum(1 for s in sizes if s == 1) / total, 3),
        "largest_days": (max(dates) - min(dates)).days if dates else 0,
    }


def grouping(articles: Labelled, threshold: float) -> dict[str, Any]:
    """Group the articles at ``threshold``: the :func:`figures` plus the threshold and seconds."""
    index, seconds = group(articles, threshold)
    return {"threshold": threshold, **figures(index, articles), "seconds": round(seconds, 2)}


def headers(index: StoryIndex, n: int) -> list[str]:
    """Size and header of the ``n`` largest stories (ties by id)."""
    sizes = collections.Counter(index.of_article.values())
    top = sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return [f"{size:>4}  {index.stories[sid].title[:110]}" for sid, size in top]


def table(rows: Sequence[dict[str, Any]]) -> str:
    """The results as a text table."""
    lines = ["threshold  stories  purity  cohesion  week_coh  largest  singletons  seconds"]
    for r in rows:
        mark = "  (engine default)" if abs(r["threshold"] - JOIN_SIMILARITY) < 1e-9 else ""
        lines.append(f"{r['threshold']:<9}  {r['stories']:>7}  {r['purity']:>6}  {r['cohesion']:>8}  "
                     f"{r.get('week_cohesion', '')!s:>8}  {r.get('largest', '')!s:>7}  {r.get('singletons', '')!s:>10}  "
                     f"{r['seconds']:>7}{mark}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print story-grouping figures for a few thresholds."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--news-dev", type=Path, default=SHARED / "news_dev")
    ap.add_argument("--entities", nargs="?", type=Path, const=SHARED / "entities", default=None,
                    help="group the interleaved entity streams instead of news_dev")
    ap.add_argument("--fold", choices=("all", "fit", "check"), default="all")
    ap.add_argument("--since", default="", help="entities: only articles published on or after this ISO date")
    ap.add_argument("--limit", type=int, default=0, help="entities: only the first N articles (after --since)")
    ap.add_argument("--thresholds", type=float, nargs="*", default=[0.1, JOIN_SIMILARITY, 0.22, 0.3])
    ap.add_argument("--headers", type=int, default=0, help="print the headers of the N largest stories")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    folder = args.entities or args.news_dev
    if not folder.is_dir():
        print(f"stories: {folder} not found", file=sys.stderr)
        return 2
    articles = entity_articles(folder, args.fold, args.since, args.limit) if args.entities else labelled_articles(folder)
    rows = []
    for t in sorted(set(args.thresholds)):
        index, seconds = group(articles, t)
        rows.append({"threshold": t, **figures(index, articles), "seconds": round(seconds, 2)})
        if args.headers and not args.json:
            print(f"-- largest stories at threshold {t}:")
            print("\n".join(headers(index, args.headers)))
    print(json.dumps(rows, indent=2) if args.json else table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
