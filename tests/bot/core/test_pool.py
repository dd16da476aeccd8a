"""An ingest analysed in worker processes (:mod:`bot.core.pool`) stores exactly what a one-process ingest stores."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from bot.core.pool import Pool
from bot.db.store import Store
from bot.digests import Digests
from summarizer.models import Article

TOPICS = ["bridge", "harbour", "school", "hospital"]


def articles(n: int) -> list[Article]:
    """Made-up reports on a few recurring topics, each with a shared sign-off line (furniture)."""
    out = []
    for i in range(n):
        topic = TOPICS[i % len(TOPICS)]
        text = (f"The {topic} works in Dunmore reached stage {i}, the council said on Monday.\n"
                f"Officials expect {i * 3 + 4} workers on site next month, up from {i + 2}.\n"
                "The Dunmore Herald newsroom, reporting from the council chamber.")
        out.append(Article(f"a{i}", f"Dunmore {topic} works reach stage {i}", text, source="Dunmore Herald",
                           published=datetime(2025, 5, 1) + timedelta(hours=6 * i)))
    return out


def stored(path: Path) -> list[tuple[object, ...]]:
    """Every analysis (its JSON), every article's keys and story, every story's title."""
    con = sqlite3.connect(path)
    try:
        return ([("analysis", *r) for r in con.execute("select article_id, data from analyses order by 1")]
                + [("keys", *r) for r in con.execute("select * from article_keys order by 1")]
                + [("article", *r) for r in con.execute("select id, story_id from articles order by 1")]
                + [("story", *r) for r in con.execute("select id, title from stories order by 1")])
    finally:
        con.close()


def ingest(path: Path, pool: Pool | None) -> list[str]:
    """Ingest the articles in two batches (with ``pool`` if given); the ids added."""
    service = Digests(Store(f"sqlite:///{path}"))
    service.pool = pool
    arts = articles(14)
    try:
        added = service.ingest(arts[:9], channel="c").added + service.ingest(arts[9:], channel="c").added
    finally:
        if pool is not None:
            pool.close()
        service.store.engine.dispose()
    return [a.id for a in added]


def test_pooled_ingest_stores_what_one_process_stores(tmp_path: Path) -> None:
    one, pooled = tmp_path / "one.db", tmp_path / "pooled.db"
    assert ingest(one, None) == ingest(pooled, Pool(2)) == [f"a{i}" for i in range(14)]
    rows = stored(one)
    assert sum(1 for r in rows if r[0] == "analysis") == 14
    assert stored(pooled) == rows


def test_a_worker_hands_over_every_line_read() -> None:
    """What a worker prepares holds every body line's terms read (the calling process reads none of them again)."""
    from bot.core.pool import prepare

    parts = prepare(articles(1)[0]).parts
    assert parts.lines and len(parts.made) == len(parts.lines)
