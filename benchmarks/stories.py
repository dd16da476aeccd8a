"""Story grouping on news_dev: do articles of one real story stay together, and apart from others?

The five news_dev stories are interleaved in publication order and grouped by the engine's
:class:`~summarizer.stories.StoryIndex`, as a channel following all five would see them.

    purity    share of articles whose story's majority topic is their own topic (higher: fewer mixes)
    cohesion  share of articles in their topic's largest story (higher: a topic is not shattered)

A news_dev "story" is a months-long topic with many sub-events, so cohesion well below 1 is
expected; purity is what a reader notices (unrelated news in one section).

    python benchmarks/stories.py [--news-dev PATH] [--thresholds 0.1 0.15 0.2] [--json]
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


def labelled_articles(news_dev: Path) -> list[tuple[Article, str]]:
    """Every news_dev article with its story's name, in publication order."""
    out: list[tuple[Article, str]] = []
    for name, articles_path, _gold in news_dev_stories(news_dev):
        out += [(a, name) for a in read_articles([articles_path])]
    out.sort(key=lambda p: (p[0].published is None, p[0].published or 0))
    return out


def grouping(articles: Sequence[tuple[Article, str]], threshold: float) -> dict[str, Any]:
    """Group the articles at ``threshold``; purity, cohesion, story count, seconds."""
    index = StoryIndex(threshold=threshold)
    t0 = time.perf_counter()
    for article, _ in articles:
        index.assign(article)
    seconds = time.perf_counter() - t0
    by_story: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for article, topic in articles:
        by_story[index.of_article[article.id]][topic] += 1
    by_topic: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for story, topics in by_story.items():
        for topic, n in topics.items():
            by_topic[topic][story] += n
    total = len(articles)
    return {
        "threshold": threshold,
        "articles": total,
        "stories": len(by_story),
        "purity": round(sum(c.most_common(1)[0][1] for c in by_story.values()) / total, 3),
        "cohesion": round(sum(c.most_common(1)[0][1] for c in by_topic.values()) / total, 3),
        "seconds": round(seconds, 2),
    }


def table(rows: Sequence[dict[str, Any]]) -> str:
    """The results as a text table."""
    lines = ["threshold  stories  purity  cohesion  seconds"]
    for r in rows:
        mark = "  (engine default)" if abs(r["threshold"] - JOIN_SIMILARITY) < 1e-9 else ""
        lines.append(f"{r['threshold']:<9}  {r['stories']:>7}  {r['purity']:>6}  {r['cohesion']:>8}  {r['seconds']:>7}{mark}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print story-grouping figures for a few thresholds."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--news-dev", type=Path, default=SHARED / "news_dev")
    ap.add_argument("--thresholds", type=float, nargs="*", default=[0.1, JOIN_SIMILARITY, 0.22, 0.3])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.news_dev.is_dir():
        print(f"stories: {args.news_dev} not found", file=sys.stderr)
        return 2
    articles = labelled_articles(args.news_dev)
    rows = [grouping(articles, t) for t in sorted(set(args.thresholds))]
    print(json.dumps(rows, indent=2) if args.json else table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
