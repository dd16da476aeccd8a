"""A batch of articles is written with one statement per table (not one per article), and still
inserts each article, story and inbox row once, whatever was there before."""
from __future__ import annotations

from enginekit import FLOODS, TROOPS_A, TROOPS_B, make_article
from sqlalchemy import func, select
from test_bounded_queries import counting

from bot.core.service import Audience
from bot.db.schema import ArticleRow, InboxRow, StoryRow
from bot.db.store import Store
from bot.digests import Digests

CHANNEL = Audience("slack:T1:C1")


def _inserts(seen: list[tuple[str, int]], table: str) -> int:
    return sum(1 for statement, _ in seen if statement.lstrip().upper().startswith(f"INSERT INTO {table.upper()} "))


def test_a_batch_takes_one_insert_per_table(db_url: str) -> None:
    store = Store(db_url)
    svc = Digests(store)
    batch = [make_article(TROOPS_A, source="Outlet A"), make_article(TROOPS_B, source="Outlet B"),
             make_article(FLOODS, source="Ledger")]
    with counting(store.engine) as statements:
        result = svc.ingest(batch, channel=CHANNEL.key)
    assert [a.id for a in result.added] == [a.id for a in batch]
    assert _inserts(statements.seen, "articles") == 1
    assert _inserts(statements.seen, "inbox") == 1
    assert _inserts(statements.seen, "stories") == 1
    with store.session() as s:
        stored = s.scalars(select(ArticleRow.id).order_by(ArticleRow.seq)).all()
        assert stored == [a.id for a in batch]  # stored in batch order
        stories = s.scalar(select(func.count()).select_from(StoryRow))
        assert stories == len({svc.engine.stories.of_article[a.id] for a in batch})


def test_known_articles_and_inbox_rows_are_skipped(db_url: str) -> None:
    store = Store(db_url)
    svc = Digests(store)
    first = [make_article(TROOPS_A, source="Outlet A")]
    svc.ingest(first, channel=CHANNEL.key)
    later = make_article(FLOODS, source="Ledger")
    result = svc.ingest(first + [later], channel=CHANNEL.key)
    assert [a.id for a in result.added] == [later.id] and result.duplicates == 1
    with store.session() as s:
        assert store.link(s, CHANNEL.key, [first[0].id, later.id]) == 0  # both already in the inbox
    other = "slack:T1:C2"
    with store.session() as s:
        assert store.link(s, other, [first[0].id, later.id, first[0].id]) == 2
    with store.session() as s:
        rows = s.scalars(select(InboxRow.article_id).where(InboxRow.channel == other).order_by(InboxRow.seq)).all()
        assert rows == [first[0].id, later.id]
        assert s.scalar(select(func.count()).select_from(InboxRow).where(InboxRow.channel == CHANNEL.key)) == 2
