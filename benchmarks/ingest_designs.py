"""What would a cheaper ingest design save? Bulk ingest CPU with parts of today's pipeline replaced (what-if, not kept).

    PYTHONPATH=. python benchmarks/ingest_designs.py [--limit 600] [--warm 200] [--runs 2] [--designs base,lazy,...]

The first ``--warm`` articles of the scale corpus (:func:`benchmarks.scale.corpus`) are ingested, then the next
``--limit`` are measured (CPU seconds of a fresh process per run, designs alternating, medians printed) in batches of
:data:`benchmarks.scale_store.BATCH`, as :mod:`benchmarks.ingest` does. Designs:

- ``base``: today's ingest (the article split once, its story vector, its analysis stored);
- ``paragraphs``: the story vector and furniture line keys read from the article's raw lines (paragraphs) instead
  of its split sentences (:func:`paragraph_vector`); the analysis still splits it;
- ``lazy``: no analysis stored at ingest, only each sentence's wording hash (which needs the split): a digest or a
  restore would make it on first need (:func:`bot.db.analyses.seen_analyses` already does for a missing one);
- ``paragraphs+lazy``: both, and no wording hashes: nothing splits the article at ingest.

Exit status 2 when the corpus is missing.
"""
from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import SHARED  # noqa: E402
from benchmarks.scale_store import BATCH  # noqa: E402
from summarizer.models import Article  # noqa: E402
from summarizer.sentences import is_heading  # noqa: E402
from summarizer.vectors import BODY_SENTENCES, _line_terms, _weighted, line_key  # noqa: E402

DESIGNS = ("base", "paragraphs", "lazy", "paragraphs+lazy")


def paragraphs(article: Article) -> list[str]:
    """The article's non-empty raw lines, stripped, the title line left out."""
    title = article.title.strip()
    return [line for line in (raw.strip() for raw in article.text.split("\n")) if line and line != title]


def paragraph_keys(article: Article) -> list[str]:
    """:func:`summarizer.stories.line_keys` read from raw lines: each long enough line's key, once, in order."""
    return list(dict.fromkeys(k for text in paragraphs(article) if len(k := line_key(text)) > 12))


def paragraph_vector(article: Article, skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """:func:`summarizer.vectors.article_vector` with raw lines for sentences: headings and lines keyed in ``skip`` out."""
    body = [text for text in paragraphs(article) if not is_heading(text) and not (skip and line_key(text) in skip)]
    return _weighted(_line_terms(article.title), [_line_terms(text) for text in body[:BODY_SENTENCES]])


def patch(design: str) -> None:
    """Replace the parts of today's ingest that ``design`` replaces (in this process)."""
    import bot.digests
    from bot.db import analyses
    from summarizer import stories
    from summarizer.memory import wording
    from summarizer.sentences import article_texts

    if "paragraphs" in design:
        stories.article_vector = paragraph_vector
        stories.line_keys = paragraph_keys
    if "lazy" in design:
        hashes = "paragraphs" not in design
        storing: Callable[..., Any] = analyses.storing

        def lazy(articles: Sequence[Article], keyed: Any, extra: Any, analysed: Any = None) -> Any:
            made = [("[]", [wording(t) for t, _ in article_texts(a)] if hashes else []) for a in articles]
            return storing(articles, keyed, extra, made)
        bot.digests.storing = lazy


def child(design: str, data: str, warm: int) -> float:
    """Ingest the pickled articles ``data`` into a fresh SQLite store under ``design``: CPU s of all but the first
    ``warm``."""
    from bot.db.store import Store
    from bot.digests import Digests

    patch(design)
    articles = pickle.loads(Path(data).read_bytes())
    service = Digests(Store("sqlite:///" + os.path.join(tempfile.mkdtemp(), "ingest.db")))
    for i in range(0, warm, BATCH):
        service.ingest(articles[i:min(i + BATCH, warm)], channel="bench:ingest")
    before = os.times()
    for i in range(warm, len(articles), BATCH):
        service.ingest(articles[i:i + BATCH], channel="bench:ingest")
    after = os.times()
    return after[0] + after[1] - before[0] - before[1]


def main(argv: Sequence[str] | None = None) -> int:
    """Alternate fresh-process ingests of each design; print articles per CPU-second (medians)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=600)
    ap.add_argument("--warm", type=int, default=200)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--designs", default=",".join(DESIGNS))
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--child", nargs=2, metavar=("DESIGN", "DATA"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(child(args.child[0], args.child[1], args.warm))
        return 0
    designs = [d for d in args.designs.split(",") if d]
    unknown = [d for d in designs if d not in DESIGNS]
    if unknown:
        ap.error(f"unknown design {unknown[0]!r} (one of {', '.join(DESIGNS)})")
    if not (args.shared / "news_dev").is_dir():
        print(f"ingest_designs: no news_dev under {args.shared} (benchmark data lives outside the repo)", file=sys.stderr)
        return 2
    from benchmarks.scale import corpus, history

    articles = history(corpus(args.shared), args.warm + args.limit)
    cpu: dict[str, list[float]] = {d: [] for d in designs}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "articles.pkl"
        data.write_bytes(pickle.dumps(articles))
        for _ in range(args.runs):
            for design in designs:
                out = subprocess.run([sys.executable, __file__, "--warm", str(args.warm), "--child", design, str(data)],
                                     cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                                     text=True, check=True)
                cpu[design].append(float(out.stdout.strip().splitlines()[-1]))
    print(f"bulk ingest of {args.limit} scale-corpus articles after {args.warm}, medians of {args.runs} (CPU s)")
    for design in designs:
        print(f"  {design:<16} {args.limit / statistics.median(cpu[design]):6.1f} articles per CPU-second  "
              f"(CPU s {[round(c, 2) for c in cpu[design]]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
